// What an "In which year…?" question teaches beyond the year: the event's own description when it has one, else
// a short passage of the notes (an /ask entry's answer, a person's summary, a term's definition, a topic's
// summary) on the same event, else the event's topic. A description is written where no passage says enough.
// "Trotsky is deported from the USSR: 1929." alone only repeats the question; "…: 1929. Trotsky was deported in
// 1929 and attacked Stalin from abroad until an NKVD agent killed him in Mexico in 1940." says what followed.
// A passage must read alone: a teacher's trial was shown "…worked to death: 1937. Yet it killed on a vast scale…",
// whose "Yet it" pointed back to a sentence it did not show. A sentence that leans on the one before it is taken
// only together with that one. Pure; the wiring builds it once per fact base.
import type { KnowledgeBase, TimelineEvent } from '../knowledge/schema.js';
import { sentencesOf, tokenize } from '../matching/normalise.js';
import { isContentTerm, stem } from '../matching/vocabulary.js';
import type { EventContext } from './chronology.js';

export const EVENT_CONTEXT_DEFAULTS = Object.freeze({
  /** A sentence longer than this is no short note. */
  maxLength: 220,
  /** A sentence that leans on the one before it, with that one: two sentences, so a little longer. */
  maxPairLength: 300,
  /**
   * The share of the event's words (weighted by how rare each is in the notes, so "Stalin" and "party" count for
   * little) a passage must have to be taken for one about the same event.
   */
  minCover: 0.4,
  /** Words a passage must add to the event's own: one that only restates it teaches nothing. */
  minNewWords: 3,
  /**
   * In a passage of two sentences naming other years too, the share of the event's words the sentence with its
   * year must have on its own: the year of another matter is no date of this event.
   */
  minDatedCover: 0.2,
  /** What a passage that says why the event mattered or what it led to gains over one that only retells it. */
  consequenceBonus: 0.1,
  /** Passages offered, best first: the explanation takes the first that fits its length with the event's title. */
  offered: 3,
});

export type EventContextOptions = typeof EVENT_CONTEXT_DEFAULTS;

/** Words that stand for one person: before any name in a sentence, they point to one the sentence does not name. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him', 'hers', 'himself', 'herself']);
/**
 * First words that point back to what the sentence before said ("Yet it killed…", "So the same Congress…",
 * "These episodes explain…", "It was approved…"): English, not the course's words, so they live here.
 */
const LEANING_OPENERS: ReadonlySet<string> = new Set([
  'yet', 'but', 'and', 'or', 'nor', 'so', 'thus', 'hence', 'therefore', 'however', 'also', 'still', 'instead',
  'nevertheless', 'nonetheless', 'moreover', 'furthermore', 'besides', 'meanwhile', 'likewise', 'similarly',
  'otherwise', 'indeed', 'then', 'again', 'even', 'too', 'it', 'its', 'this', 'these', 'that', 'those', 'they',
  'their', 'them', 'such', 'both', 'another', 'here', 'he', 'she', 'his', 'her', 'him',
]);
/** Words anywhere in a sentence that place it after something said before it ("…had already called the turn…"). */
const LEANING_WORDS: ReadonlySet<string> = new Set(['already']);
/** A pronoun subject after an opening phrase ("Drafted in 1937–38…, it set…") stands for something named earlier. */
const PRONOUN_SUBJECTS: ReadonlySet<string> = new Set(['it', 'they', 'he', 'she', 'this', 'these']);
/** …unless the opening phrase is a clause of its own, which can name it ("When the opposition marched…, it gave…"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when', 'whenever', 'if', 'after', 'once', 'although', 'though', 'as', 'because', 'while', 'since', 'before', 'until', 'where',
]);
/** A sentence's first few words: a pronoun among them is its subject, or near it. */
const EARLY_WORDS = 5;
/** They point back whatever names come before them: "After Kirov's murder they were arrested" (Zinoviev and Kamenev). */
const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'their', 'them']);
/** "It" and "its" point back unless a name comes before them ("In 1937 it…" does; "When Stalin's plan… it" need not). */
const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'its']);
/** Words early in a sentence that say it adds to something said before it ("Bukharin also recanted…"). */
const EARLY_LEANING_WORDS: ReadonlySet<string> = new Set(['also']);
/** "All three lost their seats…", "Many of them…": a count of people or things named before. */
const COUNTED_OPENING = /^(?:All|Each|Neither|Either|None|Most|Many|Some|Few|Several)\s+(?:of\s+(?:them|these|those|the\s+\w+)|two|three|four|five|six|seven|eight|nine|ten)\b/;
/** "A second feature was…", "The same Congress…": one of a series, or one named before. */
const SERIES_OPENING = /^(?:A|An|The)\s+(?:second|third|fourth|fifth|last|final|other|next|same|latter|former)\b/;
/**
 * "The phrase came into use…", "The most famous example was…": a word or an instance of something named before.
 */
