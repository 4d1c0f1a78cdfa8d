// The readings behind the Year 11 trial's follow-up fixes (tests/commands/ask-maya-followups.test.ts): which questions
// have no word that leans, "right" as correct, and asking which of the last answer's reasons weighs most.
import { describe, expect, it } from 'vitest';
import { asksWhichWeighsMost, leansByNoWord, rightAsCorrect } from '../../src/matching/follow-up.js';

describe('leansByNoWord', () => {
  it('finds no leaning word in a question that only names little', () => {
    for (const q of ['what were the purgs', 'what were the purges then', 'so what was the lenin cult', 'how many died']) expect(leansByNoWord(q), q).toBe(true);
  });

  it('finds one in a question that points back, carries on, asks what came next or stops short', () => {
    for (const q of ['what happened to him', 'is that the same as the purges', 'and kamenev?', 'what happened next', 'how did stalin respond', 'what happened to zinoviev and kamenev then', 'what did they have to do there'])
      expect(leansByNoWord(q), q).toBe(false);
  });
});

describe('rightAsCorrect', () => {
  it('leaves "right" after "was he" out (an adjective, not the Right)', () => {
    expect(rightAsCorrect('was he right')).toBe('was he');
    expect(rightAsCorrect('were they really right')).toBe('were they really');
  });

  it('leaves the Right alone', () => {
    for (const q of ['who were the right opposition', 'was bukharin on the right', 'was it the right opposition']) expect(rightAsCorrect(q), q).toBe(q);
  });
});

describe('asksWhichWeighsMost', () => {
  it('reads asking which of the reasons given mattered most', () => {
    for (const q of ['which of those is the most important', 'which was the main one', 'so which one was most important?', 'what was the main reason']) expect(asksWhichWeighsMost(q), q).toBe(true);
  });

  it('leaves other questions alone', () => {
    for (const q of ['which one was more common', 'what was the most important reason for rapid industrialisation', 'which of those died']) expect(asksWhichWeighsMost(q), q).toBe(false);
  });
});
