// /practice's marker against the marking sets in tests/fixtures/practice/ (npm run bench): level agreement,
// within one level, Spearman's rho of the marks, the precision and recall of the points credited, and
// the time per answer, warmed up, over many passes and over answers of the full 4,000 characters.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { evaluateMarker, type HumanMark, type MarkedAnswer, type MarkingFigures } from '../src/practice/evaluate.js';
import { createMarker } from '../src/practice/marker.js';
import { percentile } from './percentile.js';

const DIR = path.resolve('tests/fixtures/practice');

const readJsonLines = <T>(file: string): T[] =>
  readFileSync(path.join(DIR, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);

/** The sets marked by two markers, each blind to the other and to the program. */
export type BlindSet = 'blind' | 'blind-2' | 'blind-3';
export const MARKING_SETS = ['development', 'held-out', 'blind', 'blind-2', 'blind-3'] as const;
export type MarkingSetName = (typeof MARKING_SETS)[number];

/** A blind set's answers and its two markers' labels. */
export function loadBlindMarkers(set: BlindSet = 'blind'): { answers: MarkedAnswer[]; a: HumanMark[]; b: HumanMark[] } {
  return { answers: readJsonLines<MarkedAnswer>(`${set}-answers.jsonl`), a: readJsonLines<HumanMark>(`${set}-labels-a.jsonl`), b: readJsonLines<HumanMark>(`${set}-labels-b.jsonl`) };
}

/**
 * A marking set: its answers, and the human marks by answer id. For a blind set, the answers whose level
 * the two markers agree on, with the mean of their marks and the points either credited.
 */
export function loadMarkingSet(name: MarkingSetName): { answers: MarkedAnswer[]; marks: Map<string, HumanMark> } {
  if (name === 'blind' || name === 'blind-2' || name === 'blind-3') {
    const { answers, a, b } = loadBlindMarkers(name);
    const second = new Map(b.map((m) => [m.id, m]));
    const agreed = a.flatMap((m): HumanMark[] => {
      const other = second.get(m.id);
      return other && other.level === m.level ? [{ id: m.id, level: m.level, mark: Math.round((m.mark + other.mark) / 2), points: [...new Set([...m.points, ...other.points])] }] : [];
    });
    const marks = new Map(agreed.map((m) => [m.id, m]));
    return { answers: answers.filter((x) => marks.has(x.id)), marks };
  }
  const prefix = name === 'development' ? '' : 'held-out-';
  const answers = readJsonLines<MarkedAnswer>(`${prefix}answers.jsonl`);
  const marks = new Map(readJsonLines<HumanMark>(`${prefix}labels.jsonl`).map((m) => [m.id, m]));
  return { answers, marks };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const line = (name: string, f: MarkingFigures) =>
  `${name}: ${f.answers} answers to ${f.questions} questions · level agreed ${pct(f.levelAgreement)} · within one level ${pct(f.withinOneLevel)} · ` +
  `Spearman ${f.spearman.toFixed(2)} · points precision ${pct(f.pointsPrecision)}, recall ${pct(f.pointsRecall)}`;

export function benchPractice(kb: KnowledgeBase): void {
  const marker = createMarker(kb);
  const sets = (['blind-3', 'blind-2', 'blind', 'development', 'held-out'] as const).map((name) => ({ name, ...loadMarkingSet(name) }));
  const agreement = (set: BlindSet) => {
    const { a, b } = loadBlindMarkers(set);
    return `${pct(a.filter((m, i) => b[i]?.level === m.level).length / a.length)} of ${a.length}`;
  };
  console.log(
    '\n/practice marking (blind, blind-2 and blind-3: answers by helpers who never saw the marker, each marked by two markers blind to each other and to it, ' +
      `who gave the same level to ${agreement('blind')}, ${agreement('blind-2')} and ${agreement('blind-3')}; blind and blind-2 were measured, then used for tuning; ` +
      'blind-3 was written and marked while the last tuning went on and is held out (December 2026); ' +
      `development and held-out: against the author's marks, also used for tuning; targets: level ≥ 65%, within one ≥ 95%, Spearman ≥ 0.8, precision ≥ 90%, p99 ≤ 5 ms)`,
  );
  const t0 = performance.now();
  marker.mark(kb.practice[0] ?? (() => { throw new Error('no practice questions'); })(), 'warming up: the first answer builds the spelling corrector and topic words');
  console.log(`  first answer (builds the marker's reading aids): ${(performance.now() - t0).toFixed(0)} ms`);
  for (const s of sets) console.log(`  ${line(s.name, evaluateMarker(marker, kb.practice, s.answers, s.marks))}`);
  // Time: every answer of every set 20 times, and each question with an answer of the full 4,000 characters.
  const byId = new Map(kb.practice.map((q) => [q.id, q]));
  const times: number[] = [];
  const longTimes: number[] = [];
  const all = sets.flatMap((s) => s.answers);
  const longest = all.reduce((a, b) => (b.answer.length > a.answer.length ? b : a));
  const long = `${longest.answer} `.repeat(Math.ceil(4000 / (longest.answer.length + 1))).slice(0, 4000);
  for (let pass = 0; pass < 20; pass++) {
    for (const a of all) {
      const q = byId.get(a.question);
      if (!q) continue;
      const t = performance.now();
      marker.mark(q, a.answer);
      times.push(performance.now() - t);
    }
    for (const q of kb.practice) {
      const t = performance.now();
      marker.mark(q, long);
      const ms = performance.now() - t;
      times.push(ms);
      longTimes.push(ms);
    }
  }
  const at = (p: number) => percentile(times, p).toFixed(2);
  console.log(`  time per answer over ${times.length} markings (a fifth of them 4,000 characters): median ${at(0.5)} ms, p99 ${at(0.99)} ms, max ${at(1)} ms`);
  console.log(`  time per 4,000-character answer over ${longTimes.length} markings: median ${percentile(longTimes, 0.5).toFixed(2)} ms`);
}
