// Autocomplete for /ask: the canonical questions whose question or phrasings share the most telling
// words with what has been typed so far. Runs on every keystroke of a class typing at once, so it is
// built for speed: an index from each word to the texts that hold it, the last (unfinished) word matched
// as a prefix, a misspelt word matched within an edit or two among the words of its first letter, and
// what each typed word matches kept. About 0.3 ms per partial over the whole fact base, p99 about 1.3 ms
// (`npm run bench`); Fuse.js over every phrasing took 64 ms, p99 221 ms (README).
//
// No partial is kept: a cache of them would hold what students type, word for word, which may be a
// distress message the reader in src/matching/wellbeing.ts does not (yet) recognise, its first keystrokes
// before it does, or a name. The word cache keeps single words alone, in no order and from no one.
import { normaliseText } from '../matching/normalise.js';
import { editDistance } from '../matching/vocabulary.js';
import type { QaEntry } from './schema.js';

export const AUTOCOMPLETE_DEFAULTS = Object.freeze({
  /** Discord's limit for an autocomplete choice's name and value. */
  choiceLength: 100,
  /** Only this much of a partial is read: enough to place a question, and a pasted essay costs no more. */
  maxPartialLength: 100,
  /** Typed words whose matching vocabulary words are kept. */
  wordCacheSize: 5000,
  /** A misspelt word scores this much of a word typed right. */
  typoQuality: 0.75,
  /** A word that begins another (collectivis / collectivisation) scores this much. */
  stemQuality: 0.7,
  /** Added, as a share of the partial's weight, to a text that begins with the partial as typed. */
  startsWithBonus: 1,
  /** Added, as a share of the partial's weight, in proportion to how much of a text the partial covers. */
  coverageBonus: 0.3,
  /** A word in at most this many entries that is one edit from a word in `slipCommoner` times as many is a slip. */
  slipMaxEntries: 2,
  slipCommoner: 8,
  /** Suggestions scoring below this share of the best one are left out. */
  minShareOfBest: 0.35,
});

