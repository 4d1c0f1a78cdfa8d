// "Explain like I'm 10": the short version of an answer (its first sentences, src/matching/follow-up.ts answerPart) with
// the course's words in it explained from the fact base's own glossary (knowledge/topics/*.yaml `terms`), so it is
// plainer without a word the notes do not say. Nothing is reworded or made up: a simpler sentence than the notes'
// would be a new claim no one has checked.
import { answerOpening } from './answer-opening.js';
import type { KnowledgeBase, Term } from '../knowledge/schema.js';
import { normaliseText } from '../matching/normalise.js';

/** Words explained under a short version, at most: more would make it longer than the answer it shortens. */
const MAX_WORDS = 3;
/** Room for each word's meaning: its definition's opening (a sentence, two when the first says little). */
const MEANING_ROOM = 160;

export interface WordExplained {
  readonly word: string;
  readonly meaning: string;
}

/** A term's name (its own or an alias) as the fact base writes it, and normalised for finding it in a text. */
interface TermName {
  readonly written: string;
  readonly key: string;
  readonly term: Term;
}

/** Each term's names, longest first, once per knowledge base. */
const namesOf = new WeakMap<KnowledgeBase, readonly TermName[]>();

/**
 * The course's words a text uses, in the order it uses them, each with what the glossary says it means (at most
 * MAX_WORDS); not those `asked` names (the question the answer is to: "What was the NEP?" needs no NEP explained). A word
 * found by another of its names is shown as found ("market economy (capitalism)").
 */
export function wordsExplained(kb: KnowledgeBase, text: string, asked = ''): WordExplained[] {
  let names = namesOf.get(kb);
  if (!names) {
    names = kb.terms
      .flatMap((term) => [term.term, ...term.aliases].map((written) => ({ written, key: normaliseText(written), term })))
      .filter(({ key }) => key.length > 2)
      .sort((a, b) => b.key.length - a.key.length);
    namesOf.set(kb, names);
  }
  let said = ` ${normaliseText(text)} `;
  const question = ` ${normaliseText(asked)} `;
  const skipped = new Set(names.filter(({ key }) => question.includes(` ${key} `)).map(({ term }) => term.id));
  const found: { at: number; name: TermName }[] = [];
  for (const name of names) {
    const at = said.indexOf(` ${name.key} `);
    if (at < 0 || found.some((f) => f.name.term.id === name.term.id)) continue;
    if (!skipped.has(name.term.id)) found.push({ at, name });
    // A longer name found first ("great terror") keeps its words from naming another term ("terror").
    said = `${said.slice(0, at)}${' '.repeat(name.key.length + 1)}${said.slice(at + name.key.length + 1)}`;
  }
  return found
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_WORDS)
    // "peasants" is the peasant's card; "Great Purge" is shown as the fact base writes it, with the card's name.
    .map(({ name: { written, key, term } }) => ({
      word: key.startsWith(normaliseText(term.term)) ? term.term : `${written} (${term.term})`,
      meaning: answerOpening(term.definition, MEANING_ROOM),
    }));
}
