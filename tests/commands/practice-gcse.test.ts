// /practice for a GCSE class (a blind Year-11 trial): no "How far do historians agree…" question unless it is asked
// for (at GCSE, or with no level set), and Another question, or the same /practice typed again, never sets the
// question just shown while another fits.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { onHistoriansViews } from '../../src/practice/history.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { FakeTime } from '../fakes/time.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false, ...over });
const idOf = (reply: Reply) => (reply.buttons?.find((b) => b.label === P.answerButton)?.action ?? '').split(':')[2] ?? '';
const question = (id: string) => kb.practice.find((q) => q.id === id);

async function classOf(level: 'gcse' | 'a-level' | null, seed = 1): Promise<{ app: App; practice: (options?: Record<string, string>) => Promise<Reply> }> {
  const time = new FakeTime();
  const app = buildApp({ kb, clock: time, scheduler: time, random: seededRandom(seed) });
  if (level) await app.router.runCommand('tutor', { subcommand: 'level', options: { class: level } }, ctx({ canManageServer: true }));
  return { app, practice: async (options = {}) => (await app.router.runCommand('practice', { options }, ctx())) as Reply };
}

describe('/practice in a GCSE class', () => {
  it('sets "How far do you agree?", never "How far do historians agree…", for a topic and "how far", at GCSE and with no level set', async () => {
    for (const level of ['gcse', null] as const)
      for (const topic of ['terror assessment', 'power struggle', 'stalinism', 'famine']) {
        const { practice } = await classOf(level);
        for (let i = 0; i < 4; i++) {
          const reply = await practice({ topic, kind: 'how far' });
          expect(reply.body, `${level} ${topic}`).not.toMatch(/historians agree/i);
          expect(question(idOf(reply))?.kind, `${level} ${topic}`).toBe('how-far');
        }
      }
  }, 120_000);

  it('sets no question on historians\' views without a kind, whatever the seed, unless the class is A-level', async () => {
    for (const level of ['gcse', null] as const)
      for (const seed of [1, 2, 3, 4, 5, 6]) {
        const { practice } = await classOf(level, seed);
        for (const topic of [undefined, 'terror-assessment', 'power-struggle', 'industrialisation']) {
          const id = idOf(await practice(topic ? { topic } : {}));
          expect(onHistoriansViews(question(id)!), `${level} ${seed} ${topic} ${id}`).toBe(false);
        }
      }
  }, 120_000);

  it('still sets the historians\' question when it is asked for, and an A-level class "how far" on a topic without an essay', async () => {
    const { practice } = await classOf('gcse');
    expect((await practice({ topic: 'terror-assessment', kind: 'interpretation' })).body).toContain('How far do historians agree');
    const aLevel = await classOf('a-level');
    expect(question(idOf(await aLevel.practice({ topic: 'industrialisation', kind: 'how far' })))?.kind).toBe('how-far');
  }, 60_000);
});

describe('Another question', () => {
  it('never brings back the question just shown, answered or not, while the topic has another', async () => {
    const { app, practice } = await classOf('gcse');
    let reply = await practice({ topic: 'terror-assessment' });
    const seen = [idOf(reply)];
    for (let i = 0; i < 6; i++) {
      const another = reply.buttons?.find((b) => b.label === P.anotherButton)?.action ?? '';
      reply = (await app.router.runAction(another, ctx())) as Reply;
      expect(idOf(reply), seen.join(' ')).not.toBe(seen.at(-1));
      seen.push(idOf(reply));
    }
    // The topic's three GCSE questions come round before any comes back.
    expect(new Set(seen.slice(0, 3)).size).toBe(3);
  }, 60_000);

  it('the same /practice typed again, unanswered, sets another question while the topic has one', async () => {
    const { practice } = await classOf(null);
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push(idOf(await practice({ topic: 'nep' })));
    for (let i = 1; i < ids.length; i++) expect(ids[i], ids.join(' ')).not.toBe(ids[i - 1]);
  }, 60_000);
});

describe('/practice source', () => {
  it('reads "source" as a kind of question, not a topic, and says plainly there are no source questions yet', async () => {
    const { practice } = await classOf('gcse');
    for (const options of [{ topic: 'source' }, { topic: 'sources' }, { topic: 'famine', kind: 'how useful' }, { topic: 'famine sources' }] as Record<string, string>[]) {
      const reply = await practice(options);
      expect(reply.body, JSON.stringify(options)).not.toContain('no topic called');
      expect(reply.body, JSON.stringify(options)).toMatch(/There are no "How useful are the sources" questions/);
    }
    expect((await practice({ topic: 'famine', kind: 'sources' })).body).toContain('on The famine');
  }, 60_000);
});
