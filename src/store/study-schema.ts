// The parts of a server's document that issue 14 added (schema version 3): each student's review deck
// (spaced repetition), the teacher's homework assignments with every attempt, and the daily activity the
// class report reads. Imported by schema.ts, which puts them in the document.
import { z } from 'zod';

const count = z.number().int().min(0);
/** Milliseconds since the epoch: cards are many, and numbers are smaller and quicker to read than ISO text. */
const epochMs = z.number().int().min(0);

/**
 * One card of a review deck, keyed in the deck by `quiz/<question id>` or `note/<answer entry id>`. The
 * scheduling state is FSRS's (the ts-fsrs library), kept whole so a card reschedules exactly after a restart.
 * In memory a deck is a record of these; in the file it is text (reviewDeckTextSchema).
 */
export const reviewCardSchema = z.object({
  /** When it went into the deck. */
  added: epochMs,
  /** When it is next due. */
  due: epochMs,
  stability: z.number().min(0),
  difficulty: z.number().min(0),
  reps: count,
  lapses: count,
  /** FSRS's state: 0 new, 1 learning, 2 review, 3 relearning. */
  state: z.number().int().min(0).max(3),
  /** The (re)learning step it is on. */
  step: count,
  scheduledDays: z.number().min(0),
  /** When it was last reviewed; null before its first review. */
  lastReview: epochMs.nullable(),
});

/** card key → card (a deck in memory). */
export const reviewDeckSchema = z.record(z.string(), reviewCardSchema);

/**
 * A deck as stored: one card a line, "<key> <due> <stability> <difficulty> <reps> <lapses> <state> <step>
 * <scheduledDays> <lastReview or -> <added>" (times in epoch ms). A server of 40 students with 300 cards each
 * would be 12,000 objects to copy and check on every save; as 40 lines of text it is 40 strings (see
 * `npm run bench`). src/review/deck-text.ts reads and writes it.
 */
export const DECK_LINE = /^(?:quiz|note)\/[^\s/]+ \d+ \d+(?:\.\d+)?(?:e[-+]?\d+)? \d+(?:\.\d+)?(?:e[-+]?\d+)? \d+ \d+ [0-3] \d+ \d+(?:\.\d+)?(?:e[-+]?\d+)? (?:\d+|-) \d+$/;
export const reviewDeckTextSchema = z.string().refine((text) => text.split('\n').every((line) => DECK_LINE.test(line)), {
  message: 'every line must be a card: key due stability difficulty reps lapses state step scheduledDays lastReview added',
});

/**
 * A student's exam date for /review (schema version 6), kept per place as their deck is: cards come back before it.
 * Set and cleared by the student; it lapses (is deleted) once the day has passed, or when neither set nor used (a card
 * reviewed) for the retention period.
 */
export const examDateSchema = z.object({
  /** The exam's day, in the server's time zone. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2027-05-20'),
  /** ISO time it was set, or a card last reviewed while it was set (for the retention sweep). */
  at: z.string(),
});

/** One question of a homework attempt, once answered or timed out: the choice given (null when time ran out). */
export const homeworkAnswerSchema = z.object({
  choice: z.string().nullable(),
  correct: z.boolean(),
});

export const homeworkAttemptSchema = z.object({
  /** The student's display name as last seen. */
  name: z.string(),
  /** ISO times. */
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** In question order, one per question answered or timed out; the next question is `answers.length`. */
  answers: z.array(homeworkAnswerSchema),
  /** When the current question was first shown (its time runs from then); null before it is shown. */
  shownAt: z.string().nullable(),
});

export const assignmentSchema = z.object({
  /** Short and typed by teachers: "h1", "h2"… */
  id: z.string().regex(/^h\d{1,6}$/),
  channelId: z.string(),
  /** Null: questions from every topic. */
  topic: z.string().nullable(),
  /** The fixed questions, in the order every student gets them. */
  questionIds: z.array(z.string()).min(1),
  seconds: z.number().int().min(5).max(600),
  setBy: z.string(),
  setByName: z.string(),
  /** ISO times. */
  setAt: z.string(),
  due: z.string(),
  /** When a teacher closed it early; null while it runs to its due time. */
  closedAt: z.string().nullable(),
  /** The channel post with the Start button, to mark it closed. */
  messageId: z.string().nullable(),
  /** user id → their one attempt. */
  attempts: z.record(z.string(), homeworkAttemptSchema),
});

export const homeworkSchema = z.object({
  /** The number of the next assignment (ids are never reused). */
  next: z.number().int().min(1),
  /** Oldest first. */
  assignments: z.array(assignmentSchema),
});

/** One student's day: quiz questions answered per topic (rounds and homework), /ask questions asked, cards reviewed. */
export const studentDaySchema = z.object({
  topics: z.record(z.string(), z.object({ answered: count, correct: count })),
  asked: count,
  reviewed: count,
});

/** One day of a server's activity (UTC day), for the class report, in memory; stored as text (activityDayTextSchema). */
export const activityDaySchema = z.object({
  /** user id → what they did that day. */
  students: z.record(z.string(), studentDaySchema),
  /** quiz question id → how often it was answered that day and how often wrongly (or not in time). */
  questions: z.record(z.string(), z.object({ answered: count, wrong: count })),
  /** user id → their share of `questions` that day, so deleting a student takes their answers out of it too. */
  answers: z.record(z.string(), z.record(z.string(), z.object({ answered: count, wrong: count }))),
});

/**
 * A day of activity as stored: a line per student, "s <user id> <asked> <reviewed> <topic>=<answered>/<correct>…",
 * a line per quiz question, "q <question id> <answered>/<wrong>", and a student's share of those, "a <user id>
 * <question id>=<answered>/<wrong>…" (deleted with the student, their share taken off the q lines). One string a day rather than thousands of
 * small objects keeps every save of a busy server quick (`npm run bench`); src/report/activity.ts reads and writes it.
 */
export const ACTIVITY_LINE = /^(?:s \S+ \d+ \d+(?: [^\s=]+=\d+\/\d+)*|q \S+ \d+\/\d+|a \S+(?: [^\s=]+=\d+\/\d+)*)$/;
export const activityDayTextSchema = z.string().refine((text) => text === '' || text.split('\n').every((line) => ACTIVITY_LINE.test(line)), {
  message: 'every line must be "s <user> <asked> <reviewed> <topic>=<answered>/<correct>…", "q <question> <answered>/<wrong>" or "a <user> <question>=<answered>/<wrong>…"',
});

export const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2025-01-31');

export type ReviewCard = z.infer<typeof reviewCardSchema>;
export type ReviewDeckCards = z.infer<typeof reviewDeckSchema>;
export type ExamDate = z.infer<typeof examDateSchema>;
export type HomeworkAnswer = z.infer<typeof homeworkAnswerSchema>;
export type HomeworkAttempt = z.infer<typeof homeworkAttemptSchema>;
export type Assignment = z.infer<typeof assignmentSchema>;
export type HomeworkRecord = z.infer<typeof homeworkSchema>;
export type StudentDay = z.infer<typeof studentDaySchema>;
export type ActivityDay = z.infer<typeof activityDaySchema>;

/** The server's time zone when a teacher has set none (/tutor timezone). */
export const DEFAULT_TIME_ZONE = 'Europe/London';

export const freshHomework = (): HomeworkRecord => ({ next: 1, assignments: [] });
