// How homework looks: the channel post with its Start button, a question of a student's attempt, the
// result with what was missed, the student's and the teacher's lists, and the teacher's report with its CSV.
import type { HomeworkReport, QuestionMark } from '../homework/report.js';
import type { KnowledgeBase, QuizQuestion } from '../knowledge/schema.js';
import { HOMEWORK_MESSAGES as H } from '../messages.js';
import { QUIZ_DEFAULTS } from '../quiz/defaults.js';
import { csvDateTime, toCsv } from '../report/csv.js';
import type { Assignment, HomeworkAttempt } from '../store/study-schema.js';
import { KEYS } from './keys.js';
import { choiceKey } from './quiz-view.js';
import { choiceOrder } from './review-view.js';
import { encodeAction } from './router.js';
import type { Reply, ReplyAttachment, ReplyField } from './types.js';

/** The Start button (on the channel post and in /homework): a new private reply. */
export const HOMEWORK_ACTION = 'hw';
/** The answer buttons of a question: each replaces the question with the next one. */
export const HOMEWORK_ANSWER_ACTION = 'hwa';

/** Room per embed field, and for a whole message (Discord: 1024 and 6000, less a margin for the title and footer). */
const FIELD_ROOM = 1024;
export const MESSAGE_ROOM = 5400;

