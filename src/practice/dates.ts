// Years an answer gets wrong, beyond the mark schemes' listed wrong versions: where a sentence makes a point
// whose own text, or a key date or event of the course on the same thing, gives a year, or states what the
// question itself dates ("the murder of Kirov in December 1934"), and ties a different year of the course to
// it in the same clause ("Kirov was murdered in 1936", "He appointed Yezhov, replacing Yagoda, in 1934").
// Strict on purpose, since calling a true sentence wrong is worse than missing a slip: the year must be
// written as its date ("in 1936", "in December 1936") right after the thing's words (only its own words or
// little words between) or opening the clause just before them ("In 1926 Trotsky was shot"); every year the
// point or its dated facts give counts as right, and a range holding one of them ("in 1928-32") too; so does
// any year of a period a fact happened during ("Stalin abandons the NEP during the grain procurement crisis", 1928:
// the notes date the crisis 1927–28).
import type { KnowledgeBase } from '../knowledge/schema.js';
import { isContentTerm, PLAIN_LEXICON, stem } from '../matching/vocabulary.js';
import { MONTH_NAMES } from '../time/months.js';
import { DYING_WORDS } from '../matching/dying-words.js';

/** A dated fact of the course: its words (as the marker reads them), its years, and how to show it. */
export interface DatedFact {
  readonly terms: ReadonlySet<string>;
  /** Its words that say what happened ("replaces", "shot"), not who or where: a sentence must state one of them. */
  readonly event: ReadonlySet<string>;
  readonly years: readonly number[];
  /** "Yezhov replaces Yagoda as head of the NKVD (September 1936)". */
  readonly text: string;
}

/** The course's first and last years. */
export interface CourseYears {
  readonly from: number;
  readonly to: number;
}

/** The course's years when the fact base gives none (knowledge/vocabulary.yaml gives them: courseYears). */
export const DEFAULT_COURSE_YEARS: CourseYears = { from: 1917, to: 1941 };

/**
 * The course's years as the fact base gives them (courseYears in knowledge/vocabulary.yaml, which /ask reads too), or
 * DEFAULT_COURSE_YEARS: the years a wrong date is looked for in (a year outside is another matter: the period
 * check's), the years date questions ask about (src/quiz/chronology.ts), and the last a topic's timeline draws.
 */
export function courseYearsOf(kb: Pick<KnowledgeBase, 'vocabulary'>): CourseYears {
  const years = kb.vocabulary.courseYears;
  return years ? { from: years[0], to: years[1] } : DEFAULT_COURSE_YEARS;
}

/**
 * Words of dying the fact base and students use for one another, as the marker reads them ("shot" is "execut", "killed"
 * "murder", "died" "death"), and as the stemmer leaves them ("execut", "assassin", "kill", "di").
 */
const DEATH: ReadonlySet<string> = new Set(DYING_WORDS.flatMap((w) => [stem(w), ...PLAIN_LEXICON.termsOf([w])]));
/** Read as one for comparing a sentence with a dated fact: "Kirov was shot" states "the murder of Kirov". */
export const dateTerm = (term: string): string => (DEATH.has(term) ? 'death' : term);

const MONTHS = MONTH_NAMES;
/** Months as the marker reads them ("decemb"), and their names for showing a date. */
const MONTH_TERMS: ReadonlySet<string> = new Set([...MONTHS, ...MONTHS.map((m) => m.slice(0, 6)), 'januari', 'februari', 'septemb', 'octob', 'novemb', 'decemb']);
/** Words that may stand between "in" and the year: a month, a day, "early", "late", "the end of". */
const DATE_WORDS: ReadonlySet<string> = new Set([...MONTH_TERMS, 'earli', 'early', 'late', 'the', 'end', 'of', 'spring', 'summer', 'autumn', 'winter']);
/** Words as they stand among a sentence's terms: as written, and stemmed ("because" is "becaus" there). */
const termSet = (words: string): ReadonlySet<string> => new Set(words.split(' ').flatMap((w) => [w, stem(w)]));
/** Words a thing's words may not be read across: another clause starts there ("the NEP because of the grain crisis"). */
const CLAUSE_WORDS = termSet('and or but so because while when which who whom whose that if then although though until unless whereas after before since');
/** Between a thing's words and a year, a new subject starts another clause ("Arrested after Kirov's murder, he was shot in 1936"). */
const NEW_SUBJECT: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
/** Before a thing's words, words that make it part of another ("sent to prison over Kirov's death in 1935"): the year is the other's date. */
const OBJECT_OF: ReadonlySet<string> = new Set(['over', 'for', 'about', 'against', 'with', 'to', 'by', 'from', 'on', 'at', 'under', 'than', 'like', 'as', 'behind', 'into']);
/** Words that say where a thing happened ("exiled to Siberia", "shot at the Smolny", "expelled from the party"). */
export const PLACE: ReadonlySet<string> = new Set(['to', 'at', 'from', 'into']);
/** Before a clause that opens with its date ("Then in 1926…"), words that may come first. */
const OPENERS = termSet('then and but so later also finally eventually soon');

