// Evidence for a mark scheme's point, for the model answer (trial finding: the plan was a bare list of points, with no
// date or figure to write from). The evidence is the notes' own: of the entries the point links to, the sentence that
// gives a date or a figure the point does not, and shares the most of the point's words (two at least), short enough
// to read beside it, and not already given for another point. None when no sentence does: a point is never given evidence about something else.
import type { PracticePoint } from '../knowledge/schema.js';
import { PLAIN_LEXICON, type Lexicon } from '../matching/vocabulary.js';
import { contentTerms } from './analyse.js';

/** Where the notes' sentences end: a full stop, a question or exclamation mark, before the next sentence's capital. */
const SENTENCE_END = /(?<=[.!?])\s+(?=["'‘“(]?[A-Z])/;
/** A sentence that leans on the one before ("They fell to…", "This meant…"): no evidence read on its own. */
const LEANS_BACK = /^(?:they|it|this|that|these|those|he|she|its|their|his|her|such|so|but|and|yet|however)\b/i;

/** Of the point's words (its text's and its concepts', but the course's most common: `common`), how many the sentence must share. */
const MIN_SHARED = 2;

/** A date or a figure ("1932", "1.7 million", "93%"): what makes a sentence evidence rather than another statement. */
const NUMBERS = /\d+(?:[.,]\d+)*/g;

/**
 * The sentence of the point's entries (their answers, by id) that best backs it with a date or figure, at most `room`
 * characters and not among `used`; or undefined. Words are read with `lexicon` (the marker's answer synonyms: see
 * answerLexicon).
 */
export function pointEvidence(
  point: PracticePoint,
  answerOf: (entryId: string) => string | undefined,
  room: number,
  used: ReadonlySet<string> = new Set(),
  common: ReadonlySet<string> = new Set(),
  lexicon: Lexicon = PLAIN_LEXICON,
): string | undefined {
  const own = new Set(contentTerms([point.point, ...point.concepts].join(' '), lexicon).filter((t) => !common.has(t)));
  const ownNumbers = new Set(point.point.match(NUMBERS) ?? []);
  let best: { text: string; shared: number } | undefined;
  for (const id of point.entries) {
    for (const sentence of (answerOf(id) ?? '').split(SENTENCE_END)) {
      const text = sentence.trim();
      if (LEANS_BACK.test(text) || used.has(text)) continue;
      const numbers = text.match(NUMBERS) ?? [];
      if (text.length > room || !numbers.some((n) => !ownNumbers.has(n))) continue;
      const shared = new Set(contentTerms(text, lexicon).filter((t) => own.has(t))).size;
      if (shared >= MIN_SHARED && (!best || shared > best.shared)) best = { text, shared };
    }
  }
  return best?.text;
}
