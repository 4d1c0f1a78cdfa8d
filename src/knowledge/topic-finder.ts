// Finds a topic from whatever a student types: its id, title, an alias, or a misspelling of them.
import Fuse from 'fuse.js';
import type { Topic } from './schema.js';
import { normaliseText } from '../matching/normalise.js';

export interface TopicFinder {
  find(name: string): Topic | undefined;
  /** Up to `limit` topics for autocomplete, best first; all topics in course order when `partial` is empty. */
  suggest(partial: string, limit: number): Topic[];
}

export function createTopicFinder(topics: readonly Topic[]): TopicFinder {
  const names = topics.flatMap((topic) => [topic.id, topic.title, ...topic.aliases].map((name) => ({ topic, name: normaliseText(name) })));
  const fuse = new Fuse(names, { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true });
  const exact = new Map(names.map((n) => [n.name, n.topic]));

  const ranked = (partial: string): Topic[] => {
    const seen = new Set<Topic>();
    for (const r of fuse.search(partial)) seen.add(r.item.topic);
    return [...seen];
  };

  return {
    find(name) {
      const key = normaliseText(name);
      if (!key) return undefined;
      return exact.get(key) ?? ranked(key)[0];
    },
    suggest(partial, limit) {
      const key = normaliseText(partial);
      if (!key) return topics.slice(0, limit);
      const starts = topics.filter((t) => [t.id, t.title, ...t.aliases].some((n) => normaliseText(n).startsWith(key)));
      return [...new Set([...starts, ...ranked(key)])].slice(0, limit);
    },
  };
}
