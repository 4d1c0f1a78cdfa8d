// How well the marker agrees with human markers on a marking set (tests/fixtures/practice/): the share of
// answers given the same level, the share within one level, the Spearman correlation of marks, the
// precision and recall of the points credited, and the time per answer. For `npm run bench` and the floors
// the tests hold.
import type { PracticeQuestion } from '../knowledge/schema.js';
import type { Marker } from './marker.js';

export interface MarkedAnswer {
  readonly id: string;
  readonly question: string;
  readonly answer: string;
  readonly quality?: string;
}

/** A human marker's reading of one answer: the level, the mark and the points made. */
export interface HumanMark {
  readonly id: string;
  readonly level: number;
  readonly mark: number;
  readonly points: readonly string[];
}

export interface MarkingFigures {
  readonly answers: number;
  readonly questions: number;
  /** Share of answers whose level the marker gave exactly as the human did. */
  readonly levelAgreement: number;
  readonly withinOneLevel: number;
  /** Spearman's rank correlation of the marks (as shares of the question's marks). */
  readonly spearman: number;
  /** Of the points the marker credited, the share the human credited too. */
  readonly pointsPrecision: number;
  /** Of the points the human credited, the share the marker credited too. */
  readonly pointsRecall: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** The answers where the levels differ by more than one, for whoever tunes the marker. */
  readonly farOff: readonly { readonly id: string; readonly human: number; readonly marker: number }[];
}

/** Ranks from 1, ties sharing their mean rank. */
export function ranks(values: readonly number[]): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => a.v - b.v);
  const out = new Array<number>(values.length).fill(0);
  for (let start = 0; start < order.length; ) {
    let end = start;
    while (end + 1 < order.length && order[end + 1]?.v === order[start]?.v) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) out[order[k]?.i ?? 0] = rank;
    start = end + 1;
  }
  return out;
}

/** Spearman's rho: Pearson's correlation of the ranks (ties averaged). */
export function spearman(a: readonly number[], b: readonly number[]): number {
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (xs: readonly number[]) => xs.reduce((n, x) => n + x, 0) / Math.max(1, xs.length);
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = (ra[i] ?? 0) - ma;
    const y = (rb[i] ?? 0) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return da === 0 || db === 0 ? 0 : num / Math.sqrt(da * db);
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

export function evaluateMarker(marker: Marker, questions: readonly PracticeQuestion[], answers: readonly MarkedAnswer[], human: ReadonlyMap<string, HumanMark>): MarkingFigures {
  const byId = new Map(questions.map((q) => [q.id, q]));
  let same = 0;
  let near = 0;
  let credited = 0;
  let creditedRight = 0;
  let humanPoints = 0;
  let found = 0;
  const ours: number[] = [];
  const theirs: number[] = [];
  const times: number[] = [];
  const farOff: { id: string; human: number; marker: number }[] = [];
  let counted = 0;
  for (const a of answers) {
    const q = byId.get(a.question);
    const h = human.get(a.id);
    if (!q || !h) continue;
    const t = performance.now();
    const r = marker.mark(q, a.answer);
    times.push(performance.now() - t);
    counted++;
    if (r.level === h.level) same++;
    if (Math.abs(r.level - h.level) <= 1) near++;
    else farOff.push({ id: a.id, human: h.level, marker: r.level });
    ours.push(r.mark / q.marks);
    theirs.push(h.mark / q.marks);
    const made = new Set(r.made.map((m) => m.point.id));
    credited += made.size;
    creditedRight += [...made].filter((p) => h.points.includes(p)).length;
    humanPoints += h.points.length;
    found += h.points.filter((p) => made.has(p)).length;
  }
  times.sort((x, y) => x - y);
  return {
    answers: counted,
    questions: new Set(answers.filter((a) => byId.has(a.question)).map((a) => a.question)).size,
    levelAgreement: same / Math.max(1, counted),
    withinOneLevel: near / Math.max(1, counted),
    spearman: spearman(ours, theirs),
    pointsPrecision: credited === 0 ? 1 : creditedRight / credited,
    pointsRecall: humanPoints === 0 ? 1 : found / humanPoints,
    p50Ms: percentile(times, 0.5),
    p99Ms: percentile(times, 0.99),
    farOff,
  };
}
