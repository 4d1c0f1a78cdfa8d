// /tutor level gcse | a-level | all (issue 19, part 6): quiz rounds for the class. A GCSE class is not
// asked trivia only an A-level class can be expected to know (hard questions, unless marked otherwise).
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { consoleTranscript } from '../helpers/console-session.js';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase, QuizQuestion } from '../../src/knowledge/schema.js';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { quizHarness, quizKnowledge, type Harness, type Where } from '../quiz/harness.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

function question(id: string, difficulty: QuizQuestion['difficulty'], extra: Partial<QuizQuestion> = {}): QuizQuestion {
  return {
    id, topic: 'nep', prompt: `Question ${id}?`, choices: [`right ${id}`, `wrong ${id} b`, `wrong ${id} c`, `wrong ${id} d`], correct: `right ${id}`,
    explanation: `Because of ${id}.`, difficulty, sources: ['notes'], ...extra,
  };
}

const FOR_GCSE = [
  question('e1', 'easy'), question('e2', 'easy'), question('m1', 'medium'), question('m2', 'medium'),
  // Hard, but the teacher who wrote it says a GCSE class should know it.
  question('hg', 'hard', { level: 'gcse' }),
];
const A_LEVEL_ONLY = [
  question('h1', 'hard'), question('h2', 'hard'),
  // Not hard, but the teacher who wrote it says it is for A-level.
  question('ea', 'easy', { level: 'a-level' }),
];

function levelKnowledge(): KnowledgeBase {
  const base = quizKnowledge(0);
  const hardTopic = ['x1', 'x2', 'x3'].map((id) => ({ ...question(id, 'hard'), topic: 'collectivisation' }));
  return { ...base, quiz: [...FOR_GCSE, ...A_LEVEL_ONLY, ...hardTopic] };
}

const teacher: Where = { mod: true };
const level = (h: Harness, value: string, where: Where = teacher) => h.command('Ms Smith', 'tutor', { subcommand: 'level', options: { class: value } }, where);

/** Starts a round of every question on the NEP there is and plays it to the end: what the start said, and the prompts asked. */
async function round(h: Harness, where: Where = {}): Promise<{ start: string; prompts: string[] }> {
  const start = (await h.start('Alice', { topic: 'nep', questions: 20, seconds: 20 }, where)).body ?? '';
  for (let i = 0; i < 25 && h.postsTitled(Q.endTitle, where.channel).length === 0; i++) await h.answer('Alice', true, where);
  expect(h.postsTitled(Q.endTitle, where.channel), start).toHaveLength(1);
  return { start, prompts: h.postsTitled('Question', where.channel).map((r) => r.body ?? '') };
}
const asked = async (h: Harness, where: Where = {}) => (await round(h, where)).prompts;

const promptsOf = (qs: readonly QuizQuestion[]) => qs.map((q) => q.prompt).sort();
const levelHarness = () => quizHarness({ kb: levelKnowledge(), timing: { earlyReveal: true } });

describe('/tutor level', () => {
  it('asks every question by default, the hard ones included', async () => {
    const h = levelHarness();
    expect((await asked(h)).sort()).toEqual(promptsOf([...FOR_GCSE, ...A_LEVEL_ONLY]));
  });

  it('gcse: leaves out hard questions and those marked a-level, keeps a hard one marked gcse, and the round says so', async () => {
    const h = levelHarness();
    expect(await level(h, 'gcse')).toMatchObject({ body: MESSAGES.tutorLevelSet('gcse'), private: true });
    const { start, prompts } = await round(h);
    expect(start).toContain(Q.startLevel('gcse'));
    expect(start).toContain(Q.startFewer(FOR_GCSE.length, true));
    expect(prompts.sort()).toEqual(promptsOf(FOR_GCSE));
  });

  it('a-level, or all again: every question comes back', async () => {
    const h = levelHarness();
    await level(h, 'gcse');
    expect(await level(h, 'a-level')).toMatchObject({ body: MESSAGES.tutorLevelSet('a-level') });
    const aLevel = await round(h);
    expect(aLevel.start).toContain(Q.startLevel('a-level'));
    expect(aLevel.prompts.sort()).toEqual(promptsOf([...FOR_GCSE, ...A_LEVEL_ONLY]));

    const h2 = levelHarness();
    await level(h2, 'gcse');
    expect(await level(h2, 'all')).toMatchObject({ body: MESSAGES.tutorLevelSet(null) });
    const { start, prompts } = await round(h2);
    expect(prompts.sort()).toEqual(promptsOf([...FOR_GCSE, ...A_LEVEL_ONLY]));
    expect(start).not.toContain(Q.startLevel('gcse'));
    expect(start).not.toContain(Q.startLevel('a-level'));
  });

  it('is kept per server, in the store', async () => {
    const h = levelHarness();
    await level(h, 'gcse');
    expect((await h.store.load('g1')).settings.quizLevel).toBe('gcse');
    expect((await h.store.load('g2')).settings.quizLevel).toBeNull();
    expect((await asked(h, { guild: 'g2' })).sort()).toEqual(promptsOf([...FOR_GCSE, ...A_LEVEL_ONLY]));
  });

  it('needs Manage Server, and names the classes when given something else', async () => {
    const h = levelHarness();
    expect(await level(h, 'gcse', {})).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
    expect((await h.store.load('g1')).settings.quizLevel).toBeNull();
    expect(await level(h, 'ks3')).toMatchObject({ body: `${MESSAGES.tutorLevelChoose}. ${MESSAGES.tutorLevelNow(null)}`, private: true });
    expect(await level(h, 'A level')).toMatchObject({ body: MESSAGES.tutorLevelSet('a-level') });
  });

  it('says so when a topic has no questions for a GCSE class', async () => {
    const h = levelHarness();
    await level(h, 'gcse');
    expect(await h.start('Alice', { topic: 'collectivisation' })).toMatchObject({ body: Q.noQuestionsForGcse('Collectivisation'), private: true });
  });

  it('says the setting was not saved when the data folder cannot be written, and keeps the old one', async () => {
    const { dir, remove } = await tempDir();
    try {
      const store = new JsonGuildStore({ dir: guildsDir(dir), logger: new MemoryLogger() });
      const app = buildApp({ kb: levelKnowledge(), store });
      const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't1', userName: 'Ms Smith', canManageServer: true };
      const set = (value: string) => app.router.runCommand('tutor', { subcommand: 'level', options: { class: value } }, ctx);
      expect(await set('gcse')).toMatchObject({ body: MESSAGES.tutorLevelSet('gcse') });
      const blocker = path.join(guildsDir(dir), 'g1.json.tmp');
      await mkdir(blocker); // the next save cannot create its temporary file
      expect(await set('a-level')).toMatchObject({ body: MESSAGES.tutorLevelNotSaved('gcse'), private: true });
      expect(await app.leaderboard.quizLevel('g1')).toBe('gcse');
      await rm(blocker, { recursive: true });
      await store.flush();
      expect(JSON.parse(await readFile(path.join(guildsDir(dir), 'g1.json'), 'utf8')).settings.quizLevel).toBe('gcse');
    } finally {
      await remove();
    }
  });

  it('works in the console too, typed as on Discord or in order', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const text = await consoleTranscript(app, ['/tutor level gcse', '/quiz start topic:nep questions:3', '/quiz stop', '/tutor level class:all', '/quit']);
    expect(text).toContain(MESSAGES.tutorLevelSet('gcse'));
    expect(text).toContain(Q.startLevel('gcse'));
    expect(text).toContain(MESSAGES.tutorLevelSet(null));
  });
});
