// knowledge/misconceptions.yaml: checked at load like every other file, with problems a teacher can act on.
import { describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledgeTexts } from '../../src/knowledge/loader.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const sources = { file: 'sources.yaml', text: 'sources:\n  - id: notes\n    title: Notes\n' };
/** The problems of a fact base of one source and these misconceptions, as the loader reports them. */
function problems(items: string): string[] {
  const r = loadKnowledgeTexts([sources, { file: 'misconceptions.yaml', text: `misconceptions:\n${items}` }]);
  return r.ok ? [] : r.problems.map(formatProblem);
}

describe('the misconceptions file', () => {
  it('loads a good item, a year written bare among its words', () => {
    const r = loadKnowledgeTexts([
      sources,
      { file: 'misconceptions.yaml', text: 'misconceptions:\n  - id: nep-stalin\n    words: [[stalin], [introduce, start], [nep, 1921]]\n    without: [lenin]\n    correction: Lenin, not Stalin, introduced the NEP in 1921.\n    sources: [notes]\n' },
    ]);
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    expect(r.kb.misconceptions).toEqual([
      { id: 'nep-stalin', words: [['stalin'], ['introduce', 'start'], ['nep', '1921']], without: ['lenin'], alone: [], correction: 'Lenin, not Stalin, introduced the NEP in 1921.', sources: ['notes'] },
    ]);
  });

  it('says what is wrong with a bad item, where', () => {
    expect(problems('  - id: one-group\n    words: [[beria, yezhov]]\n    correction: Beria came later.\n    sources: [notes]\n')).toEqual([
      'misconceptions.yaml:3:12: misconceptions[0].words (id "one-group"): give at least two groups of words (who or what, and what the question wrongly says of them), so that one word alone never brings the correction',
    ]);
    expect(problems('  - id: little-words\n    words: [[beria], [the, did start]]\n    without: [was]\n    correction: Beria did not start the Terror. Yezhov ran it.\n    sources: [note]\n')).toEqual([
      'misconceptions.yaml:6:15: misconceptions[0].sources[0] (id "little-words"): unknown source "note": did you mean "notes"?',
      'misconceptions.yaml:3:23: misconceptions[0].words[1][0] (id "little-words"): "the" has no word /ask reads (it skips little words such as "the", "did", "was"): give a word that says something',
      'misconceptions.yaml:4:15: misconceptions[0].without[0] (id "little-words"): "was" has no word /ask reads (it skips little words such as "the", "did", "was"): give a word that says something',
      'misconceptions.yaml:5:17: misconceptions[0].correction (id "little-words"): write the correction as one sentence: it is shown as one line above the answer',
    ]);
    // A phrase that brings the correction alone needs two words read: one name alone would bring it to any question of it.
    expect(problems('  - id: alone-one\n    words: [[trotsky win], [power]]\n    alone: [the trotsky]\n    correction: Trotsky lost.\n    sources: [notes]\n')).toEqual([
      'misconceptions.yaml:4:13: misconceptions[0].alone[0] (id "alone-one"): "the trotsky" needs two words /ask reads (who or what, and what is wrongly said of them), as it brings the correction by itself',
    ]);
    expect(problems("  - id: capitals\n    words: [[Beria], [didn't start]]\n    correction: Beria came later.\n    sources: [notes]\n").join('\n')).toMatch(/words\[0\]\[0\].*lower-case words[\s\S]*words\[1\]\[0\].*write "didnt"/);
  });

  it('holds 15 to 40 of the course\'s classic errors in the real fact base, each a sentence of its own with its sources', async () => {
    const kb = await loadRealKnowledge();
    const items = kb.misconceptions ?? [];
    expect(items.length).toBeGreaterThanOrEqual(15);
    // A list a teacher can read through: the classic errors, not every slip (32 in December 2026).
    expect(items.length).toBeLessThanOrEqual(40);
    for (const m of items) expect(m.correction, m.id).toMatch(/^\S.*[.]$/);
  }, 120_000);
});
