// /practice in an A-level class and a GCSE one (an A-level student's trial, items 4 and 16): with /tutor level
// a-level, /practice without a kind sets the A-level essay and interpretation questions first, and "how far" is the
// essay; a GCSE class (or one with no level set) is never set a 25-mark essay unless it asks for one; "terror
// interpretation" finds the Terror's historians' question though it sits under a near topic; an essay's answer has
// a second box, and both are marked together.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext, Reply, ReplyForm } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { A_LEVEL_KINDS } from '../../src/knowledge/schema.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript } from '../helpers/console-session.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false, ...over });

async function classOf(level: 'gcse' | 'a-level' | null, seed = 1): Promise<{ app: App; practice: (options?: Record<string, string>) => Promise<{ reply: Reply; id: string }> }> {
  const time = new FakeTime();
  const app = buildApp({ kb, clock: time, scheduler: time, random: seededRandom(seed) });
  if (level) await app.router.runCommand('tutor', { subcommand: 'level', options: { class: level } }, ctx({ canManageServer: true }));
  const practice = async (options: Record<string, string> = {}) => {
    const reply = (await app.router.runCommand('practice', { options }, ctx())) as Reply;
    const answer = reply.buttons?.find((b) => b.label === P.answerButton)?.action ?? '';
    return { reply, id: answer.split(':')[2] ?? '' };
  };
  return { app, practice };
}
const kindOf = (id: string) => kb.practice.find((q) => q.id === id)?.kind;

describe('/practice and the class level', () => {
  it('in an A-level class, sets an A-level essay or interpretation question when no kind is asked for, whatever the topic', async () => {
    for (const seed of [1, 2, 3, 4]) {
      const { practice } = await classOf('a-level', seed);
      const { id } = await practice();
      expect(A_LEVEL_KINDS.has(kindOf(id) ?? 'describe'), id).toBe(true);
    }
    const { practice } = await classOf('a-level');
    // Collectivisation has an essay and a three-extracts question: either, never a GCSE kind.
    expect(['essay', 'three-extracts']).toContain(kindOf((await practice({ topic: 'collectivisation' })).id));
  });

  it('in a GCSE class, or one with no level set, never sets a 25-mark question unless it is asked for', async () => {
    for (const level of ['gcse', null] as const)
      for (const seed of [1, 2, 3, 4, 5]) {
        const { practice } = await classOf(level, seed);
        for (const topic of [undefined, 'collectivisation', 'famine']) {
          const { id } = await practice(topic ? { topic } : {});
          expect(A_LEVEL_KINDS.has(kindOf(id) ?? 'essay'), `${level} ${topic} ${id}`).toBe(false);
        }
      }
    const { practice } = await classOf('gcse');
    expect(kindOf((await practice({ topic: 'collectivisation', kind: 'essay' })).id)).toBe('essay');
    expect(kindOf((await practice({ topic: 'terror', kind: 'extract' })).id)).toBe('extract');
  });

  it('reads "how far" in an A-level class as the essay (item 4: "/practice collectivisation how far" had none)', async () => {
    const alevel = await classOf('a-level');
    const essay = await alevel.practice({ topic: 'collectivisation', kind: 'how far' });
    expect(essay.id).toBe('pq-collectivisation-essay-industry');
    expect(essay.reply.title).toBe(P.questionTitle(P.kindNames.essay, 25));
    // A topic with no essay still has its 16-mark question.
    expect(kindOf((await alevel.practice({ topic: 'lenin-legacy', kind: 'how far' })).id)).toBe('how-far');
    // The kind box's own "How far do you agree" is the 16-mark question, in any class.
    expect(kindOf((await alevel.practice({ topic: 'famine', kind: 'how-far' })).id)).toBe('how-far');
  });
});

describe('/practice finds the question of the kind asked for on a near topic (item 16)', () => {
  it('"great terror interpretation" and "terror interpretation" set the Terror\'s historians\' question, saying it is on a near topic', async () => {
    const out = await consoleTranscript(buildApp({ kb, clock: new FakeTime(), scheduler: new FakeTime(), random: () => 0 }), [
      '/practice great terror interpretation',
      '/cancel',
      '/practice terror interpretation',
      '/cancel',
      '/quit',
    ]);
    expect(out).not.toContain('There is no question on historians');
    expect(out.split('"The Great Terror was planned and directed by Stalin." How far do historians agree with this view?').length - 1).toBe(2);
    expect(out).toContain(P.nearTopic('The Great Terror: show trials and purges', 'Why the Terror happened, and its impact'));
  });

  it('in an A-level class, a topic with only GCSE questions lends a near topic\'s A-level one (F14: "great terror" set a 4-marker)', async () => {
    for (const seed of [1, 2, 3]) {
      const { practice } = await classOf('a-level', seed);
      const { id, reply } = await practice({ topic: 'great terror' });
      expect(A_LEVEL_KINDS.has(kindOf(id) ?? 'describe'), id).toBe(true);
      expect(kb.practice.find((q) => q.id === id)?.topic).toBe('terror-assessment');
      expect(reply.body).toContain(P.nearTopicALevel('The Great Terror: show trials and purges', 'Why the Terror happened, and its impact'));
    }
    // A GCSE class keeps the topic's own GCSE questions.
    const gcse = await classOf('gcse');
    const gcseId = (await gcse.practice({ topic: 'great terror' })).id;
    expect(kb.practice.find((q) => q.id === gcseId)?.topic).toBe('great-terror');
  });

  it('in an A-level class, the same words set the interpretation question on its extract', async () => {
    const { practice } = await classOf('a-level');
    const { id, reply } = await practice({ topic: 'great terror', kind: 'interpretation' });
    expect(id).toBe('pq-terror-assessment-extract-getty');
    expect(reply.body).toContain('not a quotation');
  });
});

