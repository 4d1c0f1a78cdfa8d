// Choosing a round's questions and shuffling their choices. No question repeats within a round; a round
// is fair (fairness.ts) while the pool allows; questions recently asked in the channel come after fresh ones.
import type { QuizQuestion } from '../knowledge/schema.js';
import { shuffled, type Random } from './clock.js';
import { QUIZ_DEFAULTS } from './defaults.js';
import { NO_FAIRNESS_RULES, type RoundFairness } from './fairness.js';

/**
 * A question a round can ask: a quiz question, or one answered by pressing its choices in an order
 * (`order`: the choices, right order first to last; chronology.ts makes them from dated events). A date
 * question names the events it shows (`events`): a round shows each event in one question only.
 */
export type RoundQuestion = QuizQuestion & { readonly order?: readonly string[]; readonly events?: readonly string[] };

/**
 * How a pick keeps a round fair: 'fill' relaxes the rules, as pickQuestions says, rather than leave the round short;
 * 'strict' keeps both, and may pick fewer.
 */
export type PickRules = 'fill' | 'strict';

/** A question as a round asks it: choices in the shown order. */
export interface PreparedQuestion {
  readonly id: string;
  readonly topic: string;
  readonly prompt: string;
  readonly choices: readonly string[];
  /** For an order question, its first choice in the right order. */
  readonly correctIndex: number;
  readonly explanation: string;
  /** Set for a question answered by pressing every choice in order: their indices, right order first to last. */
  readonly order?: readonly number[];
}

/**
 * Up to `count` distinct questions from `pool`, fresh ones (not in `recent`) in random order before recent
 * ones (least recently asked first), taken in that order as long as the round stays fair:
 * 1. at most QUIZ_DEFAULTS.maxPerSubtopic questions on one subtopic, and no question whose answer an earlier
 *    one has just shown (a question may go before the one that would give it away); the questions picked apart
 *    for the same round (`alongside`: a mixed round's written ones, for its date questions) count too, and as
 *    where they go is decided later, no question gives one of theirs away or has its own given away by one;
 * 2. when that leaves the round short, the subtopic limit is dropped, never the answer rule;
 * 3. only when the pool still cannot fill the round (a topic with few questions) is the rest added, in the
 *    order that gives away the fewest answers, so a round is never shorter than the pool allows.
 * With `rules` 'strict', only the first pass: a mixed round's date questions, which written ones can replace.
 * In every pass, a question that asks again what one already in the round asks (`alongside`, picked apart, or
 * one taken here), or shows an event one of them shows, is left out: the same fact twice is a repeat, and a
 * date question's reveal (the events in order, with their years) would answer the next one on those events,
 * however the round falls short.
 */
