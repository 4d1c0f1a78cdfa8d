// A timeline as SVG: dated items down a vertical line (a phone's screen is taller than wide), placed by
// date, with a bar beside the line for each item that has an end (a period), and each label beside its
// date. Labels that would collide are moved down and joined to their date by a short leader.
import { circle, heading, line, movedDown, PALETTE, rect, svgDocument, text, wrap } from './svg.js';

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

/**
 * Where a date comes in order: a date given only as a year ("1924") means some time in that year, so it
 * comes after the year's precisely dated events; one given as a month, after that month's. Saying it came
 * first would claim it preceded them ("1924 — the Lenin Enrolment" before "21 Jan 1924 — Lenin dies", when
 * it followed his death). [year, month, day], with 13 and 32 for "not given".
 */
function orderOf(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number);
  return [y ?? 0, m ?? 13, d ?? 32];
}

function compareDates(a: string, b: string): number {
  const [x, y] = [orderOf(a), orderOf(b)];
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
}

/** Items in date order (see orderOf), a shorter period before a longer one from the same date, then by label. */
export function sortItems(items: readonly TimelineItem[]): TimelineItem[] {
  return [...items].sort((a, b) => compareDates(a.date, b.date) || (a.end ? yearOf(a.end, true) : 0) - (b.end ? yearOf(b.end, true) : 0) || a.label.localeCompare(b.label));
}

/**
 * Where each item's dot goes on the line (as a fractional year), in the labels' order: at its date; a date
 * given only as a year (or month) after the dots before it in that year (month), the items sharing it spread
 * over what is left of it. So the dots come in the labels' order and no two leaders cross.
 */
export function dotPlaces(items: readonly TimelineItem[]): number[] {
  const places: number[] = [];
  for (let i = 0; i < items.length; ) {
    const date = items[i]?.date ?? '';
    if (orderOf(date)[2] !== 32) {
      places.push(yearOf(date));
      i++;
      continue;
    }
    let j = i;
    while (items[j]?.date === date) j++;
    const [start, end] = [yearOf(date), yearOf(date, true)];
    const before = places.at(-1) ?? start;
    const from = before > start ? before : start;
    for (let k = 1; k <= j - i; k++) places.push(from + (k * (end - from)) / (j - i + 1));
    i = j;
  }
  return places;
}

const DOT = 8;

/**
 * The line's years as bands: a divider where each year begins and its number halfway down its band, so an event
 * of late 1929 sits visibly in 1929's band above the divider of 1930 (a number on the divider was read as its year).
 */
function yearBands(t0: number, t1: number, y: (t: number) => number): string[] {
  const out: string[] = [];
  const step = t1 - t0 > 12 ? 2 : 1;
  for (let year = t0; year <= t1; year++) {
    out.push(line(40, y(year), AXIS_X - 12, y(year), PALETTE.grid, 3));
    out.push(line(AXIS_X - 12, y(year), AXIS_X, y(year), PALETTE.axis, 3));
    if (year < t1 && (year - t0) % step === 0) out.push(text(AXIS_X - 20, y(year + 0.5) + 8, String(year), { size: SIZE.tick, anchor: 'end', fill: PALETTE.muted }));
  }
  return out;
}