describe('the A-level kinds as students type them in the console', () => {
  it('reads "a-level essay", "essay", "how convincing" and "extract" after the topic as the kind', async () => {
    const out = await consoleTranscript(buildApp({ kb, clock: new FakeTime(), scheduler: new FakeTime(), random: () => 0 }), [
      '/practice famine a-level essay',
      '/cancel',
      '/practice collectivisation essay',
      '/cancel',
      '/practice terror how convincing',
      '/cancel',
      '/practice five year plans extract',
      '/cancel',
      '/quit',
    ]);
    expect(out).toContain(kb.practice.find((q) => q.id === 'pq-famine-essay-responsible')?.prompt);
    expect(out).toContain(kb.practice.find((q) => q.id === 'pq-collectivisation-essay-industry')?.prompt);
    expect(out).toContain('How convincing is the interpretation in the extract of why the Great Terror happened?');
    expect(out).toContain('How convincing is the interpretation in the extract of the results of the Five-Year Plans?');
    expect(out).not.toMatch(/There is no (topic|kind)/);
  });
});

describe('"30 mark": AQA\'s three-extract question (F8)', () => {
  it('sets a three-extracts question for "30 mark" or "three extracts", in the console and the kind box', async () => {
    const out = await consoleTranscript(buildApp({ kb, clock: new FakeTime(), scheduler: new FakeTime(), random: () => 0 }), ['/practice interpretation 30 mark', '/cancel', '/quit']);
    expect(out).not.toContain('There is no kind of question called');
    expect(out).not.toContain(P.threeExtracts);
    expect(out).toContain(P.threeExtractsIntro);
    expect(out).toContain('assess how convincing the arguments in these three extracts are');
    const { practice } = await classOf('a-level');
    const asks: Record<string, string>[] = [{ kind: '30 mark' }, { topic: 'great terror', kind: '30 marker' }, { topic: 'collectivisation', kind: 'three extracts' }, { kind: 'three-extracts' }];
    for (const options of asks) {
      const { id, reply } = await practice(options);
      expect(kindOf(id), JSON.stringify(options)).toBe('three-extracts');
      expect(reply.body).not.toContain(P.threeExtracts);
      expect((reply.fields ?? []).slice(0, 3).map((f) => f.name.slice(0, 9))).toEqual(['Extract A', 'Extract B', 'Extract C']);
    }
  });

  it('on a topic with no three-extracts question, sets its one-extract question and says so', async () => {
    const { practice } = await classOf('gcse');
    const { id, reply } = await practice({ topic: 'famine', kind: '30 mark' });
    expect(kindOf(id)).toBe('extract');
    expect(reply.body).toContain(P.threeExtracts);
  });
});

describe('answering an A-level question', () => {
  it('opens a form with a second, optional box, and marks both boxes as one answer', async () => {
    const { app, practice } = await classOf('a-level');
    const { reply } = await practice({ topic: 'power struggle', kind: 'essay' });
    const action = reply.buttons?.find((b) => b.label === P.answerButton)?.action ?? '';
    const form = app.router.form(action, ctx()) as ReplyForm;
    expect(form.fields).toEqual([
      expect.objectContaining({ id: 'answer', maxLength: 4000 }),
      expect.objectContaining({ id: 'answer-more', label: P.formLabelMore, maxLength: 4000, optional: true }),
    ]);
    const first = 'Stalin became General Secretary in April 1922, and this post gave him control of appointments, so local secretaries owed their careers to him.';
    const second = 'However, Stalin used shifting alliances skilfully, allying with Bukharin against Zinoviev and Kamenev, so his rivals never united against him.';
    const both = (await app.router.runSubmit(action, { answer: first, 'answer-more': second }, ctx())) as Reply;
    const one = (await app.router.runSubmit(action, { answer: first }, ctx())) as Reply;
    const made = (r: Reply) => (r.fields ?? []).filter((f) => f.name.startsWith(P.madeField)).map((f) => f.value).join('\n');
    expect(made(both)).toContain('He formed and dropped alliances');
    expect(made(one)).not.toContain('He formed and dropped alliances');
    expect(both.title).toMatch(/\/25 marks · level \d of 5$/);
  });
});
