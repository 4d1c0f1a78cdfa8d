// "Explain like I'm 10": the short version of an answer (its opening sentences, the one that sums it up and a last one that
// judges; for a list of reasons, features or groups, or a two-part answer, every item, each shorter; for a debate between
// historians, a sentence for each view) with the course's words in it explained from the fact base's own
// glossary (knowledge/topics/*.yaml `terms`), then the everyday words in it that are hard for a young reader from the
// fact base's list of plain meanings (knowledge/plain-words.yaml: "deported", "quota", "bureaucracy"), so it is plainer
// without a word the notes do not say. Nothing is reworded or made up: a simpler sentence than the notes' would be a new
// claim no one has checked. Only what the notes say is left out (references in brackets, a view's clause after a
// semicolon, a long closing clause of detail, an example after ", such as", the detail after a long sentence's colon).
import { answerOpening } from './answer-opening.js';
import { booksOf } from '../knowledge/answerable.js';
import type { KnowledgeBase, PlainWord, Term } from '../knowledge/schema.js';
import type { Reply } from './types.js';
import { MESSAGES } from '../messages.js';
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
    if (last !== undefined && /(?:^|[\s(])(?:[A-Z]|c|e\.g|i\.e|St|Dr)\.$/.test(last)) out[out.length - 1] = `${last} ${piece}`;
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
  // Semicolons parting a list's items ("five broad groups: the Terror as…; the Terror as…; …") part no statements: all are kept, or the count lies.
  const list = semicolon > 0 && bare.indexOf(';', semicolon + 1) > 0;
  return withoutAside(semicolon > 0 && !list ? `${bare.slice(0, semicolon).trimEnd()}.` : bare);
}

/**
 * Any sentence said more simply: without its references in brackets, nor a long clause that only adds detail to what
 * came before it (", whose six features were …" to the end). A year in brackets after a figure ("840,000 (1936)") is no
 * reference: without it the figure says less. An opening keeps what follows a semicolon ("The totalitarian
 * model looked down from the Kremlin; social historians looked up from below" says both sides).
 */
function plain(sentence: string): string {
  return withoutAside(sentence.replace(/(?<!\d,\d{3}|\bmillion|%|\s)\s*\([^()]*\d[^()]*\)/g, '').replace(/\s+([,.;:])/g, '$1'));
}

/** A verb of a statement: what is left without the aside must still say something ("The White Sea–Baltic Canal." does not). */
const SAYS_SOMETHING = /\b(?:is|was|were|are|be|been|had|has|have|did|does|do|could|would|can|will|made|became|led|took|gave|began|won|lost|fell|rose|ran|saw|kept|left|got|wrote|said|told|built|sent|held|brought|thought|meant|went|came|shot|grew|knew|[a-z]{2,}ed)\b/i;

/** A sentence less a long closing clause of detail (LONG_ASIDE), unless that clause holds its verb ("X, which runs…, was the gulag's showpiece"). */
function withoutAside(sentence: string): string {
  const shorter = sentence.replace(LONG_ASIDE, '.');
  // The verb must be in the last statement, after any colon: "The cover-up lasted decades: the 1937 census." says nothing of the census.
  return shorter === sentence || SAYS_SOMETHING.test(shorter.split(/[:;]/).pop() ?? '') ? shorter : sentence;
}

/** A clause at a sentence's end that adds detail to a word before it, long enough to be a list: ", whose six features were …". */
const LONG_ASIDE = /, (?:whose|which) [^;:]{80,}\.$/;

/**
 * A sentence that sums an answer up: "So the archives settled one thing…", "A fair view: …", "Most historians now…",
 * "Overall…". English words of any answer, not the course's: where the notes say what it all comes to.
 */
const SUMS_UP = /^(?:so|overall|in short|in sum|in the end|on balance|altogether|all in all|either way|a fair (?:view|verdict|judgement|summary)|most historians|most now|historians now)\b/i;

/**
 * A last sentence that weighs or qualifies what came before ("…though their rights stayed largely on paper", "Personality is
 * best seen as one important cause among several", "…succeeded as a way of collecting grain, not of growing more"): often the
 * answer's judgement, which a shorter version keeps. English words of any answer; a last sentence of plain detail ("He died
 * in June 1936") has none of them.
 */
const JUDGES = /\b(?:but|though|although|yet|however|only|not|never|rather than|instead|in practice|on paper|in fact|in reality|really|so|thus|therefore|because|failed|succeeded|success|mainly|chiefly|above all|best|worst|most|key|crucial|important|main|real)\b/i;

/**
 * A short sentence that says a list follows: "It failed for several reasons.", "There were economic, ideological, security
 * and political reasons.", "Four broad groups.", "The NEP had four main features." Each item after it is kept in a shorter
 * version, or its count would lie ("four" and three groups shown).
 */
const ANNOUNCES_LIST = /\b(?:two|three|four|five|six|seven|eight|several|various|many|main|key|number of)\b(?: [a-z-]+){0,2} (?:reasons|causes|factors|features|groups|schools|stages|strands|ways|aims|kinds|types|parts|problems|consequences|results|effects|changes|steps|phases|waves|answers|motives|sides)\b|, [a-z-]+ and [a-z-]+ (?:reasons|causes|factors|motives|aims)\b|\binto (?:two|three|four|five|six|seven|eight)\b/i;
/** How short a sentence that announces a list is: a signpost, not a sentence about reasons ("The reasons the regime gave… were…"). */
const SIGNPOST_ROOM = 90;
/** A sentence that is an item of a numbered list: "First, …", "Second, …", "Finally, …". */
const ORDINAL = /^(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth(?:ly)?|seventh|eighth|finally|lastly)\b/i;

/**
 * Where an answer's list begins, when it has one: the sentence announcing it ("It failed for several reasons." after what
 * the United Opposition was), else the first of two or more numbered items ("First, … Second, …"). Undefined for an
 * answer that is no list.
 */
