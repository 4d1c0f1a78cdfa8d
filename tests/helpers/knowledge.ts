import path from 'node:path';
import { formatProblem, loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { expect } from 'vitest';

export async function loadKnowledgeOrThrow(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

/**
 * A fact base loaded once per test worker and frozen deep, so no test can change what the next one reads
 * (a test that tries fails at once). Loading the real one takes about 0.4 s, and over a hundred tests use it.
 */
function loadedOnce(dir: string): () => Promise<KnowledgeBase> {
  let loaded: Promise<KnowledgeBase> | undefined;
  return () => (loaded ??= loadKnowledgeOrThrow(path.resolve(dir)).then(deepFrozen));
}

function deepFrozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

/** The small, valid fact base in tests/fixtures/knowledge/valid. */
export const loadFixtureKnowledge = loadedOnce('tests/fixtures/knowledge/valid');
/** The real fact base in knowledge/. */
export const loadRealKnowledge = loadedOnce('knowledge');

/** The answer `matcher` gives a question, failing the test (with the question named) when it gives none. */
export function answerOf(matcher: Pick<Matcher, 'match'>, question: string): string {
  const r = matcher.match(question);
  expect(r.status, question).toBe('answered');
  return r.entry?.answer ?? '';
}

/** The id of the entry `matcher` answers a question with, undefined when it does not answer. */
export function answeredEntryId(matcher: Pick<Matcher, 'match'>, question: string): string | undefined {
  const r = matcher.match(question);
  return r.status === 'answered' ? r.entry?.id : undefined;
}

/** A /practice question of the fact base by id, failing the test when there is none. */
export function practiceQuestion(kb: KnowledgeBase, id: string): PracticeQuestion {
  const q = kb.practice.find((p) => p.id === id);
  if (!q) throw new Error(`no practice question ${id}`);
  return q;
}