/** A dot's place kept wholly inside its own year's band, clear of the dividers (21 Dec must not sit on next year's). */
function withinItsYear(place: number, perYear: number, end: number): number {
  // A place cut at the line's end belongs to the last year drawn.
  const year = Math.min(Math.floor(place), end - 1);
  const margin = Math.min(0.25, (DOT + 3) / perYear);
  return Math.min(year + 1 - margin, Math.max(year + margin, place));
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

  const head = heading({ x: 30, width: W - 60, titleY: 50, titleSize: SIZE.title, subtitleY: 88, subtitleSize: SIZE.subtitle }, title, subtitle);
  const body: string[] = [];
  body.push(...yearBands(t0, t1, y));
  body.push(line(AXIS_X, y(t0) - 10, AXIS_X, y(t1) + 10, PALETTE.axis, 4));

  let nextFree = TOP - 10;
  let periodIndex = 0;
  let bottom = y(t1);
  const places = dotPlaces(items);
  items.forEach((item, i) => {
    const lines = blocks[i] ?? [];
    const at = y(withinItsYear(clamp(places[i] ?? yearOf(item.date)), perYear, t1));
    const lane = lanes[i] ?? -1;
    // Each period its own colour, its dot too; single dates in the line's colour.
    const colour = lane >= 0 ? (PALETTE.series[periodIndex++ % PALETTE.series.length] ?? PALETTE.ink) : PALETTE.axis;
    if (lane >= 0 && item.end) {
      // The bar runs over the whole period, from the start of its first year (month) when that is all the date says.
      const x = AXIS_X + 14 + lane * LANE;
      const from = y(clamp(yearOf(item.date)));
      body.push(rect(x, from, LANE - 4, Math.max(6, y(clamp(yearOf(item.end, true))) - from), colour, { rx: 3 }));
    }
    const top = Math.max(at - LINE * 0.7, nextFree);
    const baseline = top + LINE * 0.75;
    // The leader in its dot's colour, ending in a small dot of it at the label: a label moved down below other
    // years' dots is still plainly joined to its own (a pale grey leader was lost among the ticks).
    if (Math.abs(baseline - 8 - at) > 4) {
      body.push(line(AXIS_X, at, labelX - 8, baseline - 8, colour, 2));
      body.push(circle(labelX - 8, baseline - 8, 4, colour));
    } else body.push(line(AXIS_X, at, labelX - 8, at, colour, 2));
    body.push(circle(AXIS_X, at, DOT, colour, PALETTE.background));
    lines.forEach((l, k) => body.push(text(labelX, baseline + k * LINE, l, { size: SIZE.label, bold: false })));
    nextFree = top + lines.length * LINE + 14;
    bottom = Math.max(bottom, nextFree);
  });
  const height = Math.ceil(bottom + 40 + head.extra);
  return { svg: svgDocument(W, height, [...head.svg, ...movedDown(head.extra, body)]), items };
}

/** One picture of a timeline that takes several: its items and the years its line runs over. */
export interface TimelinePage {
  readonly items: readonly TimelineItem[];
  readonly first: number;
  readonly last: number;
}

/**
 * Sorted items split into pictures of whole years, at most `max` items each (a year with more is split):
 * as few pictures as can be, then as evenly filled as can be (not a picture of two items at the end), together
 * running over `first`..`last` with no year left out. An item goes with the year it starts in (a period
 * begun before `first`, with `first`).
 */
export function timelinePages(items: readonly TimelineItem[], first: number, last: number, max: number): TimelinePage[] {
  const byYear = new Map<number, TimelineItem[]>();
  for (const item of items) {
    const year = Math.min(last, Math.max(first, Math.floor(yearOf(item.date))));
    byYear.set(year, [...(byYear.get(year) ?? []), item]);
  }
  // A year with more than a picture holds is split into pictures of its own.
  const years = [...byYear].flatMap(([year, group]) => {
    const parts: { year: number; items: TimelineItem[] }[] = [];
    for (let i = 0; i < group.length; i += max) parts.push({ year, items: group.slice(i, i + max) });
    return parts;
  });
  // best[i]: the fewest pictures for the first i years, then the most even (the least sum of squared sizes).
  const best: { pictures: number; uneven: number; from: number }[] = [{ pictures: 0, uneven: 0, from: 0 }];
  for (let i = 1; i <= years.length; i++) {
    let count = 0;
    for (let j = i - 1; j >= 0; j--) {
      count += years[j]?.items.length ?? 0;
      if (count > max) break;
      const before = best[j];
      if (!before) continue;
      const tried = { pictures: before.pictures + 1, uneven: before.uneven + count * count, from: j };
      const now = best[i];
      if (!now || tried.pictures < now.pictures || (tried.pictures === now.pictures && tried.uneven < now.uneven)) best[i] = tried;
    }
  }
  const cuts: number[] = [];
  for (let i = years.length; i > 0; i = best[i]?.from ?? 0) cuts.unshift(best[i]?.from ?? 0);
  const groups = cuts.map((from, k) => years.slice(from, cuts[k + 1] ?? years.length));
  // Each picture runs up to the year before the next one's first, so years without events are not lost
  // (pictures of one year split share it).
  return groups.map((group, k) => {
    const start = k === 0 ? first : (group[0]?.year ?? first);
    const end = group.at(-1)?.year ?? start;
    const next = groups[k + 1]?.[0]?.year;
    const through = next === undefined ? last : next === end ? end : next - 1;
    return { items: group.flatMap((y) => y.items), first: start, last: through };
  });
}
