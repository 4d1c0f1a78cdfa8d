// A student's practice history: kept per server in the store (GuildDocument.practice), read to choose what
// they practise next (their weakest topic, the kind they have practised least) and for /stats.
import { A_LEVEL_KINDS, type ExamBoard, type PracticeKind, type PracticeQuestion, type Topic } from '../knowledge/schema.js';
import type { Random } from '../quiz/clock.js';
import type { ClassLevel } from '../quiz/fairness.js';
import type { GuildStore } from '../store/guild-store.js';
import type { PracticeAttempt } from '../store/schema.js';
import { PRACTICE_DEFAULTS } from './defaults.js';
import type { MarkResult } from './marker.js';

export interface PracticeHistory {
  /** Keeps a marked answer (its newest ones only, PRACTICE_DEFAULTS.historyPerStudent). */
  record(guildId: string, userId: string, result: MarkResult, at: Date): Promise<void>;
  /** A student's attempts, oldest first. */
  attempts(guildId: string, userId: string): Promise<readonly PracticeAttempt[]>;
}

export function createPracticeHistory(store: GuildStore): PracticeHistory {
  return {
    async record(guildId, userId, result, at) {
      const attempt: PracticeAttempt = {
        question: result.question.id,
        topic: result.question.topic,
        kind: result.question.kind,
        mark: result.mark,
        maxMark: result.maxMark,
        level: result.level,
        maxLevel: result.maxLevel,
        at: at.toISOString(),
      };
      await store.update(guildId, (draft) => {
        draft.practice[userId] = [...(draft.practice[userId] ?? []), attempt].slice(-PRACTICE_DEFAULTS.historyPerStudent);
      });
    },
    async attempts(guildId, userId) {
      return (await store.load(guildId)).practice[userId] ?? [];
    },
  };
}

export interface TopicRecord {
  readonly topic: string;
  readonly attempts: number;
  /** Mean share of the marks, 0–1. */
  readonly average: number;
  /** The latest marks, oldest first, as "mark/max". */
  readonly recent: readonly { readonly mark: number; readonly maxMark: number; readonly at: string }[];
}

/** Per topic practised, in the course's order: attempts, average and the latest marks. */
export function topicRecords(attempts: readonly PracticeAttempt[], topics: readonly Topic[], recent = 5): TopicRecord[] {
  return topics.flatMap((t) => {
    const mine = attempts.filter((a) => a.topic === t.id);
    if (mine.length === 0) return [];
    const average = mine.reduce((n, a) => n + a.mark / a.maxMark, 0) / mine.length;
    return [{ topic: t.id, attempts: mine.length, average, recent: mine.slice(-recent).map((a) => ({ mark: a.mark, maxMark: a.maxMark, at: a.at })) }];
  });
}

export type PickOutcome =
  | { readonly ok: true; readonly question: PracticeQuestion }
  | { readonly ok: false; readonly reason: 'none' | 'no-topic-questions' | 'no-kind-questions' | 'no-topic-historians' };

/** A question on historians' views (interpretations): the fact base names them `pq-interpretations-…`, and every extract question is one. */
export const onHistoriansViews = (q: PracticeQuestion): boolean => q.id.startsWith('pq-interpretations-') || q.kind === 'extract';

const pickOne = <T>(list: readonly T[], random: Random): T | undefined => list[Math.min(list.length - 1, Math.floor(random() * list.length))];

/** The items with the lowest score. */
function lowest<T>(items: readonly T[], score: (item: T) => number): T[] {
  const scores = items.map(score);
  const min = Math.min(...scores);
  return items.filter((_, i) => scores[i] === min);
}

/**
 * What to practise: in the topic asked for or else the student's weakest (a topic never practised first,
 * then the lowest average mark), of the kind asked for or else the kind they have practised least, and
 * the question of those they have answered least (not the one they just did, when there is another).
 * `kinds`: the kinds asked for, the first the topic has taken ("how far" in an A-level class: its essay, else the
 * 16-mark question). With no kind asked for, the class's level (/tutor level) decides which kinds come first: an
 * A-level class is set the A-level essay and interpretation questions, any other class the rest (a 25-mark essay
 * only when asked for), each only while the topic has some. Below A-level (a GCSE class, or none set), the "How far do
 * historians agree…" questions too come only when asked for (`historians`): no GCSE paper asks one.
 * `board`: the class's exam board (/tutor board): of those, the questions its papers set (tagged for it, or for every
 * board) while there are some; AQA's three extracts are not an Edexcel class's, unless they are all there is.
 * `avoid`: the questions just shown, oldest first: another is set while one exists, the newest avoided longest.
 */