const NAMED_BEFORE = /^(?:The|This|That|Such an?|An?)\s+(?:\w+\s+){0,2}(?:phrase|term|word|name|expression|slogan|example|instance|case in point)\b/;
/**
 * First words that sum up several sentences before ("These episodes explain…"): the one sentence before them
 * does not say what they are, so such a sentence is never shown, even with it.
 */
const SUMMING_UP: ReadonlySet<string> = new Set(['these', 'those', 'such']);
/** A list's heading ("Party: Stalin was…"): the sentence is one line of a list, not a note of its own. */
const LIST_HEADING = /^[^\s:]+(?: [^\s:]+)?:\s/;
/**
 * Words that say why something mattered or what it led to ("…so he made an ideal villain", "…which led to…"):
 * such a note teaches more than one that only retells the event.
 */
const CONSEQUENCE =
  /\b(?:so|so that|because|led (?:\w+ )?to|leading (?:\w+ )?to|meant|in order to|as a result|result(?:ed|ing)? in|caus(?:ed|ing)|forc(?:ed|ing)|allow(?:ed|ing)|hoping|aim(?:ed|ing)|mark(?:ed|ing)|help(?:ed|ing)|show(?:ed|ing)|until|after which|the first|the most)\b/i;
const YEAR = /\b\d{4}\b/g;
/** A span of years written short, "1927–32": its century and the end's last two digits. */
const SPAN_END = /\b(\d{2})\d{2}[–-](\d{2})\b/g;

const termsOf = (text: string) => new Set(tokenize(text).filter((w) => isContentTerm(w) && !/^\d+$/.test(w)).map(stem));

/** A passage of the notes: one sentence, or a leaning one with the one before it (its parts). */
interface Passage {
  readonly text: string;
  /** The topics of the notes it comes from. */
  readonly topics: readonly string[];
  readonly parts: readonly Part[];
  /** All its parts' words and years. */
  readonly terms: ReadonlySet<string>;
  readonly years: readonly string[];
}

/** A text of the notes and the topics it belongs to; `heading` names what a definition's first sentence defines. */
interface Note {
  readonly text: string;
  readonly topics: readonly string[];
  readonly heading?: string;
}

type Notes = Pick<KnowledgeBase, 'questions' | 'topics' | 'people' | 'terms'>;

/** Every text of the notes that can say what an event was: /ask answers, then people, terms and topic summaries. */
const notesOf = (kb: Notes): Note[] => [
  ...kb.questions.map((q) => ({ text: q.answer, topics: [q.topic] })),
  ...kb.people.map((p) => ({ text: p.summary, topics: p.topics })),
  ...kb.terms.map((t) => ({ text: t.definition, topics: t.topics, heading: t.term })),
  ...kb.topics.map((t) => ({ text: t.summary, topics: [t.id] })),
];

/**
 * Whether a sentence leans on the one before it, so that alone it would not be understood: it opens with a word
 * that points back ("Yet", "So", "These", "Another"), one of a series or a count ("A second feature…", "All
 * three…"), adds to something said before ("…also…", "…already…"), has a pronoun for its subject, is a line of a
 * list, or names a person only by "he" or "she" (before any name: "In 1926–27 he beat the United Opposition of
 * Trotsky" is about Stalin, and read under "Trotsky is deported…" would seem to be about Trotsky).
 */
