// Fitting the learned reranker (src/matching/rerank.ts): labelled questions ranked by the matcher, each
// candidate described by its features, and a linear score fitted so that a right entry comes first
// (a softmax over each question's candidates, L2-regularised, by gradient descent). Deterministic:
// no random numbers, fixed iterations. Used by bench/fit-reranker.ts.
import type { AnswerEntry } from '../src/knowledge/answerable.js';
import type { Matcher } from '../src/matching/matcher.js';
import { isContentTerm, type Lexicon } from '../src/matching/vocabulary.js';
import { splitQuestion } from '../src/matching/question-parts.js';
import { RERANK_FEATURES, type RerankFeature, type RerankModel } from '../src/matching/rerank.js';

export interface Example {
  /** Which labelled question it came from (parts of one question share it). */
  readonly group: number;
  /** Each candidate's features, in RERANK_FEATURES order. */
  readonly x: readonly (readonly number[])[];
  /** Whether each candidate is an entry the judges accepted. */
  readonly right: readonly boolean[];
  /** How much it counts in the fit. */
  readonly weight: number;
}

/**
 * The examples of labelled questions, from a matcher built with `reranker: 'features'` (which computes
 * the features and keeps the first order). A question of several parts gives an example per part too,
 * labelled with the whole question's entries.
 */
export function examplesOf(matcher: Matcher, cases: readonly { q: string; expect: readonly string[] }[], weight = 1, withParts = true): Example[] {
  const out: Example[] = [];
  cases.forEach((c, group) => {
    const texts = new Set([c.q]);
    if (withParts) for (const p of splitQuestion(c.q.slice(0, 2000), 3).parts) texts.add(p);
    for (const text of texts) {
      const cands = matcher.rank(text).candidates;
      if (cands.length < 2 || !cands[0]?.rerank) continue;
      out.push({
        group,
        x: cands.map((cand) => RERANK_FEATURES.map((f) => cand.rerank?.features[f] ?? 0)),
        right: cands.map((cand) => c.expect.includes(cand.entry.id)),
        weight,
      });
    }
  });
  return out;
}

export interface FitOptions {
  readonly features: readonly RerankFeature[];
  /** L2 penalty on the standardised weights. */
  readonly l2: number;
  /**
   * Keep every weight ≥ 0, so that each feature can only raise a candidate, as its name says (a weight of
   * the wrong sign only makes up for another feature's, and does odd things on other questions).
   */
  readonly nonNegative: boolean;
  readonly iterations: number;
}

