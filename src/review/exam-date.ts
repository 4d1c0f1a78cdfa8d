// A student's exam date for /review (a GCSE student's trial: a week before the exam, cards answered Good came back
// after it). With one set, no card comes back later than the start of the day before the exam, cards already due
// later are brought forward when it is set, and in the last days a session shows the weakest cards first. Kept per
// student beside their deck, in the same place (a server's document, or the direct messages'), as a calendar day in
// that place's time zone; it lapses once that day has passed. Pure functions over a document; times come in as
// arguments (the injected clock).
import type { GuildDocument } from '../store/schema.js';
import type { ExamDate } from '../store/study-schema.js';
import { MONTH_NAMES } from '../time/months.js';
import { addDays, wallTimeToMs, zonedParts } from '../time/zones.js';
import { capDue } from './cards.js';
import { changeDeck } from './deck-text.js';
import { REVIEW_DEFAULTS } from './defaults.js';

interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const dayText = (d: Day) => `${d.year}-${pad(d.month)}-${pad(d.day)}`;
const dayOf = (text: string): Day => {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  return { year, month, day };
};
/** Days since the epoch, to count the days between two calendar days. */
const dayNumber = (d: Day) => Math.round(Date.UTC(d.year, d.month - 1, d.day) / DAY_MS);
const todayIn = (now: number, timeZone: string): Day => {
  const p = zonedParts(now, timeZone);
  return { year: p.year, month: p.month, day: p.day };
};

/** A calendar day that exists (not 31/02), or undefined. */
function realDay(year: number, month: number, day: number): Day | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? { year, month, day } : undefined;
}

/** The same day `months` later, or that month's last day when it is shorter (31 August and 6 months: 28 February, not 3 March). */
function monthsLater(d: Day, months: number): Day {
  const first = new Date(Date.UTC(d.year, d.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d.day, lastDay) };
}

/** Years within which every calendar day comes round again (29 February, in a leap year). */
const LEAP_CYCLE_YEARS = 4;

const MONTHS: Readonly<Record<string, number>> = Object.freeze(
  Object.fromEntries(
    MONTH_NAMES.flatMap((name, i) => [
      [name, i + 1],
      [name.slice(0, 3), i + 1],
      ...(name === 'september' ? [['sept', 9]] : []),
    ]),
  ),
);

/** Words that clear an exam date. */
const CLEAR_WORDS = new Set(['none', 'clear', 'off', 'remove', 'delete', 'cancel', 'no', 'no exam', 'reset']);

/** A year as typed: "27" is 2027. */
const fullYear = (text: string) => (text.length === 2 ? 2000 + Number(text) : Number(text));

/**
 * The day the text names: "2027-05-20" (as homework due dates are typed), day first as British students write it
 * ("20/05/2027", "20-5-27", "20.05.2027"), or in words ("20 May 2027", "Thursday 20th May", "May 20 2027", "20 May 27"). Without a
 * year, the next such day (today counts). Undefined when it names no day (a month-first "05/20/2027" has no month 20).
 */
function readDay(text: string, today: Day): Day | undefined {
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[,]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)[a-z]*\.? /, '');
  const withYear = (year: number | undefined, month: number, day: number): Day | undefined => {
    if (year !== undefined) return realDay(year, month, day);
    // The next such day from today: 29 February may be up to four years away.
    for (let y = today.year; y <= today.year + LEAP_CYCLE_YEARS; y++) {
      const found = realDay(y, month, day);
      if (found && dayNumber(found) >= dayNumber(today)) return found;
    }
    return undefined;
  };
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const numeric = /^(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?$/.exec(t);
  if (numeric) return withYear(numeric[3] === undefined ? undefined : fullYear(numeric[3]), Number(numeric[2]), Number(numeric[1]));
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\.?(?: (\d{4}|\d{2}))?$/.exec(t);
  const monthFirst = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}|\d{2}))?$/.exec(t);
  const [dayWord, monthWord, yearWord] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  const month = monthWord === undefined ? undefined : MONTHS[monthWord];
  if (dayWord === undefined || month === undefined) return undefined;
  return withYear(yearWord === undefined ? undefined : fullYear(yearWord), month, Number(dayWord));
}

export type ExamDateInput =
  | { readonly kind: 'set'; readonly date: string }
  | { readonly kind: 'clear' }
  | { readonly kind: 'unreadable' }
  /** `date`: the day it was read as. */
  | { readonly kind: 'past'; readonly date: string }
  | { readonly kind: 'too far'; readonly date: string };

