// People's names that are everyday English words ("Ward", "Pipes", "Service", "Maxim", "Iron Felix"): such a
// word names its person only when the question shows it means them, so "what is a hospital ward" is not a
// question about the historian Chris Ward. Which words these are is read from the people's cards and the
// everyday word list (src/matching/everyday-words.ts) when the index is built; which entries use one only as the
// name, the first time a question has it.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { EverydayWords } from './everyday-words.js';
import { escapeRegExp, normaliseText } from './normalise.js';
import { entryWords, isContentTerm, STOPWORDS, type EntryWords } from './vocabulary.js';

export interface NameWordsInput {
  readonly entries: readonly AnswerEntry[];
  /** Whether an entry uses a term (in its phrasings or its answer). */
  readonly uses: (id: string, term: string) => boolean;
  readonly everyday: EverydayWords;
  /** Typed words into terms, as the index reads them (spelling corrected, synonyms, stems). */
  readonly termsOf: (words: readonly string[]) => string[];
  /** A text as the exact-match test reads it, less "who was" ("who is Ward?" as "ward"; "what is a viola" as "what was viola"). */
  readonly keyOf: (text: string) => string;
  /** The person cards of those who wrote history, with their books' titles: words of history writing, or a book of theirs, show that their names are meant. */
  readonly historians: ReadonlyMap<string, readonly string[]>;
  /** The terms of history writing ("historian", "argue", "view"). */
  readonly historyTerms: ReadonlySet<string>;
}

export interface NameWords {
  /**
   * The terms of a question that are everyday words of someone's name used in their everyday sense: the question
   * gives no sign that it means the person. `terms` are all the question's terms; `asName` its exact-match key.
   */
  unmeant(query: string, terms: ReadonlySet<string>, asName: string): ReadonlySet<string>;
  /** The entries that use a term only as someone's name: an unmeant term is no part of them. */
  blinded(term: string): ReadonlySet<string> | undefined;
  /** How many entries use a term in its everyday sense (not only as a name). */
  everydayUses(term: string): number;
}

interface Person {
  readonly id: string;
  /** Each name's content terms (initials left out). */
  readonly names: readonly (readonly string[])[];
  /** Each name as normalised text, for finding it inside an entry's text. */
  readonly phrases: readonly string[];
  /** Each name's exact-match key, and the surname's. */
  readonly keys: ReadonlySet<string>;
  /** A historian's books, each as its content terms. */
  readonly books: readonly (readonly string[])[];
}

interface NameWord {
  readonly people: readonly Person[];
  /**
   * A word of a person's own name or of a one-word alias ("Ward", "Maxim", "Conquest"), which a capital shows is
   * meant; not a word of a descriptive alias ("Iron Felix", "Lenin's wife"), whose capital shows nothing.
   */
  readonly proper: boolean;
}

