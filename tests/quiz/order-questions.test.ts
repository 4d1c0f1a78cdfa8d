// "Put these in order": four dated events pressed earliest first. Generated only where exactly one order
// is right; each player's presses are kept apart; a press out of order ends that player's go, wrong.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, TimelineEvent } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES as C, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { chronologyQuestions, isOrderQuestion, type OrderQuestion } from '../../src/quiz/chronology.js';
import { prepareQuestion } from '../../src/quiz/questions.js';
import { seededRandom } from '../../src/quiz/clock.js';
import type { Reply } from '../../src/commands/types.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { quizHarness, quizKnowledge, textOf, type Harness } from './harness.js';

const SECOND = 1000;

const event = (id: string, date: string, title: string, extra: Partial<TimelineEvent> = {}): TimelineEvent => ({ id, date, title, topic: 'nep', sources: ['notes'], ...extra });

/** Four NEP events in four years, and one more in a year already taken. */
const EVENTS: readonly TimelineEvent[] = [
  event('e-congress', '1921-03', 'Tenth Party Congress adopts the NEP'),
  event('e-lenin', '1924-01', 'Lenin dies'),
  event('e-thirteenth', '1924-05', 'Thirteenth Party Congress'),
  event('e-fifteenth', '1927-12', 'Fifteenth Party Congress'),
  event('e-turn', '1929-11', 'Stalin announces the Great Turn'),
];
const YEAR = new Map(EVENTS.map((e) => [e.title, Number(e.date.slice(0, 4))]));
const orderQuestions = (events: readonly TimelineEvent[]) => chronologyQuestions(events, C).filter(isOrderQuestion);

/** A round whose only questions are "Put these in order". */
function orderRound(timing: { earlyReveal?: boolean } = {}): Harness {
  const h = quizHarness({ timing });
  h.app.rounds.useQuestions(orderQuestions(EVENTS.filter((e) => e.id !== 'e-thirteenth')));
  return h;
}

/** The current question's keys, earliest event first (read from the button labels). */
function rightKeys(h: Harness): string[] {
  const buttons = h.channel.lastQuestion('c1')?.reply.buttons ?? [];
  const yearOf = (label: string) => YEAR.get(label.slice(4)) ?? NaN;
  return [...buttons].sort((a, b) => yearOf(a.label) - yearOf(b.label)).map((b) => b.key ?? '');
}

