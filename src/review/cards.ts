// Review cards and their scheduling, as pure functions over a deck (card key → card). Scheduling is the
// FSRS algorithm of the ts-fsrs library, with fuzz off so the same answers give the same dates; every
// time comes in as an argument (the injected clock), never from the system clock.
import { fsrs, generatorParameters, Rating, type Card as FsrsCard, type Grade } from 'ts-fsrs';
import type { ReviewCard, ReviewDeckCards } from '../store/study-schema.js';
import { REVIEW_DEFAULTS } from './defaults.js';

/** A quiz question (answered with its four choices) or an answer entry of the notes (recalled, then rated). */
export type CardKind = 'quiz' | 'note';
export type ReviewGrade = 'again' | 'hard' | 'good' | 'easy';
export const REVIEW_GRADES: readonly ReviewGrade[] = Object.freeze(['again', 'hard', 'good', 'easy']);

const RATINGS: Readonly<Record<ReviewGrade, Grade>> = Object.freeze({ again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy });

const scheduler = fsrs(
  generatorParameters({ request_retention: REVIEW_DEFAULTS.requestRetention, maximum_interval: REVIEW_DEFAULTS.maximumIntervalDays, enable_fuzz: false }),
);

export const cardKey = (kind: CardKind, ref: string): string => `${kind}/${ref}`;

export function parseCardKey(key: string): { kind: CardKind; ref: string } | undefined {
  const slash = key.indexOf('/');
  const kind = key.slice(0, slash);
  const ref = key.slice(slash + 1);
  return slash > 0 && ref && (kind === 'quiz' || kind === 'note') ? { kind, ref } : undefined;
}

function toFsrs(card: ReviewCard, now: number): FsrsCard {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.lastReview === null ? 0 : Math.max(0, Math.floor((now - card.lastReview) / 86_400_000)),
    scheduled_days: card.scheduledDays,
    learning_steps: card.step,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.lastReview === null ? {} : { last_review: new Date(card.lastReview) }),
  };
}

function fromFsrs(card: FsrsCard, added: number): ReviewCard {
  return {
    added,
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    step: card.learning_steps,
    scheduledDays: card.scheduled_days,
    lastReview: card.last_review ? card.last_review.getTime() : null,
  };
}

/** A card never reviewed, due at once. */
export function newCard(now: number): ReviewCard {
  return { added: now, due: now, stability: 0, difficulty: 0, reps: 0, lapses: 0, state: 0, step: 0, scheduledDays: 0, lastReview: null };
}

/** Never before the card's last review: a clock set back a little must not make a review come before the one it follows. */
const notBefore = (card: ReviewCard, now: number) => Math.max(now, card.lastReview ?? now);

/**
 * The card due no later than `cap` (an exam date's: src/review/exam-date.ts), its scheduled interval to match. Only the
 * due time moves: FSRS's memory state stays as the review left it, and a review that comes early counts for less.
 * (ts-fsrs's own maximum_interval was not used: it is in whole days from the review, and Good and Easy may go past it.)
 */
export function capDue(card: ReviewCard, cap: number | undefined): ReviewCard {
  if (cap === undefined || card.due <= cap) return card;
  const from = card.lastReview ?? card.added;
  return { ...card, due: Math.max(cap, from), scheduledDays: Math.max(0, Math.floor((cap - from) / 86_400_000)) };
}

/** The card after a review with this grade at `now`: FSRS's next due time and memory state; due by `cap` when one is given. */
export function gradeCard(card: ReviewCard, grade: ReviewGrade, now: number, cap?: number): ReviewCard {
  const at = notBefore(card, now);
  return capDue(fromFsrs(scheduler.next(toFsrs(card, at), new Date(at), RATINGS[grade]).card, card.added), cap);
}

/** When the card would next be due after each grade (for the buttons' labels), by `cap` when one is given. */
export function previewGrades(card: ReviewCard, now: number, cap?: number): Readonly<Record<ReviewGrade, number>> {
  const at = notBefore(card, now);
  const preview = scheduler.repeat(toFsrs(card, at), new Date(at));
  const due = (rating: Grade) => Math.min(preview[rating].card.due.getTime(), cap ?? Infinity);
  return { again: due(Rating.Again), hard: due(Rating.Hard), good: due(Rating.Good), easy: due(Rating.Easy) };
}

/** How likely the student is to remember the card at `now`, by FSRS (0 for a card never reviewed). */
export function retrievability(card: ReviewCard, now: number): number {
  const at = notBefore(card, now);
  return scheduler.get_retrievability(toFsrs(card, at), new Date(at), false);
}

/** Own keys only: ids key these records, and "constructor" must find nothing. */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Puts cards into a deck for something the student got wrong (or left unanswered) at `now`: a new card,
 * due at once; a card already there is reviewed as forgotten (Again), which brings it back soon. A full
 * deck makes room by dropping the cards due furthest ahead (the best known). Returns how many are new.
 */
export function addMisses(deck: ReviewDeckCards, keys: readonly string[], now: number, limit: number = REVIEW_DEFAULTS.maxCardsPerStudent): number {
  let added = 0;
  for (const key of new Set(keys)) {
    const card = own(deck, key);
    if (card) setOwn(deck, key, gradeCard(card, 'again', now));
    else {
      setOwn(deck, key, newCard(now));
      added++;
    }
  }
  trimDeck(deck, limit, new Set(keys));
  return added;
}

/** Adds a card the student chose to keep (Remember this); one already in the deck stays as it is. Whether it is new. */
export function addCard(deck: ReviewDeckCards, key: string, now: number, limit: number = REVIEW_DEFAULTS.maxCardsPerStudent): boolean {
  if (own(deck, key)) return false;
  setOwn(deck, key, newCard(now));
  trimDeck(deck, limit, new Set([key]));
  return true;
}

function trimDeck(deck: ReviewDeckCards, limit: number, keep: ReadonlySet<string>): void {
  const keys = Object.keys(deck);
  if (keys.length <= limit) return;
  const droppable = keys.filter((k) => !keep.has(k)).sort((a, b) => (deck[b]?.due ?? 0) - (deck[a]?.due ?? 0) || a.localeCompare(b));
  for (const key of droppable.slice(0, keys.length - limit)) delete deck[key];
}

/**
 * The keys of cards due at `now` that `usable` accepts (their question still exists), earliest due first; or, with
 * `weakestFirst` (an exam's last days), the cards the student is least likely to remember first, then earliest due.
 */
export function dueKeys(deck: Readonly<ReviewDeckCards>, now: number, usable: (key: string) => boolean = () => true, weakestFirst = false): string[] {
  const due = Object.entries(deck).filter(([key, card]) => card.due <= now && usable(key));
  const weakness = new Map(weakestFirst ? due.map(([key, card]) => [key, retrievability(card, now)]) : []);
  return due
    .sort((a, b) => (weakness.get(a[0]) ?? 0) - (weakness.get(b[0]) ?? 0) || a[1].due - b[1].due || a[0].localeCompare(b[0]))
    .map(([key]) => key);
}

/** When the next card is due, among those `usable` accepts; undefined for an empty deck. */
export function nextDue(deck: Readonly<ReviewDeckCards>, usable: (key: string) => boolean = () => true): number | undefined {
  let next: number | undefined;
  for (const [key, card] of Object.entries(deck)) if (usable(key) && (next === undefined || card.due < next)) next = card.due;
  return next;
}