export function createLeaning(nameWords: ReadonlySet<string>): (sentence: string) => boolean {
  return (sentence) => {
    const words = tokenize(sentence);
    const first = words[0];
    if (first === undefined || LEANING_OPENERS.has(first)) return true;
    if (LIST_HEADING.test(sentence) || SERIES_OPENING.test(sentence) || COUNTED_OPENING.test(sentence) || NAMED_BEFORE.test(sentence)) return true;
    if (words.some((w) => LEANING_WORDS.has(w)) || words.slice(0, EARLY_WORDS).some((w) => EARLY_LEANING_WORDS.has(w))) return true;
    if (leadsWithPronoun(sentence)) return true;
    // "Drafted in 1937–38…, it set…": a pronoun subject after an opening phrase that is no clause of its own.
    const comma = sentence.indexOf(',');
    if (comma > 0 && !CLAUSE_OPENERS.has(first) && PRONOUN_SUBJECTS.has(tokenize(sentence.slice(comma + 1))[0] ?? '')) return true;
    const pronoun = words.findIndex((w) => PERSON_PRONOUNS.has(w));
    return pronoun >= 0 && !words.slice(0, pronoun).some((w) => nameWords.has(w));
  };
}

/** Whether a pronoun among a sentence's first words points back: "they" always, "it" when no name comes before it. */
function leadsWithPronoun(sentence: string): boolean {
  const raw = sentence.split(/\s+/).slice(0, EARLY_WORDS);
  const at = raw.findIndex((w) => {
    const word = tokenize(w)[0] ?? '';
    return PLURAL_PRONOUNS.has(word) || THING_PRONOUNS.has(word);
  });
  if (at < 0) return false;
  const plural = PLURAL_PRONOUNS.has(tokenize(raw[at] ?? '')[0] ?? '');
  // A capital after the first word is a name "it" may stand for.
  return plural || !raw.slice(1, at).some((w) => /^[A-Z]/.test(w));
}

/**
 * A definition's first sentence with the term it defines: most are glosses that do not name it ("The
 * Turkestan–Siberian railway linking Siberia with Central Asia."), which alone read as half a sentence;
 * "Turksib: the Turkestan–Siberian railway…" does not. One that names it first is left as it is.
 */
function headed(term: string, gloss: string): string {
  if (gloss.toLowerCase().startsWith(term.toLowerCase())) return gloss;
  // "The…", "From…" go on in lower case after the heading; a name ("Stalin's…") keeps its capital.
  const firstWord = tokenize(gloss.split(/\s+/)[0] ?? '')[0] ?? '';
  const article = firstWord && !isContentTerm(firstWord) ? gloss.charAt(0).toLowerCase() + gloss.slice(1) : gloss;
  return `${term.charAt(0).toUpperCase()}${term.slice(1)}: ${article}`;
}

/**
 * The passages of one note a date question may show, as their sentences: each sentence that reads alone, and each
 * that leans on the one before it together with that one (when that one reads alone and the two fit); never a
 * sentence alone that leans, nor one that leans on the note's question (its first sentence) or sums up several.
 */
function passagesOf(note: Note, leans: (sentence: string) => boolean, D: EventContextOptions): string[][] {
  const sentences = sentencesOf(note.text);
  if (note.heading !== undefined && sentences[0] !== undefined) sentences[0] = headed(note.heading, sentences[0]);
  // A definition's first sentence, headed by its term, reads alone whatever its first word.
  const alone = sentences.map((sentence, i) => (i === 0 && note.heading !== undefined) || !leans(sentence));
  const passages: string[][] = [];
  sentences.forEach((sentence, i) => {
    const before = sentences[i - 1];
    if (alone[i]) {
      if (sentence.length <= D.maxLength) passages.push([sentence]);
    } else if (before !== undefined && alone[i - 1] && !SUMMING_UP.has(tokenize(sentence)[0] ?? '') && before.length + 1 + sentence.length <= D.maxPairLength) {
      passages.push([before, sentence]);
    }
  });
  return passages;
}

/** One sentence of a passage, read. */
interface Part {
  readonly terms: ReadonlySet<string>;
  readonly years: readonly string[];
}

/** The years a sentence names, with the ends of spans written short ("built 1927–32" names 1932 too). */
function yearsOf(sentence: string): string[] {
  const ends = [...sentence.matchAll(SPAN_END)].map((m) => `${m[1]}${m[2]}`);
  return [...(sentence.match(YEAR) ?? []), ...ends];
}

const partOf = (sentence: string): Part => ({ terms: termsOf(sentence), years: yearsOf(sentence) });

/** A passage that may be shown under an event, and how well it fits it (higher is better). */
export interface RankedPassage {
  readonly text: string;
  readonly score: number;
}

