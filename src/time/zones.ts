// Wall-clock time in a server's time zone, through the Intl API Node carries (its own copy of the time
// zone database, so nothing is downloaded): whether a zone exists, a moment's date and time there, and
// the moment a wall time there stands for, across clock changes.

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A formatter of numeric parts for a zone, made once per zone. Throws RangeError for an unknown zone. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's canonical name ("europe/london" → "Europe/London"), or undefined when there is no such zone. */
export function canonicalTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!trimmed) return undefined;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: trimmed }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** Every zone name Intl knows, for autocomplete. */
export function timeZoneNames(): readonly string[] {
  const names = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return names.includes('UTC') ? names : [...names, 'UTC'];
}

export interface ZonedParts {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** 0 Sunday … 6 Saturday. */
  readonly weekday: number;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The date and time on a wall clock in `timeZone` at the moment `ms`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts = partsFormatter(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return {
    year: Number(get('year')),
    month: Number(get('month')),
    day: Number(get('day')),
    hour: Number(get('hour')),
    minute: Number(get('minute')),
    second: Number(get('second')),
    weekday: WEEKDAYS.indexOf(get('weekday')),
  };
}

/** How far the zone's wall clock is ahead of UTC at the moment `ms`, in milliseconds (1 h in British Summer Time). */
export function zoneOffsetMs(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The moment a wall time in `timeZone` stands for. A wall time the clocks skip (01:30 on the night they go
 * forward in London) is taken as the same time after the change (02:30), as a wall clock would show it; one
 * they pass twice (01:30 on the night they go back) is the first.
 */
export function wallTimeToMs(wall: { year: number; month: number; day: number; hour: number; minute: number }, timeZone: string): number {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  // The offsets a few hours either side cover any change on that day; take the first that reads back right.
  const candidates = [zoneOffsetMs(asUtc - 12 * 3_600_000, timeZone), zoneOffsetMs(asUtc, timeZone), zoneOffsetMs(asUtc + 12 * 3_600_000, timeZone)];
  const readsBack = candidates
    .map((offset) => asUtc - offset)
    .filter((ms) => {
      const p = zonedParts(ms, timeZone);
      return p.year === wall.year && p.month === wall.month && p.day === wall.day && p.hour === wall.hour && p.minute === wall.minute;
    })
    .sort((a, b) => a - b);
  if (readsBack[0] !== undefined) return readsBack[0];
  // Skipped: the offset before the change, which lands that far past it.
  return asUtc - Math.min(...candidates);
}

/** The same calendar day plus `days` (month and year lengths handled by Date.UTC). */
export function addDays(date: { year: number; month: number; day: number }, days: number): { year: number; month: number; day: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const longFormatters = new Map<string, Intl.DateTimeFormat>();

/** "Friday 10 January 2030, 09:00" in the zone (British English, 24-hour clock). */
export function formatWallTime(ms: number, timeZone: string): string {
  let f = longFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    longFormatters.set(timeZone, f);
  }
  const p = f.formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => p.find((x) => x.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')}`;
}

/** The UTC day of a moment, "2025-01-31". */
export function utcDayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
