// /practice's numbers in one place: how long an answer may be, when a question goes stale, and what the
// marker counts as a concept stated, a list, a copied question or an answer about something else.
export const PRACTICE_DEFAULTS = Object.freeze({
  /** The most an answer may hold (Discord's modal allows 4000); a longer one is read up to here. */
  maxAnswerLength: 4000,
  /** Fewer words than this is too short to mark (5 words say nothing an examiner could credit). */
  minAnswerWords: 6,
  /** A question stays answerable this long; an answer after it is marked anyway and said to be late. */
  answerableForMs: 60 * 60 * 1000,
  /** The concept words that show a point must stand within this many words of each other, in one sentence. */
  conceptWindow: 12,
  /** The student's words quoted for a point made, at most. */
  quoteLength: 140,
  /**
   * An answer is a list of key words, not sentences, when the pieces it is made of (between full stops,
   * line breaks, commas and "and") are mostly of `listPieceWords` words or fewer and the little words prose
   * is held together by (the, of, was: a third or more of most prose) are scarce, under `listFunctionWordShare`;
   * or when they are scarcer still, under `listFewFunctionWords`, whatever the pieces.
   */
  listPieceWords: 3,
  listFunctionWordShare: 0.3,
  listFewFunctionWords: 0.12,
  /** A point is explained by a link word only in a sentence of at least this many words (not "Because X."). */
  explainedSentenceWords: 10,
  /**
   * Development takes words: the top level needs at least this many words per mark, the one below it
   * `wordsPerMarkForLevel3` (an 8-mark answer: 48 and 24 words; a 16-mark one: 96 and 48).
   */
  wordsPerMarkForTop: 6,
  wordsPerMarkForLevel3: 3,
  /** Copied: this share of the answer's content words is the question's own, and it adds fewer than `copiedNewWords`. */
  copiedShare: 0.75,
  copiedNewWords: 4,
  /** An answer with no point whose words lean this much less to the question's topic than to another's is about that one. */
  offTopicRatio: 0.6,
  /** An answer with no point and less than this share of its content words in the course at all is about something else. */
  offCourseShare: 0.35,
  /** A student's practice kept per server: their latest attempts, at most. */
  historyPerStudent: 200,
});
