// CSV for a spreadsheet (RFC 4180): fields quoted when they hold a comma, a quote or a line break; lines
// ended by CRLF; a byte order mark first, so Excel reads names in any script (Cyrillic, Chinese, emoji) as
// UTF-8; and a field that starts like a formula (=, +, -, @) is prefixed with ' so a spreadsheet shows it
// rather than running it. Numbers are written as they are; times as the server's wall clock reads them.
import { zonedParts } from '../time/zones.js';

export type CsvValue = string | number | null;

export const CSV_BOM = '\uFEFF';

export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole CSV file: a header row, then the rows. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return `${CSV_BOM}${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const two = (n: number) => String(n).padStart(2, '0');

/**
 * A moment as a spreadsheet reads a date and time, "2025-01-06 09:05:30", on the wall clock of `timeZone` (the
 * server's, which its due times are shown in; the column's header names the zone). Null for no moment.
 */
export function csvDateTime(ms: number | null, timeZone: string): string | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  const p = zonedParts(ms, timeZone);
  return `${p.year}-${two(p.month)}-${two(p.day)} ${two(p.hour)}:${two(p.minute)}:${two(p.second)}`;
}
