// Marks a student's answer to a practice question against its mark scheme (knowledge/practice.yaml): which
// points it makes, whether it explains them (linked, not listed), whether a judgement is reached and
// supported, and so the level and the mark, with one concrete next step. The same reading as /ask's
// (normalising, spelling correction, synonyms, stems: src/practice/analyse.ts), with one rule on top: a
// point needs its concept stated — two of the concept's content words near each other in one sentence (the
// question's own person may be a pronoun: "he was arrogant") — not one stray word, and not denied ("no foreign
// journalists"). A point may also list wrong versions of itself ("held in secret"): a sentence stating one does
// not make the point, its words make no other, and the answer is told to check it and kept off the top level.
// Pure: no clock, no store, no text for users (commands word the result).
import { answerableEntries } from '../knowledge/answerable.js';
import { createLazyCourseMatcher } from '../matching/matcher.js';
import { createPremiseReader, type PremiseReader } from '../matching/premise.js';
import { A_LEVEL_KINDS, EXTRACT_KINDS, EXTRACT_LABELS, JUDGEMENT_KINDS, type KnowledgeBase, type PracticePoint, type PracticeQuestion } from '../knowledge/schema.js';
import { escapeRegExp, normaliseText } from '../matching/normalise.js';
import { createLexicon, editDistance, isContentTerm, PLAIN_LEXICON, surfaceWords, type Lexicon } from '../matching/vocabulary.js';
import { createSpeller } from '../matching/spelling.js';
import { everydayWords } from '../matching/everyday-words.js';
import { ALSO_STATES, analyseAnswer, answerLexicon, bracketsOf, breaksOf, contentTerms, spellOutForTerms, splitSentences, type AnalysedAnswer, type Sentence } from './analyse.js';
import { answerRoom, PRACTICE_DEFAULTS as D } from './defaults.js';
import { PLACE, QUESTION_DATING, roleWords, courseYearsOf, datesGiven, dateTerm, eventWords, isMonth, periodOf, promptDate, showDate, thingSpan, writtenYears, yearOf, yearsBetween, yearsOf, type CourseYears, type DatedFact } from './dates.js';
import { ABSENCE, AFFIRMING_AFTER_NEGATOR, believedOf, deniedAt, DIMINISHERS, deniedBetween, FAULTING_WORDS, largestMagnitude, NEGATORS, phraseSpan, understates } from './phrases.js';
import { knownTotals, wrongFigure, type TotalWords } from './figures.js';
import { bookMisattributed, historianNames, knownBooks } from './books.js';
import { knownSayings, saidByOther, SAYING_WORDS } from './said-by.js';
import { unsupportedClaims } from './unsupported.js';
import { MONTH_NAMES } from '../time/months.js';

export type MarkStatus = 'marked' | 'empty' | 'too-short' | 'copied' | 'off-topic';

export interface PointMade {
  readonly point: PracticePoint;
  /** The student's words that made it. */
  readonly quote: string;
  /** Linked to a cause or a result ("because", "this meant"), not only stated. */
  readonly explained: boolean;
  /** Said with some detail (a sentence of its own, not a few words). */
  readonly developed: boolean;
  /**
   * Explained in depth: the link carried over two sentences ("…so he appointed supporters. This meant…"), or made in a
   * sentence of PRACTICE_DEFAULTS.inDepthSentenceWords or more, not a short clause tacked on ("…, so members liked it").
   * A GCSE answer's top level needs two such points.
   */
  readonly inDepth: boolean;
  /** Which sentence of the answer made it (0-based). */
  readonly sentence: number;
  /** Linked by cause or result, not only by time ("then", "after"): what an account's top level needs. */
  readonly causal: boolean;
  /** Made by words that give a thing a wrong year ("Stalin became General Secretary in 1924"): credited, with the year to check. */
  readonly wrongYear?: true;
  /**
   * A historian's view made by the argument alone ("so it was directed from the top" for Conquest's), the historian named
   * neither there nor in the sentence before: their names ("Robert Conquest"), so the feedback does not say the student named them.
   */
  readonly unnamedHistorians?: readonly string[];
}

/** A wrong version of a point the answer states ("the trials were held in secret"). */
export interface WrongFact {
  readonly point: PracticePoint;
  /** The student's words that state it. */
  readonly quote: string;
  /** Which sentence of the answer states it (0-based). */
  readonly sentence: number;
  /** What is right, when it is not the point's own text: the dated fact a wrong year contradicts ("Yezhov replaces Yagoda as head of the NKVD (September 1936)"). */
  readonly right?: string;
  /**
   * A historian's view given to another (see swappedViews): `point` is the view, which the fact base gives to others
   * than `said`; `theirs`, what `said` argued in the same debate; `notes`, the sentence of their card nearest to what
   * else the student's sentence claims of them ("he estimated that around 20 million people were killed").
   */
  readonly swapped?: { readonly said: string; readonly theirs?: PracticePoint; readonly notes?: string };
  /** What to say is right, plainly ("The First Five-Year Plan began in October 1928, not 1932"): see Correction. */
  readonly correction?: Correction;
  /** A toll far from the notes' estimates ("about 20 million" died in the famine): what they give, for the feedback to word. */
  readonly total?: TotalWords;
}

/**
 * A dated fact the answer got wrong, for a plain correction: the fact as the notes name it ("First Five-Year Plan"),
 * its date ("October 1928–December 1932"), and what the student gave instead: a year (its start, when `began`), or
 * another person for one of its people ("Beria" for "Yezhov").
 */
export interface Correction {
  readonly fact: string;
  readonly when: string;
  readonly began?: true;
  /** The year given is its end's: the correction gives the fact's last date ("ended in December 1937"). */
  readonly ended?: true;
  readonly saidYears?: readonly number[];
  readonly saidPerson?: string;
  readonly rightPerson?: string;
  /** A thing put in the wrong place ("Magnitogorsk" in "Siberia"): where it was, as the notes write it ("the Urals"), and where the answer put it. */
  readonly rightPlace?: string;
  readonly saidPlace?: string;
}

/** A dated fact's text ("Yezhov replaces Yagoda as head of the NKVD (September 1936)") as a correction's fact and date. */
function correctionOf(text: string, extra: Omit<Correction, 'fact' | 'when'>): Correction | undefined {
  const m = /^(.*) \(([^()]*)\)$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  return { fact: m[1].replace(/\s*\(.*$/, ''), when: m[2], ...extra };
}

/** A sweeping claim with nothing to back it: the student's words, which sentence (0-based), and its absolute ("always"). */
export interface UnsupportedClaim {
  readonly quote: string;
  readonly sentence: number;
  readonly absolute: string;
}

export interface JudgementCheck {
  /** A conclusion that answers the question ("overall", "to a large extent", "more important than"). */
  readonly reached: boolean;
  /** Backed by a reason or a point in the same or the next sentence. */
  readonly supported: boolean;
  /** Points made on each side. */
  readonly for: number;
  readonly against: number;
  /**
   * An A-level essay or interpretation answer: whether its judgement is sustained, set out in the opening and reached
   * again in the conclusion (what its top level asks beyond a supported conclusion).
   */
  readonly sustained?: boolean;
  /** Its conclusion is on something else (none of the question's words, none of its points): no judgement of this question. */
  readonly offQuestion?: true;
  /** An interpretation answer: whether it speaks of the extract and its argument at all ("the extract", "Getty argues"). */
  readonly usesExtract?: boolean;
  /** A three-extracts answer: the extracts (A, B, C) it does not discuss at all, which hold it at level 2. */
  readonly extractsMissing?: readonly string[];
  /** A three-extracts answer: the extracts it discusses but reaches no judgement on, which keep it below the top level. */
  readonly extractsUnjudged?: readonly string[];
}

/** `full-marks`: the answer earned every mark, so the feedback says so rather than asking for more. */
export type NextStep =
  /** `check-facts`: what holds the answer is a slip its Facts to check name ("describe": two features given, one detail wrong). */
  | { readonly kind: 'write-more' | 'own-words' | 'answer-the-question' | 'sentences' | 'reach-judgement' | 'support-judgement' | 'sustain-judgement' | 'use-extract' | 'keep-going' | 'full-marks' | 'check-facts' }
  | { readonly kind: 'add-point' | 'develop-point' | 'other-side'; readonly point: PracticePoint }
  /** `linked`: the answer already links the point ("This meant that…", "so…"), though too thinly: the step asks for more, not for the link. */
  | { readonly kind: 'explain-point'; readonly point: PracticePoint; readonly linked?: true }
  /** A three-extracts answer: discuss the extracts it leaves out (`cover-extracts`), or judge those it does not (`judge-extracts`). */
  | { readonly kind: 'cover-extracts' | 'judge-extracts'; readonly labels: readonly string[] };

export interface MarkResult {
  readonly question: PracticeQuestion;
  readonly status: MarkStatus;
  readonly mark: number;
  readonly maxMark: number;
  /** 0 when nothing is creditable. */
  readonly level: number;
  readonly maxLevel: number;
  readonly made: readonly PointMade[];
  readonly missing: readonly PracticePoint[];
  /** Wrong versions of points the answer states: each keeps the answer below the top level. */
  readonly wrong: readonly WrongFact[];
  /**
   * An A-level answer's sweeping claims asserted with no evidence in their sentence or the next ("Every worker hated the
   * plans"): noted for the student to support, not corrected, and no mark is taken for them (src/practice/unsupported.ts).
   */
  readonly unsupported?: readonly UnsupportedClaim[];
  /** A list of key words rather than sentences: held to the lowest level. */
  readonly list: boolean;
  /** Longer than an answer may be: only its first answerRoom(kind) characters were read. */
  readonly truncated: boolean;
  readonly words: number;
  /** For explain, account and judgement questions: how many of the points made are explained. */
  readonly explained: number | null;
  readonly judgement: JudgementCheck | null;
  /** For an off-topic answer: the course topic it seems to be about, if any. */
  readonly aboutTopic: string | null;
  /**
   * Held down by its length alone: `words` written where the next level up needs `need` ("a 16-mark answer under 120
   * words cannot reach level 3"), so it stays at `level`.
   */
  readonly short?: { readonly words: number; readonly need: number; readonly level: number };
  readonly next: NextStep;
}

export interface MarkerOptions {
  /**
   * /ask's reader of false premises (src/matching/premise.ts), so that one list of the course's common misconceptions
   * (knowledge/misconceptions.yaml) serves both: the tutor passes the one /ask uses; without it the marker builds its
   * own from the fact base, when first needed.
   */
  readonly premises?: Pick<PremiseReader, 'corrections'>;
}

/** The premise reader each fact base's markers share when none is given (building one reads the whole fact base). */
const ownPremises = new WeakMap<KnowledgeBase, Pick<PremiseReader, 'corrections'>>();
function premisesOf(kb: KnowledgeBase): Pick<PremiseReader, 'corrections'> {
  let reader = ownPremises.get(kb);
  if (!reader) ownPremises.set(kb, (reader = createPremiseReader(kb.misconceptions ?? [], createLazyCourseMatcher(kb))));
  return reader;
}

/**
 * Words that report a misconception as one ("Many wrongly believe Beria ran the Terror", "the myth that…"): the
 * sentence puts it right, so it is no slip. (A denial, "Beria did not run the Terror", the premise reader sees itself.)
 */
const REPORTS_MISCONCEPTION = /\b(?:wrongly|mistakenly|falsely|myths?|misconceptions?|misleading|mistaken|wrong|incorrect|untrue|not true)\b/;
/** Where a sentence is cut into clauses, one of which must state a misconception whole (see misconceptionIn). */
const CLAUSE_SPLIT = /\s*[,;:()–—]\s*|\s+-\s+|\s+(?:and|but|while|whereas|although|though|because|so|since|when|after|before|until|which|who|whom|whose)\s+/i;

export interface Marker {
  mark(question: PracticeQuestion, answer: string): MarkResult;
  /**
   * The course's dated facts a text (a student's question) gives a wrong year ("Why was Kirov murdered in 1936?"),
   * each as "Sergei Kirov murdered (December 1934)", at most two; the same strict reading as an answer's years.
   */
  wrongDates(text: string): string[];
  /** Builds now what the first answer would otherwise wait for (the reading aids, the historians' sentences): at start and after a reload. */
  warm(): void;
}

interface Concept {
  readonly terms: readonly string[];
  /** How many of them must stand together. */
  readonly need: number;
  /** Terms the question itself does not use: one of them must be among those found, so echoing the question is not a point. */
  readonly fresh: ReadonlySet<string>;
  /** The person the question names, when the concept names them too: "he" in an answer stands for them. */
  readonly person?: string;
  /** The concept itself says "not" or "no" ("did not attend the funeral"), so a negator in the answer is part of it. */
  readonly negative: boolean;
  /** The concept says something ended or was missing ("private trade ended"): "no private traders" states it too. */
  readonly absence: boolean;
  /** The little words of its text ("and", "the"), for reading a wrong version as a phrase. */
  readonly littleWords: ReadonlySet<string>;
  /** Its numbers ("70" of "70 per cent households"), and whether it has words besides its figures (see isFigure). */
  readonly numbers: readonly string[];
  readonly figured: boolean;
}

/** The years a point may be given (its own text's, and its topics' key dates and events on the same thing), for the wrong-year check. */
interface DatedPoint {
  readonly from: number;
  readonly to: number;
  /** Words that may stand between the point's words and its year ("appointed Yezhov as head of the NKVD, replacing Yagoda, in…"). */
  readonly own: ReadonlySet<string>;
  readonly facts: readonly DatedFact[];
}

interface CompiledQuestion {
  readonly promptTerms: ReadonlySet<string>;
  /** What the prompt names of its topic in words no everyday English ("collectivisation", "the NEP"): an answer naming it is about the question, however weak. */
  readonly subject: ReadonlySet<string>;
  /** The words of its prompt and mark scheme but the course's most general ones, people and years: an answer with none says nothing of it. */
  readonly ownTerms: ReadonlySet<string>;
  /** Every term of every concept and wrong version of the question: what a student's words are read as (see schemeTermsFor). */
  readonly schemeTerms: ReadonlySet<string>;
  /** The historians its points name (person ids). */
  readonly historians: ReadonlySet<string>;
  /** Whether any of its points has wrong versions. */
  readonly anyWrong: boolean;
  /** Each point, its concepts, its wrong versions, and the largest number word its text gives ("millions"), or -1. */
  readonly points: ReadonlyArray<{
    readonly point: PracticePoint;
    readonly concepts: readonly Concept[];
    readonly wrong: readonly Concept[];
    /** For each wrong version that is also a common misconception's claim, that misconception's excuses (see excusesOf). */
    readonly excuses: ReadonlyArray<readonly (readonly string[])[]>;
    readonly magnitude: number;
    readonly dated: DatedPoint | null;
    readonly historians: ReadonlySet<string>;
    /** The roles its concepts give people ("Yezhov replaced Yagoda"): see Role. */
    readonly roles: readonly Role[];
    /**
     * Its own words: those of its text and concepts that no other point of the question has, nor its prompt (or extract),
     * figures included ("asked", "raised", "chiefs"). A concept made only of words other points share ("regional NKVD")
     * makes the point only in a sentence that also says one of these.
     */
    readonly key: ReadonlySet<string>;
  }>;
  /** What the prompt dates ("the murder of Kirov in December 1934"), if it dates one thing. */
  readonly promptDate: ReturnType<typeof promptDate>;
  /** The years the question is about (its topic's key dates, and the years its prompt and mark scheme name), if any. */
  readonly period: readonly [number, number] | null;
}

/**
 * Words that say something did not happen, as a negator does ("failed to use the Testament", "refused to sell",
 * "unable to buy", "without the grain"), as the marker reads them: a sentence with one may state a concept that says "not".
 */
const NOT_DONE: ReadonlySet<string> = new Set([
  ...NEGATORS,
  ...surfaceWords('without'),
  ...PLAIN_LEXICON.termsOf(surfaceWords('fail failed refuse refused unable lack lacked instead')),
  // The fact base's answer synonyms read "lack" and "shortage" as "short" (knowledge/vocabulary.yaml).
  'short',
]);

/** Words before a place: "built in the Urals", "at Kolyma", "on the Dnieper". */
const PLACE_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'on']);
/** Words that start another clause before a place ("Magnitogorsk was built and then workers in Moscow…"); "which" is the thing's own. */
const PLACE_STOPS: ReadonlySet<string> = new Set(surfaceWords('and or but so because while when although though then after before since until unless whereas if'));
/** Words of direction that may stand before a place ("in southern Ukraine", "in the far north of Russia"). */
const DIRECTIONS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('north south east west northern southern eastern western far')));

/**
 * Who did what to whom, where the words say it ("Yezhov replaced Yagoda", "Kirov was shot by Nikolaev"): the one who
 * did it, what was done (as dateTerm reads it: "shot" is a death) and to whom. A concept of a person, what happened and
 * another person ("Yezhov replaced Yagoda") gives each a role, as a dated fact of the course does; a sentence that gives
 * them the other way round ("Yagoda replaced Yezhov") does not state it.
 */
export interface Role {
  readonly doer: string;
  readonly act: ReadonlySet<string>;
  readonly done: string;
}

/** A role said in a sentence, with the span of its terms that says it. */
export interface RoleSaid extends Role {
  readonly start: number;
  readonly end: number;
}

/**
 * The role a concept's or a fact's content words give in their order: a person, what happened, another person, one
 * after the other ("Yezhov replaces Yagoda", "Nikolaev shot Kirov"; not "Stalin, Zinoviev and Kamenev against
 * Trotsky", which names sides, not who did what to whom); or undefined.
 */
export function roleOf(terms: readonly string[], isPerson: (t: string) => boolean, acts: (t: string) => boolean): Role | undefined {
  const first = terms.findIndex(isPerson);
  const [doer, act, done] = first < 0 ? [] : terms.slice(first, first + 3);
  if (!doer || !act || !done || !acts(act) || !isPerson(done) || doer === done) return undefined;
  return { doer, act: new Set([dateTerm(act)]), done };
}

/** Words that start another clause: a role's people are looked for on its side of them only ("Yezhov replaced Yagoda and was himself replaced…"). */
const ROLE_STOPS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('and but or while whereas because so although though then after before since until when if later')));
/** Words that carry a person on to what follows ("Yezhov, who replaced Yagoda"): the doer is the person before them. */
const RELATIVES: ReadonlySet<string> = new Set(['who', 'which']);

/**
 * The roles a sentence gives people in what happened (`acts`, as dateTerm reads them): for each such word, the nearest
 * person on each side within `gap` words, with only little words between ("was", "by", "the"; not "Kirov was killed in
 * 1934 Stalin…", where the next clause's subject follows); the one before did it ("Beria replaced Yezhov", "Yezhov,
 * who replaced Yagoda"), unless "by" stands before the one after ("Yagoda was replaced by Yezhov"). Both must be named.
 */
export function rolesSaid(terms: readonly string[], acts: ReadonlySet<string>, isPerson: (t: string) => boolean, gap: number): RoleSaid[] {
  const out: RoleSaid[] = [];
  terms.forEach((t, at) => {
    const act = dateTerm(t);
    if (!acts.has(act)) return;
    let before = -1;
    for (let k = at - 1; k >= Math.max(0, at - gap); k--) {
      const w = terms[k] ?? '';
      if (ROLE_STOPS.has(w)) break;
      if (RELATIVES.has(w)) {
        if (isPerson(terms[k - 1] ?? '')) before = k - 1;
        break;
      }
      if (isPerson(w)) {
        before = k;
        break;
      }
      if (isContentTerm(w)) break;
    }
    let after = -1;
    let by = false;
    for (let k = at + 1; k <= Math.min(terms.length - 1, at + gap); k++) {
      const w = terms[k] ?? '';
      if (ROLE_STOPS.has(w) || RELATIVES.has(w)) break;
      if (w === 'by') by = true;
      if (isPerson(w)) {
        after = k;
        break;
      }
      if (isContentTerm(w)) break;
    }
    const first = terms[before];
    const second = terms[after];
    if (before < 0 || after < 0 || !first || !second || first === second) return;
    out.push({ doer: by ? second : first, act: new Set([act]), done: by ? first : second, start: before, end: after });
  });
  return out;
}

/** Words of a figure or a year ("70", "per cent", "1934"), as they stand among a sentence's terms. */
const FIGURE_WORDS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('per cent')));
const NUMBER = /^\d+$/;
const isFigure = (t: string): boolean => NUMBER.test(t) || FIGURE_WORDS.has(t);

/** Whether two roles share what happened. */
const sameAct = (a: Role, b: Role): boolean => [...a.act].some((t) => b.act.has(t));

/** How many of a concept's content words must stand together to state it: both of two, two of three, most of more. */
export function conceptNeed(terms: number): number {
  return terms <= 2 ? terms : terms === 3 ? 2 : Math.ceil(terms * 0.6);
}

export function compileConcept(text: string, promptTerms: ReadonlySet<string>, lexicon: Lexicon, promptPeople: ReadonlySet<string> = new Set()): Concept {
  const terms = [...new Set(contentTerms(text, lexicon))];
  const fresh = new Set(terms.filter((t) => !promptTerms.has(t)));
  const person = terms.length === 2 && fresh.size === 1 ? terms.find((t) => promptPeople.has(t)) : undefined;
  return {
    terms,
    need: conceptNeed(terms.length),
    fresh,
    ...(person ? { person } : {}),
    negative: terms.some((t) => NEGATORS.has(t)),
    absence: terms.some((t) => ABSENCE.has(t)),
    littleWords: new Set(surfaceWords(text).filter((w) => !isContentTerm(w))),
    numbers: terms.filter((t) => NUMBER.test(t)),
    figured: terms.some(isFigure) && terms.some((t) => !isFigure(t)),
  };
}

/**
 * The scheme terms a sentence term stands for: itself, the word of a spelling the notes list (`listed`: "kulack"
 * for kulak, see listedSpellings), and any long scheme term one slip away ("bukarin", which the notes list as a
 * spelling of Bukharin, so spelling correction leaves it as it is).
 */
export function schemeTermsFor(term: string, schemeTerms: ReadonlySet<string>, listed: ReadonlyMap<string, string> = new Map()): readonly string[] {
  const found = schemeTerms.has(term) ? [term] : [];
  for (const broader of ALSO_STATES.get(term) ?? []) if (schemeTerms.has(broader)) found.push(broader);
  const spelt = listed.get(term);
  if (spelt !== undefined && spelt !== term && schemeTerms.has(spelt)) found.push(spelt);
  // A noun and the verb made from it with "-en" are one word to a reader ("threats to their families" states "families
  // threatened"; "strength", "strengthened"), though stemming keeps them apart.
  for (const form of [`${term}en`, term.endsWith('en') ? term.slice(0, -2) : '']) if (form.length >= 5 && Math.min(form.length, term.length) >= 5 && form !== spelt && schemeTerms.has(form)) found.push(form);
  if (term.length < 6) return found;
  for (const c of schemeTerms) if (c !== term && c !== spelt && c.length >= 6 && Math.abs(c.length - term.length) <= 1 && editDistance(c, term, 1) <= 1) found.push(c);
  return found;
}

/**
 * Where in the sentence the concept is stated: the first and last term index of a window holding enough of
 * its terms, none of them denied (unless the concept says "not" itself), or null. `readAs` gives the scheme
 * terms a sentence term stands for (itself, by default); `mayImply` whether the sentence may leave the
 * concept's person (the question's) to a pronoun.
 */
export function conceptSpan(
  concept: Concept,
  terms: readonly string[],
  window: number = D.conceptWindow,
  readAs: (term: string) => readonly string[] = (t) => [t],
  mayImply: (person: string) => boolean = () => true,
): { readonly start: number; readonly end: number } | null {
  if (concept.terms.length === 0) return null;
  const found: { at: number; term: string }[] = [];
  terms.forEach((t, at) => {
    for (const term of readAs(t)) if (concept.terms.includes(term)) found.push({ at, term });
  });
  // A concept's own "not" counts only just before another of its words ("did not attend", "quantity not
  // quality"), not anywhere near them.
  const hits = concept.negative ? found.filter((h) => !NEGATORS.has(h.term) || found.some((o) => !NEGATORS.has(o.term) && o.at > h.at && o.at - h.at <= D.negationGap + 1)) : found;
  if (hits.length === 0) return null;
  // A concept that says "not" ("grain not reaching the towns", "did not use the Testament") is not stated by a sentence
  // holding all its other words and saying nothing is not done ("grain reached the towns", "Trotsky used the
  // Testament"): that sentence says the opposite. Nor is one of falling or lack ("peasants sold less grain", "birth
  // rate fell") by a sentence with all its other words and no word of falling, ending or lack ("peasants sold their
  // grain at the markets", a note "birth rate").
  if (concept.negative && !terms.some((t) => NOT_DONE.has(t)) && concept.terms.every((t) => NEGATORS.has(t) || found.some((h) => h.term === t))) return null;
  if (concept.absence && !terms.some((t) => NOT_DONE.has(t) || ABSENCE.has(t)) && concept.terms.every((t) => ABSENCE.has(t) || found.some((h) => h.term === t))) return null;
  // Denied: a negator just before one of its words. A concept that says "not" itself is not denied by one; one of
  // ending or lack ("private trade ended") only where its ending word is ("had not ended", not "no private traders").
  const denied = (h: { at: number; term: string }, previous: number) =>
    !concept.negative && (!concept.absence || ABSENCE.has(h.term)) && (deniedAt(terms, h.at) || (previous >= 0 && deniedBetween(terms, previous, h.at)));
  // "He was arrogant", in an answer on Trotsky: the question's person may be left to a pronoun, unless the
  // sentence names someone else.
  const implied = concept.person && !terms.includes(concept.person) && mayImply(concept.person) ? 1 : 0;
  // A figure states nothing without what it is a figure of: "about 70% of peasants hated it" is not "70 per cent of
  // households collectivised", nor "between 1929 and 1934" a point dated by them. And "per cent" is the concept's own
  // figure's: "70% of peasants … collective farms" is no "90 per cent collectivised".
  const { figured, numbers } = concept;
  const counted = (found: ReadonlySet<string>) =>
    numbers.length === 0 || numbers.some((n) => found.has(n)) ? found.size : [...found].filter((t) => !FIGURE_WORDS.has(t)).length;
  for (let i = 0; i < hits.length; i++) {
    const inWindow = new Set<string>();
    for (let j = i; j < hits.length; j++) {
      const hit = hits[j];
      const first = hits[i];
      if (!hit || !first || hit.at - first.at > window) break;
      inWindow.add(hit.term);
      if (counted(inWindow) + implied >= concept.need && (concept.fresh.size === 0 || [...inWindow].some((t) => concept.fresh.has(t))) && (!figured || [...inWindow].some((t) => !isFigure(t)))) {
        // "No foreign journalists could watch": stated, but denied; a later window may still state it.
        if (hits.slice(i, j + 1).some((h, k) => denied(h, k > 0 ? (hits[i + k - 1]?.at ?? -1) : -1))) break;
        return { start: first.at, end: hit.at };
      }
    }
  }
  return null;
}

