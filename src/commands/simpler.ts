// "Explain like I'm 10": the short version of an answer (its opening sentences and the one that sums it up; for a debate
// between historians, a sentence for each view) with the course's words in it explained from the fact base's own
// glossary (knowledge/topics/*.yaml `terms`), then the everyday words in it that are hard for a young reader from the
// fact base's list of plain meanings (knowledge/plain-words.yaml: "deported", "quota", "bureaucracy"), so it is plainer
// without a word the notes do not say. Nothing is reworded or made up: a simpler sentence than the notes' would be a new
// claim no one has checked. Only what the notes say is left out (references in brackets, a view's clause after a
// semicolon, a long closing clause of detail).
import { answerOpening } from './answer-opening.js';
import { booksOf } from '../knowledge/answerable.js';
import type { KnowledgeBase, PlainWord, Term } from '../knowledge/schema.js';
import { normaliseText, sentencesOf } from '../matching/normalise.js';

/**
 * Words explained under a short version, at most: more would make it longer than the answer it shortens. With four (a
 * glossary meaning is at most MEANING_ROOM characters, a plain one 20 words), the longest reply is under 1,500
 * characters, well inside a message's 2,000 (tests/commands/simpler-plain-words.test.ts).
 */
const MAX_WORDS = 4;
/** The course's words of those, at most: the last place is a plain word's, when the short version has one. */
const MAX_COURSE_WORDS = 3;
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

/** A plain word as the list writes it, normalised for finding it in a text. */
interface PlainName {
  readonly key: string;
  readonly word: PlainWord;
}

/** The plain words, longest first, once per knowledge base. */
const plainNamesOf = new WeakMap<KnowledgeBase, readonly PlainName[]>();

function plainNames(kb: KnowledgeBase): readonly PlainName[] {
  let names = plainNamesOf.get(kb);
  if (!names) {
    names = (kb.plainWords ?? []).map((word) => ({ key: normaliseText(word.word), word })).filter(({ key }) => key.length > 0).sort((a, b) => b.key.length - a.key.length);
    plainNamesOf.set(kb, names);
  }
  return names;
}

/** `said` with the name at `at` blanked out, so its words name nothing else. */
const blanked = (said: string, at: number, key: string) => `${said.slice(0, at)}${' '.repeat(key.length + 1)}${said.slice(at + key.length + 1)}`;

/**
 * The words a text uses that a young reader may not know, in the order it uses them, each with what it means (at most
 * MAX_WORDS): first the course's words (MAX_COURSE_WORDS at most), as the glossary says, then the everyday words of the
 * list of plain words (knowledge/plain-words.yaml) in the places left. Not those `asked` names (the question the answer
 * is to: "What was the NEP?" needs no NEP explained). A course word found by another of its names is shown as found
 * ("market economy (capitalism)"); a plain word inside a course word's name ("procurement" of "procurement quota") is
 * that word's, and not explained again.
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
    said = blanked(said, at, name.key);
  }
  const course = found
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_COURSE_WORDS)
    // "peasants" is the peasant's card; "Great Purge" is shown as the fact base writes it, with the card's name.
    .map(({ name: { written, key, term } }) => ({
      word: key.startsWith(normaliseText(term.term)) ? term.term : `${written} (${term.term})`,
      meaning: answerOpening(term.definition, MEANING_ROOM),
    }));
  const plainFound: { at: number; word: PlainWord }[] = [];
  for (const { key, word } of plainNames(kb)) {
    const at = said.indexOf(` ${key} `);
    if (at < 0) continue;
    if (!question.includes(` ${key} `)) plainFound.push({ at, word });
    said = blanked(said, at, key);
  }
  const plain = plainFound
    .sort((a, b) => a.at - b.at)
    .slice(0, MAX_WORDS - course.length)
    .map(({ word }) => ({ word: word.word, meaning: word.meaning }));
  return [...course, ...plain];
}

/** Views a debate's short version keeps, at most: one for each side and the middle view. */
const MAX_VIEWS = 3;

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
 * A reference to a work in brackets: "(The Origins of Totalitarianism, 1951)", "(1956)". A date in brackets ("(August
 * 1936)", "(1929–33)") is none: a reference has its year alone, or after a title or name and a comma.
 */
const CITES_WORK = /\((?:[^()]*[A-Za-z][^()]*, )?(?:1[89]|20)\d\d\)/;

/** Whether a sentence names one of the course's historians, or cites a work (a writer without a card of their own, such as Arendt). */
function namesHistorian(kb: KnowledgeBase, sentence: string): boolean {
  const s = ` ${normaliseText(sentence)} `;
  return CITES_WORK.test(sentence) || historianNames(kb).some((n) => n.some((name) => s.includes(name)));
}

/**
 * The sentences of an answer that name historians or cite their work, in its order ("From the late 1960s revisionists
 * such as Moshe Lewin… argued it fell short…"): who says what in it. "R. W. Davies…" is one sentence, not cut at the initials.
 */
export function historiansViews(kb: KnowledgeBase, answer: string): string[] {
  return wholeSentences(answer).filter((s) => namesHistorian(kb, s));
}

