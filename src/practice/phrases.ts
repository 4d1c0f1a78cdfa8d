// How the marker reads denial and wrong facts in an answer's terms (src/practice/analyse.ts): whether a
// concept's words are denied ("no foreign journalists", "the trials were not held in public"), and where a
// wrong version of a point is stated as a phrase ("Trotsky was put on trial in Moscow"). Kept narrow on
// purpose: "not only … but also", "no one could refuse to confess" and "the state could not buy machinery"
// deny nothing, and a wrong version is not found where it is denied, hedged, reported or about someone else.
import { isContentTerm, stem } from '../matching/vocabulary.js';
import { PRACTICE_DEFAULTS as D } from './defaults.js';

/** Words as they stand among a sentence's terms: stemmed, or as written for the little words the stemmer leaves alone. */
const termSet = (words: string): ReadonlySet<string> => new Set(words.split(' ').flatMap((w) => [w, stem(w)]));

/** Words that deny what follows them: "no foreign journalists", "were not held in public", "never confessed". */
export const NEGATORS = termSet('not no never nor neither nobody none');
/** Words that make little of a thing: denied, they affirm it ("never a minor factor", "by no means a small part"). */
export const DIMINISHERS = termSet('minor small little unimportant insignificant');
/** Words just after a negator that make it affirm: "not only… but also", "no doubt", "never a minor factor". */
export const AFFIRMING_AFTER_NEGATOR: ReadonlySet<string> = new Set([...termSet('only just merely simply doubt'), ...DIMINISHERS]);
/** Words of ending or lack (as the marker reads them: "fell" is "fall", "shortage" and "lack" are "short"). */
export const ABSENCE = termSet('end ban banned close closed abolish condemn fall short less few remove stop suppress disappear gone lose liquidate');

/** After a negator, words that make it no denial: "not only … but also", "not just", "not until 1929". */
const NOT_DENYING_AFTER = termSet('only just merely simply until');
/** Little words that hedge: "collectivisation should be voluntary". */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'would', 'will', 'should', 'must', 'might', 'may', 'shall']);
/**
 * Before a negator, words that make it no denial of the fact: what could not happen is often the point ("the state
 * could not buy machinery", "peasants would not sell"), and "whether or not" denies nothing.
 */
const NOT_DENYING_BEFORE: ReadonlySet<string> = new Set([...MODALS, 'or']);

/**
 * A wrong version is denied by "few" too ("few peasants were happy to join"), though not by "a few", and by a
 * modal's "not" ("people could not vote freely"); said of "some" or of the poor, it is no wrong generalisation
 * ("some peasants", "poor peasants were happy to join").
 */
const WRONG_DENIERS: ReadonlySet<string> = new Set([...NEGATORS, ...termSet('few some poor poorer poorest')]);
/** Words of number that make "thousands" part of a larger one: "hundreds of thousands", "tens of thousands". */
const NUMBERS = termSet('tens hundreds thousands millions dozens');
const WRONG_NOT_DENYING_BEFORE: ReadonlySet<string> = new Set(['or']);
/** Words that put what follows in someone else's mouth: "Stalin claimed the peasants joined willingly". */
const REPORTED = termSet('say says said claim claims claimed pretend pretended officially propaganda promise promised told');
/**
 * Verbs that may take a clause ("Trotsky believed [socialism in one country would fail]"), and the words that start
 * that clause's verb just after its subject: a wrong version of such a verb and its object ("Trotsky believed in
 * Socialism in One Country") is not stated where the object goes on to be the subject of what he believed of it.
 */
const CLAUSE_TAKING = termSet('believe believed believes think thought thinks argue argued argues predict predicted predicts warn warned warns fear feared fears expect expected expects know knew knows feel felt feels');
const CLAUSE_VERB_START: ReadonlySet<string> = new Set([...MODALS, ...termSet('was is were are wont cant couldnt wouldnt')]);
/**
 * Words that find fault with an idea in what someone believed of it: "would fail", "was too risky", "was doomed",
 * "was unrealistic", "would collapse". The marker reads them as it reads an answer ("risky" is "risk" there, "fail"
 * "failure") and passes them to believedOf; FAULTING is them as the stemmer leaves them.
 */
export const FAULTING_WORDS =
  'fail fails failed failing failure doom doomed risky dangerous unrealistic impossible unworkable unlikely wrong mistake mistaken ' +
  'disaster disastrous naive utopian flawed foolish reckless betrayal betray hopeless pointless useless harmful collapse fantasy weaken';
