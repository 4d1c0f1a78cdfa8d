import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import { createCourseMatcher, createMatcher } from '../../src/matching/matcher.js';
import { createSpeller } from '../../src/matching/spelling.js';
import { editDistance, typoDistance } from '../../src/matching/vocabulary.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const entry = (id: string, question: string, phrasings: string[], answer: string): AnswerEntry => ({
  id, topic: 'famine', question, phrasings, answer, related: [], sources: [], kind: 'question',
});

describe('the speller', () => {
  const speller = createSpeller(
    [entry('kulaks', 'Who were the kulaks?', ['wat were the kulacks', 'kulaks persecute'], 'Kulaks were better-off peasants, persecuted from 1929.')],
    new Set(['hitler']),
  );

  it('corrects slips towards the words the fact base uses, in questions and phrasings alike', () => {
    expect(speller.spell('kulacks')).toBe('kulaks');
    expect(speller.spell('peasents')).toBe('peasants');
  });

  it('reads a misspelt filler word as the filler it is, but leaves short words that only look like one', () => {
    expect(speller.spell('actualy')).toBe('actually');
    expect(speller.spell('realy')).toBe('really');
    expect(speller.spell('theses')).toBe('theses');
  });

  it('corrects a slip however many phrasings repeat it', () => {
    const repeated = createSpeller(
      ['a', 'b', 'c'].map((x) => entry(`happened-${x}`, `What happened to ${x}?`, [`wat happend to ${x}`], 'It happened.')),
      new Set(),
    );
    expect(repeated.spell('happend')).toBe('happened');
  });

  it('corrects a swapped pair with a letter missing between them, two slips in a long word', () => {
    const famine = createSpeller([entry('holodomor', 'What was the Holodomor?', ['holodomor'], 'The famine in Ukraine, 1932–33.')], new Set());
    expect(famine.spell('holomdor')).toBe('holodomor');
    expect(typoDistance('holomdor', 'holodomor', 2)).toBe(2);
    // The optimal string alignment, which other lookups use, counts three: it may not edit a swapped pair again.
    expect(editDistance('holomdor', 'holodomor', 3)).toBe(3);
  });

  it('counts as the optimal string alignment does up to two edits, and never more', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 7 });
    fc.assert(
      fc.property(word, word, (a, b) => {
        const aligned = editDistance(a, b, 9);
        const typo = typoDistance(a, b, 9);
        return typo <= aligned && (aligned > 2 || typo === aligned);
      }),
    );
  });

  it('leaves alone other forms of known words, words it must keep, numbers and stopwords', () => {
    expect(speller.spell('persecute')).toBe('persecute');
    expect(speller.spell('hitler')).toBe('hitler');
    expect(speller.spell('1929')).toBe('1929');
    expect(speller.spell('were')).toBe('were');
  });
});

describe('words spelt as they sound (a dyslexic student, a texting one)', () => {
  const speller = createSpeller(
    [
      entry('collectivisation', 'What was collectivisation?', ['collectivisation'], 'Peasants were made to join collective farms from 1929; grain was taken for the towns.'),
      entry('bukharin', 'Who was Bukharin?', ['bukharin'], 'Bukharin defended the NEP and was granted no mercy in 1938.'),
    ],
    new Set(['goebbels']),
  );

  it('corrects a word to the fact base\'s word that sounds the same, before a nearer word that sounds otherwise', () => {
    expect(speller.spell('colectivizashun')).toBe('collectivisation');
    // "grane" is one letter from "grant" (in "granted"), two from "grain": it sounds like grain.
    expect(speller.spell('grane')).toBe('grain');
  });

  it('reads b for d and p for q, the letters dyslexic students turn round', () => {
    expect(speller.spell('dukharin')).toBe('bukharin');
  });

  it('corrects a sounded-out everyday word the notes never use to that word, so it does not count as unknown', () => {
    expect(speller.spell('skools')).toBe('schools');
    expect(speller.spell('diffrence')).toBe('difference');
    for (const [typed, meant] of [['wy', 'why'], ['meny', 'many'], ['yeer', 'year'], ['wos', 'was']]) expect(speller.spell(typed as string), typed).toBe(meant);
  });

  it('leaves English words, kept words and names that sound like nothing it knows as they are', () => {
    expect(speller.spell('grate')).toBe('grate');
    expect(speller.spell('goebbels')).toBe('goebbels');
    expect(speller.spell('mbappe')).toBe('mbappe');
  });

  it('lets /ask answer course questions spelt as they sound, which it refused as "never mentioned"', async () => {
    const matcher = createCourseMatcher(await loadRealKnowledge());
    const answers = (q: string) => matcher.match(q).entry?.id ?? matcher.match(q).status;
    expect(answers('wot was the five yeer plan')).toBe('five-year-plans-what');
    expect(answers('wot was colectivizashun')).toBe('collectivisation-what-was-it');
    expect(answers('who was dukharin')).toBe('person-bukharin');
    expect(answers('wy did stallin win')).toBe('power-struggle-why-stalin-won');
    expect(answers('wat happend to education in skools')).toMatch(/^society-education/);
    expect(matcher.match('who was goebbels').status).toBe('unknown');
  });
});

describe('misspellings in phrasings', () => {
  // A phrasing may be written the way students type; its slip must not become a rare word of its own
  // that pulls a student's same slip away from the entry it belongs to.
  const matcher = createMatcher([
    entry('propaganda-success', 'How successful was Soviet propaganda?', ['was propaganda a sucess', 'did propaganda work'], 'Propaganda was partly successful.'),
    entry('nep-success', 'Was the NEP a success?', ['nep achievements', 'how well did the nep do'], 'The NEP was a success in restoring farming and trade.'),
    entry('nep-end', 'Why did the NEP end?', ['nep ended', 'end of the nep'], 'The grain crisis of 1927–28 ended the NEP.'),
    entry('nep-what', 'What was the NEP?', ['nep', 'the nep explained'], 'A mixed economy from 1921.'),
    entry('other', 'What was the gulag?', ['gulag'], 'A system of labour camps.'),
  ]);

  it('corrects a student\'s slip to the word the entries use', () => {
    expect(matcher.match('was the nep a sucess').entry?.id).toBe('nep-success');
  });
});

describe('a course acronym typed with a slip (trial 2, finding 10)', () => {
  const speller = createSpeller(
    [
      entry('mts', 'What was a Machine Tractor Station (MTS)?', [], 'An MTS hired out tractors to the collective farms.'),
      entry('nkvd', 'What was the NKVD?', [], 'The NKVD was the secret police from 1934; the NEP had ended by then.'),
    ],
    new Set(),
  );

  it('reads a vowelless token a key or a sound off an acronym the notes write in capitals as that acronym', () => {
    expect(speller.spell('mtc')).toBe('mts');
    expect(speller.spell('nkvs')).toBe('nkvd');
  });

  it('leaves chat words, English words and tokens more than one slip off as they are', () => {
    for (const w of ['mtv', 'smh', 'ngl', 'mst', 'nth', 'nvm', 'mrs', 'mtd']) expect(speller.spell(w), w).toBe(w);
  });
});
