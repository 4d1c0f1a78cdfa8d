// The machine-readable form of one /ask result: the contract of `npm run ask -- --json`.
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { AskOutcome } from './ask-question.js';
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
  /** A question of several parts: each part's entry, in order (empty for one question). */
  parts: { entryId: string; question: string }[];
  /** An essay question no one entry weighs up: the entries offered as points to build an answer from. */
  points: { entryId: string; question: string }[];
}

export function toAskJson(kb: KnowledgeBase, outcome: AskOutcome): AskJson {
  const result: MatchResult = outcome.primary;
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
    parts: outcome.parts.flatMap((r) => (r.entry ? [{ entryId: r.entry.id, question: r.entry.question }] : [])),
    points: outcome.points.map((e) => ({ entryId: e.id, question: e.question })),
  };
}
