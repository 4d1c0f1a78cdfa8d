// The machine-readable form of one /ask result: the contract of `npm run ask -- --json`.
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { MatchResult } from './matcher.js';

export interface AskJson {
  query: string;
  status: MatchResult['status'];
  answer: string | null;
  entryId: string | null;
  matchedQuestion: string | null;
  topic: string | null;
  confidence: number;
  suggestions: { entryId: string; question: string }[];
  /** With an answer, the entries that came close behind it. */
  alternatives: { entryId: string; question: string }[];
  sources: string[];
}

export function toAskJson(kb: KnowledgeBase, result: MatchResult): AskJson {
  const entry = result.entry;
  return {
    query: result.query,
    status: result.status,
    answer: entry?.answer ?? null,
    entryId: entry?.id ?? null,
    matchedQuestion: result.matchedQuestion,
    topic: entry ? (kb.topics.find((t) => t.id === entry.topic)?.id ?? entry.topic) : null,
    confidence: result.confidence,
    suggestions: result.suggestions.map((s) => ({ entryId: s.id, question: s.question })),
    alternatives: result.alternatives.map((s) => ({ entryId: s.id, question: s.question })),
    sources: entry ? [...entry.sources] : [],
  };
}