/**
 * For each event, the passages of the notes on it, best first: those that name the event's year and most of its
 * rarer words and add words of their own. The first of two sentences must be about the event too (the one before
 * a leaning sentence is no stray one: "The NEP divided the party. And in notes…"), and the year must be
 * in a sentence on the event, unless it is the only year the passage names ("In 1925 Stalin allied with
 * Bukharin… In 1926–27 he beat…, which led to Trotsky's… deportation in 1929" is not about Bukharin in 1929).
 * Ties go to the event's own topic, a passage dated to that year alone, one that says why the event mattered,
 * then the shorter.
 */
export function createPassageRanking(kb: Notes, D: EventContextOptions = EVENT_CONTEXT_DEFAULTS): (event: TimelineEvent) => RankedPassage[] {
  // Each person's surname and aliases as words, so "he" after a name is read as that person.
  const nameWords = new Set(kb.people.flatMap((p) => [p.name, ...p.aliases].map((n) => tokenize(n).at(-1) ?? '')));
  const leans = createLeaning(nameWords);
  // One passage a text, however many notes repeat it (the topics of all of them).
  const byText = new Map<string, { sentences: string[]; topics: Set<string> }>();
  for (const note of notesOf(kb)) {
    for (const sentences of passagesOf(note, leans, D)) {
      const text = sentences.join(' ');
      const seen = byText.get(text) ?? { sentences, topics: new Set<string>() };
      for (const t of note.topics) seen.topics.add(t);
      byText.set(text, seen);
    }
  }
  const passages: Passage[] = [...byText].map(([text, { sentences, topics }]) => {
    const parts = sentences.map(partOf);
    return { text, topics: [...topics], parts, terms: new Set(parts.flatMap((p) => [...p.terms])), years: parts.flatMap((p) => p.years) };
  });
  const used = new Map<string, number>();
  for (const s of passages) for (const t of s.terms) used.set(t, (used.get(t) ?? 0) + 1);
  const weight = (term: string) => Math.log((passages.length + 1) / ((used.get(term) ?? 0) + 1));

  return (event) => {
    const year = event.date.slice(0, 4);
    const own = [...termsOf(event.title)];
    const total = own.reduce((sum, t) => sum + weight(t), 0) || 1;
    const coverOf = (terms: ReadonlySet<string>) => own.filter((t) => terms.has(t)).reduce((sum, t) => sum + weight(t), 0) / total;
    const ranked: RankedPassage[] = [];
    for (const s of passages) {
      if (!s.years.includes(year)) continue;
      const cover = coverOf(s.terms);
      const added = [...s.terms].filter((t) => !own.includes(t)).length;
      if (cover < D.minCover || added < D.minNewWords) continue;
      const otherYears = s.years.some((y) => y !== year);
      if (s.parts.length > 1) {
        if (coverOf(s.parts[0]?.terms ?? new Set()) === 0) continue;
        const dated = Math.max(...s.parts.filter((p) => p.years.includes(year)).map((p) => coverOf(p.terms)));
        if (otherYears && dated < D.minDatedCover) continue;
      }
      const score =
        cover +
        (s.topics.includes(event.topic) ? 0.1 : 0) -
        (otherYears ? 0.1 : 0) +
        (CONSEQUENCE.test(s.text) ? D.consequenceBonus : 0) -
        s.text.length / 4000;
      ranked.push({ text: s.text, score });
    }
    return ranked.sort((a, b) => b.score - a.score || a.text.length - b.text.length);
  };
}

/**
 * Each event's context: its topic's title, and what to say of it, best first: its description, written for
 * this, then the passages of the notes on it (createPassageRanking), the best few, which the explanation falls
 * back on when the description makes it too long.
 */
export function createEventContext(kb: Notes): (event: TimelineEvent) => EventContext {
  const rank = createPassageRanking(kb);
  const titles = new Map(kb.topics.map((t) => [t.id, t.title]));
  return (event) => {
    const passages = rank(event)
      .slice(0, EVENT_CONTEXT_DEFAULTS.offered)
      .map((p) => p.text);
    const [sentence, ...more] = withDescription(event, passages);
    const topic = titles.get(event.topic);
    return { ...(sentence ? { sentence } : {}), ...(more.length > 0 ? { more } : {}), ...(topic ? { topic } : {}) };
  };
}

/** The event's description ahead of the passages found for it, when it has one. */
const withDescription = (event: TimelineEvent, passages: readonly string[]): string[] =>
  event.description === undefined ? [...passages] : [event.description, ...passages.filter((p) => p !== event.description)];
