// What issue 14 keeps per student (review decks, homework attempts, daily activity), deleted as the rest
// is: for one student on request (/forget-me, /tutor forget), and past a server's retention period. And
// who the server's data knows, by any record (not only the leaderboard, which a reset empties): for
// /tutor forget, the export and the homework report. And one student's records alone, readable, for their
// own copy (/my-data, /tutor export user:).
import type { GuildDocument, PlayerRecord, PracticeAttempt, Tally } from '../store/schema.js';
import type { HomeworkAnswer } from '../store/study-schema.js';
import { typedStudent } from '../leaderboard/ranking.js';
import { activityDaysOf, activityIdOf, activityStudentIds, forgetActivity, oldActivityDays, readDay } from './activity.js';
import { changeDeck, readDeck } from '../review/deck-text.js';
import { forgetHiddenName, isNameHidden } from '../leaderboard/hidden-names.js';
import { examDateOf, forgetExamDate, oldExamDates } from '../review/exam-date.js';

/** The console's player until someone types /as, named in reports as the console names them, not by this id. */
export const CONSOLE_PLAYER = Object.freeze({ userId: 'console-player-1', userName: 'Player 1' });

/** A console player's id, made from the name typed after /as (so a name typed in /stats finds it too). */
export const consolePlayerId = (name: string): string => `console-${name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

/**
 * Every student the server's document has a record of, by user id, with their name where one is kept: as on
 * the leaderboard, else as on their latest homework attempt (review decks and activity keep no name); the
 * console's own player is "Player 1".
 */
export function knownStudents(doc: GuildDocument): Map<string, string | undefined> {
  const known = new Map<string, string | undefined>();
  for (const [userId, p] of Object.entries(doc.players)) known.set(userId, p.name);
  for (const a of [...doc.homework.assignments].reverse())
    for (const [userId, attempt] of Object.entries(a.attempts)) if (known.get(userId) === undefined) known.set(userId, attempt.name);
  const ids = [
    ...Object.keys(doc.allTime),
    ...Object.values(doc.weeks).flatMap((week) => Object.keys(week)),
    ...Object.keys(doc.practice),
    ...Object.keys(doc.decks),
    ...Object.keys(doc.hiddenNames),
    ...Object.keys(doc.examDates),
  ];
  for (const userId of ids) if (!known.has(userId)) known.set(userId, undefined);
  // The days keep an id as a word of their text: one already known under its full id is the same student.
  const stored = new Set([...known.keys()].map(activityIdOf));
  for (const userId of activityStudentIds(doc)) if (!stored.has(userId)) known.set(userId, undefined);
  if (known.has(CONSOLE_PLAYER.userId)) known.set(CONSOLE_PLAYER.userId, known.get(CONSOLE_PLAYER.userId) ?? CONSOLE_PLAYER.userName);
  return known;
}

/** A student by id, mention (<@id>) or name (ignoring case; a console player's by the id it makes), found in any record the server keeps. */
export function findStudent(doc: GuildDocument, query: string, known = knownStudents(doc)): string | undefined {
  const q = typedStudent(query);
  if (!q) return undefined;
  if (known.has(q)) return q;
  const lower = q.toLowerCase();
  for (const [userId, name] of known) if (name?.toLowerCase() === lower) return userId;
  // In the console a name is all there is: a student known only by records that keep no name has an id made from it.
  return known.has(consolePlayerId(q)) ? consolePlayerId(q) : undefined;
}

/**
 * Known names a query matches partly: the query (ignoring case) is one word of the name, as "alice" is of
 * "Alice Smith". Offered as "did you mean", never acted on, since two students may share a first name.
 */
export function namesResembling(doc: GuildDocument, query: string, known = knownStudents(doc)): string[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const names = [...known.values()].filter((n): n is string => n !== undefined);
  return [...new Set(names.filter((n) => n.toLowerCase().split(/\s+/).includes(q)))];
}

/** Students the data knows only by id (a leaderboard reset removes names; decks and activity keep none). */
export function unnamedStudents(doc: GuildDocument, known = knownStudents(doc)): string[] {
  return [...known].filter(([, name]) => name === undefined).map(([userId]) => userId);
}

/** What is kept about one student in a server: what /forget-me and /tutor forget delete. */
export interface StudentRecords {
  /** A leaderboard record: name, rounds, scores (all time or a week). */
  readonly scores: boolean;
  readonly practice: number;
  readonly cards: number;
  readonly homework: number;
  readonly days: number;
  /** They asked for their name to be kept off the leaderboard (/privacy leaderboard:hide). */
  readonly hiddenName: boolean;
  /** They gave an exam date for /review. */
  readonly examDate: boolean;
}

export function studentRecords(doc: GuildDocument, userId: string): StudentRecords {
  const has = (record: object) => Object.hasOwn(record, userId);
  return {
    scores: has(doc.players) || has(doc.allTime) || Object.values(doc.weeks).some(has),
    practice: has(doc.practice) ? (doc.practice[userId]?.length ?? 0) : 0,
    cards: Object.keys(readDeck(doc, userId)).length,
    homework: doc.homework.assignments.filter((a) => has(a.attempts)).length,
    days: activityDaysOf(doc, userId),
    hiddenName: isNameHidden(doc, userId),
    examDate: examDateOf(doc, userId) !== undefined,
  };
}

export const keepsAnything = (r: StudentRecords): boolean => r.scores || r.hiddenName || r.examDate || r.practice + r.cards + r.homework + r.days > 0;

/** Deletes a student's deck and exam date, homework attempts, activity and hidden-name choice from a draft; whether there was any. */
export function forgetStudyData(draft: GuildDocument, userId: string): boolean {
  const hidden = forgetHiddenName(draft, userId);
  const exam = forgetExamDate(draft, userId);
  let found = false;
  if (Object.hasOwn(draft.decks, userId)) {
    found = (draft.decks[userId] ?? '') !== '';
    delete draft.decks[userId];
  }
  for (const a of draft.homework.assignments)
    if (Object.hasOwn(a.attempts, userId)) {
      delete a.attempts[userId];
      found = true;
    }
  return forgetActivity(draft, userId) || found || hidden || exam;
}

const cutoffOf = (days: number, now: Date) => now.getTime() - days * 86_400_000;

/** A card's last activity: its last review, or when it was added. */
const lastTouched = (card: { added: number; lastReview: number | null }) => Math.max(card.added, card.lastReview ?? 0);

/** Whether sweepOldStudyData would delete anything. */
export function hasOldStudyData(doc: GuildDocument, days: number, now: Date): boolean {
  const cutoff = cutoffOf(days, now);
  return (
    Object.keys(doc.decks).some((userId) => Object.values(readDeck(doc, userId)).some((c) => lastTouched(c) < cutoff)) ||
    doc.homework.assignments.some((a) => Date.parse(a.due) < cutoff) ||
    oldActivityDays(doc, new Date(cutoff).toISOString()).length > 0 ||
    oldExamDates(doc, cutoff, now.getTime()).length > 0
  );
}

/**
 * Deletes what is older than `days` before `now`: cards neither added nor reviewed since, homework due
 * before then (with its attempts), and days of activity before then; and exam dates neither set nor used since,
 * or whose day has passed. Resolves how many cards, assignments and days went.
 */
export function sweepOldStudyData(draft: GuildDocument, days: number, now: Date): { cards: number; assignments: number; days: number } {
  const cutoff = cutoffOf(days, now);
  let cards = 0;
  for (const userId of Object.keys(draft.decks))
    changeDeck(draft, userId, (deck) => {
      for (const [key, card] of Object.entries(deck))
        if (lastTouched(card) < cutoff) {
          delete deck[key];
          cards++;
        }
    });
  const before = draft.homework.assignments.length;
  draft.homework.assignments = draft.homework.assignments.filter((a) => Date.parse(a.due) >= cutoff);
  const oldDays = oldActivityDays(draft, new Date(cutoff).toISOString());
  for (const key of oldDays) delete draft.activity[key];
  for (const userId of oldExamDates(draft, cutoff, now.getTime())) delete draft.examDates[userId];
  return { cards, assignments: before - draft.homework.assignments.length, days: oldDays.length };
}

/** A topic's title for a person reading the file (the id when the fact base no longer has it). */
export type TopicTitleOf = (topicId: string) => string;

/**
 * One student's records in one server's document (or the direct messages'), and nothing of anyone else's:
 * not another student's id, name or share of the class figures, nor the teacher who set a homework.
 * Times are ISO; topics by title.
 */
export interface StudentExport {
  readonly userId: string;
  /** Their display name as kept (leaderboard, else latest homework); null when none is kept. */
  readonly name: string | null;
  readonly leaderboard: {
    readonly player: PlayerRecord | null;
    /** Topic → their points and answers since the last reset. */
    readonly allTime: Readonly<Record<string, Tally>>;
    /** ISO week → topic → the same, for the weeks kept. */
    readonly weeks: Readonly<Record<string, Readonly<Record<string, Tally>>>>;
    /** When they asked for their name to be shown as "a player" (or last played since), ISO; null when it is shown. */
    readonly nameHidden: string | null;
  };
  readonly practice: readonly (PracticeAttempt & { readonly topicTitle: string })[];
  readonly reviewDeck: readonly {
    readonly card: string;
    readonly added: string;
    readonly due: string;
    readonly lastReview: string | null;
    readonly reviews: number;
    readonly lapses: number;
  }[];
  /** Their exam date for /review ("2027-05-20"), and when it was set or a card last reviewed with it (ISO); null when none. */
  readonly reviewExamDate: { readonly date: string; readonly setOrLastUsed: string } | null;
  readonly homework: readonly {
    readonly assignment: string;
    readonly topic: string | null;
    readonly questions: readonly string[];
    readonly setAt: string;
    readonly due: string;
    readonly closedAt: string | null;
    readonly name: string;
    readonly startedAt: string;
    readonly finishedAt: string | null;
    readonly answers: readonly HomeworkAnswer[];
  }[];
  /** A day (UTC) → what they did: /ask questions asked (not what), cards reviewed, quiz answers per topic and per question. */
  readonly activity: readonly {
    readonly day: string;
    readonly asked: number;
    readonly reviewed: number;
    readonly topics: Readonly<Record<string, { readonly answered: number; readonly correct: number }>>;
    readonly questions: Readonly<Record<string, { readonly answered: number; readonly wrong: number }>>;
  }[];
}

const ownValue = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);
const iso = (ms: number) => new Date(ms).toISOString();
const byTitle = <T>(record: Readonly<Record<string, T>>, title: TopicTitleOf): Record<string, T> =>
  Object.fromEntries(Object.entries(record).map(([topic, value]) => [title(topic), value]));

export function studentExport(doc: GuildDocument, userId: string, topicTitle: TopicTitleOf): StudentExport {
  const player = ownValue(doc.players, userId) ?? null;
  const weeks = Object.fromEntries(
    Object.entries(doc.weeks).flatMap(([week, users]) => {
      const mine = ownValue(users, userId);
      return mine ? [[week, byTitle(mine, topicTitle)]] : [];
    }),
  );
  const deck = readDeck(doc, userId);
  const exam = ownValue(doc.examDates, userId);
  const stored = activityIdOf(userId);
  const activity = Object.keys(doc.activity)
    .sort()
    .flatMap((day) => {
      const d = readDay(doc, day);
      const s = ownValue(d.students, stored);
      const answers = ownValue(d.answers, stored);
      if (!s && !answers) return [];
      return [{ day, asked: s?.asked ?? 0, reviewed: s?.reviewed ?? 0, topics: byTitle(s?.topics ?? {}, topicTitle), questions: { ...answers } }];
    });
  return {
    userId,
    name: knownStudents(doc).get(userId) ?? null,
    leaderboard: { player, allTime: byTitle(ownValue(doc.allTime, userId) ?? {}, topicTitle), weeks, nameHidden: ownValue(doc.hiddenNames, userId) ?? null },
    practice: (ownValue(doc.practice, userId) ?? []).map((a) => ({ ...a, topicTitle: topicTitle(a.topic) })),
    reviewDeck: Object.entries(deck).map(([card, c]) => ({
      card,
      added: iso(c.added),
      due: iso(c.due),
      lastReview: c.lastReview === null ? null : iso(c.lastReview),
      reviews: c.reps,
      lapses: c.lapses,
    })),
    reviewExamDate: exam ? { date: exam.date, setOrLastUsed: exam.at } : null,
    homework: doc.homework.assignments.flatMap((a) => {
      const attempt = ownValue(a.attempts, userId);
      if (!attempt) return [];
      return [
        {
          assignment: a.id,
          topic: a.topic === null ? null : topicTitle(a.topic),
          questions: a.questionIds,
          setAt: a.setAt,
          due: a.due,
          closedAt: a.closedAt,
          name: attempt.name,
          startedAt: attempt.startedAt,
          finishedAt: attempt.finishedAt,
          answers: attempt.answers,
        },
      ];
    }),
    activity,
  };
}