/** Fits the weights of `features` (the rest weigh 0). Examples without a right candidate teach nothing and are skipped. */
export function fitReranker(examples: readonly Example[], opts: FitOptions, fitted: string): RerankModel {
  const cols = opts.features.map((f) => RERANK_FEATURES.indexOf(f));
  const useful = examples.filter((e) => e.right.some(Boolean) && !e.right.every(Boolean));
  const totalWeight = useful.reduce((n, e) => n + e.weight, 0);
  // Standardise each feature over all candidates, so one penalty suits them all.
  const all = useful.flatMap((e) => e.x);
  const mean = cols.map((c) => all.reduce((n, x) => n + (x[c] ?? 0), 0) / Math.max(1, all.length));
  const sd = cols.map((c, j) => Math.sqrt(all.reduce((n, x) => n + ((x[c] ?? 0) - (mean[j] ?? 0)) ** 2, 0) / Math.max(1, all.length)) || 1);
  const z = useful.map((e) => e.x.map((x) => cols.map((c, j) => ((x[c] ?? 0) - (mean[j] ?? 0)) / (sd[j] ?? 1))));
  const w = new Float64Array(cols.length);
  // Adam, fixed steps: deterministic and quick for a few thousand candidates.
  const m = new Float64Array(cols.length);
  const v = new Float64Array(cols.length);
  const rate = 0.05;
  for (let step = 1; step <= opts.iterations; step++) {
    const grad = new Float64Array(cols.length);
    useful.forEach((e, i) => {
      const rows = z[i] ?? [];
      const s = rows.map((r) => r.reduce((n, xj, j) => n + (w[j] ?? 0) * xj, 0));
      const top = Math.max(...s);
      const p = s.map((x) => Math.exp(x - top));
      const sum = p.reduce((a, b) => a + b, 0);
      const pos = p.reduce((n, x, k) => n + (e.right[k] ? x : 0), 0);
      // d(-log Σpos p)/ds_k = p_k/sum − [right_k] p_k/pos
      rows.forEach((r, k) => {
        const g = e.weight * ((p[k] ?? 0) / sum - (e.right[k] ? (p[k] ?? 0) / pos : 0));
        r.forEach((xj, j) => (grad[j] = (grad[j] ?? 0) + g * xj));
      });
    });
    for (let j = 0; j < cols.length; j++) {
      const g = (grad[j] ?? 0) / totalWeight + opts.l2 * (w[j] ?? 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * g;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * g * g;
      const mh = (m[j] ?? 0) / (1 - 0.9 ** step);
      const vh = (v[j] ?? 0) / (1 - 0.999 ** step);
      w[j] = (w[j] ?? 0) - (rate * mh) / (Math.sqrt(vh) + 1e-8);
      if (opts.nonNegative) w[j] = Math.max(0, w[j] ?? 0);
    }
  }
  // Back to the features' own scale (the means only shift every candidate's score alike).
  const weights: Partial<Record<RerankFeature, number>> = {};
  opts.features.forEach((f, j) => (weights[f] = Number(((w[j] ?? 0) / (sd[j] ?? 1)).toFixed(4))));
  return { fitted, weights };
}

/** Share of examples whose first candidate is right, ordered by `score` (the first order when absent). */
export function topOne(examples: readonly Example[], model?: RerankModel): number {
  if (examples.length === 0) return 0;
  let right = 0;
  for (const e of examples) {
    let best = 0;
    if (model) {
      let bestScore = -Infinity;
      e.x.forEach((x, k) => {
        const s = RERANK_FEATURES.reduce((n, f, j) => n + (model.weights[f] ?? 0) * (x[j] ?? 0), 0);
        if (s > bestScore) {
          bestScore = s;
          best = k;
        }
      });
    }
    if (e.right[best]) right++;
  }
  return right / examples.length;
}

/** k folds by question (parts of one question stay together), assigned in turn: deterministic. */
export function folds<T>(items: readonly T[], k: number): { train: T[]; test: T[] }[] {
  return Array.from({ length: k }, (_, fold) => ({
    train: items.filter((_, i) => i % k !== fold),
    test: items.filter((_, i) => i % k === fold),
  }));
}

/**
 * The fact base was extended from the tuning half's misses (about 440 phrasings written from its
 * questions and facts added to some 60 answers: bench/ask-real/README.md), so on that half the right
 * entry usually has a phrasing or a sentence close to the question, which other real questions do not
 * find. To learn from it what helps on other questions, each fold of questions is asked of a fact base
 * without what was probably written from them: its right entries' phrasings that fit a question closely
 * (two-way share of content terms ≥ `phrasingCloseness`: 0.5 takes out about 700) and the sentences of
 * their answers that hold most of a question's content terms (≥ `sentenceCloseness`: 0.6 touches about
 * 65 answers).
 */
export function withoutCloseFits(
  entries: readonly AnswerEntry[],
  cases: readonly { q: string; expect: readonly string[] }[],
  phrasingCloseness: number,
  sentenceCloseness: number,
  lexicon: Lexicon,
): AnswerEntry[] {
  const termsOf = (s: string) => new Set(lexicon.analyse(s).filter(isContentTerm));
  // The questions each entry answers, as sets of content terms.
  const answers = new Map<string, Set<string>[]>();
  for (const c of cases) {
    const q = termsOf(c.q);
    if (q.size > 0) for (const id of c.expect) answers.set(id, [...(answers.get(id) ?? []), q]);
  }
  const shared = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((t) => b.has(t)).length;
  const close = (q: ReadonlySet<string>, p: ReadonlySet<string>) => {
    const n = shared(q, p);
    return n > 0 && (2 * n) / (q.size + p.size) >= phrasingCloseness;
  };
  return entries.map((e) => {
    const qs = answers.get(e.id);
    if (!qs) return e;
    const phrasings = e.kind === 'question' ? e.phrasings.filter((p) => !qs.some((q) => close(q, termsOf(p)))) : e.phrasings;
    const sentences = e.answer.split(/(?<=[.!?])\s+/);
    const kept = sentences.filter((s) => {
      const st = termsOf(s);
      return !qs.some((q) => q.size >= 2 && shared(q, st) / q.size >= sentenceCloseness);
    });
    return { ...e, phrasings, answer: kept.join(' ') };
  });
}
