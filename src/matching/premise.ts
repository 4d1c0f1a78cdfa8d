// A question built on something untrue ("Why did Beria start the Great Terror?", "How did Trotsky win the power
// struggle?"): the course's common misconceptions (knowledge/misconceptions.yaml) are found in it, and /ask puts
// them right in a line above its answer. The answer itself does not change: whichever entry answers the question
// still answers it, and the student is also told what was wrong with what they took for granted.
//
// A misconception is found as the matcher reads a question (its spelling correction, the course's synonyms,
// stems: Matcher.readTerms), one part of the question at a time, so that words of two separate questions
// ("Who was Beria? When did the Terror start?") never make one false premise between them.
import type { Misconception } from '../knowledge/schema.js';
import type { Matcher } from './matcher.js';
import { sentencesOf } from './normalise.js';
import { splitQuestion } from './question-parts.js';
import { isContentTerm, surfaceWords } from './vocabulary.js';

/** At most this many corrections above one answer: more would bury it. */
export const MAX_CORRECTIONS = 2;
/** At most this many parts of a question are read (its sentences, and the questions joined within each). */
const MAX_PARTS = 4;

/**
 * Words that deny: a part with one states something is not so ("Beria did not start the Terror"), which is no false
 * premise unless the misconception is itself a denial ("the famine never happened").
 */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never']);

/**
 * A question tag after a statement ("…, weren't they?", "…wasnt he"): it asks for the statement to be confirmed, so
 * it is no denial of it.
 */
const QUESTION_TAG = /[,\s]+(?:is|are|was|were|do|does|did|has|have|had|could|would|should)n['’]?t\s+(?:he|she|it|they|there|we|you|i)\s*[?!.]*\s*$/i;

/** A contracted "not" the normaliser would drop ("didn't" reads "did"), spelt out so the denial is seen. */
const CONTRACTED_NOT = /\b(do|does|did|is|are|was|were|has|have|had|could|would|should)n['’]?t\b/gi;

export interface PremiseReader {
  /** The corrections of the false premises a question states or asks about, in its order, each once (at most MAX_CORRECTIONS). */
  corrections(question: string): string[];
}

/** One misconception as terms: each group's alternatives, each a run of terms. */
interface Compiled {
  readonly groups: readonly (readonly (readonly string[])[])[];
  readonly without: readonly (readonly string[])[];
  /** Runs that are the premise by themselves when they are all a part says. */
  readonly alone: readonly (readonly string[])[];
  readonly correction: string;
}

/** Where a run of terms stands in a part's terms, in order and together, or -1. */
function indexOfRun(terms: readonly string[], run: readonly string[]): number {
  for (let i = 0; i + run.length <= terms.length; i++) if (run.every((t, k) => terms[i + k] === t)) return i;
  return -1;
}

/** Whether a part's terms are one run and nothing else ("how did Trotsky win?" reads "trotsky win"). */
function isWholePart(terms: readonly string[], run: readonly string[]): boolean {
  return terms.length === run.length && indexOfRun(terms, run) === 0;
}

export function createPremiseReader(misconceptions: readonly Misconception[], matcher: Pick<Matcher, 'readTerms' | 'lexicon'>): PremiseReader {
  // Each word or phrase read as the matcher reads a question's, its spelling correction too, so that a word it reads
  // as another ("invent" as "invest") is found in a question all the same; little words dropped, as it drops them.
  // (Words it will not read at all, such as a year alone, are read by its lexicon.)
  const read = (words: string): string[] => {
    const asked = matcher.readTerms(words);
    return asked.length > 0 ? asked : matcher.lexicon.termsOf(surfaceWords(words)).filter(isContentTerm);
  };
  // Read on the first question, not when the fact base loads: reading needs the matcher's index.
  let compiled: Compiled[] | undefined;
  const compile = (): Compiled[] =>
    misconceptions.map((m) => ({
      groups: m.words.map((group) => group.map(read).filter((run) => run.length > 0)),
      without: m.without.map(read).filter((run) => run.length > 0),
      alone: m.alone.map(read).filter((run) => run.length > 0),
      correction: m.correction,
    }));
  /** The terms of one part, as the matcher reads them: a tag left off, contracted denials spelt out. */
  const termsOf = (part: string): string[] => {
    const text = part.replace(QUESTION_TAG, '').replace(CONTRACTED_NOT, '$1 not');
    return matcher.readTerms(text);
  };
  const foundIn = (terms: readonly string[]) => {
    const denies = terms.some((t) => NEGATIONS.has(t));
    return (compiled ??= compile()).filter((m) => {
      if (m.without.some((run) => indexOfRun(terms, run) >= 0)) return false;
      if (m.alone.some((run) => isWholePart(terms, run))) return true;
      const found = m.groups.map((group) => group.find((run) => indexOfRun(terms, run) >= 0));
      if (found.some((run) => run === undefined)) return false;
      // "Beria did not start the Terror" has it right; "the famine never happened" is the misconception itself.
      return !denies || found.some((run) => run?.some((t) => NEGATIONS.has(t)));
    });
  };
  return {
    corrections(question) {
      if (misconceptions.length === 0 || !question.trim()) return [];
      // Each sentence on its own, then the questions joined within it ("who was Beria and did he start the Terror").
      const parts = sentencesOf(question).flatMap((s) => splitQuestion(s).parts).slice(0, MAX_PARTS);
      const out: string[] = [];
      for (const part of parts)
        for (const m of foundIn(termsOf(part))) if (!out.includes(m.correction)) out.push(m.correction);
      return out.slice(0, MAX_CORRECTIONS);
    },
  };
}
