// "Explain like I'm 10": the short version of an answer (its first sentences, as src/matching/follow-up.ts answerPart; for
// a debate between historians, a sentence for each view) with the course's words in it explained from the fact base's
// own glossary (knowledge/topics/*.yaml `terms`), so it is plainer without a word the notes do not say. Nothing is
// reworded or made up: a simpler sentence than the notes' would be a new claim no one has checked. Only what the
// notes say is left out (book titles and years, a clause after a semicolon).
import { answerOpening } from './answer-opening.js';
import { booksOf } from '../knowledge/answerable.js';
import type { KnowledgeBase, Term } from '../knowledge/schema.js';
import { normaliseText, sentencesOf } from '../matching/normalise.js';

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

/** Views a debate's short version keeps, at most: one for each side and the middle view. */
const MAX_VIEWS = 3;
/** An opening sentence shorter than this may only name the debate ("Historians disagree."), kept above its views. */
const OPENER_ROOM = 60;

/** Each historian's names (the people whose role names books they wrote), normalised, once per knowledge base. */
const historiansOf = new WeakMap<KnowledgeBase, readonly (readonly string[])[]>();

function historianNames(kb: KnowledgeBase): readonly (readonly string[])[] {
  let names = historiansOf.get(kb);
  if (!names) {
    names = kb.people.filter((p) => booksOf(p.role).length > 0).map((p) => [p.name, ...p.aliases].map((n) => ` ${normaliseText(n)} `));
    historiansOf.set(kb, names);
  }
  return names;
}

/** Sentences, an initial or "c." never ending one ("R. W. Davies and Stephen Wheatcroft argue…" is one). */
function wholeSentences(text: string): string[] {
  return sentencesOf(text).reduce<string[]>((out, piece) => {
    const last = out[out.length - 1];
    if (last !== undefined && /(?:^|\s)(?:[A-Z]|c|e\.g|i\.e|St|Dr)\.$/.test(last)) out[out.length - 1] = `${last} ${piece}`;
    else out.push(piece);
    return out;
  }, []);
}

/**
 * A view said more simply, only by leaving out: its references in brackets (a book's title and year, a historian's
 * name and year) and anything after a semicolon, which joins a second statement that stands on its own.
 */
function plainView(sentence: string): string {
  const bare = sentence.replace(/\s*\([^()]*\d[^()]*\)/g, '').replace(/\s+([,.;:])/g, '$1');
  const semicolon = bare.indexOf(';');
  return semicolon > 0 ? `${bare.slice(0, semicolon).trimEnd()}.` : bare;
}

/**
 * The short version of an answer: its first two sentences. For a debate, an answer that opens by saying historians
 * disagree ("Historians disagree.", a short line naming none) and gives two or more views naming historians: that
 * line, then one sentence for each view in the order the notes give them (MAX_VIEWS at most), each plainer, so a
 * shorter answer keeps every side rather than only the first.
 */
export function shortVersion(kb: KnowledgeBase, answer: string): string {
  const historians = historianNames(kb);
  const names = (sentence: string) => {
    const s = ` ${normaliseText(sentence)} `;
    return historians.some((n) => n.some((name) => s.includes(name)));
  };
  const opposing = new Set(kb.vocabulary.opposingWords);
  const [first = '', ...rest] = wholeSentences(answer);
  const opensDebate = first.length < OPENER_ROOM && !names(first) && normaliseText(first).split(' ').some((w) => opposing.has(w));
  const views = rest.filter(names);
  // Any other answer: its first two sentences (as src/matching/follow-up.ts answerPart, but "R. W. Davies…" is not cut at "R. W.").
  if (!opensDebate || views.length < 2) return [first, ...rest].slice(0, 2).join(' ');
  return [first, ...views.slice(0, MAX_VIEWS).map(plainView)].join(' ');
}
