// Choosing a round's questions and shuffling their choices. No question repeats within a round;
// questions recently asked in the channel are used only when the topic has run out of fresh ones.
import type { QuizQuestion } from '../knowledge/schema.js';
import { shuffled, type Random } from './clock.js';
import { QUIZ_DEFAULTS } from './defaults.js';

/** A question as a round asks it: choices in the shown order. */
export interface PreparedQuestion {
  readonly id: string;
  readonly topic: string;
  readonly prompt: string;
  readonly choices: readonly string[];
  readonly correctIndex: number;
  readonly explanation: string;
}

/**
 * Up to `count` distinct questions from `pool`: fresh ones (not in `recent`) in random order first, then
 * recent ones, least recently asked first.
 */
export function pickQuestions(pool: readonly QuizQuestion[], count: number, recent: readonly string[], random: Random): QuizQuestion[] {
  const recentRank = new Map(recent.map((id, i) => [id, i]));
  const fresh = shuffled(
    pool.filter((q) => !recentRank.has(q.id)),
    random,
  );
  const stale = pool.filter((q) => recentRank.has(q.id)).sort((a, b) => (recentRank.get(a.id) ?? 0) - (recentRank.get(b.id) ?? 0));
  const seen = new Set<string>();
  const out: QuizQuestion[] = [];
  for (const q of [...fresh, ...stale]) {
    if (out.length >= count) break;
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    out.push(q);
  }
  return out;
}

/** Shuffles the choices; undefined when the correct answer is not among them (the loader prevents it). */
export function prepareQuestion(q: QuizQuestion, random: Random): PreparedQuestion | undefined {
  const choices = shuffled(q.choices, random);
  const correctIndex = choices.indexOf(q.correct);
  if (correctIndex < 0) return undefined;
  return { id: q.id, topic: q.topic, prompt: q.prompt, choices, correctIndex, explanation: q.explanation };
}

/** The questions asked lately in each channel, most recent last. */
export class RecentQuestions {
  private readonly byChannel = new Map<string, string[]>();

  constructor(
    private readonly perChannel: number = QUIZ_DEFAULTS.recentPerChannel,
    private readonly maxChannels: number = 10_000,
  ) {}

  get(channelKey: string): readonly string[] {
    return this.byChannel.get(channelKey) ?? [];
  }

  add(channelKey: string, ids: readonly string[]): void {
    const kept = [...this.get(channelKey).filter((id) => !ids.includes(id)), ...ids].slice(-this.perChannel);
    this.byChannel.delete(channelKey);
    this.byChannel.set(channelKey, kept);
    if (this.byChannel.size > this.maxChannels) {
      const oldest = this.byChannel.keys().next();
      if (!oldest.done) this.byChannel.delete(oldest.value);
    }
  }
}
