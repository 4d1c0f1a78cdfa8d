// Reading a student's answer the way /ask reads a question (src/matching: normalising, spelling correction,
// synonyms, stems), but kept in sentences, with each word's place, so that the marker can ask whether the
// words that state a concept stand together in one sentence.
import { isContentTerm, STOPWORDS, surfaceWords, termsOf } from '../matching/vocabulary.js';

/**
 * Forms the stemmer leaves apart that say the same thing in an answer ("fell" and "fall", "rose" and
 * "increase"): mapped to one term after stemming, in answers and mark schemes alike.
 */
const EQUIVALENT_TERMS: Readonly<Record<string, string>> = {
  fell: 'fall', fallen: 'fall', drop: 'fall', declin: 'fall', decreas: 'fall', plummet: 'fall', slump: 'fall',
  rose: 'rise', risen: 'rise', increas: 'rise', growth: 'rise', soar: 'rise', boost: 'rise', doubl: 'rise', tripl: 'rise',
  sold: 'sell', bought: 'buy', built: 'build', lost: 'lose', fed: 'feed', hid: 'hide', led: 'lead', gave: 'give', given: 'give',
  took: 'take', taken: 'take', fought: 'fight', thought: 'think', brought: 'bring', kept: 'keep', spent: 'spend', sent: 'send',
  chose: 'choos', chosen: 'choos', drove: 'drive', driven: 'drive', wrote: 'write', written: 'write', held: 'hold',
  seiz: 'take', confisc: 'take', requisit: 'take', grab: 'take',
  detain: 'arrest', imprison: 'arrest', jail: 'arrest', jaile: 'arrest',
  shortag: 'short', scarc: 'short', scarciti: 'short', lack: 'short',
  hunger: 'famin', starv: 'famin', starvat: 'famin',
  foe: 'enemi', oppon: 'rival', afraid: 'fear', scare: 'fear', terrifi: 'fear', paranoia: 'fear', paranoid: 'fear',
};

const equivalent = (term: string) => EQUIVALENT_TERMS[term] ?? term;

/** Content terms of a text as the marker compares them (no spelling correction: for mark schemes, written with care). */
export function contentTerms(text: string): string[] {
  return termsOf(surfaceWords(text)).filter(isContentTerm).map(equivalent);
}

export interface Sentence {
  /** The sentence as the student wrote it (trimmed). */
  readonly text: string;
  /** Its terms, stopwords included, in order (spelling corrected, synonyms mapped, stemmed). */
  readonly terms: readonly string[];
  /** Words as written (normalised), for counting and for telling a sentence from a fragment. */
  readonly words: number;
  /** The share of its words that are little words (the, of, was…): a list of key words has few. */
  readonly functionWords: number;
  /** Its pieces between commas, in words: a list of key words is made of very short ones. */
  readonly pieces: readonly number[];
}

export interface AnalysedAnswer {
  readonly sentences: readonly Sentence[];
  readonly words: number;
  /** Every content term of the answer, in order. */
  readonly content: readonly string[];
}

/**
 * Sentences: split at full stops, question and exclamation marks, semicolons and line breaks, and at bullet
 * marks, so that bullet points and lines of a list count as fragments of their own.
 */
export function splitSentences(text: string): string[] {
  return text
    .replace(/\r/g, '')
    .split(/(?<=[.!?;])\s+|\n+|^\s*(?:[-*•·]|\d+[.)])\s+|\s+[•·]\s+/m)
    .flatMap((s) => s.split(/\n\s*(?:[-*•·]|\d+[.)])\s+/))
    .map((s) => s.replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '').trim())
    .filter((s) => /[a-z0-9]/i.test(s));
}

export function analyseAnswer(text: string, spell: (word: string) => string): AnalysedAnswer {
  const sentences: Sentence[] = [];
  let words = 0;
  const content: string[] = [];
  for (const raw of splitSentences(text)) {
    const surface = surfaceWords(raw);
    if (surface.length === 0) continue;
    const little = surface.filter((w) => STOPWORDS.has(w)).length;
    const terms = termsOf(surface.map(spell)).map((t) => (isContentTerm(t) ? equivalent(t) : t));
    const pieces = raw.split(/[,:/]|\s-\s|\band\b/).map((p) => surfaceWords(p).length).filter((n) => n > 0);
    sentences.push({ text: raw, terms, words: surface.length, functionWords: little / surface.length, pieces });
    words += surface.length;
    for (const t of terms) if (isContentTerm(t)) content.push(t);
  }
  return { sentences, words, content };
}
