import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/matching/normalise.js';
import { createLexicon, editDistance, PLAIN_LEXICON, SpellingCorrector, type Lexicon } from '../../src/matching/vocabulary.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

// The course's synonyms (knowledge/vocabulary.yaml) with the everyday ones.
let course: Lexicon = PLAIN_LEXICON;
beforeAll(async () => {
  course = createLexicon((await loadRealKnowledge()).vocabulary.synonyms);
});
const analyse = (text: string) => course.analyse(text);

describe('normalising what students type', () => {
  it('folds case, accents, punctuation, -ize spellings and "5-year plan" forms', () => {
    expect(normaliseText("The 1st 5-Year Plan's aims?")).toBe('the first five year plan aims');
    expect(normaliseText('Collectivization')).toBe('collectivisation');
    expect(normaliseText('Why did Stalin end the NÉP')).toBe('why did stalin end the nep');
    expect(normaliseText('the FiveYear plan, 2nd yr')).toBe('the five year plan second year');
    expect(normaliseText('3 year plan in 1933')).toBe('three year plan in 1933');
  });

  it('drops Discord mentions and markdown so @everyone cannot steer the answer', () => {
    expect(normaliseText('@everyone **why** did <@123456789012345678> end the `nep`')).toBe('why did end the nep');
  });

  it('maps synonyms students use to one word', () => {
    expect(analyse('why did stalin get rid of the nep')).toEqual(analyse('why did stalin end the nep'));
    expect(analyse('the purges')).toEqual(analyse('the terror'));
    expect(analyse('holodomor')).toEqual(analyse('famine'));
    expect(analyse('trotski')).toEqual(analyse('trotsky'));
    expect(analyse('were the kids shot')).toEqual(analyse('were the children executed'));
    // "How did Stalin get power?" asks how he won it, not how much he had; "after gaining power" only says when.
    expect(analyse('how did stalin get power')).toEqual(analyse('how did stalin win power'));
    expect(analyse('after gaining power what did he do')).not.toContain('win');
    // "What was it like in the gulag?" asks about life there; "what was Trotsky like?" about the man.
    expect(analyse('what was it like inside the gulag')).toEqual(analyse('what was life in the gulag'));
    expect(analyse('what was trotsky like')).not.toContain('life');
  });

  it('keeps apart words the stemmer would merge', () => {
    expect(analyse('how did stalin respond')).not.toEqual(analyse('how was stalin responsible'));
    expect(analyse('stalinism')).not.toEqual(analyse('stalin'));
    // "What's the capital of Russia?" is no question about capitalism, nor "social groups" about socialism.
    expect(analyse('capital')).not.toEqual(analyse('capitalism'));
    expect(analyse('social')).not.toEqual(analyse('socialism'));
    expect(analyse('commune')).not.toEqual(analyse('communism'));
    expect(analyse('communists')).toEqual(analyse('communism'));
  });
});

describe('typo correction', () => {
  const corrector = new SpellingCorrector(new Map([['collectivisation', 3], ['kulak', 5], ['stalin', 9], ['trotsky', 4], ['1928', 2]]));

  it('corrects misspelt words to the nearest known word', () => {
    expect(corrector.correct('colectivisaton')).toBe('collectivisation');
    expect(corrector.correct('kulack')).toBe('kulak');
    expect(corrector.correct('stlain')).toBe('stalin');
  });

  it('never corrects numbers or years, and leaves words too far from any known one alone', () => {
    expect(corrector.correct('1929')).toBeUndefined();
    expect(corrector.correct('pancakes')).toBeUndefined();
  });

  it('counts a swap of two letters as one edit', () => {
    expect(editDistance('stalin', 'stlain', 3)).toBe(1);
    expect(editDistance('kulak', 'kulak', 1)).toBe(0);
  });
});

describe('a question asked subject first, question word last (Mandarin and other topic-comment languages)', () => {
  it('is read in English order', () => {
    expect(normaliseText('NEP is what?')).toBe('what is nep');
    expect(normaliseText('kulak is who')).toBe('who is kulak');
    expect(normaliseText('Stalin was who?')).toBe('who was stalin');
    expect(normaliseText('gulag is what place')).toBe('what place is gulag');
  });

  it('leaves alone a question that already asks in English order, or ends in a question word for another reason', () => {
    expect(normaliseText('do you know who')).toBe('do you know who');
    expect(normaliseText('what is what')).toBe('what is what');
    expect(normaliseText('Kirov killed by who')).toBe('kirov killed by who');
    expect(normaliseText('i wonder who')).toBe('i wonder who');
  });
});
