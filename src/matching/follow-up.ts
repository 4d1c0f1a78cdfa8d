// Follow-up questions: "how long did it take?", "why?", "what about Kamenev?" lean on what the student
// asked just before. Per student and channel the tutor remembers the last entry it answered with for a
// while; a question that leans on it is read together with that entry's question, and the reply says so.
// A question that stands on its own is never bent towards the last one.
import { normaliseText } from './normalise.js';
import { isContentTerm, QUESTION_WORDS, STOPWORDS, termsOf } from './vocabulary.js';

export const FOLLOW_UP_DEFAULTS = Object.freeze({
  /** How long the last answer is remembered. */
  rememberMs: 15 * 60_000,
  /** Students remembered at once (the oldest are forgotten first). */
  remembered: 10_000,
  /** A question with more content words than this stands on its own (3 when it points back: "how long did it take to build"). */
  maxOwnTerms: 2,
  maxOwnTermsPointingBack: 3,
  /** A follow-up keeps to the last answer's topic when an entry of it ranks within this of the best. */
  sameTopicMargin: 0.3,
});

/** Words that point back: a question using one, with little of its own, leans on the last answer. */
const POINTS_BACK = /\b(it|its|they|them|their|he|him|his|she|her)\b/;
/** Words that may point back or may not ("the policy that ended the NEP"): they count only in a short question. */
const MAY_POINT_BACK = /\b(that|this|those|these|then|same|the other|the second|the first)\b/;
/** Openings that carry on a conversation: "and…", "what about…", "so why…". */
const CARRY_ON = /^(and|but|so|also|what about|how about|what else|why not|how come)\b/;
/** A bare question word with at most one word of its own ("why?", "how many died?") may lean too. */
const QUESTION_START = /^(why|when|how|who|where|what|which)\b/;

/**
 * Whether a question leans on what came before: 'yes' when it points back ("how long did it take?") or
 * carries on ("and Kamenev?"); 'maybe' for a bare question ("how many died?"), read with the last answer
 * only when it finds no answer alone; 'no' when it stands on its own.
 */
export function leansOnPrevious(question: string): 'yes' | 'maybe' | 'no' {
  const s = normaliseText(question);
  if (!s) return 'no';
  const own = termsOf(s.split(' ')).filter((t) => isContentTerm(t));
  if (POINTS_BACK.test(s)) return own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack ? 'yes' : 'no';
  if (own.length > FOLLOW_UP_DEFAULTS.maxOwnTerms) return 'no';
  if (CARRY_ON.test(s) || MAY_POINT_BACK.test(s)) return 'yes';
  return QUESTION_START.test(s) && own.length <= 1 ? 'maybe' : 'no';
}

/**
 * The question to ask for a follow-up. "What about Kamenev?" asks the last question's kind of thing about
 * its own subject ("who was" + "kamenev"); anything else ("how long did it take?") is read with the last
 * question's subject, its words less the question words ("the moscow metro important").
 */
export function readWithPrevious(question: string, previousQuestion: string): string {
  const s = normaliseText(question);
  const previous = normaliseText(previousQuestion).split(' ');
  const firstContent = previous.findIndex((w) => isContentTerm(w) && !STOPWORDS.has(w));
  const carriedOn = /^(and|but|so|also|what about|how about|and what about)\b\s*/.exec(s);
  if (carriedOn) {
    const rest = s.slice(carriedOn[0].length).replace(/^(the )?(same|other) (for|with) /, '');
    const own = termsOf(rest.split(' ')).filter((t) => isContentTerm(t));
    if (own.length > 0) return `${previous.slice(0, Math.max(0, firstContent)).join(' ')} ${rest}`.trim();
  }
  const subject = previous.filter((w) => !QUESTION_WORDS.has(w) && !STOPWORDS.has(w)).join(' ');
  return `${s} ${subject}`.trim();
}

export interface Remembered {
  readonly entryId: string;
  readonly question: string;
}

export interface ConversationMemory {
  recall(key: string, now: number): Remembered | undefined;
  remember(key: string, entry: Remembered, now: number): void;
}

export function createConversationMemory(): ConversationMemory {
  const last = new Map<string, Remembered & { at: number }>();
  return {
    recall(key, now) {
      const found = last.get(key);
      return found && now - found.at <= FOLLOW_UP_DEFAULTS.rememberMs ? { entryId: found.entryId, question: found.question } : undefined;
    },
    remember(key, entry, now) {
      last.delete(key); // re-inserted last: the Map's order is then oldest first
      last.set(key, { ...entry, at: now });
      while (last.size > FOLLOW_UP_DEFAULTS.remembered) last.delete(last.keys().next().value as string);
    },
  };
}

/** Whether a question has content words of its own ("why was he killed" has; "why?" has not). */
export function hasOwnWords(question: string): boolean {
  const s = normaliseText(question);
  return s !== '' && termsOf(s.split(' ')).some((t) => isContentTerm(t));
}
