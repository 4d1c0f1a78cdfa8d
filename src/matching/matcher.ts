// The /ask matcher: analyses a question, corrects typos against the knowledge base's vocabulary
// (src/matching/spelling.ts), ranks every phrasing of every entry with BM25 (src/matching/bm25.ts),
// reorders the best by a weighted sum of what fits (coverage, two-way fit, score, the kind of answer asked
// for: src/matching/intent.ts) and, when the best fits loosely, by a learned reranker (src/matching/rerank.ts),
// and decides whether to answer (naming the entries close behind), offer
// suggestions, or say the question is outside the course. The decision rests on how well the question
// and the best entry's closest phrasing fit each other, and on how much of the question is words the
// course never uses, not on the raw score, which is not comparable between questions.
import { answerableEntries, booksOf, topicNames, type AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { Bm25Index } from './bm25.js';
import { MATCHER_DEFAULTS } from './defaults.js';
import { intentsOf, readIntents, type Intent } from './intent.js';
import { brokenWords, normaliseText, rememberLatest } from './normalise.js';
import { everydayWords, type EverydayWords } from './everyday-words.js';
import { createNameWords } from './name-words.js';
import { createRelativeReader } from './relatives.js';
import { createSpeller } from './spelling.js';
import { examSkillReader } from './exam-skills.js';
import { createLexicon, entryWords, isContentTerm, PLAIN_LEXICON, QUESTION_WORDS, SpellingCorrector, STOPWORDS, surfaceWords, type EntryWords, type Lexicon } from './vocabulary.js';
import { rerankFeatures, rerankScore, type EntryProfile, type RerankFeature, type RerankModel } from './rerank.js';
import { RERANK_MODEL } from './rerank-model.js';
import { successorsAmong, type Successor } from './successors.js';

export type MatchStatus = 'answered' | 'unsure' | 'unknown';

export interface MatchResult {
  /** The question as read (after truncation). */
  readonly query: string;
  readonly status: MatchStatus;
  /** Why the status is unknown: nothing to match, a question about the tutor itself, outside the course, or no entry close enough. */
  readonly reason: 'empty' | 'about-tutor' | 'off-course' | 'no-match' | null;
  readonly entry: AnswerEntry | null;
  /** The phrasing of the entry that matched best. */
  readonly matchedQuestion: string | null;
  readonly confidence: number;
  readonly suggestions: readonly AnswerEntry[];
  /**
   * With an answer: the entries that came close behind it (a close call between, say, the causes and
   * the results of something), so a student whose question was the other one is a click away.
   */
  readonly alternatives: readonly AnswerEntry[];
  readonly truncated: boolean;
  /** With a refusal: the words that made it one, as the student typed them (lower-case), so the reply can say why. */
  readonly unfamiliar?: UnfamiliarWords;
}

/** A refused question about Hitler or Khrushchev's later years offers the course's entries on them if it has at most this many other words. */
const MAX_WORDS_BESIDE_MET = 1;

/** A refused question's words that name another subject or period, and those neither the notes nor everyday English know (at most three each). */
export interface UnfamiliarWords {
  readonly otherSubject: readonly string[];
  readonly unknown: readonly string[];
  /**
   * Of the unknown words, those close to the name of a course person or term once spelt the English way
   * ("Jezhof": Yezhov), each with that person's or term's card, for the refusal to offer.
   */
  readonly nearNames?: readonly { readonly typed: string; readonly name: string; readonly entryId: string }[];
  /**
   * Of the other subject's words, those the course meets too (Hitler, the threat the USSR faced; Khrushchev, a course
   * person with a later career): the course entries that involve them, best first, for the refusal to offer.
   */
  readonly involving?: readonly string[];
}

/**
 * What a refusal can say about why, where its words tell: another subject's words come first, then words the
 * notes never use; none when the question was refused only for fitting no entry closely.
 */
export function refusalWords(result: MatchResult): { readonly kind: 'other-subject' | 'not-in-notes'; readonly words: readonly string[] } | undefined {
  const words = result.status === 'unknown' ? result.unfamiliar : undefined;
  if (words?.otherSubject.length) return { kind: 'other-subject', words: words.otherSubject };
  if (words?.unknown.length) return { kind: 'not-in-notes', words: words.unknown };
  return undefined;
}

export interface Matcher {
  match(question: string): MatchResult;
  /** The ranking behind a match, for tuning and for `npm run bench`. */
  rank(question: string): Ranking;
  /**
   * A question's content terms in order, read as rank reads them (spelling corrected, names completed, synonyms,
   * stems), without ranking anything: for what looks for words in a question beside the matcher (src/matching/premise.ts).
   */
  readTerms(question: string): string[];
  entry(id: string): AnswerEntry | undefined;
  /** The cards of those the person cards say came after a man in a post, by his surname as normalised (src/matching/successors.ts). */
  successorsOf?(surname: string): readonly Successor[];
  /** The person and term cards whose name or alias a text holds as whole words, each with the name as read ("stalins purges"). */
  cardsNamedIn?(text: string): readonly { readonly name: string; readonly entry: AnswerEntry }[];
  /** How it reads text into terms (the course's synonyms among them), for whatever reads questions beside it. */
  readonly lexicon: Lexicon;
}

/** One content word of the question, with how much it counts towards coverage. */
export interface QueryTerm {
  readonly term: string;
  readonly weight: number;
  /** Corrected from a misspelling. */
  readonly fixed: boolean;
  /** Known to the knowledge base at all (after correction). */
  readonly known: boolean;
  /**
   * Unknown to the knowledge base but everyday English ("deem", "imperative"), in a question that names
   * the course: it neither counts as another subject's word nor weighs much in coverage and fit.
   */
  readonly everyday: boolean;
}

export interface Candidate {
  readonly entry: AnswerEntry;
  /** BM25 score of the entry's best phrasing. */
  readonly score: number;
  readonly text: string;
  /** Weighted share of the question's content words found in this entry (0–1). */
  readonly coverage: number;
  /**
   * How well the question and the entry's closest phrasing fit each other both ways (0–1): the harmonic
   * mean of the share of the question found in the phrasing and the share of the phrasing found in the
   * question. A stray shared word ("plan" in "the Marshall Plan") covers little of either.
   */
  readonly fit: number;
  /** What the ranking weighed, by name (see RankFeatures). */
  readonly features: RankFeatures;
  /** The weighted sum of the features the candidates are ordered by. */
  readonly key: number;
  /** What the learned reranker weighed (src/matching/rerank.ts), and its score, when it ran. */
  readonly rerank?: { readonly features: Readonly<Record<RerankFeature, number>>; readonly score: number };
}

/** What the ranking weighs about a candidate entry, each 0–1. Their weights are MATCHER_DEFAULTS.rankWeights. */
const FEATURE_NAMES = ['coverage', 'fit', 'score', 'card', 'clueCard', 'questionWord', 'intentAgree', 'intentClash', 'figuresAgree'] as const;
export type RankFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

export interface Ranking {
  readonly query: string;
  readonly truncated: boolean;
  readonly verdict: 'ok' | 'empty' | 'about-tutor' | 'off-course';
  readonly terms: readonly QueryTerm[];
  /** Weighted share of the question's content words the knowledge base has never seen. */
  readonly unknownShare: number;
  readonly candidates: readonly Candidate[];
  /** The question is the first candidate's own question, word for word (after normalising). */
  readonly exact: boolean;
  /** The question names a course person, term or topic ("Bukharin", "the Lenin Enrolment"). */
  readonly namesCourse: boolean;
  /**
   * The question uses a name or word at the centre of the course ("Stalin", "famine"; knowledge/vocabulary.yaml,
   * centralNames), and otherwise only words the notes or everyday English know, none another subject's.
   */
  readonly centralInPlainWords: boolean;
  /** Its every content word is only ever the middle of a person's longer name, as a patronymic is ("Petrovich"): it names no one. */
  readonly middleNameOnly?: boolean;
  /**
   * The candidate the hand-weighted key put first, when the learned reranker put another first: whether
   * to answer is decided on it (the thresholds were set for it), which entry to answer with by the reranker.
   */
  readonly firstRanked?: Candidate;
}

export interface MatcherOptions {
  /** Words that mark a question as outside the course (e.g. "hitler"): knowledge/vocabulary.yaml. */
  readonly offCourseWords?: readonly string[];
  /** Phrases that do the same in everyday words ("new deal"), matched as whole words. */
  readonly offCoursePhrases?: readonly string[];
  /** Names other periods share ("stalin", "lenin"): a course name made of these alone does not mark a question as the course's. */
  readonly sharedNames?: readonly string[];
  /** Names and words at the centre of the course ("stalin", "famine"): a question in known words using one gets suggestions, not a refusal. */
  readonly centralNames?: readonly string[];
  /** The years the course covers; a question naming only years outside it is refused. */
  readonly courseYears?: readonly [number, number];
  /** Everyday English words (lower-case); SCOWL's lists by default (src/matching/everyday-words.ts). */
  readonly everydayWords?: EverydayWords;
  /**
   * Names of the course's things beyond its people's and terms' own (topic titles and aliases): a
   * question that names one is never refused as outside the course unless it names another subject too.
   */
  readonly courseNames?: readonly string[];
  /** Words of exam technique (knowledge/vocabulary.yaml): with the student speaking of themselves, a question for the skills entries. */
  readonly examSkillWords?: readonly string[];
  /** Words of another subject that are also the threat the USSR faced ("hitler"), and words naming the Soviet side ("stalin"): knowledge/vocabulary.yaml. */
  readonly foreignThreatWords?: readonly string[];
  readonly sovietSideWords?: readonly string[];
  /** Words of a question about historians and their books ("historian", "published"): knowledge/vocabulary.yaml. */
  readonly historiographyWords?: readonly string[];
  /** Words of historians' views ("argue", "view"): with historiographyWords, beside one a historian's everyday-word name ("Ward") is theirs. */
  readonly historianViewWords?: readonly string[];
  /** The person cards of those who wrote history, each with the titles of their books (from their role). */
  readonly historians?: Readonly<Record<string, readonly string[]>>;
  /** Words a refusal never gives as its reason ("ngl", "joke", "homework"): knowledge/vocabulary.yaml. */
  readonly chatWords?: readonly string[];
  /** Synonyms and stems (knowledge/vocabulary.yaml's synonyms with the everyday ones): the everyday ones alone by default. */
  readonly lexicon?: Lexicon;
  /** Each topic's title and aliases by topic id, for the reranker. */
  readonly topicNames?: Readonly<Record<string, readonly string[]>>;
  /**
   * The learned reranker over the candidates (src/matching/rerank.ts): RERANK_MODEL by default; null
   * orders them by the hand-weighted key alone. `features` computes the reranker's features without
   * reordering (for fitting it).
   */
  readonly reranker?: RerankModel | null | 'features';
  /** Overrides of the tuning defaults (for experiments and the benchmark). */
  readonly tuning?: TuningOverrides;
}

type Widen<T> = T extends number ? number : T extends object ? { readonly [K in keyof T]: Widen<T[K]> } : T;
export type MatcherTuning = Widen<typeof MATCHER_DEFAULTS>;
export type TuningOverrides = Partial<Omit<MatcherTuning, 'rankWeights'>> & { rankWeights?: Partial<MatcherTuning['rankWeights']> };

const NO_TERMS: readonly string[] = Object.freeze([]);

interface Doc {
  entryId: string;
  text: string;
  /** The phrasing's terms, as the index reads them. */
  terms: readonly string[];
  /** The question words of the phrasing (why, who…). */
  asks: readonly string[];
}

/**
 * Questions about the tutor itself ("who made you", "are you an AI"). Their words are everyday ones the
 * course also uses ("made", "model"), so without this they drew an unrelated answer.
 */
const ABOUT_TUTOR = [
  /\b(who|what) (made|created|built|programmed|coded|trained|designed) (you|u)\b/,
  /\bwhat (model|ai|llm|language model|bot) (are|r) (you|u)\b/,
  /\b(are|r) (you|u) (a |an )?(bot|ai|human|person|real|chatgpt|gpt|robot)\b/,
  /^(who|what) (are|r) (you|u)$/,
  /\bhow old (are|r) (you|u)\b/, /^how (are|r) (you|u)( doing)?( today)?$/,
  /\bwhat(s| is)? (your|ur) name\b/,
  /\bhow (do|can|should) (i|we) use (this|you|u|it|the bot|the tutor)\b/,
  /\bwhat (topics|subjects|things) (do|can) (you|u) (cover|know|do|teach|help with)\b/,
];


/**
 * Small talk a class tries first, whose everyday words ("time", "weather", "life") the course uses too.
 * Present tense only: "what was the weather like in 1932" is a course question. (Other subjects and
 * periods are named in knowledge/vocabulary.yaml.)
 */
const SMALL_TALK = [
  /\bwhat time is it\b/, /^(what|whats) (is )?the time\b(?! (period|frame|of|line|scale|when|between))/,
  /\bwhat (day|date) is it\b/, /\b(what|whats) (is )?(the )?(date|day) today\b/, /\btodays? date\b/,
  /^(what|whats|how|hows) (is )?the weather( like)?( today| now| outside| rn| tomorrow)?$/, /\bis it (going to|gonna) rain\b/,
  /\bmeaning of life\b/, /^(what|whats) is love$/,
  /^(what|whats) (is )?\d{1,3} (plus|minus|times|x|divided by|add|take away) \d{1,3}$/, /^(what|whats) (is )?\d{1,2} \d{1,2}$/,
];

/** A monarch's or pope's number after a name, ii to xxiii ("henry viii", "louis xiv", "pius xi"); not i, v or x alone. */
const REGNAL_NUMBER = /^(?=[ivx]{2,5}$)x{0,2}(ix|iv|v?i{0,3})$/;

/**
 * A flashcard or trivia clue that describes its answer instead of naming it: "What name was given to…",
 * "This one-time ally of Stalin… Who was he?", "Coal miner in the Donbas celebrated as a hero" (no
 * question word at all), a naming stem ("The purges were known as the ___", "Term for …"). Its answer is usually a person's
 * or a term's card.
 */
const CLUE = /\b(what|which) (name|term|word|phrase|title|nickname) (was|is|were|did|do)\b|\b(the )?(name|term|nickname) (given|used) (to|for)\b|\bwhat (was|is|were) (the )?(name|term|nickname)\b|\bwho (was|were|is) (he|she|this|that|they)\b|^(this|these|he|she) |\b(known|referred to|remembered|described) as( the| a| an)?$|\b(this|it) (was|is) (a|an|the|called)$|^(a |the )?(term|word|name) for\b/;
/** A question asking what a term means: "what was the NEP", "define kulak", "what was meant by…". */
const DEFINITION = /^(what (is|was|were|are)( meant by)?|whats|define|definition of|meaning of)\b|\bwhat (does|did) .{1,40} mean\b/;

function isClue(normalised: string): boolean {
  // A description with no question word is a clue when it is long enough to describe ("urals siberian
  // method" is a topic typed bare, "coal miner in the donbas celebrated as a hero" a clue).
  return CLUE.test(normalised) || (normalised.split(' ').length >= 7 && !/\b(who|whom|whose|what|whats|when|where|why|how|which|was|were|did|does|do|is|are)\b/.test(normalised));
}

/**
 * How far (in reranker score) the reranker may put the first ranking's choice behind its own for that choice still to
 * be offered first beside the answer. Set in December 2026 (trial 2, finding 14): 4 no longer puts the testament
 * question's stray Terror button first; on the readable real sets, no right entry left the first reply at 1 to 4
 * (bench shownFirst the same), and 4 changed the buttons of one other question only, for the better.
 */
const FIRST_RANKED_MAX_GAP = 4;

/**
 * The entries less those that define what an earlier one defines: "What was meant by 'Holodomor'?" after
 * "What is the Holodomor?" would be the same button twice.
 */
function distinctSubjects(entries: readonly AnswerEntry[]): AnswerEntry[] {
  const seen = new Set<string>();
  return entries.filter((e) => {
    const key = subjectKey(e);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What an entry's question defines ("what was the gulag": "gulag"), or its id: worked out once for each entry. */
const SUBJECT_KEYS = new WeakMap<AnswerEntry, string>();
function subjectKey(e: AnswerEntry): string {
  let key = SUBJECT_KEYS.get(e);
  if (key === undefined) {
    const defined = /^(?:what (?:is|was|were|are)(?: meant by)?|who (?:is|was|were|are))\s+(?:(?:the|a|an) )?(.+)$/.exec(normaliseText(e.question))?.[1];
    key = defined ?? `#${e.id}`;
    SUBJECT_KEYS.set(e, key);
  }
  return key;
}

/**
 * Nouns exam questions wrap around their subject ("describe two features of…", "main characteristics of"), as the
 * lexicon reads them: in a question naming the course they weigh less (furnitureWeight), so the subject decides.
 */
const FURNITURE_TERMS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(['feature', 'features', 'characteristic', 'characteristics', 'aspect', 'aspects']));

/** A question as the exact-match test reads it: normalised, one tense, no articles. */
/** Whether a phrase stands as the end of a span ("until stalin death", "up to the death of stalin"), not as what is asked. */
function endsASpan(spaced: string, phrase: string): boolean {
  return [' until ', ' till ', ' up to ', ' up until '].some((before) => spaced.includes(`${before}${phrase} `) || spaced.includes(`${before}the ${phrase} `));
}

/** Asking for a card by its name ("tell me about stalin", "info on kulaks"): the name alone, as exactKey reads it. */
const ASKED_ABOUT_A_CARD = /^(?:(?:can you |could you |pls |please )?tell me (?:all |everything |more |a bit )?about|info(?:rmation)? (?:on|about)|facts (?:on|about)|teach me about) /;

const exactKey: (text: string) => string = rememberLatest((text) =>
  normaliseText(text)
    .replace(/\b(whats|wats|wat|wot|wht)\b/g, (w) => (w.endsWith('s') ? 'what was' : 'what'))
    .replace(/\b(is|are|was|were)\b/g, 'was')
    .replace(/\b(does|do|did)\b/g, 'did')
    .replace(/\b(the|a|an) /g, '')
    .trim(),
);

/**
 * The `count` highest-scored of `items`, highest first, ties in their given order: what a stable sort's
 * first `count` would be, without sorting the hundreds of entries a common word like "stalin" finds.
 */
function highestFirst<T extends readonly [string, { score: number }]>(items: readonly T[], count: number): T[] {
  const top: T[] = [];
  for (const item of items) {
    const score = item[1].score;
    if (top.length === count && score <= (top[count - 1] as T)[1].score) continue;
    let at = top.length;
    while (at > 0 && (top[at - 1] as T)[1].score < score) at--;
    top.splice(at, 0, item);
    if (top.length > count) top.pop();
  }
  return top;
}

/**
 * Whether an entry gives the kind of answer the question asks for: "agree" when they share one, "clash"
 * when both ask clearly for different kinds ("why" against "how many"). A question of method ("how
 * did…") is too loose to clash with anything.
 */
function intentAgreement(asked: ReadonlySet<Intent>, gives: ReadonlySet<Intent>): 'agree' | 'clash' | 'none' {
  if (asked.size === 0 || gives.size === 0) return 'none';
  for (const i of asked) if (gives.has(i)) return 'agree';
  const onlyMethod = (s: ReadonlySet<Intent>) => [...s].every((i) => i === 'method');
  return onlyMethod(asked) || onlyMethod(gives) ? 'none' : 'clash';
}

/** An entry's profile for the reranker without the words it uses only as the name of someone the question does not mean. */
function blindProfile(profile: EntryProfile, blind: ReadonlySet<string> | undefined): EntryProfile {
  if (!blind) return profile;
  const without = (terms: Iterable<string>) => [...terms].filter((t) => !blind.has(t));
  return {
    ...profile,
    phrasingTerms: new Set(without(profile.phrasingTerms)),
    answerTerms: new Set(without(profile.answerTerms)),
    questionTerms: new Set(without(profile.questionTerms)),
    phrasings: profile.phrasings.map(without),
  };
}

/** How many of the last rankings a matcher keeps, for the same text ranked again while /ask reads one question. */
const RECENT_RANKINGS = 8;

/**
 * One search's best score per entry, by the entry's place: the phrasing that earned it (-1 for the answer alone), and
 * the entries in the order first found (the order ties are kept in). Made once per index; start() clears it for the next.
 */
class EntrySearch {
  readonly score: Float64Array;
  readonly doc: Int32Array;
  private readonly seen: Uint32Array;
  private round = 0;
  /** The entries found, in the order first found: `found` of them, in an array kept for every search. */
  private readonly order: Int32Array;
  private found = 0;
  constructor(size: number) {
    this.score = new Float64Array(size);
    this.doc = new Int32Array(size);
    this.seen = new Uint32Array(size);
    this.order = new Int32Array(size);
  }
  start(): void {
    this.round++;
    this.found = 0;
  }
  has(place: number): boolean {
    return this.seen[place] === this.round;
  }
  /** A phrasing scored: the entry's best when better than its last. */
  phrasing(place: number, doc: number, score: number): void {
    if (this.seen[place] !== this.round) {
      this.seen[place] = this.round;
      this.order[this.found++] = place;
    } else if (!(score > this.score[place]!)) return;
    this.score[place] = score;
    this.doc[place] = doc;
  }
  /** An answer scored: added to the entry's best phrasing's score, or its score alone. */
  answer(place: number, extra: number): void {
    if (this.seen[place] === this.round) this.score[place] = this.score[place]! + extra;
    else {
      this.seen[place] = this.round;
      this.order[this.found++] = place;
      this.score[place] = extra;
      this.doc[place] = -1;
    }
  }
  /** The `count` best entries `allowed`, best first, ties in the order found (as highestFirst). */
  highest(count: number, allowed?: (place: number) => boolean): number[] {
    const top: number[] = [];
    if (count <= 0) return top;
    const { score, order, found } = this;
    for (let i = 0; i < found; i++) {
      const place = order[i]!;
      const s = score[place]!;
      if (top.length === count && s <= score[top[count - 1]!]!) continue;
      if (allowed && !allowed(place)) continue;
      // Into its place, those below it moved down one (the last dropped when the list is full): no array made for each.
      let at = top.length;
      if (at < count) top.push(place);
      else at--;
      while (at > 0 && score[top[at - 1]!]! < s) {
        top[at] = top[at - 1]!;
        at--;
      }
      top[at] = place;
    }
    return top;
  }
}

/** Whether a short list holds a term twice (without a set for each of the index's thousands of phrasings). */
function hasRepeats(terms: readonly string[]): boolean {
  for (let i = 1; i < terms.length; i++) for (let j = 0; j < i; j++) if (terms[i] === terms[j]) return true;
  return false;
}

/** One more entry uses the term. */
function countEntry(counts: Map<string, { entries: number }>, term: string): void {
  const c = counts.get(term);
  if (c) c.entries++;
  else counts.set(term, { entries: 1 });
}

/**
 * What the index reads of its entries: each phrasing's terms (its documents for BM25), each entry's terms in its
 * phrasings and in its answer, and in how many entries each term is. Each text is read once, in loops rather than
 * chains of lists (those lists were much of what building cost, in garbage collection), and in a function of its
 * own: the engine optimises a small function once and keeps it for every rebuild, where this loop inside
 * createMatcher was compiled afresh, and thrown away again, with each.
 */
function readEntries(entries: readonly AnswerEntry[], read: readonly EntryWords[], spell: (word: string) => string, termsOf: Lexicon['termsOf']) {
  const docs: Doc[] = [];
  const phrasingTerms = new Map<string, Set<string>>();
  const phrasingLists = new Map<string, string[][]>();
  const answerTerms = new Map<string, Set<string>>();
  // How many entries use each term, in a record each: one look-up a term rather than two.
  const counts = new Map<string, { entries: number }>();
  // Each term met in an answer: the last entry whose answer had it, and whether it is a content term.
  const answerMet = new Map<string, { at: number; content: boolean }>();
  entries.forEach((e, at) => {
    const words = read[at] as EntryWords;
    const own = new Set<string>();
    const seen = new Set<string>();
    let lists = phrasingLists.get(e.id);
    if (!lists) phrasingLists.set(e.id, (lists = []));
    for (let i = -1; i < e.phrasings.length; i++) {
      const text = i < 0 ? e.question : (e.phrasings[i] as string);
      // Misspelt words are corrected before synonyms and stems, as in a question.
      const terms = termsOf((i < 0 ? words.question : (words.phrasings[i] as readonly string[])).map(spell)).filter((t) => !STOPWORDS.has(t));
      const key = terms.join(' ');
      if (seen.has(key)) continue; // phrasings that differ only in stopwords or spelling add nothing
      seen.add(key);
      for (const t of terms) own.add(t);
      // What is left after the stopwords are content terms and question words. Lists are shared where they are
      // the same (most phrasings repeat no term and ask nothing): thousands are kept for as long as the index is.
      lists.push(hasRepeats(terms) ? [...new Set(terms)] : terms);
      const asks = terms.some((t) => QUESTION_WORDS.has(t)) ? terms.filter((t) => QUESTION_WORDS.has(t)) : NO_TERMS;
      docs.push({ entryId: e.id, text, terms: terms.includes('') ? terms.filter(Boolean) : terms, asks });
    }
    phrasingTerms.set(e.id, own);
    // Each term counts once per entry, in its phrasings or its answer.
    for (const t of own) countEntry(counts, t);
    const inAnswer = new Set<string>();
    // An answer's terms are tens of thousands in all, mostly repeats and stopwords: each term's record says in one
    // look-up whether it is a content term and whether this answer had it already.
    for (const t of termsOf(words.answer)) {
      let met = answerMet.get(t);
      if (!met) answerMet.set(t, (met = { at: -1, content: isContentTerm(t) }));
      if (met.at === at) continue;
      met.at = at;
      if (!met.content) continue;
      inAnswer.add(t);
      if (!own.has(t)) countEntry(counts, t);
    }
    answerTerms.set(e.id, inAnswer);
  });
  const frequency = new Map<string, number>();
  counts.forEach((c, t) => frequency.set(t, c.entries));
  return { docs, phrasingTerms, phrasingLists, answerTerms, frequency };
}

export function createMatcher(entries: readonly AnswerEntry[], options: MatcherOptions = {}): Matcher {
  const D: MatcherTuning = { ...MATCHER_DEFAULTS, ...options.tuning, rankWeights: { ...MATCHER_DEFAULTS.rankWeights, ...options.tuning?.rankWeights } };
  const byId = new Map(entries.map((e) => [e.id, e]));
  // The kind of answer each entry gives, read from its own question ("Why did…" gives causes).
  const entryIntents = new Map(entries.map((e) => [e.id, intentsOf(e.question)]));
  const offCourse = new Set(options.offCourseWords ?? []);
  const central = new Set(options.centralNames ?? []);
  // Nazi Germany is another subject, but also the threat the USSR faced: these words count as another
  // subject's only when the question does not name the Soviet side as well (knowledge/vocabulary.yaml).
  const foreignThreat = new Set(options.foreignThreatWords ?? []);
  const historiography = new Set(options.historiographyWords ?? []);
  // Words of historians' views and debates ("argue", "convincing", "archives"): a year after the course beside one is
  // the historiography's ("which is more convincing now, post-1991?"), not another period.
  const historianViews = new Set(options.historianViewWords ?? []);
  const asksOfHistorians = (typed: readonly string[]) => typed.some((w) => historiography.has(w) || historianViews.has(w));
  const chat = new Set(options.chatWords ?? []);
  const sovietSide = new Set(options.sovietSideWords ?? []);
  const asksExamSkill = examSkillReader(options.examSkillWords ?? []);
  // Exam advice is for questions that ask for it: "were the plans a success?" is not "how do I answer a how-successful question".
  const isCourseEntry = (e: AnswerEntry) => e.kind !== 'skill';
  const isSkillEntry = (e: AnswerEntry) => e.kind === 'skill';
  const everyday = options.everydayWords ?? everydayWords();

  const lexicon = options.lexicon ?? PLAIN_LEXICON;
  // Another subject's phrases, looked for with the course's synonyms applied to both them and the question, so that a
  // phrase of the course's own that holds one is read whole: "Stalin death camps" has the camps ("death camps"), not
  // Stalin's death in 1953. Each as read, to the phrase as written (what a refusal names).
  const offCoursePhraseOf = new Map((options.offCoursePhrases ?? []).map((p) => normaliseText(p)).map((p) => [lexicon.applySynonyms(p), p] as const));
  const offCoursePhrase = offCoursePhraseOf.size ? new RegExp(`\\b(${[...offCoursePhraseOf.keys()].join('|')})\\b`, 'g') : undefined;
  /** Another subject's phrases in normalised text, as written in the fact base. */
  const offCoursePhrasesIn = (normalised: string): string[] =>
    offCoursePhrase ? (lexicon.applySynonyms(normalised).match(offCoursePhrase) ?? []).map((p) => offCoursePhraseOf.get(p) ?? p) : [];
  const { termsOf } = lexicon;
  // The Soviet side's words as read (synonyms, stems), so that a spelling the course reads as one of them counts.
  const sovietSideTerms = new Set(termsOf([...sovietSide]));
  // Each entry's question, phrasings and answer are read into words once (the speller reads them too); nothing
  // else is remembered (questions kept as read would grow without end).
  const read = entries.map(entryWords);
  const words = surfaceWords;
  const speller = createSpeller(entries, offCourse, everyday, read);
  const spell = (w: string) => speller.spell(w);
  // A word of everyday English, as typed or as corrected.
  const isEverydayWord = (w: string) => everyday.all.has(w) || everyday.all.has(spell(w));
  const spelledTerms = (text: string) => termsOf(words(text).map(spell));
  // "Stalin's wife" is Nadezhda Alliluyeva, not Stalin: a possessive relative a person card names is read as that card's name.
  const readRelatives = createRelativeReader(entries, termsOf);

  const { docs, phrasingTerms, phrasingLists, answerTerms, frequency } = readEntries(entries, read, spell, termsOf);
  // People's names that are everyday words ("Ward", "Pipes"), and the entries that use them only as names (src/matching/name-words.ts).
  const nameKey = (text: string) => exactKey(text).replace(/^who was /, '');
  const nameWords = createNameWords({
    entries,
    everyday,
    termsOf: (ws) => termsOf(ws.map(spell)),
    uses: (id, term) => !!phrasingTerms.get(id)?.has(term) || !!answerTerms.get(id)?.has(term),
    keyOf: nameKey,
    historians: new Map(Object.entries(options.historians ?? {})),
    historyTerms: new Set(termsOf([...(options.historiographyWords ?? []), ...(options.historianViewWords ?? [])]).filter(isContentTerm)),
  });

  // The course's names, each as the set of its content terms. A one-word name counts only when it is no
  // common English word ("Bukharin", "kulak", "gulag"; not "famine" or "terror" alone, which other
  // subjects use too); longer names always do ("the Great Terror", "show trials").
  const courseNames: string[][] = [];
  // The words of its names of two words or more, as written ("five", "year", "plan"; "show", "trials").
  const longNameWords = new Set<string>();
  const shared = new Set(options.sharedNames ?? []);
  for (const text of [...entries.flatMap((e) => e.names ?? []), ...(options.courseNames ?? [])]) {
    const typedWords = words(text).filter((w) => !STOPWORDS.has(w));
    const terms = [...new Set(termsOf(typedWords.map(spell)).filter(isContentTerm))];
    if (terms.length === 0 || terms.some((t) => offCourse.has(t))) continue;
    if (terms.length === 1 && typedWords.every((w) => everyday.common.has(w))) continue;
    if (typedWords.every((w) => shared.has(w))) continue;
    courseNames.push(terms);
    if (typedWords.length >= 2) for (const w of typedWords) if (w.length >= 3 && !/\d/.test(w)) longNameWords.add(spell(w));
  }
  // Words only ever in the middle of a person's longer name, as patronymics are ("Petrovich" of Pavel Petrovich
  // Postyshev, Ivanovich of Yezhov's and Bukharin's): alone they name no one, so they get suggestions, not a card.
  const middleNames = new Set<string>();
  const nameEnds = new Set<string>();
  for (const e of entries) if (e.kind === 'person') for (const name of e.names ?? []) {
    const nameTerms = termsOf(words(name).map(spell)).filter(isContentTerm);
    nameTerms.forEach((t, i) => (i > 0 && i < nameTerms.length - 1 ? middleNames : nameEnds).add(t));
  }
  for (const t of nameEnds) middleNames.delete(t);
  // The course's people by surname, Stalin's too ("stalin", "bukharin"; not one that is an everyday word, "Ward").
  const personSurnames = new Set<string>();
  for (const e of entries) if (e.kind === 'person') for (const name of e.names ?? []) {
    const last = words(name).filter((w) => !STOPWORDS.has(w)).at(-1);
    if (last && !everyday.common.has(last)) for (const t of termsOf([spell(last)]).filter(isContentTerm)) personSurnames.add(t);
  }
  // The names a question's words may complete, by each name's first term: there are hundreds of names.
  const namesByFirstTerm = new Map<string, number[]>();
  courseNames.forEach((name, i) => {
    const first = name[0] as string;
    const list = namesByFirstTerm.get(first);
    if (list) list.push(i);
    else namesByFirstTerm.set(first, [i]);
  });
  /** The course's names all of whose terms are among `terms`, in the order they were listed. */
  const namesWithin = (terms: ReadonlySet<string>): string[][] => {
    const places: number[] = [];
    for (const t of terms) {
      const starting = namesByFirstTerm.get(t);
      if (starting) for (const i of starting) places.push(i);
    }
    if (places.length > 1) places.sort((a, b) => a - b);
    const within: string[][] = [];
    for (const i of places) {
      const name = courseNames[i] as string[];
      if (name.every((t) => terms.has(t))) within.push(name);
    }
    return within;
  };

  // The words of the course's names of two words or more ("five year plan", "show trials"), for reading a short slip
  // by the name the question's other words begin ("the 5 yer plan"): built on the first question with such a word.
  let nameWordCorrector: SpellingCorrector | undefined;
  const nameWordsCorrector = () => (nameWordCorrector ??= new SpellingCorrector(new Map([...longNameWords].map((w) => [w, 1]))));
  /**
   * A word too short for the speller to correct without guessing (four letters or fewer: "yer" could be "yes", "her"
   * or "year"), that the notes never use, read as the word one slip away that completes a course name of two words
   * or more with the question's other words ("wat was the 5 yer plan" asks about the Five-Year Plan). Only such a
   * name: alone, a short word is more often another word than a slip.
   */
  const completingNames = (spelt: readonly string[]): string[] => {
    const isSlip = (w: string) =>
      w.length >= 3 && w.length <= 4 && !/\d/.test(w) && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !offCourse.has(w) && termsOf([w]).every((t) => !frequency.has(t));
    if (!spelt.some(isSlip)) return [...spelt];
    let read = [...spelt];
    // Normalised again with the word read, as typed text is ("5 year plan" is "five year plan").
    const withWord = (i: number, word: string) => normaliseText(read.map((v, j) => (j === i ? word : v)).join(' ')).split(' ');
    for (let i = read.length - 1; i >= 0; i--) {
      const w = read[i] as string;
      if (!isSlip(w)) continue;
      const named = namesWithin(new Set(termsOf(read))).length;
      const fix = nameWordsCorrector()
        .within(w, 1)
        .map(({ word }) => withWord(i, word))
        // The word read must name nothing alone ("year", not "mts" for "Mrs"): the name is completed by the others.
        .find((fixed) => namesWithin(new Set(termsOf([fixed[i] ?? '']))).length === 0 && namesWithin(new Set(termsOf(fixed))).length > named);
      if (fix) read = fix;
    }
    return read;
  };

  // What the reranker knows of each entry and topic (src/matching/rerank.ts).
  const reranker = options.reranker === undefined ? RERANK_MODEL : options.reranker;
  const contentOf = (text: string) => spelledTerms(text).filter(isContentTerm);
  const profiles = new Map<string, EntryProfile>();
  if (reranker)
    for (const e of entries) {
      // Made from what the index already worked out: spelling correction is what building it costs.
      const phrasings = (phrasingLists.get(e.id) ?? []).map((p) => (p.every(isContentTerm) ? p : p.filter(isContentTerm)));
      profiles.set(e.id, {
        kind: e.kind,
        topic: e.topic,
        phrasingTerms: phrasingTerms.get(e.id) ?? new Set(),
        answerTerms: answerTerms.get(e.id) ?? new Set(),
        questionTerms: new Set(phrasings[0]),
        phrasings,
        dated: [e.question, ...e.phrasings, e.answer].some((text) => /\b\d{4}\b/.test(text)),
        intents: entryIntents.get(e.id) ?? new Set(),
      });
    }
  const topicTerms = new Map(Object.entries(options.topicNames ?? {}).map(([id, names]) => [id, new Set(names.flatMap(contentOf))]));
  /** The weighted share of the question's terms in each candidate's topic's names (the reranker's topicShare). */
  const topicSharesOf = (candidates: readonly Candidate[], terms: readonly QueryTerm[], total: number): Map<string, number> => {
    const shares = new Map<string, number>();
    for (const c of candidates) {
      const { topic } = c.entry;
      const names = topicTerms.get(topic);
      if (!names || shares.has(topic)) continue;
      let n = 0;
      for (const t of terms) n += names.has(t.term) ? t.weight : 0;
      shares.set(topic, n / total);
    }
    return shares;
  };

  // An entry's own question, word for word but for tense and articles ("what is collectivisation" asks
  // "What was collectivisation?"); two entries the same but for those are no exact match for either.
  const exactQuestions = new Map<string, string | null>();
  for (const e of entries) if (e.kind === 'question') {
    const key = exactKey(e.question);
    exactQuestions.set(key, exactQuestions.has(key) ? null : e.id);
  }
  // A person's or term's name or alias typed alone ("the famine", "Kirov") is that card's, unless a question is worded so.
  const exactNames = new Map<string, string | null>();
  for (const e of entries) if (e.kind === 'person' || e.kind === 'term') for (const key of new Set((e.names ?? []).map(exactKey))) {
    if (!key || exactQuestions.has(key)) continue;
    exactNames.set(key, exactNames.has(key) && exactNames.get(key) !== e.id ? null : e.id);
  }

  // The kind of answer each phrasing asks for, read on first use (most phrasings never need it).
  const phrasingIntents = new WeakMap<Doc, ReadonlySet<Intent>>();
  const intentsOfPhrasing = (doc: Doc): ReadonlySet<Intent> => {
    let intents = phrasingIntents.get(doc);
    if (!intents) phrasingIntents.set(doc, (intents = readIntents(normaliseText(doc.text))));
    return intents;
  };

  const index = new Bm25Index(docs.map((d) => d.terms), { k: D.bm25K, b: D.bm25B, d: 0.5 });
  // Answers are searched too, at a low weight: they hold the words a student may use that no phrasing has.
  const answerIndex = new Bm25Index(entries.map((e) => [...(answerTerms.get(e.id) ?? [])]));
  // A search's best score per entry, in arrays by entry (each id's first place among the entries) rather than a map of
  // objects: a common word ("stalin") finds a thousand phrasings, and a question is searched several times.
  const placeOf = new Map<string, number>();
  entries.forEach((e, at) => {
    if (!placeOf.has(e.id)) placeOf.set(e.id, at);
  });
  const docPlace = Int32Array.from(docs, (d) => placeOf.get(d.entryId) ?? 0);
  const answerPlace = Int32Array.from(entries, (e) => placeOf.get(e.id) ?? 0);
  const search = new EntrySearch(entries.length);
  // An entry found by its answer alone stands for its own question: made once for each such entry, when first found so.
  const ownQuestionDocs: (Doc | undefined)[] = [];
  const ownQuestionDoc = (place: number): Doc => {
    let doc = ownQuestionDocs[place];
    if (!doc) {
      const entry = entries[place] as AnswerEntry;
      ownQuestionDocs[place] = doc = { entryId: entry.id, text: entry.question, terms: NO_TERMS, asks: NO_TERMS };
    }
    return doc;
  };
  // Which entries each filter the ranking is asked with allows, by place: the filters are few and fixed, the entries too.
  const allowedByFilter = new WeakMap<(entry: AnswerEntry) => boolean, (place: number) => boolean>();
  const allowedBy = (only: (entry: AnswerEntry) => boolean) => {
    let allowed = allowedByFilter.get(only);
    if (!allowed) {
      const ok = Uint8Array.from(entries, (e) => (only(byId.get(e.id) as AnswerEntry) ? 1 : 0));
      allowed = (place: number) => ok[place] === 1;
      allowedByFilter.set(only, allowed);
    }
    return allowed;
  };

  const [firstYear, lastYear] = options.courseYears ?? [1914, 1941];
  /** Whether some entry's phrasings or answer hold every one of `terms` ("khrushchev" and "1956": the Secret Speech). */
  const namedTogether = (terms: readonly string[]) =>
    entries.some((e) => terms.every((t) => phrasingTerms.get(e.id)?.has(t) || answerTerms.get(e.id)?.has(t)));
  // A word that belongs to another subject or period counts as unknown even if some answer mentions it in
  // passing: "what happened at Stalingrad" is refused, "the Stalingrad tractor factory" is not.
  const isOutsideYears = (term: string) => /^\d{4}$/.test(term) && (Number(term) < firstYear || Number(term) > lastYear);
  // The ends of a span of years that reaches into the course ("1924-1953", "between 1929 and 1953"): a paper's
  // period, not another period's question. A span that only touches the course at one end (1941-1945) does not.
  const yearsSpanningCourse = (normalised: string): Set<string> => {
    const found = new Set<string>();
    for (const m of normalised.matchAll(/\b(1[89]\d\d) (?:to |and |until |till )?(1[89]\d\d)\b/g)) {
      const [from, to] = [Number(m[1]), Number(m[2])];
      if (from < lastYear && to > firstYear && from < to) found.add(String(from)).add(String(to));
    }
    return found;
  };
  // Rare words weigh most. A word the knowledge base has never seen weighs as if it appeared in a few
  // entries: enough to pull coverage down for "stalingrad", not so much that one stray word sinks a match.
  const weights = new Map<string, number>();
  const weightOf = (term: string) => {
    let w = weights.get(term);
    if (w === undefined) {
      w = Math.log(1 + entries.length / (1 + (frequency.get(term) ?? D.unknownWordFrequency)));
      if (frequency.has(term)) weights.set(term, w);
    }
    return w;
  };
  const unknownWeight = Math.log(1 + entries.length / (1 + D.unknownWordFrequency));

  /** `blind`: the question's words the entry uses only as someone's name, where the question does not mean them. */
  const coverageOf = (id: string, terms: readonly QueryTerm[], total: number, answerWeight = D.answerTextWeight, blind?: ReadonlySet<string>) => {
    const own = phrasingTerms.get(id) ?? new Set<string>();
    const ans = answerTerms.get(id) ?? new Set<string>();
    let covered = 0;
    for (const w of terms) {
      const hit = blind?.has(w.term) ? 0 : own.has(w.term) ? 1 : ans.has(w.term) ? answerWeight : 0;
      covered += hit * w.weight * (w.fixed ? D.correctedWeight : 1);
    }
    return total > 0 ? covered / total : 0;
  };

  // Question words count in the fit at a small weight: "what was the gulag" fits "what was the gulag"
  // better than "where were the gulag camps", though both name the gulag.
  const fitWeightOf = (term: string) => (QUESTION_WORDS.has(term) ? D.questionWordWeight : weightOf(term));
  // A phrasing's terms' weights, and the weight of all of them, are the same for every question: made once.
  // Each term's weight, in the phrasing's order (the weight of the terms a question shares is summed in that order).
  // And its terms by their numbers in the index (-1 for none), to be looked up among the question's without hashing.
  const phrasingFacts = new Map<string, { numbers: Int32Array; weights: readonly number[]; weight: number }[]>();
  const phrasingFactsOf = (id: string) => {
    let facts = phrasingFacts.get(id);
    if (!facts) {
      facts = (phrasingLists.get(id) ?? [])
        .filter((p) => p.length > 0)
        .map((p) => {
          const weights = p.map(fitWeightOf);
          return { numbers: Int32Array.from(p, (t) => index.termNumber(t)), weights, weight: weights.reduce((n, w) => n + w, 0) };
        });
      phrasingFacts.set(id, facts);
    }
    return facts;
  };
  /**
   * The question's words and their weights as the fit reads them: one map per question, shared by its candidates; with
   * the words in a list, each at its place in the map, so that a phrasing marks the ones it holds.
   */
  const fitWeights = (terms: readonly QueryTerm[], questionWords: ReadonlySet<string>) => {
    const byTerm = new Map(terms.map((w) => [w.term, w.weight * (w.fixed ? D.correctedWeight : 1)]));
    for (const q of questionWords) byTerm.set(q, D.questionWordWeight);
    let total = 0;
    for (const w of byTerm.values()) total += w;
    const list = [...byTerm.keys()];
    // Each word's place in the list, by its number in the index, for this question (until the next one's).
    const question = ++fitQuestion;
    list.forEach((t, at) => {
      const n = index.termNumber(t);
      if (n < 0) return;
      termQuestion[n] = question;
      termPlace[n] = at;
    });
    // Which are question words (never read in an answer): looked up once for the question, not once for each candidate.
    const asking = Uint8Array.from(list, (t) => (QUESTION_WORDS.has(t) ? 1 : 0));
    return { byTerm, total, list, weights: list.map((t) => byTerm.get(t) as number), question, asking };
  };
  // Which question's list (fitWeights) each index term is in, and its place there; made once for every question.
  const termQuestion = new Float64Array(index.termCount);
  const termPlace = new Int32Array(index.termCount);
  let fitQuestion = 0;
  // Which of the question's words a phrasing holds, by their places (fitWeights): one array for every fit, marked anew for each phrasing.
  let heldMarks = new Uint32Array(64);
  let inAnswerScratch = new Float64Array(64);
  let readScratch = new Uint8Array(64);
  let heldMark = 0;
  const fitOf = (id: string, query: ReturnType<typeof fitWeights>, blind?: ReadonlySet<string>) => {
    const { total, list, weights: qWeights, question, asking } = query;
    const ans = answerTerms.get(id);
    if (heldMarks.length < list.length) {
      heldMarks = new Uint32Array(2 * list.length);
      inAnswerScratch = new Float64Array(2 * list.length);
      readScratch = new Uint8Array(2 * list.length);
    }
    // What each of the question's words earns when a phrasing lacks it but the answer has it; whether it is read at all
    // (not blind). In arrays kept for every fit: a question's fits are worked out for dozens of entries.
    const qInAnswer = inAnswerScratch;
    const qRead = readScratch;
    // The most recall any phrasing can have (every word read, each by the more it can earn): a phrasing whose fit could
    // not beat the best so far even with it is not summed. Only where no weight is below nought (tuning could make one).
    let reachable = 0;
    let bounded = total > 0;
    for (let q = 0; q < list.length; q++) {
      const t = list[q] as string;
      const inAnswer = asking[q] === 0 && ans?.has(t) ? (qWeights[q] as number) * D.answerTextWeight : 0;
      qInAnswer[q] = inAnswer;
      qRead[q] = blind?.has(t) ? 0 : 1;
      if (qRead[q]) {
        const own = qWeights[q] as number;
        if (!(own >= 0 && inAnswer >= 0)) bounded = false;
        reachable += own > inAnswer ? own : inAnswer;
      }
    }
    const recallMost = reachable / total;
    const marks = heldMarks;
    let best = 0;
    for (const phrasing of phrasingFactsOf(id)) {
      if (heldMark === 0xffffffff) {
        marks.fill(0);
        heldMark = 0;
      }
      const mark = ++heldMark;
      // The weight of the phrasing's terms the question holds, in the phrasing's order.
      let matched = 0;
      const { numbers, weights } = phrasing;
      for (let at = 0; at < numbers.length; at++) {
        const n = numbers[at] as number;
        if (n < 0 || termQuestion[n] !== question) continue;
        const q = termPlace[n] as number;
        if (!qRead[q]) continue;
        marks[q] = mark;
        matched += weights[at] as number;
      }
      const precision = phrasing.weight > 0 ? matched / phrasing.weight : 0;
      // The fit grows with recall: at the most recall, below the best (by more than rounding could make up), it stays below.
      if (bounded && best > 0 && precision >= 0) {
        const most = recallMost + precision > 0 ? (2 * recallMost * precision) / (recallMost + precision) : 0;
        if (most * (1 + 1e-9) < best) continue;
      }
      // The question's words the phrasing holds, or its answer, in the question's order.
      let recall = 0;
      for (let q = 0; q < list.length; q++) if (qRead[q]) recall += marks[q] === mark ? (qWeights[q] as number) : (qInAnswer[q] as number);
      recall /= total;
      const f = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
      if (f > best) best = f;
    }
    return best;
  };

  // The names of the course's own cards that use another subject's words: a term card's ("Operation Barbarossa", the
  // invasion of June 1941) and a historian's of two words or more ("Nicholas Timasheff"). Named in a question, their
  // words are the card's, not another subject's.
  const ownedNames = [
    ...new Set(
      entries
        .filter((e) => e.kind === 'term' || (options.historians && e.id in options.historians))
        .flatMap((e) => (e.names ?? []).map((n) => normaliseText(n)).filter((n) => n && (e.kind === 'term' || n.includes(' '))))
        .filter((n) => n.split(' ').some((w) => offCourse.has(w)) || offCoursePhrasesIn(n).length > 0),
    ),
  ];
  // A course historian named ("what did Kuromiya argue in Stalin's Industrial Revolution?"): a phrase of another
  // subject beside their name is a book's title or their argument's words, not another period's question.
  const historianNames = [
    ...new Set(
      entries
        .filter((e) => options.historians && e.id in options.historians)
        .flatMap((e) => (e.names ?? []).map((n) => normaliseText(n)))
        .filter((n) => n && (n.includes(' ') || !everyday.all.has(n))),
    ),
  ];
  /** What in a question names another subject: its words as typed ("goebbels") and its phrases ("new deal"). */
  const otherSubjectNamed = (normalised: string, typed: readonly string[]) => {
    // As corrected and read too: "was stallin worse than hitler" names Stalin ("stallin" is read as "stalin").
    const namesSovietSide = typed.some((w) => sovietSide.has(w)) || typed.some((w) => sovietSide.has(spell(w)) || termsOf([spell(w)]).some((t) => sovietSideTerms.has(t)));
    const spaced = ` ${normalised} `;
    // Only beside the Soviet side ("why was Stalin surprised by Operation Barbarossa"): "why was Barbarossa a failure" is the war's.
    const owned = new Set(namesSovietSide ? ownedNames.filter((n) => spaced.includes(` ${n} `)).flatMap((n) => n.split(' ')) : []);
    const found = offCoursePhrasesIn(normalised);
    // The historians named are looked for only beside such a phrase (most questions have none).
    const named = found.length > 0 ? historianNames.filter((n) => spaced.includes(` ${n} `)) : [];
    return {
      words: typed.filter((w) => offCourse.has(w) && !owned.has(w) && !(namesSovietSide && foreignThreat.has(w))),
      // A phrase holding the historian's name is a namesake ("David Cameron"), still another subject's.
      // "…continued in this post until Stalin's death": when a course question's span ends, not another subject.
      phrases: found.filter((p) => !p.split(' ').every((w) => owned.has(w)) && (named.length === 0 || named.some((n) => ` ${p} `.includes(` ${n} `))) && !endsASpan(spaced, p)),
    };
  };

  const readTerms = (question: string): string[] => {
    const typed = readRelatives(normaliseText(question.slice(0, D.maxQueryLength))).split(' ').filter(Boolean).slice(0, D.maxQueryWords);
    const raw = termsOf(completingNames(typed.map(spell)));
    return [...new Set(raw.filter((t) => isContentTerm(t) && (t.length > 1 || /\d/.test(t))))].slice(0, D.maxQueryTerms);
  };
  /**
   * The last few rankings made, by what was ranked: /ask ranks the same text more than once for one question (a part
   * matched, then ranked again for another kind of answer; a title's subject for each of its points). A ranking depends
   * on nothing but its text and the entries searched, so a repeat is the same ranking. Only the last few: nothing grows.
   */
  const recentRankings = new Map<string, Ranking>();
  const rank = (question: string, only?: (entry: AnswerEntry) => boolean, learned = false, skillAsked?: { readonly text: string | undefined }): Ranking => {
    const among = only === isCourseEntry ? 'course' : only === isSkillEntry ? 'skill' : only === undefined ? 'all' : undefined;
    if (among === undefined) return rankAnew(question, only, learned, skillAsked);
    const key = `${among} ${learned} ${question}`;
    const known = recentRankings.get(key);
    if (known) return known;
    const ranking = rankAnew(question, only, learned, skillAsked);
    recentRankings.set(key, ranking);
    if (recentRankings.size > RECENT_RANKINGS) recentRankings.delete(recentRankings.keys().next().value as string);
    return ranking;
  };
  /** `skillAsked`: what asksExamSkill made of `question`, when the caller has read it already. */
  const rankAnew = (question: string, only?: (entry: AnswerEntry) => boolean, learned = false, skillAsked?: { readonly text: string | undefined }): Ranking => {
    const truncated = question.length > D.maxQueryLength;
    const query = truncated ? question.slice(0, D.maxQueryLength) : question;
    const none = (verdict: Ranking['verdict']): Ranking => ({ query, truncated, verdict, terms: [], unknownShare: 0, candidates: [], exact: false, namesCourse: false, centralInPlainWords: false });
    const plain = normaliseText(query);
    const normalised = readRelatives(plain);
    if (ABOUT_TUTOR.some((p) => p.test(normalised))) return none('about-tutor');
    if (SMALL_TALK.some((p) => p.test(normalised))) return none('off-course');
    // Misspelt words are corrected as typed, against the words the knowledge base uses, before
    // synonyms and stemming; a word that is a stopword or a number is never touched.
    const typed = (normalised ? normalised.split(' ') : []).slice(0, D.maxQueryWords);
    const raw = termsOf(completingNames(typed.map(spell)));
    const typedTerms = new Set(termsOf(typed));
    // Words of other subjects are looked up as typed, before stemming ("goebbels", "chinese").
    const elsewhere = otherSubjectNamed(normalised, typed);
    const otherSubject = new Set(termsOf(elsewhere.words));
    // A phrase naming another subject in everyday words makes its words that subject's ("new deal").
    for (const phrase of elsewhere.phrases) for (const t of termsOf(phrase.split(' '))) if (isContentTerm(t)) otherSubject.add(t);
    // A card of the course named alone or asked about ("who was Khrushchev?") is that card's, though its name is
    // another period's word too ("what was Khrushchev's Virgin Lands scheme?" is still refused).
    // The question as spelt right, as the exact-match test reads it (nameKey is this less "who was").
    const spelledKey = exactKey(typed.map(spell).join(' '));
    if (exactNames.get(spelledKey.replace(/^(?:who|what) was /, ''))) otherSubject.clear();
    // A later year in a question about historians is when a book came out ("Conquest's The Great Terror,
    // published in 1968"), not another period.
    const aboutHistorians = typed.some((w) => historiography.has(w));
    const spanning = yearsSpanningCourse(normalised);
    // A year before the course beside a course person's name is of their life before it ("Stalin was born in 1878"), not
    // another period; a year after it more often is (the war, Khrushchev's years).
    const lifeBefore = raw.some((t) => personSurnames.has(t));
    // A course person's name that is a later period's word too, with a year after the course ("what did Khrushchev say
    // about Stalin in 1956"): the course's own when one entry names them together (the Secret Speech).
    const laterYears = raw.filter((t) => isOutsideYears(t) && Number(t) > lastYear && !spanning.has(t));
    const laterOfCourse = laterYears.length > 0 && [...otherSubject].some((t) => personSurnames.has(t)) && namedTogether([...otherSubject, ...laterYears]);
    if (laterOfCourse) otherSubject.clear();
    const isOffCourse = (term: string) =>
      otherSubject.has(term) ||
      (isOutsideYears(term) && !laterOfCourse && !(asksOfHistorians(typed) && Number(term) > lastYear) && !spanning.has(term) && !(lifeBefore && Number(term) < firstYear));
    const content = [...new Set(raw.filter((t) => isContentTerm(t) && (t.length > 1 || /\d/.test(t))))].slice(0, D.maxQueryTerms);
    // Only small numbers ("1", "2 3"), as a quiz answer typed into /ask: nothing asked (a year, "1936", asks about it).
    // Typed as sums, numbers say something: "what was 2+2=5" asks about the slogan.
    if (content.every((t) => /^\d{1,3}$/.test(t)) && !/\d\s*[+=×*]\s*\d/.test(query)) return none('empty');
    // Another subject named and no other word the course knows ("who was goebbels"): refused outright.
    if (content.every((t) => isOffCourse(t) || (otherSubject.size > 0 && !frequency.has(t)))) return none('off-course');
    const termSet = new Set(raw);
    // Everyday words of someone's name that the question does not use as the name ("a hospital ward"): no name of the course.
    const unmeant = nameWords.unmeant(query, termSet, spelledKey.replace(/^who was /, ''));
    const named = unmeant.size ? namesWithin(termSet).filter((name) => !name.some((t) => unmeant.has(t))) : namesWithin(termSet);
    const namesCourse = !content.some(isOffCourse) && named.length > 0;
    const namesCentral = typed.some((w) => central.has(w));
    // The two refusals below leave a question on exam technique to the ranking: its words of the exam (a board's
    // name) are no other subject.
    const aboutExamSkill = (skillAsked && !truncated ? skillAsked.text : asksExamSkill(query)) !== undefined;
    // Another subject named, and of the course no name (but the other subject's own) nor Stalin: that subject's
    // question, however many everyday words the notes share with it ("what were Hoovervilles", "who was Stresemann").
    if (otherSubject.size > 0 && !aboutExamSkill && !namesCentral && named.every((name) => name.some((t) => otherSubject.has(t)))) return none('off-course');
    // A name that neither the notes nor everyday English know, even corrected ("Stolypin", "Moroccan"), in a question
    // that names nothing of the course's: another subject's too. Not a Roman numeral ("Nicholas II" is read elsewhere),
    // nor a name beside a word of historians' work ("what did the historian Suny write"): a historian of the course.
    const isStrangeName = (w: string) =>
      w.length >= 4 && !/\d/.test(w) && !/^[ivxlc]+$/.test(w) && !STOPWORDS.has(w) && !chat.has(w) && !everyday.all.has(w) && termsOf([spell(w)]).every((t) => !frequency.has(t));
    if (!aboutExamSkill && !aboutHistorians && !namesCentral && named.length === 0 && typed.some(isStrangeName)) return none('off-course');
    // Everyday English the fact base never uses, by the stem of the word as typed (or as corrected);
    // looked up only where it counts, in a question that names the course or a name at its centre.
    // (Read on first use: only a word the notes never use is looked up, and most questions have none.)
    let everydayTerms: Set<string> | undefined;
    const isEverydayTerm = (term: string) =>
      (everydayTerms ??= namesCourse || namesCentral ? new Set(typed.flatMap((w) => (isEverydayWord(w) ? termsOf([w]) : []))) : new Set<string>()).has(term);
    // A one-word name of the course's ("gulag", "NEP", "Kirov") is what the question is about, however
    // many entries use it: it weighs at least as much as a word few entries use ("costs", "inside").
    const oneWordNames = new Set(named.flatMap((name) => (name.length === 1 ? name : [])));
    // Everyday words the notes never use weigh little, and do not count as another subject's, only in a
    // question that names the course: "why were the Bolsheviks uneasy about the NEP" is the course's,
    // "how do i make pancakes" and "write a poem about autumn" are not.
    // A word of someone's name the question does not use as the name is known, and weighed, by the entries that use
    // it in its everyday sense (src/matching/name-words.ts).
    const weighOf = (term: string) => {
      if (!unmeant.has(term)) return weightOf(term);
      const uses = nameWords.everydayUses(term);
      return uses > 0 ? Math.log(1 + entries.length / (1 + uses)) : unknownWeight;
    };
    const terms: QueryTerm[] = content.map((term) => {
      const off = isOffCourse(term);
      const known = !off && (unmeant.has(term) ? nameWords.everydayUses(term) > 0 : frequency.has(term));
      const plain = namesCourse && !off && !known && isEverydayTerm(term);
      const usual = off ? unknownWeight * D.offCourseWeight : plain ? weighOf(term) * D.everydayWeight : weighOf(term);
      // "Features" of an exam question ("describe two features of collectivisation") is furniture beside what it names.
      const furniture = namesCourse && FURNITURE_TERMS.has(term) ? D.furnitureWeight : 1;
      const weight = known && oneWordNames.has(term) ? Math.max(usual, D.nameWeightFloor) : usual * furniture;
      return { term, weight, fixed: !typedTerms.has(term), known, everyday: plain };
    });
    const total = terms.reduce((n, w) => n + w.weight, 0);
    const unknownShare = terms.reduce((n, w) => n + (w.known || w.everyday ? 0 : w.weight), 0) / total;

    // Question words are not searched (they are in thousands of phrasings and would make every search
    // slow); they only break ties below, between entries the content words found.
    const questionWords = new Set(raw.filter((t) => QUESTION_WORDS.has(t)));
    const asked = readIntents(normalised);
    const clue = isClue(normalised);
    const searchTerms = terms.filter((w) => w.known).map((w) => w.term);
    // Beside a subject, furniture ("features") would fill the pool with other subjects' "features": the subject is
    // searched alone too, and its best entries join the pool.
    const subjectTerms = namesCourse && searchTerms.some((t) => FURNITURE_TERMS.has(t)) ? searchTerms.filter((t) => !FURNITURE_TERMS.has(t)) : [];
    // Best score per entry, remembering which phrasing earned it (search.doc: -1 for the answer alone).
    // Which entries may answer is asked once per entry, after scoring, not once per matching phrasing.
    search.start();
    /** An entry's best score and the phrasing that earned it, as found (the entry's own question when only its answer was). */
    const found = (place: number): [string, { score: number; doc: Doc }] => {
      const entry = entries[place] as AnswerEntry;
      const at = search.doc[place]!;
      return [entry.id, { score: search.score[place]!, doc: at >= 0 ? (docs[at] as Doc) : ownQuestionDoc(place) }];
    };
    // The unmeant words each entry uses only as someone's name: such entries are searched without them.
    const blind = new Map<string, Set<string>>();
    for (const t of unmeant) for (const id of nameWords.blinded(t) ?? []) blind.set(id, (blind.get(id) ?? new Set()).add(t));
    // The phrasings and answers found, read off the index's arrays (`blinded`: only the entries blind, or not, to some words).
    const phrasingsFound = (terms: readonly string[], blinded?: boolean) => {
      const count = index.hits(terms);
      const { hitDocs, hitScores } = index;
      for (let at = 0; at < count; at++) {
        const i = hitDocs[at]!;
        if (blinded === undefined || blind.has((docs[i] as Doc).entryId) === blinded) search.phrasing(docPlace[i]!, i, hitScores[at]!);
      }
    };
    const answersFound = (terms: readonly string[], blinded?: boolean) => {
      const count = answerIndex.hits(terms);
      const { hitDocs, hitScores } = answerIndex;
      for (let at = 0; at < count; at++) {
        const i = hitDocs[at]!;
        if (blinded === undefined || blind.has((entries[i] as AnswerEntry).id) === blinded) search.answer(answerPlace[i]!, D.answerScoreWeight * hitScores[at]!);
      }
    };
    if (blind.size > 0 && searchTerms.some((t) => unmeant.has(t))) {
      const without = searchTerms.filter((t) => !unmeant.has(t));
      phrasingsFound(searchTerms, false);
      phrasingsFound(without, true);
      answersFound(searchTerms, false);
      answersFound(without, true);
    } else {
      phrasingsFound(searchTerms);
      answersFound(searchTerms);
    }
    const sorted = search.highest(D.candidatePool * D.widePoolFactor, only ? allowedBy(only) : undefined).map(found);
    // A question of one or two content words ("how many were in the gulag") ties dozens of entries on them:
    // entries a little further down that give the kind of answer it asks for ("how many") join the pool.
    const kindAsked = content.length <= 2 && [...asked].some((i) => i !== 'method');
    const further = kindAsked
      ? sorted.slice(D.candidatePool, D.candidatePool * D.widePoolFactor).filter(([id]) => intentAgreement(asked, entryIntents.get(id) ?? new Set<Intent>()) === 'agree')
      : [];
    const byScore = [...sorted.slice(0, D.candidatePool), ...further];
    if (subjectTerms.length > 0) {
      const bySubject = new Map<string, { score: number; doc: Doc }>();
      index.search(subjectTerms, (i, score) => {
        const doc = docs[i];
        const prev = doc && bySubject.get(doc.entryId);
        if (doc && (!prev || score > prev.score)) bySubject.set(doc.entryId, { score, doc });
      });
      const pooled = new Set(byScore.map(([id]) => id));
      const allowedSubject = [...bySubject.entries()].filter(([id]) => !pooled.has(id) && (!only || only(byId.get(id) as AnswerEntry)));
      for (const [id, s] of highestFirst(allowedSubject, D.candidatePool)) {
        const place = placeOf.get(id);
        byScore.push(place !== undefined && search.has(place) ? found(place) : [id, s]);
      }
    }
    const topScore = byScore[0]?.[1].score ?? 1;
    // The fit weighs furniture in full: an entry's phrasing without "features" does not fit "describe two features of…"
    // word for word, so it is answered with the entries close behind it.
    const fitQuery = fitWeights(
      terms.map((t) => (namesCourse && FURNITURE_TERMS.has(t.term) ? { ...t, weight: t.weight / D.furnitureWeight } : t)),
      questionWords,
    );
    const candidates = byScore
      .map(([id, s]): Candidate | undefined => {
        const entry = byId.get(id);
        if (!entry) return undefined;
        // The phrasing that found the entry may ask for another kind than its question ("how many did Stalin kill" of the
        // entry on why estimates of the toll differ): for a question asking why he killed, that phrasing is no agreement.
        const byEntry = intentAgreement(asked, entryIntents.get(id) ?? new Set<Intent>());
        const agreement = byEntry === 'agree' && s.doc.text !== entry.question && intentAgreement(asked, intentsOfPhrasing(s.doc)) === 'clash' ? 'clash' : byEntry;
        const fit = fitOf(id, fitQuery, blind.get(id));
        const isCard = entry.kind !== 'question';
        const features: RankFeatures = {
          // A clue describes its answer: a card's summary is read as fully as its names.
          coverage: coverageOf(id, terms, total, clue && isCard ? 1 : D.answerTextWeight, blind.get(id)),
          fit,
          score: s.score / topScore,
          // A person's or term's card answers "who was X?"; a longer question about X usually wants an entry of its own.
          card: isCard && terms.length > 2 && !clue ? 1 : 0,
          clueCard: isCard && clue ? 1 : 0,
          questionWord: s.doc.asks.some((w) => questionWords.has(w)) ? 1 : 0,
          intentAgree: agreement === 'agree' ? 1 : 0,
          intentClash: agreement === 'clash' ? 1 : 0,
          // "How many…" is answered only by an entry that gives figures: where the camps were, or what they were, is no answer to it.
          figuresAgree: agreement === 'agree' && asked.has('figures') && entryIntents.get(id)?.has('figures') ? 1 : 0,
        };
        let key = 0;
        for (const name of FEATURE_NAMES) key += D.rankWeights[name] * features[name];
        return { entry, score: s.score, text: s.doc.text, coverage: features.coverage, fit, features, key };
      })
      .filter((c): c is Candidate => c !== undefined)
      .sort((a, b) => b.key - a.key);
    // The learned reranker reorders the candidates (src/matching/rerank.ts), unless the best fits the
    // question closely: its training questions had no close phrasings (bench/fit-reranker.ts).
    let firstRanked: Candidate | undefined;
    const keyFirst = candidates[0];
    if (learned && reranker && keyFirst && candidates.length > 1 && keyFirst.fit < D.rerankBelowFit) {
      const features = rerankFeatures(
        {
          terms,
          asked,
          named,
          asksDefinition: DEFINITION.test(normalised),
          // Only the candidates' topics are looked up: the share of those alone is worked out.
          topicShare: topicSharesOf(candidates, terms, total),
        },
        candidates.map((c, keyPlace) => ({
          entry: blindProfile(profiles.get(c.entry.id) as EntryProfile, blind.get(c.entry.id)),
          first: { coverage: c.features.coverage, fit: c.features.fit, score: c.features.score, keyPlace, intentAgree: c.features.intentAgree },
        })),
        weightOf,
      );
      const scored = candidates.map((c, i) => {
        const f = features[i] as Record<RerankFeature, number>;
        // Written out rather than spread: the same fields in the same order, made for each candidate of each question.
        const rerank = { features: f, score: reranker === 'features' ? -i : rerankScore(reranker, f) };
        return { entry: c.entry, score: c.score, text: c.text, coverage: c.coverage, fit: c.fit, features: c.features, key: c.key, rerank };
      });
      scored.sort((a, b) => b.rerank.score - a.rerank.score);
      // The first ranking's choice stays first unless the reranker clearly prefers another (by rerankMargin): where the
      // reranker only just preferred another, the first ranking's choice was more often the right one.
      const keyScored = scored.find((c) => c.entry === keyFirst.entry);
      if (keyScored && (scored[0]?.rerank.score ?? 0) - keyScored.rerank.score < D.rerankMargin) scored.unshift(...scored.splice(scored.indexOf(keyScored), 1));
      candidates.splice(0, candidates.length, ...scored);
      if (candidates[0]?.entry !== keyFirst.entry) firstRanked = scored.find((c) => c.entry === keyFirst.entry);
    }
    // A question typed exactly as an entry asks it (autocomplete offers them word for word) is that
    // entry's, even when a person's or term's card fits as well ("What was the gulag?").
    // Read as spelt right: "wot was colectivizashun" asks "What was collectivisation?" as exactly.
    const asSpelt = exactKey((plain ? plain.split(' ') : []).map(spell).join(' '));
    const exact = exactQuestions.get(asSpelt) ?? exactNames.get(asSpelt) ?? exactNames.get(asSpelt.replace(ASKED_ABOUT_A_CARD, ''));
    const at = exact ? candidates.findIndex((c) => c.entry.id === exact) : -1;
    if (at > 0) candidates.unshift(...candidates.splice(at, 1));
    // A name or word at the centre of the course ("Stalin", "famine") with only words the notes or everyday English know.
    const centralInPlainWords = namesCentral && terms.every((t) => !isOffCourse(t.term) && (t.known || isEverydayTerm(t.term)));
    const middleNameOnly = content.length > 0 && content.every((t) => middleNames.has(t));
    return { query, truncated, verdict: 'ok', terms, unknownShare, candidates, exact: at >= 0, namesCourse, centralInPlainWords, ...(middleNameOnly ? { middleNameOnly } : {}), ...(firstRanked ? { firstRanked } : {}) };
  };

  const closeBehind = (winner: Candidate, candidates: readonly Candidate[], firstRanked?: Candidate) => {
    // The entry the first ranking put first, when the reranker put another first, comes first of them.
    // …unless the reranker put it far behind: then it is no close runner-up ("why didnt the testament stop stalin"
    // first ranked "why did stalin stop the terror", on "stop" alone).
    const keepFirst = firstRanked && (winner.rerank?.score ?? 0) - (firstRanked.rerank?.score ?? 0) <= FIRST_RANKED_MAX_GAP;
    const behind = (keepFirst ? [firstRanked, ...candidates.filter((c) => c !== firstRanked)] : candidates)
      // A person's or term's card beside a full answer on the same thing would only repeat it.
      // A weak fit is hedged whatever follows it: the next entries may be what was meant.
      .filter((c) => c !== winner && (winner.fit < D.hedgeFit || winner.key - c.key <= D.alternativeMargin) && !winner.entry.related.includes(c.entry.id))
      .filter((c) => c.entry.kind === 'question' || winner.entry.kind !== 'question')
      .map((c) => c.entry);
    // None that defines what the answer or an earlier one defines.
    return distinctSubjects([winner.entry, ...behind]).slice(1, 1 + (winner.fit < D.hedgeFit ? D.maxAlternativesWeakFit : D.maxAlternatives));
  };

  /**
   * A name with a monarch's number ("henry viii", "louis xiv"): someone of another period, which a refusal says,
   * rather than asking to check the spelling of "viii". The name is no everyday word ("part ii") nor a name of the course ("fyp ii").
   */
  const monarchsNamed = (typed: readonly string[]) =>
    typed.flatMap((numeral, i) => {
      const name = typed[i - 1];
      if (!name || !REGNAL_NUMBER.test(numeral) || name.length < 3 || /\d/.test(name) || everyday.all.has(name)) return [];
      return namesWithin(new Set(termsOf([spell(name)]))).length > 0 ? [] : [`${name} ${numeral}`];
    });

  // The person and term cards by each word of their names, as the speller reads it: built on a refusal's first "did you mean".
  let cardsByNameWord: Map<string, { entry: AnswerEntry; name: string }> | undefined;
  const cardNamed = (word: string) => {
    if (!cardsByNameWord) {
      cardsByNameWord = new Map();
      for (const e of entries) if (e.kind === 'person' || e.kind === 'term')
        for (const name of e.names ?? []) for (const w of words(name)) if (!STOPWORDS.has(w) && !cardsByNameWord.has(spell(w))) cardsByNameWord.set(spell(w), { entry: e, name });
    }
    return cardsByNameWord.get(word);
  };
  /** The unknown words close to a course name, each with the card of the person or term so named. */
  const nearNamesOf = (unknown: readonly string[]) =>
    unknown.flatMap((typed) => {
      const near = speller.nearName(typed);
      const card = near === undefined ? undefined : cardNamed(near);
      return card ? [{ typed, name: card.name, entryId: card.entry.id }] : [];
    });

  /** The course entries (not exam advice) that most involve `typedWords`, best first: their phrasings, then their answers. */
  const entriesInvolving = (typedWords: readonly string[]): string[] => {
    const terms = [...new Set(termsOf(typedWords.map(spell)).filter(isContentTerm))];
    const best = new Map<string, number>();
    if (terms.length === 0) return [];
    index.search(terms, (i, score) => {
      const id = docs[i]?.entryId;
      if (id !== undefined && score > (best.get(id) ?? 0)) best.set(id, score);
    });
    answerIndex.search(terms, (i, score) => {
      const id = entries[i]?.id;
      if (id !== undefined) best.set(id, (best.get(id) ?? 0) + D.answerScoreWeight * score);
    });
    return [...best]
      .filter(([id]) => byId.get(id)?.kind !== 'skill')
      .sort((a, b) => b[1] - a[1])
      .slice(0, D.maxSuggestions)
      .map(([id]) => id);
  };
  /** A word of another subject the course meets too: the threat the USSR faced ("hitler"), or a course person's name ("khrushchev"). */
  const courseMeetsToo = (w: string) => foreignThreat.has(w) || termsOf([spell(w)]).some((t) => personSurnames.has(t));

  /** Why a question was refused, in its own words: read again only for a refusal, so asking stays fast. */
  const unfamiliarWords = (query: string): UnfamiliarWords => {
    const normalised = normaliseText(query);
    const typed = (normalised ? normalised.split(' ') : []).slice(0, D.maxQueryWords);
    const { words, phrases } = otherSubjectNamed(normalised, typed);
    const inPhrase = new Set(phrases.flatMap((p) => p.split(' ')));
    const spanning = yearsSpanningCourse(normalised);
    const monarchs = monarchsNamed(typed);
    const inMonarch = new Set(monarchs.flatMap((m) => m.split(' ')));
    // "homework" in a chemistry question, "joke", "ngl": no reason to give (knowledge/vocabulary.yaml's chatWords).
    const ofHistorians = asksOfHistorians(typed);
    const other = typed.filter(
      (w) => !chat.has(w) && !inMonarch.has(w) && (words.includes(w) || (isOutsideYears(w) && !spanning.has(w) && !(ofHistorians && Number(w) > lastYear))),
    );
    // Pieces of a word cut at a letter normalising cannot read are no words of the student's to quote.
    const broken = brokenWords(query);
    const unknown = typed.filter(
      (w) =>
        !chat.has(w) &&
        !broken.has(w) &&
        !inMonarch.has(w) &&
        !inPhrase.has(w) &&
        !other.includes(w) &&
        !isEverydayWord(w) &&
        termsOf([spell(w)]).some((t) => isContentTerm(t) && !frequency.has(t)),
    );
    const firstThree = (list: readonly string[]) => [...new Set(list)].slice(0, 3);
    const nearNames = nearNamesOf(firstThree(unknown));
    // Only when every word of another subject is one the course meets too, and the question asks about little else:
    // "who was Hitler", not "Hitler and the Holocaust" nor "the Nazis burned books in 1933: what was this called?".
    const own = new Set(termsOf(words));
    const besides = readTerms(query).filter((t) => !own.has(t) && !/^\d{4}$/.test(t));
    const met =
      phrases.length === 0 && monarchs.length === 0 && words.length > 0 && words.every(courseMeetsToo) && besides.length <= MAX_WORDS_BESIDE_MET ? entriesInvolving(words) : [];
    return {
      otherSubject: firstThree([...phrases, ...monarchs, ...other]),
      unknown: firstThree(unknown),
      ...(nearNames.length > 0 ? { nearNames } : {}),
      ...(met.length > 0 ? { involving: met } : {}),
    };
  };

  let successors: Map<string, Successor[]> | undefined;
  return {
    lexicon,
    entry: (id) => byId.get(id),
    successorsOf: (surname) => (successors ??= successorsAmong(entries)).get(surname) ?? [],
    cardsNamedIn(text) {
      const said = ` ${exactKey(text)} `;
      const found: { name: string; entry: AnswerEntry }[] = [];
      for (const [name, id] of exactNames) {
        const entry = id ? byId.get(id) : undefined;
        if (entry && said.includes(` ${name} `)) found.push({ name, entry });
      }
      return found;
    },
    rank: (question) => rank(question, isCourseEntry, true),
    readTerms,
    match(question) {
      // Exam advice when the question asks for it and a skills entry fits it at least as well as any
      // entry of the course ("need it for my essay" after a quotation is still the quotation's).
      const skillText = asksExamSkill(question);
      const skill = skillText !== undefined ? rank(skillText, isSkillEntry) : undefined;
      const skillWinner = skill?.verdict === 'ok' && skill.unknownShare <= D.maxUnknownShare ? skill.candidates[0] : undefined;
      const course = rank(question, isCourseEntry, true, { text: skillText });
      const courseDecision = decide(course, D);
      const courseFit = courseDecision.status === 'answered' ? ((course.firstRanked ?? courseDecision.winner)?.fit ?? 0) : 0;
      const bySkill = skill && skillWinner && skillWinner.fit >= D.skillFit && skillWinner.fit >= courseFit - D.skillMargin ? skill : undefined;
      const r = bySkill ?? course;
      const result = (status: MatchStatus, reason: MatchResult['reason'], winner?: Candidate, confidence = 0): MatchResult => ({
        // What the student asked (the skills are searched with the words of the kind of question it names added).
        query: course.query,
        status,
        reason,
        entry: status === 'answered' ? (winner?.entry ?? null) : null,
        matchedQuestion: status === 'answered' ? (winner?.text ?? null) : null,
        confidence: Math.round(confidence * 100) / 100,
        suggestions: status === 'unsure' ? distinctSubjects(r.candidates.map((c) => c.entry)).slice(0, D.maxSuggestions) : [],
        // Asked word for word as an entry asks it: nothing else was meant.
        alternatives: status === 'answered' && winner && !r.exact && winner.fit < D.nearExactFit ? closeBehind(winner, r.candidates, r.firstRanked) : [],
        truncated: course.truncated,
        ...(status === 'unknown' && reason !== 'empty' && reason !== 'about-tutor' ? { unfamiliar: unfamiliarWords(course.query) } : {}),
      });
      const { status, reason, winner } = bySkill ? { status: 'answered' as const, reason: null, winner: skillWinner } : courseDecision;
      const runnerUp = r.candidates[1];
      // A clear lead over the next entry adds confidence; two entries equally good leave it lower.
      const lead = winner && runnerUp ? Math.max(0, winner.fit - runnerUp.fit) : (winner?.fit ?? 0);
      const confidence = winner ? Math.min(1, winner.fit * (1 - D.leadWeight) + D.leadWeight * Math.min(1, lead * 4)) : 0;
      return result(status, reason, winner, confidence);
    },
  };
}

/** What the fact base tells the matcher besides its entries: its topics' names and other subjects' words. */
export function courseMatcherOptions(kb: KnowledgeBase): Pick<MatcherOptions, 'courseYears' | 'courseNames' | 'offCourseWords' | 'offCoursePhrases' | 'sharedNames' | 'centralNames' | 'examSkillWords' | 'topicNames' | 'lexicon' | 'foreignThreatWords' | 'sovietSideWords' | 'historiographyWords' | 'historianViewWords' | 'historians' | 'chatWords'> {
  return {
    ...(kb.vocabulary.courseYears ? { courseYears: kb.vocabulary.courseYears } : {}),
    foreignThreatWords: kb.vocabulary.foreignThreatWords,
    sovietSideWords: kb.vocabulary.sovietSideWords,
    historiographyWords: kb.vocabulary.historiographyWords,
    historianViewWords: kb.vocabulary.historianViewWords,
    // Those whose role names a book of theirs ("author of 'The Great Terror'") or calls them a historian.
    historians: Object.fromEntries(
      kb.people
        .filter((p) => booksOf(p.role).length > 0 || normaliseText(p.role).split(' ').some((w) => kb.vocabulary.historiographyWords.includes(w)))
        .map((p) => [`person-${p.id}`, booksOf(p.role)]),
    ),
    chatWords: kb.vocabulary.chatWords,
    lexicon: createLexicon(kb.vocabulary.synonyms),
    courseNames: topicNames(kb),
    topicNames: Object.fromEntries(kb.topics.map((t) => [t.id, [t.title, ...t.aliases]])),
    offCourseWords: kb.vocabulary.offCourseWords,
    offCoursePhrases: kb.vocabulary.offCoursePhrases,
    sharedNames: kb.vocabulary.sharedNames,
    centralNames: kb.vocabulary.centralNames,
    examSkillWords: kb.vocabulary.examSkillWords,
  };
}

/**
 * Each fact base's built index, kept while the fact base is: the index reads nothing but the fact base, which is never
 * changed once loaded (a reload loads a new one), so apps built on one fact base share it (the tests build hundreds).
 */
const BUILT_FOR = new WeakMap<KnowledgeBase, Matcher>();

/**
 * The course matcher with its index built on first use, or by `warm()`: the tutor is ready sooner, and
 * builds the index just after (src/main.ts). Looking entries up by id needs no index.
 */
export function createLazyCourseMatcher(kb: KnowledgeBase): Matcher & { warm(): void } {
  const entries = answerableEntries(kb);
  const byId = new Map(entries.map((e) => [e.id, e]));
  let built: Matcher | undefined;
  const options = courseMatcherOptions(kb);
  const index = () => {
    built ??= BUILT_FOR.get(kb) ?? createMatcher(entries, options);
    BUILT_FOR.set(kb, built);
    return built;
  };
  return {
    lexicon: options.lexicon ?? PLAIN_LEXICON,
    match: (question) => index().match(question),
    rank: (question) => index().rank(question),
    readTerms: (question) => index().readTerms(question),
    entry: (id) => byId.get(id),
    warm: () => void index(),
  };
}

/** The matcher over everything the fact base can answer. */
export function createCourseMatcher(kb: KnowledgeBase, options: Pick<MatcherOptions, 'tuning' | 'everydayWords'> = {}): Matcher {
  return createMatcher(answerableEntries(kb), { ...options, ...courseMatcherOptions(kb) });
}

/**
 * What to do with a ranking: answer with the best entry when the question and its closest phrasing fit
 * well; offer suggestions when the fit is weaker but the best entry still covers much of the question
 * (perhaps in its answer rather than its phrasings); otherwise say it is outside the course. Used by
 * `match`, and by `npm run tune` to try other thresholds on rankings made once.
 */
export function decide(
  r: Ranking,
  thresholds: Pick<MatcherTuning, 'answerFit' | 'answerFitNamingCourse' | 'maxUnknownShare' | 'suggestCoverage' | 'longQuestionTerms' | 'longQuestionUnknownShare'>,
): { status: MatchStatus; reason: MatchResult['reason']; winner?: Candidate } {
  if (r.verdict !== 'ok') return { status: 'unknown', reason: r.verdict };
  const winner = r.candidates[0];
  // An entry's own question, as autocomplete offers it, is answered even if it names another period ("in 1956").
  if (winner && r.exact) return { status: 'answered', reason: null, winner };
  if (!winner) return { status: 'unknown', reason: 'no-match' };
  // "Petrovich" alone: the people so named are suggested, none chosen.
  if (r.middleNameOnly) return { status: 'unsure', reason: null, winner };
  // The thresholds were set for the first ranking's best entry; the reranker only chooses among entries.
  const judged = r.firstRanked ?? winner;
  // A question that names the course's people, terms or topics is the course's, however it is worded; so is one
  // that names Stalin or a topic's own word in everyday English ("did Stalin consolidate or pervert the revolution?").
  if (r.unknownShare > thresholds.maxUnknownShare && !r.namesCourse && !r.centralInPlainWords) return { status: 'unknown', reason: 'no-match' };
  // …and is answered at a looser fit, hedged as a loose fit is, rather than with a list of suggestions.
  if (judged.fit >= (r.namesCourse ? thresholds.answerFitNamingCourse : thresholds.answerFit)) return { status: 'answered', reason: null, winner };
  // Suggestions, not "outside the course", for a question that covers much of an entry or names the course; for a
  // long question in the course's own words (a pasted paragraph), which fits no one entry closely; and for one about
  // Stalin, or with a topic's own word, in plain words ("name 3 reasons Stalin was able to gain power").
  const longInCourseWords = r.terms.length >= thresholds.longQuestionTerms && r.unknownShare <= thresholds.longQuestionUnknownShare;
  if (judged.coverage >= thresholds.suggestCoverage || r.namesCourse || longInCourseWords || r.centralInPlainWords) return { status: 'unsure', reason: null, winner };
  return { status: 'unknown', reason: 'no-match' };
}
