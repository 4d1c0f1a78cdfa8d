// A chart of one series as SVG: figures by year, one line per kind of figure (official claims solid,
// later estimates dashed), plan targets as grey bands, disputed figures as ranges with their ends marked.
// When every figure is for one year (the famine's deaths) the ranges are drawn as bars side by side.
import type { Series, SeriesPoint, SeriesPointKind } from '../knowledge/schema.js';
import { circle, heading, line, movedDown, PALETTE, polyline, rect, svgDocument, text, wrap } from './svg.js';

/** The words a chart uses, passed in by the command (user-facing text lives in messages.ts). */
export interface ChartWords {
  readonly kinds: Readonly<Record<SeriesPointKind, string>>;
  /** The line under the title, e.g. "million tonnes · official claims and later estimates". */
  readonly subtitle: string;
}

/** Points of one kind and measure: one line (or set of bars) on the chart. */
export interface ChartGroup {
  readonly kind: SeriesPointKind;
  readonly measure?: string;
  readonly points: readonly SeriesPoint[];
}

export function chartGroups(series: Series): ChartGroup[] {
  const groups = new Map<string, ChartGroup & { points: SeriesPoint[] }>();
  for (const p of series.points) {
    const key = `${p.kind}|${p.measure ?? ''}`;
    let g = groups.get(key);
    if (!g) {
      g = { kind: p.kind, ...(p.measure ? { measure: p.measure } : {}), points: [] };
      groups.set(key, g);
    }
    g.points.push(p);
  }
  for (const g of groups.values()) g.points.sort((a, b) => a.year - b.year);
  return [...groups.values()];
}

/** A figure as the chart writes it: "64.3", "68–75". */
export function figure(p: Pick<SeriesPoint, 'value' | 'range'>): string {
  const n = (v: number) => (Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000));
  return p.range ? `${n(p.range[0])}–${n(p.range[1])}` : n(p.value ?? 0);
}

export function groupName(group: Pick<ChartGroup, 'kind' | 'measure'>, words: ChartWords): string {
  return group.measure ? `${words.kinds[group.kind]}: ${group.measure}` : words.kinds[group.kind];
}

const W = 1000;
const LEFT = 110;
const RIGHT = 890;
const TOP = 130;
const PLOT_HEIGHT = 380;

/** A round step for about five gridlines up to max. */
function niceStep(max: number): number {
  const rough = max / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const m = rough / power;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power;
}

const top = (p: SeriesPoint) => (p.range ? p.range[1] : (p.value ?? 0));

function colourOf(group: ChartGroup, index: number): string {
  if (group.kind === 'target') return PALETTE.target;
  if (group.kind === 'official') return index === 0 ? PALETTE.official : (PALETTE.series[index % PALETTE.series.length] ?? PALETTE.official);
  return index === 0 ? PALETTE.estimate : (PALETTE.series[(index + 2) % PALETTE.series.length] ?? PALETTE.estimate);
}

