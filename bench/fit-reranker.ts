// `npx tsx bench/fit-reranker.ts [--write]`: fits the learned reranker (src/matching/rerank.ts) and
// reports how it does on questions it was not fitted on (k-fold); with --write, saves the weights fitted
// on all the training data in src/matching/rerank-model.ts. Deterministic: the same data gives the same
// weights. Training data (docs/ask-tuning.md, "A learned reranker"):
// - the real set's tuning half, each fold of questions asked of a fact base without what was probably
//   written from them: their right entries' close phrasings and answer sentences (withoutCloseFits);
// - the in-house sets (development, evaluation, judged), at a lower weight: another style of question.
// The held-out half and the fresh set are never read here (bench/rerank-validate.ts reports the held-out
// half as figures only).
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { answerableEntries, type AnswerEntry } from '../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { askQuestion } from '../src/matching/ask-question.js';
import { MATCHER_DEFAULTS } from '../src/matching/defaults.js';
import { courseMatcherOptions, createMatcher, type Matcher } from '../src/matching/matcher.js';
import { RERANK_FEATURES, type RerankFeature, type RerankModel } from '../src/matching/rerank.js';
import { PLAIN_LEXICON } from '../src/matching/vocabulary.js';
import { DEVELOPMENT_SET, loadEvaluationSet, loadJudgedSet, loadQuestionSet, loadRealSet, realFigures } from './ask.js';
import { examplesOf, fitReranker, topOne, withoutCloseFits, type Example } from './rerank-lib.js';
import { percentile } from './percentile.js';

/** The settings the weights in src/matching/rerank-model.ts were fitted with. */
export const FIT: { features: readonly RerankFeature[]; nonNegative: boolean; l2: number; iterations: number; closeness: number; sentenceCloseness: number; inHouseWeight: number; folds: number } = {
  features: RERANK_FEATURES,
  nonNegative: true,
  l2: 0.01,
  iterations: 300,
  /** Two-way share of content terms above which a right entry's phrasing counts as written from the question. */
  closeness: 0.5,
  /** Share of the question's content terms above which a sentence of a right entry's answer counts as written from it. */
  sentenceCloseness: 0.6,
  /** Weight of an in-house question against a real one. */
  inHouseWeight: 0.25,
  folds: 10,
};

type Case = { q: string; expect: readonly string[] };

/** Training examples of the tuning half, fold by fold; `group` is the question's index in the half. */
function tuningExamples(kb: KnowledgeBase, entries: readonly AnswerEntry[], tuning: readonly Case[]): Example[] {
  const out: Example[] = [];
  for (let f = 0; f < FIT.folds; f++) {
    const at = tuning.map((_, i) => i).filter((i) => i % FIT.folds === f);
    const cases = at.map((i) => tuning[i] as Case);
    const m = createMatcher(withoutCloseFits(entries, cases, FIT.closeness, FIT.sentenceCloseness, courseMatcherOptions(kb).lexicon ?? PLAIN_LEXICON), { ...courseMatcherOptions(kb), reranker: 'features' });
    for (const e of examplesOf(m, cases)) out.push({ ...e, group: at[e.group] ?? -1 });
  }
  return out;
}