export function pickQuestions<Q extends RoundQuestion>(
  pool: readonly Q[],
  count: number,
  recent: readonly string[],
  random: Random,
  fairness: RoundFairness = NO_FAIRNESS_RULES,
  alongside: readonly RoundQuestion[] = [],
  rules: PickRules = 'fill',
): Q[] {
  const recentRank = new Map(recent.map((id, i) => [id, i]));
  const fresh = shuffled(
    pool.filter((q) => !recentRank.has(q.id)),
    random,
  );
  const stale = pool.filter((q) => recentRank.has(q.id)).sort((a, b) => (recentRank.get(a.id) ?? 0) - (recentRank.get(b.id) ?? 0));
  const candidates: Q[] = [];
  const seen = new Set<string>();
  for (const q of [...fresh, ...stale]) {
    if (seen.has(q.id)) continue;
    seen.add(q.id);
    candidates.push(q);
  }

  const out: Q[] = [];
  const onSubtopic = new Map<string, number>();
  for (const a of alongside) for (const s of fairness.subtopics(a.id)) onSubtopic.set(s, (onSubtopic.get(s) ?? 0) + 1);
  const withinLimit = (q: QuizQuestion) => fairness.subtopics(q.id).every((s) => (onSubtopic.get(s) ?? 0) < QUIZ_DEFAULTS.maxPerSubtopic);
  /** Whether `q` gives away the answer of a question picked apart for the round, or one of them gives away its answer. */
  const clashesAlongside = (q: QuizQuestion) => alongside.some((a) => fairness.givesAway(a.id, q.id) || fairness.givesAway(q.id, a.id));
  /** Where `q` can go without an earlier question giving its answer away or giving away a later one's; the end if it can. */
  const fairPlace = (q: QuizQuestion): number | undefined => {
    if (clashesAlongside(q)) return undefined;
    for (let at = out.length; at >= 0; at--) {
      if (out.slice(0, at).some((e) => fairness.givesAway(e.id, q.id))) continue;
      if (out.slice(at).some((l) => fairness.givesAway(q.id, l.id))) continue;
      return at;
    }
    return undefined;
  };
  const allPasses: ReadonlyArray<(q: Q) => number | undefined> = [
    (q) => (withinLimit(q) ? fairPlace(q) : undefined),
    fairPlace,
    () => out.length,
  ];
  const passes = rules === 'strict' ? allPasses.slice(0, 1) : allPasses;
  const sharesEvent = (a: RoundQuestion, b: RoundQuestion) => (a.events ?? []).some((id) => b.events?.includes(id));
  const asksAgain = (q: RoundQuestion) => [...alongside, ...out].some((e) => fairness.asksAgain(e.id, q.id) || sharesEvent(e, q));
  const taken = new Set<string>();
  for (const placeOf of passes) {
    for (const q of candidates) {
      if (out.length >= count) break;
      if (taken.has(q.id) || asksAgain(q)) continue;
      const at = placeOf(q);
      if (at === undefined) continue;
      out.splice(at, 0, q);
      taken.add(q.id);
      for (const s of fairness.subtopics(q.id)) onSubtopic.set(s, (onSubtopic.get(s) ?? 0) + 1);
    }
  }
  return inFairOrder(out, fairness);
}

/**
 * The questions in their order, except that one goes after those whose answers it would give away. Where two
 * give each other's away, one of them must come first; the order is then the one that gives away fewest, those
 * that only one way round could be avoided counting most. A list already in a fair order comes back as it is.
 */
export function inFairOrder<Q extends QuizQuestion>(questions: readonly Q[], fairness: RoundFairness = NO_FAIRNESS_RULES): Q[] {
  const left = [...questions];
  const out: Q[] = [];
  /** What asking `q` now would give away of those still to come: the avoidable first, then all. */
  const cost = (q: Q) => {
    let avoidable = 0;
    let all = 0;
    for (const l of left) {
      if (l === q || !fairness.givesAway(q.id, l.id)) continue;
      all += 1;
      if (!fairness.givesAway(l.id, q.id)) avoidable += 1;
    }
    return avoidable * (questions.length + 1) + all;
  };
  while (left.length > 0) {
    let next = 0;
    let lowest = Infinity;
    left.forEach((q, i) => {
      const c = cost(q);
      if (c < lowest) [next, lowest] = [i, c];
    });
    out.push(...left.splice(next, 1));
  }
  return out;
}

/** Shuffles the choices; undefined when the correct answer (or a choice of the order) is not among them (the loader and chronology.ts prevent it). */
export function prepareQuestion(q: RoundQuestion, random: Random): PreparedQuestion | undefined {
  let choices = shuffled(q.choices, random);
  // Shown already in order, an order question would answer itself (one shuffle in 24): the first goes last.
  if (q.order && choices.length > 1 && choices.every((c, i) => c === q.order?.[i])) choices = [...choices.slice(1), ...choices.slice(0, 1)];
  const correctIndex = choices.indexOf(q.correct);
  if (correctIndex < 0) return undefined;
  const prepared = { id: q.id, topic: q.topic, prompt: q.prompt, choices, correctIndex, explanation: q.explanation };
  if (!q.order) return prepared;
  const order = q.order.map((choice) => choices.indexOf(choice));
  if (order.length !== choices.length || new Set(order).size !== order.length || order.includes(-1) || order[0] !== correctIndex) return undefined;
  return { ...prepared, order };
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