export function chartSvg(series: Series, words: ChartWords): string {
  const groups = chartGroups(series);
  const years = [...new Set(series.points.map((p) => p.year))].sort((a, b) => a - b);
  const step = niceStep(Math.max(...series.points.map(top)) * 1.08);
  const yMax = step * Math.ceil((Math.max(...series.points.map(top)) * 1.08) / step);
  const head = heading({ x: 30, width: W - 60, titleY: 52, titleSize: 34, subtitleY: 92, subtitleSize: 23 }, series.title, words.subtitle);
  const body: string[] = [];
  const plotBottom = TOP + PLOT_HEIGHT;
  let legendTop: number;

  if (years.length === 1) {
    // One year: each figure a horizontal bar along a value axis.
    const x = (v: number) => LEFT + 200 + (v / yMax) * (RIGHT - LEFT - 200);
    for (let v = 0; v <= yMax + 1e-9; v += step) {
      body.push(line(x(v), TOP, x(v), plotBottom, PALETTE.grid, 2));
      body.push(text(x(v), plotBottom + 32, figure({ value: v }), { size: 22, anchor: 'middle', fill: PALETTE.muted }));
    }
    const rows = series.points.length;
    const rowHeight = PLOT_HEIGHT / rows;
    series.points.forEach((p, i) => {
      const yMid = TOP + rowHeight * (i + 0.5);
      const lo = p.range ? p.range[0] : 0;
      const colour = PALETTE.series[i % PALETTE.series.length] ?? PALETTE.official;
      body.push(rect(x(lo), yMid - 26, x(top(p)) - x(lo), 52, colour, { rx: 6, opacity: 0.85 }));
      body.push(text(LEFT + 185, yMid + 8, p.measure ?? String(p.year), { size: 25, anchor: 'end', bold: true }));
      body.push(text(x(top(p)) + 12, yMid + 8, `${figure(p)}`, { size: 25, bold: true }));
    });
    legendTop = plotBottom + 70;
    body.push(text(LEFT + 200, legendTop, `${words.kinds[series.points[0]?.kind ?? 'estimate']}, ${series.unit}`, { size: 23, fill: PALETTE.muted }));
    legendTop += 20;
  } else {
    const first = (years[0] ?? 0) - 0.6;
    const last = (years[years.length - 1] ?? 0) + 0.6;
    const x = (year: number) => LEFT + ((year - first) / (last - first)) * (RIGHT - LEFT);
    const y = (v: number) => plotBottom - (v / yMax) * PLOT_HEIGHT;
    for (let v = 0; v <= yMax + 1e-9; v += step) {
      body.push(line(LEFT, y(v), RIGHT, y(v), PALETTE.grid, 2));
      body.push(text(LEFT - 14, y(v) + 8, figure({ value: v }), { size: 22, anchor: 'end', fill: PALETTE.muted }));
    }
    body.push(line(LEFT, plotBottom, RIGHT, plotBottom, PALETTE.axis, 3));
    const every = years.length > 10 ? 2 : 1;
    years.forEach((year, i) => {
      if (i % every === 0 || i === years.length - 1) body.push(text(x(year), plotBottom + 34, String(year), { size: 22, anchor: 'middle', fill: PALETTE.muted }));
    });
    // Targets first, behind the lines.
    const sorted = [...groups].sort((a, b) => Number(b.kind === 'target') - Number(a.kind === 'target'));
    let officialIndex = 0;
    let estimateIndex = 0;
    const colours = new Map<ChartGroup, string>();
    for (const g of sorted) {
      const colour = colourOf(g, g.kind === 'official' ? officialIndex++ : g.kind === 'estimate' ? estimateIndex++ : 0);
      colours.set(g, colour);
      const labelled = g.points.length <= 6;
      if (g.kind === 'target') {
        for (const p of g.points) {
          const lo = p.range ? p.range[0] : (p.value ?? 0);
          const hi = top(p);
          // Just left of the year, so the year's own figure stays readable beside it.
          body.push(rect(x(p.year) - 62, y(hi) - (p.range ? 0 : 3), 50, Math.max(6, y(lo) - y(hi)), colour, { opacity: 0.55, stroke: PALETTE.muted }));
          body.push(text(x(p.year) - 70, y(hi) + 8, figure(p), { size: 21, anchor: 'end', fill: PALETTE.muted, bold: true }));
        }
        continue;
      }
      const dash = g.kind === 'estimate' ? '10 7' : undefined;
      const valued = g.points.filter((p) => p.value !== undefined);
      if (valued.length > 1) body.push(polyline(valued.map((p) => [x(p.year), y(p.value ?? 0)] as const), colour, 4, dash));
      for (const p of g.points) {
        if (p.range) {
          body.push(line(x(p.year), y(p.range[0]), x(p.year), y(p.range[1]), colour, 5));
          body.push(line(x(p.year) - 12, y(p.range[0]), x(p.year) + 12, y(p.range[0]), colour, 4));
          body.push(line(x(p.year) - 12, y(p.range[1]), x(p.year) + 12, y(p.range[1]), colour, 4));
        } else body.push(circle(x(p.year), y(p.value ?? 0), 7, g.kind === 'estimate' ? PALETTE.background : colour, colour));
        if (labelled || p.range) body.push(text(x(p.year) + 14, y(top(p)) - 10, figure(p), { size: 22, fill: colour === PALETTE.target ? PALETTE.muted : colour, bold: true }));
      }
    }
    // The legend: one line per group, its swatch drawn as on the chart.
    legendTop = plotBottom + 66;
    groups.forEach((g, i) => {
      const ly = legendTop + i * 34;
      const colour = colours.get(g) ?? PALETTE.ink;
      if (g.kind === 'target') body.push(rect(LEFT, ly - 16, 40, 20, colour, { opacity: 0.55, stroke: PALETTE.muted }));
      else body.push(line(LEFT, ly - 6, LEFT + 40, ly - 6, colour, 4, g.kind === 'estimate' ? '10 7' : undefined));
      body.push(text(LEFT + 54, ly, groupName(g, words), { size: 23 }));
    });
    legendTop += groups.length * 34;
  }

  const noteLines = wrap(series.note, W - 60, 20, 8);
  noteLines.forEach((l, i) => body.push(text(30, legendTop + 16 + i * 27, l, { size: 20, fill: PALETTE.muted })));
  const height = Math.ceil(legendTop + 16 + noteLines.length * 27 + 20 + head.extra);
  return svgDocument(W, height, [...head.svg, ...movedDown(head.extra, body)]);
}
