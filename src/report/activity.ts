// The class's daily activity, kept for the teacher's report (GuildDocument.activity): per UTC day, each
// student's quiz answers per topic (in rounds and homework), /ask questions asked and cards reviewed, and
// each quiz question's answers and misses, with each student's share of them (so deleting a student takes
// their answers out of the question figures too). Pure functions on a draft of the document; a day is stored as
// text (activityDayTextSchema) and read into an ActivityDay to work on.
import type { GuildDocument } from '../store/schema.js';
import type { ActivityDay, StudentDay } from '../store/study-schema.js';
import { utcDayKey } from '../time/zones.js';

export const ACTIVITY_DEFAULTS = Object.freeze({
  /** Days kept: over a school year, so "all time" covers one. */
  daysKept: 400,
});

function ownOrAdd<T>(record: Record<string, T>, key: string, make: () => T): T {
  if (Object.hasOwn(record, key)) return record[key] as T;
  const value = make();
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

export function decodeDay(text: string): ActivityDay {
  const day: ActivityDay = { students: {}, questions: {}, answers: {} };
  if (!text) return day;
  for (const line of text.split('\n')) {
    const [kind, id, ...rest] = line.split(' ');
    if (!id) continue;
    if (kind === 'q') {
      const [answered, wrong] = (rest[0] ?? '').split('/').map(Number);
      ownOrAdd(day.questions, id, () => ({ answered: answered ?? 0, wrong: wrong ?? 0 }));
    } else if (kind === 'a') {
      const mine = ownOrAdd(day.answers, id, (): ActivityDay['answers'][string] => ({}));
      for (const t of rest) {
        const [questionId = '', figures = ''] = t.split('=');
        const [answered, wrong] = figures.split('/').map(Number);
        ownOrAdd(mine, questionId, () => ({ answered: answered ?? 0, wrong: wrong ?? 0 }));
      }
    } else if (kind === 's') {
      const [asked, reviewed, ...topics] = rest;
      const s = ownOrAdd(day.students, id, (): StudentDay => ({ topics: {}, asked: Number(asked), reviewed: Number(reviewed) }));
      for (const t of topics) {
        const [topic = '', figures = ''] = t.split('=');
        const [answered, correct] = figures.split('/').map(Number);
        ownOrAdd(s.topics, topic, () => ({ answered: answered ?? 0, correct: correct ?? 0 }));
      }
    }
  }
  return day;
}

export function encodeDay(day: ActivityDay): string {
  const students = Object.entries(day.students).map(
    ([userId, s]) => ['s', userId, s.asked, s.reviewed, ...Object.entries(s.topics).map(([topic, t]) => `${topic}=${t.answered}/${t.correct}`)].join(' '),
  );
  const questions = Object.entries(day.questions).map(([id, q]) => `q ${id} ${q.answered}/${q.wrong}`);
  const answers = Object.entries(day.answers).map(([userId, mine]) => ['a', userId, ...Object.entries(mine).map(([id, q]) => `${id}=${q.answered}/${q.wrong}`)].join(' '));
  return [...students, ...questions, ...answers].join('\n');
}

/** The day's activity, read from a document. */
export function readDay(doc: GuildDocument, key: string): ActivityDay {
  return decodeDay(Object.hasOwn(doc.activity, key) ? (doc.activity[key] ?? '') : '');
}

/** Changes the day of `at` in a draft and writes it back; a new day drops those beyond ACTIVITY_DEFAULTS.daysKept. */
function changeDay(draft: GuildDocument, at: number, change: (day: ActivityDay) => void): void {
  const key = utcDayKey(at);
  const existed = Object.hasOwn(draft.activity, key);
  const day = readDay(draft, key);
  change(day);
  Object.defineProperty(draft.activity, key, { value: encodeDay(day), enumerable: true, writable: true, configurable: true });
  if (!existed) {
    const keys = Object.keys(draft.activity).sort();
    for (const old of keys.slice(0, Math.max(0, keys.length - ACTIVITY_DEFAULTS.daysKept))) delete draft.activity[old];
  }
}

const student = (d: ActivityDay, userId: string): StudentDay => ownOrAdd(d.students, userId, (): StudentDay => ({ topics: {}, asked: 0, reviewed: 0 }));

/** Ids and topics become words of the stored text: a space or "=" in one would break its line. */
const word = (id: string) => id.replace(/[\s=/]+/g, '_') || '_';

/** A user id as the days store it (the same for Discord's and the console's ids). */
export const activityIdOf = (userId: string): string => word(userId);

/** A student's share of a question's figures for the day. */
const shareOf = (d: ActivityDay, userId: string, questionId: string) =>
  ownOrAdd(ownOrAdd(d.answers, userId, (): ActivityDay['answers'][string] => ({})), questionId, () => ({ answered: 0, wrong: 0 }));

/** Takes a student's answers out of the day's question figures (a question no one else answered goes). */
function takeShare(day: ActivityDay, userId: string): void {
  for (const [questionId, mine] of Object.entries(day.answers[userId] ?? {})) {
    const q = day.questions[questionId];
    if (!q) continue;
    q.answered = Math.max(0, q.answered - mine.answered);
    q.wrong = Math.max(0, q.wrong - mine.wrong);
    if (q.answered === 0) delete day.questions[questionId];
  }
  delete day.answers[userId];
}

/**
 * The day without a person's figures (a teacher trying the quiz or a homework: the class report leaves them out), their
 * answers taken out of the question figures too. Changes only the day given, as read: nothing is deleted.
 */
export function dayWithout(day: ActivityDay, userId: string): void {
  const stored = word(userId);
  delete day.students[stored];
  takeShare(day, stored);
}

/** A quiz question answered (or left unanswered: `correct` false) by a student at `at`. */
export function recordAnswer(draft: GuildDocument, a: { userId: string; questionId: string; topic: string; correct: boolean; at: number }): void {
  changeDay(draft, a.at, (d) => {
    const t = ownOrAdd(student(d, word(a.userId)).topics, word(a.topic), () => ({ answered: 0, correct: 0 }));
    t.answered += 1;
    t.correct += a.correct ? 1 : 0;
    for (const q of [ownOrAdd(d.questions, word(a.questionId), () => ({ answered: 0, wrong: 0 })), shareOf(d, word(a.userId), word(a.questionId))]) {
      q.answered += 1;
      q.wrong += a.correct ? 0 : 1;
    }
  });
}

/** A question asked with /ask by a student (only counted: what was asked is not kept here). */
export function recordAsk(draft: GuildDocument, userId: string, at: number): void {
  changeDay(draft, at, (d) => {
    student(d, word(userId)).asked += 1;
  });
}

/** A card reviewed by a student. */
export function recordReview(draft: GuildDocument, userId: string, at: number): void {
  changeDay(draft, at, (d) => {
    student(d, word(userId)).reviewed += 1;
  });
}

/**
 * Deletes a student from every day (under their id as stored: see `word`), their answers taken out of the
 * question figures too, so the class report's totals and most missed agree; whether there was anything.
 */
export function forgetActivity(draft: GuildDocument, userId: string): boolean {
  const stored = word(userId);
  let found = false;
  for (const key of Object.keys(draft.activity)) {
    const day = readDay(draft, key);
    if (!Object.hasOwn(day.students, stored) && !Object.hasOwn(day.answers, stored)) continue;
    delete day.students[stored];
    takeShare(day, stored);
    draft.activity[key] = encodeDay(day);
    found = true;
  }
  return found;
}

/** The user ids of every student line in the kept days, without decoding the days (a line is "s <user id> …"). */
export function activityStudentIds(doc: GuildDocument): Set<string> {
  const ids = new Set<string>();
  for (const text of Object.values(doc.activity)) for (const m of text.matchAll(/^s (\S+) /gm)) if (m[1]) ids.add(m[1]);
  return ids;
}

/** A student's quiz answers (rounds and homework) per topic over the kept days: what a leaderboard reset leaves. */
export function answersKept(doc: GuildDocument, userId: string): Map<string, { answered: number; correct: number }> {
  const totals = new Map<string, { answered: number; correct: number }>();
  for (const key of Object.keys(doc.activity)) {
    const students = readDay(doc, key).students;
    for (const [topic, t] of Object.entries(Object.hasOwn(students, word(userId)) ? (students[word(userId)]?.topics ?? {}) : {})) {
      const sum = totals.get(topic) ?? { answered: 0, correct: 0 };
      totals.set(topic, { answered: sum.answered + t.answered, correct: sum.correct + t.correct });
    }
  }
  return totals;
}

/** How many kept days have activity of the student's. */
export function activityDaysOf(doc: GuildDocument, userId: string): number {
  const line = `s ${word(userId)} `;
  return Object.values(doc.activity).filter((text) => text.startsWith(line) || text.includes(`\n${line}`)).length;
}

/** Days before `cutoff` (an ISO time), which a retention sweep deletes. */
export function oldActivityDays(doc: GuildDocument, cutoff: string): string[] {
  const cutoffDay = cutoff.slice(0, 10);
  return Object.keys(doc.activity).filter((key) => key < cutoffDay);
}
