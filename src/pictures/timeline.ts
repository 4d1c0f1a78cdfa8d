// A timeline as SVG: dated items down a vertical line (a phone's screen is taller than wide), placed by
// date, with a bar beside the line for each item that has an end (a period), and each label beside its
// date. Labels that would collide are moved down and joined to their date by a short leader.
import { circle, line, PALETTE, rect, svgDocument, text, wrap } from './svg.js';

export interface TimelineItem {
  /** "1934", "1934-12" or "1934-12-01". */
  readonly date: string;
  readonly end?: string;
  readonly label: string;
}

export interface TimelinePicture {
  readonly svg: string;
  /** The items as drawn, in order. */
  readonly items: readonly TimelineItem[];
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A date as a fractional year: "1934-07" is 1934.5. The end of a period counts to the end of its month or year. */
export function yearOf(date: string, asEnd = false): number {
  const [y, m, d] = date.split('-').map(Number);
  const year = y ?? 0;
  if (m === undefined) return year + (asEnd ? 1 : 0);
  if (d === undefined) return year + (m - 1 + (asEnd ? 1 : 0)) / 12;
  return year + (m - 1) / 12 + (d - 1 + (asEnd ? 1 : 0)) / 365;
}

/** "Dec 1934", "1 Dec 1934", "1934"; a period as "Oct 1928–Dec 1932". */
export function shortDate(date: string, end?: string): string {
  const one = (s: string) => {
    const [y, m, d] = s.split('-');
    return [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
  };
  return end ? `${one(date)}–${one(end)}` : one(date);
}

const W = 1000;
const SIZE = { title: 34, subtitle: 22, label: 25, date: 23, tick: 22 } as const;
const LINE = 31;
const AXIS_X = 150;
const LANE = 16;
const TOP = 120;

export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) => yearOf(a.date) - yearOf(b.date) || (a.end ? yearOf(a.end, true) : 0) - (b.end ? yearOf(b.end, true) : 0) || a.label.localeCompare(b.label));
}

/**
 * The timeline of `input`, from its first date to its last. With `years`, the line runs over those years
 * only (first to last, inclusive), and periods that reach beyond them are cut at its ends.
 */
export function timelineSvg(title: string, subtitle: string, input: readonly TimelineItem[], years?: readonly [number, number]): TimelinePicture {
  const items = sortItems(input);
  let t0 = Math.floor(Math.min(...items.map((i) => yearOf(i.date))));
  let t1 = Math.ceil(Math.max(...items.map((i) => (i.end ? yearOf(i.end, true) : yearOf(i.date) + 0.01))));
  if (years) {
    t0 = Math.max(t0, years[0]);
    t1 = Math.max(t0 + 1, Math.min(t1, years[1] + 1));
  }
  const clamp = (t: number) => Math.min(t1, Math.max(t0, t));

  // Periods take lanes right of the line, so that overlapping ones sit side by side.
  const laneEnds: number[] = [];
  const lanes = items.map((item) => {
    if (!item.end) return -1;
    const start = clamp(yearOf(item.date));
    let lane = laneEnds.findIndex((end) => end <= start);
    if (lane < 0) lane = laneEnds.length;
    laneEnds[lane] = clamp(yearOf(item.end, true));
    return lane;
  });
  const labelX = AXIS_X + 28 + laneEnds.length * LANE;
  const labelWidth = W - labelX - 30;
  const blocks = items.map((item) => wrap(`${shortDate(item.date, item.end)} — ${item.label}`, labelWidth, SIZE.label, 6));

  // Enough room per year that labels seldom need moving, and never so little that years crowd.
  const needed = blocks.reduce((n, b) => n + b.length * LINE + 14, 0);
  const perYear = Math.max(60, Math.min(400, needed / Math.max(1, t1 - t0)));
  const y = (t: number) => TOP + (t - t0) * perYear;

  const body: string[] = [text(30, 50, title, { size: SIZE.title, bold: true }), text(30, 88, subtitle, { size: SIZE.subtitle, fill: PALETTE.muted })];
  body.push(line(AXIS_X, y(t0) - 10, AXIS_X, y(t1) + 10, PALETTE.axis, 4));
  const step = t1 - t0 > 12 ? 2 : 1;
  for (let year = t0; year <= t1; year += step) {
    body.push(line(AXIS_X - 12, y(year), AXIS_X, y(year), PALETTE.axis, 3));
    body.push(text(AXIS_X - 20, y(year) + 8, String(year), { size: SIZE.tick, anchor: 'end', fill: PALETTE.muted }));
  }

  let nextFree = TOP - 10;
  let periodIndex = 0;
  let bottom = y(t1);
  items.forEach((item, i) => {
    const lines = blocks[i] ?? [];
    const at = y(clamp(yearOf(item.date)));
    const lane = lanes[i] ?? -1;
    // Each period its own colour, its dot too; single dates in the line's colour.
    const colour = lane >= 0 ? (PALETTE.series[periodIndex++ % PALETTE.series.length] ?? PALETTE.ink) : PALETTE.axis;
    if (lane >= 0 && item.end) {
      const x = AXIS_X + 14 + lane * LANE;
      body.push(rect(x, at, LANE - 4, Math.max(6, y(clamp(yearOf(item.end, true))) - at), colour, { rx: 3 }));
    }
    const top = Math.max(at - LINE * 0.7, nextFree);
    const baseline = top + LINE * 0.75;
    if (Math.abs(baseline - 8 - at) > 4) body.push(line(AXIS_X, at, labelX - 8, baseline - 8, PALETTE.grid, 2));
    else body.push(line(AXIS_X, at, labelX - 8, at, PALETTE.grid, 2));
    body.push(circle(AXIS_X, at, 8, colour, PALETTE.background));
    lines.forEach((l, k) => body.push(text(labelX, baseline + k * LINE, l, { size: SIZE.label, bold: false })));
    nextFree = top + lines.length * LINE + 14;
    bottom = Math.max(bottom, nextFree);
  });
  const height = Math.ceil(bottom + 40);
  return { svg: svgDocument(W, height, body), items };
}