/** What a student typed as their exam date, read in the place's time zone: a day from today to 18 months ahead, or a word that clears it. */
export function readExamDate(text: string, now: number, timeZone: string): ExamDateInput {
  if (CLEAR_WORDS.has(text.trim().toLowerCase().replace(/\s+/g, ' '))) return { kind: 'clear' };
  const today = todayIn(now, timeZone);
  const day = readDay(text, today);
  if (!day) return { kind: 'unreadable' };
  const date = dayText(day);
  if (dayNumber(day) < dayNumber(today)) return { kind: 'past', date };
  if (dayNumber(day) > dayNumber(monthsLater(today, REVIEW_DEFAULTS.examMaxMonthsAhead))) return { kind: 'too far', date };
  return { kind: 'set', date };
}

/** An exam date as it applies now. */
export interface ExamPlan {
  readonly date: string;
  /** Calendar days from today to the exam (0: it is today). */
  readonly daysLeft: number;
  /** No card comes back later than this (the start of the day before the exam), while it is ahead; undefined once it has come. */
  readonly cap: number | undefined;
  /** In the exam's last days: a session shows the weakest cards first. */
  readonly finalDays: boolean;
}

/** The exam date `date` as it applies at `now` in the place's time zone; undefined without one, or once its day has passed (it has lapsed). */
export function examPlan(date: string | undefined, now: number, timeZone: string): ExamPlan | undefined {
  if (date === undefined) return undefined;
  const exam = dayOf(date);
  const daysLeft = dayNumber(exam) - dayNumber(todayIn(now, timeZone));
  if (daysLeft < 0) return undefined;
  const cap = wallTimeToMs({ ...addDays(exam, -REVIEW_DEFAULTS.examEveDays), hour: 0, minute: 0 }, timeZone);
  return { date, daysLeft, cap: cap > now ? cap : undefined, finalDays: daysLeft <= REVIEW_DEFAULTS.examFinalDays };
}

/** "Thursday 20 May", with the year when it is not this year's. */
export function examDayText(date: string, now: number, timeZone: string): string {
  const day = dayOf(date);
  const withYear = day.year !== todayIn(now, timeZone).year;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}) })
    .format(new Date(Date.UTC(day.year, day.month - 1, day.day)))
    .replace(',', '');
}

const own = (doc: Pick<GuildDocument, 'examDates'>, userId: string): ExamDate | undefined => (Object.hasOwn(doc.examDates, userId) ? doc.examDates[userId] : undefined);

/** A student's stored exam date in this place (lapsed or not). */
export const examDateOf = (doc: Pick<GuildDocument, 'examDates'>, userId: string): string | undefined => own(doc, userId)?.date;

/** The student's exam date as it applies now, in the document's time zone. */
export const examPlanOf = (doc: Pick<GuildDocument, 'examDates' | 'settings'>, userId: string, now: number): ExamPlan | undefined =>
  examPlan(examDateOf(doc, userId), now, doc.settings.timeZone);

function put(draft: GuildDocument, userId: string, value: ExamDate): void {
  Object.defineProperty(draft.examDates, userId, { value, enumerable: true, writable: true, configurable: true });
}

/**
 * Sets a student's exam date (a day `readExamDate` accepted) and brings forward every card due later than it allows:
 * to the start of the day before the exam, or now when that has come. Resolves how many cards moved.
 */
export function setExamDate(draft: GuildDocument, userId: string, date: string, now: number): number {
  put(draft, userId, { date, at: new Date(now).toISOString() });
  const plan = examPlan(date, now, draft.settings.timeZone);
  if (!plan) return 0;
  const by = plan.cap ?? now;
  return changeDeck(draft, userId, (deck) => {
    let moved = 0;
    for (const [key, card] of Object.entries(deck))
      if (card.due > by) {
        deck[key] = capDue(card, by);
        moved++;
      }
    return moved;
  });
}

/** Deletes a student's exam date (cleared, or with the rest of their data); whether there was one. */
export function forgetExamDate(draft: GuildDocument, userId: string): boolean {
  if (!own(draft, userId)) return false;
  delete draft.examDates[userId];
  return true;
}

/** A card reviewed: the exam date counts as used (for the retention sweep), or goes once it has lapsed. */
export function touchExamDate(draft: GuildDocument, userId: string, now: number): void {
  const exam = own(draft, userId);
  if (!exam) return;
  if (examPlan(exam.date, now, draft.settings.timeZone)) put(draft, userId, { ...exam, at: new Date(now).toISOString() });
  else delete draft.examDates[userId];
}

/** Exam dates the sweep deletes: lapsed (their day has passed), or neither set nor used since `cutoff` (ms). */
export function oldExamDates(doc: Pick<GuildDocument, 'examDates' | 'settings'>, cutoff: number, now: number): string[] {
  return Object.entries(doc.examDates)
    .filter(([, exam]) => Date.parse(exam.at) < cutoff || !examPlan(exam.date, now, doc.settings.timeZone))
    .map(([userId]) => userId);
}
