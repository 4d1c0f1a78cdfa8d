// `npx tsx bench/rerank-validate.ts [model.json]`: the real set's held-out half as figures only, with the
// first ranking alone and with the learned reranker (src/matching/rerank-model.ts, or the weights in
// model.json). It prints aggregate figures and nothing about any one question; each run is one more look
// at the held-out half, so say how many were made (docs/ask-tuning.md). Never the fresh set.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { answerableEntries } from '../src/knowledge/answerable.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { courseMatcherOptions, createMatcher } from '../src/matching/matcher.js';
import type { RerankModel } from '../src/matching/rerank.js';
import { RERANK_MODEL } from '../src/matching/rerank-model.js';
import { hedgeFigures, loadRealSet, realFigures } from './ask.js';

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) {
  console.error(loaded.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const kb = loaded.kb;
const file = process.argv[2];
const model = file ? (JSON.parse(readFileSync(file, 'utf8')) as RerankModel) : RERANK_MODEL;
const set = loadRealSet('held-out');
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [name, reranker] of [['first ranking only', null], [`reranker (${file ?? 'src/matching/rerank-model.ts'})`, model]] as const) {
  if (reranker === null && name !== 'first ranking only') continue;
  const matcher = createMatcher(answerableEntries(kb), { ...courseMatcherOptions(kb), reranker });
  const f = realFigures(kb, matcher, set);
  let first = 0;
  let pool = 0;
  for (const c of set.course) {
    const candidates = matcher.rank(c.q).candidates;
    if (c.expect.includes(candidates[0]?.entry.id ?? '')) first++;
    if (candidates.some((x) => c.expect.includes(x.entry.id))) pool++;
  }
  const h = hedgeFigures(matcher, set.course);
  console.log(
    `held-out half, ${name}: answered right ${pct(f.answeredRight)}, on the first reply ${pct(f.shownFirst)}, course questions refused ${pct(f.refusedCourse)}, ` +
      `near misses refused ${pct(f.nearMissRefused)}; first candidate right ${pct(first / set.course.length)}, among the candidates ${pct(pool / set.course.length)}; ` +
      `${h.unhedged} unhedged answers, ${pct(h.unhedgedRight)} right`,
  );
}
