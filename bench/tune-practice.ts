// For whoever tunes /practice's marker (`npx tsx bench/tune-practice.ts [--show SET] [--kind KIND]`, SET one of
// development, held-out, blind, blind-2): the figures on each marking set, how the marker's levels differ from the
// humans' by question kind and by answer quality, and, with --show, every answer of SET it marks at another
// level, with the points each side credited. Compare all four sets before keeping a change.
import path from 'node:path';
import { loadKnowledge, formatProblem } from '../src/knowledge/loader.js';
import { evaluateMarker } from '../src/practice/evaluate.js';
import { createMarker } from '../src/practice/marker.js';
import { loadMarkingSet, MARKING_SETS } from './practice.js';

const args = process.argv.slice(2);
const show = args.includes('--show') ? args[args.indexOf('--show') + 1] : undefined;
const kindFilter = args.includes('--kind') ? args[args.indexOf('--kind') + 1] : undefined;

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
const kb = loaded.kb;
const marker = createMarker(kb);
const byId = new Map(kb.practice.map((q) => [q.id, q]));
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

for (const name of MARKING_SETS) {
  const { answers, marks } = loadMarkingSet(name);
  const f = evaluateMarker(marker, kb.practice, answers, marks);
  console.log(`${name}: n=${f.answers} level ${pct(f.levelAgreement)} within1 ${pct(f.withinOneLevel)} rho ${f.spearman.toFixed(3)} P ${pct(f.pointsPrecision)} R ${pct(f.pointsRecall)}`);
  // Signed level differences (marker − human) by kind and by quality.
  const tally = new Map<string, { n: number; same: number; up: number; down: number }>();
  const add = (key: string, d: number) => {
    const t = tally.get(key) ?? { n: 0, same: 0, up: 0, down: 0 };
    t.n++;
    if (d === 0) t.same++;
    else if (d > 0) t.up++;
    else t.down++;
    tally.set(key, t);
  };
  for (const a of answers) {
    const q = byId.get(a.question);
    const h = marks.get(a.id);
    if (!q || !h) continue;
    const r = marker.mark(q, a.answer);
    const d = r.level - h.level;
    add(`kind ${q.kind}`, d);
    add(`quality ${a.quality ?? '?'}`, d);
    if (show === name && d !== 0 && (!kindFilter || q.kind === kindFilter)) {
      const made = r.made.map((m) => `${m.point.id}${m.explained ? '*' : ''}${m.point.side ? `(${m.point.side[0]})` : ''}`);
      console.log(`\n--- ${a.id} ${q.id} [${q.kind}] quality=${a.quality} words=${r.words} list=${r.list} human L${h.level} m${h.mark} vs marker L${r.level} m${r.mark}`);
      console.log(`    human points: ${h.points.join(', ')}`);
      console.log(`    marker points: ${made.join(', ')}  judgement=${JSON.stringify(r.judgement)}`);
      console.log(`    ${a.answer.replace(/\n/g, ' / ')}`);
    }
  }
  for (const [k, t] of [...tally].sort()) console.log(`   ${k.padEnd(28)} n=${String(t.n).padStart(3)} same ${t.same} marker-higher ${t.up} marker-lower ${t.down}`);
}
