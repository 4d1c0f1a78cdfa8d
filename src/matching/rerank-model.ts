// The learned reranker's weights (src/matching/rerank.ts), written by `npx tsx bench/fit-reranker.ts --write`:
// a softmax over each question's candidates, fitted on the real set's tuning half (each fold asked without
// what was written from it: phrasings at closeness 0.5, answer sentences at 0.6) and the
// in-house sets at weight 0.25; weights kept ≥ 0, L2 0.01, 300 steps. Used only when the best
// candidate fits the question less than rerankBelowFit (src/matching/defaults.ts).
// Do not edit by hand: change the features or FIT in bench/fit-reranker.ts and refit.
import type { RerankModel } from './rerank.js';

export const RERANK_MODEL: RerankModel | null = {
  fitted: 'bench/fit-reranker.ts',
  weights: {
    coverage: 2.9309,
    fit: 2.4143,
    score: 0.5415,
    keyPlace: 0.7699,
    intentAgree: 0.3796,
    phrasingCover: 2.2593,
    answerCover: 1.3736,
    ownQuestionCover: 2.4224,
    containsPhrasing: 0.8738,
    namedHeld: 0.4218,
    topicShare: 3.5469,
    topicConsensus: 1.6955,
    definitionTerm: 0.6143,
    dateYear: 1.9547,
    agreeCause: 1.3717,
    agreeFigures: 2.4046,
  },
};