const FAULTING = termSet(FAULTING_WORDS);
/** Words that go on with what was believed: "would look good but fail", "was popular and doomed". */
const BELIEF_GOES_ON: ReadonlySet<string> = new Set(['and', 'but', 'or', 'nor', 'though', 'although', 'yet']);

/** Whether terms hold a run of terms, one after another. */
const holdsRun = (terms: readonly string[], run: readonly string[]): boolean => {
  for (let i = 0; i + run.length <= terms.length; i++) if (run.every((t, k) => terms[i + k] === t)) return true;
  return false;
};

/**
 * Whether the words from `start` to `end` are someone, a verb that takes a clause and its object, and the object goes on
 * to be that clause's subject with what it says of it denying or finding fault with it ("Trotsky believed socialism in
 * one country would fail", "…could never work", "…was too risky", or one of `faults`: FAULTING_WORDS as an answer is
 * read, or a misconception's own words of criticism, "was a betrayal"): what they believed of it, not that they
 * believed in it. What the clause says in its favour ("…would work", "…was the answer") is belief in it. A negator
 * counts only in the clause's verb ("would not work", "was by no means the answer"), not further on ("would work with
 * no help from abroad"), nor in "not only".
 */
export function believedOf(terms: readonly string[], start: number, end: number, faults: readonly (readonly string[])[] = []): boolean {
  if (!terms.slice(start + 1, end).some((t) => CLAUSE_TAKING.has(t))) return false;
  const rest = terms.slice(end + 1).filter((t) => t !== '');
  if (!CLAUSE_VERB_START.has(rest[0] ?? '')) return false;
  const stop = rest.findIndex((t, k) => k > 0 && CLAUSE_WORDS.has(t) && !BELIEF_GOES_ON.has(t));
  const said = rest.slice(0, stop < 0 ? rest.length : stop);
  const verbEnds = said.findIndex((t) => isContentTerm(t) && !NEGATORS.has(t));
  const inVerb = (k: number) => k <= 2 || verbEnds < 0 || k < verbEnds;
  const denied = said.some((t, k) => NEGATORS.has(t) && inVerb(k) && !AFFIRMING_AFTER_NEGATOR.has(said[k + 1] ?? ''));
  return denied || said.some((t) => FAULTING.has(t)) || faults.some((run) => run.length > 0 && holdsRun(said, run));
}

/** Between the words of a wrong version, words that start another clause or item ("grain exports and stopping people…"). */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'nor', 'so', 'because', 'while', 'when', 'which', 'who', 'whom', 'whose', 'that', 'if', 'then', 'although', 'though', 'until', 'unless', 'whereas']);
/** Before a year, words that make it part of what follows ("after Kirov's murder, the 1936 trials"), not a date of what came before. */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our']);
/** Before a name, words that make it the object rather than the subject: "those who plotted with Trotsky were shot". */
const PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'by', 'to', 'for', 'of', 'from', 'against', 'like', 'about', 'on', 'at', 'under', 'towards', 'as', 'than']);

/** Words of a large number that "few" may be the amount of: "a few thousand", "few hundred". */
const MAGNITUDES = termSet('dozen dozens hundred hundreds thousand thousands million millions');

/** How large a number word is, for comparing a figure with the mark scheme's ("thousands" against "millions"). */
const MAGNITUDE_ORDER: ReadonlyArray<ReadonlySet<string>> = [termSet('dozen dozens'), termSet('hundred hundreds'), termSet('thousand thousands'), termSet('million millions')];
const magnitudeOf = (term: string): number => MAGNITUDE_ORDER.findIndex((words) => words.has(term));

/** The largest number word among terms (0 dozens … 3 millions), or -1 when they name none. */
export function largestMagnitude(terms: readonly string[]): number {
  return terms.reduce((most, t) => Math.max(most, magnitudeOf(t)), -1);
}

/**
 * Whether the sentence's words around a point (from `from` to `to`) give it a smaller figure than the point's own
 * ("it only killed a few thousand people" for a point of millions): such a sentence does not make the point.
 */
export function understates(pointMagnitude: number, terms: readonly string[], from: number, to: number): boolean {
  if (pointMagnitude < 0) return false;
  const near = largestMagnitude(terms.slice(Math.max(0, from), to + 1));
  return near >= 0 && near < pointMagnitude;
}

/**
 * Whether the negator at `k` denies the word at `at` after it: not "not only", "could not", "whether or not", "a few",
 * nor "few" that is itself the amount ("only few thousand died": the figure is what is said).
 */
