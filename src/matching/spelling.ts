// Correcting misspelt words, in students' questions and in the fact base's own phrasings alike.
//
// The words typos are corrected towards are those of the canonical questions, answers, names and terms,
// which are edited with care, and any other form of them ("persecute" beside "persecuted"). A slip
// repeated in several phrasings ("happend") is still a slip. Phrasings may be written as students type ("wat was
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

/** `keep`: words never corrected (words of other subjects: "hitler" must stay "hitler"). */
const MAX_REMEMBERED_CORRECTIONS = 50_000;

export function createSpeller(entries: readonly AnswerEntry[], keep: ReadonlySet<string>): Speller {
  const normalised = new Map<string, string[]>();
  const words = (text: string) => {
    let w = normalised.get(text);
    if (!w) normalised.set(text, (w = surfaceWords(text)));
    return w;
  };

  const trusted = new Map<string, number>();
  for (const e of entries) {
    // A person's or term's phrasings are its names and aliases, written with care.
    const careful = e.kind === 'question' ? [e.question, e.answer] : [e.question, ...e.phrasings, e.answer];
    for (const w of new Set(careful.flatMap(words))) if (!STOPWORDS.has(w)) trusted.set(w, (trusted.get(w) ?? 0) + 1);
  }
  const trustedStems = new Set([...trusted.keys()].map(stem));
  for (const w of new Set(entries.flatMap((e) => e.phrasings.flatMap(words))))
    if (!STOPWORDS.has(w) && !trusted.has(w) && trustedStems.has(stem(w))) trusted.set(w, 1);

  // Filler words are correction targets too, so "actualy" and "basicly" are read as the filler they are
  // rather than as unknown words that make a course question look like another subject's.
  const targets = new Map(trusted);
  for (const w of STOPWORDS) if (w.length >= 6 && !targets.has(w)) targets.set(w, 0);
  const corrector = new SpellingCorrector(targets);
  const corrections = new Map<string, string>();
  return {
    words,
    spell(w) {
      if (STOPWORDS.has(w) || QUESTION_WORDS.has(w) || keep.has(w) || trusted.has(w)) return w;
      let fixed = corrections.get(w);
      if (fixed === undefined) {
        fixed = corrector.correct(w) ?? w;
        // Remembered up to a bound: every new word students type would otherwise stay in memory.
        if (corrections.size < MAX_REMEMBERED_CORRECTIONS) corrections.set(w, fixed);
      }
      return fixed;
    },
  };
}
