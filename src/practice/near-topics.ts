// The topics nearest a topic in what they are about: their words (title, names, summary, key terms) weighted by how
// few topics share them, compared by cosine similarity. /practice sets a question of a near topic when the one named
// has none of the kind asked for ("/practice great terror interpretation": the Terror's historians' question sits under
// "Why the Terror happened, and its impact").
import type { KnowledgeBase, Topic } from '../knowledge/schema.js';
import { normaliseText } from '../matching/normalise.js';
import { PLAIN_LEXICON, STOPWORDS } from '../matching/vocabulary.js';
import { answerLexicon, contentTerms } from './analyse.js';
import { PRACTICE_DEFAULTS as D } from './defaults.js';

const built = new WeakMap<KnowledgeBase, ReadonlyMap<string, readonly string[]>>();

/**
 * The topics near `topicId`, nearest first: at most PRACTICE_DEFAULTS.nearTopics, each at least nearTopicSimilarity
 * alike, and, given what the student typed for the topic, only those whose names share a word of it ("terror" is in
 * "Why the Terror happened", so "great terror" may lend that topic's question; "nep" is in no name of the plans').
 */
export function nearTopics(kb: KnowledgeBase, topicId: string, typed?: string): readonly string[] {
  let near = built.get(kb);
  if (!near) built.set(kb, (near = buildNearTopics(kb)));
  const found = near.get(topicId) ?? [];
  if (typed === undefined) return found;
  const words = new Set(nameWords(typed));
  return found.filter((id) => {
    const topic = kb.topics.find((t) => t.id === id);
    return topic !== undefined && namesOf(topic).some((name) => nameWords(name).some((w) => words.has(w)));
  });
}

/** A name's words that say something ("the", "of" left out), as typed names are read. */
const nameWords = (text: string): string[] => normaliseText(text).split(' ').filter((w) => w !== '' && !STOPWORDS.has(w));
const namesOf = (topic: Topic): readonly string[] => [topic.id.replace(/-/g, ' '), topic.title, ...topic.aliases];

function buildNearTopics(kb: KnowledgeBase): ReadonlyMap<string, readonly string[]> {
  // Read as the marker reads, with the course's answer synonyms ("output" and "production" as "produce").
  const reading = answerLexicon(PLAIN_LEXICON, kb.vocabulary.answerSynonyms);
  const counts = new Map(
    kb.topics.map((t) => {
      const m = new Map<string, number>();
      for (const w of contentTerms([t.title, ...t.aliases, t.summary, ...t.keyTerms].join(' '), reading)) m.set(w, (m.get(w) ?? 0) + 1);
      return [t.id, m] as const;
    }),
  );
  const df = new Map<string, number>();
  for (const m of counts.values()) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const weigh = (m: ReadonlyMap<string, number>) => new Map([...m].map(([w, n]) => [w, n * Math.log((counts.size + 1) / (df.get(w) ?? 1))]));
  const vectors = new Map([...counts].map(([id, m]) => [id, weigh(m)]));
  const norm = (v: ReadonlyMap<string, number>) => Math.sqrt([...v.values()].reduce((n, x) => n + x * x, 0)) || 1;
  const cosine = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>) => [...a].reduce((n, [w, x]) => n + x * (b.get(w) ?? 0), 0) / (norm(a) * norm(b));
  return new Map(
    [...vectors].map(([id, v]) => [
      id,
      [...vectors]
        .filter(([other]) => other !== id)
        .map(([other, w]) => ({ other, alike: cosine(v, w) }))
        .filter((n) => n.alike >= D.nearTopicSimilarity)
        .sort((a, b) => b.alike - a.alike)
        .slice(0, D.nearTopics)
        .map((n) => n.other),
    ]),
  );
}