function denies(terms: readonly string[], k: number, at: number, notDenyingBefore: ReadonlySet<string> = NOT_DENYING_BEFORE): boolean {
  const before = terms[k - 1] ?? '';
  const amount = terms[k] === 'few' && (before === 'a' || MAGNITUDES.has(terms[k + 1] ?? ''));
  return (k + 1 === at || !NOT_DENYING_AFTER.has(terms[k + 1] ?? '')) && !notDenyingBefore.has(before) && !amount;
}

/**
 * Whether the term at `at` is denied: a negator just before it, with only little words between (at most
 * `negationGap`: "were not held", "no foreign journalists", "did not really confess"). A content word between
 * ends the search, so "no one could refuse to confess" does not deny "confess". "Not only" denies only "only".
 */
export function deniedAt(terms: readonly string[], at: number, deniers: ReadonlySet<string> = NEGATORS, notDenyingBefore: ReadonlySet<string> = NOT_DENYING_BEFORE): boolean {
  for (let k = at - 1; k >= 0 && k >= at - 1 - D.negationGap; k--) {
    const term = terms[k] ?? '';
    if (deniers.has(term)) return denies(terms, k, at, notDenyingBefore);
    if (isContentTerm(term)) return false;
  }
  return false;
}

/**
 * Whether a negator between two of a concept's words, close before the second (a verb and little words between),
 * denies it: "the trials were not held in public" states "trials in public" and denies it.
 */
export function deniedBetween(terms: readonly string[], from: number, at: number): boolean {
  for (let k = at - 1; k > from && k >= at - 2 - D.negationGap; k--) if (NEGATORS.has(terms[k] ?? '') && denies(terms, k, at)) return true;
  return false;
}

/** What phraseSpan needs of a wrong version: its content terms in order, whether it says "not" itself, and its little words. */
export interface Phrase {
  readonly terms: readonly string[];
  readonly negative: boolean;
  readonly littleWords: ReadonlySet<string>;
}

/**
 * Where a wrong version of a point is stated, as the first and last term index, or null. Telling a student that a
 * right fact is wrong costs more than missing a slip, so it is read as a phrase: its content words in the order
 * written, each after the last with at most `wrongGap` little words between ("Trotsky was put on trial"), and
 * not when it is denied ("the trials were not held in secret", "few peasants welcomed it"), hedged ("should be
 * voluntary"), reported ("Stalin claimed…"), about others ("those who plotted with Trotsky were shot"), or only the
 * subject of what someone believed of it and found fault with ("Trotsky believed socialism in one country could never
 * work"; `faults` are words of fault as the answer is read: see believedOf), and
 * not for a year that starts what follows ("after Kirov's murder, the 1936 trials") or a number that is part of a
 * larger one ("hundreds of thousands died").
 */
export function phraseSpan(
  phrase: Phrase,
  terms: readonly string[],
  readAs: (term: string) => readonly string[] = (t) => [t],
  isPerson: (term: string) => boolean = () => false,
  faults: readonly (readonly string[])[] = [],
): { readonly start: number; readonly end: number } | null {
  const want = phrase.terms;
  // A clause word the wrong version has itself ("Zinoviev and Kamenev were shot in 1935") may stand between its words.
  const ends = (t: string) => CLAUSE_WORDS.has(t) && !phrase.littleWords.has(t);
  const is = (at: number, k: number) => readAs(terms[at] ?? '').includes(want[k] ?? '');
  for (let start = 0; start < terms.length && want.length > 0; start++) {
    if (!is(start, 0) || (terms[start - 1] === 'of' && NUMBERS.has(terms[start - 2] ?? ''))) continue;
    const hits = [start];
    for (let k = 1; k < want.length && hits.length === k; k++) {
      const last = hits[k - 1] ?? start;
      for (let q = last + 1; q <= last + 1 + D.wrongGap && q < terms.length; q++) {
        if (is(q, k)) {
          if (!/^\d{4}s?$/.test(terms[q] ?? '') || !DETERMINERS.has(terms[q - 1] ?? '')) hits.push(q);
          break;
        }
        const between = terms[q] ?? '';
        if (isContentTerm(between) || MODALS.has(between) || ends(between)) break;
      }
    }
    if (hits.length < want.length) continue;
    if (!phrase.negative && hits.some((h) => deniedAt(terms, h, WRONG_DENIERS, WRONG_NOT_DENYING_BEFORE))) continue;
    if (isPerson(want[0] ?? '') && PREPOSITIONS.has(terms[start - 1] ?? '')) continue;
    if (terms.slice(0, start).some((t) => REPORTED.has(t))) continue;
    const end = hits[hits.length - 1] ?? start;
    if (believedOf(terms, start, end, faults)) continue;
    return { start, end };
  }
  return null;
}