/**
 * A view said more simply, only by leaving out: what `plain` leaves out of any sentence (its references in brackets, a
 * long closing clause of detail) and anything after a semicolon, which joins a second statement that stands on its own.
 */
function plainView(sentence: string): string {
  const bare = plain(sentence);
  const semicolon = bare.indexOf(';');
  return withoutAside(semicolon > 0 ? `${bare.slice(0, semicolon).trimEnd()}.` : bare);
}

/**
 * Any sentence said more simply: without its references in brackets, nor a long clause that only adds detail to what
 * came before it (", whose six features were …" to the end). An opening keeps what follows a semicolon ("The totalitarian
 * model looked down from the Kremlin; social historians looked up from below" says both sides).
 */
function plain(sentence: string): string {
  return withoutAside(sentence.replace(/\s*\([^()]*\d[^()]*\)/g, '').replace(/\s+([,.;:])/g, '$1'));
}

/** A verb of a statement: what is left without the aside must still say something ("The White Sea–Baltic Canal." does not). */
const SAYS_SOMETHING = /\b(?:is|was|were|are|be|been|had|has|have|did|does|do|could|would|can|will|made|became|led|took|gave|began|won|lost|fell|rose|ran|saw|kept|left|got|wrote|said|told|built|sent|held|brought|thought|meant|went|came|shot|grew|knew|[a-z]{2,}ed)\b/i;

/** A sentence less a long closing clause of detail (LONG_ASIDE), unless that clause holds its verb ("X, which runs…, was the gulag's showpiece"). */
function withoutAside(sentence: string): string {
  const shorter = sentence.replace(LONG_ASIDE, '.');
  return shorter === sentence || SAYS_SOMETHING.test(shorter) ? shorter : sentence;
}

/** A clause at a sentence's end that adds detail to a word before it, long enough to be a list: ", whose six features were …". */
const LONG_ASIDE = /, (?:whose|which) [^;:]{80,}\.$/;

/**
 * A sentence that sums an answer up: "So the archives settled one thing…", "A fair view: …", "Most historians now…",
 * "Overall…". English words of any answer, not the course's: where the notes say what it all comes to.
 */
const SUMS_UP = /^(?:so|overall|in short|in sum|in the end|on balance|altogether|all in all|either way|a fair (?:view|verdict|judgement|summary)|most historians|most now|historians now)\b/i;

/**
 * The short version of an answer, said plainly: what a student asks for with "explain like I'm 10" or "shorter pls".
 * Its opening (the first two sentences) and, when the notes sum it up further on, that sentence. For a debate, an answer
 * giving two or more views that name historians (or cite their work): its opening line if it names none (what the debate
 * is about), one sentence for each view in the notes' order (MAX_VIEWS at most), and the sentence that sums it up, so a
 * shorter answer keeps every side rather than only the first. Either way each sentence is plainer by leaving out
 * references in brackets and a clause after a semicolon (plainView); nothing is reworded.
 */
export function shortVersion(kb: KnowledgeBase, answer: string): string {
  const sentences = wholeSentences(answer);
  const [first = '', ...rest] = sentences;
  const views = rest.filter((s) => namesHistorian(kb, s));
  // A debate opened by a view of its own ("Conquest argued…") has that view first; else its opening says what it is about.
  const opening = views.length >= 2 ? (namesHistorian(kb, first) ? [first, ...views].slice(0, MAX_VIEWS) : [first, ...views.slice(0, MAX_VIEWS)]) : sentences.slice(0, 2);
  // The last sentence that sums it up, if the opening does not have it already.
  const summing = sentences.filter((s) => SUMS_UP.test(s) && !opening.includes(s)).slice(-1);
  return [...opening, ...summing].map((s) => (views.includes(s) ? plainView(s) : plain(s))).join(' ');
}

/** A sentence of the notes that uses a word, and the question it answers. */
export interface WordInUse {
  readonly sentence: string;
  readonly questionId: string;
}

/** A sentence that only says what the word means ("Marx's word for…", "X means…") shows no example of it. */
const ONLY_DEFINES = /\b(?:word for|term for|means|meant|stands for|is called|was called|known as)\b/i;

/**
 * "Give me an example" after a word's card ("what does proletariat mean"), whose definition gives none: the first
 * sentence of an answer in the notes that uses the word, by its own name before its aliases ("proletarian" art is a
 * poorer example than "a big proletariat"), in the word's own topics first, so the example is the course's, never made
 * up. Undefined when no answer uses it.
 */
export function wordInUse(kb: KnowledgeBase, names: readonly string[]): WordInUse | undefined {
  const topics = kb.terms.find((t) => names.includes(t.term))?.topics ?? [];
  const keys = names.map((n) => ` ${normaliseText(n)} `).filter((k) => k.trim().length > 2);
  const ranked = [...kb.questions].sort((a, b) => Number(topics.includes(b.topic)) - Number(topics.includes(a.topic)));
  for (const key of keys) {
    for (const q of ranked) {
      const sentence = wholeSentences(q.answer).find((x) => !ONLY_DEFINES.test(x) && ` ${normaliseText(x)} `.includes(key));
      if (sentence) return { sentence, questionId: q.id };
    }
  }
  return undefined;
}
