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
  /**
   * Stricter than find, for a command that would act on a guess: the item named exactly (`loose` false), or the
   * one item loose words fit best (`loose` true: a misspelling, some of a name's words, its start); undefined when
   * nothing fits or several items fit alike ("stalin" is in many topics' names).
   */
  match(name: string): { readonly item: T; readonly loose: boolean } | undefined;
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

  /** Whether every typed word is one of the name's words, or (a word of four letters or more) a misspelling of one. */
  const wordsFit = (typed: readonly string[], n: Name<T>) => typed.every((w) => n.words.some((known) => known === w || (w.length > 3 && isTypoOf(w, known))));

  /** The name whose words best cover what was typed, every typed word matching one of its words. */
  const byWords = (key: string): T | undefined => {
    const typed = contentWords(key);
    if (typed.length === 0) return undefined;
    let best: { item: T; share: number } | undefined;
    for (const n of names) {
      if (!wordsFit(typed, n)) continue;
      const share = typed.length / n.words.length;
      if (!best || share > best.share) best = { item: n.item, share };
    }
    return best?.item;
  };

  /** The one item among `found`, or undefined when there are none or several. */
  const onlyOne = (found: readonly T[]): T | undefined => (new Set(found).size === 1 ? found[0] : undefined);
  /** Loose readings, most exact first: the items each finds (an empty list: try the next). */
  const looseReadings = (key: string): ReadonlyArray<() => T[]> => {
    const typed = contentWords(key);
    const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((w) => b.includes(w));
    return [
      // "terror" for "the terror": every word of a name, little words aside.
      () => names.filter((n) => same(typed, n.words)).map((n) => n.item),
      // "economy" for "command economy": some of a name's words, exactly.
      () => names.filter((n) => typed.every((w) => n.words.includes(w))).map((n) => n.item),
      // "famin", "womens": a whole name misspelt; then its words misspelt.
      () => names.filter((n) => isTypoOf(key, n.name)).map((n) => n.item),
      () => names.filter((n) => wordsFit(typed, n)).map((n) => n.item),
      // "collect": a name's start.
      () => (key.length >= 3 ? names.filter((n) => n.name.startsWith(key)).map((n) => n.item) : []),
    ];
  };

  /**
   * What find and match both do first: the item `name` names by its number or exactly (`item`), or the typed
   * text normalised (`key`) for a looser reading; undefined when it can name nothing (empty, a number past the
   * end, no word that names anything).
   */
  const named = (name: string): { readonly item: T } | { readonly key: string } | undefined => {
    const key = normaliseText(name);
    if (!key) return undefined;
    // /topics numbers the topics in course order.
    if (options.numbered && /^\d{1,2}$/.test(key)) {
      const item = items[Number(key) - 1];
      return item === undefined ? undefined : { item };
    }
    const exactly = exact.get(key);
    if (exactly) return { item: exactly };
    // "the", "why", "how": no word that names anything.
    return contentWords(key).length === 0 ? undefined : { key };
  };

  return {
    match(name) {
      const typed = named(name);
      if (!typed) return undefined;
      if ('item' in typed) return { item: typed.item, loose: false };
      for (const reading of looseReadings(typed.key)) {
        const found = reading();
        if (found.length > 0) {
          const item = onlyOne(found);
          return item === undefined ? undefined : { item, loose: true };
        }
      }
      return undefined;
    },
    find(name) {
      const typed = named(name);
      if (!typed) return undefined;
      if ('item' in typed) return typed.item;
      const { key } = typed;
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
