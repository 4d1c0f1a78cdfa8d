// Picking a round's questions and shuffling their choices.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/quiz/clock.js';
import { pickQuestions, prepareQuestion, RecentQuestions } from '../../src/quiz/questions.js';
import { quizKnowledge } from './harness.js';

const pool = quizKnowledge(12).quiz.filter((q) => q.topic === 'nep');

describe('question picking', () => {
  it('never picks a question twice, and gives all there are when asked for more', () => {
    const picked = pickQuestions(pool, 20, [], seededRandom(1));
    expect(picked).toHaveLength(12);
    expect(new Set(picked.map((q) => q.id)).size).toBe(12);
  });

  it('takes fresh questions first, then the least recently asked', () => {
    const recent = pool.slice(0, 10).map((q) => q.id); // nep-q1 asked longest ago
    const picked = pickQuestions(pool, 4, recent, seededRandom(2)).map((q) => q.id);
    expect(picked.slice(0, 2).sort()).toEqual(['nep-q11', 'nep-q12']);
    expect(picked.slice(2)).toEqual(['nep-q1', 'nep-q2']);
  });

  it('shuffles the choices and keeps track of the right one', () => {
    const orders = new Set<string>();
    for (let seed = 0; seed < 30; seed++) {
      const q = prepareQuestion(pool[0]!, seededRandom(seed));
      expect(q?.choices[q.correctIndex]).toBe('right 1');
      expect([...(q?.choices ?? [])].sort()).toEqual([...pool[0]!.choices].sort());
      orders.add(q?.choices.join('|') ?? '');
    }
    expect(orders.size).toBeGreaterThan(5);
  });

  it('remembers a limited number of recent questions per channel', () => {
    const recent = new RecentQuestions(5);
    recent.add('g/c', ['a', 'b', 'c']);
    recent.add('g/c', ['d', 'e', 'a']);
    expect(recent.get('g/c')).toEqual(['b', 'c', 'd', 'e', 'a']);
    recent.add('g/c', ['f']);
    expect(recent.get('g/c')).toEqual(['c', 'd', 'e', 'a', 'f']);
    expect(recent.get('g/other')).toEqual([]);
  });
});
