// The teacher's class report, as a pure function of the server's document: over the last week, month or
// all the days kept, the class's activity, accuracy per topic weakest first, the quiz questions most
// missed, the questions /ask could not answer that were asked most (those the notes still do not answer, as
// /tutor missed re-checks them), and per-student rows for a CSV.
import { recheckMissed, type AskAgain } from '../missed/recheck.js';
import type { GuildDocument } from '../store/schema.js';
import { utcDayKey } from '../time/zones.js';
import { activityIdOf, dayWithout, readDay } from './activity.js';
import { CONSOLE_PLAYER } from './student-data.js';

export type ReportPeriod = 'week' | 'month' | 'all';
export const REPORT_PERIODS: readonly ReportPeriod[] = Object.freeze(['week', 'month', 'all']);

export const REPORT_DEFAULTS = Object.freeze({
  /** Days a week and a month cover, today included. */
  periodDays: Object.freeze({ week: 7, month: 30 } as const),
  mostMissedShown: 10,
  unansweredShown: 10,
});

export interface TopicFigures {
  readonly topic: string;
  readonly answered: number;
  readonly correct: number;
  /** Correct ÷ answered, 0–1. */
  readonly accuracy: number;
}

export interface QuestionFigures {
  readonly questionId: string;
  readonly answered: number;
  readonly wrong: number;
}

export interface StudentFigures {
  readonly userId: string;
  readonly name: string;
  readonly topics: readonly { readonly topic: string; readonly answered: number; readonly correct: number }[];
  readonly answered: number;
  readonly correct: number;
  readonly asked: number;
  readonly reviewed: number;
}

export interface ClassReport {
  readonly period: ReportPeriod;
  /** The first and last UTC days the figures cover ("2025-01-06"); `from` is null when nothing was recorded. */
  readonly from: string | null;
  readonly to: string;
  readonly activeStudents: number;
  readonly answered: number;
  readonly correct: number;
  readonly asked: number;
  readonly reviewed: number;
  /** Weakest first (lowest accuracy; among equals, the most answered first). */
  readonly topics: readonly TopicFigures[];
  /** Most wrong first (then the higher share wrong); only questions someone got wrong. */
  readonly mostMissed: readonly QuestionFigures[];
  /** Questions /ask could not answer, asked in the period and still not answered by the notes, most asked first (counts are all time). */
  readonly unanswered: readonly { readonly question: string; readonly count: number }[];
  /** Questions asked in the period that the tutor could not answer then and the notes answer now (not listed). */
  readonly nowAnswered: number;
  /** By name. */
  readonly students: readonly StudentFigures[];
}

const add = <K>(map: Map<K, { answered: number; correct: number }>, key: K, answered: number, correct: number) => {
  const t = map.get(key) ?? { answered: 0, correct: 0 };
  t.answered += answered;
  t.correct += correct;
  map.set(key, t);
};

/** A student's name: as on the leaderboard, else as on a homework attempt, else the console's player's, else their id. */
function nameOf(doc: GuildDocument, userId: string): string {
  if (Object.hasOwn(doc.players, userId)) return doc.players[userId]?.name ?? userId;
  for (const a of doc.homework.assignments) if (Object.hasOwn(a.attempts, userId)) return a.attempts[userId]?.name ?? userId;
  return userId === CONSOLE_PLAYER.userId ? CONSOLE_PLAYER.userName : userId;
}

/**
 * The teachers the server's data knows, who are no students of the class: whoever set a homework here (only Manage
 * Server or the teacher role may) and `reader`, who reads the report (the same). Anyone else who may manage the server
 * cannot be told apart: the data keeps no one's permissions or roles.
 */
export function teachersKnown(doc: GuildDocument, reader?: string): Set<string> {
  const ids = new Set(doc.homework.assignments.map((a) => a.setBy));
  if (reader !== undefined) ids.add(reader);
  return ids;
}

/**
 * `askAgain` re-asks the unanswered questions of the notes as they are now (src/missed/recheck.ts); without it they are
 * listed as recorded. `teachers` (teachersKnown) are left out of every figure (a teacher who played a round or did a
 * homework to see it is not one of the class's students), unless nobody else did anything in the period: a teacher
 * trying the tutor alone sees their own figures.
 */
