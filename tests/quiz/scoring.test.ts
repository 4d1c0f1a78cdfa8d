// The scoring rule on its own: speed points, the streak bonus and the fairness setting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreAnswer, speedPoints, streakBonus } from '../../src/quiz/scoring.js';

const T = 20_000;

describe('scoring', () => {
  it('gives 1000 × (1 − t/2T), rounded: 1000 at once, 750 halfway, 500 at the end', () => {
    expect(speedPoints(0, T)).toBe(1000);
    expect(speedPoints(5_000, T)).toBe(875);
    expect(speedPoints(10_000, T)).toBe(750);
    expect(speedPoints(3_700, T)).toBe(908); // 907.5 rounds up
    expect(speedPoints(T, T)).toBe(500);
    expect(speedPoints(7_000, 30_000)).toBe(883); // 883.33…
  });

  it('never goes below 500 or above 1000, and never rises with time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 60 }), fc.integer({ min: -1000, max: 70_000 }), fc.integer({ min: 0, max: 70_000 }), (secs, t1, dt) => {
        const limit = secs * 1000;
        const a = speedPoints(t1, limit);
        const b = speedPoints(t1 + dt, limit);
        expect(a).toBeGreaterThanOrEqual(500);
        expect(a).toBeLessThanOrEqual(1000);
        expect(b).toBeLessThanOrEqual(a);
      }),
    );
  });

  it('adds +100 for each consecutive correct answer after the first, up to +500', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(streakBonus)).toEqual([0, 100, 200, 300, 400, 500, 500, 500]);
  });

  it('gives nothing for a wrong answer, however fast', () => {
    expect(scoreAnswer({ correct: false, elapsedMs: 0, limitMs: T, streak: 0, flat: false }).total).toBe(0);
    expect(scoreAnswer({ correct: false, elapsedMs: 0, limitMs: T, streak: 0, flat: true }).total).toBe(0);
  });

  it('gives a flat 1000 with fair scoring: no speed points and no streak bonus', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: T }), fc.integer({ min: 1, max: 20 }), (t, streak) => {
        expect(scoreAnswer({ correct: true, elapsedMs: t, limitMs: T, streak, flat: true })).toEqual({ base: 1000, bonus: 0, total: 1000 });
      }),
    );
  });

  it('adds speed points and the streak bonus otherwise', () => {
    expect(scoreAnswer({ correct: true, elapsedMs: 5_000, limitMs: T, streak: 3, flat: false })).toEqual({ base: 875, bonus: 200, total: 1075 });
  });
});
