// The tutor starts before /ask's index is built (issue 20: start-up under a second): the lazy matcher
// answers exactly as the eager one, and looks entries up by id without the index.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createCourseMatcher, createLazyCourseMatcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

describe('the lazily built matcher', () => {
  it('answers as the matcher built at once, before and after warming', () => {
    const eager = createCourseMatcher(kb);
    const lazy = createLazyCourseMatcher(kb);
    const first = kb.questions[0];
    if (!first) throw new Error('no questions');
    expect(lazy.entry(first.id)?.question).toBe(first.question);
    for (const q of ['why did stalin win the power struggle', 'wat was the holodomor', 'who was yezhov', 'how do i make pancakes'])
      expect(lazy.match(q), q).toEqual(eager.match(q));
    lazy.warm();
    expect(lazy.rank('kirov').candidates[0]?.entry.id).toBe(eager.rank('kirov').candidates[0]?.entry.id);
  });
});
