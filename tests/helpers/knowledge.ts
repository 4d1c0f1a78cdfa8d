import path from 'node:path';
import { assembleKnowledge, formatProblem, loadKnowledge, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { beforeAll, expect } from 'vitest';

export async function loadKnowledgeOrThrow(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

/** What the loader says is wrong with a fact base of one file, p.yaml, holding `text` (none: it loads). */
export function knowledgeProblems(text: string): string[] {
  const parsed = parseKnowledgeFile('p.yaml', text);
  if (!parsed.ok) return parsed.problems.map(formatProblem);
  const r = assembleKnowledge([{ file: 'p.yaml', data: parsed.data }]);
  return r.ok ? [] : r.problems.map(formatProblem);
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

/**
 * Loads the real fact base before a test file's tests (a beforeAll, with `timeout` when given: vitest's default
 * otherwise) and hands `take` the fact base with what `build` makes of it, for a file that keeps its own variables:
 * `useRealKnowledge((kb) => ({ marker: createMarker(kb) }), (real) => ({ kb, marker } = real), 60_000)`.
 */
export function useRealKnowledge<T extends object>(build: (kb: KnowledgeBase) => T, take: (real: T & { kb: KnowledgeBase }) => void, timeout?: number): void {
  beforeAll(async () => {
    const kb = await loadRealKnowledge();
    take({ ...build(kb), kb });
  }, timeout);
}

/**
 * The real fact base and a matcher over it (the course matcher unless `build` names another), handed to `take` before
 * the file's tests: `useRealMatcher((real) => ({ kb, matcher } = real), 60_000)`.
 */
export function useRealMatcher(take: (real: { kb: KnowledgeBase; matcher: Matcher }) => void, timeout?: number, build: (kb: KnowledgeBase) => Matcher = createCourseMatcher): void {
  useRealKnowledge((kb) => ({ matcher: build(kb) }), take, timeout);
}

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

/** The entries /ask answers a student with: the parts when there are several, else the one answer. */
export function entriesAnswered(matcher: Matcher, question: string): (string | undefined)[] {
  const outcome = askQuestion(matcher, question);
  const shown = outcome.parts.length > 0 ? outcome.parts : [outcome.primary];
  return shown.filter((r) => r.status === 'answered').map((r) => r.entry?.id);
}
