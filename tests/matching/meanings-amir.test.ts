// Word meanings for a student with English as a second language (a blind trial's findings): a dictionary meaning
// that goes in a circle ("paranoid": "suffering from paranoia") says what the word it leans on means; a word's
// rare technical meaning ("momentum" in physics) is left out; and a message about the tutor's language ("can you
// explain in arabic", "my english not so good, what i do") or a sum ("what is 3x + 5 = 20") is read as such.
import { describe, expect, it } from 'vitest';
import { createDictionary, leanedOn, plainMeaning, simplerMeaning } from '../../src/matching/dictionary.js';
import { readPleasantry } from '../../src/matching/pleasantry.js';

const dictionary = createDictionary();

describe('a dictionary meaning that goes in a circle', () => {
  it('says what the word it leans on means: paranoia, a serf, to denounce', () => {
    const paranoid = dictionary.define('paranoid')[0];
    expect(paranoid?.gloss).toBe('suffering from paranoia');
    expect(paranoid?.leansOn?.word).toBe('paranoia');
    expect(paranoid?.leansOn?.gloss).toMatch(/persecution/);
    expect(dictionary.define('serfdom')[0]?.leansOn).toMatchObject({ word: 'serf', gloss: expect.stringMatching(/bound to the land/) });
    // The meaning of "denounce" the word is made from, its commonest: to speak out against.
    expect(dictionary.define('denunciation')[0]?.leansOn).toEqual({ word: 'denounce', gloss: 'speak out against' });
    // "Orthodoxy", the quality of being orthodox: orthodox as commonly accepted, not of Judaism.
    expect(dictionary.define('orthodoxy')[0]?.leansOn?.gloss).toBe('adhering to what is commonly accepted');
  });

  it('explains a word it leans on once, and leaves a meaning that does not lean alone', () => {
    const paranoid = dictionary.define('paranoid');
    expect(paranoid.filter((s) => s.leansOn)).toHaveLength(1);
    for (const w of ['exploited', 'disputed', 'purge', 'regime', 'requisitioning']) for (const s of dictionary.define(w)) expect(s.leansOn, `${w}: ${s.gloss}`).toBeUndefined();
    // "Regime" is "the governing authority", not the medicine of a diet: WordNet makes "govern" from "government", not from "regime".
    expect(dictionary.define('regime')[0]?.gloss).toMatch(/governing authority/);
  });

  it('finds the word a meaning leans on by its start or by the words made from it, not by a word that only looks alike', () => {
    expect(leanedOn('suffering from paranoia', 'paranoid')).toBe('paranoia');
    expect(leanedOn('the state of a serf', 'serfdom')).toBe('serf');
    expect(leanedOn('a public act of denouncing', 'denunciation', ['denounce'])).toBe('denouncing');
    expect(leanedOn('a public act of denouncing', 'denunciation')).toBeUndefined();
    expect(leanedOn('the organization that is the governing authority of a political unit', 'regime', ['govern'])).toBeUndefined();
    expect(leanedOn('oust politically', 'purge')).toBeUndefined();
  });
});

describe("a word's meaning in a history lesson", () => {
  it('leaves out a meaning met far less often than the commonest ("momentum" in physics)', () => {
    const momentum = dictionary.define('momentum');
    expect(momentum.map((s) => s.gloss)).toEqual(['an impelling force or strength']);
    // Two meanings met about as often are both shown.
    expect(dictionary.define('orthodoxy')).toHaveLength(2);
  });

  it('gives the plain meaning the fact base has, in any form of the word, before a dictionary\'s', () => {
    const plain = [
      { word: 'decree', meaning: 'An order from the government that people must obey, like a law.' },
      { word: 'purges', meaning: 'Campaigns to get rid of people.' },
    ];
    expect(plainMeaning(plain, 'decree')?.meaning).toMatch(/order from the government/);
    expect(plainMeaning(plain, 'Decrees')?.word).toBe('decree');
    expect(plainMeaning(plain, 'purge')?.word).toBe('purges');
    expect(plainMeaning(plain, 'kulak')).toBeUndefined();
    expect(simplerMeaning('decree', plain, dictionary)).toMatch(/order from the government/);
    // With none: the dictionary's first meaning alone, with the word it leans on.
    expect(simplerMeaning('momentum', plain, dictionary)).toBe('an impelling force or strength');
    expect(simplerMeaning('paranoid', plain, dictionary)).toMatch(/^suffering from paranoia \(“paranoia” means: .*persecution/);
  });
});

describe('a message about the tutor\'s language, or a sum', () => {
  it('reads a request for another language, in the ways a student types it', () => {
    for (const q of ['can you explain in arabic', 'explain in urdu pls', 'do you speak polish?', 'arabic pls', 'Can u answer in Turkish please', 'translate it to romanian'])
      expect(readPleasantry(q), q).toBe('language');
  });

  it('reads a remark that their English is weak, alone or with "what do I do"', () => {
    for (const q of [
      'my english not so good, what i do',
      'my english is bad',
      'My English is not very good. What should I do?',
      'sorry for my bad english',
      'english is not my first language',
      "i don't speak english well, can you help",
    ])
      expect(readPleasantry(q), q).toBe('english');
  });

  it('reads a sum with an unknown as maths, not the course\'s "2+2=5" or a question about a language in history', () => {
    for (const q of ['what is 3x + 5 = 20', 'solve 2x - 4 = 10', 'x = 5']) expect(readPleasantry(q), q).toBe('maths');
    for (const q of [
      'what was 2+2=5',
      'what does 2+2=5 mean',
      'what does kolkhoz mean in russian',
      'what is the russian word for kulak',
      'did stalin speak russian',
      'why did russian peasants resist',
      'my english teacher said stalin was bad',
      'my english not good, why did stalin kill kirov',
      'how many were shot in 1937 - 1938',
    ])
      expect(readPleasantry(q), q).toBeNull();
  });
});
