// Pictures as text: the events a timeline draws and the figures a chart draws, as lines a screen reader
// reads one at a time, dates and ranges in words ("1932 to 1933", where a dash is silent to most screen
// readers). The replies of /timeline, /chart and /topic carry these lines, so a student who cannot see the
// picture (or has pictures off) gets all that it shows.
import type { KnowledgeBase, Series, SeriesPoint, Topic } from '../knowledge/schema.js';
import { PICTURE_MESSAGES as P } from '../messages.js';
import { sortItems, type TimelineItem } from '../pictures/timeline.js';

/** A topic's key date as an item of a timeline. */
export const keyDateItem = (d: Topic['keyDates'][number]): TimelineItem => ({ date: d.date, ...(d.end ? { end: d.end } : {}), label: d.label });

/** A topic's key dates in date order (/topic's Key dates: the dates /ask's key dates and Read aloud give). */
export const topicKeyDateItems = (topic: Topic): TimelineItem[] => sortItems(topic.keyDates.map(keyDateItem));

/** A topic's key dates and its events, an event left out when a key date has the same date (the same moment, said twice). */
export function topicTimelineItems(kb: KnowledgeBase, topic: Topic): TimelineItem[] {
  const dates = new Set(topic.keyDates.map((d) => d.date));
  const events = kb.events.filter((e) => e.topic === topic.id && !dates.has(e.date));
  return sortItems([...topic.keyDates.map(keyDateItem), ...events.map((e) => ({ date: e.date, ...(e.end ? { end: e.end } : {}), label: e.title }))]);
}

/** "7 August 1932", "August 1932", "1932". */
export function dateInWords(date: string): string {
  const [y, m, d] = date.split('-');
  return [d ? String(Number(d)) : '', m ? (P.months[Number(m) - 1] ?? '') : '', y ?? ''].filter(Boolean).join(' ');
}

/** A date, or a period as "October 1928 to December 1932", its start's year left out when the end's is the same ("January to February 1934"). */
export function whenInWords(date: string, end?: string): string {
  if (!end) return dateInWords(date);
  const sameYear = date.includes('-') && end.includes('-') && date.slice(0, 4) === end.slice(0, 4);
  return P.inWordsRange(sameYear ? dateInWords(date).replace(/ \d{4}$/, '') : dateInWords(date), dateInWords(end));
}

/** Years from..to: "1924 to 1926", or "1928" alone. */
export function yearsInWords(from: number, to: number): string {
  return from === to ? String(from) : P.inWordsRange(String(from), String(to));
}

/** Ranges of years written with a dash ("the famine of 1932–33", "1924 – 1929") said in words: "1932 to 1933". */
export function rangesInWords(text: string): string {
  return text.replace(/\b(\d{4})\s?–\s?(\d{2}|\d{4})\b/g, (_all, from: string, to: string) => P.inWordsRange(from, to.length === 2 ? `${from.slice(0, 2)}${to}` : to));
}

/** One item of a timeline as a line of text: "7 August 1932: Decree on socialist property". */
export function timelineLine(item: TimelineItem): string {
  return P.textLine(whenInWords(item.date, item.end), rangesInWords(item.label));
}

/**
 * Whole lines that fit in `room` characters (joined by `separator`, a newline unless given), then `more(n)` for
 * the n left out; a line is never cut. All of them when they fit.
 */
export function fitLines(lines: readonly string[], room: number, more: (left: number) => string, separator = '\n'): string {
  const all = lines.join(separator);
  if (all.length <= room) return all;
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const tail = more(lines.length - i).length + separator.length;
    if (used + line.length + separator.length + tail > room) break;
    kept.push(line);
    used += line.length + separator.length;
  }
  return [...kept, more(lines.length - kept.length)].join(separator);
}

/** A figure in words: "64.3", "68 to 75". */
export function figureInWords(p: Pick<SeriesPoint, 'value' | 'range'>): string {
  const n = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));
  return p.range ? P.inWordsRange(n(p.range[0]), n(p.range[1])) : n(p.value ?? 0);
}

const KIND_ORDER = { target: 0, official: 1, estimate: 2 } as const;

/**
 * A chart's figures as lines by year, in year order, each figure marked as the series marks it (plan target,
 * official claim, later estimate, and what it counts): "1932: 68 to 75 (plan target); 64.3 (official claim)".
 * When every figure is for one year (the famine's deaths), a line a figure, named by what it counts.
 */
export function chartLines(series: Series): string[] {
  const mark = (p: SeriesPoint, withMeasure: boolean) => P.chartTextFigure(figureInWords(p), P.kinds[p.kind], withMeasure ? p.measure && rangesInWords(p.measure) : undefined);
  const years = [...new Set(series.points.map((p) => p.year))].sort((a, b) => a - b);
  if (years.length === 1) {
    return series.points.map((p) => P.chartTextLine(p.measure ? `${years[0]}, ${rangesInWords(p.measure)}` : String(p.year), [mark(p, false)]));
  }
  return years.map((year) =>
    P.chartTextLine(
      String(year),
      series.points
        .filter((p) => p.year === year)
        .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])
        .map((p) => mark(p, true)),
    ),
  );
}