const D = AUTOCOMPLETE_DEFAULTS;

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Misspellings allowed in a word of this length (short words must be typed right). */
function typos(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** A suggestion: the canonical question, as shown and as sent back (Discord's autocomplete choice). */
export interface QuestionSuggestion {
  readonly name: string;
  readonly value: string;
}

interface WordMatch {
  readonly word: number;
  readonly quality: number;
}

export function createQuestionAutocomplete(entries: readonly QaEntry[]): (partial: string, limit: number) => QuestionSuggestion[] {
  // Every text (a question or a phrasing), its entry, and its words as ids into one vocabulary.
  const textEntry: number[] = [];
  const textNormalised: string[] = [];
  const vocabulary = new Map<string, number>();
  const words: string[] = [];
  const postings: number[][] = [];
  const entriesWith: Set<number>[] = [];
  entries.forEach((entry, e) => {
    for (const text of [entry.question, ...entry.phrasings]) {
      const t = textEntry.length;
      const normalised = normaliseText(text);
      textEntry.push(e);
      textNormalised.push(normalised);
      for (const w of new Set(normalised ? normalised.split(' ') : [])) {
        let id = vocabulary.get(w);
        if (id === undefined) {
          id = words.length;
          vocabulary.set(w, id);
          words.push(w);
          postings.push([]);
          entriesWith.push(new Set());
        }
        postings[id]?.push(t);
        entriesWith[id]?.add(e);
      }
    }
  });
  const byFirstLetter = new Map<string, number[]>();
  words.forEach((w, id) => {
    const list = byFirstLetter.get(w[0] ?? '') ?? [];
    list.push(id);
    byFirstLetter.set(w[0] ?? '', list);
  });
  // Rare words tell entries apart; "what", "the" and "stalin" hardly do. But phrasings are misspelt on
  // purpose, and a slip like "wer" is rare without telling anything: it weighs what the word it is a
  // slip of ("were") weighs.
  const weight = entriesWith.map((set) => Math.log(1 + entries.length / set.size));
  words.forEach((w, id) => {
    const df = entriesWith[id]?.size ?? 0;
    if (df > D.slipMaxEntries) return;
    for (const other of byFirstLetter.get(w[0] ?? '') ?? []) {
      const otherDf = entriesWith[other]?.size ?? 0;
      if (otherDf >= df * D.slipCommoner && editDistance(w, words[other] ?? '', 1) <= 1) weight[id] = Math.min(weight[id] ?? 0, weight[other] ?? 0);
    }
  });
  // What all of a text's words weigh, so a text that is mostly what was typed ranks first.
  const textWeight = new Float64Array(textEntry.length);
  words.forEach((_, id) => {
    for (const t of postings[id] ?? []) textWeight[t]! += weight[id] ?? 0;
  });

  /** The vocabulary words a typed word may mean; `unfinished` for the word still being typed. */
  const findMatches = (typed: string, unfinished: boolean): WordMatch[] => {
    const found: WordMatch[] = [];
    // A number is a year, a decade or a figure: "1932" means 1932, not 1923 or 1934, and "1930s" not
    // "1920s" (the matcher never corrects them either).
    if (/^\d+s?$/.test(typed)) {
      const id = vocabulary.get(typed);
      const longer = unfinished ? (byFirstLetter.get(typed[0] ?? '') ?? []).filter((w) => w !== id && (words[w] ?? '').startsWith(typed)) : [];
      return [...(id === undefined ? [] : [{ word: id, quality: 1 }]), ...longer.map((word) => ({ word, quality: 1 }))];
    }
    const allowed = typos(typed.length);
    for (const id of byFirstLetter.get(typed[0] ?? '') ?? []) {
      const w = words[id] ?? '';
      if (w === typed || (unfinished && w.startsWith(typed))) {
        found.push({ word: id, quality: 1 });
      } else if (typed.length >= 5 && (w.startsWith(typed) || (w.length >= 5 && typed.startsWith(w)))) {
        found.push({ word: id, quality: D.stemQuality });
      } else if (allowed > 0) {
        // A word still being typed is compared with as much of each word, or one letter more.
        const close =
          editDistance(typed, w, allowed) <= allowed ||
          (unfinished && w.length > typed.length && (editDistance(typed, w.slice(0, typed.length), allowed) <= allowed || editDistance(typed, w.slice(0, typed.length + 1), allowed) <= allowed));
        if (close) found.push({ word: id, quality: D.typoQuality });
      }
    }
    return found;
  };

  // Each keystroke repeats the words before it, so what each typed word matches is kept too.
  const wordCache = new Map<string, readonly WordMatch[]>();
  const matchesOf = (typed: string, unfinished: boolean): readonly WordMatch[] => {
    const key = `${unfinished ? '+' : '='}${typed}`;
    let found = wordCache.get(key);
    if (!found) {
      found = findMatches(typed, unfinished);
      if (wordCache.size >= D.wordCacheSize) wordCache.delete(wordCache.keys().next().value as string);
      wordCache.set(key, found);
    }
    return found;
  };

  const scores = new Float64Array(textEntry.length);
  const best = new Float64Array(textEntry.length);
  const toChoice = (e: QaEntry): QuestionSuggestion => ({ name: clip(e.question, D.choiceLength), value: clip(e.question, D.choiceLength) });

  const search = (partial: string, limit: number): QuestionSuggestion[] => {
    const typed = normaliseText(partial);
    if (!typed) return entries.slice(0, limit).map(toChoice);
    const typedWords = typed.split(' ');
    const lastUnfinished = !/\s$/.test(partial);
    scores.fill(0);
    let possible = 0;
    typedWords.forEach((word, i) => {
      if (typedWords.indexOf(word) !== i) return; // a repeated word counts once
      const matches = matchesOf(word, lastUnfinished && i === typedWords.length - 1);
      if (matches.length === 0) return;
      // Each text counts its best reading of this word once.
      best.fill(0);
      let top = 0;
      for (const { word: id, quality } of matches) {
        const value = (weight[id] ?? 0) * quality;
        top = Math.max(top, value);
        for (const t of postings[id] ?? []) if (value > (best[t] ?? 0)) best[t] = value;
      }
      possible += top;
      for (let t = 0; t < scores.length; t++) scores[t]! += best[t]!;
    });
    if (possible === 0) return [];
    const bonus = possible * D.startsWithBonus;
    const entryScore = new Map<number, number>();
    for (let t = 0; t < scores.length; t++) {
      const matched = scores[t] ?? 0;
      if (matched === 0) continue;
      let score = matched + possible * D.coverageBonus * Math.min(1, matched / (textWeight[t] || 1));
      if (textNormalised[t]?.startsWith(typed)) score += bonus;
      const e = textEntry[t] ?? 0;
      if (score > (entryScore.get(e) ?? 0)) entryScore.set(e, score);
    }
    const ranked = [...entryScore].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const floor = (ranked[0]?.[1] ?? 0) * D.minShareOfBest;
    return ranked
      .filter(([, score]) => score >= floor)
      .slice(0, limit)
      .map(([e]) => toChoice(entries[e] as QaEntry));
  };

  return (partial, limit) => search(partial.trimStart().slice(0, D.maxPartialLength), limit);
}
