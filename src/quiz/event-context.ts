// What an "In which year…?" question teaches beyond the year: one short sentence of the notes (an /ask entry's
// answer) on the same event, else the event's topic. "Trotsky is deported from the USSR: 1929." alone only repeats
// the question; "…: 1929. Trotsky had been expelled from the USSR in 1929 and was a fierce critic of Stalin from
// abroad, so he made an ideal villain." says why it mattered. Pure; the wiring builds it once per fact base.
import type { KnowledgeBase, TimelineEvent } from '../knowledge/schema.js';
import { sentencesOf, tokenize } from '../matching/normalise.js';
import { isContentTerm, stem } from '../matching/vocabulary.js';
import type { EventContext } from './chronology.js';

export const EVENT_CONTEXT_DEFAULTS = Object.freeze({
  /** A sentence longer than this is no short note. */
  maxLength: 220,
  /**
   * The share of the event's words (weighted by how rare each is in the notes, so "Stalin" and "party" count for
   * little) a sentence must have to be taken for one about the same event.
   */
  minCover: 0.5,
  /** Words a sentence must add to the event's own: one that only restates it teaches nothing. */
  minNewWords: 3,
});

/** Words that stand for one person: before any name in a sentence, they point to one the sentence does not name. */
const PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);
const YEAR = /\b\d{4}\b/g;

const termsOf = (text: string) => new Set(tokenize(text).filter((w) => isContentTerm(w) && !/^\d+$/.test(w)).map(stem));

interface NoteSentence {
  readonly text: string;
  readonly topic: string;
  readonly terms: ReadonlySet<string>;
  readonly years: readonly string[];
}

/**
 * Each event's context: its topic's title, and the sentence of the notes that names the event's year and most of
 * its rarer words and adds words of its own, preferring the event's topic and a sentence dated to that year alone.
 */
export function createEventContext(kb: Pick<KnowledgeBase, 'questions' | 'topics' | 'people'>): (event: TimelineEvent) => EventContext {
  const D = EVENT_CONTEXT_DEFAULTS;
  // Each person's surname and aliases as words: "In 1926–27 he beat the United Opposition of Trotsky" is about
  // someone it does not name (Stalin), and read under "Trotsky is deported…" would seem to be about Trotsky.
  const nameWords = new Set(kb.people.flatMap((p) => [p.name, ...p.aliases].map((n) => tokenize(n).at(-1) ?? '')));
  const namesWhoItMeans = (text: string) => {
    const words = tokenize(text);
    const pronoun = words.findIndex((w) => PERSON_PRONOUNS.has(w));
    return pronoun < 0 || words.slice(0, pronoun).some((w) => nameWords.has(w));
  };
  const sentences: NoteSentence[] = kb.questions.flatMap((q) =>
    sentencesOf(q.answer)
      .filter((text) => text.length <= D.maxLength && namesWhoItMeans(text))
      .map((text) => ({ text, topic: q.topic, terms: termsOf(text), years: text.match(YEAR) ?? [] })),
  );
  const used = new Map<string, number>();
  for (const s of sentences) for (const t of s.terms) used.set(t, (used.get(t) ?? 0) + 1);
  const weight = (term: string) => Math.log((sentences.length + 1) / ((used.get(term) ?? 0) + 1));
  const titles = new Map(kb.topics.map((t) => [t.id, t.title]));

  const sentenceOn = (event: TimelineEvent): string | undefined => {
    const year = event.date.slice(0, 4);
    const own = [...termsOf(event.title)];
    const total = own.reduce((sum, t) => sum + weight(t), 0);
    let best: { text: string; score: number } | undefined;
    for (const s of sentences) {
      if (!s.years.includes(year)) continue;
      const cover = own.filter((t) => s.terms.has(t)).reduce((sum, t) => sum + weight(t), 0) / (total || 1);
      const added = [...s.terms].filter((t) => !own.includes(t)).length;
      if (cover < D.minCover || added < D.minNewWords) continue;
      // Ties go to the event's own topic, to a sentence about that year alone, then to the shorter.
      const score = cover + (s.topic === event.topic ? 0.1 : 0) - (s.years.some((y) => y !== year) ? 0.1 : 0) - s.text.length / 4000;
      if (!best || score > best.score) best = { text: s.text, score };
    }
    return best?.text;
  };

  return (event) => {
    const sentence = sentenceOn(event);
    const topic = titles.get(event.topic);
    return { ...(sentence ? { sentence } : {}), ...(topic ? { topic } : {}) };
  };
}