function listStart(sentences: readonly string[]): number | undefined {
  // An answer's opening may announce it at any length ("Historians usually group them into five, …").
  const announced = sentences.findIndex((s, i) => i < sentences.length - 2 && (s.length <= SIGNPOST_ROOM || i === 0) && ANNOUNCES_LIST.test(s));
  if (announced >= 0) return announced;
  const numbered = sentences.flatMap((s, i) => (ORDINAL.test(s) ? [i] : []));
  return numbered.length >= 2 ? Math.max(0, (numbered[0] ?? 0) - 1) : undefined;
}

/** The share of an answer a short version may come to with its last sentence, the judgement, added: well short of the whole. */
const WITH_JUDGEMENT = 0.6;

/** Sentences of a list a shorter version keeps whole, the line announcing it among them: more is a summary's run of paragraphs, no list. */
const MAX_ITEMS = 9;

/** Room for a shorter version before its sentences are cut harder: a short reply with four words explained stays near 1,500 characters. */
const SHORT_ROOM = 900;

/** Room for each item of a list kept whole: a longer one keeps its opening statement ("And his rivals made mistakes."). */
const LIST_ITEM_ROOM = 100;

/** A sentence's opening statement, when it says something alone and what follows is long: "In 1926 Trotsky joined… the United Opposition: beaten at…". */
function mainStatement(sentence: string, room: number): string {
  if (sentence.length <= room) return sentence;
  for (const mark of [':', ';', ' — ', ' – ']) {
    const at = sentence.indexOf(mark);
    // A list whose items are parted by semicolons ("Its key features were a personal dictatorship…; a command economy…; …") is one statement.
    if (mark === ';' && sentence.indexOf(';', at + 1) > 0) continue;
    const head = sentence.slice(0, at).trimEnd();
    // The head must say something, and what it leaves out must be long: "So the archives settled one thing: the Terror was real." keeps its point.
    if (at > 20 && sentence.length - at > 60 && SAYS_SOMETHING.test(head) && !COUNTED.test(head) && !/^(?:a fair|so|overall)\b/i.test(head)) return `${head.replace(/[,]$/, '')}.`;
  }
  const who = WHO_CLAUSE.exec(sentence);
  return who?.[1] ? `${who[1]}.` : sentence;
}

/** ", such as the Short Course of 1938," or ", above all General Secretary," between a subject and its verb: an example a shorter sentence leaves out. */
const SUCH_AS = /, (?:such as|above all|especially|notably|for example|for instance|including) [^,;:()]+, (?=(?:[a-z]+ed|saw|were|was|had|have|has|made|became|took|gave|kept|won|lost|led|form|formed|praised|argued|claimed)\b)/g;

/** "He was a skilful tactician who formed and dropped alliances, …": the statement before a closing clause about who someone was. */
const WHO_CLAUSE = /^(.*\b(?:was|were|is|are|became) (?:an?|the) [^,]{0,40}?) who .{40,}$/;
/** A number in a statement before a colon ("Most historians now combine three things: …"): what follows is its list, kept. */
const COUNTED = /\b(?:two|three|four|five|six|seven|eight|several)\b/i;

/**
 * The short version of an answer, said plainly: what a student asks for with "explain like I'm 10" or "shorter pls".
 * Its opening (the first two sentences) and, when the notes sum it up further on, that sentence, and its last sentence when
 * that weighs what came before (JUDGES). An answer that is a list (reasons, features, groups, the parts of a two-part
 * question: "What was X and why did it fail?") keeps every item, each made shorter, so no reason or part is lost and no
 * count lies. For a debate, an answer giving two or more views that name historians (or cite their work): its opening line
 * if it names none (what the debate is about), one sentence for each view in the notes' order (MAX_VIEWS at most), and the
 * sentence that sums it up, so a shorter answer keeps every side rather than only the first. Either way each sentence is
 * plainer by leaving out references in brackets, examples after ", such as" and a clause after a semicolon (plainView);
 * a long sentence keeps only its opening statement; nothing is reworded.
 */
export function shortVersion(kb: KnowledgeBase, answer: string): string {
  const sentences = wholeSentences(answer);
  const [first = '', ...rest] = sentences;
  const views = rest.filter((s) => namesHistorian(kb, s));
  const list = listStart(sentences);
  let kept: string[];
  const end = sentences[sentences.length - 1] ?? '';
  if (list !== undefined && SUMS_UP.test(end) && COUNTED.test(end.split(':')[0] ?? '') && end.includes(':')) {
    // A list the notes sum up at the end with a count of their own ("Most historians now combine three things: …"): that sum.
    kept = [...sentences.slice(0, Math.min(list, 2)), ...(ANNOUNCES_LIST.test(sentences[list] ?? '') ? [sentences[list] ?? ''] : []), end];
  } else if (list !== undefined && sentences.length - list <= MAX_ITEMS) {
    // A list: what comes before it (its first two sentences), the line that announces it, and every item.
    kept = [...sentences.slice(0, Math.min(list, 2)), ...sentences.slice(list)];
  } else if (views.length >= 2) {
    // A debate opened by a view of its own ("Conquest argued…") has that view first; else its opening says what it is about.
    const opening = namesHistorian(kb, first) ? [first, ...views].slice(0, MAX_VIEWS) : [first, ...views.slice(0, MAX_VIEWS)];
    kept = [...opening, ...sentences.filter((s) => SUMS_UP.test(s) && !opening.includes(s)).slice(-1)];
  } else {
    // A list too long to keep whole (a topic's summary): its count is left out with its items, so it cannot lie.
    const opening = sentences.slice(0, 2).filter((s, i) => i !== list);
    // The last sentence that sums it up, and the last sentence when it judges, if the opening does not have them already.
    const summing = sentences.filter((s) => SUMS_UP.test(s) && !opening.includes(s)).slice(-1);
    kept = [...opening, ...summing];
    // The last sentence when it judges, unless the short version would then be most of the answer (a four-sentence answer's two last).
    const last = sentences[sentences.length - 1] ?? '';
    if (sentences.length >= 4 && JUDGES.test(last) && !kept.includes(last) && [...kept, last].join(' ').length <= answer.length * WITH_JUDGEMENT) kept.push(last);
  }
  const plainer = kept.map((s) => (views.includes(s) ? plainView(s) : plain(s)).replace(SUCH_AS, ' '));
  // A list's items, or a version still long: each sentence its opening statement alone, a long one first.
  const room = list !== undefined && kept.length > 4 ? LIST_ITEM_ROOM : plainer.join(' ').length > SHORT_ROOM ? 150 : 260;
  return plainer.map((s) => mainStatement(s, room)).join(' ');
}

