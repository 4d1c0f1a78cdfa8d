// Due times as teachers type them, read in the server's time zone, across clock changes.
import { describe, expect, it } from 'vitest';
import { parseDue, readTime } from '../../src/homework/due.js';
import { canonicalTimeZone, formatWallTime, wallTimeToMs, zoneOffsetMs } from '../../src/time/zones.js';

const LONDON = 'Europe/London';
/** Monday 6 January 2025, 10:00 in London (GMT, so 10:00 UTC). */
const MONDAY = Date.UTC(2025, 0, 6, 10, 0);

const due = (text: string, now = MONDAY, zone = LONDON) => {
  const r = parseDue(text, now, zone);
  return r.ok ? formatWallTime(r.at, zone) : r.reason;
};

describe('reading a due time', () => {
  it('reads a date and time in the forms teachers type', () => {
    expect(due('2030-01-10T09:00')).toBe('Thursday 10 January 2030, 09:00');
    expect(due('2030-01-10 17:30')).toBe('Thursday 10 January 2030, 17:30');
    expect(due('2030-01-10 9am')).toBe('Thursday 10 January 2030, 09:00');
    expect(due('2030-01-10T09:00:00')).toBe('Thursday 10 January 2030, 09:00');
    expect(due('2030-01-10')).toBe('Thursday 10 January 2030, 09:00');
  });

  it('reads a day and a time, the next such day to come', () => {
    expect(due('friday 9am')).toBe('Friday 10 January 2025, 09:00');
    expect(due('Fri 3.30pm')).toBe('Friday 10 January 2025, 15:30');
    expect(due('friday at 17:00')).toBe('Friday 10 January 2025, 17:00');
    expect(due('tomorrow 8:45am')).toBe('Tuesday 7 January 2025, 08:45');
    expect(due('today 5pm')).toBe('Monday 6 January 2025, 17:00');
    expect(due('wednesday')).toBe('Wednesday 8 January 2025, 09:00');
    expect(due('monday noon')).toBe('Monday 6 January 2025, 12:00'); // later today
    expect(due('monday 9am')).toBe('Monday 13 January 2025, 09:00'); // already past today: next week
    expect(due('next monday 11am')).toBe('Monday 13 January 2025, 11:00');
  });

  it('refuses a time that has passed, and text that is no time', () => {
    expect(due('2024-12-31T09:00')).toBe('past');
    expect(due('today 9am')).toBe('past');
    expect(due('2030-02-30T09:00')).toBe('unreadable');
    for (const text of ['soon', 'friday 25:00', 'friday 13pm', '', 'next tomorrow', '10/01/2030']) expect(due(text), text).toBe('unreadable');
  });

  it('reads times of day', () => {
    expect(readTime('12am')).toEqual({ hour: 0, minute: 0 });
    expect(readTime('12pm')).toEqual({ hour: 12, minute: 0 });
    expect(readTime('9')).toEqual({ hour: 9, minute: 0 });
    expect(readTime('9:61')).toBeUndefined();
  });
});

describe('time zones', () => {
  it('keeps a due time on the wall clock across the change to summer time', () => {
    // Friday 27 March 2026, 10:00 GMT; the clocks go forward on Sunday 29 March.
    const friday = Date.UTC(2026, 2, 27, 10, 0);
    const r = parseDue('monday 9am', friday, LONDON);
    expect(r.ok && new Date(r.at).toISOString()).toBe('2026-03-30T08:00:00.000Z'); // 09:00 BST
    const before = parseDue('saturday 9am', friday, LONDON);
    expect(before.ok && new Date(before.at).toISOString()).toBe('2026-03-28T09:00:00.000Z'); // 09:00 GMT
    // And back in October.
    const autumn = parseDue('monday 9am', Date.UTC(2026, 9, 23, 10), LONDON);
    expect(autumn.ok && new Date(autumn.at).toISOString()).toBe('2026-10-26T09:00:00.000Z');
  });

  it('takes a wall time the clocks skip as the same time after the change, and one they pass twice as the first', () => {
    expect(new Date(wallTimeToMs({ year: 2026, month: 3, day: 29, hour: 1, minute: 30 }, LONDON)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(wallTimeToMs({ year: 2026, month: 10, day: 25, hour: 1, minute: 30 }, LONDON)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('reads due times in another zone', () => {
    const r = parseDue('2030-01-10T09:00', MONDAY, 'America/New_York');
    expect(r.ok && new Date(r.at).toISOString()).toBe('2030-01-10T14:00:00.000Z');
    expect(zoneOffsetMs(Date.UTC(2025, 6, 1), 'Asia/Kolkata')).toBe(5.5 * 3_600_000);
  });

  it('knows zone names in any case, and nothing that is not one', () => {
    expect(canonicalTimeZone('europe/london')).toBe('Europe/London');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Mars/Olympus')).toBeUndefined();
    expect(canonicalTimeZone('')).toBeUndefined();
  });
});
