// A learned reranker over the matcher's candidates (docs/ask-tuning.md, "A learned reranker"). The
// matcher finds the best entries by BM25 and orders them by a hand-weighted sum of a few features; this
// describes each candidate by more of what the matcher already knows (which of the question's words the
// entry's phrasings, own question, answer and topic hold, the course names it holds, the kind of answer
// asked against the kind of entry, where it stood in the first ranking) and orders them by a linear
// score whose weights were fitted on labelled questions (bench/fit-reranker.ts).
import type { Intent } from './intent.js';

/** What the reranker knows about an entry, worked out once when the index is built. */
export interface EntryProfile {
  readonly kind: 'question' | 'person' | 'term' | 'skill';
  readonly topic: string;
  /** Content terms of all its phrasings (its own question included), and of its answer. */
  readonly phrasingTerms: ReadonlySet<string>;
  readonly answerTerms: ReadonlySet<string>;
  /** Content terms of its own question. */
  readonly questionTerms: ReadonlySet<string>;
  /** Each phrasing's content terms. */
  readonly phrasings: readonly (readonly string[])[];
  /** It names a year (in its question, phrasings or answer). */
  readonly dated: boolean;
  /** The kinds of answer its own question asks for (src/matching/intent.ts). */
  readonly intents: ReadonlySet<Intent>;
}

/** What the reranker knows about the question. */
export interface QueryProfile {
  /** Content terms and their weights (as the matcher weighs them for coverage). */
  readonly terms: readonly { readonly term: string; readonly weight: number }[];
  readonly asked: ReadonlySet<Intent>;
  /** The course names the question names, each as its content terms. */
  readonly named: readonly (readonly string[])[];
  /** "What is/was X", "define X", "what was meant by X". */
  readonly asksDefinition: boolean;
  /** Weighted share of the question's words in each topic's title and aliases. */
  readonly topicShare: ReadonlyMap<string, number>;
}

/** The first ranking's view of a candidate. */
export interface FirstRanking {
  readonly coverage: number;
  readonly fit: number;
  /** BM25 relative to the best candidate's. */
  readonly score: number;
  /** Its place (0 = first) by the hand-weighted key. */
  readonly keyPlace: number;
  readonly intentAgree: number;
}

export const RERANK_FEATURES = [
  // the first ranking
  'coverage', 'fit', 'score', 'keyPlace', 'intentAgree',
  // the question's words in the entry
  'phrasingCover', 'answerCover', 'ownQuestionCover', 'containsPhrasing',
  // names and topics
  'namedHeld', 'topicShare', 'topicConsensus',
  // the kind of answer asked against the kind of entry
  'definitionTerm', 'dateYear', 'agreeCause', 'agreeFigures',
] as const;
export type RerankFeature = (typeof RERANK_FEATURES)[number];

export interface RerankModel {
  /** Where it was fitted. */
  readonly fitted: string;
  /** Weight of each feature (features not named weigh nothing); the score is their sum. */
  readonly weights: Partial<Record<RerankFeature, number>>;
}

/**
 * Each phrasing's terms' weights and their sum, by `weightOf`: the same for every question, so worked out once for each
 * entry's phrasings (by each matcher's weightOf: its weights are its index's), and looked up once for each candidate
 * rather than once for each of its phrasings.
 */
type Weighed = readonly { readonly weights: readonly number[]; readonly all: number }[];
const PHRASING_WEIGHTS = new WeakMap<(term: string) => number, WeakMap<readonly (readonly string[])[], Weighed>>();
function phrasingWeights(weightOf: (term: string) => number): (phrasings: readonly (readonly string[])[]) => Weighed {
  let known = PHRASING_WEIGHTS.get(weightOf);
  if (!known) PHRASING_WEIGHTS.set(weightOf, (known = new WeakMap()));
  const memo = known;
  return (phrasings) => {
    let found = memo.get(phrasings);
    if (!found) {
      found = phrasings.map((phrasing) => {
        const weights = phrasing.map((t) => weightOf(t));
        let all = 0;
        for (const w of weights) all += w;
        return { weights, all };
      });
      memo.set(phrasings, found);
    }
    return found;
  };
}

/**
 * The features of each candidate (each 0–1 or near it). `weightOf` is the matcher's weight of a term
 * (rare terms weigh most).
 */
export function rerankFeatures(
  query: QueryProfile,
  candidates: readonly { readonly entry: EntryProfile; readonly first: FirstRanking }[],
  weightOf: (term: string) => number,
): Record<RerankFeature, number>[] {
  const weighed = phrasingWeights(weightOf);
  const total = query.terms.reduce((n, t) => n + t.weight, 0) || 1;
  const queryTerms = new Set(query.terms.map((t) => t.term));
  // How much of the candidates' BM25 goes to each topic: a question whose candidates crowd into one
  // topic is probably about it.
  const scoreSum = candidates.reduce((n, c) => n + c.first.score, 0) || 1;
  const topicScore = new Map<string, number>();
  for (const c of candidates) topicScore.set(c.entry.topic, (topicScore.get(c.entry.topic) ?? 0) + c.first.score);

  return candidates.map(({ entry: e, first: f }) => {
    // The weight of the question's terms in the entry's phrasings, its answer and its own question, each summed in the question's order.
    let inPhrasings = 0;
    let inAnswer = 0;
    let inOwnQuestion = 0;
    for (const { term, weight } of query.terms) {
      if (e.phrasingTerms.has(term)) inPhrasings += weight;
      if (e.answerTerms.has(term)) inAnswer += weight;
      if (e.questionTerms.has(term)) inOwnQuestion += weight;
    }
    let namedHere = 0;
    for (const name of query.named) if (name.every((t) => e.phrasingTerms.has(t) || e.answerTerms.has(t))) namedHere++;
    // The largest share of one phrasing the question holds: "the Lenin Enrolment" inside a long question.
    let contains = 0;
    const weighedPhrasings = weighed(e.phrasings);
    for (let k = 0; k < e.phrasings.length; k++) {
      const p = e.phrasings[k] as readonly string[];
      const { weights, all } = weighedPhrasings[k] as Weighed[number];
      let held = 0;
      for (let at = 0; at < p.length; at++) if (queryTerms.has(p[at] as string)) held += weights[at] as number;
      if (all > 0 && held / all > contains) contains = held / all;
    }
    const agree = (i: Intent) => (query.asked.has(i) && e.intents.has(i) ? 1 : 0);
    return {
      coverage: f.coverage,
      fit: f.fit,
      score: f.score,
      keyPlace: 1 / (1 + f.keyPlace),
      intentAgree: f.intentAgree,
      phrasingCover: inPhrasings / total,
      answerCover: inAnswer / total,
      ownQuestionCover: inOwnQuestion / total,
      containsPhrasing: contains,
      // Of the course names the question names, the share this entry holds.
      namedHeld: query.named.length ? namedHere / query.named.length : 0,
      topicShare: query.topicShare.get(e.topic) ?? 0,
      topicConsensus: (topicScore.get(e.topic) ?? 0) / scoreSum,
      definitionTerm: query.asksDefinition && e.kind === 'term' ? 1 : 0,
      dateYear: query.asked.has('date') && e.dated ? 1 : 0,
      agreeCause: agree('cause'),
      agreeFigures: agree('figures'),
    };
  });
}

export function rerankScore(model: RerankModel, features: Readonly<Record<RerankFeature, number>>): number {
  let s = 0;
  for (const name of RERANK_FEATURES) s += (model.weights[name] ?? 0) * features[name];
  return s;
}