/**
 * Whether a request asks for plainer words, not only fewer ("explain like I'm 10", "in simple words", "eli5", "I don't
 * get it", "simpler"), rather than a shorter version alone ("shorter pls", "tl;dr", "in short", "keep it brief").
 * English words of any request, not the course's. A request that says both ("simpler and shorter") asks for plainer words.
 */
const ASKS_PLAINER = /\b(?:simple|simpler|simply|simplify|easy|easier|easily|plain|plainer|basic|basically|like i|like im|as if|eli ?\d+|kid|kids|child|baby|\d+ ?(?:year|yr)s? old|year \d|ten|five|twelve|dumb|understand|get it|confus(?:ed|ing)|lost|huh)\b/i;
const ASKS_SHORTER = /\b(?:short|shorter|shorten|brief|briefly|tl ?;? ?dr|sum (?:it|that|this) up|summar[a-z]*|quick|quickly|condense|too long|less words|fewer words|in a nutshell)\b/i;

export function asksPlainer(request: string): boolean {
  const typed = request.toLowerCase().replace(/[’‘`´]/g, "'").replace(/n't\b/g, ' not');
  return ASKS_PLAINER.test(typed) || !ASKS_SHORTER.test(typed);
}

/** A swap's words, at most: the short plain phrase before a meaning's colon ("Farming: growing crops…") that can stand in for the word. */
const SWAP_WORDS = 3;

/** A plain word that can be swapped for its own plain phrase in a sentence: "agriculture" for "farming". */
interface Swap {
  readonly find: RegExp;
  readonly swap: string;
}

/** The swaps of the list of plain words, longest word first, once per knowledge base. */
const swapsOf = new WeakMap<KnowledgeBase, readonly Swap[]>();

/**
 * The words of the list of plain words (knowledge/plain-words.yaml) whose meaning opens with a short plain phrase and a
 * colon ("agriculture": "Farming: growing crops and keeping animals."): that phrase is the word said plainly, and stands in
 * for it in a sentence. A phrase that opens with "not" ("Not extreme: …") is no stand-in ("a not extreme leader").
 */
function swaps(kb: KnowledgeBase): readonly Swap[] {
  let found = swapsOf.get(kb);
  if (!found) {
    found = (kb.plainWords ?? [])
      .flatMap(({ word, meaning }) => {
        const colon = meaning.indexOf(':');
        const head = colon > 0 ? meaning.slice(0, colon).trim() : '';
        if (!head || head.split(/\s+/).length > SWAP_WORDS || /[,;()]/.test(head) || /^(?:not|no|where|when|who|how|what|to)\b/i.test(head)) return [];
        // Only the word as a common word ("the regime"), never as part of a name ("the War Commissariat"): written in lower case, or opening a sentence.
        // With the article before it, if any ("a decree"), which must fit the stand-in ("an order").
        return [{ find: new RegExp(`(^|[^A-Za-z'-])((?:an? |An? )?)(${word.replace(/[-\s]/g, '[-\\s]')})(?![A-Za-z-])`, 'g'), swap: `${head.charAt(0).toLowerCase()}${head.slice(1)}`, key: word.length }];
      })
      .sort((a, b) => b.key - a.key)
      .map(({ find, swap }) => ({ find, swap }));
    swapsOf.set(kb, found);
  }
  return found;
}

/** A sentence with its hard words swapped for their plain phrases ("agriculture" for "farming"), never inside quotation marks (a title, a slogan). */
function withPlainWords(kb: KnowledgeBase, sentence: string): string {
  return sentence
    .split(/("[^"]*"|“[^”]*”)/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      let out = piece;
      for (const { find, swap } of swaps(kb)) {
        out = out.replace(find, (all: string, before: string, article: string, word: string, at: number) => {
          const opens = i === 0 && at + before.length === 0;
          // "much of their livestock" is no "much of their farm animals": a word counted as a mass stays.
          if (/\bmuch (?:of (?:the|their|its|his|her) )?$/i.test(out.slice(0, at + before.length))) return all;
          // A word written with a capital inside a sentence is a name's ("Decree on Land"): left as it is.
          if (/^[A-Z]/.test(word) && !(opens && !article)) return all;
          const said = article ? `${/^[aeiou]/i.test(swap) ? 'an' : 'a'} ${swap}` : swap;
          return `${before}${opens ? capitalised(said) : said}`;
        });
      }
      return out;
    })
    .join('');
}

/** What opens a sentence after a split: its first letter in capitals. */
const capitalised = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

