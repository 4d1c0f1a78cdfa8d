import { A_LEVEL_KINDS, type PracticeKind } from '../knowledge/schema.js';

// /practice's numbers in one place: how long an answer may be, when a question goes stale, and what the
// marker counts as a concept stated, a list, a copied question or an answer about something else.
export const PRACTICE_DEFAULTS = Object.freeze({
  /** The most an answer may hold (Discord's modal allows 4000); a longer one is read up to here. */
  maxAnswerLength: 4000,
  /**
   * The most an A-level essay or interpretation answer may hold: two boxes of Discord's 4000 (an essay written in 45
   * minutes runs to 700–1,000 words, more than one box holds); a longer one is read up to here.
   */
  maxEssayLength: 8000,
  /** Fewer words than this is too short to mark (5 words say nothing an examiner could credit). */
  minAnswerWords: 6,
  /** A question stays answerable this long; an answer after it is marked anyway and said to be late. */
  answerableForMs: 60 * 60 * 1000,
  /**
   * At most this many points an answer missed go into the student's /review deck (different notes each): ten
   * answers once filled a deck with 24 cards due at once, some on points the student had made in words the
   * marker missed.
   */
  reviewCardsPerAnswer: 2,
  /** The concept words that show a point must stand within this many words of each other, in one sentence. */
  conceptWindow: 12,
  /**
   * A concept is denied by a negator just before one of its words, with at most this many little words between
   * ("were not held in public", "did not really confess"); a word that says something between ends the search.
   */
  negationGap: 2,
  /**
   * A wrong version of a point ("held in secret") is read as a phrase: its words in order, with at most this
   * many little words between each and the next ("the trials were held in secret", "Trotsky was put on trial").
   */
  wrongGap: 2,
  /** The student's words quoted for a point made, at most. */
  quoteLength: 140,
  /** The student's words quoted for a wrong fact, at most: enough to find it in the answer. */
  wrongQuoteLength: 80,
  /**
   * An answer is a list of key words, not sentences, when the pieces it is made of (between full stops,
   * line breaks, commas and "and") are mostly of `listPieceWords` words or fewer and the little words prose
   * is held together by (the, of, was: a third or more of most prose) are scarce, under `listFunctionWordShare`;
   * or when they are scarcer still, under `listFewFunctionWords`, whatever the pieces.
   */
  listPieceWords: 3,
  listFunctionWordShare: 0.3,
  listFewFunctionWords: 0.12,
  /**
   * Bullet points of this many words or more on average are notes (each says something: "real wages fell"),
   * not a list of key words, whatever their little words; notes explain their points, so may reach level 3,
   * only if they average `developedNoteWords` (a short sentence each), not a heading's few words.
   */
  notePointWords: 3,
  developedNoteWords: 8,
  /**
   * A point is unsaid by a denial of its worth in its own clause: a negator at most this many words after it, and a word
   * of worth at most this many after that ("Socialism in One Country was not the main reason", "did not matter much").
   */
  worthDenialGap: 4,
  /**
   * A point is explained in depth when its link runs over two sentences or is made in a sentence of at least
   * `inDepthSentenceWords` words; a GCSE answer's top level needs `pointsInDepthForTop` such points. Of the answers the
   * tuning sets' markers put at the top level, all but one (a 99-word answer of the development set's author) have two;
   * at 20 words, one of each blind tuning set's would not (December 2026, a Year 10 trial).
   */
  inDepthSentenceWords: 19,
  pointsInDepthForTop: 2,
  /** A point is explained by a link word only in a sentence of at least this many words (not "Because X."). */
  explainedSentenceWords: 10,
  /**
   * And only where the link says something: at least `explanationTerms` words beyond the point's own, the question's
   * and words that explain nothing (see SAYS_NOTHING in the marker), so "Stalin introduced collectivisation because he
   * wanted to control the peasants" states a point and does not explain it; and at least `bareCauseTerms` where the
   * point is only named as the cause of something ("the Terror happened because of local officials").
   */
  explanationTerms: 1,
  bareCauseTerms: 2,
  /** A point is developed (said with some detail) in a sentence of at least this many words, or explained. */
  developedSentenceWords: 10,
  /**
   * Development takes words: the top level needs at least `wordsForTop` words, and `wordsPerMarkForTop` a
   * mark for the longest questions (96 for 16 marks); level 3 needs `wordsForLevel3`. (An answer of one
   * sentence, however long, states a point at most, so earns the lowest level.)
   */
  wordsForTop: 90,
  wordsPerMarkForTop: 6,
  wordsForLevel3: 20,
  /**
   * A judgement question's level 3 (both sides explained with detail, and weighed) needs this many words a mark: 120
   * for 16 marks, 90 for 12; its top level needs at least as many, and an answer that does all the top level asks in
   * fewer words loses one level, not two. The blind sets' markers, who never saw the marker, gave level 3 to no answer
   * to a 16-mark question under 131 words, nor to a 12-mark one under 102 (an A-level student's trial: a 60-word
   * paragraph got level 3 of a 16-mark question). The development and held-out sets' author put answers of 22–43 words
   * at level 3: those now get level 2.
   */
  wordsPerMarkForLevel3: 7.5,
  /**
   * An A-level essay or interpretation answer (25 marks, five levels) takes words by the mark for its upper levels:
   * 10 a mark for level 3 (250 words: the GCSE judgement questions' 6 words a minute over the exam's 45 minutes), 14
   * for level 4 (350), 20 for level 5 (500). An essay written in 45 minutes runs to 700–1,000 words; one that argues
   * both sides with evidence and sustains a judgement cannot be done in a paragraph or two, and, unlike the GCSE
   * questions' one level, falling short costs every level it falls short of.
   */
  aLevelWordsPerMark: Object.freeze({ 3: 10, 4: 14, 5: 20 } as const),
  /**
   * Length is a soft limit: an answer within this share of a level's words (495 of 500) is not held below that level
   * for its length, which a teacher would never count to the word (M3 of a teacher's trial: a cliff five words wide).
   */
  lengthSlack: 0.1,
  /** An A-level answer's top level explains at least this many points in all, both sides in depth. */
  aLevelTopPoints: 5,
  /**
   * A sustained judgement (an A-level answer's top level) is stated in the opening, in the first of every this many
   * sentences (at least its first two), as well as reached in the conclusion.
   */
  openingShare: 5,
  /**
   * This many wrong facts or more hold an answer to the middle of the scale (level 2 of 4, 3 of 5): knowledge with
   * several clear errors is "partly accurate", whatever else the answer does; one or two keep it off the top level.
   */
  wrongForMiddle: 3,
  /** A judgement's top level explains both sides in depth: at least this many points on each. */
  pointsEachSideForTop: 2,
  /** Within a level above the lowest, the mark rises a band's width over this many points made or explained. */
  withinBandSpan: 4,
  /** Copied: this share of the answer's content words is the question's own, and it adds fewer than `copiedNewWords`. */
  copiedShare: 0.75,
  copiedNewWords: 4,
  /**
   * An answer with no point whose words lean this much less to the question's topic than to another's is
   * about that one, if it has at least `offTopicMinWords` words (a line says too little to tell).
   */
  offTopicRatio: 0.6,
  offTopicMinWords: 12,
  /**
   * An answer with less than this share of its content words in the course's notes at all, and at least
   * `offCourseMinWords` outside them, is about another country or subject, whatever points its stray words
   * seem to make (the notes hold the course's words, and spelling correction reads slips as them).
   */
  offCourseShare: 0.88,
  offCourseMinWords: 3,
  /**
   * An answer about another period may seem to make a point with a stray word or two: one making at most
   * `strayPoints` points is about another period if every year it names lies outside the question's (its
   * topic's key dates and the years its prompt and mark scheme name) by more than `periodSlackYears`.
   */
  strayPoints: 1,
  periodSlackYears: 1,
  /**
   * A year given a step of a person's story ("Trotsky was exiled in 1929") is no slip when another step of it
   * has that year, at most this many years from the one named (deported then); further off it is one ("exiled
   * in 1925", the year he lost the War Commissariat, three years before his exile).
   */
  personStoryYears: 2,
  /**
   * How near what happened a swapped person and one of the fact's own must each stand ("Beria replaced Yagoda",
   * "Yagoda was replaced by Beria", "replaced Yagoda with Beria"), in words: further off, they are likely in another
   * clause or another role.
   */
  swappedRoleGap: 3,
  /**
   * How near one historian's name the next must stand, in words, to be read with them ("Davies and Wheatcroft", "R. W.
   * Davies and Stephen Wheatcroft"): further off, the sentence gives the next one a view of their own (see historianParts).
   */
  historianGroupGap: 3,
  /**
   * How far after a placed thing's name ("Magnitogorsk was a huge steel city built in the Urals") the words that put
   * it somewhere may stand, in words: further off, they are likely about something else.
   */
  placeGap: 8,
  /**
   * A known total (a toll the notes give as estimates, see src/practice/figures.ts) is wrong only beyond this many times
   * its highest estimate or below its lowest divided by it: the famine's 5.5–8.7 million leaves up to about 13 million
   * right (Conquest's 7 million, the 10 million some accounts give), and 20 million wrong.
   */
  figureMargin: 1.5,
  /**
   * How far from a law's word ("law", "decree") the year said to be its date may stand, in words ("In 1935 Stalin made a
   * law…", "the law of 7 August 1934"): further off, it likely dates something else.
   */
  lawYearGap: 6,
  /**
   * A topic with no question of the kind asked for ("great terror" and the historians' views) lends the question of a
   * topic near it: one of the `nearTopics` whose words (title, names, summary, key terms) are most like its own, with a
   * cosine similarity of at least `nearTopicSimilarity` (the Terror's three topics are 0.10–0.18 apart; culture and
   * propaganda, 0.08, are not near).
   */
  nearTopics: 3,
  nearTopicSimilarity: 0.1,
  /** A student's practice kept per server: their latest attempts, at most. */
  historyPerStudent: 200,
});

/** The most an answer to a question of this kind is read to: an A-level essay's is longer (PRACTICE_DEFAULTS.maxEssayLength). */
export const answerRoom = (kind: PracticeKind): number => (A_LEVEL_KINDS.has(kind) ? PRACTICE_DEFAULTS.maxEssayLength : PRACTICE_DEFAULTS.maxAnswerLength);
