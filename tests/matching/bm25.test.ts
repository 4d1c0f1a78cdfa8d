import { describe, expect, it } from 'vitest';
import { Bm25Index } from '../../src/matching/bm25.js';

const search = (index: Bm25Index, terms: string[]) => {
  const scores = new Map<number, number>();
  index.search(terms, (doc, score) => scores.set(doc, score));
  return scores;
};

describe('the BM25 index', () => {
  const index = new Bm25Index([['stalin', 'nep', 'end'], ['stalin', 'kulak'], ['stalin', 'gulag'], ['nep', 'featur']]);

  it('ranks a document matching more of the question first, and a rare word above a common one', () => {
    const scores = search(index, ['stalin', 'nep', 'end']);
    expect([...scores.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]).toBe(0);
    const one = search(index, ['kulak', 'stalin']);
    expect(one.get(1)).toBeGreaterThan(one.get(2) ?? 0);
  });

  it('visits only matching documents and gives the same scores every time (nothing left over between searches)', () => {
    const first = search(index, ['gulag']);
    expect([...first.keys()]).toEqual([2]);
    search(index, ['stalin', 'nep']);
    expect(search(index, ['gulag'])).toEqual(first);
  });

  it('ignores words it has never seen', () => {
    expect(search(index, ['pancake']).size).toBe(0);
  });

  it('counts a word a document repeats each time, as BM25+ scores it (k 1.2, b 0.7, d 0.5)', () => {
    const scores = search(new Bm25Index([['nep', 'nep', 'lenin'], ['nep', 'kulak'], ['gulag']]), ['nep']);
    const idf = Math.log(1 + (3 - 2 + 0.5) / (2 + 0.5));
    // Lengths 3 and 2 against an average of 2.
    expect(scores.get(0)).toBeCloseTo(idf * (0.5 + (2 * 2.2) / (2 + 1.2 * (0.3 + (0.7 * 3) / 2))), 12);
    expect(scores.get(1)).toBeCloseTo(idf * (0.5 + 2.2 / (1 + 1.2)), 12);
    expect(scores.has(2)).toBe(false);
  });
});