export function pickQuestion(
  questions: readonly PracticeQuestion[],
  attempts: readonly PracticeAttempt[],
  wanted: {
    readonly topic?: string;
    readonly kind?: PracticeKind;
    readonly kinds?: readonly PracticeKind[];
    /** The marks asked for ("12 mark"): of the kinds, the first with a question worth them in the board's form (or every board's), and those questions. */
    readonly marks?: number;
    readonly historians?: boolean;
    readonly level?: ClassLevel | null;
    readonly board?: ExamBoard | null;
    readonly avoid?: readonly string[];
  },
  random: Random,
): PickOutcome {
  // Historians' views (interpretations) are asked of several kinds of question: a choice of its own, beside the kind.
  // For a class whose board sets its own form of them (AQA's three extracts), that form too (preferred below).
  const boardsOwn = (q: PracticeQuestion) => q.kind === 'three-extracts' && !!wanted.board && !!q.boards?.includes(wanted.board);
  const asked = wanted.historians ? questions.filter((q) => onHistoriansViews(q) || boardsOwn(q)) : questions;
  if (asked.length === 0) return { ok: false, reason: 'none' };
  let pool = wanted.topic ? asked.filter((q) => q.topic === wanted.topic) : asked;
  if (pool.length === 0) return { ok: false, reason: wanted.historians ? 'no-topic-historians' : 'no-topic-questions' };
  const kinds = wanted.kinds ?? (wanted.kind ? [wanted.kind] : undefined);
  // "/practice terror how far" in a GCSE class: its GCSE question, never the historians' one (a Year-11 trial).
  if (!wanted.historians && wanted.level !== 'a-level') {
    const gcse = pool.filter((q) => !onHistoriansViews(q) || (A_LEVEL_KINDS.has(q.kind) && kinds?.includes(q.kind)));
    if (gcse.length > 0 || kinds) pool = gcse;
  }
  if (kinds) {
    // "12 mark": an Edexcel class's 12-mark "Explain why", not the 8-mark one of the same kind; an AQA class's 12-mark
    // "Which was more important", not Edexcel's "Explain why". Where the topic has none worth them, what it has (said so).
    const { marks, board } = wanted;
    const worthAsked = (q: PracticeQuestion) => marks === undefined || (q.marks === marks && (!board || !q.boards || q.boards.includes(board)));
    const kind = kinds.find((k) => pool.some((q) => q.kind === k && worthAsked(q))) ?? kinds.find((k) => pool.some((q) => q.kind === k));
    if (!kind) return { ok: false, reason: 'no-kind-questions' };
    pool = pool.filter((q) => q.kind === kind);
    const worth = pool.filter(worthAsked);
    if (worth.length > 0) pool = worth;
  } else {
    const fits = pool.filter((q) => A_LEVEL_KINDS.has(q.kind) === (wanted.level === 'a-level'));
    if (fits.length > 0) pool = fits;
  }
  // The board's questions first (before the kind least practised is chosen), never none: all of them when it has none here.
  const { board } = wanted;
  if (board) {
    const boards = pool.filter((q) => q.boards === undefined || q.boards.includes(board));
    if (boards.length > 0) pool = boards;
    // Historians' views asked for: the board's own form of the question where it has one here (AQA's three extracts
    // for 30 marks, not the every-board one extract for 25).
    const own = wanted.historians ? pool.filter((q) => q.boards?.includes(board) && A_LEVEL_KINDS.has(q.kind)) : [];
    if (own.length > 0) pool = own;
  }
  // Never the question just shown or answered while another fits ("Another question" gave one three times).
  const last = attempts.at(-1)?.question;
  const avoid = [...(wanted.avoid ?? []), ...(last ? [last] : [])];
  for (let from = 0; from < avoid.length; from++) {
    const others = pool.filter((q) => !avoid.slice(from).includes(q.id));
    if (others.length > 0) {
      pool = others;
      break;
    }
  }
  if (!wanted.topic) {
    const topics = [...new Set(pool.map((q) => q.topic))];
    const average = (topic: string) => {
      const mine = attempts.filter((a) => a.topic === topic);
      return mine.length === 0 ? -1 : mine.reduce((n, a) => n + a.mark / a.maxMark, 0) / mine.length;
    };
    const topic = pickOne(lowest(topics, average), random);
    pool = pool.filter((q) => q.topic === topic);
  }
  if (!kinds) {
    const present = [...new Set(pool.map((q) => q.kind))];
    const kind = pickOne(lowest(present, (k) => attempts.filter((a) => a.kind === k).length), random);
    pool = pool.filter((q) => q.kind === kind);
  }
  const question = pickOne(lowest(pool, (q) => attempts.filter((a) => a.question === q.id).length), random);
  return question ? { ok: true, question } : { ok: false, reason: 'none' };
}
