// Reading a homework's due time as a teacher types it, in the server's time zone: a date and time
// ("2030-01-10T09:00", "2030-01-10 9am", "2030-01-10"), or a day and time ("friday 9am", "fri 17:30",
// "next monday", "tomorrow 8.45am", "today 5pm"). A day without a time means HOMEWORK_DEFAULTS.defaultDueTime.
import { addDays, wallTimeToMs, zonedParts } from '../time/zones.js';
import { HOMEWORK_DEFAULTS } from './defaults.js';

export type DueOutcome =
  | { readonly ok: true; readonly at: number }
  | { readonly ok: false; readonly reason: 'unreadable' }
  /** `at`: the moment it was read as. */
  | { readonly ok: false; readonly reason: 'past'; readonly at: number };

const DAYS: Readonly<Record<string, number>> = Object.freeze({
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3, weds: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
});

/** "9am", "9.30am", "9:30", "17:00", "noon", "midnight", "9" → hours and minutes; undefined when it is no time. */
export function readTime(text: string): { hour: number; minute: number } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, '');
  if (t === 'noon' || t === 'midday') return { hour: 12, minute: 0 };
  if (t === 'midnight') return { hour: 0, minute: 0 };
  const m = /^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.|p\.m\.)?$/.exec(t);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const half = m[3]?.replace(/\./g, '');
  if (minute > 59) return undefined;
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  } else if (hour > 23) return undefined;
  return { hour, minute };
}

const defaultTime = () => readTime(HOMEWORK_DEFAULTS.defaultDueTime) ?? { hour: 9, minute: 0 };

/** The wall date and time the text names, or undefined when it names none. */
function readWallTime(text: string, now: number, timeZone: string): { year: number; month: number; day: number; hour: number; minute: number } | undefined {
  const t = text.trim().toLowerCase().replace(/\s+/g, ' ');
  // A calendar date, then an optional time: 2030-01-10T09:00, 2030-01-10 09:00, 2030-01-10 9am.
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t| |, ?| at )(.+))?$/.exec(t);
  if (iso) {
    const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
    const time = iso[4] === undefined ? defaultTime() : readTime(iso[4].replace(/^(\d{1,2}:\d{2}):\d{2}(?:\.\d+)?$/, '$1'));
    return time ? { year, month, day, ...time } : undefined;
  }
  // A day: today, tomorrow, or a weekday (the next one to come; "next friday" is never today), then an optional time.
  const words = /^(next )?([a-z]+)(?:,? (?:at )?(.+))?$/.exec(t);
  if (!words) return undefined;
  const [, next, dayWord = '', timeText] = words;
  const time = timeText === undefined ? defaultTime() : readTime(timeText);
  if (!time) return undefined;
  const today = zonedParts(now, timeZone);
  let offset: number;
  if (dayWord === 'today' && !next) offset = 0;
  else if (dayWord === 'tomorrow' && !next) offset = 1;
  else {
    const weekday = DAYS[dayWord];
    if (weekday === undefined) return undefined;
    offset = (weekday - today.weekday + 7) % 7;
    const laterToday = time.hour > today.hour || (time.hour === today.hour && time.minute > today.minute);
    if (offset === 0 && (next || !laterToday)) offset = 7;
  }
  return { ...addDays(today, offset), ...time };
}

/** Reads a due time in the server's zone; refuses one that has passed. */
export function parseDue(text: string, now: number, timeZone: string): DueOutcome {
  const wall = readWallTime(text, now, timeZone);
  if (!wall) return { ok: false, reason: 'unreadable' };
  const at = wallTimeToMs(wall, timeZone);
  if (at <= now) return { ok: false, reason: 'past', at };
  return { ok: true, at };
}
