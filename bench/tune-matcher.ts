// `npm run tune -- '{"rankWeights":{"fit":1.5}}'`: how the matcher does with tuning overrides (see
// src/matching/defaults.ts), for whoever works on /ask. It changes nothing. It prints:
// - the development set (bench/ask-dev): top-1 ranking accuracy, questions answered with the right entry,
//   refusal, and the decision thresholds that would answer most right at no lower refusal;
// - phrasing hold-out: each fifth of the fact base's phrasings taken out of the index in turn and asked;
// - with --eval, the evaluation set and the judged set too. Tune on the first two; every look at the evaluation set makes it
//   a little less independent, so look once a change is settled.
import path from 'node:path';
import { answerableEntries, type AnswerEntry } from '../src/knowledge/answerable.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { MATCHER_DEFAULTS } from '../src/matching/defaults.js';
import { courseMatcherOptions, createMatcher, decide, type Ranking, type TuningOverrides } from '../src/matching/matcher.js';
import { DEVELOPMENT_SET, loadEvaluationSet, loadJudgedSet, loadQuestionSet, loadRealSet, realFigures, type QuestionSet } from './ask.js';

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) {
  console.error(loaded.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const args = process.argv.slice(2);
const tuning = JSON.parse(args.find((a) => a.startsWith('{')) ?? '{}') as TuningOverrides;
const entries = answerableEntries(loaded.kb);
const course = courseMatcherOptions(loaded.kb);
const matcher = createMatcher(entries, { tuning, ...course });
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

type Thresholds = Parameters<typeof decide>[1];
const settings: Thresholds = { ...MATCHER_DEFAULTS, ...tuning };

/** Each question of a set ranked once; thresholds are then tried on the rankings (decide). */
function rankSet(set: QuestionSet) {
  return {
    inCourse: set.inCourse.map((c) => ({ r: matcher.rank(c.q), expect: c.expect })),
    outOfCourse: set.outOfCourse.map((c) => matcher.rank(c.q)),
  };
}

function figures(ranked: ReturnType<typeof rankSet>, thresholds: Thresholds) {
  const top = (r: Ranking) => r.candidates[0]?.entry.id ?? '';
  const first = ranked.inCourse.filter(({ r, expect }) => expect.includes(top(r))).length;
  const answered = ranked.inCourse.filter(({ r, expect }) => decide(r, thresholds).status === 'answered' && expect.includes(top(r))).length;
  // Offering suggestions is not refusing: only "unknown" counts as a refusal.
  const refused = ranked.outOfCourse.filter((r) => decide(r, thresholds).status === 'unknown').length;
  return { ranked: first / ranked.inCourse.length, answered: answered / ranked.inCourse.length, refusal: refused / ranked.outOfCourse.length };
}

function describe(name: string, set: QuestionSet, ranked = rankSet(set)) {
  const f = figures(ranked, settings);
  const refusal = set.outOfCourse.length > 0 ? `, refusal ${pct(f.refusal)}` : '';
  console.log(`${name} (${set.inCourse.length} in course, ${set.outOfCourse.length} outside): top-1 ranking ${pct(f.ranked)}, answered right ${pct(f.answered)}${refusal}`);
  return f;
}

/** Each fifth of the question entries' phrasings, taken out of the index in turn and asked. */
function phrasingHoldOut(): number {
  const folds = 5;
  let right = 0;
  let asked = 0;
  for (let fold = 0; fold < folds; fold++) {
    const held: { q: string; id: string }[] = [];
    const reduced = entries.map((e): AnswerEntry => {
      const texts = [e.question, ...e.phrasings];
      const kept = texts.filter((_, i) => i % folds !== fold);
      const [first, ...rest] = kept;
      if (e.kind !== 'question' || first === undefined) return e;
      for (const q of texts.filter((_, i) => i % folds === fold)) held.push({ q, id: e.id });
      return { ...e, question: first, phrasings: rest };
    });
    const m = createMatcher(reduced, { tuning, ...course });
    for (const h of held) {
      asked++;
      if (m.rank(h.q).candidates[0]?.entry.id === h.id) right++;
    }
  }
  return right / asked;
}

console.log(`tuning ${JSON.stringify(tuning)}`);
// The real questions' tuning half (bench/ask-real), as /ask answers it (parts, points, buttons). The
// held-out half is never printed here: `npm run bench` reports it.
const real = realFigures(loaded.kb, matcher, loadRealSet('tuning'));
console.log(
  `real questions, tuning half: answered right ${pct(real.answeredRight)}, on the first reply ${pct(real.shownFirst)}, ` +
    `course questions refused ${pct(real.refusedCourse)}, near misses refused ${pct(real.nearMissRefused)}`,
);
const dev = loadQuestionSet(DEVELOPMENT_SET);
const rankedDev = rankSet(dev);
const now = describe('development set', dev, rankedDev);
console.log(`phrasing hold-out: top-1 ${pct(phrasingHoldOut())}`);

let best = { answerFit: 0, maxUnknownShare: 0, answered: 0, refusal: 0 };
for (let fitStep = 30; fitStep <= 70; fitStep++)
  for (let unknownStep = 4; unknownStep <= 10; unknownStep++) {
    const answerFit = fitStep / 100;
    const maxUnknownShare = unknownStep / 20;
    const { answered, refusal } = figures(rankedDev, { ...settings, answerFit, maxUnknownShare });
    if (refusal >= now.refusal && answered > best.answered) best = { answerFit, maxUnknownShare, answered, refusal };
  }
console.log(
  `best thresholds on the development set at no lower refusal: answerFit ${best.answerFit.toFixed(2)}, ` +
    `maxUnknownShare ${best.maxUnknownShare.toFixed(2)} → answered right ${pct(best.answered)}, refusal ${pct(best.refusal)}`,
);
if (args.includes('--eval')) {
  describe('evaluation set', loadEvaluationSet());
  describe('judged set', loadJudgedSet());
}