/** Whether a term is a month ("decemb"): no word of what a dated fact is about. */
export const isMonth = (term: string): boolean => MONTH_TERMS.has(term);

const isYear = (term: string): boolean => /^1[89]\d\d$/.test(term);

/** The years a text gives, ranges filled in ("1932–33", "from 1928 to 1932", "between 1924 and 1929"). */
export function yearsOf(text: string): number[] {
  const out = new Set<number>();
  for (const m of text.matchAll(/\b(1[89]\d\d)(?:\s*(?:[–-]|to|and|until)\s*(1[89]\d\d|\d\d)\b)?/g)) {
    const from = Number(m[1]);
    const toText = m[2];
    const to = toText === undefined ? from : toText.length === 2 ? Math.floor(from / 100) * 100 + Number(toText) : Number(toText);
    for (let y = from; y <= (to >= from && to - from <= 12 ? to : from); y++) out.add(y);
  }
  return [...out];
}

/** "1936-09" as "September 1936"; a range as "1932–1933". */
export function showDate(date: string, end?: string): string {
  const one = (d: string) => {
    const month = Number(d.slice(5, 7));
    return month >= 1 ? `${(MONTHS[month - 1] ?? '').replace(/^./, (c) => c.toUpperCase())} ${d.slice(0, 4)}` : d.slice(0, 4);
  };
  return end && end !== date ? `${one(date)}–${one(end)}` : one(date);
}

/** The years from one date to another ("1932-06" to "1933-05": 1932 and 1933). */
export function yearsBetween(date: string, end?: string): number[] {
  const from = Number(date.slice(0, 4));
  const to = Number((end ?? date).slice(0, 4));
  const out: number[] = [];
  for (let y = from; y <= Math.max(from, to); y++) out.push(y);
  return out;
}

/** A year written as a date in the sentence, with the index of its "in" or "on" and the years it names (a range too). */
interface WrittenYear {
  readonly at: number;
  readonly preposition: number;
  readonly years: readonly number[];
}

/** Words that make the year after them a date: "in 1936", "on 1 December 1934". */
const DATING: ReadonlySet<string> = new Set(['in', 'on']);
/** In a question, "of" too: "the Shakhty trial of 1932" dates the trial, as a question names a thing and its year. */
export const QUESTION_DATING: ReadonlySet<string> = new Set([...DATING, 'of']);

/**
 * The years of the course's years (`course`) written as dates: "in 1936", "in December 1936", "on 1 December 1934",
 * "in 1932-33"; not "by 1936", "the 1936 trials".
 */
export function writtenYears(terms: readonly string[], course: CourseYears, dating: ReadonlySet<string> = DATING): WrittenYear[] {
  const out: WrittenYear[] = [];
  terms.forEach((t, at) => {
    if (!isYear(t)) return;
    const year = Number(t);
    if (year < course.from || year > course.to) return;
    let p = at - 1;
    while (p >= 0 && at - p <= 4 && (DATE_WORDS.has(terms[p] ?? '') || /^\d{1,2}$/.test(terms[p] ?? ''))) p--;
    // "The trial of 1932": "of" is also a date word ("the end of 1932"), so the year right after it is dated by it, and
    // so is a day and month after it ("the law of 7 August 1934").
    if (!dating.has(terms[p] ?? '')) {
      const passed = terms.slice(p + 1, at).findIndex((t) => dating.has(t));
      if (passed < 0) return;
      p += 1 + passed;
    }
    const next = terms[at + 1] ?? '';
    const to = /^\d\d$/.test(next) ? Math.floor(year / 100) * 100 + Number(next) : isYear(next) ? Number(next) : year;
    const years: number[] = [];
    for (let y = year; y <= (to > year && to - year <= 12 ? to : year); y++) years.push(y);
    out.push({ at, preposition: p, years });
  });
  return out;
}