export function classReport(doc: GuildDocument, period: ReportPeriod, now: number, askAgain?: AskAgain, teachers: ReadonlySet<string> = new Set()): ClassReport {
  const to = utcDayKey(now);
  const first = period === 'all' ? '' : utcDayKey(now - (REPORT_DEFAULTS.periodDays[period] - 1) * 86_400_000);
  const days = Object.keys(doc.activity)
    .filter((key) => key >= first && key <= to)
    .sort();
  const stored = new Set([...teachers].map(activityIdOf));
  const active = stored.size === 0 ? [] : days.flatMap((key) => {
    const day = readDay(doc, key);
    return [...Object.keys(day.students), ...Object.keys(day.answers)];
  });
  const leftOut = active.some((id) => !stored.has(id)) ? stored : new Set<string>();
  const topics = new Map<string, { answered: number; correct: number }>();
  const questions = new Map<string, { answered: number; wrong: number }>();
  const students = new Map<string, { topics: Map<string, { answered: number; correct: number }>; asked: number; reviewed: number }>();
  for (const key of days) {
    const day = readDay(doc, key);
    for (const id of leftOut) dayWithout(day, id);
    for (const [userId, s] of Object.entries(day.students)) {
      const mine = students.get(userId) ?? { topics: new Map(), asked: 0, reviewed: 0 };
      mine.asked += s.asked;
      mine.reviewed += s.reviewed;
      for (const [topic, t] of Object.entries(s.topics)) {
        add(mine.topics, topic, t.answered, t.correct);
        add(topics, topic, t.answered, t.correct);
      }
      students.set(userId, mine);
    }
    for (const [questionId, q] of Object.entries(day.questions)) {
      const sum = questions.get(questionId) ?? { answered: 0, wrong: 0 };
      sum.answered += q.answered;
      sum.wrong += q.wrong;
      questions.set(questionId, sum);
    }
  }
  const studentFigures: StudentFigures[] = [...students].map(([userId, s]) => {
    const perTopic = [...s.topics].map(([topic, t]) => ({ topic, ...t })).sort((a, b) => a.topic.localeCompare(b.topic));
    return {
      userId,
      name: nameOf(doc, userId),
      topics: perTopic,
      answered: perTopic.reduce((n, t) => n + t.answered, 0),
      correct: perTopic.reduce((n, t) => n + t.correct, 0),
      asked: s.asked,
      reviewed: s.reviewed,
    };
  });
  studentFigures.sort((a, b) => a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  const topicFigures = [...topics]
    .filter(([, t]) => t.answered > 0)
    .map(([topic, t]) => ({ topic, ...t, accuracy: t.correct / t.answered }))
    .sort((a, b) => a.accuracy - b.accuracy || b.answered - a.answered || a.topic.localeCompare(b.topic));
  const mostMissed = [...questions]
    .filter(([, q]) => q.wrong > 0)
    .map(([questionId, q]) => ({ questionId, ...q }))
    .sort((a, b) => b.wrong - a.wrong || b.wrong / b.answered - a.wrong / a.answered || a.questionId.localeCompare(b.questionId))
    .slice(0, REPORT_DEFAULTS.mostMissedShown);
  const since = first === '' ? '' : `${first}T00:00:00.000Z`;
  const asked = doc.missed.filter((m) => m.entryId === undefined && m.lastAsked >= since);
  const { still, nowAnswered } = askAgain ? recheckMissed(asked, askAgain) : { still: asked, nowAnswered: 0 };
  const unanswered = [...still]
    .sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked))
    .slice(0, REPORT_DEFAULTS.unansweredShown)
    .map((m) => ({ question: m.question, count: m.count }));
  return {
    period,
    from: days[0] ?? null,
    to,
    activeStudents: studentFigures.length,
    answered: studentFigures.reduce((n, s) => n + s.answered, 0),
    correct: studentFigures.reduce((n, s) => n + s.correct, 0),
    asked: studentFigures.reduce((n, s) => n + s.asked, 0),
    reviewed: studentFigures.reduce((n, s) => n + s.reviewed, 0),
    topics: topicFigures,
    mostMissed,
    unanswered,
    nowAnswered,
    students: studentFigures,
  };
}
