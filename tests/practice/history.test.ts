// What a student practises next, and what is kept of their practice: per server, their newest attempts,
// gone with /forget-me and with the retention sweep.
import { describe, expect, it } from 'vitest';
import type { PracticeQuestion } from '../../src/knowledge/schema.js';
import { forgetPlayer, sweepOldActivity } from '../../src/leaderboard/ranking.js';
import { createPracticeHistory, pickQuestion, topicRecords } from '../../src/practice/history.js';
import { PRACTICE_DEFAULTS } from '../../src/practice/defaults.js';
import type { MarkResult } from '../../src/practice/marker.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import type { PracticeAttempt } from '../../src/store/schema.js';

const q = (id: string, topic: string, kind: PracticeQuestion['kind']): PracticeQuestion => ({
  id, topic, kind, prompt: `${id}?`, marks: 8, minutes: 10, levels: [], points: [],
});
const QUESTIONS = [q('a-explain', 'a', 'explain'), q('a-describe', 'a', 'describe'), q('b-explain', 'b', 'explain'), q('b-describe', 'b', 'describe'), q('b-explain-2', 'b', 'explain')];
const attempt = (question: string, topic: string, kind: string, mark: number, at = '2025-01-06T09:00:00.000Z'): PracticeAttempt => ({ question, topic, kind, mark, maxMark: 8, level: 1, maxLevel: 4, at });
const first = () => 0;

describe('choosing a question on historians\' views (interpretations)', () => {
  const VIEWS = [...QUESTIONS, q('pq-interpretations-b', 'b', 'how-far'), q('pq-interpretations-c', 'c', 'how-far')];

  it('picks only questions on historians\' views, narrowed to the topic asked for', () => {
    const any = pickQuestion(VIEWS, [], { historians: true }, first);
    expect(any.ok && any.question.id.startsWith('pq-interpretations-')).toBe(true);
    const onB = pickQuestion(VIEWS, [], { topic: 'b', historians: true }, first);
    expect(onB.ok && onB.question.id).toBe('pq-interpretations-b');
  });

  it('says so when the topic asked for has none, rather than setting another kind of question', () => {
    expect(pickQuestion(VIEWS, [], { topic: 'a', historians: true }, first)).toEqual({ ok: false, reason: 'no-topic-historians' });
  });
});

describe('choosing a practice question', () => {
  it('without a topic, takes a topic never practised first, then the one with the lowest average', () => {
    const pick = pickQuestion(QUESTIONS, [attempt('a-explain', 'a', 'explain', 7)], {}, first);
    expect(pick.ok && pick.question.topic).toBe('b');
    const weakest = pickQuestion(QUESTIONS, [attempt('a-explain', 'a', 'explain', 7), attempt('b-explain', 'b', 'explain', 2)], {}, first);
    expect(weakest.ok && weakest.question.topic).toBe('b');
  });

  it('without a kind, takes the kind practised least, and not the question just answered', () => {
    const pick = pickQuestion(QUESTIONS, [attempt('b-explain', 'b', 'explain', 3)], { topic: 'b' }, first);
    expect(pick.ok && pick.question.id).toBe('b-describe');
    const again = pickQuestion(QUESTIONS, [attempt('b-describe', 'b', 'describe', 3), attempt('b-explain', 'b', 'explain', 3)], { topic: 'b', kind: 'explain' }, first);
    expect(again.ok && again.question.id).toBe('b-explain-2');
  });

  it('says when there is nothing of the topic or kind asked for', () => {
    expect(pickQuestion(QUESTIONS, [], { topic: 'c' }, first)).toEqual({ ok: false, reason: 'no-topic-questions' });
    expect(pickQuestion(QUESTIONS, [], { topic: 'a', kind: 'how-far' }, first)).toEqual({ ok: false, reason: 'no-kind-questions' });
    expect(pickQuestion([], [], {}, first)).toEqual({ ok: false, reason: 'none' });
  });
});

describe('practice history', () => {
  const result = (id: string, mark: number) => ({ question: QUESTIONS.find((x) => x.id === id), mark, maxMark: 8, level: 2, maxLevel: 4 }) as unknown as MarkResult;

  it('keeps each student\'s attempts per server, newest last, up to the limit', async () => {
    const history = createPracticeHistory(createMemoryGuildStore());
    await history.record('g1', 'u1', result('a-explain', 4), new Date('2025-01-06T09:00:00Z'));
    await history.record('g1', 'u1', result('b-explain', 6), new Date('2025-01-06T10:00:00Z'));
    expect((await history.attempts('g1', 'u1')).map((a) => `${a.question} ${a.mark}`)).toEqual(['a-explain 4', 'b-explain 6']);
    expect(await history.attempts('g2', 'u1')).toEqual([]);
    expect(await history.attempts('g1', 'u2')).toEqual([]);
    for (let i = 0; i < PRACTICE_DEFAULTS.historyPerStudent + 5; i++) await history.record('g1', 'u3', result('a-explain', i % 9), new Date());
    expect(await history.attempts('g1', 'u3')).toHaveLength(PRACTICE_DEFAULTS.historyPerStudent);
  });

  it('sums up each topic practised: how many, the average, the latest marks', () => {
    const records = topicRecords([attempt('a-explain', 'a', 'explain', 4), attempt('a-describe', 'a', 'describe', 8)], [{ id: 'a' }, { id: 'b' }] as never);
    expect(records).toEqual([{ topic: 'a', attempts: 2, average: 0.75, recent: [expect.objectContaining({ mark: 4 }), expect.objectContaining({ mark: 8 })] }]);
  });

  it('goes with /forget-me, and attempts older than the retention period go in the sweep', async () => {
    const store = createMemoryGuildStore();
    const history = createPracticeHistory(store);
    await history.record('g1', 'u1', result('a-explain', 4), new Date('2025-01-01T09:00:00Z'));
    await history.record('g1', 'u1', result('a-explain', 5), new Date('2025-03-01T09:00:00Z'));
    await history.record('g1', 'u2', result('a-explain', 5), new Date('2025-03-01T09:00:00Z'));
    await store.update('g1', (d) => void sweepOldActivity(d, 30, new Date('2025-03-10T09:00:00Z')));
    expect((await history.attempts('g1', 'u1')).map((a) => a.mark)).toEqual([5]);
    await store.update('g1', (d) => void forgetPlayer(d, 'u1'));
    expect(await history.attempts('g1', 'u1')).toEqual([]);
    expect(await history.attempts('g1', 'u2')).toHaveLength(1);
  });
});
