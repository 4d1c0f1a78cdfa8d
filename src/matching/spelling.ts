// Correcting misspelt words, in students' questions and in the fact base's own phrasings alike.
//
// The words typos are corrected towards are those of the canonical questions, answers, names and terms,
// which are edited with care, plus any word several entries' phrasings share and any other form of a
// trusted word ("persecute" beside "persecuted"). Phrasings may be written as students type ("wat was
// the holodomer"); their slips are corrected like a student's, so that a misspelling in one phrasing
// neither counts as a rare word of its own nor stops the same slip in a question from being corrected.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { QUESTION_WORDS, SpellingCorrector, stem, STOPWORDS, surfaceWords } from './vocabulary.js';

export interface Speller {
  /** The word corrected to one the fact base uses, or as it was (stopwords, numbers, known and uncorrectable words). */
  spell(word: string): string;
  /** The normalised words of a text (each text is normalised once). */
  words(text: string): readonly string[];
}

export interface SpellerOptions {
  /** Words never corrected (words of other subjects: "hitler" must stay "hitler"). */
  readonly keep: ReadonlySet<string>;
  /** A word in the phrasings of this many entries is trusted as spelt right, though no answer uses it. */
  readonly trustedPhrasingWordEntries: number;
}

export function createSpeller(entries: readonly AnswerEntry[], options: SpellerOptions): Speller {
  const normalised = new Map<string, string[]>();
  const words = (text: string) => {
    let w = normalised.get(text);
    if (!w) normalised.set(text, (w = surfaceWords(text)));
    return w;
  };

  const trusted = new Map<string, number>();
  const phrasingWordEntries = new Map<string, number>();
  for (const e of entries) {
    // A person's or term's phrasings are its names and aliases, written with care.
    const careful = e.kind === 'question' ? [e.question, e.answer] : [e.question, ...e.phrasings, e.answer];
    for (const w of new Set(careful.flatMap(words))) if (!STOPWORDS.has(w)) trusted.set(w, (trusted.get(w) ?? 0) + 1);
    for (const w of new Set(e.phrasings.flatMap(words))) phrasingWordEntries.set(w, (phrasingWordEntries.get(w) ?? 0) + 1);
  }
  const trustedStems = new Set([...trusted.keys()].map(stem));
  for (const [w, n] of phrasingWordEntries)
    if (!STOPWORDS.has(w) && !trusted.has(w) && (n >= options.trustedPhrasingWordEntries || trustedStems.has(stem(w)))) trusted.set(w, n);

  const corrector = new SpellingCorrector(trusted);
  const corrections = new Map<string, string>();
  return {
    words,
    spell(w) {
      if (STOPWORDS.has(w) || QUESTION_WORDS.has(w) || options.keep.has(w) || trusted.has(w)) return w;
      let fixed = corrections.get(w);
      if (fixed === undefined) {
        fixed = corrector.correct(w) ?? w;
        corrections.set(w, fixed);
      }
      return fixed;
    },
  };
}
