// Homework as pure functions on a draft of the server's document: setting and closing assignments, and a
// student's one attempt, question by question. An attempt's questions are timed from when each is shown;
// an answer once given is locked; a question whose time ran out counts as unanswered; an attempt still
// open at the due time (or at an early close) is finished as it stands.
import type { GuildDocument } from '../store/schema.js';
import type { Assignment, HomeworkAttempt } from '../store/study-schema.js';
import { HOMEWORK_DEFAULTS } from './defaults.js';

/** Whether students can still start or go on with it. */
export const isOpen = (a: Assignment, now: number): boolean => a.closedAt === null && Date.parse(a.due) > now;

/** When it stopped taking answers: closed early, or its due time. */
export const closedAt = (a: Assignment): number => (a.closedAt === null ? Date.parse(a.due) : Math.min(Date.parse(a.closedAt), Date.parse(a.due)));

export function openAssignments(doc: GuildDocument, now: number): Assignment[] {
  return doc.homework.assignments.filter((a) => isOpen(a, now));
}

export function findAssignment(doc: GuildDocument, id: string): Assignment | undefined {
  const wanted = id.trim().toLowerCase().replace(/^#/, '');
  return doc.homework.assignments.find((a) => a.id === wanted || a.id === `h${wanted}`);
}

/** The attempt's own record for a user id ("constructor" finds nothing). */
export const attemptOf = (a: Assignment, userId: string): HomeworkAttempt | undefined => (Object.hasOwn(a.attempts, userId) ? a.attempts[userId] : undefined);

export interface NewAssignment {
  readonly channelId: string;
  readonly topic: string | null;
  readonly questionIds: readonly string[];
  readonly seconds: number;
  readonly setBy: string;
  readonly setByName: string;
  readonly due: number;
  readonly now: number;
}

export type SetOutcome = { readonly ok: true; readonly assignment: Assignment } | { readonly ok: false; readonly reason: 'too-many'; readonly open: number };

/** Adds an assignment, unless HOMEWORK_DEFAULTS.maxOpen are open; keeps HOMEWORK_DEFAULTS.maxKept, dropping the oldest closed first. */
export function addAssignment(draft: GuildDocument, req: NewAssignment): SetOutcome {
  const open = openAssignments(draft, req.now).length;
  if (open >= HOMEWORK_DEFAULTS.maxOpen) return { ok: false, reason: 'too-many', open };
  const assignment: Assignment = {
    id: `h${draft.homework.next}`,
    channelId: req.channelId,
    topic: req.topic,
    questionIds: [...req.questionIds],
    seconds: req.seconds,
    setBy: req.setBy,
    setByName: req.setByName,
    setAt: new Date(req.now).toISOString(),
    due: new Date(req.due).toISOString(),
    closedAt: null,
    messageId: null,
    attempts: {},
  };
  draft.homework.next += 1;
  draft.homework.assignments.push(assignment);
  while (draft.homework.assignments.length > HOMEWORK_DEFAULTS.maxKept) {
    const oldestClosed = draft.homework.assignments.findIndex((a) => !isOpen(a, req.now));
    draft.homework.assignments.splice(Math.max(0, oldestClosed), 1);
  }
  return { ok: true, assignment };
}

/** Closes it early; 'already' when it was closed or past due. */
export function closeAssignment(draft: GuildDocument, id: string, now: number): 'closed' | 'already' | 'unknown' {
  const a = findAssignment(draft, id);
  if (!a) return 'unknown';
  if (!isOpen(a, now)) return 'already';
  a.closedAt = new Date(now).toISOString();
  return 'closed';
}

/** Where a student's attempt stands after `progress` or `answer`. */
export type AttemptState =
  | { readonly kind: 'question'; readonly index: number; readonly deadline: number }
  | { readonly kind: 'finished'; readonly attempt: HomeworkAttempt; readonly cutShort: boolean }
  | { readonly kind: 'closed' };

const limitMs = (a: Assignment) => a.seconds * 1000;

/** Counts the questions whose time ran out as unanswered, then finishes, closes or shows the next question. */
function advance(a: Assignment, attempt: HomeworkAttempt, now: number): AttemptState {
  const total = a.questionIds.length;
  const ends = closedAt(a);
  while (attempt.answers.length < total && attempt.shownAt !== null && now > Date.parse(attempt.shownAt) + limitMs(a)) {
    attempt.answers.push({ choice: null, correct: false });
    // The next question's time runs from when the student comes back to it (now), or from the close.
    attempt.shownAt = null;
  }
  if (attempt.answers.length >= total || now >= ends) {
    const cutShort = attempt.answers.length < total;
    // Cut short: the question on screen counts as unanswered; those after it were never reached, so get no answer
    // (the report and the class's figures leave them out; the deck still gets them, as not answered right).
    if (cutShort && attempt.shownAt !== null) attempt.answers.push({ choice: null, correct: false });
    attempt.finishedAt ??= new Date(Math.min(now, ends)).toISOString();
    attempt.shownAt = null;
    return { kind: 'finished', attempt, cutShort };
  }
  if (attempt.shownAt === null) attempt.shownAt = new Date(now).toISOString();
  return { kind: 'question', index: attempt.answers.length, deadline: Date.parse(attempt.shownAt) + limitMs(a) };
}

/** Start or go on: the question to show now, or the finished attempt. One attempt per student: a finished one stays finished. */
export function progress(a: Assignment, userId: string, userName: string, now: number): AttemptState {
  let attempt = attemptOf(a, userId);
  if (!attempt) {
    if (!isOpen(a, now)) return { kind: 'closed' };
    attempt = { name: userName, startedAt: new Date(now).toISOString(), finishedAt: null, answers: [], shownAt: null };
    Object.defineProperty(a.attempts, userId, { value: attempt, enumerable: true, writable: true, configurable: true });
  }
  attempt.name = userName;
  if (attempt.finishedAt !== null) return { kind: 'finished', attempt, cutShort: false };
  return advance(a, attempt, now);
}

export type AnswerOutcome = 'accepted' | 'late' | 'locked' | 'not-started';

/**
 * An answer to question `index` (the choice's text): accepted while its time runs, counted as unanswered
 * once it has run out, and refused for a question already answered (answers are locked). Then what comes next.
 */
export function answerQuestion(
  a: Assignment,
  q: { readonly userId: string; readonly userName: string; readonly index: number; readonly choice: string; readonly correct: boolean; readonly now: number },
): { readonly outcome: AnswerOutcome; readonly state: AttemptState } {
  const attempt = attemptOf(a, q.userId);
  if (!attempt) return { outcome: 'not-started', state: progress(a, q.userId, q.userName, q.now) };
  if (attempt.finishedAt !== null || q.index < attempt.answers.length) return { outcome: 'locked', state: progress(a, q.userId, q.userName, q.now) };
  // A question not yet reached (a forged button): nothing is recorded.
  if (q.index > attempt.answers.length || attempt.shownAt === null) return { outcome: 'locked', state: progress(a, q.userId, q.userName, q.now) };
  const inTime = q.now <= Date.parse(attempt.shownAt) + limitMs(a) && q.now < closedAt(a);
  if (inTime) {
    attempt.answers.push({ choice: q.choice, correct: q.correct });
    attempt.shownAt = null;
  }
  const state = advance(a, attempt, q.now);
  // After an answer the next question is shown at once, so its time starts now.
  return { outcome: inTime ? 'accepted' : 'late', state };
}

/** The attempt's score: right answers, of the questions. */
export const scoreOf = (attempt: HomeworkAttempt): number => attempt.answers.filter((x) => x.correct).length;