describe('order questions from the dated events', () => {
  let kb: KnowledgeBase;
  let questions: OrderQuestion[];
  beforeAll(async () => {
    kb = await loadRealKnowledge();
    questions = orderQuestions(kb.events);
  });

  it('have exactly one right order: four events without an end, in four different years', () => {
    expect(questions.length).toBeGreaterThan(10);
    const byTitle = new Map(kb.events.map((e) => [e.title, e]));
    for (const q of questions) {
      expect(q.prompt).toBe(C.orderPrompt);
      expect([...q.choices].sort(), q.id).toEqual([...q.order].sort());
      const years = q.order.map((t) => Number(byTitle.get(t)?.date.slice(0, 4)));
      expect(new Set(years).size, q.id).toBe(4);
      expect(years, q.id).toEqual([...years].sort((a, b) => a - b));
      for (const t of q.order) expect(byTitle.get(t)?.end, `${q.id}: ${t}`).toBeUndefined();
      expect(q.correct).toBe(q.order[0]);
      // Never shown already in order, even before a round shuffles the choices.
      expect(q.choices, q.id).not.toEqual(q.order);
      // The explanation gives the order with the years.
      expect([...q.explanation.matchAll(/\((\d{4})\)/g)].map((m) => Number(m[1])), q.id).toEqual(years);
    }
    // No two ask for the same four events.
    expect(new Set(questions.map((q) => [...q.order].sort().join('|'))).size).toBe(questions.length);
  });

  it('are made only where four events have years of their own', () => {
    const sameYear = [EVENTS[0], EVENTS[1], EVENTS[2], EVENTS[3]].filter((e): e is TimelineEvent => !!e);
    expect(orderQuestions(sameYear)).toEqual([]);
    const withPeriod = [...sameYear.filter((e) => e.id !== 'e-thirteenth'), event('e-nep', '1921-03', 'The NEP years', { end: '1928-10' })];
    expect(orderQuestions(withPeriod)).toEqual([]);
    for (const q of orderQuestions(EVENTS)) expect(new Set(q.order.map((t) => YEAR.get(t))).size).toBe(4);
    expect(orderQuestions(EVENTS).length).toBeGreaterThan(0);
  });

  it('keep their order through the shuffle of a round', () => {
    const [q] = orderQuestions(EVENTS);
    if (!q) throw new Error('no order question');
    for (let seed = 1; seed < 20; seed++) {
      const prepared = prepareQuestion(q, seededRandom(seed));
      expect(prepared?.order?.map((i) => prepared.choices[i])).toEqual(q.order);
      expect(prepared?.correctIndex).toBe(prepared?.order?.[0]);
    }
  });

  it('are never shown already in order, whatever the shuffle (pressing A, B, C, D must not be the answer)', () => {
    const [q] = orderQuestions(EVENTS);
    if (!q) throw new Error('no order question');
    for (let seed = 1; seed < 200; seed++) {
      const prepared = prepareQuestion(q, seededRandom(seed));
      expect(prepared?.choices).not.toEqual(q.order);
      expect(prepared?.order?.map((i) => prepared.choices[i])).toEqual(q.order);
    }
    // A shuffle that leaves everything in place, as a constant random number can.
    const kept = prepareQuestion({ ...q, choices: [...q.order] }, () => 0.999999);
    expect(kept?.choices).not.toEqual(q.order);
  });
});