/**
 * The written year that dates the thing stated from `start` to `end` of the sentence's terms, if any: right
 * after it, with only its own words (`own`) or little words between and no new clause ("the murder of Kirov in
 * 1936", "appointed Yezhov as head of the NKVD, replacing Yagoda, in 1934"), or opening the clause just before
 * it ("In 1926 Trotsky was shot").
 */
export function yearOf(terms: readonly string[], start: number, end: number, own: ReadonlySet<string>, course: CourseYears, dating: ReadonlySet<string> = DATING): WrittenYear | undefined {
  for (const y of writtenYears(terms, course, dating)) {
    if (y.preposition > end) {
      let k = start - 1;
      while (k >= 0 && (terms[k] === '' || terms[k] === 'the' || terms[k] === 's')) k--;
      // Not "with" opening the sentence: "With Trotsky expelled from the party in 1929, Stalin…" dates his expulsion.
      if (OBJECT_OF.has(terms[k] ?? '') && !(k === 0 && terms[k] === 'with')) continue;
      const between = terms.slice(end + 1, y.preposition);
      // Where it happened may stand between, after "to", "at" or "from" ("exiled to Siberia in 1925"): two words at most,
      // and no figure ("rising to 40% in 1940" dates the figure).
      const place = between.findIndex((t) => PLACE.has(t));
      const foreign = (t: string, at: number) => isContentTerm(t) && !own.has(dateTerm(t)) && !(place >= 0 && at > place && /^[a-z]/.test(t));
      const placeWords = place < 0 ? 0 : between.slice(place + 1).filter((t) => isContentTerm(t) && !own.has(dateTerm(t))).length;
      if (between.length <= 8 && placeWords <= 2 && between.every((t, at) => t === '' || (!CLAUSE_WORDS.has(t) && !NEW_SUBJECT.has(t) && !foreign(t, at)))) return y;
    } else if (y.at < start) {
      const opens = y.preposition === 0 || OPENERS.has(terms[y.preposition - 1] ?? '');
      const between = terms.slice(y.at + 1, start);
      if (opens && between.length <= 3 && between.every((t) => !isContentTerm(t) && !CLAUSE_WORDS.has(t))) return y;
    }
  }
  return undefined;
}

/** Where the thing's words stand together in the sentence (at least `need` of them within a few words), or null. */
export function thingSpan(thing: ReadonlySet<string>, need: number, terms: readonly string[]): { start: number; end: number } | null {
  const hits = terms.flatMap((t, at) => (thing.has(dateTerm(t)) ? [{ at, term: dateTerm(t) }] : []));
  for (let i = 0; i < hits.length; i++) {
    const seen = new Set<string>();
    for (let j = i; j < hits.length; j++) {
      const a = hits[i];
      const b = hits[j];
      if (!a || !b || b.at - a.at > 6 || terms.slice(a.at, b.at).some((t) => CLAUSE_WORDS.has(t) && t !== 'and')) break;
      seen.add(b.term);
      if (seen.size >= need) return { start: a.at, end: b.at };
    }
  }
  return null;
}

/** Words that put a dated fact inside a period: "Stalin abandons the NEP during the grain procurement crisis". */
const WITHIN = /\b(?:during|amid|throughout)\s+([^,;:()]+)/i;

/**
 * The period a dated fact's text puts it in, as written ("the grain procurement crisis"), or undefined. The fact
 * happened at some time in it, so any year of the period is a right year for the fact.
 */
export function periodOf(text: string): string | undefined {
  return WITHIN.exec(text)?.[1]?.trim();
}

/**
 * The years a sentence's terms give a thing (all of its words, together) as its date, written as one: "the grain
 * procurement crisis of 1927–28", "In 1927 the war scare…"; none when the sentence does not date it.
 */
export function datesGiven(thing: ReadonlySet<string>, terms: readonly string[], course: CourseYears): readonly number[] {
  const span = thing.size > 0 ? thingSpan(thing, thing.size, terms) : null;
  return (span && yearOf(terms, span.start, span.end, thing, course, QUESTION_DATING)?.years) ?? [];
}

