// Finds a topic from whatever a student types: its number in /topics, its id, title or an alias, a
// misspelling of one, the words of one ("terror", "the nep"), or its start ("collect"). Anything else
// finds nothing: "/topic hitler" must say there is no such topic, not open the nearest-looking one.
import Fuse from 'fuse.js';
import type { Topic } from './schema.js';
import { normaliseText } from '../matching/normalise.js';
import { editDistance, QUESTION_WORDS, STOPWORDS, typoAllowance } from '../matching/vocabulary.js';

export interface TopicFinder {
  find(name: string): Topic | undefined;
  /** Up to `limit` topics for autocomplete, best first; all topics in course order when `partial` is empty. */
  suggest(partial: string, limit: number): Topic[];
}

interface Name {
  readonly topic: Topic;
  readonly name: string;
  /** Its words that say something ("the", "of" left out). */
  readonly words: readonly string[];
}

const contentWords = (text: string) => text.split(' ').filter((w) => w && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w));
const isTypoOf = (typed: string, known: string) => editDistance(typed, known, typoAllowance(known.length)) <= typoAllowance(known.length);

export function createTopicFinder(topics: readonly Topic[]): TopicFinder {
  const names: Name[] = topics.flatMap((topic) =>
    [topic.id.replace(/-/g, ' '), topic.title, ...topic.aliases].map((raw) => {
      const name = normaliseText(raw);
      return { topic, name, words: contentWords(name) };
    }),
  );
  const exact = new Map<string, Topic>();
  for (const n of names) if (!exact.has(n.name)) exact.set(n.name, n.topic);
  // Fuse.js is forgiving, which suits autocomplete (a list to pick from), not find (one answer).
  const fuse = new Fuse(names, { keys: ['name'], threshold: 0.4, ignoreLocation: true });

  /** The name whose words best cover what was typed, every typed word matching one of its words. */
  const byWords = (key: string): Topic | undefined => {
    const typed = contentWords(key);
    if (typed.length === 0) return undefined;
    let best: { topic: Topic; share: number } | undefined;
    for (const n of names) {
      if (!typed.every((w) => n.words.some((known) => known === w || (w.length > 3 && isTypoOf(w, known))))) continue;
      const share = typed.length / n.words.length;
      if (!best || share > best.share) best = { topic: n.topic, share };
    }
    return best?.topic;
  };

  return {
    find(name) {
      const key = normaliseText(name);
      if (!key) return undefined;
      // /topics numbers the topics in course order.
      if (/^\d{1,2}$/.test(key)) return topics[Number(key) - 1];
      const exactly = exact.get(key);
      if (exactly) return exactly;
      // "the", "why", "how": no word that names anything.
      if (contentWords(key).length === 0) return undefined;
      const known = names.find((n) => isTypoOf(key, n.name))?.topic ?? byWords(key);
      if (known) return known;
      return key.length >= 3 ? names.find((n) => n.name.startsWith(key))?.topic : undefined;
    },
    suggest(partial, limit) {
      const key = normaliseText(partial);
      if (!key) return topics.slice(0, limit);
      const starts = topics.filter((t) => names.some((n) => n.topic === t && n.name.startsWith(key)));
      const fuzzy = fuse.search(key).map((r) => r.item.topic);
      return [...new Set([...starts, ...fuzzy])].slice(0, limit);
    },
  };
}