describe('a round with an order question', () => {
  it('takes four presses in order as a right answer, scored by the last press, and reveals the order', async () => {
    const h = orderRound();
    await h.start('Alice', { questions: 3, seconds: 20 });
    const question = h.channel.lastQuestion('c1')?.reply;
    expect(question?.body).toBe(C.orderPrompt);
    expect(question?.footer).toContain(C.orderFooter);
    const keys = rightKeys(h);
    const replies: Reply[] = [];
    for (const key of keys) {
      await h.wait(1 * SECOND);
      replies.push(await h.press('Alice', key));
    }
    expect(replies.map((r) => r.body)).toEqual([
      C.orderPlaced(keys.slice(0, 1), 3),
      C.orderPlaced(keys.slice(0, 2), 2),
      C.orderPlaced(keys.slice(0, 3), 1),
      C.orderDone(keys),
    ]);
    expect(replies.every((r) => r.private)).toBe(true);
    await h.wait(20 * SECOND);

    const reveal = h.postsTitled('The order')[0];
    expect(reveal?.title).toBe(C.revealOrderTitle(keys));
    // The last press came at 4 s of 20: 1000 × (1 − 4/40) = 900.
    expect(textOf(reveal)).toContain('Right (1): Alice +900');
    expect(reveal?.body).toMatch(/^In order: Tenth Party Congress adopts the NEP \(1921\); Lenin dies \(1924\); Fifteenth Party Congress \(1927\); Stalin announces the Great Turn \(1929\)\./);
    // The question, closed, shows each button's place.
    const closed = h.channel.lastQuestion('c1')?.reply.buttons ?? [];
    expect(closed.every((b) => b.disabled)).toBe(true);
    expect(closed.find((b) => b.key === keys[0])?.label).toContain('1st · Tenth Party Congress');
    expect(closed.find((b) => b.key === keys[3])?.label).toContain('4th · Stalin announces');
  });

  it('ends a go at the first press out of order, counted wrong, and says so; later presses are told it is over', async () => {
    const h = orderRound();
    await h.start('Alice', { questions: 3, seconds: 20 });
    const keys = rightKeys(h);
    const [first, second, third] = keys;
    expect((await h.press('Bob', first ?? '')).body).toBe(C.orderPlaced([first ?? ''], 3));
    expect((await h.press('Bob', third ?? '')).body).toBe(C.orderOutOfOrder([first ?? '', third ?? '']));
    expect((await h.press('Bob', second ?? '')).body).toBe(Q.answerDuplicate);
    await h.wait(20 * SECOND);
    // Bob played alone: he is told, not a group.
    expect(textOf(h.postsTitled('The order')[0])).toContain(Q.revealSoloMissOrder(keys));
    await h.stop('Alice');
    expect(textOf(h.postsTitled('Quiz over')[0])).toContain('Bob, 0 points, 0 of 1 right');
  });

  it('keeps each player\'s order apart, and answers a double click without losing the order', async () => {
    const h = orderRound();
    await h.start('Alice', { questions: 3, seconds: 20 });
    const keys = rightKeys(h);
    const [k1 = '', k2 = '', k3 = '', k4 = ''] = keys;
    await h.press('Alice', k1);
    expect((await h.press('Alice', k1)).body).toBe(C.orderRepeated(k1, [k1]));
    // Bob starts his own order; Alice's second press is her second, not his.
    expect((await h.press('Bob', k1)).body).toBe(C.orderPlaced([k1], 3));
    expect((await h.press('Alice', k2)).body).toBe(C.orderPlaced([k1, k2], 2));
    expect((await h.press('Bob', k3)).body).toBe(C.orderOutOfOrder([k1, k3]));
    await h.press('Alice', k3);
    expect((await h.press('Alice', k4)).body).toBe(C.orderDone(keys));
    await h.wait(20 * SECOND);
    const reveal = textOf(h.postsTitled('The order')[0]);
    expect(reveal).toMatch(/Right \(1\): Alice \+\d/);
    expect(reveal).not.toContain('Bob +');
  });

  it('counts an order left unfinished when answers close as a wrong answer', async () => {
    const h = orderRound();
    await h.start('Alice', { questions: 3, seconds: 20 });
    const keys = rightKeys(h);
    const [k1 = '', k2 = ''] = keys;
    await h.press('Carol', k1);
    await h.press('Carol', k2);
    await h.wait(20 * SECOND);
    expect(textOf(h.postsTitled('The order')[0])).toContain(Q.revealSoloMissOrder(keys));
    expect(await h.press('Carol', 'C', {}, h.channel.lastQuestion('c1'))).toMatchObject({ body: Q.answerEnded });
  });

  it('with early reveal (the console), closes once the player has finished the order, not at the first press', async () => {
    const h = orderRound({ earlyReveal: true });
    await h.start('Alice', { questions: 3, seconds: 20 });
    const keys = rightKeys(h);
    for (const key of keys.slice(0, 3)) await h.press('Alice', key);
    expect(h.postsTitled('The order')).toHaveLength(0);
    expect((await h.press('Alice', keys[3] ?? '')).body).toBe(C.orderDone(keys));
    expect(h.postsTitled('The order')).toHaveLength(1);
  });

  it('answers presses after the time is up, and stale buttons of a round that is gone, as the other buttons do', async () => {
    const h = orderRound();
    await h.start('Alice', { questions: 3, seconds: 20 });
    const post = h.channel.lastQuestion('c1');
    const [k1 = ''] = rightKeys(h);
    await h.wait(20 * SECOND);
    expect((await h.press('Alice', k1, {}, post)).body).toBe(Q.answerEnded);
    // A button from before a restart: its round id is unknown to the new process.
    const stale = quizHarness({ kb: quizKnowledge() });
    const action = post?.reply.buttons?.[0]?.action ?? '';
    expect(await stale.app.router.runAction(action, stale.ctx('Alice'))).toMatchObject({ body: Q.answerEnded, private: true });
  });
});