/** Words before a verb that make it what was meant to happen ("ordered to be completed", "promise not to attack"). */
const MEANT: readonly (readonly string[])[] = [['to', 'be'], ['not', 'to']];

/**
 * The words of a dated fact's text that say what happened: those written in lower case ("is shot dead", "replaces"),
 * and its first word unless a name starts it ("Triumvirate of…", not "Sergei Kirov…"), as the marker reads them.
 */
export function eventWords(text: string, termsOf: (text: string) => readonly string[], isPerson: (term: string) => boolean): Set<string> {
  const words = text.split(/\s+/);
  const named = /^[A-Z]/.test(words[1] ?? '');
  // What was meant to happen is not what happened: "ordered to be completed in four years" (December 1929) dates the
  // order, not the plan's completion, and "promise not to attack" no attack.
  const meant = (i: number) => MEANT.some((run) => run.every((w, k) => (words[i - run.length + k] ?? '').toLowerCase() === w));
  const kept = words.filter((w, i) => (/^[a-z]/.test(w) || (i === 0 && !named)) && !meant(i));
  // A preposition says nothing happened ("under way"): "under Lenin in 1921" is no date of his death.
  return new Set(termsOf(kept.join(' ')).filter((t) => isContentTerm(t) && !isPerson(t) && !OBJECT_OF.has(t)).map(dateTerm));
}

/**
 * The words of a dated fact's text that say what someone was made, not what happened: the word after "as" (and its "a"
 * or "the"), as the marker reads it ("replaces Yagoda as head of the NKVD": "head"). "Yezhov was head of the NKVD in
 * 1937" states no replacing, so such a word alone does not state the fact (see wrongDateIn).
 */
export function roleWords(text: string, termsOf: (text: string) => readonly string[]): Set<string> {
  const words = text.replace(/\s*\([^)]*\)$/, '').split(/\s+/);
  const out = new Set<string>();
  words.forEach((w, i) => {
    let k = i - 1;
    while (k >= 0 && /^(?:a|an|the)$/i.test(words[k] ?? '')) k--;
    if (k >= 0 && (words[k] ?? '').toLowerCase() === 'as' && !/^(?:a|an|the)$/i.test(w)) for (const t of termsOf(w)) out.add(dateTerm(t));
  });
  return out;
}

/** Words of the question's kind, never the thing a prompt dates ("Describe two consequences of…"). */
const KIND_WORDS: ReadonlySet<string> = new Set(['describ', 'two', 'consequ', 'effect', 'explain', 'why', 'account', 'how', 'far', 'agre', 'success', 'import', 'result', 'reason', 'write', 'featur', 'way', 'ussr', 'soviet']);

/**
 * What a prompt dates with "in" or "of" and one year ("the murder of Kirov in December 1934", "Lenin introduced the
 * NEP in 1921"): the (up to three) words that say it, as the marker reads them, its years and its words as written.
 */
export function promptDate(prompt: string, termsOf: (text: string) => readonly string[]): { terms: ReadonlySet<string>; years: readonly number[]; text: string } | null {
  const words = prompt.replace(/[.?!"']+$/g, '').replace(/^['"]/, '').split(/\s+/);
  const at = words.findIndex((w) => /^1[89]\d\d$/.test(w.replace(/[^\d]/g, '')) && !/\d[–-]/.test(w));
  if (at < 1) return null;
  let p = at - 1;
  while (p >= 0 && MONTHS.includes((words[p] ?? '').toLowerCase())) p--;
  if (!/^(in|of)$/i.test(words[p] ?? '')) return null;
  const terms: string[] = [];
  let start = p;
  for (let k = p - 1; k >= 0 && terms.length < 3; k--) {
    const found = termsOf(words[k] ?? '').filter(isContentTerm).map(dateTerm);
    if (found.some((t) => KIND_WORDS.has(t))) break;
    if (found.length > 0) {
      terms.push(...found);
      start = k;
    }
  }
  if (new Set(terms).size < 2) return null;
  if (/^the$/i.test(words[start - 1] ?? '')) start--;
  return { terms: new Set(terms), years: yearsOf(words[at] ?? ''), text: words.slice(start, at + 1).join(' ') };
}