/** Words that say what someone said, thought or claimed: what follows them is theirs, not a statement of its own. English words of any answer. */
const REPORTS = /\b(?:argu\w*|stress\w*|claim\w*|insist\w*|believ\w*|said|says?|view\w*|line|account\w*|version|blam\w*|portray\w*|accus\w*|propaganda|official(?:ly)?|thought|think\w*|wrote|writes?|written|suggest\w*|conclud\w*|told|taught|slogans?|message|charge[ds]?|verdict|describ\w*|call(?:s|ed)?|present\w*|promis\w*|announc\w*|declar\w*|deni\w*|admit\w*|confess\w*|report\w*|complain\w*|answer(?:s|ed)?|held|holds|doubt\w*)\b/i;
/** What someone saw, feared or wanted: what a colon or semicolon after them opens is theirs too ("feared one thing: …"). */
const FEELS = /\b(?:saw|sees?|seen|fear\w*|hop\w*|want\w*|expect\w*|worr\w*)\b/i;

/** A finite verb, in a clause that is a statement: "industry was growing", "the Communist Party was named" (not "made", "led" or "…ed": often a participle). */
const STATES = /\b(?:was|were|is|are|had|has|have|could|would|did|became|grew|rose|fell|took|gave|kept|won|went|came|began)\b/;

/** A clause that opens with its verb, its subject the one before the join: "…, and had to hand over…", "…, and kept them far away". */
const VERB_FIRST = /^(?:was|were|is|are|had|has|have|could|would|did|became|grew|rose|fell|took|gave|kept|won|went|came|began|put|made|led|sent|set|let|ran|held|could|can|will|must|also|then|[a-z]+ed)\b/;

/** The words a clause must have to stand as a sentence of its own: a subject ("he", "the party", a name) and a verb. */
const SUBJECT_OPENS = /^(?:he|she|they|it|this|these|that|those|his|her|their|its|the|a|an|many|most|some|few|all|each|every|[A-Z][a-z]+)\b/;

/**
 * A sentence in shorter sentences, by its own joins: a semicolon between two statements, a colon before a statement
 * ("…but not all of it: Stalin's grip… mattered as much"), ", so" and ", but" before one, and ", and" before one that
 * has a subject of its own ("…owed their careers to him, and they chose…"). Never a list's semicolons or a colon after a
 * count ("three things: …"), and never a piece that says nothing alone: no word is changed but the join.
 */