/** Where in the sentence the concept is stated (see conceptSpan): its first term index, or -1. */
export function conceptAt(...args: Parameters<typeof conceptSpan>): number {
  return conceptSpan(...args)?.start ?? -1;
}

/** Words that link a point to a cause or a result: what turns a list of factors into an explanation ("ment" is how "meant" is often misspelt). */
const LINKS =
  /\b(because|so|therefore|thus|hence|consequently|as a result|result(ed|ing)? in|meant|ment|meaning|lead(s|ing)? to|led to|this led|caus(e|ed|es|ing)|due to|in order to|so that|(this|which|it) made|made (it|them|him|people|peasants|workers)|allow(ed|ing|s)?|enabl(ed|ing|es)?|forc(ed|ing)|encourag(ed|ing)|help(ed|ing)|this shows|which shows|shows that|showed|(?:this|which|it) (?:suggests|suggested|indicates|indicated|proves|proved|implies|implied)|(?:suggests|suggested|indicates|indicated|proves|proved) that|that is why|this is why|the reason|why|as (they|he|it|this|there|the|many|most|peasants|stalin)|since|until|would (make|mean|lead|help|give|stop|allow|let|cause|force)|which (gave|let|stopped|helped|turned|pushed|kept|put|left)|(let|gave) (him|them|stalin|the|people|peasants|workers))\b/;
/**
 * A link that only ties a point to the answer's verdict ("it was successful because coal went up", "so overall it was
 * quite successful"): it labels the point, not what it led to, so it explains nothing (a GCSE student's trial: a
 * 43-word list of points so linked was told all its points were explained). Read out before looking for LINKS.
 */
const VERDICT_LINK = /\b((?:was|were|is|are|wasnt|werent)(?: not)?(?: \w+){0,2} (?:successful|unsuccessful|a success|a failure|a partial success)|succeeded|failed|i (?:\w+ )?(?:agree|disagree)(?: that)?(?: \w+){0,2} (?:was|were|is)(?: \w+)? (?:responsible|to blame)(?: for(?: \w+){1,3})?) (?:because|as|since)\b|^(?:and )?so (?=overall|in conclusion|in the end|to conclude|all in all|on balance)/g;
/** A sentence that turns to another point or side ("But…", "However…"): it does not explain the one before. */
const TURNS = /^(but|however|on the other hand|although|though|yet|whereas)\b/;
/**
 * A sentence that turns against the question's view ("However, to call this simple paranoia is misleading, because…"):
 * its words on that view are there to argue with it, so it makes no point for the view and is quoted for none (S7 of
 * a teacher's trial).
 */
const ARGUES_AGAINST = /^(however|but|yet|on the other hand)\b.*\b(misleading|mistaken|wrong|simplistic|too simple|an exaggeration|exaggerated|not (true|right|correct|the (whole|full) (story|picture)))\b/;
/** A sentence that carries on from the one before ("This meant…", "As a result…"). */
const CARRIES_ON = /^(this|that|these|those|so|therefore|thus|as a result|consequently|because|which|it meant|hence)\b/;
/** An account also moves through time. */
const SEQUENCE = /\b(then|after|afterwards|following|next|later|by (19\d\d|the end)|soon|within|eventually|finally|first(ly)?|second(ly)?)\b/;
/**
 * A conclusion that answers a judgement question: "overall", "I (only partly) agree", "I think", "X was more
 * important", "X mattered more", "the bigger problem", "partly successful", "both were important", or a note
 * headed "Conclusion:".
 */
const JUDGEMENT =
  /\b(overall|in conclusion|to conclude|in summary|on balance|all in all|to (a|an|some|a large|a great|a limited|a certain|a small) (large |great |limited |certain |small )?extent|i (\w+ ){0,2}(agree|disagree)|i (think|believe)|in my (view|opinion)|(more|less) (important|significant|serious|successful|decisive|responsible|to blame)|(most|least) (important|significant)|(main|key|biggest|greatest|bigger|greater|more serious|most serious|real) (reason|cause|factor|problem|threat|weakness)|outweigh(s|ed)?|matter(s|ed)? (more|most)|(largely|mostly|mainly|partly|partially|only partly|not very|not|very|highly|quite|fairly|limited|partial) (successful|a success|unsuccessful|a failure|true|right|wrong|responsible)|was (a|an) (success|failure|partial success)|(successful|unsuccessful) overall|(was|were) both|(both|equally) (important|significant|to blame|responsible)|^(conclusion|judgement|judgment|verdict))\b/;
/**
 * A judgement on an interpretation: "largely convincing", "not very persuasive", "more convincing than", "unconvincing
 * overall" (read only in answers to interpretation questions).
 */
const CONVINCING =
  /\b((largely|mostly|mainly|partly|partially|only partly|not very|not|very|highly|quite|fairly|somewhat|broadly|wholly|entirely|fully|less|more|most|least|only) (convincing|persuasive|valid)|(un)?convincing (overall|in part|on the whole)|is (un)?convincing|(un)?convincing because)\b/;
/**
 * A judgement an essay's opening may set out in other words than a conclusion's (M3 of a teacher's trial): "This view is
 * valid only in part", "largely true", "valid up to a point", "mainly because…", "caused above all by…". "This essay
 * will argue that" is no judgement by itself: only what follows it is (a student would learn the magic words).
 */
const OPENING_JUDGEMENT =
  /\b((valid|true|right|correct|accurate|fair|justified|convincing|persuasive)( only)? (in part|partly|partially|up to a point|to (a|an|some) (large |great |limited |certain )?extent)|(largely|mostly|mainly|partly|partially|broadly|only partly|in part|only in part|not entirely|not wholly|not fully) (valid|true|right|correct|accurate|fair|justified)|(mainly|mostly|largely|chiefly|primarily|partly|only partly|above all|in part) (because|due to|caused|the result|a result|the product|driven|down to|responsible|explains?)|up to a point|only in part)\b/;
/** Words of an answer that speak of the extract and its argument, for an interpretation question. */
/** A verdict of success or failure ("it was a failure for the peasants"). */
const VERDICT_WORDS = /\b(?:failure|failed|fail|success|successful|unsuccessful|succeeded)\b/;
/** Words of any judgement question, which say nothing of what this one is about. */
const GENERIC_JUDGEMENT: ReadonlySet<string> = new Set(contentTerms('agree disagree how far extent view statement important importance main reason successful success interpretation extract convincing historians historian factor factors other causes reasons', PLAIN_LEXICON));
const ABOUT_EXTRACT = /\b(extracts?|interpretations?|passage|the author|(this|the|that) (view|argument|account|claim)|(the|this|that) (historian|writer)s?)\b/;
/** What a teacher reads as using the author: reporting their view ("Trotsky argues", "Trotsky's view", "according to Trotsky"). */
const REPORTS = 'argues?|argued|says?|said|claims?|claimed|suggests?|suggested|believes?|believed|writes?|wrote|states?|stated|thinks?|thought|sees?|saw|stresses|stressed|emphasi[sz]es|emphasi[sz]ed|blames?|blamed|insists?|insisted|puts?|portrays?|describes?|described|presents?|presented|explains?|explained|is (?:right|wrong|correct|convincing|partly|only|mostly|largely)|was (?:right|wrong|correct)|overstates?|underplays?|exaggerates?|ignores?|neglects?';
const AUTHOR_NOUNS = 'view|views|argument|arguments|interpretation|account|claim|claims|case|thesis|book|judgement|explanation|emphasis|picture';

/**
 * Whether an interpretation answer discusses its extract, as a teacher reads it: names the extract or interpretation,
 * reports its author's view ("Trotsky argues…", "Trotsky's view", "according to Trotsky"), names the work, or quotes it.
 * The author's name alone is not enough: Trotsky is also an actor in the power struggle his extract is about.
 */
export function engagesExtract(texts: readonly string[], extract: { readonly summary: string; readonly work: string }, surname: string): boolean {
  const lower = texts.map((t) => t.toLowerCase().replace(/[‘’]/g, "'"));
  if (lower.some((s) => ABOUT_EXTRACT.test(s))) return true;
  return engagesAuthor(texts, lower, extract, surname);
}

/**
 * Whether a three-extracts answer discusses one of its extracts: names it by its letter ("Extract B", "extracts A and
 * C"), or reports its author's view, names the work or quotes it, as engagesExtract. "The extract" alone says not which.
 */
export function engagesLabelledExtract(texts: readonly string[], extract: { readonly summary: string; readonly work: string }, surname: string, label: string): boolean {
  const lower = texts.map((t) => t.toLowerCase().replace(/[‘’]/g, "'"));
  // The letter as a label: a capital ("Extract A"), or a small one that a view or a stop follows ("extract a argues",
  // "in extract a,"), so that "to extract a confession" names no extract.
  const L = escapeRegExp(label.toUpperCase());
  const l = escapeRegExp(label.toLowerCase());
  const named = new RegExp(
    `\\b[Ee]xtracts? (?:[ABCabc](?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*|\\s*/\\s*))*(?:${L}\\b|${l}(?=[,.;:)]|$| (?:is|was|argues|says|suggests|claims|shows|states|sees|believes|blames|stresses|puts|presents)\\b))`,
  );
  if (texts.some((s) => named.test(s.replace(/[‘’]/g, "'")))) return true;
  return engagesAuthor(texts, lower, extract, surname);
}

