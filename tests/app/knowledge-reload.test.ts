// /tutor reload (issue 20): a teacher's edit to knowledge/ reaches a running tutor when it passes the
// check, and a broken edit is refused, listing its problems, while the tutor keeps answering from the
// fact base it has. A tutor started on the last good copy says so to teachers in /tutor missed.
import { describe, expect, it } from 'vitest';
import { buildApp, type AppDeps } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES } from '../../src/messages.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };
const student: CommandContext = { ...teacher, userId: 's1', userName: 'Sam', canManageServer: false };

/** The fixture fact base with one question a teacher has just added. */
function withKronstadt(kb: KnowledgeBase): KnowledgeBase {
  const entry = {
    id: 'nep-kronstadt',
    topic: 'nep',
    question: 'What was the Kronstadt rising?',
    phrasings: ['kronstadt rebellion', 'what happened at kronstadt'],
    answer: 'In March 1921 sailors at the Kronstadt naval base rose against Bolshevik rule and were crushed by the Red Army.',
    related: [],
    sources: ['notes'],
  };
  return { ...kb, questions: [...kb.questions, entry] };
}

async function setup(extra: Partial<AppDeps> = {}) {
  const kb = await loadFixtureKnowledge();
  const time = new FakeTime();
  const app = buildApp({ kb, clock: time, scheduler: time, ...extra });
  const run = async (name: string, input: { subcommand?: string; options?: Record<string, string> }, ctx: CommandContext): Promise<Reply> => {
    const reply = await app.router.runCommand(name, { options: {}, ...input }, ctx);
    if (!reply) throw new Error(`/${name} gave no reply`);
    return reply;
  };
  return { kb, app, run };
}

describe('/tutor reload', () => {
  it('puts an edited fact base that passes the check to work at once, and says what changed', async () => {
    const edited: { kb?: KnowledgeBase } = {};
    const { app, run, kb } = await setup({ reloadFrom: async () => ({ ok: true, kb: edited.kb ?? kb }) });
    expect((await run('ask', { options: { question: 'what happened at kronstadt' } }, student)).title).not.toBe('What was the Kronstadt rising?');
    edited.kb = withKronstadt(kb);
    const reply = await run('tutor', { subcommand: 'reload' }, teacher);
    expect(reply.body).toBe(MESSAGES.tutorReloaded('questions: 1 added'));
    expect((await run('ask', { options: { question: 'what happened at kronstadt' } }, student)).title).toBe('What was the Kronstadt rising?');
    expect(app.kb.questions).toHaveLength(kb.questions.length + 1);
  });

  it('keeps the fact base it has when the edited one has problems, and lists them', async () => {
    const { run, kb } = await setup({ reloadFrom: async () => ({ ok: false, problems: ['nep.yaml:12:5: questions[0].answer (id "nep-why-introduced"): "answer" is missing'] }) });
    const reply = await run('tutor', { subcommand: 'reload' }, teacher);
    expect(reply.private).toBe(true);
    expect(reply.body).toContain('has 1 problem(s), so I kept the one I have');
    expect(reply.body).toContain('nep.yaml:12:5');
    const first = kb.questions[0];
    if (!first) throw new Error('fixture has no questions');
    expect((await run('ask', { options: { question: first.question } }, student)).title).toBe(first.question);
  });

  it('is for teachers only', async () => {
    let calls = 0;
    const { run, kb } = await setup({ reloadFrom: async () => ((calls += 1), { ok: true, kb }) });
    expect((await run('tutor', { subcommand: 'reload' }, student)).body).toBe(MESSAGES.needsManageServer);
    expect(calls).toBe(0);
  });
});

describe('running on the last good fact base', () => {
  it('tells teachers in /tutor missed until a reload succeeds', async () => {
    const { run, kb } = await setup({
      knowledgeFallback: { problems: ['nep.yaml:3:1: not valid YAML: bad indentation'], savedAt: '2026-11-30T08:00:00.000Z' },
      reloadFrom: async () => ({ ok: true, kb }),
    });
    const note = MESSAGES.knowledgeFallbackNote(1, '2026-11-30T08:00:00.000Z');
    expect((await run('tutor', { subcommand: 'missed' }, teacher)).body.startsWith(note)).toBe(true);
    await run('tutor', { subcommand: 'reload' }, teacher);
    expect((await run('tutor', { subcommand: 'missed' }, teacher)).body).not.toContain(note);
  });
});
