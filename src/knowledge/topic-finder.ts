// Finds a topic from whatever a student types: its number in /topics, its id, title or an alias, a
// misspelling of one, the words of one ("terror", "the nep"), or its start ("collect"). Anything else
// finds nothing: "/topic hitler" must say there is no such topic, not open the nearest-looking one.
// The same finder, over other names, finds a chart's series ("famine deaths", "Grain harvest", "steal").
import Fuse from 'fuse.js';
import type { Topic } from './schema.js';
import { normaliseText } from '../matching/normalise.js';
import { editDistance, QUESTION_WORDS, STOPWORDS, typoAllowance } from '../matching/vocabulary.js';

export interface NameFinder<T> {
  find(name: string): T | undefined;
  /** Up to `limit` items for autocomplete, best first; all of them in their order when `partial` is empty. */
  suggest(partial: string, limit: number): T[];
}

export type TopicFinder = NameFinder<Topic>;

interface Name<T> {
  readonly item: T;
  readonly name: string;
  /** Its words that say something ("the", "of" left out). */
  readonly words: readonly string[];
}

const contentWords = (text: string) => text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));
const isTypoOf = (typed: string, known: string) => editDistance(typed, known, typoAllowance(known.length)) <= typoAllowance(known.length);

export function createTopicFinder(topics: readonly Topic[]): TopicFinder {
  return createNameFinder(topics, (topic) => [topic.id.replace(/-/g, ' '), topic.title, ...topic.aliases], { numbered: true });
}

/**
 * Finds one of `items` by any of its names (in order of preference), as a topic is found. `numbered`: a
 * number finds the item at that place (/topics numbers the topics).
 */
export function createNameFinder<T>(items: readonly T[], namesOf: (item: T) => readonly string[], options: { readonly numbered?: boolean } = {}): NameFinder<T> {
  const names: Name<T>[] = items.flatMap((item) =>
    namesOf(item).map((raw) => {
      const name = normaliseText(raw);
      return { item, name, words: contentWords(name) };
    }),
  );
  const exact = new Map<string, T>();
  for (const n of names) if (!exact.has(n.name)) exact.set(n.name, n.item);
  // Fuse.js is forgiving, which suits autocomplete (a list to pick from), not find (one answer).
  const fuse = new Fuse(names, { keys: ['name'], threshold: 0.4, ignoreLocation: true });

  /** The name whose words best cover what was typed, every typed word matching one of its words. */
  const byWords = (key: string): T | undefined => {
    const typed = contentWords(key);
    if (typed.length === 0) return undefined;
    let best: { item: T; share: number } | undefined;
    for (const n of names) {
      if (!typed.every((w) => n.words.some((known) => known === w || (w.length > 3 && isTypoOf(w, known))))) continue;
      const share = typed.length / n.words.length;
      if (!best || share > best.share) best = { item: n.item, share };
    }
    return best?.item;
  };

  return {
    find(name) {
      const key = normaliseText(name);
      if (!key) return undefined;
      // /topics numbers the topics in course order.
      if (options.numbered && /^\d{1,2}$/.test(key)) return items[Number(key) - 1];
      const exactly = exact.get(key);
      if (exactly) return exactly;
      // "the", "why", "how": no word that names anything.
      if (contentWords(key).length === 0) return undefined;
      const known = names.find((n) => isTypoOf(key, n.name))?.item ?? byWords(key);
      if (known) return known;
      return key.length >= 3 ? names.find((n) => n.name.startsWith(key))?.item : undefined;
    },
    suggest(partial, limit) {
      const key = normaliseText(partial);
      if (!key) return items.slice(0, limit);
      const starts = items.filter((t) => names.some((n) => n.item === t && n.name.startsWith(key)));
      const fuzzy = fuse.search(key).map((r) => r.item.item);
      return [...new Set([...starts, ...fuzzy])].slice(0, limit);
    },
  };
}
