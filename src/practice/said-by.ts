// Famous words and acts given to the wrong person of the course (a Year 10 trial: "Kirov said in his speech in 1931 that
// the USSR was fifty or a hundred years behind"; "In 1929 Bukharin called for the liquidation of the kulaks as a
// class"). Strict on purpose: only what the timeline says clearly one person said or called for ("Stalin calls for the
// liquidation of the kulaks as a class"; an event's description "Stalin said … fifty to a hundred years behind…"), and
// a sentence is flagged only when it says someone said or called for it, names another of the course's people and not
// the one who did, and neither opposes nor denies it.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { showDate } from './dates.js';

export interface Saying {
  /** Who said or did it, as the notes name them ("Stalin"). */
  readonly person: string;
  /** Their one-word name, as the marker reads it. */
  readonly personTerm: string;
  /** The event's title and date, the right version ("Stalin calls for … (December 1929)"). */
  readonly fact: string;
  readonly when: string;
  /** The words that make it, as the marker reads them. */
  readonly terms: ReadonlySet<string>;
  /** The notes' own word of saying ("call" of "calls for"): a short saying must follow it closely. */
  readonly verb?: string;
}

/** A title or description that says one person said or called for something ("Stalin calls for …", "Stalin said …"). */
const SAYS = /^([A-Z][a-z]+) (calls for|tells|told|warns|warned|says|said|announces|announced|proclaims|declares|declared) (.+)$/;
/** Words that say someone said or called for something, as a sentence may put it. */
export const SAYING_WORDS = 'said say says called call calls speech announced announce declared declare proclaimed told tell warned demanded demand wrote write stated';
/** How close before a short saying its word of saying must stand, in terms. */
const VERB_REACH = 4;
/** How many of a saying's words a sentence must give (all of them, when it has fewer). */
const NEED = 4;

/** The sayings the timeline gives one course person, each with its words (read by `termsOf`). */
export function knownSayings(kb: KnowledgeBase, termsOf: (text: string) => readonly string[], isCoursePerson: (term: string) => boolean): Saying[] {
  const out: Saying[] = [];
  for (const e of kb.events ?? []) {
    const when = showDate(e.date, e.end);
    const texts = [e.title, ...(e.description ?? '').split(/(?<=\.)\s+/)];
    for (const text of texts) {
      const m = SAYS.exec(text.trim());
      const person = m?.[1];
      const personTerm = person ? termsOf(person)[0] : undefined;
      if (!m?.[3] || !m[2] || !person || !personTerm || !isCoursePerson(personTerm)) continue;
      const terms = new Set(termsOf(m[3]).filter((t) => !isCoursePerson(t) && !/^\d/.test(t)));
      const verb = termsOf(m[2])[0];
      if (terms.size >= 2) out.push({ person, personTerm, fact: e.title, when, terms, ...(verb ? { verb } : {}) });
    }
  }
  return out;
}

/**
 * A saying given to another person: the sentence has a word of saying (SAYING_WORDS), gives enough of the saying's words
 * (NEED, or all), names a course person other than its own and not its own, and has no word of opposing or denying.
 */
export function saidByOther(
  terms: readonly string[],
  sayings: readonly Saying[],
  saying: ReadonlySet<string>,
  isCoursePerson: (term: string) => boolean,
  against: (term: string) => boolean,
): { saying: Saying; said: string } | undefined {
  if (!terms.some((t) => saying.has(t)) || terms.some(against)) return undefined;
  const people = terms.filter(isCoursePerson);
  if (people.length === 0) return undefined;
  const held = new Set(terms);
  for (const s of sayings) {
    const given = [...s.terms].filter((t) => held.has(t)).length;
    if (given < Math.min(NEED, s.terms.size) || people.includes(s.personTerm)) continue;
    // A short saying ("the liquidation of the kulaks") is a famous act only right after the notes' own word for it
    // ("called for the liquidation…"), not in any sentence that mentions it ("said the liquidation was cruel").
    if (s.terms.size < NEED) {
      const first = terms.findIndex((t) => s.terms.has(t));
      if (!s.verb || !terms.slice(Math.max(0, first - VERB_REACH), first).includes(s.verb)) continue;
    }
    const said = people.find((p) => p !== s.personTerm);
    if (said) return { saying: s, said };
  }
  return undefined;
}
