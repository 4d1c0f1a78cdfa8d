// Names and school details taken out of what a student typed, before the missed-questions list keeps it
// (src/missed/missed-questions.ts takes out mentions, e-mail addresses and phone numbers as well). Students
// name classmates and teachers ("how do I tell Mr Khan that Priya Sharma…"), themselves ("my name is…") and
// their school ("St Mary's", "year 9", "10B"); the teacher's list needs the question, not who asked it.
//
// A word is kept when the fact base uses it (its people, terms and places: every word of knowledge/, a form of
// one or a slip of one: "Leninists", "Stailn"), when it is everyday English (SCOWL's lists,
// src/matching/everyday-words.ts), a slip, compound or abbreviation of it ("diff"), or a short lower-case word ("etc", "af"). Any
// other word is taken for a name. So is a capitalised word inside a sentence that the fact base does not use,
// unless the text is in title case ("Why Did the Great Purges Take Place?", judged by its little words, so the
// names in it cannot make it look so), where capitals say nothing; the word after a title (Mr, Mrs, Miss, Dr,
// "miss" before a word no one else would write in lower case) or "my name is", whatever it is; the word after
// "my friend", "tell", "ask" or "from" that only a name would be ("my friend tom", "tell Rose": an everyday word
// the fact base uses only in lower case is none of its names); and a word next to a name that is only a slip of
// everyday English ("priya" beside "sharma") or a capitalised word ("Grace Hill"). But what a question asks about
// ("who was Mikoyan?", "what does zapodrasty mean?") stays: a figure or a word the notes lack is what the list is for.
// Names it does not spot stay (a first name that is also a word, in lower case: "ask will about…").
import type { KnowledgeBase } from '../knowledge/schema.js';
import { everydayWords, slipOfEverydayWord } from '../matching/everyday-words.js';
import { normaliseText } from '../matching/normalise.js';
import { QUESTION_WORDS, STOPWORDS, typoAllowance, typoDistance } from '../matching/vocabulary.js';
import { MISSED_QUESTION_LENGTH, redactPersonalData, sortMissed, type MissedQuestion, type MissedQuestions } from './missed-questions.js';

export const NAME_MARK = '[name]';
export const SCHOOL_MARK = '[school]';

/** Takes names and school details out of a text; the same text always gives the same result. */
export type NameRedactor = (text: string) => string;

/**
 * The fact base's words, as normaliseText spells them: every word its texts, names and vocabulary use; and of
 * them its proper nouns: the words of its people's and terms' names and of its vocabulary's names, and every
 * word it writes with a capital inside a sentence ("the Great Terror", "Gareth Jones"). An everyday word the
 * fact base uses only in lower case ("rose", "hope", "leader") is no name of the course's: with a capital
 * inside a student's sentence, in a name's place ("tell Rose"), it is someone's.
 */
export function factBaseWords(kb: KnowledgeBase): { readonly words: Set<string>; readonly proper: Set<string> } {
  const words = new Set<string>();
  const proper = new Set<string>();
  const add = (text: string, into: Set<string>) => {
    for (const w of normaliseText(text).split(' ')) if (w) into.add(w);
  };
  eachText(kb, (text) => {
    add(text, words);
    // A book's title in quotes ("'Hope Against Hope'") names no one: its capitals are the title's.
    const named = text.replace(QUOTED_TITLE, (t) => ' '.repeat(t.length));
    if (/\p{Lu}/u.test(named))
      for (const m of named.matchAll(CAPITALISED)) if (m[0] !== 'I' && !opensSentence(text, m.index)) add(m[0].replace(SUFFIX, ''), proper);
  });
  for (const p of kb.people) for (const name of [p.name, ...p.aliases]) add(name, proper);
  for (const t of kb.terms) for (const name of [t.term, ...t.aliases]) add(name, proper);
  for (const p of kb.pronunciations) add(p.word, proper);
  const v = kb.vocabulary;
  for (const w of [...v.offCourseWords, ...v.sharedNames, ...v.centralNames, ...v.synonyms.flatMap((s) => [s.means, ...s.words])]) proper.add(w);
  return { words, proper };
}