/** Whether an answer reports an extract's author's view, names the work or quotes the extract. */
function engagesAuthor(texts: readonly string[], lower: readonly string[], extract: { readonly summary: string; readonly work: string }, surname: string): boolean {
  if (surname !== '') {
    const n = escapeRegExp(surname);
    const author = new RegExp(`\\b${n}(?:'s)? (?:(?:also|rightly|wrongly|clearly|convincingly|too|even|here|then|therefore|mainly|largely) )?(?:${REPORTS})\\b|\\b${n}'s (?:(?:main|whole|central|own) )?(?:${AUTHOR_NOUNS})\\b|\\baccording to ${n}\\b|\\b${n} \\(?1[89]\\d\\d`);
    if (lower.some((s) => author.test(s))) return true;
  }
  const title = normaliseText(extract.work.replace(/\(.*$/, '').replace(/,.*$/, '')).trim();
  if (title.split(' ').length >= 2 && lower.some((s) => normaliseText(s).includes(title))) return true;
  return quotesExtract(texts, extract.summary);
}

/** A quotation (in quotation marks) of three words or more that is in the extract. */
function quotesExtract(texts: readonly string[], summary: string): boolean {
  const source = ` ${normaliseText(summary)} `;
  return texts.some((t) =>
    [...t.matchAll(/["\u201c\u2018']([^"\u201d\u2019']{8,})["\u201d\u2019']/g)].some((m) => {
      const q = normaliseText(m[1] ?? '').trim();
      return q.split(' ').length >= 3 && source.includes(` ${q} `);
    }),
  );
}
/** Points made plus points explained that an answer at each tier (2–4) has at least: above them it moves up its band. */
const WITHIN_BAND_FROM: Readonly<Record<number, number>> = { 2: 2, 3: 3, 4: 5 };
/** The same for an A-level answer's five tiers, whose bands take more points to climb. */
const A_LEVEL_WITHIN_BAND_FROM: Readonly<Record<number, number>> = { 2: 2, 3: 4, 4: 6, 5: 8 };
/**
 * Words that start a new clause ("…, and it also showed…", "…, which…"): two points of a "describe" answer with none
 * of them between their words are one feature, however many concepts the clause holds ("optimistic, heroic images").
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(
  PLAIN_LEXICON.termsOf(surfaceWords('and but or while whereas which who also because so as when although though it they this these there another second secondly')),
);

/**
 * Whether two spans of a sentence's terms lie in one clause: they overlap ("optimistic, heroic images"), or neither a
 * clause word nor punctuation (`breaks`, see breaksOf) stands between them.
 */
function sameClause(sentence: { readonly terms: readonly string[]; readonly breaks: readonly number[] }, a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (second.start <= first.end) return true;
  if (sentence.breaks.some((at) => at > first.end && at <= second.start)) return false;
  return !sentence.terms.slice(first.end + 1, second.start).some((t) => CLAUSE_BREAKS.has(t));
}

/** Where a point was made: its sentence and the span of that sentence's terms that stated it. */
interface PointSpan {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
}

/**
 * How many features the points made describe (`spans`: where each was made): a point made in the same clause as one
 * counted already adds none. `clauseOf` reads a sentence's punctuation only when two points share it.
 */
function countFeatures(spans: readonly PointSpan[], clauseOf: (i: number) => { readonly terms: readonly string[]; readonly breaks: readonly number[] }): number {
  const counted: PointSpan[] = [];
  for (const span of spans) if (!counted.some((o) => o.sentence === span.sentence && sameClause(clauseOf(span.sentence), o, span))) counted.push(span);
  return counted.length;
}

/** A dated fact that is a level reached ("About 93% of households…", "5.9 million tonnes"): reached in one year, held in others. */
const LEVEL_REACHED = /\d[\d,.]*\s*(?:%|per ?cent|million|thousand|billion|tonnes?|tons?)\b|\babout \d/i;
/** A day of a month inside a fact's text ("the decree of 1 December"). */
const DAY_OF_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTH_NAMES.join('|')})\\b`, 'i');
/** How many words on from a dated fact's names a question may say what happened to them ("Zinoviev and Kamenev were shot"). */
const QUESTION_REACH = 3;

/** Whether the thing stated at `span` (a dated fact's words `own`) is dated by the year written at term `at`. */
function datedAt(own: ReadonlySet<string>, span: { start: number; end: number } | null, terms: readonly string[], at: number, course: CourseYears, dating?: ReadonlySet<string>): boolean {
  return span !== null && yearOf(terms, span.start, span.end, own, course, dating)?.at === at;
}

/** Words that say what a person was ("Stalin was clever"), not a note of what happened ("Lenin's funeral"). */
const COPULA: ReadonlySet<string> = new Set(['was', 'is', 'were', 'are', 'be', 'been', 'seemed', 'seems']);

/**
 * One word said of the person and nothing more ("He was very clever.", "Stalin was a very clever man."): too vague to
 * make the point its concept of the question's person and one word stands for ("a skilful tactician who formed and
 * dropped alliances"), though the same word with something said of it makes it ("He was clever at playing his rivals
 * off against each other"). What counts is what the sentence says apart from the concept's words, the person and
 * nouns for any person (`personNouns`: "a very clever man", "a clever leader"). A note naming the person ("Lenin's
 * funeral") says what happened, not what they were.
 */
function bare(concept: Concept, sentence: Sentence, personNouns: ReadonlySet<string>): boolean {
  if (!concept.person || concept.terms.length !== 2) return false;
  if (sentence.terms.includes(concept.person) && !sentence.terms.some((t) => COPULA.has(t))) return false;
  return !sentence.terms.some((t) => isContentTerm(t) && !concept.terms.includes(t) && !personNouns.has(t) && !/^\d/.test(t));
}

/** A link a fragment may hang a result or reason on ("Grain crisis because it led to collectivisation"). */
const FRAGMENT_LINK = /\b(because|so|as|which)\b/i;
const FRAGMENT_TERMS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('because so as which')));
/** Words that make a few words a clause rather than a name: a verb's ending, a verb, a pronoun for a subject. */
const CLAUSE_WORD = /^(\w+(ed|ing)|is|was|were|are|be|been|had|has|have|did|do|does|made|make|took|take|wanted|want|got|get|became|become|led|lead|caused|meant|mean|gave|give|let|saw|see|felt|came|went|put|kept|keep|won|lost|sold|bought|fell|rose|grew|ran|built|shot|killed|he|she|it|they|we|i|you|this|there)$/i;
/**
 * How many terms open sentence `s` as a heading: a few words naming a thing, with no verb, hung on a link ("Grain
 * crisis because it led to collectivisation", "Kulaks capitalist because this led to liquidation"). Course words with
 * "because" after them (S6 of a teacher's trial, 5 of 6 points "made" by such a list) say nothing about the thing: a
 * point stated only in the heading is not made. 0 when the sentence opens with a clause.
 */
function headingTerms(s: Sentence): number {
  const link = FRAGMENT_LINK.exec(s.text);
  if (!link) return 0;
  const words = s.text.slice(0, link.index).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (words.length === 0 || words.length > 4 || words.some((w) => CLAUSE_WORD.test(w))) return 0;
  const at = s.terms.findIndex((t) => FRAGMENT_TERMS.has(t));
  return at < 0 ? 0 : at;
}

/**
 * A sentence that is only course words, with no little word at all ("Grain crisis Industrialisation Kulaks Tractors
 * Towns Control Socialism."): a list, however it is punctuated, which says nothing of any of them. A bullet point is a note.
 */
const wordList = (s: Sentence): boolean => !s.bullet && s.words >= 5 && s.functionWords === 0;

/** A year written in a text (1800–1999): a text without one gives no year wrongly. */
const HAS_YEAR = /\b1[89]\d\d\b/;
/** Words that say what someone was, not what they became ("Yezhov was head of the NKVD"): see wrongDateIn. */
const BEING: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are', 'remained', 'still', 'being']);
/** Whether the term at `at` is said as what someone was ("was head", "was the head"). */
const isState = (terms: readonly string[], at: number): boolean => {
  let k = at - 1;
  while (k >= 0 && (terms[k] === 'the' || terms[k] === 'a')) k--;
  return BEING.has(terms[k] ?? '');
};
/** Clause words that, straight after a year, start another clause ("…in 1929 and Kirov was murdered…"): see wrongDateInClauses. */
const AFTER_YEAR_CLAUSE: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas', 'so', 'then', 'yet']);

/** A point that gives a toll or a count of people ("killed millions", "about 680,000 were shot"). */
const GIVES_TOLL = /\b(?:\d[\d,.]*\s*(?:million|thousand)?|millions|thousands)\b[^.]*\b(?:died|dead|deaths|killed|shot|executed|starved|perished|lives)\b|\b(?:killed|died|deaths|shot|executed)\b[^.]*\b(?:millions|thousands|\d[\d,.]*\s*(?:million|thousand))\b/i;
/** A reason set after a colon or a dash: four words or more ("…only partly convincing: it explains the scale but…"). */
const GIVEN_REASON = /[:–—]\s*(\S+\s+){3,}\S/;
/** A reason given with a conclusion. */
const REASON = /\b(because|so|shows?|showed|as|since|this is because|shown by|as shown|as seen|for example|for instance|evidence|given that|therefore|due to)\b/;
/**
 * A conclusion's reasons given without "because" (a trial: a reasoned conclusion marked unsupported for want of the
 * word): what explains, drives or lies behind the verdict ("his suspicion explains…", "the scale came from…", "was
 * driven by…"), or the evidence that shows it ("…whereas the archives show…"). Not "rather than", "whereas" or "suggests"
 * alone: a bare verdict says them too ("Stalin was more to blame rather than Yezhov").
 */
const CONCLUSION_REASON =
  /\b(explains?|explained|accounts? for|came from|comes from|stemm(?:ed|s) from|arose from|aris(?:es|ing) from|result(?:ed|s)? from|(?:was|were|is) (?:driven|caused|shaped|produced|fuelled) by|lay in|lies in|rooted in|supported by|proves?|proved|demonstrates?|demonstrated|records show|archives show|documents show|evidence shows)\b/;

/** How a closing verdict opens ("Overall, …", "In conclusion, …"). */
const SUMMING_UP = /^(?:so |and so |therefore )?(?:overall|in conclusion|to conclude|in summary|to sum up|all in all|on balance)\b/;

/** Words that say a thing mattered to what the question asks about: see deniesWorth in createMarker. */
const WORTH_WORDS = 'important importance significant significance matter matters mattered reason reasons cause factor factors helped decisive key';

/** Words that speak of historians without naming one ("other historians say…", "revisionists argue…"). */
const HISTORIAN_WORDS = new Set(contentTerms('historian historians revisionist revisionists historiography', PLAIN_LEXICON));

/** A person card's role that makes them a historian of the course's debates (Nove the economist, Tucker the political scientist, Deutscher the biographer too). */
const HISTORIAN_ROLE = /\b(historian|economist|sociologist|political scientist|biograph)/i;

/**
 * Whether sentence `i` may make a point on the views of `historians` (person ids; none: any sentence may). A sentence
 * is about the historians it names or, naming none, those of the sentence before ("They argued…"): one about
 * another of the mark scheme's historians does not make the point, though it states the point's concept ("Davies
 * and Wheatcroft agreed it was a planned genocide" is no point on Kotkin's view). One about no historian may state
 * the view unnamed ("other historians say it could have been done without so much violence"), as examiners credit
 * it, though only in full (all its concept's words; see the points loop); `named` holds only the scheme's historians,
 * since of others the scheme cannot say what they held.
 */
function historianAllows(historians: ReadonlySet<string>, named: ReadonlyArray<ReadonlySet<string>>, i: number): boolean {
  if (historians.size === 0) return true;
  const own = named[i] ?? new Set<string>();
  const about = own.size > 0 ? own : (named[i - 1] ?? new Set<string>());
  return about.size === 0 || [...about].some((h) => historians.has(h));
}

/** Words that join a question's words to themselves ("because he wanted to collectivise"): they add nothing to a copy. */
const CONNECTIVES = new Set(contentTerms('because therefore thus hence consequently', PLAIN_LEXICON));
/** A link that names a cause and no more, as the marker reads it ("because of", "due to", "as a result of", "thanks to"), just before a point. */
const BARE_CAUSE = /\b(?:becaus of|due to|result of|thank to|thanks to)(?: the| a| an| his| her| their| its)?$/;
/**
 * Words that say nothing of why a point mattered or what it led to, however they are linked to it ("it happened because
 * of local officials", "this meant that there were many views"): link words, words of saying and thinking, and words
 * for any cause, view or thing. A link explains a point only with words beyond these (see PRACTICE_DEFAULTS.explanationTerms).
 */
const SAYS_NOTHING: ReadonlySet<string> = new Set([
  ...GENERIC_JUDGEMENT,
  ...NEGATORS,
  ...HISTORIAN_WORDS,
  ...CONNECTIVES,
  ...contentTerms(
    'happen happened happens thing things lot lots many much very really good bad big different also want wanted wants wish wished try tried cause caused causes causing result results resulted meant mean means meaning lead leads led due order show shows showed why since think thought say said says argue argued argues believe believed claim claimed opinion opinions view views point points way ways some',
    PLAIN_LEXICON,
  ),
]);


/**
 * Whether an answer names someone or something the course's notes do not: a word written with a capital
 * inside a sentence ("Robespierre", "Stresemann"), read through spelling correction, that is not the notes'.
 */
function namesOutside(sentences: readonly Sentence[], spell: (word: string) => string, course: ReadonlySet<string>, lexicon: Lexicon): boolean {
  for (const s of sentences)
    for (const word of s.text.split(/\s+/).slice(1))
      if (/^[A-Z]/.test(word) && contentTerms(surfaceWords(word).map(spell).join(' '), lexicon).some((t) => !course.has(t))) return true;
  return false;
}

/** The years a text names ("1929", "the 1930s"). */
const yearsIn = (text: string): number[] => [...text.matchAll(/\b(1[5-9]\d\d|20\d\d)s?\b/g)].map((m) => Number(m[1]));

const clipWords = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
};

/** A word that turns what follows into its opposite, which a quote must not leave out (see quoteOf). */
const QUOTE_NEGATION = /^(?:not|never|no|nor|hardly|barely|without|un(?:able|successful)|\w+n[’']t|cannot|dont|didnt|wasnt|werent|isnt|arent)$/i;

/** The student's words around where a point was made (or a wrong fact stated), at most `max` characters. */
function quoteOf(sentence: Sentence, at: number, max: number = D.quoteLength): string {
  if (sentence.text.length <= max) return sentence.text;
  const words = sentence.text.split(/\s+/);
  let start = Math.max(0, Math.min(at - 3, words.length - 8));
  // Never inside a negation that changes its sense ("…successful because" cut from "not successful because"): a
  // "not" in the three words before the cut is taken in, with what it negates.
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) if (QUOTE_NEGATION.test(words[k] ?? '')) start = k;
  const shown = clipWords(words.slice(start).join(' '), max - (start > 0 ? 1 : 0));
  return start > 0 ? `…${shown}` : shown;
}

/** Term sets per topic, for telling an answer about another topic (or none) from a weak one on this. */
function topicVocabulary(kb: KnowledgeBase, lexicon: Lexicon): { byTopic: Map<string, Set<string>>; weight: Map<string, number>; course: Set<string> } {
  const byTopic = new Map<string, Set<string>>();
  const add = (topic: string, text: string) => {
    let set = byTopic.get(topic);
    if (!set) byTopic.set(topic, (set = new Set()));
    for (const t of contentTerms(text, lexicon)) set.add(t);
  };
  for (const t of kb.topics) add(t.id, [t.title, ...t.aliases, t.summary, ...t.keyTerms].join(' '));
  for (const e of answerableEntries(kb)) if (byTopic.has(e.topic)) add(e.topic, [e.question, ...e.phrasings, e.answer].join(' '));
  // Not an essay's or an interpretation question's: they range over several topics (the Terror essay's old rivals, the
  // plans' scapegoats), and their words would blur which topic an answer leans to.
  for (const q of kb.practice) if (!A_LEVEL_KINDS.has(q.kind)) add(q.topic, [q.prompt, ...q.points.flatMap((p) => [p.point, ...p.concepts])].join(' '));
  const df = new Map<string, number>();
  for (const set of byTopic.values()) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);
  const topics = Math.max(1, byTopic.size);
  const weight = new Map([...df].map(([t, n]) => [t, Math.log((topics + 1) / n)]));
  return { byTopic, weight, course: new Set(df.keys()) };
}

/**
 * The spellings the notes list for a person's name or a term a slip or two from its own word ("Kulack" for kulak,
 * "Rykow", "war comunism"), as the marker reads words, each to the word the mark schemes write. Spelling correction
 * leaves them as they are, since the notes use them, and one-slip reading (schemeTermsFor) takes only long words. An
 * English word is no listed spelling ("great break" for the Great Turn, "work book" for the labour book), nor a number.
 */
function listedSpellings(kb: KnowledgeBase, lexicon: Lexicon): ReadonlyMap<string, string> {
  const english = everydayWords().all;
  const out = new Map<string, string>();
  const names = [...kb.people.map((p) => [p.name, ...p.aliases]), ...kb.terms.map((t) => [t.term, ...t.aliases])];
  for (const [name = '', ...aliases] of names) {
    const own = surfaceWords(name);
    for (const word of aliases.flatMap(surfaceWords)) {
      if (own.includes(word) || word.length < 5 || /\d/.test(word) || english.has(word)) continue;
      const nearest = own.map((w) => ({ w, distance: editDistance(word, w, 2) })).filter((n) => n.distance <= 2).sort((a, b) => a.distance - b.distance)[0];
      const [from] = contentTerms(word, lexicon);
      const [to] = nearest ? contentTerms(nearest.w, lexicon) : [];
      if (from && to && from !== to) out.set(from, to);
    }
  }
  return out;
}

/** What the marker reads with, built from the fact base on the first answer (not at start-up: most runs mark none). */
function readingAids(kb: KnowledgeBase, lexicon: Lexicon) {
  // Students' slips are corrected towards the notes' words and the mark schemes' own.
  const schemeWords = kb.practice.flatMap((q) => q.points.map((p) => [...p.concepts, ...(p.wrong ?? [])].join(' ')));
  const entries = [...answerableEntries(kb), { id: 'practice-concepts', topic: '', question: '', phrasings: schemeWords, answer: '', related: [], sources: [], kind: 'term' as const }];
  const speller = createSpeller(entries, new Set(kb.vocabulary.offCourseWords));
  return { spell: (w: string) => speller.spell(w), vocabulary: topicVocabulary(kb, lexicon), listed: listedSpellings(kb, lexicon) };
}

/**
 * A year an answer gets wrong: the sentence, the span of its terms that states the thing and its year, what is
 * right, and the point whose dated fact it is, if it is one (else the point made in the sentence is named).
 */
interface DateSlip {
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly right: string;
  readonly point?: PracticePoint;
  readonly correction?: Correction;
  /** A figure, not a year: the point made by those words keeps no "the date there is wrong". */
  readonly figure?: true;
  /** The toll that figure is far from (see WrongFact.total). */
  readonly total?: TotalWords;
  /** A common misconception stated (knowledge/misconceptions.yaml): given way to a historian put on the wrong side in the same sentence, which says it more fully. */
  readonly misconception?: true;
}

/**
 * Years the answer gets wrong (src/practice/dates.ts): in each sentence that states a key date or event of one of
 * the question's points ("Yezhov replaced Yagoda as head of the NKVD in 1934"), a year written as its date outside
 * the years the point's text and dated facts span; in any sentence, one given to what the prompt dates ("the murder of
 * Kirov in 1936" for a question on the murder of Kirov in December 1934). One per sentence, and none where a
 * listed wrong version is already quoted.
 */
function wrongYears(
  c: CompiledQuestion,
  sentences: readonly Sentence[],
  listed: readonly WrongFact[],
  courseFacts: readonly DatedFact[],
  factSpan: (fact: DatedFact, terms: readonly string[]) => { start: number; end: number } | null,
  placeNamed: (terms: readonly string[], end: number, year: { readonly preposition: number }, own: ReadonlySet<string>, y: number) => boolean,
  course: CourseYears,
): DateSlip[] {
  const out: DateSlip[] = [];
  sentences.forEach((s, i) => {
    if (listed.some((w) => w.sentence === i)) return;
    // Only a year written as a date can be a wrong one: most sentences have none, and need no more reading.
    if (writtenYears(s.terms, course).length === 0) return;
    const add = (point: PracticePoint | undefined, span: { start: number; end: number }, at: number, right: string, correction?: Correction) =>
      out.push({ sentence: i, start: Math.min(span.start, at), end: Math.max(span.end, at), right, ...(point ? { point } : {}), ...(correction ? { correction } : {}) });
    for (const { point, dated } of c.points) {
      if (!dated) continue;
      // The sentence must state one of the point's dated facts (most of its words), with the year as its date.
      for (const fact of dated.facts) {
        const span = factSpan(fact, s.terms);
        const year = span && yearOf(s.terms, span.start, span.end, dated.own, course);
        if (!span || !year) continue;
        // Right if the point's dates span it, or if it is the date of any other fact of the course the sentence states
        // ("In 1926 Trotsky, Zinoviev and Kamenev formed the United Opposition" names the triumvirate's men too), the year
        // dating that fact as written, not one in another clause ("…because of the internal passports brought in in 1934").
        // Nor if another fact of that year names the place between (placeNamed).
        const right = (y: number) =>
          (y >= dated.from && y <= dated.to) || courseFacts.some((f) => f.years.includes(y) && datedAt(f.terms, factSpan(f, s.terms), s.terms, year.at, course)) || placeNamed(s.terms, span.end, year, dated.own, y);
        if (year.years.some(right)) break;
        add(point, span, year.at, fact.text, correctionOf(fact.text, { saidYears: year.years }));
        return;
      }
    }
    const dates = c.promptDate;
    if (!dates) return;
    const span = thingSpan(dates.terms, dates.terms.size, s.terms);
    const year = span && yearOf(s.terms, span.start, span.end, dates.terms, course);
    if (span && year && !year.years.some((y) => dates.years.includes(y))) add(undefined, span, year.at, dates.text.replace(/^./, (ch) => ch.toUpperCase()));
  });
  return out;
}

/**
 * A numbered order in the notes with its date ("NKVD Order No. 00447 of July 1937"): the body that issued it when the
 * notes name it by its initials just before ("NKVD", "OGPU"), its number, then its tail's month and year.
 */
const NUMBERED_ORDER = /(?:\b([A-Z]{2,}[A-Za-z]*) )?\bOrder No\.? (\d{4,5})\b([^.;]{0,60})/g;
const ORDER_DATE = new RegExp(`\\b(?:(${MONTH_NAMES.join('|')}) )?(1[89]\\d\\d)\\b`, 'i');

/** A numbered order the notes date: when ("July 1937"), its year, and the body that issued it, where the notes name it. */
export interface DatedOrder {
  readonly when: string;
  readonly year: number;
  readonly by?: string;
}

/**
 * The numbered orders the notes date ("00447": July 1937, by the NKVD), from their texts. The issuing body is taken from
 * any text naming it ("NKVD Order No. 00447"), the date from the first that dates the order.
 */
export function datedOrders(texts: readonly string[]): ReadonlyMap<string, DatedOrder> {
  const dates = new Map<string, { when: string; year: number }>();
  const bodies = new Map<string, string>();
  for (const text of texts)
    for (const m of text.matchAll(NUMBERED_ORDER)) {
      const number = m[2];
      if (!number) continue;
      if (m[1] && !bodies.has(number)) bodies.set(number, m[1]);
      const date = ORDER_DATE.exec(m[3] ?? '');
      if (!date?.[2] || dates.has(number)) continue;
      const month = date[1] ? `${date[1][0]?.toUpperCase()}${date[1].slice(1).toLowerCase()} ` : '';
      dates.set(number, { when: `${month}${date[2]}`, year: Number(date[2]) });
    }
  const out = new Map<string, DatedOrder>();
  for (const [number, date] of dates) {
    const by = bodies.get(number);
    out.set(number, by ? { ...date, by } : date);
  }
  return out;
}

/** An order as the notes name it: "NKVD Order No. 00447", or "Order No. 00447" where they name no body. */
export function orderName(number: string, order: Pick<DatedOrder, 'by'>): string {
  return `${order.by ? `${order.by} ` : ''}Order No. ${number}`;
}

/**
 * A numbered order given another year ("Order 00447 of July 1938"): the number written, and a year within a few words of
 * it that is not the order's. The order, the year said and where the number stands (a word index), or undefined.
 */
export function wrongOrderYear(text: string, orders: ReadonlyMap<string, DatedOrder>): { number: string; when: string; said: number; word: number; name: string } | undefined {
  const words = text.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const number = /^(\d{4,5})\b/.exec(words[i] ?? '')?.[1];
    const order = number === undefined ? undefined : orders.get(number);
    if (!number || !order) continue;
    const near = words.slice(Math.max(0, i - ORDER_YEAR_REACH), i + ORDER_YEAR_REACH + 1).join(' ');
    const said = [...near.matchAll(/\b(1[89]\d\d)\b/g)].map((m) => Number(m[1]));
    const wrong = said.find((y) => y !== order.year);
    if (wrong !== undefined && !said.includes(order.year)) return { number, when: order.when, said: wrong, word: i, name: orderName(number, order) };
  }
  return undefined;
}
/** How many words from an order's number its year may stand ("Under Order 00447 of July 1938", "In July 1938 Order 00447"). */
const ORDER_YEAR_REACH = 4;

/** What a sentence says is wrong, to the sentence's end: its reason ("because the records show millions died") argues against it too. */
const CALLED_WRONG = /\b(?:wrong|mistaken|incorrect|false|untrue|not (?:true|right|correct))\s+(?:that|to (?:say|claim|argue|suggest)|in (?:saying|claiming|arguing)|when it (?:says|claims|argues))\b/;
/** What only might have been, to its clause's end ("the state could have cut exports and released grain"). */
const COUNTERFACTUAL = /\b(?:could|should|would|might|ought to)(?: not| easily| instead| also)? have\b/;
const CLAUSE_END_WORDS = /[,;:]|\b(?:but|because|however|whereas|although|though|while|so)\b/;

/**
 * The words a sentence says are wrong or only might have been (see CALLED_WRONG, COUNTERFACTUAL), read by `termsOf`:
 * a point stated only in them is not made.
 */
export function unsaidTerms(text: string, termsOf: (text: string) => readonly string[]): ReadonlySet<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  const wrong = CALLED_WRONG.exec(lower);
  if (wrong) for (const t of termsOf(lower.slice(wrong.index + wrong[0].length))) out.add(t);
  const might = COUNTERFACTUAL.exec(lower);
  if (might) {
    const rest = lower.slice(might.index + might[0].length);
    const end = CLAUSE_END_WORDS.exec(rest);
    for (const t of termsOf(end ? rest.slice(0, end.index) : rest)) out.add(t);
  }
  return out;
}

/** Whether a run of terms stands in a sentence's terms, together and in order. */
function hasRun(terms: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= terms.length; i++) if (run.every((t, k) => terms[i + k] === t)) return true;
  return false;
}

/** Words that stand for people named elsewhere ("he", "his"; "they lost their Politburo seats": Trotsky, Zinoviev and Kamenev). */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'they', 'their', 'them']);

/** Words that say a thing began ("began", "started", "was launched"): the year given must be its first. */
const BEGAN: ReadonlySet<string> = new Set(contentTerms('began begin begins started start starts launched launch', PLAIN_LEXICON));
/** Words that say a thing ended ("ended", "finished"): the year given must be its last. */
// ("Completed" is left to the misconception of the First Plan finished early, whose correction says when it was declared fulfilled.)
const ENDED: ReadonlySet<string> = new Set(contentTerms('ended end ends finished finish finishes', PLAIN_LEXICON));

/** A dated fact of the course with the names a sentence may give it (see startNames). */
interface NamedFact {
  readonly fact: DatedFact;
  /** Its name as the notes write it ("First Five-Year Plan", its text before any bracket). */
  readonly name: ReadonlySet<string>;
  /** Its shorter names ("Third Five-Year Plan", "First Plan", "Third Plan"): see startNames. */
  readonly short: ReadonlyArray<ReadonlySet<string>>;
  /** Every word of its text and names, for which facts a name may stand for. */
  readonly words: ReadonlySet<string>;
  readonly begins: ReadonlySet<string>;
}

/**
 * A fact's shorter names, as students write them: its text up to its first comma, colon or semicolon where a word
 * joined by a hyphen names it ("Third Five-Year Plan, cut short by the German invasion" is the Third Five-Year Plan),
 * and that name without the joined word ("the First Plan", "the Third Plan"), as a short reference leaves out a
 * compound modifier. Each as the marker reads it, of two words at least.
 */
function startNames(text: string, termsOf: (text: string) => readonly string[]): ReadonlySet<string>[] {
  const head = text.replace(/\s*\(.*$/, '').split(/\s*[,:;]\s*/)[0] ?? '';
  if (!/\b[A-Z][a-z]+-[A-Z]?[a-z]+\b/.test(head)) return [];
  const shorter = head.replace(/\s*\b[A-Za-z]+-[A-Za-z]+\b/g, '');
  return [head, shorter].map((n) => new Set(termsOf(n).map(dateTerm))).filter((n) => n.size >= 2);
}

/**
 * A span of years given a start or an end that is not its own ("The First Five-Year Plan began in 1932", "the First
 * Plan, which began in 1930": it ran from October 1928 to December 1932; "the Second Plan ended in 1935"): the sentence
 * names a fact of the course that lasted years (all the words of its name or of a shorter one, see startNames), says
 * it began or ended, and dates that with a year inside the fact's span; right if any fact so named starts (or ends)
 * that year ("the Second Five-Year Plan began in 1933"). The fact, with its dates, or undefined.
 */
function wrongStart(terms: readonly string[], facts: readonly NamedFact[], course: CourseYears): { right: string; start: number; end: number; correction?: Correction } | undefined {
  const marks = terms.flatMap((t, at) => (BEGAN.has(t) ? [{ at, began: true }] : ENDED.has(t) ? [{ at, began: false }] : []));
  if (marks.length === 0) return undefined;
  for (const { fact, name, short } of facts) {
    if (fact.years.length < 2) continue;
    for (const called of [name, ...short]) {
      if (called.size === 0) continue;
      const span = thingSpan(called, called.size, terms);
      const mark = span && marks.find((m) => m.at > span.end && m.at - span.end <= 3);
      if (!span || !mark) continue;
      const year = yearOf(terms, span.start, mark.at, new Set([...called, ...BEGAN, ...ENDED]), course);
      if (!year || !year.years.every((y) => fact.years.includes(y))) continue;
      if (terms.slice(span.start, year.at).some((t) => NEGATORS.has(t))) continue;
      const same = facts.filter((f) => [...called].every((t) => f.words.has(t)));
      const right = mark.began ? same.map((f) => f.fact.years[0]) : same.filter((f) => f.fact.years.length > 1).map((f) => f.fact.years.at(-1));
      if (year.years.some((y) => right.includes(y))) continue;
      const correction = correctionOf(fact.text, { ...(mark.began ? { began: true as const } : { ended: true as const }), saidYears: year.years });
      return { right: fact.text, start: span.start, end: year.at, ...(correction ? { correction } : {}) };
    }
  }
  return undefined;
}

/** A fact's text that says what began ("The Second Five-Year Plan begins", "Collectivisation begins: voluntary at first…"). */
const BEGINS_TEXT = /^([^:;,()]+?)\s+(?:begins|starts|is launched)(?=\s*[:;,]|\s*$)/;

/** The words of what a fact says began (its text before "begins"), as the marker reads them; none if it says no such thing. */
function beginsName(text: string, terms: ReadonlySet<string>, termsOf: (text: string) => readonly string[]): ReadonlySet<string> {
  const name = BEGINS_TEXT.exec(text.replace(/\s*\(.*$/, ''))?.[1];
  return new Set(name ? termsOf(name).map(dateTerm).filter((t) => terms.has(t)) : []);
}

/**
 * A thing said to begin in a year before or after the one a fact says it began ("Collectivisation started in 1925":
 * it began in 1928–30): the sentence names what the fact says began (all its words), with "began" just after it or
 * just before ("Stalin began collectivisation in 1925"), and dates that, with no denial between. Right if any fact
 * about that thing has the year (the drive "back in full swing" in 1931). The fact, with its dates, or undefined.
 */
function wrongBeginning(terms: readonly string[], facts: ReadonlyArray<{ readonly fact: DatedFact; readonly begins: ReadonlySet<string> }>, course: CourseYears): { right: string; start: number; end: number; correction?: Correction } | undefined {
  const began = terms.flatMap((t, at) => (BEGAN.has(t) ? [at] : []));
  if (began.length === 0) return undefined;
  for (const { fact, begins } of facts) {
    if (begins.size === 0) continue;
    const span = thingSpan(begins, begins.size, terms);
    if (!span) continue;
    const word = began.find((at) => (at > span.end && at - span.end <= 3) || (at < span.start && span.start - at <= 2));
    if (word === undefined) continue;
    const from = Math.min(span.start, word);
    const year = yearOf(terms, from, Math.max(span.end, word), new Set([...begins, ...BEGAN]), course);
    if (!year || terms.slice(from, year.at).some((t) => NEGATORS.has(t))) continue;
    const right = (y: number) => facts.some((f) => f.fact.years.includes(y) && [...begins].every((t) => f.fact.terms.has(t)));
    if (year.years.some(right)) continue;
    // Shown as the fact's own words up to what it adds ("Collectivisation begins in 1928–1930, not 1925"): it says "begins".
    const found = correctionOf(fact.text, { saidYears: year.years });
    const correction = found && { ...found, fact: found.fact.replace(/\s*[:;,].*$/, '') };
    return { right: fact.text, start: from, end: year.at, ...(correction ? { correction } : {}) };
  }
  return undefined;
}

/** Words that name a law ("law", "decree"): one named with a year is dated by it, not only the event words of facts. */
const LAW_WORDS: ReadonlySet<string> = new Set(contentTerms('law laws decree decrees', PLAIN_LEXICON));
/** Words that say a law was made ("made a law", "passed", "introduced", "brought in", "a new law"). */
const MAKING: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('made make makes making pass passed introduced introduce brought in issued signed created new')));
/** Words that start another clause between a law's word and a year ("the law, and in 1933…"). */
const LAW_CLAUSE_STOPS: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('and or but so because while when which although though then after before since until whereas if')));
/** Words that put a figure in someone else's mouth or deny it ("Soviet propaganda said…", "not 20 million"): no figure to check. */
const AGAINST: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(['against']));
/** Words after which "against" says a historian opposed a view ("argued against", "was firmly against"). */
const OPPOSE_LEAD: ReadonlySet<string> = new Set(PLAIN_LEXICON.termsOf(surfaceWords('argue argues argued arguing was were is are firmly strongly wrote write writes came come comes')));
const REPORTING: ReadonlySet<string> = new Set([...NEGATORS, ...PLAIN_LEXICON.termsOf(surfaceWords('say says said claim claims claimed propaganda exaggerate exaggerated myth officially'))]);

/**
 * A law of the course given a wrong year ("In 1935 Stalin made a law that nobody could take grain from the fields",
 * "the law of 7 August 1934"): a law's word with a year as its date within a few words in one clause, and the law
 * made there (a word of making beside it) or named by its date ("the law of…"). Which law is the dated law fact that
 * shares the most of its other words with the sentence, two at least ("grain", "shot"); right if any fact so near
 * has that year (the law of April 1935 on children is another law). The fact, with its date, or undefined.
 */
function wrongLawYear(terms: readonly string[], lawFacts: readonly DatedFact[], course: CourseYears): { right: string; start: number; end: number; correction?: Correction } | undefined {
  const laws = terms.flatMap((t, at) => (LAW_WORDS.has(t) ? [at] : []));
  if (laws.length === 0 || lawFacts.length === 0) return undefined;
  let tied: { law: number; year: ReturnType<typeof writtenYears>[number] } | undefined;
  for (const year of writtenYears(terms, course, QUESTION_DATING))
    for (const law of laws) {
      const [from, to] = law < year.at ? [law, year.preposition] : [year.at, law];
      if (to - from > D.lawYearGap || terms.slice(from + 1, to).some((t) => LAW_CLAUSE_STOPS.has(t))) continue;
      // Named by its date ("the law of 7 August 1934"), or said to be made then ("In 1935 Stalin made a law").
      const named = law < year.at && terms[law + 1] === 'of';
      const made = terms.slice(Math.max(0, law - 3), law).some((t) => MAKING.has(t)) || terms.slice(law + 1, law + 3).some((t) => MAKING.has(t));
      if (named || made) tied ??= { law, year };
    }
  if (!tied) return undefined;
  const said = new Set(terms.map(dateTerm));
  const shared = (f: DatedFact) => [...f.terms].filter((t) => !LAW_WORDS.has(t) && said.has(t));
  // One word shared must be the law's own, in no other law fact ("grain"): words of punishment ("death", "punish") are
  // many laws', and a law the facts do not date ("A law of 8 June 1934 made treason… punishable by death") is not one of them.
  // (A key date and an event of the same year are one law told twice.)
  const sameLaw = (f: DatedFact, g: DatedFact) => f.years.join() === g.years.join();
  const ownWord = (f: DatedFact, t: string) => !lawFacts.some((g) => !sameLaw(f, g) && g.terms.has(t));
  const best = Math.max(...lawFacts.map((f) => shared(f).length));
  if (best < 2) return undefined;
  const near = lawFacts.filter((f) => shared(f).length === best);
  const { year, law } = tied;
  if (near.some((f) => f.years.some((y) => year.years.includes(y)))) return undefined;
  const [fact] = near;
  if (!fact || near.some((g) => !sameLaw(fact, g)) || !shared(fact).some((t) => ownWord(fact, t))) return undefined;
  // A month given that is not the law's is another law ("the decree of 1 December"), not a wrong year of this one.
  const month = terms.slice(year.preposition, year.at).find(isMonth);
  if (month && !fact.text.toLowerCase().includes(`(${month.slice(0, 3)}`)) return undefined;
  const correction = correctionOf(fact.text, { saidYears: year.years });
  return { right: fact.text, start: Math.min(law, year.at), end: Math.max(law, year.at), ...(correction ? { correction } : {}) };
}

/**
 * The years the course's texts give each period a dated fact happened in, by its name as the fact writes it ("the
 * grain procurement crisis of 1927–28"). Only the few sentences that name one with a year are read closely.
 */
function periodYears(kb: KnowledgeBase, lexicon: Lexicon, periods: readonly string[], course: CourseYears): ReadonlyMap<string, readonly number[]> {
  const out = new Map<string, number[]>();
  if (periods.length === 0) return out;
  const names = periods.map((period) => {
    const name = escapeRegExp(period.replace(/^the\s+/i, ''));
    return { period, name: new RegExp(`\\b${name}\\b`, 'i'), thing: new Set(contentTerms(period, lexicon).map(dateTerm)) };
  });
  const any = new RegExp(names.map((n) => n.name.source).join('|'), 'i');
  const texts = [
    ...kb.topics.map((t) => t.summary),
    ...kb.questions.flatMap((e) => [e.question, e.answer]),
    ...kb.terms.map((t) => t.definition),
    ...kb.people.map((p) => p.summary),
    ...kb.practice.flatMap((q) => q.points.map((p) => p.point)),
  ];
  for (const text of texts) {
    if (!any.test(text) || !HAS_YEAR.test(text)) continue;
    for (const sentence of splitSentences(text)) {
      const within = names.filter((n) => n.name.test(sentence));
      if (within.length === 0 || !HAS_YEAR.test(sentence)) continue;
      const terms = analyseAnswer(sentence, (w) => w, lexicon).sentences.flatMap((s) => s.terms);
      for (const n of within) out.set(n.period, [...(out.get(n.period) ?? []), ...datesGiven(n.thing, terms, course)]);
    }
  }
  return out;
}

export function createMarker(kb: KnowledgeBase, options: MarkerOptions = {}): Marker {
  // Answers and mark schemes read with the course's synonyms and its words for the mark schemes' words
  // (knowledge/vocabulary.yaml: synonyms, answerSynonyms).
  const answerSynonyms = kb.vocabulary.answerSynonyms ?? [];
  const lexicon = answerLexicon(createLexicon(kb.vocabulary.synonyms), answerSynonyms);
  // The years of the course a wrong date is looked for in (knowledge/vocabulary.yaml: courseYears).
  const courseYears = courseYearsOf(kb);
  // The fact base's words for reading answers (knowledge/vocabulary.yaml), each read as the plain lexicon reads it,
  // with the answer synonyms ("dismissed", an opposing word, is read as "sacked").
  const plainLexicon = answerLexicon(PLAIN_LEXICON, answerSynonyms);
  const wordsOf = (list: readonly string[] | undefined): ReadonlySet<string> => new Set(contentTerms((list ?? []).join(' '), plainLexicon));
  // Nouns for any person ("a very clever man"): see bare.
  const personNouns = wordsOf(kb.vocabulary.personNouns);
  // Words that make a historian's sentence about a view they opposed ("Getty challenged the idea that it was planned
  // from the top"): such a sentence gives them no view to check.
  const opposing = wordsOf(kb.vocabulary.opposingWords);
  // Words too common in the course to tie a key date to a point: a point and a date sharing only these are not on the same thing.
  const commonDateWords = wordsOf(kb.vocabulary.commonDateWords);
  const offCourse = new Set(kb.vocabulary.offCourseWords);
  // Words that say a thing mattered ("important", "the main reason"): denied just after a point, they unsay it (see deniesWorth).
  const worthWords: ReadonlySet<string> = new Set([...contentTerms(WORTH_WORDS, lexicon), ...lexicon.termsOf(surfaceWords(WORTH_WORDS))]);
  let aids: ReturnType<typeof readingAids> | undefined;
  const compiled = new Map<string, CompiledQuestion>();
  // One-word names of the course's people ("trotsky", "kirov"): the words "he" and "his" stand for in an answer.
  const personTerms = new Set(kb.people.flatMap((p) => [p.name, ...p.aliases]).map((n) => contentTerms(n, lexicon)).filter((t) => t.length === 1).flat());
  // The historians' one-word names ("conquest", "wheatcroft"), each to whose it is: a point on a historian's view is
  // theirs, made only where they are named (see historianAllows).
  const historianOf = new Map<string, string>();
  for (const p of kb.people.filter((x) => HISTORIAN_ROLE.test(x.role)))
    for (const n of [p.name, ...p.aliases]) {
      const terms = contentTerms(n, lexicon);
      const surname = terms.length === 1 ? terms[0] : contentTerms(n.split(/\s+/).at(-1) ?? '', lexicon)[0];
      if (surname) historianOf.set(surname, p.id);
    }
  const historiansIn = (terms: readonly string[]): ReadonlySet<string> => new Set(terms.flatMap((t) => historianOf.get(t) ?? []));
  // The people each point names, in its text or its concepts (see aboutOthers).
  const peopleOfPoint = new Map<PracticePoint, ReadonlySet<string>>();
  const pointPeople = (point: PracticePoint): ReadonlySet<string> => {
    let people = peopleOfPoint.get(point);
    if (!people) peopleOfPoint.set(point, (people = new Set(contentTerms([point.point, ...point.concepts].join(' '), lexicon).filter((t) => personTerms.has(t) && !commonDateWords.has(t)))));
    return people;
  };

  // The course's common misconceptions (knowledge/misconceptions.yaml), found in a sentence as /ask finds them in a
  // question ("Beria ran the Terror at its height"), each put right by its own correction. Each one's words as terms,
  // for a quick look first: most sentences hold no word of any group of one, and are not read again.
  const misconceptions = (kb.misconceptions ?? []).map((m) => ({
    correction: m.correction,
    groups: m.words.map((group) => group.map((w) => contentTerms(w, lexicon)).filter((run) => run.length > 0)),
    alone: m.alone.map((w) => contentTerms(w, lexicon)).filter((run) => run.length > 0),
    // Its excuses (its `without` words), read as an answer's sentence is, little words too ("would fail").
    excuses: m.without.map((w) => analyseAnswer(w, (x) => x, lexicon).sentences[0]?.terms ?? []).filter((run) => run.length > 0),
  }));
  const premises = () => options.premises ?? premisesOf(kb);
  const misconceptionExcuses = misconceptions.map((m) => m.excuses);
  // Words that find fault with an idea, read as an answer's are, spelling correction too ("risky" is "risk"), for
  // believedOf: worked out with the reading aids, on the first answer.
  let faultingTerms: readonly (readonly string[])[] | undefined;
  const faulting = (): readonly (readonly string[])[] => {
    aids ??= readingAids(kb, lexicon);
    const spell = aids.spell;
    return (faultingTerms ??= FAULTING_WORDS.split(' ').flatMap((w) =>
      [spell, (x: string) => x].flatMap((read) => analyseAnswer(w, read, lexicon).sentences.map((x) => x.terms).filter((run) => run.length > 0)),
    ));
  };
  /**
   * The excuses of the misconceptions a mark scheme's wrong version states ("Trotsky believed in Socialism in One
   * Country" is the misconception trotsky-wanted-socialism-in-one-country's claim): a sentence with one of them does not
   * state that wrong version, as it would not state the misconception.
   */
  const excusesOf = (text: string): readonly (readonly string[])[] => {
    const held = new Set(contentTerms(text, lexicon));
    const states = (run: readonly string[]) => run.length > 0 && run.every((t) => held.has(t));
    return misconceptions.flatMap((m, i) => (m.groups.length > 0 && m.groups.every((group) => group.some(states)) ? (misconceptionExcuses[i] ?? []) : []));
  };
  /**
   * A misconception a sentence states, with its correction and where it starts, or undefined. /ask's reading is made
   * for a question's few words; an answer's sentence is long, and its words of one misconception may belong to
   * different things ("After Lenin died in 1924 Stalin joined Zinoviev … against Trotsky" is no "Trotsky died in
   * 1924"). So the misconception must be found in one clause of the sentence as well as in the whole (whose other words
   * may show it right: "Beria ran the NKVD after the Terror"), and there who or what it is about (its first group:
   * "Beria") must come before what it wrongly says of them ("ran", "the Terror"). `read` gives a clause's terms.
   */
  /**
   * Whether the sentence's `last` words (a misconception's last group) are what the one it names first believed of them,
   * and what he believed denies or faults them, in general words or the misconception's `excuses` (see believedOf).
   */
  const believedIn = (terms: readonly string[], first: readonly string[], last: readonly (readonly string[])[], excuses: readonly (readonly string[])[]): boolean => {
    const start = terms.findIndex((t) => first.includes(t));
    if (start < 0) return false;
    const ends = last.flatMap((run) => {
      const at = terms.indexOf(run.at(-1) ?? '', start + 1);
      return at > start ? [at] : [];
    });
    return ends.some((end) => believedOf(terms, start, end, [...faulting(), ...excuses]));
  };
  const misconceptionIn = (s: Sentence, read: (clause: string) => readonly string[]): { correction: string; at: number; clause: string } | undefined => {
    const held = new Set(s.terms);
    const has = (run: readonly string[]) => run.every((t) => held.has(t));
    const maybe = misconceptions.filter((m) => m.groups.every((group) => group.length === 0 || group.some(has)) || m.alone.some(has));
    if (maybe.length === 0 || REPORTS_MISCONCEPTION.test(s.reading)) return undefined;
    const whole = premises().corrections(s.text);
    for (const m of maybe) {
      if (!whole.includes(m.correction)) continue;
      for (const clause of s.text.split(CLAUSE_SPLIT)) {
        const terms = read(clause);
        const first = (runs: readonly (readonly string[])[]) => Math.min(...runs.map((run) => terms.indexOf(run[0] ?? '')).filter((at) => at >= 0));
        const subject = first(m.groups[0] ?? m.alone);
        if (!Number.isFinite(subject) || m.groups.slice(1).some((group) => first(group) < subject)) continue;
        // Nor may another person come between ("Zinoviev and Kamenev were jailed over Kirov's death in 1935").
        const own = new Set(m.groups.flat(2));
        const last = Math.max(...m.groups.slice(1).map(first));
        if (terms.slice(subject, Number.isFinite(last) ? last : subject).some((t) => personTerms.has(t) && !own.has(t))) continue;
        if (!premises().corrections(clause).includes(m.correction)) continue;
        // Nor what someone believed of the thing ("Stalin believed permanent revolution was too risky"; see believedOf).
        // Where the sentence names who or what it is about, for the quote.
        const name = (m.groups[0] ?? m.alone).flatMap((run) => run.slice(0, 1));
        if (m.groups.length >= 2 && believedIn(s.terms, name, m.groups.at(-1) ?? [], m.excuses)) continue;
        return { correction: m.correction, at: Math.max(0, s.terms.findIndex((t) => name.includes(t))), clause };
      }
    }
    return undefined;
  };

  const keyFacts = [
    ...kb.topics.flatMap((t) => t.keyDates.map((d) => ({ topic: t.id, text: d.label, date: d.date, end: d.end }))),
    ...kb.events.map((e) => ({ topic: e.topic, text: e.title, date: e.date, end: e.end })),
  ];
  const duringPeriod = periodYears(kb, lexicon, [...new Set(keyFacts.flatMap((f) => periodOf(f.text) ?? []))], courseYears);

  // The course's dated facts (key dates and events) by topic, for the wrong-year check.
  const datedFacts = new Map<string, DatedFact[]>();
  const addFact = (topic: string, text: string, date: string, end?: string) => {
    const own = yearsBetween(date, end);
    // Historians' books and later figures are not dates of the course's events.
    if (own.some((y) => y < courseYears.from || y > courseYears.to)) return;
    // A fact during a period ("Stalin abandons the NEP during the grain procurement crisis", dated 1928) may be given
    // any year of the period (the crisis of 1927–28): a student dating the crisis is not wrong.
    const years = [...new Set([...own, ...(duringPeriod.get(periodOf(text) ?? '') ?? [])])].sort((a, b) => a - b);
    const list = datedFacts.get(topic) ?? [];
    const terms = new Set(contentTerms(text, lexicon).map(dateTerm).filter((t) => !commonDateWords.has(t) && !/^\d/.test(t) && !isMonth(t)));
    const event = new Set([...eventWords(text, (t) => contentTerms(t, lexicon), (t) => personTerms.has(t))].filter((t) => terms.has(t)));
    list.push({ terms, event, years, text: `${text} (${showDate(date, end)})` });
    datedFacts.set(topic, list);
  };
  for (const f of keyFacts) addFact(f.topic, f.text, f.date, f.end);
  const courseFacts = [...datedFacts.values()].flat();
  // The historians' books the notes date, for bookMisattributed ("as Conquest showed in Everyday Stalinism").
  const isHistorianId = new Set(historianOf.values());
  const books = knownBooks(kb, (id) => isHistorianId.has(id));
  const bookAuthors = historianNames(kb, (id) => isHistorianId.has(id));
  const nameOf = (id: string) => historianCard.get(id)?.name ?? id;
  // What the timeline says one course person said or called for, for saidByOther ("Bukharin called for the liquidation
  // of the kulaks as a class").
  const isCoursePerson = (t: string) => personTerms.has(t) && !historianOf.has(t);
  const sayings = knownSayings(kb, (text) => contentTerms(text, lexicon), isCoursePerson);
  const sayingWords: ReadonlySet<string> = new Set([...contentTerms(SAYING_WORDS, lexicon), ...lexicon.termsOf(surfaceWords(SAYING_WORDS))]);
  const personShown = new Map(kb.people.flatMap((p) => contentTerms(p.name.split(/\s+/).at(-1) ?? '', lexicon).slice(0, 1).map((t) => [t, p.name.split(/\s+/).at(-1) ?? t] as const)));
  // The numbered orders the notes date (Order No. 00447, July 1937), for wrongOrderYear.
  const orders = datedOrders([...courseFacts.map((f) => f.text), ...kb.practice.flatMap((q) => q.points.map((p) => p.point)), ...kb.questions.map((e) => e.answer)]);
  // The laws and decrees among them, for wrongLawYear.
  const lawFacts = courseFacts.filter((f) => [...f.terms].some((t) => LAW_WORDS.has(t)));
  // The tolls the notes give as estimates (knowledge/series.yaml), for wrongFigure (which reads "killed" as a death).
  const totals = knownTotals(kb.series ?? [], (text) => contentTerms(text, lexicon));
  // Each dated fact's words as its text gives them, the common ones too ("deported from the USSR"), for placeNamed.
  const factWords = new Map(courseFacts.map((f) => [f, new Set(contentTerms(f.text.replace(/\s*\(.*$/, ''), lexicon).map(dateTerm))]));
  /**
   * Whether a year given a thing is that of another fact of the course the words between them name (where it happened:
   * "Trotsky was expelled from the USSR in 1929" is his deportation from the USSR, not his expulsion from the party).
   */
  const placeNamed = (terms: readonly string[], end: number, year: { readonly preposition: number }, own: ReadonlySet<string>, y: number): boolean => {
    const between = terms.slice(end + 1, year.preposition);
    const place = between.filter((t) => isContentTerm(t) && !own.has(dateTerm(t)));
    // "Kirov was murdered in Moscow in 1936": a place said just after the fact is where it happened (wrongFactPlace
    // checks it), not another fact of that place and year (the first Moscow trial, 1936).
    if (PLACE_WORDS.has(between[0] ?? '') && knownPlaces.some((x) => x.join(' ') === between.slice(1).filter((t) => t !== 'the').join(' '))) return false;
    return place.length > 0 && courseFacts.some((f) => f.years.includes(y) && place.every((t) => factWords.get(f)?.has(dateTerm(t))));
  };
  // Each dated fact by its name ("First Five-Year Plan", its text before any bracket), for wrongStart.
  const startFacts: NamedFact[] = courseFacts.map((f) => {
    const short = startNames(f.text, (t) => contentTerms(t, lexicon));
    return {
      fact: f,
      name: new Set(contentTerms(f.text.replace(/\s*\(.*$/, ''), lexicon).map(dateTerm).filter((t) => f.terms.has(t))),
      short,
      words: new Set([...f.terms, ...contentTerms(f.text, lexicon).map(dateTerm), ...short.flatMap((n) => [...n])]),
      begins: beginsName(f.text, f.terms, (t) => contentTerms(t, lexicon)),
    };
  });
  // What each fact done by someone too common to tie a date to says they did ("Stalin announces…": "announces").
  const commonActs = new Map(courseFacts.flatMap((f) => (subjectOf(f).size === 0 && doneByCommon(f) ? [[f, actOf(f)] as const] : [])));
  /**
   * Where a sentence states a dated fact: most of its words together, one of them saying what happened ("replaces",
   * "shot"); for a fact done by someone too common, the act itself ("announced", not "the kulaks were liquidated").
   */
  const factSpan = (fact: DatedFact, terms: readonly string[]) => {
    const span = thingSpan(fact.terms, Math.max(2, Math.ceil(fact.terms.size * 0.6)), terms);
    const said = span ? terms.slice(span.start, span.end + 1).map(dateTerm) : [];
    const act = commonActs.get(fact);
    return span && said.some((t) => fact.event.has(t)) && (!act || said.some((t) => act.has(t))) ? span : null;
  };
  const entryTopic = new Map(kb.questions.map((e) => [e.id, e.topic]));
  // The course's places (knowledge/: each term's own places, "Magnitogorsk: the Urals, Russia…"), for wrongPlace: each
  // placed thing by its names, with the places it may rightly be put in; and every place any of them names, the only
  // places an answer can be told are wrong (of one the notes never name, nothing can be said).
  const placed = kb.terms.flatMap((t) =>
    t.places
      ? [{ term: t.term, main: t.places[0] ?? '', names: [t.term, ...t.aliases].map((n) => contentTerms(n, lexicon)).filter((n) => n.length > 0), places: t.places.map((x) => contentTerms(x, lexicon)).filter((x) => x.length > 0) }]
      : [],
  );
  const knownPlaces = [...new Map(placed.flatMap((x) => x.places).map((x) => [x.join(' '), x])).values()].sort((a, b) => b.length - a.length);
  // Each place as the notes write it ("the Urals", "Siberia"), by its terms, for a correction's words.
  const placeShown = new Map(kb.terms.flatMap((t) => (t.places ?? []).map((x) => [contentTerms(x, lexicon).join(' '), x] as const)).reverse());
  /** Whether the terms from `at` on are those of `words`. */
  const startsWith = (terms: readonly string[], at: number, words: readonly string[]) => words.every((w, k) => terms[at + k] === w);
  /**
   * A placed thing put in a place its own data does not give it ("Dnieprostroi was built in Moscow", "Magnitogorsk,
   * a steel city in Ukraine"): the sentence names it, and within a few words in its clause (its own "which was built"
   * may stand between) says "in", "at" or "on" before a place the course's places name, or opens a bracket on one
   * ("Magnitogorsk (Ukraine)"; `opens`, the term indices where brackets open). Right if that place, or a shorter one it
   * starts with, is among its own ("in the Ural mountains", "Dnieprostroi (Ukraine)"). The thing with its main place, or
   * undefined.
   */
  const wrongPlace = (s: Sentence, opens: ReadonlySet<number> = new Set()): { start: number; end: number; right: string; name: readonly string[]; correction?: Correction } | undefined => {
    if (placed.length === 0) return undefined;
    const { terms } = s;
    const nameAt = (at: number) => placed.some((p) => p.names.some((n) => startsWith(terms, at, n)));
    for (const p of placed)
      for (const name of p.names)
        for (let start = 0; start < terms.length; start++) {
          if (!startsWith(terms, start, name)) continue;
          const end = start + name.length - 1;
          for (let k = end + 1; k <= end + D.placeGap && k < terms.length; k++) {
            const t = terms[k] ?? '';
            if (PLACE_STOPS.has(t) || nameAt(k)) break;
            const bracket = opens.has(k) && !PLACE_WORDS.has(t);
            if (!PLACE_WORDS.has(t) && !bracket) continue;
            let at = bracket ? k : k + 1;
            while (terms[at] === 'the' || DIRECTIONS.has(terms[at] ?? '')) at++;
            const said = knownPlaces.find((x) => startsWith(terms, at, x));
            if (!said) continue;
            if (p.places.some((x) => startsWith(terms, at, x))) break;
            const saidPlace = placeShown.get(said.join(' '));
            const correction: Correction | undefined = saidPlace ? { fact: p.term, when: '', rightPlace: p.main, saidPlace: saidPlace.replace(/^the /, '') } : undefined;
            return { start, end: at + said.length - 1, right: `${p.term} (${p.main})`, name, ...(correction ? { correction } : {}) };
          }
        }
    return undefined;
  };
  // A question names a fact in fewer words than an answer states it ("Why was Kirov murdered in 1936?"): what happened
  // and one thing it happened to will do. Not a level reached ("About 93% of households collectivised"): a figure
  // is reached in one year and held in others.
  const questionFacts = courseFacts
    // A figure, not a count of those it befell: "Zinoviev, Kamenev and 14 others are shot" is named by a question. Nor one
    // with a second date inside ("the decree of 1 December speeds up 'terrorism' trials"): its words name another act.
    .filter((f) => !LEVEL_REACHED.test(f.text.replace(/\([^)]*\)$/, '')) && !DAY_OF_MONTH.test(f.text.replace(/\([^)]*\)$/, '')))
    // A year its own text gives is its too ("Yezhov, arrested in 1939, is shot…").
    .map((fact) => {
      const subject = subjectOf(fact);
      // Done by someone too common to tie a date to ("Stalin announces the liquidation of the kulaks as a class"): no subject.
      const common = subject.size === 0 && doneByCommon(fact);
      // What happens to its subject within a few words of naming them ("Zinoviev, Kamenev and 14 others are shot"), not
      // later in another's story ("Zinoviev and Kamenev are jailed for … Kirov's murder").
      const read = lexicon.termsOf(surfaceWords(fact.text.replace(/\s*\([^)]*\)$/, ''))).map(dateTerm);
      const last = read.reduce((at, t, i) => (subject.has(t) ? i : at), -1);
      const after = last < 0 ? [] : read.slice(last + 1, last + 3 + QUESTION_REACH).filter((t) => fact.event.has(t));
      // Where the fact ends on them, what was done to them may follow their names in a sentence in the passive
      // ("Pravda publishes Stalin's article 'Dizzy with Success'": "'Dizzy with Success', published in Pravda in 1931").
      const first = read.findIndex((t) => subject.has(t));
      const ends = last >= 0 && read.slice(last + 1).every((t) => !isContentTerm(t));
      const reached = new Set(after.length > 0 || !ends ? after : read.slice(0, first).filter((t) => fact.event.has(t)));
      return {
        fact: { ...fact, years: [...new Set([...fact.years, ...yearsOf(fact.text)])] },
        subject,
        common,
        reached,
        act: commonActs.get(fact) ?? new Set<string>(),
        eventList: [...fact.event],
        subjectList: [...subject],
        people: [...fact.terms].filter((t) => personTerms.has(t)),
        roles: roleWords(fact.text, (t) => contentTerms(t, lexicon)),
      };
    });
  const questionSpan = ({ fact, subject, common, act, reached }: { fact: DatedFact; subject: ReadonlySet<string>; common: boolean; act: ReadonlySet<string>; reached: ReadonlySet<string> }, terms: readonly string[]) => {
    // A fact done by someone too common to tie a date is named by most of its other words and the act itself, as an
    // answer states a fact ("he announced the liquidation of the kulaks"): not the campaign it set going ("the kulaks
    // were liquidated as a class in 1930").
    const span = common ? thingSpan(fact.terms, Math.max(2, Math.ceil(fact.terms.size * 0.6)), terms) : thingSpan(fact.terms, Math.min(2, fact.terms.size), terms);
    if (!span) return null;
    // Two of its names may come first, what happened to them a few words on ("Zinoviev and Kamenev were shot in 1938").
    if (!common && !terms.slice(span.start, span.end + 1).some((t) => fact.event.has(dateTerm(t)))) {
      const on = terms.slice(span.end + 1, span.end + 1 + QUESTION_REACH).findIndex((t) => reached.has(dateTerm(t)));
      const before = on < 0 ? [] : terms.slice(span.end + 1, span.end + 1 + on);
      if (on >= 0 && before.every((t) => !isContentTerm(t) && !QUESTION_DATING.has(t))) span.end += on + 1;
    }
    const said = terms.slice(span.start, span.end + 1).map(dateTerm);
    return said.some((t) => fact.event.has(t)) && (common ? said.some((t) => act.has(t)) : said.some((t) => subject.has(t))) ? span : null;
  };
  // The towns the course's places start with ("Leningrad" of the Smolny), each with the names it may rightly go by or
  // lie in ("Petrograd", "Russia"), and the dated facts whose own words name one (Kirov shot "in the Smolny in Leningrad").
  const placeKey = (x: readonly string[]) => x.join(' ');
  const townNames = new Map<string, Set<string>>();
  for (const p of placed) {
    const main = p.places[0];
    if (main) townNames.set(placeKey(main), new Set([...(townNames.get(placeKey(main)) ?? []), ...p.places.map(placeKey)]));
  }
  const placedFacts = questionFacts.flatMap((qf) => {
    const words = contentTerms(qf.fact.text.replace(/\s*\([^)]*\)$/, ''), lexicon);
    const towns = knownPlaces.filter((x) => townNames.has(placeKey(x)) && words.some((_, at) => startsWith(words, at, x)));
    return towns.length > 0 ? [{ qf, towns }] : [];
  });
  /**
   * A dated fact put in another of the course's towns ("Kirov was murdered in Moscow"): the sentence names the fact (as
   * a question would) and, within a few words in its clause, says "in" or "at" before a town the course names, not the
   * fact's own nor a name or region of it. Strict: only towns (a place list's first), so "in Russia" is never wrong.
   */
  const wrongFactPlace = (s: Sentence): { start: number; end: number; right: string; correction?: Correction } | undefined => {
    const { terms } = s;
    for (const { qf, towns } of placedFacts) {
      const span = questionSpan(qf, terms);
      if (!span) continue;
      for (let k = span.end + 1; k <= span.end + D.placeGap && k < terms.length; k++) {
        const t = terms[k] ?? '';
        // Only the fact's own place, said straight after it ("was murdered in Moscow"), not a later clause's.
        if (PLACE_STOPS.has(t) || isContentTerm(t)) break;
        if (!PLACE_WORDS.has(t)) continue;
        let at = k + 1;
        while (terms[at] === 'the') at++;
        const said = knownPlaces.find((x) => startsWith(terms, at, x));
        if (!said) continue;
        if (!townNames.has(placeKey(said)) || towns.some((own) => townNames.get(placeKey(own))?.has(placeKey(said)))) break;
        // A year of the sentence that is not the fact's is corrected with it ("…in Leningrad in December 1934, not 1936").
        const years = yearsIn(s.text).filter((y) => !qf.fact.years.includes(y));
        const correction = correctionOf(qf.fact.text, years.length > 0 ? { saidYears: years } : {});
        return { start: span.start, end: at + said.length - 1, right: qf.fact.text, ...(correction ? { correction } : {}) };
      }
    }
    return undefined;
  };
  /** Whether the words before what a fact says happened are all too common to tie a date to ("Stalin", "the party"). */
  function doneByCommon(fact: DatedFact): boolean {
    const words = fact.text.split(/\s+/);
    const at = words.findIndex((w) => contentTerms(w, lexicon).some((t) => fact.event.has(dateTerm(t))));
    const doer = contentTerms(words.slice(0, Math.max(0, at)).join(' '), lexicon);
    return doer.length > 0 && doer.every((t) => commonDateWords.has(t));
  }
  /** What a fact done by someone says they did, the word after the doer ("announces", "calls"). */
  function actOf(fact: DatedFact): ReadonlySet<string> {
    const word = fact.text.split(/\s+/).find((w) => contentTerms(w, lexicon).some((t) => fact.event.has(dateTerm(t))));
    return new Set(contentTerms(word ?? '', lexicon).map(dateTerm));
  }
  // Each fact's subject, worked out when first asked for (see sameThing in wrongDateIn).
  const subjects = new Map<DatedFact, ReadonlySet<string>>();
  function subjectOfFact(fact: DatedFact): ReadonlySet<string> {
    let found = subjects.get(fact);
    if (!found) subjects.set(fact, (found = subjectOf(fact)));
    return found;
  }
  /** Who or what a fact is about: its words before what happened ("Sergei Kirov" is shot), else all but what happened. */
  function subjectOf(fact: DatedFact): ReadonlySet<string> {
    // A heading before a colon says what the fact is part of ("First Moscow show trial: Zinoviev, Kamenev … are shot").
    const words = fact.text.replace(/\s*\([^)]*\)$/, '').replace(/^[^:]*:\s+(?=\S)/, '').split(/\s+/);
    const at = words.findIndex((w) => contentTerms(w, lexicon).some((t) => fact.event.has(dateTerm(t))));
    const before = contentTerms(words.slice(0, Math.max(0, at)).join(' '), lexicon).map(dateTerm).filter((t) => fact.terms.has(t) && !fact.event.has(t));
    return new Set(before.length > 0 ? before : [...fact.terms].filter((t) => !fact.event.has(t)));
  }

  /**
   * The years a point may be given: its text's, and those of the key dates and events of its topics (the question's
   * and its entries') that share two words with one of its concepts; null when none gives a year.
   */
  const datePoint = (q: PracticeQuestion, point: PracticePoint): DatedPoint | null => {
    const concepts = point.concepts.map((text) => contentTerms(text, lexicon).map(dateTerm));
    const topics = new Set([q.topic, ...point.entries.map((e) => entryTopic.get(e) ?? q.topic)]);
    const words = new Set([...concepts.flatMap((k) => [...k]), ...contentTerms(point.point, lexicon).map(dateTerm)].filter((t) => !commonDateWords.has(t) && !/^\d+$/.test(t)));
    const facts = [...topics].flatMap((t) => datedFacts.get(t) ?? []).filter((f) => [...f.terms].filter((t) => words.has(t)).length >= 2);
    if (facts.length === 0) return null;
    const years = [...yearsOf(point.point), ...facts.flatMap((f) => f.years)];
    const own: ReadonlySet<string> = new Set([...words, ...facts.flatMap((f) => [...f.terms])]);
    return { from: Math.min(...years), to: Math.max(...years), own, facts };
  };

  /** A point's own words among the question's points (see CompiledQuestion's `key`). */
  const keyTerms = (i: number, points: readonly PracticePoint[], given: ReadonlySet<string>): ReadonlySet<string> => {
    const words = points.map((p) => new Set([p.point, ...p.concepts].flatMap((text) => contentTerms(text, lexicon)).filter(isContentTerm)));
    const mine = words[i] ?? new Set<string>();
    return new Set([...mine].filter((t) => !given.has(t) && !commonDateWords.has(t) && words.every((other, j) => j === i || !other.has(t))));
  };
  const compile = (q: PracticeQuestion): CompiledQuestion => {
    let c = compiled.get(q.id);
    if (c) return c;
    // An interpretation question's extract is part of what it gives the student: its words, echoed, make no point.
    const given = [q.prompt, q.extract?.summary ?? '', ...(q.extracts ?? []).map((x) => x.summary)].filter((t) => t !== '').join(' ');
    const promptTerms = new Set(contentTerms(given, lexicon));
    const promptPeople = new Set([...promptTerms].filter((t) => personTerms.has(t)));
    const points = q.points.map((point) => ({
      point,
      concepts: point.concepts.map((text) => compileConcept(text, promptTerms, lexicon, promptPeople)),
      wrong: (point.wrong ?? []).map((text) => compileConcept(text, promptTerms, lexicon)),
      excuses: (point.wrong ?? []).map(excusesOf),
      magnitude: largestMagnitude(contentTerms(point.point, lexicon)),
      dated: datePoint(q, point),
      // The historians whose view the point gives ("Stephen Kotkin sees the famine as…").
      historians: historiansIn(contentTerms(point.point, lexicon)),
      roles: point.concepts.flatMap((text) => conceptRole(text) ?? []),
      key: new Set<string>(),
    })).map((p, i, all) => ({ ...p, key: keyTerms(i, all.map((x) => x.point), promptTerms) }));
    const topic = kb.topics.find((t) => t.id === q.topic);
    const years = [
      ...(topic?.keyDates ?? []).flatMap((d) => [d.date, d.end ?? d.date].map((x) => Number(x.slice(0, 4)))),
      ...yearsIn([given, ...q.points.flatMap((p) => [p.point, ...p.concepts])].join(' ')),
    ];
    const period = years.length > 0 ? ([Math.min(...years), Math.max(...years)] as const) : null;
    const schemeTerms = new Set(points.flatMap((p) => [...p.concepts, ...p.wrong].flatMap((k) => k.terms)));
    const particular = (t: string) => !commonDateWords.has(t) && !/^\d/.test(t);
    // The prompt's names of its topic that are no everyday English ("collectivisation", "NEP", "gulag"; not "forced labour").
    const topicNames = new Set(topic ? contentTerms([topic.title, ...topic.aliases, ...topic.keyTerms].join(' '), lexicon) : []);
    const rareWords = surfaceWords(q.prompt).filter((w) => !everydayWords().common.has(w));
    const subject = new Set(contentTerms(rareWords.join(' '), lexicon).filter((t) => topicNames.has(t) && particular(t) && !isMonth(t)));
    const ownTerms = new Set(contentTerms([given, ...q.points.flatMap((p) => [p.point, ...p.concepts])].join(' '), lexicon).filter((t) => particular(t) && !personTerms.has(t)));
    c = { promptTerms, subject, ownTerms, schemeTerms, historians: new Set(points.flatMap((p) => [...p.historians])), anyWrong: points.some((p) => p.wrong.length > 0), points, period, promptDate: promptDate(q.prompt, (t) => contentTerms(t, lexicon)) };
    compiled.set(q.id, c);
    return c;
  };

  /** The topic an answer's words lean to most, its lean to the question's own, and how much of it is the course's at all (and how many words are not). */
  const leaning = (analysed: AnalysedAnswer, topic: string, vocabulary: ReturnType<typeof topicVocabulary>) => {
    const unique = new Set(analysed.content);
    let best: { topic: string; score: number } = { topic, score: 0 };
    let own = 0;
    for (const [id, set] of vocabulary.byTopic) {
      let score = 0;
      for (const t of unique) if (set.has(t)) score += vocabulary.weight.get(t) ?? 0;
      if (id === topic) own = score;
      if (score > best.score) best = { topic: id, score };
    }
    const known = analysed.content.filter((t) => vocabulary.course.has(t)).length;
    return { best, own, inCourse: known / Math.max(1, analysed.content.length), outside: analysed.content.length - known };
  };

  // The years the notes' own questions give a thing ("What was the 'Great Turn' of 1928–29?"): a sentence giving it one
  // of them is not wrong, though a dated fact of it has one year (Stalin's article of November 1929).
  const entryDatings = kb.questions.flatMap((q) => {
    const terms = lexicon.termsOf(surfaceWords(q.question)).map(dateTerm);
    return writtenYears(terms, courseYears, QUESTION_DATING).flatMap((y) => {
      const thing = new Set(terms.slice(Math.max(0, y.preposition - 4), y.preposition).filter((t) => isContentTerm(t) && !commonDateWords.has(t) && !isMonth(t) && !/^\d/.test(t)));
      return thing.size >= 2 ? [{ thing, years: y.years }] : [];
    });
  });
  const entryDated = (terms: readonly string[], y: number, at: number) =>
    entryDatings.some((d) => d.years.includes(y) && datedAt(d.thing, thingSpan(d.thing, d.thing.size, terms), terms, at, courseYears, QUESTION_DATING));

  /** The fact a sentence of a question or an answer gives a wrong year, read the way /ask reads a question (see wrongDates). */
  const wrongDateIn = (s: Sentence): { right: string; start: number; end: number; correction?: Correction } | undefined => {
    if (writtenYears(s.terms, courseYears, QUESTION_DATING).length === 0) return undefined;
    const said = new Set(s.terms.map(dateTerm));
    const people = [...said].filter((t) => personTerms.has(t));
    const unnamed = people.length === 0 && s.terms.some((t) => PRONOUNS.has(t));
    // The fact the sentence names most fully is the one its year is for ("Kirov murdered" is his murder, not the
    // trial over his death), and it may be given any year another fact the sentence states has.
    const named = questionFacts.flatMap((q) => {
      const { fact } = q;
      // Only a fact whose happening and subject the sentence both names can be named by it (questionSpan's test, first cheaply).
      if (!q.eventList.some((t) => said.has(t)) || (!q.common && !q.subjectList.some((t) => said.has(t)))) return [];
      // A fact about other people than the sentence names is another matter ("Trotsky lost his Politburo seat").
      const itsPeople = q.people;
      if (people.length > 0 && itsPeople.length > 0 && !itsPeople.some((t) => said.has(t))) return [];
      // Nor one about someone it leaves unnamed ("He lost his Politburo seat in 1926": Zinoviev, not Bukharin).
      if (unnamed && itsPeople.length > 0 && !itsPeople.some((t) => said.has(t))) return [];
      const span = questionSpan(q, s.terms);
      // Being what someone was made is not what happened: "Yezhov was head of the NKVD in 1937" states no replacing (see
      // roleWords), though "he appointed Yezhov as head of the NKVD in 1935" does state his appointment.
      if (q.roles.size > 0 && !s.terms.some((t) => fact.event.has(dateTerm(t)) && !q.roles.has(dateTerm(t))) && s.terms.some((t, at) => q.roles.has(dateTerm(t)) && isState(s.terms, at))) return [];
      const year = span && yearOf(s.terms, span.start, span.end, fact.terms, courseYears, QUESTION_DATING);
      return year ? [{ fact, year, start: span.start, end: span.end, words: [...fact.terms].filter((t) => said.has(t)).length, about: [...q.subject].filter((t) => said.has(t)) }] : [];
    });
    const most = Math.max(0, ...named.map((n) => n.words));
    const best = named.filter((n) => n.words === most).sort((a, b) => b.words / b.fact.terms.size - a.words / a.fact.terms.size);
    // Not wrong when the year is another stated fact's own date ("In 1926 Trotsky, Zinoviev and Kamenev formed the United
    // Opposition"); a fact stated in another clause ("in 1924 after Lenin died") does not lend it its year.
    const stated = (y: number, at: number) =>
      courseFacts.some((f) => f.years.includes(y) && datedAt(f.terms, factSpan(f, s.terms), s.terms, at, courseYears)) ||
      questionFacts.some((q) => q.fact.years.includes(y) && datedAt(q.fact.terms, questionSpan(q, s.terms), s.terms, at, courseYears, QUESTION_DATING));
    // Nor is it wrong when another fact about the same ones has it ("the Five-Year Plan in 1929": approved then). About
    // a person alone, that other fact must be a near step of the same story ("Trotsky was exiled in 1929": deported
    // then), not anything that befell them years off ("Trotsky was exiled in 1925" is not his loss of the War Commissariat).
    // Their story is what befell them, its subject: not a fact that only names them as its cause ("Zinoviev and Kamenev are
    // tried … over Kirov's death", 1935, is no step of Kirov's murder in December 1934).
    const sameThing = (n: (typeof named)[number], y: number) =>
      n.about.length > 0 &&
      courseFacts.some(
        (f) =>
          f.years.includes(y) &&
          n.about.every((t) => f.terms.has(t)) &&
          (n.about.some((t) => !personTerms.has(t)) || (n.fact.years.some((x) => Math.abs(x - y) <= D.personStoryYears) && n.about.every((t) => subjectOfFact(f).has(t)))),
      );
    const wrong = best.every((n) => !n.year.years.some((y) => n.fact.years.includes(y) || stated(y, n.year.at) || sameThing(n, y) || placeNamed(s.terms, n.end, n.year, n.fact.terms, y) || entryDated(s.terms, y, n.year.at)));
    const first = best[0];
    if (!first) return undefined;
    // Right for the fact its words name, the year may still be wrong for the place it gives ("Trotsky was expelled from
    // the USSR in 1927": his deportation, in 1929, not his expulsion from the party).
    const elsewhere = wrong ? undefined : placedFact(s.terms, first);
    const slip = wrong ? first.fact : elsewhere;
    if (!slip) return undefined;
    const correction = correctionOf(slip.text, { saidYears: first.year.years });
    return { right: slip.text, start: Math.min(first.start, first.year.at), end: Math.max(first.end, first.year.at), ...(correction ? { correction } : {}) };
  };
  /**
   * A sentence of several years read clause by clause ("Stalin became General Secretary in 1922, and Trotsky and Zinoviev
   * were expelled from the party in 1929"): cut at its punctuation and at a clause word straight after a year ("…in 1929
   * and Kirov was…"), each clause of one year is read as wrongDateIn reads a sentence of one, alone, so that no year is
   * read as another clause's. The first slip, its span in the whole sentence's terms, or undefined.
   */
  const wrongDateInClauses = (s: Sentence): ReturnType<typeof wrongDateIn> => {
    aids ??= readingAids(kb, lexicon);
    const cuts = new Set(breaksOf(spellOutForTerms(s.text), s.terms.length, aids.spell, lexicon));
    const years = writtenYears(s.terms, courseYears);
    for (const y of years) if (AFTER_YEAR_CLAUSE.has(s.terms[y.at + 1] ?? '')) cuts.add(y.at + 1);
    const bounds = [0, ...[...cuts].sort((a, b) => a - b), s.terms.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const from = bounds[k] ?? 0;
      const to = bounds[k + 1] ?? s.terms.length;
      const inside = years.filter((y) => y.preposition >= from && y.at < to);
      if (inside.length !== 1 || years.some((y) => y.at >= from && y.at < to && !inside.includes(y))) continue;
      const slip = wrongDateIn({ ...s, terms: s.terms.slice(from, to) });
      if (slip) return { ...slip, start: slip.start + from, end: slip.end + from };
    }
    return undefined;
  };
  /**
   * The other fact about the same ones whose own words name the place a sentence puts between a fact and its year,
   * after "to", "from", "at" or "into", where the fact's own words do not, when no fact so placed has that year; or undefined.
   */
  const placedFact = (terms: readonly string[], n: { fact: DatedFact; end: number; about: readonly string[]; year: { preposition: number; years: readonly number[] } }): DatedFact | undefined => {
    const between = terms.slice(n.end + 1, n.year.preposition);
    const at = between.findIndex((t) => PLACE.has(t));
    const place = at < 0 ? [] : between.slice(at + 1).filter((t) => isContentTerm(t)).map(dateTerm);
    const own = factWords.get(n.fact);
    if (place.length === 0 || n.about.length === 0 || place.every((t) => own?.has(t))) return undefined;
    const there = courseFacts.filter((f) => f !== n.fact && n.about.every((t) => f.terms.has(t)) && place.every((t) => factWords.get(f)?.has(t)));
    return there.some((f) => n.year.years.some((y) => f.years.includes(y))) ? undefined : there[0];
  };

  // The people each dated fact names (not historians; Stalin and the like are no fact's words): see swappedPerson, personYears.
  const factPeople = new Map(courseFacts.map((f) => [f, [...f.terms].filter((t) => personTerms.has(t) && !historianOf.has(t))]));
  const isPerson = (t: string) => personTerms.has(t);
  /** The role a concept's words give, if any ("Yezhov replaced Yagoda"): see Role. */
  const conceptRole = (text: string) => roleOf(contentTerms(text, lexicon), isPerson, (t) => isContentTerm(t) && !isPerson(t));
  // What happens in the roles the mark schemes' concepts give ("replac", a death): the words a sentence's roles are read
  // around. Only these: a fact's words may name sides ("Stalin turns on Bukharin"), which a student may give either way.
  const roleActs: ReadonlySet<string> = new Set(kb.practice.flatMap((q) => q.points.flatMap((p) => p.concepts.flatMap((k) => [...(conceptRole(k)?.act ?? [])]))));
  // The roles the course's dated facts give people in their first clause's words ("Yezhov replaces Yagoda"; not "Lenin
  // dies; Stalin…"), for those acts, for reversedRole.
  const roleFacts = courseFacts.flatMap((fact) => {
    const role = roleOf(contentTerms(fact.text.split(/[;,(]/)[0] ?? '', lexicon).map(dateTerm), isPerson, (t) => fact.event.has(t));
    return role && [...role.act].every((t) => roleActs.has(t)) ? [{ fact, role }] : [];
  });
  /**
   * A role of the course's dated facts given the other way round ("Yagoda replaced Yezhov", "Yezhov was replaced by
   * Yagoda": Yezhov replaced Yagoda in 1936), where no fact gives it that way ("Beria replaced Yezhov" is right, in 1938).
   * The fact (in its shortest words, of a key date and an event that tell it), its role, and the span of the sentence's
   * terms that says it the other way, or undefined.
   */
  const reversedRole = (said: readonly RoleSaid[], text = '', years: readonly number[] = []): { right: string; role: Role; start: number; end: number; correction?: Correction } | undefined => {
    for (const r of said) {
      const [fact] = roleFacts.filter((f) => sameAct(f.role, r) && f.role.doer === r.done && f.role.done === r.doer).sort((a, b) => a.fact.text.length - b.fact.text.length);
      if (!fact || roleFacts.some((f) => sameAct(f.role, r) && f.role.doer === r.doer && f.role.done === r.done)) continue;
      // Where another did it to them in the year the sentence gives ("in 1938 Yagoda replaced Yezhov": Beria did, in
      // November 1938), that is the plainer correction: who it was, and when. Otherwise the fact the other way round.
      const dated = (f: { fact: DatedFact }) => years.some((y) => f.fact.years.includes(y));
      const other = dated(fact) ? undefined : roleFacts.find((f) => sameAct(f.role, r) && f.role.done === r.done && f.role.doer !== r.doer && dated(f));
      const correction = other
        ? correctionOf(other.fact.text, { saidPerson: nameIn(r.doer, text), rightPerson: nameIn(other.role.doer, other.fact.text) })
        : correctionOf(fact.fact.text, {});
      return { right: fact.fact.text, role: fact.role, start: r.start, end: r.end, ...(correction ? { correction } : {}) };
    }
    return undefined;
  };
  /** A person's name as a text writes it ("Beria" for "beria", "Yezhov" for "yezhov's"). */
  const nameIn = (term: string, text: string): string =>
    text
      .split(/[^\p{L}'’-]+/u)
      .map((w) => w.replace(/['’]s?$/, ''))
      .find((w) => contentTerms(w, lexicon)[0] === term) ?? term.replace(/^./, (ch) => ch.toUpperCase());
  /**
   * A dated fact given to the wrong person ("Stalin replaced Yagoda as head of the NKVD with Beria in 1936", "Beria
   * replaced Yagoda in 1936": it was Yezhov), whoever the sentence's subject is: one of the fact's people is missing,
   * and the sentence names someone who does what it says happened in another fact (Beria replaces Yezhov, 1938). The
   * sentence states the fact either by most of its other words, one of them what happened ("replaces"), dated with one
   * of its years; or, as a student names a post's holders, by what happened with one of its people and the other person
   * each beside it ("Beria replaced Yagoda", "Yagoda was replaced by Beria"), with none of its years contradicted. Not
   * when the sentence names all the people of some fact of that act ("Beria replaced Yezhov as head of the NKVD in
   * 1938"). The fact, with what was said instead, or undefined.
   */
  const swappedPerson = (s: Sentence): (DateSlip & { correction: Correction }) | undefined => {
    const said = new Set(s.terms.map(dateTerm));
    const named = [...said].filter((t) => personTerms.has(t) && !commonDateWords.has(t) && !historianOf.has(t));
    // Two people at least: the one put in the wrong place and one of the fact's own, or a year to date it.
    const years = writtenYears(s.terms, courseYears).flatMap((y) => y.years);
    if (named.length === 0 || (years.length === 0 && named.length < 2)) return undefined;
    const actOf = (f: DatedFact, span: { start: number; end: number }) => s.terms.slice(span.start, span.end + 1).map(dateTerm).filter((t) => f.event.has(t));
    const doerOf = (f: DatedFact, act: readonly string[], people: readonly string[]) =>
      named.find((p) => !people.includes(p) && courseFacts.some((g) => g !== f && act.some((a) => g.event.has(a)) && (factPeople.get(g) ?? []).includes(p)));
    for (const f of courseFacts) {
      const people = factPeople.get(f) ?? [];
      if (people.length === 0 || (years.length > 0 && !f.years.some((y) => years.includes(y)))) continue;
      const missing = people.filter((p) => !said.has(p));
      if (missing.length === 0) continue;
      let found: { span: { start: number; end: number }; act: string[]; instead: string } | undefined;
      const others = new Set([...f.terms].filter((t) => !people.includes(t)));
      const span = years.length > 0 && others.size >= 2 ? thingSpan(others, Math.max(2, Math.ceil(others.size * 0.6)), s.terms) : null;
      const act = span ? actOf(f, span) : [];
      const instead = span && act.length > 0 ? doerOf(f, act, people) : undefined;
      if (span && instead) found = { span, act, instead };
      else {
        // Its people's roles, in few words: what happened, with one of its people and someone else each within a few words of it.
        const present = people.filter((p) => said.has(p));
        const near = (t: string, at: number) => s.terms.some((x, k) => Math.abs(k - at) <= D.swappedRoleGap && dateTerm(x) === t);
        for (let at = 0; at < s.terms.length && !found && present.length > 0; at++) {
          const a = dateTerm(s.terms[at] ?? '');
          if (!f.event.has(a) || !present.some((p) => near(p, at))) continue;
          const doer = doerOf(f, [a], people);
          if (doer && near(doer, at)) {
            const ends = s.terms.flatMap((x, k) => (Math.abs(k - at) <= D.swappedRoleGap && (dateTerm(x) === doer || present.includes(dateTerm(x))) ? [k] : []));
            const nearSpan = { start: Math.min(at, ...ends), end: Math.max(at, ...ends) };
            // One clause: no word of another between them ("Yagoda was replaced, and later Beria…").
            if (!thingSpan(new Set([a, doer, ...present]), 3, s.terms.slice(nearSpan.start, nearSpan.end + 1))) continue;
            found = { span: nearSpan, act: [a], instead: doer };
          }
        }
      }
      if (!found) continue;
      if (courseFacts.some((g) => found.act.some((a) => g.event.has(a)) && (factPeople.get(g) ?? []).length > 0 && (factPeople.get(g) ?? []).every((p) => said.has(p)))) continue;
      const correction = correctionOf(f.text, { saidPerson: nameIn(found.instead, s.text), rightPerson: nameIn(missing[0] ?? '', f.text) });
      if (!correction) continue;
      const at = s.terms.indexOf(found.instead);
      return { sentence: -1, start: Math.min(found.span.start, at), end: Math.max(found.span.end, at), right: f.text, correction };
    }
    return undefined;
  };
  /**
   * A person's event given a year none of the facts naming them has ("Bukharin was put on trial in 1937 and shot":
   * March 1938): the concept that made the point names a person and what happened to them as one of those facts
   * says it ("shot", "sentenced to death"), the year dates its words, and no dated fact naming the person has it
   * (his 1925, 1928, 1929 and 1938, not the topic's whole 1936–38). The fact to check, or undefined.
   */
  // The notes' sentences naming each person, as the marker reads them, built when first asked for (see notedYears).
  const notesOn = new Map<string, (readonly string[])[]>();
  /** The years the notes' sentences naming a person date one of `acts` with ("arrested in December 1934"). */
  const notedYears = (person: string, acts: ReadonlySet<string>): number[] => {
    let list = notesOn.get(person);
    if (!list) {
      const texts = [...answerableEntries(kb).map((e) => e.answer), ...kb.people.map((x) => x.summary), ...kb.topics.map((t) => t.summary), ...kb.practice.flatMap((q) => q.points.map((x) => x.point))];
      const word = new RegExp(`\\b${escapeRegExp(person.slice(0, 5))}`, 'i');
      list = texts
        .filter((t) => word.test(t) && HAS_YEAR.test(t))
        .flatMap((t) => analyseAnswer(t, (w) => w, lexicon).sentences.map((x) => x.terms))
        .filter((terms) => terms.includes(person));
      notesOn.set(person, list);
    }
    return list.flatMap((terms) =>
      terms.flatMap((t, at) => (acts.has(dateTerm(t)) ? (yearOf(terms, at, at, new Set([person, ...acts]), courseYears)?.years ?? []) : [])),
    );
  };
  const personYears = (concept: Concept, terms: readonly string[], span: { start: number; end: number }, own: ReadonlySet<string>, pointYears: readonly number[]): { right: string; years: readonly number[]; at: number } | undefined => {
    const people = concept.terms.filter((t) => personTerms.has(t) && !commonDateWords.has(t) && !historianOf.has(t));
    if (people.length === 0) return undefined;
    const acts = new Set(concept.terms.filter((t) => !people.includes(t)).map(dateTerm));
    const theirs = courseFacts.filter((f) => people.some((p) => f.terms.has(p)));
    const doing = (said: ReadonlySet<string>) => theirs.filter((f) => [...f.event].some((t) => said.has(t)));
    let first = doing(acts)[0];
    if (!first) return undefined;
    let year = yearOf(terms, span.start, span.end, new Set([...own, ...concept.terms]), courseYears);
    if (!year) {
      // A year inside the concept's words dates what comes before it, if that is one of the person's events too
      // ("Bukharin was put on trial in 1937 and shot"; not "Bukharin, arrested in 1937, was shot").
      year = writtenYears(terms, courseYears).find((y) => y.preposition > span.start && y.at < span.end);
      const before = new Set(terms.slice(span.start, year?.preposition ?? span.start).map(dateTerm));
      first = doing(before)[0];
      if (!year || !first) return undefined;
    }
    // Every person the concept names must have had no fact that year, and neither the point's own text nor a sentence
    // of the notes give it to that event of theirs ("Zinoviev and Kamenev were arrested in December 1934": no dated fact has that).
    if (year.years.some((y) => pointYears.includes(y))) return undefined;
    if (people.some((p) => theirs.some((f) => f.terms.has(p) && f.years.some((y) => year.years.includes(y))))) return undefined;
    // What the year dates: the concept's words and any between them and it ("Zinoviev and Kamenev were arrested in…").
    const said = new Set([...acts, ...terms.slice(Math.min(span.start, year.at), Math.max(span.end, year.preposition) + 1).map(dateTerm)].filter((t) => isContentTerm(t) && !people.includes(t)));
    if (people.some((p) => notedYears(p, said).some((y) => year.years.includes(y)))) return undefined;
    return { right: first.text, years: year.years, at: year.at };
  };

  // Which side of each judgement question's debate its points put each historian on ("getty": against), for swappedViews.
  // A point of two statements naming two historians ("Revisionist historians such as Getty stress chaos…; Conquest
  // stressed Stalin's will") compares their views: it puts neither on its side. Nor does a three-extracts point, whose
  // side is for or against its own extract, so that the historian it names is often the one it challenges ("the NKVD's
  // records count about 680,000 shot, far below the millions Conquest estimated": against extract A, Conquest's).
  /**
   * Whether a point gives one historian's view and another's side by side, in parts split by a semicolon ("…Getty stress
   * chaos…; Conquest stressed Stalin's will"): it gives neither a side. One view of two authors ("R. W. Davies and
   * Stephen Wheatcroft found…; the catastrophe of a policy") is no comparison.
   */
  const comparesViews = (point: PracticePoint): boolean => {
    const parts = point.point.split(';').map((part) => [...historiansIn(contentTerms(part, lexicon))].sort().join(' ')).filter((x) => x !== '');
    return new Set(parts).size > 1;
  };
  const debates = kb.practice.map((q) =>
    q.points.reduce((sides, p) => {
      const named = historiansIn(contentTerms(p.point, lexicon));
      if (p.side && !comparesViews(p) && !p.extract) for (const h of named) sides.set(h, new Set([...(sides.get(h) ?? []), p.side]));
      return sides;
    }, new Map<string, Set<string>>()),
  );
  /**
   * Whether the fact base puts historian `x` on the other side from all of `holders` in a debate (some question's
   * points give each one side, and not the same), and nowhere on the same side as any of them.
   */
  const opposed = (x: string, holders: ReadonlySet<string>): boolean => {
    let apart = false;
    for (const d of debates) {
      const mine = d.get(x);
      if (!mine) continue;
      for (const h of holders) {
        const theirs = d.get(h);
        if (!theirs) continue;
        if ([...theirs].some((side) => mine.has(side))) return false;
        apart = true;
      }
    }
    return apart;
  };
  const historianCard = new Map(kb.people.map((p) => [p.id, p]));
  /**
   * What the fact base says of each historian in sentences about them alone: their card's, and those of the course's
   * entries that name only them ("Getty stressed the chaos…"), each as the marker reads it. Built when first needed, or by warm().
   */
  let said: Map<string, { card: readonly Sentence[]; all: (readonly string[])[] }> | undefined;
  const saidIndex = () => {
    if (!said) {
      said = new Map();
      const read = (text: string) => analyseAnswer(text, (w) => w, lexicon).sentences;
      for (const id of new Set(historianOf.values())) {
        const card = read(historianCard.get(id)?.summary ?? '');
        said.set(id, { card, all: card.filter((s) => !s.terms.some((t) => opposing.has(t))).map((s) => s.terms) });
      }
      // Not one that says they opposed a view ("Getty challenged the idea of a Terror planned from the top").
      for (const e of answerableEntries(kb))
        for (const sentence of read(e.answer)) {
          const named = historiansIn(sentence.terms);
          const [only] = named;
          if (named.size === 1 && only && !sentence.terms.some((t) => opposing.has(t))) said.get(only)?.all.push(sentence.terms);
        }
      // A point that compares two views ("…Getty stress chaos…; Conquest stressed Stalin's will") gives each only its own part.
      for (const q of kb.practice)
        for (const p of q.points)
          for (const part of p.point.split(';')) {
            const named = historiansIn(contentTerms(part, lexicon));
            for (const h of named) said.get(h)?.all.push(...read(part).map((x) => x.terms));
          }
    }
    return said;
  };
  const saidOf = (x: string) => saidIndex().get(x);

  /**
   * The views of each topic's debates: every point with a side in any judgement question on the topic (the debate, by
   * its index in kb.practice), with the terms a student's word stands for among that question's scheme terms. An answer
   * on "Stalin was personally responsible" may give Getty Conquest's view from the historians' question on the Terror.
   */
  interface View {
    readonly point: PracticePoint;
    readonly concepts: readonly Concept[];
    readonly historians: ReadonlySet<string>;
    readonly side: string;
    readonly debate: number;
    readonly readAs: (t: string) => readonly string[];
  }
  const views = new Map<string, readonly View[]>();
  const viewsOf = (topic: string, listed: ReadonlyMap<string, string>): readonly View[] => {
    let found = views.get(topic);
    if (found) return found;
    found = kb.practice.flatMap((q, debate) => {
      if (q.topic !== topic) return [];
      const cq = compile(q);
      const readAs = (t: string) => schemeTermsFor(t, cq.schemeTerms, listed);
      // Read with no prompt: the student is not echoing that question's words ("deliberate attack on Ukraine").
      return cq.points.flatMap(({ point, historians }) =>
        point.side && !comparesViews(point) && !point.extract ? [{ point, concepts: point.concepts.map((text) => compileConcept(text, new Set(), lexicon)), historians, side: point.side, debate, readAs }] : [],
      );
    });
    views.set(topic, found);
    return found;
  };
  /**
   * The parts of a sentence that speak of different historians ("Conquest argued that it was an accident, and Davies
   * and Wheatcroft argued that Stalin planned it"): from each name (names a few words apart, "Davies and Wheatcroft",
   * are one part) to the next part's, the first from the sentence's start. Each with the historians it names.
   */
  const historianParts = (terms: readonly string[]): { from: number; to: number; named: ReadonlySet<string> }[] => {
    const parts: { from: number; to: number; named: Set<string> }[] = [];
    let last = -Infinity;
    terms.forEach((t, at) => {
      const h = historianOf.get(t);
      if (!h) return;
      const part = parts.at(-1);
      if (part && at - last <= D.historianGroupGap) part.named.add(h);
      else {
        if (part) part.to = at - 1;
        parts.push({ from: parts.length === 0 ? 0 : at, to: terms.length - 1, named: new Set([h]) });
      }
      last = at;
    });
    return parts;
  };

  /**
   * Historians put on the wrong side ("J. Arch Getty argued that the Terror was planned and directed by Stalin from the
   * top"): a part of a sentence (see historianParts) that names historian X and states a view of the debates on the
   * question's topic (see viewsOf) that the fact base gives X nowhere (X's card, the entries' sentences on X alone, X's
   * points), where that debate puts X only on the other side, or, X having no side in it, the view's own historians are
   * on the other side from X in the debates. Not where the part says X opposed the view ("Getty rejected…"), denies
   * it, or also states a view of X's own. One per part, each with what X argued and what else the notes say of X.
   */
  /**
   * "Against" that says what a view is aimed at ("a genocide against Ukrainians"), not that the historian opposed it
   * ("Getty argued against…", "Conquest was against…"): after a word that is neither a name, a reporting verb nor "was".
   */
  const aimedAgainst = (terms: readonly string[], at: number): boolean => {
    if (!AGAINST.has(terms[at] ?? '')) return false;
    const before = terms.slice(0, at).filter((t) => t !== '').at(-1);
    return before !== undefined && !historianOf.has(before) && !REPORTING.has(before) && !OPPOSE_LEAD.has(before);
  };
  const swappedViews = (c: CompiledQuestion, topic: string, sentences: readonly Sentence[], listed: ReadonlyMap<string, string>, wrongTerms: (i: number) => readonly string[]): WrongFact[] => {
    const out: WrongFact[] = [];
    const topicViews = viewsOf(topic, listed);
    // The question's own views first, for the point a flag is filed under.
    const ordered = [...topicViews.filter((v) => c.points.some((p) => p.point === v.point)), ...topicViews.filter((v) => !c.points.some((p) => p.point === v.point))];
    sentences.forEach((s, i) => {
      // A list of key words ("quotas, blacklists, Davies and Wheatcroft, bad harvest") gives no one a view.
      const pieces = [...s.pieces].sort((a, b) => a - b);
      if ((pieces[Math.floor((pieces.length - 1) / 2)] ?? 0) <= D.listPieceWords && s.functionWords < D.listFunctionWordShare) return;
      const all = wrongTerms(i);
      for (const part of historianParts(s.terms)) {
        const { named } = part;
        const terms = all.map((t, at) => (at >= part.from && at <= part.to ? t : ''));
        if (terms.some((t, at) => opposing.has(t) && !aimedAgainst(terms, at))) continue;
        const states = (v: View, concept: Concept) => conceptSpan(concept, terms, D.conceptWindow, v.readAs);
        // A view of a historian the part names is theirs: no swap to look for in it.
        if (topicViews.some((v) => [...v.historians].some((h) => named.has(h)) && v.concepts.some((k) => states(v, k)))) continue;
        const flag = ordered.find((v) => {
          if ([...v.historians].some((h) => named.has(h))) return false;
          const concept = v.concepts.find((k) => k.terms.every((t) => !historianOf.has(t)) && states(v, k));
          const span = concept && states(v, concept);
          if (!concept || !span) return false;
          // Denied, it states no view ("Getty argued that the Terror was never planned…", "Conquest never believed…"):
          // a negator from the historian's name to the view's last word, unless the view says "not" itself.
          const nameAt = terms.findIndex((t) => historianOf.has(t));
          // The view follows the name that is given it ("Getty argued that…"): words before it are the sentence's own
          // ("The archives show Stalin signed the lists, so Getty was right").
          if (span.start < nameAt) return false;
          if (!concept.negative && terms.slice(nameAt < 0 ? span.start : Math.min(nameAt, span.start), span.end + 1).some((t) => NEGATORS.has(t))) return false;
          const sides = (h: string) => debates[v.debate]?.get(h);
          const onOtherSide = (h: string) => {
            const own = sides(h);
            return own ? !own.has(v.side) : v.historians.size > 0 && opposed(h, v.historians);
          };
          // What the notes say of them counts where it is not denied ("…but no deliberate plan to starve the peasants").
          const saidThere = (t: readonly string[]) => {
            const at = conceptSpan(concept, t, D.conceptWindow, v.readAs);
            return at !== null && (concept.negative || !t.slice(Math.max(0, at.start - D.historianGroupGap - 2), at.end + 1).some((w) => NEGATORS.has(w)));
          };
          const x = [...named].find((h) => onOtherSide(h) && !(saidOf(h)?.all ?? []).some(saidThere));
          if (!x) return false;
          const name = historianCard.get(x)?.name ?? x;
          // What X argued in that debate: their point on the other side.
          const theirs = topicViews.find((o) => o.debate === v.debate && o.historians.has(x) && o.side !== v.side)?.point;
          // What else the sentence goes on to claim of them ("…, and he estimated that around 20 million people were
          // killed"): the card's sentence sharing most of those words, if any.
          const ownName = new Set(contentTerms([name, ...(historianCard.get(x)?.aliases ?? [])].join(' '), lexicon));
          const rest = new Set(terms.filter((t, at) => at > span.end && isContentTerm(t) && !c.promptTerms.has(t) && !ownName.has(t) && !personTerms.has(t) && !commonDateWords.has(t)));
          const scored = (saidOf(x)?.card ?? []).map((cs) => ({ text: cs.text, n: new Set(cs.terms.filter((t) => rest.has(t))).size })).sort((a, b) => b.n - a.n)[0];
          const notes = scored && scored.n > 0 ? scored.text : undefined;
          out.push({ point: v.point, quote: quoteOf(s, part.from, D.wrongQuoteLength), sentence: i, swapped: { said: name, ...(theirs ? { theirs } : {}), ...(notes ? { notes } : {}) } });
          return true;
        });
        if (flag) continue;
      }
    });
    return out;
  };

  const marker: Marker = {
    warm() {
      aids ??= readingAids(kb, lexicon);
      saidIndex();
    },
    wrongDates(text) {
      // Most questions name no year: nothing to read, and the reading aids stay unbuilt.
      if (!HAS_YEAR.test(text)) return [];
      aids ??= readingAids(kb, lexicon);
      const found = analyseAnswer(text, aids.spell, lexicon).sentences.flatMap((s) => (wrongDateIn(s) ?? wrongBeginning(s.terms, startFacts, courseYears))?.right ?? []);
      return [...new Set(found)].slice(0, 2);
    },
    mark(question, answer) {
      const c = compile(question);
      const room = answerRoom(question.kind);
      const truncated = answer.length > room;
      const text = truncated ? answer.slice(0, room) : answer;
      aids ??= readingAids(kb, lexicon);
      const analysed = analyseAnswer(text, aids.spell, lexicon);
      const judgementKind = JUDGEMENT_KINDS.has(question.kind);
      // An A-level essay or interpretation question: five levels, which ask for more than the GCSE questions' four.
      const aLevel = A_LEVEL_KINDS.has(question.kind);
      const levels = question.levels;
      const base = {
        question,
        maxMark: question.marks,
        maxLevel: levels.length,
        truncated,
        words: analysed.words,
        aboutTopic: null,
      };
      const nothing = (status: MarkStatus, next: NextStep, extra: Partial<Pick<MarkResult, 'aboutTopic' | 'list'>> = {}): MarkResult => ({
        ...base,
        status,
        mark: 0,
        level: 0,
        made: [],
        missing: question.points,
        wrong: [],
        list: false,
        explained: null,
        judgement: null,
        next,
        ...extra,
      });

      if (analysed.words === 0) return nothing('empty', { kind: 'write-more' });
      if (analysed.words < D.minAnswerWords) return nothing('too-short', { kind: 'write-more' });
      const said = analysed.content.filter((t) => !CONNECTIVES.has(t));
      const fromPrompt = said.filter((t) => c.promptTerms.has(t)).length;
      const added = new Set(said.filter((t) => !c.promptTerms.has(t))).size;
      if (said.length > 0 && fromPrompt / said.length >= D.copiedShare && added < D.copiedNewWords) return nothing('copied', { kind: 'own-words' });

      // Points: the first sentence that states one of each point's concepts, or a later one that explains it.
      const { sentences } = analysed;
      // Link and judgement words are looked for in the words as spelling correction reads them ("becuase").
      const reading = sentences.map((s) => s.reading);
      // Whether each sentence links by cause or result, worked out once per sentence (a point may be looked at in several).
      const causalAt: (boolean | undefined)[] = [];
      // A link to the verdict alone is read out first (see VERDICT_LINK).
      const linking = reading.map((r) => r.replace(VERDICT_LINK, '$1'));
      const causalIn = (i: number) => (causalAt[i] ??= LINKS.test(linking[i] ?? ''));
      const linksIn = (i: number) => causalIn(i) || (question.kind === 'account' && SEQUENCE.test(reading[i] ?? ''));
      // What each word of the answer stands for among the scheme's terms (its concepts' and wrong versions'), worked
      // out once per word.
      const read = new Map<string, readonly string[]>();
      const { listed } = aids;
      const readAs = (t: string) => {
        let r = read.get(t);
        if (!r) read.set(t, (r = schemeTermsFor(t, c.schemeTerms, listed)));
        return r;
      };
      // The people each sentence names: a pronoun stands for the question's person only where no one else is named.
      const namesNoOneElse = sentences.map((s) => {
        // A name after "of" is what the sentence is about, not who "he" is ("He was paranoid after the murder of Kirov").
        const named = new Set(s.terms.filter((t, at) => personTerms.has(t) && s.terms[at - 1] !== 'of'));
        return (person: string) => [...named].every((t) => t === person);
      });
      const made: PointMade[] = [];
      const missing: PracticePoint[] = [];
      /** Closing verdicts that name a point they do not make (see namedInVerdict). */
      const verdictNamed = new Set<number>();
      // Wrong versions of points, sentence by sentence: the points each sentence states wrongly (unless it also
      // states them rightly), and its terms with the words of each wrong statement blanked out, so that they make
      // no other point ("Trotsky was put on trial in Moscow … and shot" is no point about the defendants shot).
      const wrong: WrongFact[] = [];
      // A concept stated with no smaller figure beside it than its point's own ("famine in Ukraine … a few thousand" is not).
      const saysRightly = (magnitude: number, concept: Concept, terms: readonly string[], read: readonly string[], mayImply?: (person: string) => boolean) => {
        const span = conceptSpan(concept, read, D.conceptWindow, readAs, mayImply);
        return span !== null && !understates(magnitude, terms, span.start - D.conceptWindow, span.end + D.conceptWindow);
      };
      const isPerson = (t: string) => personTerms.has(t);
      /**
       * Whether a concept stated only in part is about other people than its point's: one of its people is missing and
       * the sentence names someone else ("Stalin replaced Yagoda … with Beria" is not "Yezhov replaced Yagoda"), or the
       * point names people and the sentence names others but none of them ("the first show trial, where Zinoviev and
       * Kamenev confessed" is no point on Bukharin's trial). Stalin and the like, too common to tie to a point, do not count.
       */
      const aboutOthers = (point: PracticePoint, concept: Concept, terms: readonly string[]): boolean => {
        // Stated in part: some of its words are nowhere in the sentence (not only outside the span found).
        const stated = new Set(terms.flatMap(readAs).filter((t) => concept.terms.includes(t)));
        if (stated.size >= concept.terms.length) return false;
        const own = pointPeople(point);
        const isOwn = (t: string) => own.has(t) || readAs(t).some((x) => own.has(x));
        // Historians are left to historianAllows.
        const named = terms.filter((t) => isPerson(t) && !commonDateWords.has(t) && !historianOf.has(t));
        if (!named.some((t) => !isOwn(t))) return false;
        if (concept.terms.some((t) => isPerson(t) && !commonDateWords.has(t) && !historianOf.has(t) && !stated.has(t) && t !== concept.person)) return true;
        return own.size > 0 && !named.some(isOwn);
      };
      /**
       * Where one clause of a sentence (as misconceptionIn cuts it) stands among its terms, to the end of any clause
       * after it that goes on from it ("so", "which", "therefore", "this meant"), or undefined when it is not set off by
       * punctuation or its terms cannot be lined up with the sentence's.
       */
      const clauseTerms = (s: Sentence, clause: string): { start: number; end: number } | undefined => {
        const from = s.text.indexOf(clause);
        if (from < 0 || clause.trim() === '') return undefined;
        // Only a clause set off by a comma, a semicolon or a dash is a statement of its own: words joined without one
        // ("Beria ran the Terror at its height and Stalin signed the lists") are read as one claim.
        const set = /(?:^|[,;:–—(])\s*$/.test(s.text.slice(0, from)) && /^\s*(?:$|[,;:–—).!?])/.test(s.text.slice(from + clause.length));
        if (!set) return undefined;
        const count = (text: string) => lexicon.termsOf(surfaceWords(text).map(spellWord)).length;
        if (count(s.text) !== s.terms.length) return undefined;
        const start = count(s.text.slice(0, from));
        let end = start + count(clause) - 1;
        let rest = s.text.slice(from + clause.length);
        // Clauses that follow on from it rest on it too.
        for (;;) {
          const next = /^\s*[,;:–—]?\s*(?:so|which|therefore|thus|hence|this meant|meaning)\s+([^,;:()–—]*)/i.exec(rest);
          if (!next?.[0]) break;
          end = start + count(s.text.slice(from, s.text.length - rest.length + next[0].length)) - 1;
          rest = rest.slice(next[0].length);
        }
        return end >= start ? { start, end } : undefined;
      };
      /** The clauses that state a common misconception, by sentence and term span (see misconceptionIn). */
      const misconceptionClauses: { sentence: number; start: number; end: number }[] = [];
      const wrongIn = sentences.map((s, i) => {
        const points = new Set<PracticePoint>();
        let terms = s.terms;
        if (!c.anyWrong) return { points, terms };
        // Most sentences hold no wrong version's words at all: those are not read phrase by phrase.
        const held = new Set(s.terms.flatMap(readAs));
        for (const p of c.points)
          for (const [k, concept] of p.wrong.entries()) {
            if (!concept.terms.every((t) => held.has(t))) continue;
            const span = phraseSpan(concept, s.terms, readAs, isPerson, faulting());
            if (!span) continue;
            // A wrong version that is a common misconception's claim is read as /ask reads the misconception: what the other
            // man said of the idea ("Trotsky believed socialism in one country would fail") is no claim that he wanted it.
            if ((p.excuses[k] ?? []).some((run) => hasRun(s.terms, run))) continue;
            const without = s.terms.map((t, at) => (at >= span.start && at <= span.end ? '' : t));
            // Said rightly too, in other words of the sentence ("held in public; the accused were held in secret
            // prisons first"): the student knows the point, so it is not flagged.
            if (p.concepts.some((right) => saysRightly(p.magnitude, right, s.terms, without, namesNoOneElse[i]))) continue;
            if (!points.has(p.point)) wrong.push({ point: p.point, quote: quoteOf(s, span.start, D.wrongQuoteLength), sentence: i });
            points.add(p.point);
            // About a person ("Trotsky was put on trial in Moscow … and shot"), what the sentence goes on to say of them
            // rests on the wrong fact too, up to the next person it names.
            const subject = s.terms[span.start] ?? '';
            const next = isPerson(subject) ? s.terms.findIndex((t, at) => at > span.end && isPerson(t) && t !== subject) : span.end + 1;
            const end = next < 0 ? s.terms.length - 1 : next - 1;
            terms = terms.map((t, at) => (at >= span.start && at <= end ? '' : t));
          }
        return { points, terms };
      });
      // The scheme terms each sentence holds, worked out once: a concept with too few of them there is skipped.
      const schemeIn: (ReadonlySet<string> | undefined)[] = [];
      const mayHold = (concept: Concept, i: number) => {
        const held = (schemeIn[i] ??= new Set((wrongIn[i]?.terms ?? []).flatMap(readAs)));
        let n = concept.person ? 1 : 0;
        for (const t of concept.terms) if (held.has(t)) n++;
        return n >= concept.need;
      };
      // Years the answer gets wrong, found before points are credited: a point made by the words that give a thing a
      // wrong year ("Stalin became General Secretary in 1924") is still credited, as examiners credit the knowledge and
      // mark the slip down (the blind sets' markers did: "…the internal passports brought in in 1934" made the point on
      // peasants kept in their villages), but it says so (wrongYear), and the slip keeps the answer off the top level;
      // a false slip then costs no point. First the question's own points' dates and the prompt's (see wrongYears), then,
      // beyond them, any dated fact of the course ("the First Five-Year Plan began in 1932"): /ask's reading (wrongDates)
      // and a start given a year the thing did not start in. One per sentence.
      const slips = wrongYears(c, sentences, wrong, courseFacts, factSpan, placeNamed, courseYears);
      // A numbered order given another year ("Order 00447 of July 1938"): flagged, and no point that names that order is
      // made by the sentence (the point is the order of July 1937).
      sentences.forEach((s, i) => {
        if (slips.some((x) => x.sentence === i) || wrong.some((w) => w.sentence === i)) return;
        const order = wrongOrderYear(s.text, orders);
        if (!order) return;
        const naming = c.points.filter((p) => p.point.point.includes(order.number)).map((p) => p.point);
        for (const p of naming) wrongIn[i]?.points.add(p);
        slips.push({ sentence: i, start: order.word, end: order.word, right: `${order.name} (${order.when})`, ...(naming[0] ? { point: naming[0] } : {}), correction: { fact: order.name, when: order.when, saidYears: [order.said] } });
      });
      // A historian's book credited to another ("as Robert Conquest showed in Everyday Stalinism"): flagged, and the
      // sentence makes no point (what it says rests on a source the student has wrong).
      sentences.forEach((s, i) => {
        if (slips.some((x) => x.sentence === i) || wrong.some((w) => w.sentence === i)) return;
        const found = bookMisattributed(s.text, books, bookAuthors);
        if (!found) return;
        for (const p of c.points) wrongIn[i]?.points.add(p.point);
        const owners = [...found.book.owners].map(nameOf).join(' and ');
        const right = `${found.book.title}${found.book.year ? ` (${found.book.year})` : ''} is by ${owners}`;
        slips.push({ sentence: i, start: 0, end: 0, right, correction: { fact: found.book.title, when: found.book.year, saidPerson: nameOf(found.said), rightPerson: owners } });
      });
      // Famous words or acts given to another of the course's people (see saidByOther): flagged as a wrong person is.
      sentences.forEach((s, i) => {
        if (slips.some((x) => x.sentence === i) || wrong.some((w) => w.sentence === i)) return;
        const found = saidByOther(s.terms, sayings, sayingWords, isCoursePerson, (t) => opposing.has(t) || NEGATORS.has(t));
        if (!found) return;
        const fact = found.saying.fact;
        slips.push({ sentence: i, start: 0, end: 0, right: `${fact} (${found.saying.when})`, correction: { fact, when: found.saying.when, saidPerson: personShown.get(found.said) ?? found.said, rightPerson: found.saying.person } });
      });
      // The roles each sentence gives people ("Beria replaced Yezhov"), read once per sentence when first asked.
      const rolesAt: (readonly RoleSaid[] | undefined)[] = [];
      const rolesIn = (i: number) => (rolesAt[i] ??= rolesSaid(resolvedTerms(i), roleActs, isPerson, D.swappedRoleGap));
      /**
       * Sentence i's terms with "him" straight after what happened in a role ("…in 1938 Yagoda replaced him") read as the
       * person it stands for: the last one named before its doer, in the sentence or the one before ("Yezhov ran the NKVD.
       * In 1938 Yagoda replaced him": Yezhov). Where none is, it is left as written.
       */
      const resolvedAt: (readonly string[] | undefined)[] = [];
      const resolvedTerms = (i: number): readonly string[] => {
        const done = resolvedAt[i];
        if (done) return done;
        const terms = sentences[i]?.terms ?? [];
        let out: string[] | undefined;
        terms.forEach((t, at) => {
          if (t !== 'him' || !roleActs.has(dateTerm(terms[at - 1] ?? ''))) return;
          const earlier = [...(sentences[i - 1]?.terms ?? []), ...terms.slice(0, at)].filter((x) => isPerson(x) && !historianOf.has(x));
          const doer = earlier.at(-1);
          const meant = [...earlier].reverse().find((x) => x !== doer);
          if (!doer || !meant) return;
          (out ??= [...terms])[at] = meant;
        });
        return (resolvedAt[i] = out ?? terms);
      };
      /**
       * Sentence i's terms as a point's concepts are looked for in them: without the words of any role it gives the point's
       * people the other way round (`roles`, the point's own). "Yagoda replaced Yezhov as head of the NKVD" and "Beria
       * replaced Yezhov as head of the NKVD" do not say that Yezhov replaced Yagoda, nor, from the same words, that he
       * headed the NKVD; a role the sentence gives rightly ("…, who had replaced Yagoda") still makes it.
       */
      const termsForPoint = (roles: readonly Role[], i: number): readonly string[] => {
        const terms = wrongIn[i]?.terms ?? sentences[i]?.terms ?? [];
        if (roles.length === 0) return terms;
        const against = rolesIn(i).filter((r) => roles.some((own) => sameAct(own, r) && (r.done === own.doer || r.doer === own.done) && !(r.doer === own.doer && r.done === own.done)));
        return against.length === 0 ? terms : terms.map((t, at) => (against.some((r) => at >= r.start && at <= r.end) ? '' : t));
      };
      // The tolls the question's years reach (the famine's deaths in an answer on collectivisation, not on the NEP).
      const [from, to] = c.period ?? [-Infinity, Infinity];
      const tolls = totals.filter((t) => t.years.some((y) => y >= from && y <= to));
      const questionTolls = new Set((kb.series ?? []).filter((x) => x.topics?.includes(question.topic)).map((x) => x.id));
      const spellWord = aids.spell;
      const readClause = (clause: string) => contentTerms(surfaceWords(clause).map(spellWord).join(' '), lexicon);
      const figureSlip = (s: Sentence): DateSlip | undefined => {
        const found = wrongFigure(s.text, tolls, readClause, D.figureMargin, (terms) => terms.some((t) => REPORTING.has(t) || historianOf.has(t)), questionTolls);
        if (!found) return undefined;
        const at = s.text.slice(0, found.index).split(/\s+/).length - 1;
        return { sentence: -1, start: at, end: at + 1, right: found.total.words.title, figure: true, total: found.total.words };
      };
      sentences.forEach((s, i) => {
        if (wrong.some((w) => w.sentence === i) || slips.some((x) => x.sentence === i)) return;
        // A role given the other way round ("Yagoda replaced Yezhov") needs no year either.
        const reversed = reversedRole(rolesIn(i), s.text, writtenYears(s.terms, courseYears).flatMap((y) => y.years));
        if (reversed) {
          // Under the point that gives that role ("Beria replaced Yezhov"), else one whose dates are that fact's.
          const { role, ...slip } = reversed;
          const same = (r: Role) => sameAct(r, role) && r.doer === role.doer && r.done === role.done;
          const point = (c.points.find((p) => p.roles.some(same)) ?? c.points.find((p) => p.dated?.facts.some((f) => f.text === slip.right)))?.point;
          slips.push({ sentence: i, ...slip, ...(point ? { point } : {}) });
          return;
        }
        // A person put in another's place needs no year ("Beria replaced Yagoda"); every other slip here does.
        const written = writtenYears(s.terms, courseYears).length;
        const swap = swappedPerson({ ...s, terms: resolvedTerms(i) });
        if (swap) {
          const point = c.points.find((p) => p.dated?.facts.some((f) => f.text === swap.right))?.point;
          slips.push({ ...swap, sentence: i, ...(point ? { point } : {}) });
          return;
        }
        // A toll far from the notes' estimates ("About 20 million people died in the famine"): no year needed.
        const figure = figureSlip(s);
        if (figure) {
          slips.push({ ...figure, sentence: i });
          return;
        }
        // A law named by its date needs a year, written "of 1934" too ("the law of 7 August 1934").
        if (written === 0) {
          const law = HAS_YEAR.test(s.text) ? wrongLawYear(s.terms, lawFacts, courseYears) : undefined;
          if (law) slips.push({ sentence: i, ...law });
          return;
        }
        // /ask's reading is looser, made for a question's few words: in an answer, only a sentence with one year, which
        // cannot be read as another clause's ("Yezhov was head in 1937, and Beria replaced him in 1938").
        const slip = (written === 1 && HAS_YEAR.test(s.text) ? wrongDateIn(s) : written > 1 ? wrongDateInClauses(s) : undefined) ?? wrongStart(s.terms, startFacts, courseYears) ?? wrongBeginning(s.terms, startFacts, courseYears) ?? wrongLawYear(s.terms, lawFacts, courseYears);
        if (slip) slips.push({ sentence: i, ...slip });
      });
      // A common misconception stated (see misconceptionIn), where no other slip is: flagged with the correction /ask
      // gives it, and like a book given to the wrong historian it earns nothing (what the sentence says rests on it).
      // A wrong version the mark scheme lists that is also a misconception ("Trotsky wanted Socialism in One Country") is
      // put right by the misconception's correction, which says what is wrong, rather than by the point's own text.
      sentences.forEach((s, i) => {
        if (slips.some((x) => x.sentence === i)) return;
        const listedAt = wrong.findIndex((w) => w.sentence === i);
        if (listedAt >= 0 && wrong[listedAt]?.right !== undefined) return;
        const found = misconceptionIn(s, readClause);
        if (!found) return;
        const listed = wrong[listedAt];
        if (listed) {
          wrong[listedAt] = { ...listed, right: found.correction };
          return;
        }
        // The clause that states it earns nothing, nor one that goes on from it ("…, so he was trusted"); the sentence's
        // other clauses still may ("Stalin had always planned to crush the peasants, and the kulaks were seen as
        // capitalist enemies" says what the ideology point says). Where the clause cannot be placed, the whole sentence.
        // (Blanked once historians' swapped views are read: see misconceptionClauses.)
        const clause = clauseTerms(s, found.clause);
        if (clause) misconceptionClauses.push({ sentence: i, ...clause });
        else for (const p of c.points) wrongIn[i]?.points.add(p.point);
        slips.push({ sentence: i, start: found.at, end: found.at, right: found.correction, misconception: true });
      });
      const slipped = (i: number, span: { start: number; end: number }) => slips.some((x) => !x.figure && x.sentence === i && x.start <= span.end && span.start <= x.end);
      // Whether a sentence speaks of historians: names one of the course's, or says "historians" or "revisionists".
      const aboutHistorians = (i: number) => (sentences[i]?.terms ?? []).some((t) => historianOf.has(t) || HISTORIAN_WORDS.has(t));
      // The historians each sentence names: a point on one's view is made only where they are named.
      const historiansNamed = sentences.map((s) => new Set([...historiansIn(s.terms)].filter((h) => c.historians.has(h))));
      // The points each sentence states (any of their concepts), worked out once per sentence when first asked: a next
      // sentence that makes a point of its own is about that one, and does not explain the point before it.
      const statedIn: (ReadonlySet<PracticePoint> | undefined)[] = [];
      const pointsStatedIn = (i: number): ReadonlySet<PracticePoint> =>
        (statedIn[i] ??= new Set(
          c.points.filter((p) => p.concepts.some((k) => mayHold(k, i) && conceptSpan(k, wrongIn[i]?.terms ?? [], D.conceptWindow, readAs, namesNoOneElse[i]))).map((p) => p.point),
        ));
      /** A sentence of notes: three pieces or more between commas, most of them of four words or fewer ("grain, exports, kulaks, control of the peasants"). */
      const notesList = (s: Sentence): boolean => s.pieces.length >= 3 && s.pieces.filter((n) => n <= 4).length * 2 > s.pieces.length;
      /** Whether sentence i states another point than `point` by a concept in that point's own words, all of it said there (see `key`). */
      const ownedByOther = (point: PracticePoint, i: number): boolean => {
        // Its own words as written, not read one slip away ("protected" is no "project").
        const held = new Set(wrongIn[i]?.terms ?? []);
        return c.points.some(
          (o) =>
            o.point !== point &&
            o.concepts.some((k) => k.terms.some((t) => o.key.has(t) && held.has(t)) && conceptSpan({ ...k, need: k.terms.length }, wrongIn[i]?.terms ?? [], D.conceptWindow, readAs, namesNoOneElse[i]) !== null),
        );
      };
      /** Whether the word at `at` of sentence i is one of another point's concept's words, stated there in two words or more. */
      const partOfOther = (point: PracticePoint, i: number, at: number): boolean => {
        const term = wrongIn[i]?.terms[at] ?? '';
        const as = new Set([term, ...readAs(term)]);
        return c.points.some(
          (o) =>
            o.point !== point &&
            o.concepts.some((k) => {
              if (!k.terms.some((t) => as.has(t)) || !mayHold(k, i)) return false;
              const sp = conceptSpan(k, wrongIn[i]?.terms ?? [], D.conceptWindow, readAs, namesNoOneElse[i]);
              return sp !== null && sp.start < sp.end && sp.start <= at && at <= sp.end;
            }),
        );
      };
      /**
       * Whether sentence i says something beyond a point (its words `own`, and those at `skip`), the question's words and
       * words that explain nothing (SAYS_NOTHING, the course's commonest words, historians' names): what a link to the
       * point needs to explain it.
       */
      const saysMore = (i: number, skip: { readonly start: number; readonly end: number } | null, own: ReadonlySet<string>): boolean => {
        const terms = sentences[i]?.terms ?? [];
        const more = new Set<string>();
        terms.forEach((t, at) => {
          if (skip && at >= skip.start && at <= skip.end) return;
          if (!isContentTerm(t) || own.has(t) || c.promptTerms.has(t) || SAYS_NOTHING.has(t) || commonDateWords.has(t) || historianOf.has(t)) return;
          more.add(t);
        });
        // The point only named as a cause, ending the sentence ("…because of local officials"): what it caused must be said more fully.
        const bareCause = skip !== null && BARE_CAUSE.test(terms.slice(Math.max(0, skip.start - 3), skip.start).join(' ')) && !terms.slice(skip.end + 1).some(isContentTerm);
        return more.size >= (bareCause ? D.bareCauseTerms : D.explanationTerms);
      };
      /**
       * Whether the clause that states a point at `span` goes on to deny it mattered: a negator within a few words after
       * it, in its clause, and a word of worth just after that ("…was not the main reason", "did not matter much").
       */
      const deniesWorth = (terms: readonly string[], span: { readonly start: number; readonly end: number }): boolean => {
        for (let k = span.end + 1; k < Math.min(terms.length, span.end + 1 + D.worthDenialGap); k++) {
          const t = terms[k] ?? '';
          if (CLAUSE_BREAKS.has(t)) return false;
          // "Far from" denies as "not" does ("far from the main reason").
          if (!NEGATORS.has(t) && !(t === 'from' && terms[k - 1] === 'far')) continue;
          // "Not only… but also", "no doubt important", "never a minor factor": a negator that affirms.
          if (AFFIRMING_AFTER_NEGATOR.has(terms[k + 1] ?? '')) return false;
          const after = terms.slice(k + 1, k + 1 + D.worthDenialGap);
          const worth = after.findIndex((w) => worthWords.has(w));
          // A denied word of little worth before it affirms too ("never a minor factor", "by no means a small reason").
          return worth >= 0 && !after.slice(0, worth).some((w) => DIMINISHERS.has(w));
        }
        return false;
      };
      // Where each point was made: for a "describe" question, points from one clause are one feature (see features).
      const spans: PointSpan[] = [];
      // A sentence's punctuation, read only when two points fall in it (see countFeatures, contradicted).
      const { spell } = aids;
      const breaksIn: (readonly number[] | undefined)[] = [];
      const clauseOf = (i: number) => {
        const s = sentences[i] as Sentence;
        return { terms: s.terms, breaks: (breaksIn[i] ??= breaksOf(spellOutForTerms(s.text), s.terms.length, spell, lexicon)) };
      };
      /** Whether a concept is stated at `span` of sentence i with all its words (the question's person may be "he"). */
      const inFull = (concept: Concept, i: number, span: { start: number; end: number }) => {
        const found = new Set((wrongIn[i]?.terms ?? []).slice(span.start, span.end + 1).flatMap(readAs).filter((t) => concept.terms.includes(t)));
        return found.size + (concept.person && !found.has(concept.person) ? 1 : 0) >= concept.terms.length;
      };
      /**
       * Whether a judgement point stated only in part at `span` of sentence i ("women … wages" of "lower wages for
       * women") is contradicted there: the same clause states a point of the other side ("Women got jobs in factories,
       * which gave them wages"). One clause does not argue both sides; the word it leaves out may be the one that
       * turns it ("lower"), so it is not credited there (a point stated in full is).
       */
      const unsaidAt: (ReadonlySet<string> | undefined)[] = [];
      const unsaid = (i: number, said: readonly string[]): boolean => {
        const tail = (unsaidAt[i] ??= unsaidTerms(reading[i] ?? '', (text) => contentTerms(text, lexicon)));
        const words = said.filter((t) => isContentTerm(t));
        return tail.size > 0 && words.length > 0 && words.every((t) => tail.has(t));
      };
      const contradicted = (point: PracticePoint, concept: Concept, i: number, span: { start: number; end: number }): boolean => {
        if (!point.side || inFull(concept, i, span)) return false;
        // Stated in full elsewhere in the sentence ("…, scissors crisis, grain procurement crisis 1927"): made there.
        const full = conceptSpan({ ...concept, need: concept.terms.length }, wrongIn[i]?.terms ?? [], D.conceptWindow, readAs, namesNoOneElse[i]);
        if (full && inFull(concept, i, full)) return false;
        return c.points.some(
          (o) =>
            o.point.side !== undefined &&
            o.point.side !== point.side &&
            o.concepts.some((k) => {
              if (!mayHold(k, i)) return false;
              const other = conceptSpan(k, wrongIn[i]?.terms ?? [], D.conceptWindow, readAs, namesNoOneElse[i]);
              return other !== null && sameClause(clauseOf(i), span, other);
            }),
        );
      };
      // Whether the answer is a list of key words or notes, worked out before its points: a list of course words inside
      // prose makes no point (see wordList), though a whole answer so written has its words credited at level 1.
      const pieces = sentences.flatMap((s) => s.pieces).sort((a, b) => a - b);
      const medianPiece = pieces[Math.floor((pieces.length - 1) / 2)] ?? 0;
      const functionShare = sentences.reduce((n, s) => n + s.functionWords * s.words, 0) / Math.max(1, analysed.words);
      // Bullet points that each say something ("real wages fell") are notes, not a list of key words.
      const bullets = sentences.filter((s) => s.bullet);
      const bulletWords = bullets.reduce((n, s) => n + s.words, 0);
      const phrasedNotes = bullets.length >= 2 && bulletWords >= D.notePointWords * bullets.length;
      const list = !phrasedNotes && (functionShare < D.listFewFunctionWords || (medianPiece <= D.listPieceWords && functionShare < D.listFunctionWordShare));
      const notes = bullets.length >= 2 && bulletWords * 2 >= analysed.words;
      // Historians given views the notes give the other side (see swappedViews): a sentence that swaps them makes no point,
      // not even the point comparing the two views ("Getty argued that Stalin planned it and Conquest that it came from below").
      const swapped = swappedViews(c, question.topic, sentences, listed, (i) => wrongIn[i]?.terms ?? (sentences[i] as Sentence).terms);
      const swappedIn = new Set(swapped.map((w) => w.sentence));
      // One flag a sentence: a misconception that puts a historian on the wrong side ("Conquest argued the Terror was driven
      // from below") is said with the debate's two views where the question has that debate.
      for (let k = slips.length - 1; k >= 0; k--) if (slips[k]?.misconception && swappedIn.has(slips[k]?.sentence ?? -1)) slips.splice(k, 1);
      // A clause that states a misconception makes no point (its sentence's other clauses still may).
      for (const x of misconceptionClauses) {
        const held = wrongIn[x.sentence];
        if (held) held.terms = held.terms.map((t, at) => (at >= x.start && at <= x.end ? '' : t));
      }
      for (const { point, concepts, magnitude, historians, dated, roles, key } of c.points) {
        let found: { made: PointMade; span: PointSpan } | undefined;
        // The sentence that states the point most fully, for its quote (S6): a later one may say more of it than the
        // first to touch it ("the drive started again and by 1932 about 62% of households…" over "over half of
        // households had been collectivised" for the drive resumed), counted in the point's own words.
        let fullest: { made: PointMade; span: PointSpan; words: number } | undefined;
        const pointWords = new Set(
          [...concepts.flatMap((k) => k.terms), ...contentTerms(point.point, lexicon)].filter((t) => !c.promptTerms.has(t) && !commonDateWords.has(t) && !/^\d/.test(t) && isContentTerm(t)),
        );
        const fullness = (i: number) => new Set((wrongIn[i]?.terms ?? []).flatMap((t) => [t, ...readAs(t)]).filter((t) => pointWords.has(t))).size;
        for (let i = 0; i < sentences.length; i++) {
          const s = sentences[i] as Sentence;
          // A sentence that states the point wrongly, or swaps historians' views, does not make it; nor does a list of course words.
          if (wrongIn[i]?.points.has(point) || swappedIn.has(i) || (!list && wordList(s))) continue;
          if (judgementKind && point.side === 'for' && ARGUES_AGAINST.test(reading[i] ?? '')) continue;
          if (!historianAllows(historians, historiansNamed, i)) continue;
          // A historian's view stated in a sentence that, like the one before, speaks of no historian at all (none named,
          // not "historians" or "revisionists") is stated in full: nothing else ties it to the view ("…which Stalin later
          // exploited in the show trials" is not "the archives showed Stalin deciding every major issue", though two of
          // its words are there).
          const unnamed = historians.size > 0 && !aboutHistorians(i) && !aboutHistorians(i - 1);
          for (const concept of concepts) {
            if (!mayHold(concept, i)) continue;
            const span = conceptSpan(unnamed ? { ...concept, need: concept.terms.length } : concept, termsForPoint(roles, i), D.conceptWindow, readAs, namesNoOneElse[i]);
            if (!span || bare(concept, s, personNouns) || span.end < headingTerms(s) || aboutOthers(point, concept, s.terms) || contradicted(point, concept, i, span)) continue;
            // A concept of words other points share ("regional NKVD": the quotas set from Moscow, the NKVD's records) makes
            // no point in a sentence that states another point in that point's own words ("Order 00447 set quotas for each
            // region, carried out by NKVD troikas"), unless it says something of its own point too ("asked", "raised", "chiefs"),
            // or is a list of notes (three pieces or more between commas, most of a few words), where each may be a point of its own.
            if (key.size > 0 && !concept.terms.some((t) => key.has(t)) && !notesList(s) && !termsForPoint(roles, i).some((t) => key.has(t) || readAs(t).some((x) => key.has(x))) && ownedByOther(point, i)) continue;
            // Said only as what is wrong ("the extract is wrong that estimates are too high") or what might have been
            // ("the state could have cut exports"): the sentence does not make the point, it says the opposite.
            if (unsaid(i, s.terms.slice(span.start, span.end + 1))) break;
            // Named only to be denied its part ("Socialism in One Country was not the reason he won", "piece rates were not
            // important"): the sentence says the opposite of the point, which is that it mattered (a Year 10 trial).
            if (!concept.negative && deniesWorth(s.terms, span)) break;
            // One word with the person left to "he" is no point where that word is part of another point stated more
            // fully ("a real fear of war" is the war scare, not Stalin's fear of rivals).
            if (concept.person && span.start === span.end && !s.terms.includes(concept.person) && partOfOther(point, i, span.start)) continue;
            // A smaller figure beside it ("it only killed a few thousand" for millions) contradicts the point.
            if (understates(magnitude, s.terms, span.start - D.conceptWindow, span.end + D.conceptWindow)) break;
            // Nor a toll far from the notes' ("the famine killed 20 million"): a point that gives a toll is not made by a
            // wrong one, which goes under the facts to check instead (a trial: "20 million" credited as the famine's toll).
            if (GIVES_TOLL.test(point.point) && slips.some((x) => x.figure && x.sentence === i)) break;
            const at = span.start;
            // A person's event dated with a year none of their facts has (see personYears): credited, with the year to check.
            const late = slips.some((x) => x.sentence === i) ? undefined : personYears(concept, s.terms, span, dated?.own ?? new Set(), yearsOf(point.point));
            if (late) {
              const correction = correctionOf(late.right, { saidYears: late.years });
              slips.push({ sentence: i, start: Math.min(span.start, late.at), end: Math.max(span.end, late.at), right: late.right, point, ...(correction ? { correction } : {}) });
            }
            // What follows may explain it: a sentence that carries on ("This meant…") or, in prose, one that gives
            // a cause or a result; in notes, a dash or a colon after the point ("decree – quick trials, no appeal").
            const next = sentences[i + 1];
            const nextLinks =
              !s.bullet &&
              next !== undefined &&
              next.words >= D.explainedSentenceWords &&
              causalIn(i + 1) &&
              !TURNS.test(reading[i + 1] ?? '') &&
              [...pointsStatedIn(i + 1)].every((p) => p === point);
            // Either way the link must say something beyond the point and the question (see SAYS_NOTHING): "…because he
            // wanted to control the peasants" or "This meant that there were many views" explains nothing.
            const own = new Set(s.terms.slice(span.start, span.end + 1));
            const carriesOn = ((CARRIES_ON.test(linking[i + 1] ?? '') || nextLinks) && saysMore(i + 1, null, own)) || s.elaborated;
            const linkedHere = s.words >= D.explainedSentenceWords && saysMore(i, span, own);
            // Or it is the result of what went before: a sentence that carries on from the one before ("NKVD said they would
            // kill their families. This meant that they confessed to save them."), where that one gives a cause of its own
            // and makes no other point (a trial: the point stayed "only stated", and the next step asked for "This meant that…").
            const prev = sentences[i - 1];
            const carriedFrom =
              !s.bullet &&
              prev !== undefined &&
              !prev.bullet &&
              CARRIES_ON.test(linking[i] ?? '') &&
              saysMore(i - 1, null, own) &&
              [...pointsStatedIn(i - 1)].every((p) => p === point);
            const explained = (linksIn(i) && linkedHere) || carriesOn || carriedFrom;
            const causal = (causalIn(i) && linkedHere) || carriesOn || carriedFrom;
            // A point restated later and explained there counts as explained, quoted where it is.
            const here = {
              made: {
                point,
                quote: quoteOf(s, at),
                explained,
                causal,
                developed: s.words >= D.developedSentenceWords || explained,
                inDepth: explained && (carriesOn || carriedFrom || s.words >= D.inDepthSentenceWords),
                sentence: i,
                ...(slipped(i, span) ? { wrongYear: true as const } : {}),
              },
              span: { sentence: i, start: span.start, end: span.end },
            };
            if (!found || (explained && !found.made.explained)) found = here;
            const words = fullness(i);
            if (!fullest || words > fullest.words) fullest = { ...here, words };
            break;
          }
        }
        // Quoted, and placed, where it is stated most fully; explained if it is explained where first found.
        // Not to a sentence that argues against what went before ("However, to call this simple paranoia is misleading…"):
        // its words on the point are there to argue with it (S7 of a teacher's trial). "But in 1931 the drive started again" may be.
        if (found && fullest && fullest.made.sentence !== found.made.sentence && fullest.words >= fullness(found.made.sentence) + 2 && !ARGUES_AGAINST.test(reading[fullest.made.sentence] ?? '')) {
          const { made: m } = fullest;
          found = {
            made: {
              ...found.made,
              quote: m.quote,
              sentence: m.sentence,
              explained: found.made.explained || m.explained,
              causal: found.made.causal || m.causal,
              developed: found.made.developed || m.developed,
              inDepth: found.made.inDepth || m.inDepth,
              ...(m.wrongYear ? { wrongYear: true as const } : {}),
            },
            span: fullest.span,
          };
        }
        // An essay's closing verdict that only names a point ("Overall, paying for industry was the main reason, but it
        // was inseparable from the regime's wish to control the peasantry") weighs it without the knowledge that makes it:
        // not credited where nothing before says it (a teacher's trial: "control of the villages" credited from the
        // conclusion's last line).
        const namedInVerdict =
          found !== undefined &&
          A_LEVEL_KINDS.has(question.kind) &&
          !found.made.explained &&
          found.made.sentence === sentences.length - 1 &&
          sentences.length > 2 &&
          SUMMING_UP.test(reading[found.made.sentence] ?? '');
        if (namedInVerdict && found) verdictNamed.add(found.made.sentence);
        if (found && !namedInVerdict) {
          const at = found.made.sentence;
          const unnamedBy = historians.size > 0 && ![at, at - 1].some((k) => [...(historiansNamed[k] ?? [])].some((h) => historians.has(h)));
          made.push(unnamedBy ? { ...found.made, unnamedHistorians: [...historians].map(nameOf) } : found.made);
          spans.push(found.span);
        } else missing.push(point);
      }
      // Historians put on the wrong side come first: the most damaging slip in an answer on historians' views.
      wrong.unshift(...swapped);
      // A thing put in the wrong place (see wrongPlace), flagged as a wrong year is: one slip a sentence.
      sentences.forEach((s, i) => {
        if (slips.some((x) => x.sentence === i) || wrong.some((w) => w.sentence === i)) return;
        const place = wrongPlace(s, new Set(s.text.includes('(') ? bracketsOf(spellOutForTerms(s.text), s.terms.length, spell, lexicon) : []));
        // Under the point on that thing, if the question has one ("Dnieprostroi dam" of the projects point).
        const point = place && c.points.find((p) => p.concepts.some((k) => place.name.every((t) => k.terms.includes(t))))?.point;
        if (place) slips.push({ sentence: i, start: place.start, end: place.end, right: place.right, ...(point ? { point } : {}), ...(place.correction ? { correction: place.correction } : {}) });
        else {
          const event = wrongFactPlace(s);
          if (event) slips.push({ sentence: i, ...event });
        }
      });
      // Each wrong year under the point whose dated fact it is, or the point the sentence made, or the question's first.
      for (const x of slips) {
        const point = x.point ?? made.find((m) => m.sentence === x.sentence)?.point ?? question.points[0];
        const s = sentences[x.sentence];
        if (point && s) wrong.push({ point, quote: quoteOf(s, x.start, D.wrongQuoteLength), sentence: x.sentence, right: x.right, ...(x.correction ? { correction: x.correction } : {}), ...(x.total ? { total: x.total } : {}) });
      }


      const lean = leaning(analysed, question.topic, aids.vocabulary);
      // About another country or subject, whatever its length: too many of its words are not the course's, and
      // it names someone or something the course does not know (the points its stray words seem to make,
      // "women worked" in an answer on Nazi Germany, do not count).
      if (lean.inCourse < D.offCourseShare && lean.outside >= D.offCourseMinWords && namesOutside(sentences, aids.spell, aids.vocabulary.course, lexicon))
        return nothing('off-topic', { kind: 'answer-the-question' });
      // A wrong version of one of the question's points shows the answer is about the question, however wrong.
      if (made.length <= D.strayPoints && wrong.length === 0) {
        // About another period: every year it names lies outside the question's.
        const years = yearsIn(text);
        const [from, to] = c.period ?? [-Infinity, Infinity];
        if (years.length > 0 && years.every((y) => y < from - D.periodSlackYears || y > to + D.periodSlackYears))
          return nothing('off-topic', { kind: 'answer-the-question' }, { aboutTopic: lean.best.topic !== question.topic ? lean.best.topic : null });
      }
      if (made.length === 0 && wrong.length === 0) {
        // Words of other subjects ("hitler", "nazis"): outside the course, whichever topic its other words touch.
        const otherSubject = sentences.flatMap((s) => normaliseText(s.text).split(' ')).filter((w) => offCourse.has(w)).length;
        if (otherSubject >= 2) return nothing('off-topic', { kind: 'answer-the-question' });
        // Not one word of the question's prompt or mark scheme but a name ("Once upon a time Lenin was sad."): it says
        // nothing of the question, so not even the lowest level's "general points about the topic".
        if (!analysed.content.some((t) => c.ownTerms.has(t))) return nothing('off-topic', { kind: 'answer-the-question' });
        // A line or two is too little to say which topic an answer is about; one that names what the question is about
        // ("stalin did collectivisation because…") is a weak answer to it, though everyday words it shares with another
        // topic's notes ("lots", "bigger") lean there.
        const namesSubject = analysed.content.some((t) => c.subject.has(t));
        if (analysed.words >= D.offTopicMinWords && !namesSubject && lean.best.topic !== question.topic && lean.own < D.offTopicRatio * lean.best.score)
          return nothing('off-topic', { kind: 'answer-the-question' }, { aboutTopic: lean.best.topic });
      }

      // Judgement: the last sentence that concludes, and whether a reason or a point backs it (in it, or just
      // after it: "…, so I mostly agree", "Overall I agree. This is because…").
      let judgement: JudgementCheck | null = null;
      if (judgementKind) {
        let at = -1;
        // An interpretation is judged convincing or not: "largely convincing" is its judgement.
        const judges = (s: string) => JUDGEMENT.test(s) || (EXTRACT_KINDS.has(question.kind) && CONVINCING.test(s));
        reading.forEach((s, i) => {
          if (judges(s)) at = i;
        });
        // A verdict that names a point backs itself with it, though the point is not credited there (see namedInVerdict).
        const pointSentences = new Set([...made.map((m) => m.sentence), ...verdictNamed]);
        const questionWords = new Set(
          contentTerms([question.prompt, question.factors?.for ?? '', question.factors?.against ?? ''].join(' '), lexicon).filter((t) => !GENERIC_JUDGEMENT.has(t) && !/^\d/.test(t)),
        );
        const onQuestion = (i: number) => (sentences[i]?.terms ?? []).some((t) => questionWords.has(t) || readAs(t).some((x) => questionWords.has(x)));
        // A reason after a colon backs it too ("Overall it is only partly convincing: it explains the scale of the Terror
        // but underplays Stalin's direction"), as "because" would.
        const backs = (i: number) =>
          i >= 0 && i < sentences.length && (REASON.test(reading[i] ?? '') || CONCLUSION_REASON.test(reading[i] ?? '') || GIVEN_REASON.test(sentences[i]?.text ?? '') || pointSentences.has(i));
        // Sustained: judged in the opening (its first sentences) and again in the closing ones, not only at the end.
        const edge = Math.max(2, Math.ceil(sentences.length / D.openingShare));
        const opens = reading.slice(0, edge).some((s) => judges(s) || OPENING_JUDGEMENT.test(s));
        const historian = question.extract ? kb.people.find((p) => p.id === question.extract?.historian) : undefined;
        const surname = historian ? (historian.name.split(/\s+/).at(-1) ?? '').toLowerCase() : '';
        // A conclusion on another question ("Overall it was a failure for the peasants" on policy against weather)
        // answers nothing here: it must use the question's words or make one of its points (a Year 10 trial).
        // Read narrowly: a verdict of success or failure on a question that asks for none, in a conclusion with none of
        // the question's own words ("caused", "policy", "weather") and none of its points.
        const otherVerdict = (i: number) => VERDICT_WORDS.test(reading[i] ?? '') && !VERDICT_WORDS.test(question.prompt.toLowerCase());
        const offQuestion = at >= 0 && otherVerdict(at) && !onQuestion(at) && !onQuestion(at + 1) && !pointSentences.has(at) && !pointSentences.has(at + 1);
        if (offQuestion) at = -1;
        // Three extracts: each is judged on its own. A sentence belongs to the last extract discussed up to it; an extract
        // is judged when a sentence of its own section judges ("Extract B is only partly convincing").
        const surnameOf = (id: string) => (kb.people.find((p) => p.id === id)?.name.split(/\s+/).at(-1) ?? '').toLowerCase();
        let three: { missing: string[]; unjudged: string[] } | undefined;
        if (question.kind === 'three-extracts' && question.extracts) {
          const xs = question.extracts.map((x, k) => ({ x, label: EXTRACT_LABELS[k] ?? String(k + 1), surname: surnameOf(x.historian) }));
          const discussed = new Set<string>();
          const judged = new Set<string>();
          let current: string[] = [];
          sentences.forEach((sn, i) => {
            const texts = [sn.text, reading[i] ?? ''];
            const here = xs.filter(({ x, label, surname: sur }) => engagesLabelledExtract(texts, x, sur, label)).map(({ label }) => label);
            if (here.length > 0) current = here;
            for (const label of here) discussed.add(label);
            if (judges(reading[i] ?? '')) for (const label of current) judged.add(label);
          });
          three = {
            missing: xs.map(({ label }) => label).filter((label) => !discussed.has(label)),
            unjudged: xs.map(({ label }) => label).filter((label) => discussed.has(label) && !judged.has(label)),
          };
        }
        judgement = {
          ...(offQuestion ? { offQuestion: true as const } : {}),
          reached: at >= 0,
          // Backed in the conclusion's sentence or the two after it (a conclusion's reasons often follow its verdict).
          supported: at >= 0 && (backs(at) || backs(at + 1) || backs(at + 2)),
          for: made.filter((m) => m.point.side === 'for').length,
          against: made.filter((m) => m.point.side === 'against').length,
          // Three extracts ask for a judgement on each, not one sustained across the answer.
          ...(aLevel && !three ? { sustained: opens && at >= 0 && at >= Math.max(edge, sentences.length - edge) } : {}),
          ...(question.kind === 'extract' && question.extract ? { usesExtract: engagesExtract([...sentences.map((s) => s.text), ...reading], question.extract, surname) } : {}),
          ...(three
            ? { usesExtract: three.missing.length < EXTRACT_LABELS.length, sustained: three.missing.length === 0 && three.unjudged.length === 0, extractsMissing: three.missing, extractsUnjudged: three.unjudged }
            : {}),
        };
      }

      const P = made.length;
      // A sentence's punctuation, read only when two points of a "describe" answer fall in it (see countFeatures).
      const E = made.filter((m) => m.explained).length;
      const developed = made.filter((m) => m.developed).length;
      // A tier on the exam's four-level scale (two for "describe"). An answer marked at all (not empty, copied
      // or off the topic) earns the lowest level at least.
      // A "describe" question asks for features: points drawn from one clause ("optimistic, heroic images") are one.
      const features = question.kind === 'describe' ? countFeatures(spans, clauseOf) : P;
      let tier = 1;
      // The length a level needed that the answer fell short of, and the tier it was held to, if that held it down.
      let lengthCap: { need: number; tier: number } | undefined;
      // Held below the top level for want of points explained in depth (see PointMade.inDepth).
      let thin = false;
      // Short of a level's words by more than the slack (see PRACTICE_DEFAULTS.lengthSlack): an A-level essay's. The GCSE
      // questions' lengths are far smaller and stay firm (with the slack, two blind-set answers the markers put at level 2
      // went to level 4).
      const shortOf = (need: number) => analysed.words < Math.floor(need * (1 - D.lengthSlack));
      if (question.kind === 'describe') {
        if (features >= 2 && developed >= 1) tier = 2;
      } else if (!judgement) {
        if (E >= 2 && P >= 3) tier = 4;
        else if (E >= 2) tier = 3;
        else if (E >= 1 || P >= 2) tier = 2;
      } else {
        const both = judgement.for >= 1 && judgement.against >= 1;
        // Level 3 "explains both factors with detail": an answer that explains no point and backs no judgement
        // shows detail only by giving each point a sentence of its own or at length. Points listed together in a
        // short sentence ("Stakhanovites got higher pay, better flats and medals") are named, not explained.
        const listsPoints = made.some((m) => !m.developed && made.some((o) => o !== m && o.sentence === m.sentence));
        // Level 3 and above weigh both sides and reach a judgement: a one-sided answer, however well explained,
        // stays at level 2. The top level explains both sides in depth (two points on each) and supports it.
        const inDepth = Math.min(judgement.for, judgement.against) >= D.pointsEachSideForTop;
        // An A-level answer's top level (5) asks for more again: a range of points explained, and the judgement sustained
        // from the opening to the conclusion; an interpretation answer's upper levels test the extract's own argument.
        const onExtract = judgement.usesExtract !== false;
        const tierIf = (supported: boolean): number => {
          if (aLevel && both && inDepth && P >= D.aLevelTopPoints && E >= 3 && supported && judgement.sustained && onExtract) return 5;
          if (both && inDepth && E >= 2 && P >= (aLevel ? 4 : 3) && supported && onExtract) return 4;
          if (both && judgement.reached && (E >= 1 || supported || !listsPoints)) return 3;
          if (E >= 1 || P >= 2) return 2;
          return tier;
        };
        // A judgement reached but not backed costs one level, never two: one missing reason must not move a well-argued
        // essay from the top level to the middle one (a trial: 15/25 without a "because", 25/25 with it).
        const asSupported = tierIf(true);
        tier = judgement.reached ? Math.max(tierIf(judgement.supported), asSupported - 1) : tierIf(judgement.supported);
      }
      if (aLevel) {
        // Words by the mark for each upper level (PRACTICE_DEFAULTS.aLevelWordsPerMark): an answer falls to the highest
        // level its length reaches, however much it does.
        const uncapped = tier;
        const need = (t: 3 | 4 | 5) => Math.ceil(D.aLevelWordsPerMark[t] * question.marks);
        for (const t of [5, 4, 3] as const) if (tier >= t && shortOf(need(t))) tier = t - 1;
        if (tier < uncapped) lengthCap = { need: need((tier + 1) as 3 | 4 | 5), tier };
        if (tier >= 2 && sentences.length === 1) tier = 1;
        // Notes may explain points, but an essay's upper levels are an argument in prose.
        if (tier >= 4 && notes) tier = 3;
        if (tier >= 3 && notes && bulletWords < D.developedNoteWords * bullets.length) tier = 2;
      } else if (question.kind !== 'describe') {
        // Development takes words: a short answer cannot reach the top levels, however many points it names;
        // one sentence, however long, states a point at most. A judgement question (12 or 16 marks) asks for both
        // sides explained with detail and weighed, which a paragraph cannot do: its level 3 takes words by the mark
        // (see PRACTICE_DEFAULTS.wordsPerMarkForLevel3), and its top level at least as many.
        const level3Need = judgementKind ? Math.max(D.wordsForLevel3, Math.ceil(D.wordsPerMarkForLevel3 * question.marks)) : D.wordsForLevel3;
        const topNeed = Math.max(D.wordsForTop, D.wordsPerMarkForTop * question.marks, level3Need);
        const uncapped = tier;
        if (tier >= 4 && analysed.words < topNeed) tier = 3;
        if (tier >= 3 && analysed.words < D.wordsForLevel3) tier = 2;
        // The judgement questions' words a mark cost one level at most: an answer that does all the top level asks, in
        // too few words, is held at level 3.
        if (tier === 3 && uncapped === 3 && analysed.words < level3Need) tier = 2;
        if (tier < uncapped) lengthCap = { need: tier >= 3 ? topNeed : level3Need, tier };
        if (tier >= 2 && sentences.length === 1) tier = 1;
        // An account's top level shows how developments led to each other, not only that one came after another.
        if (tier >= 4 && question.kind === 'account' && made.filter((m) => m.causal).length < 2) tier = 3;
        // The top level explains points in depth (a cause, how it led to the outcome, a detail that backs it), more than
        // one of them: short points each with a brief "so…" stay in the middle (a Year 10 trial: 12/12 for a 170-word
        // answer of short sentences). Nearly all the answers the marking sets' markers put at the top level explain two points so.
        if (tier >= 4 && made.filter((m) => m.inDepth).length < D.pointsInDepthForTop) {
          tier = 3;
          thin = true;
        }
        // Notes can explain points, but the top level links them in prose; notes of a few words each (headings:
        // "files on members") name points rather than explain them.
        if (tier >= 4 && notes) tier = 3;
        if (tier >= 3 && notes && bulletWords < D.developedNoteWords * bullets.length) tier = 2;
      }
      // Three extracts: an answer that leaves one out does not assess "the arguments in these three extracts", so it
      // stays at level 2 at most, however well it treats the others.
      if ((judgement?.extractsMissing?.length ?? 0) > 0) tier = Math.min(tier, 2);
      const scale = question.kind === 'describe' ? 2 : aLevel ? 5 : 4;
      // A wrong fact is not "accurate detail": an answer that states one stays below the top level. A "describe" answer's
      // two features, each with detail, and one slip in that detail ("Magnitogorsk, a steel city in Siberia") still describe
      // two features: the top level's lowest mark, not level 1 (the slip costs the mark, as an examiner's would).
      // Only a place or a year slipped in a sentence that still makes its point, not a wrong version of a point ("the trials
      // were held in secret"), which makes none.
      const slip = wrong.length === 1 ? wrong[0] : undefined;
      const slipInDetail =
        question.kind === 'describe' && tier === 2 && slip !== undefined && (slip.correction?.rightPlace !== undefined || (slip.correction?.saidYears?.length ?? 0) > 0) && made.some((m) => m.sentence === slip.sentence);
      if (wrong.length > 0 && !slipInDetail) tier = Math.min(tier, scale - 1);
      // Several are knowledge only partly accurate: the middle of the scale at best.
      if (wrong.length >= D.wrongForMiddle) tier = Math.min(tier, Math.ceil(scale / 2));
      let level = Math.max(1, Math.min(levels.length, Math.round((tier * levels.length) / scale)));
      if (list) level = 1;
      // Said only where the length is what holds the answer where it is (not one sentence, a list or a wrong fact).
      const short = lengthCap && lengthCap.tier === tier && !list ? { words: analysed.words, need: lengthCap.need, level } : null;
      const band = levels[level - 1];
      // How far up its band the answer sits (0–1): for "describe", with its points developed; for the others,
      // at the lowest level with each point made, above it with each point made or explained beyond the
      // level's least.
      let up: number;
      if (question.kind === 'describe') up = level >= 2 ? (developed >= 2 && !slipInDetail ? 1 : 0) : features >= 2 || developed >= 1 ? 1 : 0;
      else if (level === 1) up = band && band.marks[1] > band.marks[0] ? Math.min(1, P / (band.marks[1] - band.marks[0])) : 0;
      else up = Math.max(0, Math.min(1, (P + E - ((aLevel ? A_LEVEL_WITHIN_BAND_FROM : WITHIN_BAND_FROM)[tier] ?? 0)) / D.withinBandSpan));
      const placed = band ? band.marks[0] + Math.round(up * (band.marks[1] - band.marks[0])) : 0;
      // The top level is explanation sustained through the answer ("showing how each led to the outcome"): an answer
      // there whose points are mostly only stated does not earn the band's top mark. Full marks beside "4 of your 10
      // points are explained; the others are only stated" contradicted itself (a teacher's trial); the blind sets'
      // markers gave full marks where over half the points were explained, so the band's top needs no more than that.
      const explainedCap = band && level === levels.length && question.kind !== 'describe' && E * 2 < P ? band.marks[1] - 1 : Infinity;
      const mark = Math.min(placed, explainedCap);
      // Held below the band's top by points only stated: explaining them is the next step.
      const heldByExplaining = mark < placed;

      // A point to explain: one not linked at all first. Asking for "This meant that…" where the answer has written it
      // asks for what the answer does already (a trial: the advice looped).
      const linkedAlready = (m: PointMade) => LINKS.test(linking[m.sentence] ?? '') || CARRIES_ON.test(linking[m.sentence + 1] ?? '');
      const unexplained = made.find((m) => !m.explained && !linkedAlready(m)) ?? made.find((m) => !m.explained);
      const undeveloped = made.find((m) => !m.developed);
      const shallow = thin ? (made.find((m) => m.explained && !m.inDepth) ?? made.find((m) => !m.inDepth)) : undefined;
      const weakSide = judgement ? (judgement.for <= judgement.against ? 'for' : 'against') : undefined;
      // Not a point the answer makes with only its date or name wrong (Order 00447 "in July 1938"): the facts to check
      // already say what to put right, and "Add this point" would ask for what it has written.
      const misdated = new Set(slips.flatMap((x) => (x.point ? [x.point] : [])));
      const toAdd = missing.filter((p) => !misdated.has(p));
      const otherSide = toAdd.find((p) => p.side === weakSide) ?? toAdd[0] ?? missing[0];
      let next: NextStep;
      if (list) next = { kind: 'sentences' };
      // Full marks: no step to improve it, however short a point of it was ("Develop this point…" after 4/4 confused).
      else if (mark >= question.marks) next = { kind: 'full-marks' };
      else if (P === 0 && missing[0]) next = { kind: 'add-point', point: missing[0] };
      else if (judgement?.extractsMissing && judgement.extractsMissing.length > 0) next = { kind: 'cover-extracts', labels: judgement.extractsMissing };
      else if (judgement && (judgement.for === 0 || judgement.against === 0) && otherSide) next = { kind: 'other-side', point: otherSide };
      else if (question.kind !== 'describe' && unexplained && (E < Math.min(P, 3) || heldByExplaining)) next = { kind: 'explain-point', point: unexplained.point, ...(linkedAlready(unexplained) ? { linked: true as const } : {}) };
      // Held below the top by points explained only briefly: the one to say more of, with how and a detail.
      else if (shallow) next = { kind: 'explain-point', point: shallow.point, linked: true };
      else if (judgement && !judgement.reached) next = { kind: 'reach-judgement' };
      else if (judgement && !judgement.supported) next = { kind: 'support-judgement' };
      else if (judgement?.usesExtract === false) next = { kind: 'use-extract' };
      else if (judgement?.extractsUnjudged && judgement.extractsUnjudged.length > 0) next = { kind: 'judge-extracts', labels: judgement.extractsUnjudged };
      else if (judgement?.sustained === false) next = { kind: 'sustain-judgement' };
      // Two features described already: a third earns nothing, so the step is to put right what is wrong, or develop one.
      else if (question.kind === 'describe' && features >= 2 && wrong.length > 0) next = { kind: 'check-facts' };
      else if (question.kind === 'describe' && undeveloped) next = { kind: 'develop-point', point: undeveloped.point };
      else if (mark < question.marks && otherSide && !(question.kind === 'describe' && features >= 2)) next = { kind: 'add-point', point: otherSide };
      else next = { kind: 'keep-going' };

      // An A-level answer's sweeping claims with nothing to back them ("Stalin always hated the peasants"): noted, to support.
      const unsupported: UnsupportedClaim[] = aLevel
        ? unsupportedClaims(reading, sentences.map((s) => s.text), (i) => courseFacts.some((f) => factSpan(f, (sentences[i] as Sentence).terms) !== null), (i) => historiansIn((sentences[i] as Sentence).terms).size > 0)
            .filter((u) => !wrong.some((w) => w.sentence === u.sentence))
            .map((u) => {
              const s = sentences[u.sentence] as Sentence;
              const at = s.text.toLowerCase().split(/\s+/).findIndex((w) => w.replace(/[^a-z]/g, '') === u.absolute.split(' ')[0]);
              return { quote: quoteOf(s, Math.max(0, at)), sentence: u.sentence, absolute: u.absolute };
            })
        : [];

      return {
        ...base,
        status: 'marked',
        mark,
        level,
        made,
        missing,
        wrong,
        ...(unsupported.length > 0 ? { unsupported } : {}),
        list,
        explained: question.kind === 'describe' ? null : E,
        judgement,
        ...(short ? { short } : {}),
        next,
      };
    },
  };
  return marker;
}