export const clipText = (text: string, max: number): string => (text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1)).trimEnd()}…`);

/** Lines as fields of at most FIELD_ROOM characters, never splitting a line: the first named `name`, the rest `more`. */
export function linesAsFields(name: string, more: string, lines: readonly string[]): ReplyField[] {
  const fields: ReplyField[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) fields.push({ name: fields.length === 0 ? name : more, value: current.join('\n') });
    current = [];
  };
  for (const raw of lines) {
    const line = clipText(raw, FIELD_ROOM);
    if (current.length > 0 && [...current, line].join('\n').length > FIELD_ROOM) flush();
    current.push(line);
  }
  flush();
  return fields;
}

/** Items joined for one field, as many as fit in `room`, then how many more there are (`more`: in what words). */
export function capped(items: readonly string[], separator = '\n', room = FIELD_ROOM, more: (n: number) => string = H.more): string {
  let out = '';
  for (let i = 0; i < items.length; i++) {
    const next = out ? `${out}${separator}${items[i] ?? ''}` : (items[i] ?? '');
    const rest = items.length - i - 1;
    const reserve = rest > 0 ? more(rest).length + separator.length : 0;
    if (next.length + reserve > room) return `${out}${out ? separator : ''}${more(items.length - i)}`;
    out = next;
  }
  return out;
}

/** A student's choices for a homework question: shuffled the same way every time they see it. */
export const homeworkChoices = (a: Assignment, userId: string, question: QuizQuestion): string[] => choiceOrder(question, `${a.id}/${userId}/${question.id}`);

/** `show`: how the teacher's name is shown in the post (escaped on Discord: `ChannelMessenger.showTyped`). */
export function postReply(a: Assignment, v: { topicTitle: string | null; due: string; timeZone: string; closed?: boolean; show?: (name: string) => string }): Reply {
  return {
    title: H.postTitle(a.id, v.topicTitle),
    body: H.postBody((v.show ?? String)(a.setByName), a.questionIds.length, a.seconds, v.due, v.timeZone),
    footer: v.closed ? H.postClosedFooter : H.postFooter,
    buttons: [{ action: encodeAction(HOMEWORK_ACTION, a.id, 'start'), label: H.startButton, style: 'primary', key: KEYS.startHomework, ...(v.closed ? { disabled: true } : {}) }],
    tone: 'info',
  };
}

export function questionReply(a: Assignment, userId: string, question: QuizQuestion, index: number, deadline: number, note?: string): Reply {
  const choices = homeworkChoices(a, userId, question);
  const label = (i: number, c: string) => clipText(`${choiceKey(i)} · ${c}`, QUIZ_DEFAULTS.buttonLabelLength);
  return {
    title: H.questionTitle(a.id, index + 1, a.questionIds.length),
    body: note ? `*${note}*\n\n${question.prompt}` : question.prompt,
    footer: H.questionFooter(a.seconds),
    deadline,
    buttons: choices.map((c, i) => ({ action: encodeAction(HOMEWORK_ANSWER_ACTION, a.id, String(index), String(i)), label: label(i, c), key: choiceKey(i), choice: true as const, style: 'primary' as const })),
    private: true,
    tone: 'info',
  };
}

/** The result: the score, and for each question missed the right answer and its explanation, all within one message. */
export function resultReply(kb: KnowledgeBase, a: Assignment, attempt: HomeworkAttempt, extra: { cutShort: boolean; again: boolean; note?: string }): Reply {
  const score = attempt.answers.filter((x) => x.correct).length;
  const total = a.questionIds.length;
  const missed = a.questionIds.flatMap((id, i) => {
    const given = attempt.answers[i];
    if (given?.correct) return [];
    const q = kb.quiz.find((x) => x.id === id);
    return q ? [{ n: i + 1, q, given: given?.choice ?? null }] : [];
  });
  const room = Math.max(120, Math.min(FIELD_ROOM, Math.floor(MESSAGE_ROOM / Math.max(1, missed.length)) - 20));
  const lines = missed.map((m) => clipText(H.missedLine(m.n, m.q.prompt, m.q.correct, m.q.explanation, m.given), room));
  const notes = [extra.note, extra.again ? H.alreadyDone : undefined, H.finishedBody(score, total), extra.cutShort ? H.cutShort : undefined, missed.length > 0 ? H.toDeck : undefined];
  return {
    title: H.finishedTitle(a.id, score, total),
    body: notes.filter(Boolean).join('\n\n'),
    fields: linesAsFields(H.missedField, H.missedFieldMore, lines),
    private: true,
    tone: score === total ? 'success' : 'answer',
  };
}

const MARK_WORDS: Readonly<Record<QuestionMark, string>> = Object.freeze({ right: 'right', wrong: 'wrong', unanswered: 'unanswered', 'not-reached': 'not reached' });

/** The status of a student who has not started, in the CSV. */
const NOT_STARTED = 'not started';

/** Room for a question's first words in its column's header. */
const QUESTION_HEADER_ROOM = 40;

/** A student the server's data knows who has not started the homework: `shown` is how the report names them. */
export interface NotStarted {
  readonly userId: string;
  readonly name: string | undefined;
  readonly shown: string;
}

/**
 * The report's CSV: one row per student, with a column per question headed by its number and first words
 * ("Q1: Who led the Left Opposition…"); times on the server's wall clock, its zone named in the header. Those
 * who have not started get a row too, as the report counts them, with no score (they have none, not 0).
 */
export function reportCsv(report: HomeworkReport, prompt: (questionId: string) => string, timeZone: string, notStarted: readonly NotStarted[] = []): ReplyAttachment {
  const questions = report.assignment.questionIds.map((id, i) => `Q${i + 1}: ${clipText(prompt(id), QUESTION_HEADER_ROOM)}`);
  const header = ['student_id', 'name', 'status', 'score', 'out_of', 'percent', `started_at (${timeZone})`, `finished_at (${timeZone})`, ...questions];
  const rows = report.students.map((s) => [
    s.userId,
    s.name,
    s.status,
    s.score,
    s.outOf,
    Math.round((100 * s.score) / Math.max(1, s.outOf)),
    csvDateTime(Date.parse(s.startedAt), timeZone),
    csvDateTime(s.finishedAt === null ? null : Date.parse(s.finishedAt), timeZone),
    ...s.marks.map((m) => MARK_WORDS[m]),
  ]);
  const total = report.assignment.questionIds.length;
  const idle = notStarted.map((s) => [s.userId, s.name ?? null, NOT_STARTED, null, total, null, null, null, ...questions.map(() => null)]);
  return { name: `homework-${report.assignment.id}.csv`, content: toCsv(header, [...rows, ...idle]) };
}

/**
 * `closedEarly`: when a teacher closed it before its due time, on the server's wall clock (null when not). `show`:
 * how a stored name is shown in the reply (escaped on Discord); the CSV keeps names as typed.
 */
export function reportReply(
  kb: KnowledgeBase,
  report: HomeworkReport,
  v: { topicTitle: string | null; due: string; closedEarly: string | null; timeZone: string; notStarted: readonly NotStarted[]; show?: (name: string) => string },
): Reply {
  const a = report.assignment;
  const show = v.show ?? String;
  const prompt = (id: string) => kb.quiz.find((q) => q.id === id)?.prompt ?? id;
  const answer = (id: string) => kb.quiz.find((q) => q.id === id)?.correct ?? '?';
  const count = (status: string) => report.students.filter((s) => s.status === status).length;
  const accuracy = report.accuracy === null ? null : `${Math.round(report.accuracy * 100)}%`;
  const fields: ReplyField[] = [];
  if (report.students.length > 0) {
    fields.push({ name: H.reportStudents, value: capped(report.students.map((s) => H.reportStudentLine(show(s.name), s.score, s.outOf, s.status))) });
    fields.push({ name: H.reportQuestions, value: capped(report.questions.map((q) => H.reportQuestionLine(q.number, q.right, q.reached, clipText(prompt(q.questionId), 90)))) });
    if (report.mostMissed.length > 0)
      fields.push({ name: H.reportMostMissed, value: capped(report.mostMissed.map((q) => H.reportMissedLine(q.number, q.missed, clipText(prompt(q.questionId), 120), clipText(answer(q.questionId), 60)))) });
  }
  if (v.notStarted.length > 0) fields.push({ name: H.reportNotStarted, value: capped(v.notStarted.map((s) => s.shown), ', ') });
  return {
    title: H.reportTitle(a.id, v.topicTitle),
    body:
      report.students.length > 0
        ? H.reportSummary(show(a.setByName), v.due, report.open, v.closedEarly, count('done'), count('working'), count('unfinished'), accuracy)
        : `${H.reportSummary(show(a.setByName), v.due, report.open, v.closedEarly, 0, 0, 0, null)} ${H.reportNobody}`,
    fields,
    footer: H.reportFooter,
    attachments: [reportCsv(report, prompt, v.timeZone, v.notStarted)],
    private: true,
    tone: 'info',
  };
}