function inShorterSentences(kb: KnowledgeBase, sentence: string): string[] {
  // A historian's view cut in two would leave its second half as the tutor's own claim ("Kotkin stresses ideology. Stalin gambled…").
  if (namesHistorian(kb, sentence)) return [sentence];
  const semicolons = (sentence.match(/;/g) ?? []).length;
  const pieces: string[] = [];
  let rest = sentence;
  for (;;) {
    const join = /(?:;|:| — |, (?=so\b|but\b|yet\b)|, and (?!(?:that|which|who|whose|what|how|when|where|if|whether|because|to|so|then|also)\b))/g;
    let cut: { at: number; length: number } | undefined;
    for (let m = join.exec(rest); m; m = join.exec(rest)) {
      const head = rest.slice(0, m.index).trim();
      const tail = rest.slice(m.index + m[0].length).trim();
      if (m[0] === ';' && semicolons > 1) continue;
      // Nor what someone said, thought or claimed ("the official line…: Stalin was Lenin's true heir"), for the same reason.
      if (REPORTS.test(head) || (!m[0].startsWith(',') && FEELS.test(head))) continue;
      // A title's colon ("Magnetic Mountain: Stalinism as a Civilization") joins no statements.
      if (m[0] === ':' && /[A-Z][\w'’-]*$/.test(head)) continue;
      // ", and" before a statement with a subject of its own: a finite verb before any comma or "that", "who" ("…, and
      // industry was growing too slowly"), never a list's last item ("…, and surplus peasants to work in factories", "…, and
      // the arrest of so-called kulaks who were…"), nor a verb whose subject is left out ("…, and the one launched in 1933 about a sixth").
      if (m[0] === ', and ' && (!STATES.test(tail.split(/[,;:]|\b(?:that|which|who|whose|whom)\b/)[0] ?? '') || VERB_FIRST.test(tail))) continue;
      // "…, yet held that…": a second verb of the same subject, no statement of its own.
      if (m[0].startsWith(',') && m[0] !== ', and ' && SAYS_SOMETHING.test(tail.split(/\s+/)[1] ?? '')) continue;
      if (m[0] === ':' && (COUNTED.test(head) || /^(?:a fair|so)\b/i.test(head) && head.split(' ').length < 5)) continue;
      if (m[0] === ' — ' && (rest.slice(m.index + 3).includes(' — ') || head.includes(' — '))) continue;
      // Each piece says something alone: a verb in each, and a subject opening the second.
      // (A head before a colon or semicolon of four words or more is a statement in the notes: "A fair view:" is shorter.)
      if (head.split(/\s+/).length < 4 || tail.split(/\s+/).length < 4 || !SAYS_SOMETHING.test(tail) || (m[0].startsWith(',') && !SAYS_SOMETHING.test(head))) continue;
      // After a colon or dash, a statement whose verb comes in its first stretch, before any comma or "that", "who"
      // ("…broadly achieved: heavy industry and armaments grew fast"), never a list ("…hated the methods used: grain seizures,
      // outsiders bullying villages, and the arrest of so-called kulaks who were…").
      if ((m[0] === ':' || m[0] === ';' || m[0] === ' — ') && !SAYS_SOMETHING.test(tail.split(/,|\b(?:that|which|who|whose)\b/)[0] ?? '')) continue;
      // After a semicolon or dash, a subject; after a colon, any statement that opens with no verb.
      if (m[0] === ':' || m[0] === ';' ? SAYS_SOMETHING.test(tail.split(/\s+/)[0] ?? '') || /^to\b/i.test(tail) : !m[0].startsWith(',') && !SUBJECT_OPENS.test(tail) && !/^(?:so|but|yet|in|by|from|after|before|at)\b/i.test(tail)) continue;
      cut = { at: m.index, length: m[0].length };
      break;
    }
    if (!cut) break;
    pieces.push(`${rest.slice(0, cut.at).trimEnd().replace(/[,]$/, '')}.`);
    rest = capitalised(rest.slice(cut.at + cut.length).trimStart());
  }
  pieces.push(rest);
  return pieces;
}

/**
 * "Explain like I'm 10": the short version (shortVersion: every part, list item and side it keeps, and every figure and
 * date in them) said plainer still. Longer sentences are cut at their own joins into shorter ones (inShorterSentences),
 * and the list of plain words' hard words that have a plain stand-in ("agriculture": "Farming: …") are swapped for it.
 * No fact is changed or added: the words are the notes' own, but for a join and a swapped word.
 */
export function plainVersion(kb: KnowledgeBase, answer: string): string {
  return wholeSentences(shortVersion(kb, answer))
    .flatMap((s) => inShorterSentences(kb, s))
    .map((s) => withPlainWords(kb, s))
    .join(' ');
}

/** The short version a request asks for: plainer for "explain like I'm 10" (plainVersion), the short version for "shorter pls". */
export function simplerText(kb: KnowledgeBase, answer: string, request: string): string {
  return asksPlainer(request) ? plainVersion(kb, answer) : shortVersion(kb, answer);
}

/** Room for each point of a points reply said simpler: its first sentence or two, as the points reply showed it. */
const POINT_ROOM = 230;

/**
 * "Explain like I'm 10" or "shorter pls" just after a points reply (an essay question no one note answers: "which was
 * more important…, his post or his rivals' mistakes"): every point, each side's among them, in the order shown, each its
 * short version's opening (plainer for a request for plainer words), so no point or side is lost. One line each:
 * "• **question** opening".
 */
export function pointsInShort(kb: KnowledgeBase, points: readonly { readonly question: string; readonly answer: string }[], request: string): string {
  return points
    .map(({ question, answer }) => {
      const [first = '', ...more] = wholeSentences(simplerText(kb, answer, request));
      let said = first;
      for (const next of more) {
        if (said.length + 1 + next.length > POINT_ROOM) break;
        said = `${said} ${next}`;
      }
      return `• **${question}** ${said}`;
    })
    .join('\n');
}

/** A sentence of the notes that uses a word, and the question it answers. */
export interface WordInUse {
  readonly sentence: string;
  readonly questionId: string;
}

/** A sentence that only says what the word means ("Marx's word for…", "X means…") shows no example of it. */
const ONLY_DEFINES = /\b(?:word for|term for|means|meant|stands for|is called|was called|known as)\b/i;

/** "The nomenklatura was the system of lists…": a sentence opening with the word and what it was says what it means, as the card did. */
const definesIt = (sentence: string, key: string) => new RegExp(`^(?:the |a |an )?${key.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (?:was|were|is|are) `).test(normaliseText(sentence));

/** A whole sentence, not a piece of a reference cut at an initial ("Arch Getty, … 2004)."): its brackets close. */
const balanced = (sentence: string) => (sentence.match(/\(/g) ?? []).length === (sentence.match(/\)/g) ?? []).length;

/** An example's length that reads as one: a longer sentence (a list of Stalinism's features) is a poorer example. */
const EXAMPLE_ROOM = 250;

/** A sentence that shows a thing in action: a figure or date, a case ("such as", "for example"), who could be branded it. */
const SHOWS_A_CASE = /\d|\b(?:for example|for instance|such as|e\.g\.|including|anyone|whoever|however poor|branded|labelled)\b/i;

/**
 * "Give me an example" after a word's card ("what does proletariat mean"), whose definition gives none: a sentence of an
 * answer in the notes that uses the word, never one that only says what it means, so the example is the course's, never
 * made up. The best such sentence: in an answer to a question about the word itself ("Who were the kulaks?") before one
 * that only mentions it in passing ("Soviet accounts spoke only of kulak sabotage…"), in the word's own topics first, one
 * that shows a case (a figure, "such as", "anyone who resisted… could be branded a kulak") before one that does not, and by
 * the word's own name before its aliases ("proletarian" art is a poorer example than "a big proletariat"). Undefined when no
 * answer uses it.
 */
export function wordInUse(kb: KnowledgeBase, names: readonly string[]): WordInUse | undefined {
  const topics = kb.terms.find((t) => names.includes(t.term))?.topics ?? [];
  const keys = names.map((n) => ` ${normaliseText(n)} `).filter((k) => k.trim().length > 2);
  const uses = (text: string, key: string) => ` ${normaliseText(text)} `.includes(key);
  let best: { score: number; used: WordInUse } | undefined;
  for (const [k, key] of keys.entries()) {
    for (const q of kb.questions) {
      const about = keys.some((name) => uses(q.question, name));
      for (const sentence of wholeSentences(q.answer)) {
        if (ONLY_DEFINES.test(sentence) || !uses(sentence, key) || definesIt(sentence, key) || !balanced(sentence)) continue;
        // Earlier ranks weigh more than any later one: about the word, its topics, a sentence short enough to read as one, a case, its own name.
        const score = Number(about) * 16 + Number(topics.includes(q.topic)) * 8 + Number(sentence.length <= EXAMPLE_ROOM) * 4 + Number(SHOWS_A_CASE.test(sentence)) * 2 + Number(k === 0);
        if (!best || score > best.score) best = { score, used: { sentence, questionId: q.id } };
      }
    }
  }
  return best?.used;
}

// ---- Issue 19 follow-ups (s18): each step simpler or shorter than the last, hard words explained where they stand. ----

/** Words of a text, for how long it reads. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;

/** A sentence that carries a date or a figure: kept in any shorter version, since the point often rests on it. */
const HAS_FIGURE = /\d/;

/**
 * A text at most `limit` words long, by its own sentences: its first sentence (the answer's point), then those with a date
 * or figure, then the others in their order, each that fits; a sentence too long for the room its opening statement alone.
 * Kept in the text's order. Nothing is reworded.
 */
export function cutTo(kb: KnowledgeBase, text: string, limit: number): string {
  const sentences = wholeSentences(text);
  const fitted = (s: string, room: number) => {
    if (wordCount(s) <= room) return s;
    const head = inShorterSentences(kb, s)[0] ?? s;
    if (wordCount(head) <= room) return head;
    const main = mainStatement(s, Math.max(40, room * 6));
    return wordCount(main) <= room ? main : undefined;
  };
  const chosen = new Map<number, string>();
  let used = 0;
  const take = (i: number, force: boolean) => {
    const s = sentences[i];
    if (s === undefined || chosen.has(i)) return;
    // An item of a numbered list ("Third, …") only with all the others: one alone would make the list's count lie.
    if (!force && ORDINAL.test(s)) return;
    const f = fitted(s, limit - used) ?? (force ? (inShorterSentences(kb, s)[0] ?? s) : undefined);
    // A date or figure cut off with the rest of its sentence: the shorter piece must keep one, or the sentence is left out.
    if (f === undefined || (HAS_FIGURE.test(s) && !HAS_FIGURE.test(f) && i > 0)) return;
    chosen.set(i, f);
    used += wordCount(f);
  };
  take(0, true);
  sentences.forEach((s, i) => HAS_FIGURE.test(s) && take(i, false));
  // The last sentence when it judges what came before ("…though their rights stayed largely on paper"): often the point.
  const last = sentences.length - 1;
  if (last > 0 && JUDGES.test(sentences[last] ?? '')) take(last, false);
  sentences.forEach((_, i) => take(i, false));
  return [...chosen.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s).join(' ');
}

/** Historians' names a "like I'm 10" version keeps, at most: the rest are said as "some historians … others …". */
const NAMES_KEPT = 2;

/** A verb of saying after a historian's name, and its form after "Some historians" / "Others". */
const VIEW_VERB = /^(argues|argued|argue|finds|found|find|sees|saw|see|says|said|say|stresses|stressed|stress|claims|claimed|claim|insists|insisted|insist|believes|believed|believe|thinks|thought|think|calls|called|call|holds|held|hold|writes|wrote|write|suggests|suggested|suggest|blames|blamed|blame|emphasises|emphasised|emphasise|puts|put|shows|showed|show|treats|treated|treat|traces|traced|trace|points|pointed|point|describes|described|describe|concludes|concluded|conclude)\b/;
const PLURAL: Record<string, string> = { argues: 'argue', finds: 'find', sees: 'see', says: 'say', stresses: 'stress', claims: 'claim', insists: 'insist', believes: 'believe', thinks: 'think', calls: 'call', holds: 'hold', writes: 'write', suggests: 'suggest', blames: 'blame', emphasises: 'emphasise', puts: 'put', shows: 'show', treats: 'treat', traces: 'trace', points: 'point', describes: 'describe', concludes: 'conclude' };

/** Names an answer cites a work of, as written before the reference: "Stephen Wheatcroft (The Years of Hunger, 2004)", "Andrea Graziosi (2005)". */
function citedNames(answer: string): string[] {
  return [...answer.matchAll(/((?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w'’-]+)\s+\((?:[^()]*, )?(?:1[89]|20)\d\d\)/g)].map((m) => (m[1] ?? '').replace(/^(?:In|By|And|The|A)\s+/, '').split(/\s+/).slice(-2).join(' '));
}

/** How many historians a run of names names: "R. W. Davies and Stephen Wheatcroft" two; none when no name in it is a historian's (a card's, or cited). */
function historiansNamed(kb: KnowledgeBase, run: string, cited: readonly string[]): number {
  const s = ` ${normaliseText(run)} `;
  const known = historianNames(kb).filter((names) => names.some((n) => s.includes(n))).length;
  const names = run.split(/,?\s+and\s+|,\s+/).filter((n) => /^[A-Z]/.test(n.trim()));
  return known > 0 || cited.some((c) => run.includes(c)) ? Math.max(known, names.length) : 0;
}

/** A run of names as a sentence's subject: "Robert Conquest", "R. W. Davies and Stephen Wheatcroft", with a title before them ("In The Harvest of Sorrow"). */
const NAME_RUN = "(?:[A-Z][\\w'’.-]*\\.?\\s+)*?[A-Z][\\w'’-]+";
const SUBJECT_NAMES = new RegExp(`^(In [A-Z][^,]*?\\s)?(${NAME_RUN}(?:,?\\s+and\\s+${NAME_RUN})*)(,[^,]{1,80},)?\\s+(${VIEW_VERB.source.slice(1)}.*)$`);
/** ", such as Andrea Graziosi and Terry Martin," or ", held by …,": the names of a view, left out with the clause. */
const NAMES_ASIDE = new RegExp(`,\\s+(?:such as|held by|including|like)\\s+(${NAME_RUN}(?:,?\\s+and\\s+${NAME_RUN})*),`, 'g');

/**
 * A debate's sentences with at most NAMES_KEPT historians named, in their order: a later view's names are said as "Some
 * historians" (the first so said) or "Others" ("Anne Applebaum argues that…" → "Others argue that…"), with the book and
 * the aside about how they worked left out; names given as an example (", such as …,", ", held by …,") are left out with
 * their clause. A sentence whose names cannot be said so is kept as it is. `answer` is the whole answer, for who it cites.
 */
export function fewerNames(kb: KnowledgeBase, sentences: readonly string[], answer = sentences.join(' ')): string[] {
  const cited = citedNames(answer);
  let named = 0;
  let some = false;
  return sentences.map((sentence) => {
    let out = sentence.replace(NAMES_ASIDE, (all: string, run: string) => {
      const count = historiansNamed(kb, run, cited);
      if (count === 0) return all;
      if (named + count <= NAMES_KEPT) {
        named += count;
        return all;
      }
      return '';
    });
    // "In The Harvest of Sorrow Robert Conquest…": the book's title known, so its last word is not taken for a name.
    const title = titlesOf(kb).find((t) => out.startsWith(`In ${t} `));
    const m = SUBJECT_NAMES.exec(title ? out.slice(title.length + 4) : out);
    const run = m?.[2] ?? '';
    const rest = m?.[4] ?? '';
    const verb = VIEW_VERB.exec(rest);
    const count = m ? historiansNamed(kb, run, cited) : 0;
    if (count === 0 || !verb?.[1]) return out;
    if (named + count <= NAMES_KEPT) {
      named += count;
      // The book before the name ("In The Harvest of Sorrow") and an aside on how they worked are left out: who says what stays.
      return `${run} ${rest}`;
    }
    out = `${some ? 'Others' : 'Some historians'} ${PLURAL[verb[1]] ?? verb[1]}${rest.slice(verb[1].length)}`;
    some = true;
    return out;
  });
}

/** A meaning short enough to stand in brackets after its word: its first statement, at most this many words. */
const GLOSS_WORDS = 15;

/** A meaning's short form for brackets: the first sentence, cut at its first colon, semicolon or comma when longer than GLOSS_WORDS. */
function shortMeaning(meaning: string): string | undefined {
  const first = (sentencesOf(meaning)[0] ?? meaning).replace(/[.!]$/, '').trim();
  // Cut at a comma only before a clause that adds detail (", such as communism", ", which…"), never inside a list ("factories, land and banks").
  const comma = /, (?=(?:which|who|whose|where|when|such as|especially|usually|often|mainly|chiefly|caused|set|made|led|from|for|with|by|meaning)\b)/.exec(first)?.index ?? -1;
  const candidates = [first, ...[':', ';', ' — '].map((mark) => first.slice(0, Math.max(0, first.indexOf(mark))).trim()), first.slice(0, Math.max(0, comma)).trim()];
  const fit = candidates.find((c) => wordCount(c) >= 2 && wordCount(c) <= GLOSS_WORDS);
  if (!fit) return undefined;
  // Lower case after the word it explains, but for a name's ("Russian for…", "Lenin's…").
  return /^(?:Russian|Soviet|Ukrainian|Bolshevik|Communist|Marx|Lenin|Stalin|Trotsky|German|British|Tsar|NKVD|USSR|[A-Z]{2,})\b/.test(fit) ? fit : `${fit.charAt(0).toLowerCase()}${fit.slice(1)}`;
}

/** The titles of the historians' books and of the sources, once per knowledge base. */
const titlesByKb = new WeakMap<KnowledgeBase, readonly string[]>();
function titlesOf(kb: KnowledgeBase): readonly string[] {
  let titles = titlesByKb.get(kb);
  if (!titles) titlesByKb.set(kb, (titles = [...kb.people.flatMap((p) => booksOf(p.role)), ...kb.sources.map((s) => s.title)].filter((t) => t.length > 3)));
  return titles;
}

/** Places in a text no word is explained in: quotations, and the titles of books and sources ("Soviet" in a title). */
function protectedSpans(kb: KnowledgeBase, text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/"[^"]*"|“[^”]*”|\([^()]*\b(?:1[89]|20)\d\d\)/g)) spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  for (const title of titlesOf(kb)) {
    for (let at = text.indexOf(title); at >= 0; at = text.indexOf(title, at + 1)) spans.push([at, at + title.length]);
  }
  return spans;
}

/** Glosses in brackets a plainer reply gives, at most: more would bury the sentence. */
const MAX_GLOSSES = 3;

export interface Glossed {
  readonly text: string;
  /** The words explained in brackets (the rest go in the list under the reply). */
  readonly glossed: readonly string[];
}

/**
 * A plainer text with its hard words explained where they first stand, in brackets: the course's words by their term
 * card's short meaning ("the NEP (…)"), then the everyday hard words of knowledge/plain-words.yaml by their plain meaning
 * (those with a plain stand-in are swapped already). Not words the question asked about, nor any inside a quotation, a
 * book's title or a reference; each word once.
 */
export function withGlosses(kb: KnowledgeBase, text: string, asked = ''): Glossed {
  const words = wordsExplained(kb, text, asked);
  const spans = protectedSpans(kb, text);
  const inserts: { at: number; gloss: string; word: string }[] = [];
  const taken: [number, number][] = [];
  for (const { word, meaning } of words) {
    if (inserts.length >= MAX_GLOSSES) break;
    const short = shortMeaning(meaning);
    if (!short) continue;
    // The word as written in the text: a course word found by another of its names ("market economy (capitalism)") by that name.
    const written = /^(.*) \((.*)\)$/.exec(word)?.[1] ?? word;
    const find = new RegExp(`(?<![A-Za-z'-])${written.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+')}(?:s|es)?(?![A-Za-z-])`, 'gi');
    for (const m of text.matchAll(find)) {
      const from = m.index ?? 0;
      const to = from + m[0].length;
      if (spans.some(([a, b]) => from < b && to > a) || taken.some(([a, b]) => from < b && to > a)) continue;
      // Already explained just after ("the Komsomol (Young Communist League)"): no second bracket.
      if (/^\s*\(/.test(text.slice(to))) break;
      inserts.push({ at: to, gloss: ` (${short})`, word });
      taken.push([from, to]);
      break;
    }
  }
  let out = text;
  for (const { at, gloss } of [...inserts].sort((a, b) => b.at - a.at)) out = `${out.slice(0, at)}${gloss}${out.slice(at)}`;
  return { text: out, glossed: inserts.map((i) => i.word) };
}

/** What a simpler reply shows: its text, the words listed under it, and whether nothing more could be cut. */
export interface SimplerStep {
  /** The text shown, with its words glossed (for a plainer request). */
  readonly text: string;
  /** The text before any gloss: what the next step must be plainer or shorter than. */
  readonly bare: string;
  /** The words explained under it (those not glossed in brackets). */
  readonly words: readonly WordExplained[];
  /** Nothing shorter or plainer is left: the reply says so, and offers the words' cards. */
  readonly atPlainest: boolean;
}

/** How much shorter "shorter" is than what was shown, at most: about half. A plainer step cut further keeps two thirds at most. */
const SHORTER_SHARE = 0.5;

/**
 * The next step of "simpler" for an answer, `before` being the text the last simpler step showed of it (undefined when the
 * answer itself was shown last). "Shorter" is at most about half of what was shown, by the sentences that carry the answer
 * (cutTo); a plainer request ("explain like I'm 10", "i dont get it", "simpler pls") the plain version, with at most two
 * historians named, cut further when it is not a quarter shorter than what was shown. Never the same text twice: when
 * nothing shorter is left, `atPlainest`.
 */
export function simplerStep(kb: KnowledgeBase, answer: string, request: string, asked = '', before?: string): SimplerStep {
  const plainer = asksPlainer(request);
  const shown = before ?? answer;
  const room = wordCount(shown);
  const base = plainer ? fewerNames(kb, wholeSentences(plainVersion(kb, answer)), answer).join(' ') : shortVersion(kb, answer);
  // A plainer version need only be shorter than what was shown (the first step keeps every reason of a list, in plainer
  // sentences); "shorter" is at most about half of it.
  const fits = plainer
    ? before === undefined
      ? wordCount(base) <= room
      : wordCount(base) < room && normaliseText(base) !== normaliseText(shown)
    : wordCount(base) <= Math.ceil(room * SHORTER_SHARE);
  let bare = fits ? base : cutTo(kb, base, Math.max(1, Math.floor(room * (plainer ? 2 / 3 : SHORTER_SHARE))));
  // Cut to its point and still no shorter than what was shown: its first sentence alone, or nothing more to cut.
  if (!(fits && before === undefined) && (wordCount(bare) >= room || normaliseText(bare) === normaliseText(shown))) bare = cutTo(kb, base, 1);
  // The first step of a one-sentence answer is still plainer (its words explained); only a step after another can find nothing left.
  const atPlainest = before !== undefined && (wordCount(bare) >= room || normaliseText(bare) === normaliseText(shown));
  if (before === undefined && wordCount(bare) >= room) bare = base;
  // Nothing shorter left: the plainest version is offered again under a line that says so (atPlainestReply).
  if (atPlainest) bare = shown;
  const glossed = plainer ? withGlosses(kb, bare, asked) : { text: bare, glossed: [] };
  const words = wordsExplained(kb, bare, asked).filter((w) => !glossed.glossed.includes(w.word));
  return { text: glossed.text, bare, words, atPlainest };
}

/** What was shown last of each conversation's answer in short, so the next "simpler" is plainer still; per memory of conversations. */
const shownOf = new WeakMap<object, Map<string, { readonly entryId: string; readonly bare: string }>>();
/** Conversations remembered at once, at most: the oldest forgotten first. */
const SHOWN_KEPT = 2000;

/** The text the last simpler step showed of an answer in a conversation, when the last reply there was that step. */
export function simplerShown(memory: object, key: string, entryId: string): string | undefined {
  const found = shownOf.get(memory)?.get(key);
  return found?.entryId === entryId ? found.bare : undefined;
}

/** Remembers what a simpler step showed (or, with undefined, forgets it: any other reply came after it). */
export function rememberSimplerShown(memory: object, key: string, shown: { readonly entryId: string; readonly bare: string } | undefined): void {
  let map = shownOf.get(memory);
  if (!map) shownOf.set(memory, (map = new Map()));
  map.delete(key);
  if (!shown) return;
  map.set(key, shown);
  while (map.size > SHOWN_KEPT) map.delete(map.keys().next().value as string);
}

/** The one line said when nothing shorter or plainer is left of an answer. */
export const AT_PLAINEST = MESSAGES.askAtPlainest;
/** Under it, the course's words of the answer, whose cards say them another way. */
export const AT_PLAINEST_CARDS = MESSAGES.askAtPlainestCards;
/** Term cards offered as buttons, at most. */
const CARD_BUTTONS = 4;

/**
 * Nothing more to cut ("simpler" again after the plainest version): said in one line, not the same text again, with the
 * course's words of it as buttons to their term cards and the everyday words' plain meanings, then the reply's own buttons.
 */
export function atPlainestReply(kb: KnowledgeBase, full: Reply, step: SimplerStep): Reply {
  const cards = step.words
    .map((w) => kb.terms.find((t) => t.term === (/^.* \((.*)\)$/.exec(w.word)?.[1] ?? w.word)))
    .filter((t): t is Term => t !== undefined)
    .slice(0, CARD_BUTTONS)
    .map((t) => ({ action: `ask:${t.id.startsWith('term-') ? t.id : `term-${t.id}`}`, label: `What does "${t.term}" mean?`.slice(0, 80), style: 'primary' as const }));
  const everyday = step.words.filter((w) => !kb.terms.some((t) => t.term === (/^.* \((.*)\)$/.exec(w.word)?.[1] ?? w.word)));
  const body = [AT_PLAINEST, `${MESSAGES.askSimpler}\n${step.text}`, ...(everyday.length > 0 ? [MESSAGES.askWordsExplained(everyday)] : []), ...(cards.length > 0 ? [AT_PLAINEST_CARDS] : [])].join('\n\n');
  return { ...full, body, buttons: [...cards, ...(full.buttons ?? [])].slice(0, 5 + CARD_BUTTONS) };
}
