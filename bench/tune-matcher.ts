// `npm run tune -- '{"fitWeight":1.5}'`: for tuning overrides (see src/matching/defaults.ts), prints the
// top-1 ranking accuracy on the evaluation set and the best decision thresholds (answerFit,
// maxUnknownShare) for a refusal of at least 95%. A tool for whoever works on /ask; it changes nothing.
// Tune against development questions first: every run on the evaluation set makes it less independent.
import path from 'node:path';
import { answerableEntries } from '../src/knowledge/answerable.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { createMatcher, type MatcherTuning, type Ranking } from '../src/matching/matcher.js';
import { loadEvaluationSet } from './ask.js';

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) {
  console.error(loaded.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
const tuning = JSON.parse(process.argv[2] ?? '{}') as Partial<MatcherTuning>;
const matcher = createMatcher(answerableEntries(loaded.kb), { tuning });
const set = loadEvaluationSet();

const features = (r: Ranking) => ({ ok: r.verdict === 'ok', fit: r.candidates[0]?.fit ?? 0, unknown: r.unknownShare, id: r.candidates[0]?.entry.id ?? '' });
const inCourse = set.inCourse.map((c) => {
  const f = features(matcher.rank(c.q));
  return { ...f, right: c.expect.includes(f.id) };
});
const outOfCourse = set.outOfCourse.map((c) => features(matcher.rank(c.q)));

let best = { fit: 0, unknown: 0, accuracy: 0, refusal: 0, wrong: 0 };
for (let fit = 0.2; fit <= 0.8; fit += 0.05)
  for (let unknown = 0.2; unknown <= 0.6; unknown += 0.05) {
    const answers = (x: { ok: boolean; fit: number; unknown: number }) => x.ok && x.fit >= fit && x.unknown <= unknown;
    const accuracy = inCourse.filter((x) => answers(x) && x.right).length / inCourse.length;
    const refusal = outOfCourse.filter((x) => !answers(x)).length / outOfCourse.length;
    const wrong = inCourse.filter((x) => answers(x) && !x.right).length;
    if (refusal >= 0.95 && accuracy > best.accuracy) best = { fit, unknown, accuracy, refusal, wrong };
  }
console.log(`tuning ${JSON.stringify(tuning)}`);
console.log(`top-1 ranking accuracy ${(inCourse.filter((x) => x.right).length / inCourse.length).toFixed(3)}`);
console.log(
  `best for refusal ≥ 95%: answerFit ${best.fit.toFixed(2)}, maxUnknownShare ${best.unknown.toFixed(2)} → ` +
    `accuracy ${best.accuracy.toFixed(3)}, refusal ${best.refusal.toFixed(3)}, ${best.wrong} answered with another entry`,
);