const firstOfEach = (examples: readonly Example[]) => examples.filter((e, i) => i === 0 || examples[i - 1]?.group !== e.group);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main() {
  // `--without a,b`: leave features out (to compare; bench/rerank-validate.ts reads a model saved with --save FILE).
  const without = process.argv.indexOf('--without');
  if (without > 0) FIT.features = FIT.features.filter((f) => !(process.argv[without + 1] ?? '').split(',').includes(f));
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  if (!loaded.ok) {
    console.error(loaded.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  const kb = loaded.kb;
  const entries = answerableEntries(kb);
  const tuning = loadRealSet('tuning').course;
  const real = tuningExamples(kb, entries, tuning);
  const features = createMatcher(entries, { ...courseMatcherOptions(kb), reranker: 'features' });
  const inHouseSets = { development: loadQuestionSet(DEVELOPMENT_SET).inCourse, evaluation: loadEvaluationSet().inCourse, judged: loadJudgedSet().inCourse };
  const inHouse = Object.fromEntries(Object.entries(inHouseSets).map(([name, cases]) => [name, examplesOf(features, cases, FIT.inHouseWeight)]));
  const fold = (e: Example, f: number) => e.group % FIT.folds === f;
  const fitOn = (f: number) => fitReranker([...real, ...Object.values(inHouse).flat()].filter((e) => !fold(e, f)), FIT, '');

  // k-fold: each fold's questions (of every set) ranked by weights fitted on the other folds.
  const models = Array.from({ length: FIT.folds }, (_, f) => fitOn(f));
  const cv = (examples: readonly Example[]) => {
    const whole = firstOfEach(examples);
    let before = 0;
    let after = 0;
    models.forEach((m, f) => {
      const test = whole.filter((e) => fold(e, f));
      before += topOne(test) * test.length;
      after += topOne(test, m) * test.length;
    });
    return `${pct(before / whole.length)} → ${pct(after / whole.length)}`;
  };
  console.log(`first candidate right on the questions it reorders (best fit < ${MATCHER_DEFAULTS.rerankBelowFit}; parts too), k-fold (${FIT.folds}), first ranking → reranked:`);
  console.log(`  tuning half, without what was written from it: ${cv(real)}`);
  for (const [name, examples] of Object.entries(inHouse)) console.log(`  ${name} set: ${cv(examples)}`);

  // /ask as a student meets it, on each fold of the tuning half (without its close phrasings).
  let n = 0;
  const sums = { before: [0, 0, 0], after: [0, 0, 0] };
  const add = (to: number[], m: Matcher, cases: Case[]) => {
    const f = realFigures(kb, m, { course: cases.map((c) => ({ id: '', q: c.q, kind: '', url: '', expect: [...c.expect] })), nearMisses: [] });
    [f.answeredRight, f.shownFirst, f.refusedCourse].forEach((x, i) => (to[i] = (to[i] ?? 0) + x * cases.length));
  };
  models.forEach((model, f) => {
    const cases = tuning.filter((_, i) => i % FIT.folds === f);
    const reduced = withoutCloseFits(entries, cases, FIT.closeness, FIT.sentenceCloseness, courseMatcherOptions(kb).lexicon ?? PLAIN_LEXICON);
    add(sums.before, createMatcher(reduced, { ...courseMatcherOptions(kb), reranker: null }), cases);
    add(sums.after, createMatcher(reduced, { ...courseMatcherOptions(kb), reranker: model }), cases);
    n += cases.length;
  });
  const show = (s: number[]) => `answered right ${pct((s[0] ?? 0) / n)}, on the first reply ${pct((s[1] ?? 0) / n)}, refused ${pct((s[2] ?? 0) / n)}`;
  console.log(`/ask on the tuning half without its close phrasings, k-fold:\n  before: ${show(sums.before)}\n  after:  ${show(sums.after)}`);

  const all = fitReranker([...real, ...Object.values(inHouse).flat()], FIT, 'see bench/fit-reranker.ts');
  latency(kb, entries, all, [...tuning, ...Object.values(inHouseSets).flat()].map((c) => c.q));
  console.log('weights fitted on all of it:', JSON.stringify(all.weights));
  if (process.argv.includes('--write')) writeModel(all);
  const save = process.argv.indexOf('--save');
  if (save > 0 && process.argv[save + 1]) writeFileSync(process.argv[save + 1] as string, JSON.stringify(all));
}

/** Whole /ask (parts included) with and without the reranker, and the index build, on this machine. */
function latency(kb: KnowledgeBase, entries: readonly AnswerEntry[], model: RerankModel, questions: readonly string[]) {
  for (const reranker of [null, model]) {
    const t0 = performance.now();
    const m = createMatcher(entries, { ...courseMatcherOptions(kb), reranker });
    const build = performance.now() - t0;
    for (const q of questions.slice(0, 50)) askQuestion(m, q);
    const times: number[] = [];
    for (let round = 0; round < 3; round++)
      for (const q of questions) {
        const s = performance.now();
        askQuestion(m, q);
        times.push(performance.now() - s);
      }
    const at = (p: number) => percentile(times, p).toFixed(2);
    console.log(`${reranker ? 'with the reranker' : 'first ranking only'}: index build ${build.toFixed(0)} ms; whole /ask on ${questions.length} questions p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`);
  }
}

function writeModel(model: RerankModel) {
  const lines = Object.entries(model.weights).map(([f, w]) => `    ${f}: ${w},`);
  const text = `// The learned reranker's weights (src/matching/rerank.ts), written by \`npx tsx bench/fit-reranker.ts --write\`:
// a softmax over each question's candidates, fitted on the real set's tuning half (each fold asked without
// what was written from it: phrasings at closeness ${FIT.closeness}, answer sentences at ${FIT.sentenceCloseness}) and the
// in-house sets at weight ${FIT.inHouseWeight}; weights kept ≥ 0, L2 ${FIT.l2}, ${FIT.iterations} steps. Used only when the best
// candidate fits the question less than rerankBelowFit (src/matching/defaults.ts).
// Do not edit by hand: change the features or FIT in bench/fit-reranker.ts and refit.
import type { RerankModel } from './rerank.js';

export const RERANK_MODEL: RerankModel | null = {
  fitted: 'bench/fit-reranker.ts',
  weights: {
${lines.join('\n')}
  },
};
`;
  writeFileSync('src/matching/rerank-model.ts', text);
  console.log('written to src/matching/rerank-model.ts');
}

// Run, unless imported (for FIT).
if (process.argv[1]?.endsWith('fit-reranker.ts')) await main();