/** A title in single quotes, as the fact base writes books ("author of 'Bloodlands'"): not an apostrophe inside a word. */
const QUOTED_TITLE = /(?<![\p{L}\p{M}])'[^'\n]+'(?![\p{L}\p{M}])/gu;
/** A word with a capital, as WORD finds words. */
const CAPITALISED = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*(?:['’][\p{L}\p{M}]+)*(?![\p{N}])/gu;

/**
 * The first names of the fact base's people that are no one's surname ("joseph", "henry" of Henry Yagoda): after
 * "tell", "ask", "from", a classmate's more likely than theirs; and the words that name a person, a term or
 * another subject by themselves ("stalin", "kulak", "hitler"), which "tell Stalin" or "from Lenin" keeps.
 */
function courseNameWords(kb: KnowledgeBase): { readonly firstNames: Set<string>; readonly surnames: Set<string> } {
  const first = new Set<string>();
  const surnames = new Set<string>();
  for (const p of kb.people)
    for (const name of [p.name, ...p.aliases]) {
      const words = normaliseText(name).split(' ').filter(Boolean);
      words.forEach((w, i) => (i === 0 && words.length > 1 ? first : surnames).add(w));
    }
  for (const t of kb.terms) for (const n of [t.term, ...t.aliases]) for (const w of normaliseText(n).split(' ')) surnames.add(w);
  const v = kb.vocabulary;
  for (const w of [...v.offCourseWords, ...v.sharedNames, ...v.centralNames]) surnames.add(w);
  return { firstNames: new Set([...first].filter((w) => !surnames.has(w))), surnames };
}

/** Every string of the fact base. */
function eachText(value: unknown, read: (text: string) => void): void {
  if (typeof value === 'string') read(value);
  else if (Array.isArray(value)) for (const v of value) eachText(v, read);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) eachText(v, read);
}

/** Titles before a person's name; "Miss" and "Sir" count only with a capital ("did they miss the…", "yes sir"), or see LOWER_TITLE. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'miss', 'sir']);
const ALWAYS_TITLE = /^(mr|mrs|ms|mx|dr)$/i;
/** "miss" in lower case, a title before a word that is no everyday one ("miss jones", not "did they miss the signs"). */
const LOWER_TITLE = /^miss$/;
/** Words a classmate's name follows: "my friend tom", "my mate Jake", "tell Rose", "ask George", "from Priya". */
const INTRODUCES = /^(?:friend|mate|bestie|tell|ask|from)$/i;
/** A quotation inside a sentence: 'Two Sides of the Same Coin', "…", ‘…’, “…”. */
const QUOTED = /(?<![\p{L}\p{N}])['‘"“][^'‘’"“”\n]{3,}?['’"”](?!\p{L})/gu;
/** What follows a classmate's name: "Hope said…", "Rose thinks…". */
const REPORTS = /^(?:says|said|thinks|thought|reckons|wants|wanted|told|asked|asks|knows)$/i;
/** Instructions that open a question before a historian's name ("Compare Suny's view…"): not a first name. */
const INSTRUCTIONS = /^(?:compare|contrast|identify|justify|judge|read|list|name|state|summarize|analyze|use|using|according|quote|cite)$/i;
/**
 * What a question asks about ("who was Mikoyan", "what does zapodrasty mean", "what were the lishentsy"): a
 * figure or a word the notes may lack, which the teacher's list is there to show, not a classmate.
 */
const ASKED_ABOUT = /\b(?:(?:who|what)(?:['’]?s|\s+(?:is|was|are|were))|what\s+does|define|meaning\s+of|tell\s+me\s+about|what\s+happened\s+to)\s+(?:(?:a|an|the)\s+)?/gi;
/** The words of a name asked about: "who was Anastas Ivanovich Mikoyan". */
const ASKED_WORDS = 3;
/** What comes just before a student's own name. */
const OWN_NAME = /\b(?:my name is|my names|my name's|my name ?:|i am called|i'm called|im called|call me)\s*$/i;

/** "Year 9", "yr 10", "y11": a school year, not a year of the course ("in year 10 million died" stays). */
const SCHOOL_YEAR = /\b(?:year|yr|y)\s?(?:[7-9]|1[0-3])\b(?![\d,.]*\s*(?:million|thousand|billion|%|percent))/gi;
/** "St Mary's (school)", "St. John's": a saint's school or church. "St Petersburg" has no "'s". */
const SAINTS = /\b(?:st\.?|saint)\s+(\p{L}+)['’]s\b(?:\s+(?:(?:high|grammar|primary|secondary|catholic|church of england|c of e|ce)\s+)?(?:school|academy|college|church))?/giu;
/** A named school: "Oakwood Academy", "Kings High School". */
const SCHOOL_WORDS = /\b(\p{L}+)\s+(?:(?:high|grammar|primary|secondary|community|catholic|c of e)\s+)?(?:school|academy|college)\b/giu;
/** A form or class code: a school year 7–13 and a letter or two ("10B", "8c", "9X2"), not "10m", "9th" or "$10B". */
const FORM_CODE = /(?<![\p{L}\p{N}$£€.,])(?:[7-9]|1[0-3])(\p{L}{1,2})\d?(?![\p{L}\p{N}])/gu;
const ORDINALS = new Set(['s', 'th', 'st', 'nd', 'rd']);
const UNITS = new Set(['m', 'k', 'b', 'bn', 'mn', 'km', 'kg', 'cm', 'mm', 'ml', 'am', 'pm', 'x', 'h', 'hr', 'yr', 'ft', 'mi', 'g', 't']);

/** Endings of words made from another ("Leninists", "proletarianisation", "personhood"). */
const ENDINGS = /(?:s|es|ist|ists|ism|isms|ite|ites|isation|isations|ization|hood|ness|less|ian|ians|ing|ed|er|ers|ly)$/;

interface Token {
  readonly start: number;
  readonly end: number;
  /** The word as typed, without a possessive or a contraction ("Priya" of "Priya's"). */
  readonly typed: string;
  /** As normaliseText spells it. */
  readonly word: string;
  /** Typed with "'s": someone's ("Jake's answer"). */
  readonly possessive: boolean;
}

/** Letters (with apostrophes inside a word) that no digit touches: "th" of "17th" is no word. */
const WORD = /(?<![\p{L}\p{M}\p{N}])[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*(?![\p{N}])/gu;
const SUFFIX = /['’](?:s|t|re|ve|ll|d|m)$/i;

function tokens(text: string): Token[] {
  const found: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const typed = m[0].replace(SUFFIX, '');
    found.push({ start: m.index, end: m.index + typed.length, typed, word: normaliseText(typed), possessive: /['’]s$/i.test(m[0]) });
  }
  return found;
}

const hasCapital = (typed: string) => /^\p{Lu}/u.test(typed);
const allCapitals = (typed: string) => typed.length >= 2 && /^\p{Lu}+$/u.test(typed);
/**
 * Whether a word opens a sentence (or a list item, a quotation, or the text): only spaces, quotes and brackets
 * since the text's start, a new line, a bracket or quote, a stop, or a dash after a space. (Read back from the
 * word, so the fact base's long texts cost no more than their length.)
 */
function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  for (; i >= 0 && /[\s"'“‘(]/.test(text[i] ?? ''); i--) if (/[\n"“‘(]/.test(text[i] ?? '')) return true;
  if (i < 0) return true;
  const c = text[i] ?? '';
  return /[.?!:;()[\]"“”‘’]/.test(c) || (c === '-' && /\s/.test(text[i - 1] ?? ''));
}
/** Only spaces between two words: they may be one name ("Priya Sharma"). */
const together = (text: string, a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));

/**
 * What a word is: a little word (or a title, or a number); the fact base's; everyday English; a slip or an
 * abbreviation of everyday English, which may be a name too ("aimed" is a slip away from "Ahmed"); or none of these.
 */
type Kind = 'plain' | 'course' | 'everyday' | 'slip' | 'unknown';
const KINDS_REMEMBERED = 20_000;

/**
 * The redactor for a fact base. Its word lists are built on the first text it reads (under a second: the
 * everyday lists and every word of the fact base), not when the tutor starts.
 */
export function createNameRedactor(kb: KnowledgeBase): NameRedactor {
  let built: NameRedactor | undefined;
  return (text) => (built ??= buildRedactor(kb))(text);
}

/**
 * Missed questions recorded with names and school details taken out first (as well as mentions, e-mail
 * addresses and phone numbers, which are taken out before the names so that "jake.smith@…" goes whole).
 */
export function withNamesRedacted(missed: MissedQuestions, redact: NameRedactor): MissedQuestions {
  return {
    record: (guildId, question, at, entryId, after) => missed.record(guildId, redact(redactPersonalData(question)), at, entryId, after),
    list: (guildId) => missed.list(guildId),
    remove: (guildId, which) => missed.remove(guildId, which),
  };
}

/**
 * A server's stored missed questions as the redactor would record them now: entries kept before it ran, or
 * before it spotted what it spots now, lose their names and school details, and entries that become the same
 * question (as the list counts them: src/missed/missed-questions.ts) are merged, their counts added and the
 * latest time kept. Undefined when nothing changes, so nothing need be written.
 */
export function redactStoredMissed(list: readonly MissedQuestion[], redact: NameRedactor): MissedQuestion[] | undefined {
  const merged = new Map<string, MissedQuestion>();
  let changed = false;
  for (const m of list) {
    const question = redact(redactPersonalData(m.question)).slice(0, MISSED_QUESTION_LENGTH);
    if (question !== m.question) changed = true;
    const key = JSON.stringify([normaliseText(question), m.entryId ?? null, m.after ?? null]);
    const same = merged.get(key);
    if (same === undefined) {
      merged.set(key, { ...m, question });
      continue;
    }
    changed = true;
    merged.set(key, { ...same, count: same.count + m.count, lastAsked: same.lastAsked > m.lastAsked ? same.lastAsked : m.lastAsked });
  }
  return changed ? sortMissed([...merged.values()]) : undefined;
}

function buildRedactor(kb: KnowledgeBase): NameRedactor {
  const { all: everyday, common } = everydayWords();
  // Every word of the fact base is kept as typed, but where a name goes ("tell Rose", "Hope said"), one it
  // writes only in lower case is taken for someone's.
  const { words: course, proper } = factBaseWords(kb);
  /** An everyday word the fact base uses only in lower case ("rose", "hope", "leader"): no name of the course's. */
  const lowerCaseOnly = (w: string) => course.has(w) && everyday.has(w) && !proper.has(w);
  const { firstNames, surnames } = courseNameWords(kb);
  // Names of the course no everyday word spells ("kirov", "zinoviev"), which a slip may stand for ("zinovev").
  const courseNames = [...course].filter((w) => w.length >= 5 && !everyday.has(w) && !/\d/.test(w));
  const slipOfCourseName = (w: string) => {
    const allowed = typoAllowance(w.length);
    return allowed > 0 && courseNames.some((n) => Math.abs(n.length - w.length) <= allowed && typoDistance(w, n, allowed) <= allowed);
  };
  /** A word made from one of `words` by an ending ("nkvds", "leninists"). */
  const madeFrom = (w: string, words: ReadonlySet<string>) => {
    const m = ENDINGS.exec(w);
    return m !== null && m.index >= 3 && (words.has(w.slice(0, m.index)) || words.has(w.slice(0, m.index) + 'e'));
  };
  const isEveryday = (w: string) => everyday.has(w) || madeFrom(w, everyday);
  /** Two words run together ("inukraine", "icepick"): each the fact base's or everyday English. */
  const compound = (w: string) => {
    for (let i = 2; i <= w.length - 3; i++) {
      const [a, b] = [w.slice(0, i), w.slice(i)];
      if ((course.has(a) || common.has(a)) && (course.has(b) || isEveryday(b) || slipOfEverydayWord(b))) return true;
    }
    return false;
  };
  // Every word kept, in order, for abbreviations: "diff", "govt", "indus" begin a longer one.
  const sorted = [...new Set([...everyday, ...course])].sort();
  const abbreviates = (w: string) => {
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((sorted[mid] ?? '') < w) low = mid + 1;
      else high = mid;
    }
    return [sorted[low], sorted[low + 1]].some((longer) => longer !== undefined && longer !== w && longer.startsWith(w));
  };
  const kinds = new Map<string, Kind>();
  const kindOf = (w: string): Kind => {
    let kind = kinds.get(w);
    if (kind === undefined) {
      kind =
        STOPWORDS.has(w) || QUESTION_WORDS.has(w) || TITLES.has(w) || /\d/.test(w)
          ? 'plain'
          : course.has(w) || madeFrom(w, course) || slipOfCourseName(w)
            ? 'course'
            : isEveryday(w) || compound(w)
              ? 'everyday'
              : slipOfEverydayWord(w) || abbreviates(w)
                ? 'slip'
                : 'unknown';
      // Words seen are remembered, up to a bound: a long-running tutor meets new ones every day.
      if (kinds.size >= KINDS_REMEMBERED) kinds.clear();
      kinds.set(w, kind);
    }
    return kind;
  };
  /** A word that, typed in lower case, is more likely a name than a word: none of the course's, nor core English ("tom", "jake"). */
  const rareLowerCase = (w: string) => {
    const kind = kindOf(w);
    return kind !== 'plain' && kind !== 'course' && !common.has(w);
  };

  /**
   * A capitalised word after "tell", "ask", "my friend" or "from": a name, unless it names the course's own
   * ("tell Stalin", "from Lenin"); after "from", no place the fact base names either ("ask George", "from Georgia").
   */
  const named = (before: Token, t: Token, kind: Kind) =>
    kind !== 'course' || lowerCaseOnly(t.word) || firstNames.has(t.word) || (!/^from$/i.test(before.typed) && !surnames.has(t.word) && !madeFrom(t.word, surnames));

  return (text) => {
    let out = text.replace(SAINTS, (all, saint: string) => (course.has(normaliseText(saint)) ? all : SCHOOL_MARK));
    out = out.replace(SCHOOL_WORDS, (all, name: string) => {
      const w = normaliseText(name);
      const kind = kindOf(w);
      // "Oakwood Academy", "oakwood academy": a school; "the military academy", "high school" are none.
      return kind === 'plain' || kind === 'course' || (kind === 'everyday' && !hasCapital(name) && common.has(w)) ? all : SCHOOL_MARK;
    });
    out = out.replace(SCHOOL_YEAR, SCHOOL_MARK);
    const list = tokens(out).filter((t) => t.word !== '' && !t.word.includes(' '));
    // A text typed all in capitals has no acronyms to tell apart; in one that is not, "RAPM" is one.
    const shouting = !/\p{Ll}/u.test(out);
    const starts = list.map((t, i) => i === 0 || opensSentence(out, t.start));
    const everydayWord = (t: Token) => kindOf(t.word) !== 'plain' && everyday.has(t.word);
    const wholeTitleCase = inTitleCase(list.filter((t, i) => !starts[i]), everydayWord);
    // A title quoted in title case inside a sentence ("…considered to be 'Two Sides of the Same Coin'?").
    const quotedTitles = new Set<Token>();
    for (const m of out.matchAll(QUOTED)) {
      const inside = list.filter((t) => t.start > m.index && t.end < m.index + m[0].length);
      if (inTitleCase(inside.slice(1), everydayWord)) for (const t of inside) quotedTitles.add(t);
    }
    const titleCaseAt = (t: Token) => wholeTitleCase || quotedTitles.has(t);
    const asked = new Set<Token>();
    for (const m of out.matchAll(ASKED_ABOUT)) {
      let at = list.findIndex((t) => t.start === m.index + m[0].length);
      for (let n = 0; at >= 0 && n < ASKED_WORDS; n++, at++) {
        const t = list[at];
        // Not someone's: "what was Jake's answer" asks about the answer.
        if (!t || t.possessive || kindOf(t.word) === 'plain' || (n > 0 && !together(out, list[at - 1] ?? t, t))) break;
        asked.add(t);
      }
    }
    const names = new Set<Token>();
    list.forEach((t, i) => {
      const kind = kindOf(t.word);
      const before = list[i - 1];
      const after = list[i + 1];
      const follows = before !== undefined && /^[\s.]*$/.test(out.slice(before.end, t.start));
      // "Mr Khan", "miss jones", "my name is Jake": whatever the word is (but not "Mr and Mrs", nor "did they miss the signs").
      const afterTitle =
        follows && (ALWAYS_TITLE.test(before.typed) || (TITLES.has(before.word) && (hasCapital(before.typed) || (LOWER_TITLE.test(before.typed) && kind !== 'plain' && !common.has(t.word)))));
      if ((afterTitle || OWN_NAME.test(out.slice(0, t.start))) && kind !== 'plain') return void names.add(t);
      if (kind === 'plain' || asked.has(t) || (allCapitals(t.typed) && !shouting)) return;
      // Where a classmate is named: "my friend tom", "tell Rose", "ask George" (a first name of the course's people
      // is more likely a classmate's there), "Hope said…".
      const introduced = follows && INTRODUCES.test(before.typed);
      const reports = after !== undefined && together(out, t, after) && REPORTS.test(after.typed);
      if (introduced && (hasCapital(t.typed) ? named(before, t, kind) : rareLowerCase(t.word))) return void names.add(t);
      if (reports && hasCapital(t.typed) && !starts[i] && lowerCaseOnly(t.word)) return void names.add(t);
      if (kind === 'course') return;
      // A capital inside a sentence, where the text is not in title case: a name the fact base does not use ("Smith").
      if (hasCapital(t.typed) && !starts[i] && !titleCaseAt(t)) return void names.add(t);
      // Not a word anyone would take for one; a short lower-case word is more likely an abbreviation ("etc", "mks").
      if (kind === 'unknown' && (t.word.length >= 4 || hasCapital(t.typed))) names.add(t);
    });
    // "Tom Jones…": a rarer word opening a sentence with a capital, and the capitalised word after it, are a name.
    list.forEach((t, i) => {
      const next = list[i + 1];
      const kind = kindOf(t.word);
      if (!starts[i] || !next || !hasCapital(t.typed) || !hasCapital(next.typed) || !together(out, t, next) || titleCaseAt(t) || asked.has(t)) return;
      if (kind !== 'plain' && kind !== 'course' && !common.has(t.word) && kindOf(next.word) !== 'plain') names.add(t);
    });
    // Next to a name: the capitalised next word ("Jake Smith"), and a slip or a short word either side ("priya sharma").
    for (const [i, t] of list.entries()) {
      const before = list[i - 1];
      if (names.has(t) || asked.has(t) || !before || !names.has(before) || !together(out, before, t) || kindOf(t.word) === 'plain') continue;
      if (hasCapital(t.typed) || kindOf(t.word) === 'slip' || kindOf(t.word) === 'unknown') names.add(t);
    }
    // Before one: a slip or an unknown word ("priya sharma"), and the capitalised word opening a sentence ("Grace [Hill] wants…").
    for (let i = list.length - 2; i >= 0; i--) {
      const [t, after] = [list[i], list[i + 1]];
      if (!t || !after || names.has(t) || asked.has(t) || !names.has(after) || !together(out, t, after)) continue;
      const kind = kindOf(t.word);
      const capitalOfName = hasCapital(t.typed) && hasCapital(after.typed) && (starts[i] || !titleCaseAt(t)) && !INSTRUCTIONS.test(t.typed);
      if (kind === 'slip' || kind === 'unknown' || (capitalOfName && (kind === 'everyday' || (everyday.has(t.word) && !proper.has(t.word))))) names.add(t);
    }
    let result = '';
    let at = 0;
    for (const t of list) {
      if (!names.has(t)) continue;
      result += out.slice(at, t.start) + NAME_MARK;
      at = t.end;
    }
    return (result + out.slice(at)).replace(FORM_CODE, (code, letters: string) => {
      // "10B" is a form; "10b", "10m", "20s" may be amounts or decades, so only letters no amount uses count.
      const lower = letters.toLowerCase();
      return !ORDINALS.has(lower) && (/^\p{Lu}+$/u.test(letters) || !UNITS.has(lower)) ? SCHOOL_MARK : code;
    });
  };
}

/** Little words title case leaves in lower case ("Why Did the Purges Take Place in 1937"). */
const MINOR_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'into', 'onto', 'as', 'and', 'or', 'but', 'nor', 'so', 'if', 'than', 'up', 'via', 'vs']);

/**
 * Whether a text is in title case ("Why Did the Great Purges Take Place?"), where capitals say nothing, from the
 * little words inside its sentences ("did", "was", "how"), which no one capitalises but in title case: a name
 * ("asking for Harry Potter") cannot make a text look like one. Without any, from its everyday words.
 */
function inTitleCase(inner: readonly Token[], everydayWord: (t: Token) => boolean): boolean {
  // "I" has a capital in any sentence.
  const little = inner.filter((t) => (STOPWORDS.has(t.word) || QUESTION_WORDS.has(t.word)) && t.word !== 'i');
  const major = little.filter((t) => !MINOR_WORDS.has(t.word));
  const capitalised = (ts: readonly Token[]) => ts.filter((t) => hasCapital(t.typed)).length * 2 > ts.length;
  if (major.length > 0) return capitalised(major);
  // Only "the", "of", "and": capitalised, the text is in start case ("The Rise Of Stalin"); in lower case, they say nothing.
  if (little.some((t) => hasCapital(t.typed))) return capitalised(little);
  const words = inner.filter(everydayWord);
  return words.length >= 2 && capitalised(words);
}
