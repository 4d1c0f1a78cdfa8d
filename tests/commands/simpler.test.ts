// "Explain like I'm 10": the course's words in a short answer, explained from the fact base's glossary
// (src/commands/simpler.ts wordsExplained). The reply itself is tested in tests/commands/revision-help.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { wordsExplained } from '../../src/commands/simpler.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

describe('the course words a short answer uses', () => {
  it('explains at most three words, in the order the text uses them, not those of the question it answers', () => {
    const words = wordsExplained(kb, 'The New Economic Policy replaced War Communism and was a partial return to a market economy.', 'What was the NEP?');
    expect(words.map((w) => w.word)).toEqual(['War Communism', 'market economy (capitalism)']);
    expect(wordsExplained(kb, 'Peasants resisted: the kulaks, the NKVD, show trials and the gulag.').length).toBe(3);
  });

  it('shows a word found by another of its names as the fact base writes it, capitals and all', () => {
    const terror = kb.terms.find((t) => t.term === 'Great Terror');
    expect(terror?.aliases).toContain('Great Purge');
    expect(wordsExplained(kb, 'During the Great Purge, thousands of officers were shot.').map((w) => w.word)).toEqual(['Great Purge (Great Terror)']);
  });

  it('finds none in an empty or a very long text of no course words', () => {
    expect(wordsExplained(kb, '')).toEqual([]);
    expect(wordsExplained(kb, 'blah '.repeat(20_000))).toEqual([]);
  });
});
