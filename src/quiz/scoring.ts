// Points for one answer (the Kahoot rule). Pure, so the numbers are tested directly.
import { QUIZ_DEFAULTS } from './defaults.js';

export interface AnswerScoreInput {
  readonly correct: boolean;
  /** Milliseconds from the question being posted to the answer. */
  readonly elapsedMs: number;
  /** The question's time limit in milliseconds. */
  readonly limitMs: number;
  /** Consecutive correct answers by this player in this round, counting this one (0 when wrong). */
  readonly streak: number;
  /** The server's fairness setting: every correct answer earns the same, with no speed or streak bonus. */
  readonly flat: boolean;
}

export interface AnswerScore {
  /** Points for the answer itself. */
  readonly base: number;
  /** Streak bonus. */
  readonly bonus: number;
  readonly total: number;
}

/** 1000 × (1 − t/(2T)), rounded: 1000 at once, 500 at the last moment. */
export function speedPoints(elapsedMs: number, limitMs: number): number {
  const t = Math.min(Math.max(elapsedMs, 0), limitMs);
  return Math.round(QUIZ_DEFAULTS.maxPoints * (1 - t / (2 * limitMs)));
}

/** +100 for each consecutive correct answer after the first, capped at +500. */
export function streakBonus(streak: number): number {
  return Math.min(QUIZ_DEFAULTS.streakCap, Math.max(0, streak - 1) * QUIZ_DEFAULTS.streakStep);
}

export function scoreAnswer(input: AnswerScoreInput): AnswerScore {
  if (!input.correct) return { base: 0, bonus: 0, total: 0 };
  if (input.flat) return { base: QUIZ_DEFAULTS.maxPoints, bonus: 0, total: QUIZ_DEFAULTS.maxPoints };
  const base = speedPoints(input.elapsedMs, input.limitMs);
  const bonus = streakBonus(input.streak);
  return { base, bonus, total: base + bonus };
}