const NONE: ReadonlySet<string> = new Set();
/** A capitalised word ("Ward", "Pipes's"), as typed. */
const CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}\p{Ll}+(?:['’]s?)?(?![\p{L}\p{N}])/gu;
/** The end of the text before a word that starts a sentence, a quotation ("‘Pipes were…’") or a line of a list ("- Ward…"). */
const SENTENCE_START = /(?:[.!?:;"“‘(]|(?:^|\n)\s*[-–—•*])$/;

export function createNameWords(input: NameWordsInput): NameWords {
  const { entries, everyday, termsOf, keyOf, historians, historyTerms } = input;
  const contentOf = (words: readonly string[]) => termsOf(words).filter((t) => isContentTerm(t) && t.length > 1);
  const wordTerms = new Map<string, string | undefined>();
  const termOfWord = (word: string): string | undefined => {
    if (!wordTerms.has(word)) wordTerms.set(word, contentOf(normaliseText(word).split(' ').filter(Boolean))[0]);
    return wordTerms.get(word);
  };

  const byTerm = new Map<string, { people: Person[]; proper: boolean }>();
  const people = new Map<string, Person>();
  const isNameWord = (w: string) => w.length > 1 && !STOPWORDS.has(w) && !/\d/.test(w) && everyday.all.has(w);
  for (const e of entries) {
    if (e.kind !== 'person' || !e.names?.length) continue;
    const normalised = e.names.map((n) => normaliseText(n));
    // Only those with a name word, and historians (whose names show that another historian's is meant), are read further.
    if (!historians.has(e.id) && !normalised.some((n) => n.split(' ').some(isNameWord))) continue;
    const names = normalised.map((n) => [...new Set(contentOf(n.split(' ')))]);
    const person: Person = {
      id: e.id,
      names: names.filter((n) => n.length > 0),
      phrases: [...new Set(normalised.filter((n) => n.split(' ').length > 1))],
      // "Who was Pipes": the surname alone asks for the person as the whole name does.
      keys: new Set([...e.names.map(keyOf), keyOf(normalised[0]?.split(' ').at(-1) ?? '')]),
      books: (historians.get(e.id) ?? []).map((b) => [...new Set(contentOf(normaliseText(b).split(' ')))]).filter((b) => b.length > 1),
    };
    people.set(e.id, person);
    // The words of the person's own name, and of aliases of one word but for initials ("C. Ward"), are proper names.
    const proper = new Set(normalised.flatMap((n, i) => (i === 0 || names[i]?.length === 1 ? n.split(' ') : [])));
    for (const n of normalised)
      for (const w of n.split(' ')) {
        if (!isNameWord(w)) continue;
        const t = termOfWord(w);
        if (!t) continue;
        const known = byTerm.get(t) ?? { people: [], proper: false };
        if (!known.people.includes(person)) known.people.push(person);
        known.proper ||= proper.has(w);
        byTerm.set(t, known);
      }
  }
  const nameWords: ReadonlyMap<string, NameWord> = byTerm;

  // The historians' names that are no everyday word ("Getty", "Robert Conquest"), for "compare Conquest and Getty".
  const historianNames = [...people.values()]
    .filter((p) => historians.has(p.id))
    .flatMap((p) => p.names.filter((n) => n.length > 1 || !nameWords.has(n[0] as string)).map((terms) => ({ id: p.id, terms })));

  /** Whether the words around it show the term is someone's name: another of their names, words of history writing, or the name asked alone. */
  const signalled = (t: string, word: NameWord, terms: ReadonlySet<string>, asName: string) =>
    word.people.some((p) => {
      // "Richard Pipes", "Iron Felix", "was Voroshilov a marshal": the person is named otherwise too.
      if (p.names.some((n) => !(n.length === 1 && n[0] === t) && n.every((x) => terms.has(x)))) return true;
      // "Pipes" or "who was Ward" alone.
      if (p.keys.has(asName)) return true;
      if (!historians.has(p.id)) return false;
      // "what did Ward argue", "Conquest's view", "harvest of sorrow conquest", "compare Conquest and Getty".
      for (const x of terms) if (historyTerms.has(x)) return true;
      if (p.books.some((b) => b.every((x) => terms.has(x)))) return true;
      return historianNames.some((h) => h.id !== p.id && !word.people.some((q) => q.id === h.id) && h.terms.every((x) => terms.has(x)));
    });

  /** The terms of name words capitalised in the middle of a sentence of a question that is not all capitals ("what did Ward argue"). */
  const capitalisedTerms = (text: string): Set<string> => {
    const found = new Set<string>();
    // A question typed all in capitals or with every word capitalised shows nothing by its capitals.
    if (!/(?<![\p{L}\p{N}'’])\p{Ll}/u.test(text)) return found;
    for (const m of text.matchAll(CAPITALISED)) {
      const before = text.slice(0, m.index).trimEnd();
      // The first word of a sentence, a quotation or a list's line is capitalised whatever it is.
      if (before === '' || SENTENCE_START.test(before)) continue;
      const t = termOfWord(m[0]);
      if (t && nameWords.get(t)?.proper) found.add(t);
    }
    return found;
  };

  // Each name word's people's names of two words or more, as one pattern: a use inside one is a use as the name.
  const within = new Map<string, RegExp>();
  for (const [t, word] of nameWords) {
    const phrases = [...new Set(word.people.flatMap((p) => p.phrases))];
    if (phrases.length) within.set(t, new RegExp(`\\b(?:${phrases.map(escapeRegExp).join('|')})\\b`, 'g'));
  }
  // Word by word, each word's term looked up once, and only for words that begin as a name word's term does (a stem
  // keeps its word's first letters): stemming every word of the answers again is slow.
  const starts = new Set([...nameWords.keys()].map((t) => t.slice(0, 3)));
  const timesTyped = (typed: readonly string[], t: string) => typed.reduce((n, w) => n + (starts.has(w.slice(0, 3)) && termOfWord(w) === t ? 1 : 0), 0);

  /**
   * Whether the entry uses the word only as the name. Its question and answer are written with capitals: there a use
   * inside one of the person's names of two words or more, or capitalised, is the name ("Ward urged readers"), a use in
   * lower case ("a hospital ward") is not; a word of a descriptive alias used outside the alias ("President" in a
   * card's summary) is not either. Only when neither uses the word are its phrasings read, as a question would be.
   */
  const usesOnlyAsName = (e: AnswerEntry, words: EntryWords, t: string, word: NameWord): boolean => {
    const pattern = within.get(t);
    // How many of the words are the term, outside the person's longer names ("Chris Ward") when `outside`.
    const timesUsed = (typed: readonly string[], outside: boolean) => {
      const n = timesTyped(typed, t);
      if (n === 0 || !outside || !pattern) return n;
      const text = typed.join(' ');
      pattern.lastIndex = 0;
      return pattern.test(text) ? timesTyped(text.replace(pattern, ' ').split(' '), t) : n;
    };
    let written = false;
    for (const [text, typed] of [[e.question, words.question], [e.answer, words.answer]] as const) {
      if (timesUsed(typed, false) === 0) continue;
      written = true;
      if (timesUsed(typed, true) === 0) continue;
      if (!word.proper) return false;
      // Written in lower case anywhere ("a hospital ward"): the everyday word.
      const forms = [...new Set(typed.filter((w) => termOfWord(w) === t))];
      if (new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u').test(text)) return false;
    }
    if (written) return true;
    for (const typed of words.phrasings) if (timesUsed(typed, true) > 0 && !signalled(t, word, new Set(termsOf(typed)), keyOf(typed.join(' ')))) return false;
    return true;
  };

  // The entries that use a name word only as a name, and how many use it in its everyday sense: worked out the first
  // time a question has the word (few questions have any), not for every word whenever the index is built.
  const usesByTerm = new Map<string, { readonly blinded: ReadonlySet<string>; readonly everyday: number }>();
  const usesOf = (t: string, word: NameWord) => {
    let found = usesByTerm.get(t);
    if (!found) {
      const blinded = new Set<string>();
      let everyday = 0;
      for (const e of entries) {
        if (!input.uses(e.id, t)) continue;
        if (usesOnlyAsName(e, entryWords(e), t, word)) blinded.add(e.id);
        else everyday++;
      }
      usesByTerm.set(t, (found = { blinded, everyday }));
    }
    return found;
  };

  return {
    unmeant(query, terms, asName) {
      let found: Set<string> | undefined;
      let capitals: Set<string> | undefined;
      for (const t of terms) {
        const word = nameWords.get(t);
        if (!word) continue;
        if (word.proper && (capitals ??= capitalisedTerms(query)).has(t)) continue;
        if (signalled(t, word, terms, asName)) continue;
        (found ??= new Set()).add(t);
      }
      return found ?? NONE;
    },
    blinded(term) {
      const word = nameWords.get(term);
      return word ? usesOf(term, word).blinded : undefined;
    },
    everydayUses(term) {
      const word = nameWords.get(term);
      return word ? usesOf(term, word).everyday : 0;
    },
  };
}
