// A chart of shares as SVG: one horizontal bar per row (a topic's accuracy in the teacher's report), 0–100%
// along the bottom, each row's label on the left, its percentage at the bar's end and its counts in a
// column on the right. Rows are drawn in the order given (the report's weakest first). Pure: data in, SVG out.
import { heading, line, movedDown, PALETTE, rect, svgDocument, text, wrap } from './svg.js';

export interface ShareRow {
  readonly label: string;
  /** 0–1. */
  readonly share: number;
  /** What the right-hand column says, e.g. "12/19". */
  readonly counts: string;
}

export interface ShareChartWords {
  readonly title: string;
  readonly subtitle: string;
  /** The heading of the counts column, e.g. "right/answered". */
  readonly countsHeading: string;
}

/** Most rows drawn: more would not be readable on a phone (a course has about 17 topics). */
export const MAX_SHARE_ROWS = 24;

const W = 1000;
const LABEL_RIGHT = 340;
const BAR_LEFT = 360;
const BAR_RIGHT = 770;
const COUNTS_RIGHT = 975;
const TOP = 150;
const ROW = 62;
const SIZE = { title: 34, subtitle: 22, label: 22, figure: 22, tick: 20 } as const;

/** A share as the chart writes it: "33%". */
export const percentText = (share: number) => `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%`;

export function shareBarsSvg(words: ShareChartWords, rows: readonly ShareRow[]): string {
  const shown = rows.slice(0, MAX_SHARE_ROWS);
  const x = (share: number) => BAR_LEFT + Math.min(1, Math.max(0, share)) * (BAR_RIGHT - BAR_LEFT);
  const bottom = TOP + shown.length * ROW;
  const head = heading({ x: 30, width: W - 60, titleY: 52, titleSize: SIZE.title, subtitleY: 92, subtitleSize: SIZE.subtitle }, words.title, words.subtitle);
  const body: string[] = [
    text(COUNTS_RIGHT, TOP - 16, words.countsHeading, { size: SIZE.tick, anchor: 'end', fill: PALETTE.muted }),
  ];
  for (const share of [0, 0.25, 0.5, 0.75, 1]) {
    body.push(line(x(share), TOP - 6, x(share), bottom, share === 0 ? PALETTE.axis : PALETTE.grid, share === 0 ? 3 : 2));
    body.push(text(x(share), bottom + 30, percentText(share), { size: SIZE.tick, anchor: 'middle', fill: PALETTE.muted }));
  }
  shown.forEach((row, i) => {
    const mid = TOP + ROW * (i + 0.5);
    const labelLines = wrap(row.label, LABEL_RIGHT - 30, SIZE.label, 2);
    labelLines.forEach((l, j) => body.push(text(LABEL_RIGHT, mid + 8 + (j - (labelLines.length - 1) / 2) * 26, l, { size: SIZE.label, anchor: 'end' })));
    // A bar at least a sliver wide, so 0% still shows where the row's bar would be.
    body.push(rect(BAR_LEFT, mid - 20, Math.max(4, x(row.share) - BAR_LEFT), 40, PALETTE.series[0], { rx: 4 }));
    body.push(text(x(row.share) + 10, mid + 8, percentText(row.share), { size: SIZE.figure, bold: true }));
    body.push(text(COUNTS_RIGHT, mid + 8, row.counts, { size: SIZE.figure, anchor: 'end', fill: PALETTE.muted }));
  });
  return svgDocument(W, bottom + 60 + head.extra, [...head.svg, ...movedDown(head.extra, body)]);
}
