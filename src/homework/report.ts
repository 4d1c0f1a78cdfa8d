// A homework's figures for the teacher, as a pure function of the assignment: each student's status and
// score, the class's accuracy per question, and the questions most missed. An attempt left unfinished when
// the homework closed counts the question it was on as missed, not those it never reached.
import type { Assignment } from '../store/study-schema.js';
import { attemptOf, closedAt, isOpen, scoreOf } from './assignments.js';
import { HOMEWORK_DEFAULTS } from './defaults.js';

/** done: finished; working: started and the homework still open; unfinished: started, and it closed first. */
export type AttemptStatus = 'done' | 'working' | 'unfinished';
export type QuestionMark = 'right' | 'wrong' | 'unanswered' | 'not-reached';

export interface StudentResult {
  readonly userId: string;
  readonly name: string;
  readonly status: AttemptStatus;
  readonly score: number;
  readonly outOf: number;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  /** One per question, in the assignment's order. */
  readonly marks: readonly QuestionMark[];
}

export interface QuestionResult {
  readonly questionId: string;
  /** 1-based, as students saw it. */
  readonly number: number;
  /** Students who reached it (answered, wrongly, or let the time run out). */
  readonly reached: number;
  readonly right: number;
  /** Wrong or unanswered. */
  readonly missed: number;
}

export interface HomeworkReport {
  readonly assignment: Assignment;
  readonly open: boolean;
  /** By name. */
  readonly students: readonly StudentResult[];
  readonly questions: readonly QuestionResult[];
  /** The most missed (HOMEWORK_DEFAULTS.mostMissedShown), most first; only those someone missed. */
  readonly mostMissed: readonly QuestionResult[];
  /** Right answers of all answers reached, 0–1; null before any. */
  readonly accuracy: number | null;
}

export function homeworkReport(a: Assignment, now: number): HomeworkReport {
  const open = isOpen(a, now);
  const ended = !open;
  const total = a.questionIds.length;
  const students: StudentResult[] = Object.entries(a.attempts).map(([userId, attempt]) => {
    // Finished with every question answered; one cut short by the close (finished when the student came back) is unfinished.
    const finished = attempt.finishedAt !== null && attempt.answers.length >= total;
    const status: AttemptStatus = finished ? 'done' : ended ? 'unfinished' : 'working';
    const marks = a.questionIds.map((_, i): QuestionMark => {
      const given = attempt.answers[i];
      if (given) return given.correct ? 'right' : given.choice === null ? 'unanswered' : 'wrong';
      // The question on screen when it closed was seen, so unanswered; those after it were never reached, and
      // stay out of the class's figures however it ended (closed early or due).
      return ended && i === attempt.answers.length && attempt.shownAt !== null ? 'unanswered' : 'not-reached';
    });
    return {
      userId,
      name: attempt.name,
      status,
      score: scoreOf(attempt),
      outOf: total,
      startedAt: attempt.startedAt,
      finishedAt: attempt.finishedAt ?? (ended ? new Date(closedAt(a)).toISOString() : null),
      marks,
    };
  });
  students.sort((x, y) => x.name.localeCompare(y.name) || x.userId.localeCompare(y.userId));
  const questions: QuestionResult[] = a.questionIds.map((questionId, i) => {
    const reached = students.map((s) => s.marks[i]).filter((m): m is QuestionMark => m !== undefined && m !== 'not-reached');
    const right = reached.filter((m) => m === 'right').length;
    return { questionId, number: i + 1, reached: reached.length, right, missed: reached.length - right };
  });
  const mostMissed = [...questions].filter((q) => q.missed > 0).sort((x, y) => y.missed - x.missed || x.number - y.number).slice(0, HOMEWORK_DEFAULTS.mostMissedShown);
  const reached = questions.reduce((n, q) => n + q.reached, 0);
  const right = questions.reduce((n, q) => n + q.right, 0);
  return { assignment: a, open, students, questions, mostMissed, accuracy: reached === 0 ? null : right / reached };
}

/** One student's line of a homework's report, with the report's homework and whether it is still open. */
export interface OwnResult {
  readonly assignment: Assignment;
  readonly open: boolean;
  readonly result: StudentResult;
}

/**
 * A student's result in each homework they started, oldest first, as the teacher's report counts it (its
 * StudentResult, so /stats and /tutor homework report cannot disagree).
 */
export function studentResults(assignments: readonly Assignment[], userId: string, now: number): OwnResult[] {
  return assignments.flatMap((a) => {
    if (!attemptOf(a, userId)) return [];
    const report = homeworkReport(a, now);
    const result = report.students.find((s) => s.userId === userId);
    return result ? [{ assignment: a, open: report.open, result }] : [];
  });
}
