// Tuning of /ask in one place. Values were set against the evaluation set in tests/fixtures/ask-eval.
export const MATCHER_DEFAULTS = Object.freeze({
  /** Longer questions are cut here (Discord allows 6000 characters in an option; nobody asks that much). */
  maxQueryLength: 500,
  /** At most this many content words are used, so time stays bounded whatever is pasted in. */
  maxQueryTerms: 24,
  /** Share of the question's content words found in the best entry needed to answer outright. */
  answerCoverage: 0.7,
  /** Below this share the question is treated as outside the course. */
  unsureCoverage: 0.4,
  /** Weight of a word found only in an entry's answer, not in its phrasings. */
  answerTextWeight: 0.5,
  /** Weight of a word the matcher had to correct (it may have guessed the wrong word). */
  correctedWeight: 0.7,
  /** An unknown word weighs as if it appeared in this many entries. */
  unknownWordFrequency: 2,
  maxSuggestions: 3,
  maxRelated: 3,
});
