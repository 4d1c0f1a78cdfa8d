import path from 'node:path';
import { formatProblem, loadKnowledge } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';

export async function loadKnowledgeOrThrow(dir: string): Promise<KnowledgeBase> {
  const result = await loadKnowledge(dir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.kb;
}

/** The small, valid fact base in tests/fixtures/knowledge/valid. */
export const loadFixtureKnowledge = () => loadKnowledgeOrThrow(path.resolve('tests/fixtures/knowledge/valid'));
/** The real fact base in knowledge/. */
export const loadRealKnowledge = () => loadKnowledgeOrThrow(path.resolve('knowledge'));
