// Follow-ups from the blind trial of a Year 10 student new to English (Amir, issue 19): the sentence of the last answer
// that gives what is asked ("who did it", "why did he stop it", "what was her name", "how many died there"), "which one"
// after two things set side by side, and "how much did they actually produce" after a plan's targets.
import { beforeAll, describe, expect, it } from 'vitest';
import { asksAFact, asksWhatCameOfAims, asksWhichOfThem, courseSubjectReader, fittingPart, leansOnPrevious, readWithPrevious, type SubjectReader } from '../../src/matching/follow-up.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let reader: SubjectReader;
beforeAll(async () => {
  reader = courseSubjectReader(await loadRealKnowledge());
}, 120_000);

const ENDED =
  'The leadership ended it by decree, not by a change of NKVD chief. A Politburo directive of 15 November 1938 stopped the troikas hearing cases. Only afterwards, on 25 November 1938, did Lavrenty Beria, Yezhov\'s deputy since August, replace him as head of the NKVD. The Terror had damaged the economy and the army while war was looming, and the NKVD was blamed for "excesses". Some prisoners were released, but repression did not stop.';
const WIFE =
  "Stalin's second wife, Nadezhda Alliluyeva, shot herself in November 1932. Some historians trace Stalin's growing suspicion back to this. This is an argument about his personality and cannot be proved. Most historians would treat it as at most one factor alongside political causes.";
const METHOD =
  'The method is the name given to the forcible grain collection Stalin launched after travelling east in January 1928. Officials and police searched villages and seized grain. Markets were closed. Either way, force replaced the market: it brought back requisitioning, which Lenin had ended in 1921.';
const ARTICLE =
  'The article was published in Pravda on 2 March 1930. He claimed collectivisation was going well but blamed local officials. By putting the blame on them he called a temporary halt. Many peasants left the collective farms, and could take back their livestock.';

describe('the sentence of the last answer a follow-up asks for', () => {
  it('gives the reason for "why", not the dates around it', () => {
    expect(fittingPart('why stalin stop it', ENDED, reader.lexicon, reader.people)).toBe('The Terror had damaged the economy and the army while war was looming, and the NKVD was blamed for "excesses".');
  });

  it('gives the one sentence naming her for "what was her name"', () => {
    expect(fittingPart('what was her name', WIFE, reader.lexicon, reader.people)).toBe("Stalin's second wife, Nadezhda Alliluyeva, shot herself in November 1932.");
  });

  it('gives the first sentence naming who did it for "who did it"', () => {
    expect(fittingPart('who did it', METHOD, reader.lexicon, reader.people)).toMatch(/^The method is the name given to the forcible grain collection Stalin launched/);
  });

  it('gives what came later for "and after?"', () => {
    expect(fittingPart('and after?', ARTICLE, reader.lexicon, reader.people)).toMatch(/^Many peasants left the collective farms/);
  });

  it('still gives nothing where no sentence says it', () => {
    expect(fittingPart('why', 'In December 1929 Stalin announced that the kulaks would be liquidated as a class. Others were deported to Siberia.', reader.lexicon, reader.people)).toBeUndefined();
  });
});

describe('what a follow-up asks', () => {
  it('reads "which one…" as one of the things the last answer set side by side', () => {
    for (const q of ['which one better for the peasant', 'which of them was worse for workers', 'ok which one was more common'])
      expect([leansOnPrevious(q, reader), asksWhichOfThem(q)], q).toEqual(['yes', true]);
    expect(asksWhichOfThem('which five year plan was the most successful')).toBe(false);
  });

  it('tells a fact asked for ("how many died there", "what was her name") from a why', () => {
    for (const q of ['how many die there', 'what was her name', 'who did it', 'when was that']) expect(asksAFact(q), q).toBe(true);
    for (const q of ['why stalin stop it', 'and why']) expect(asksAFact(q), q).toBe(false);
  });

  it('reads "actually" after aims or targets as what came of them', () => {
    const previous = 'What were the aims and targets of the First Five-Year Plan?';
    expect(asksWhatCameOfAims('how much did they actually produce', previous)).toBe(true);
    expect(asksWhatCameOfAims('how much did they produce', previous)).toBe(false);
    expect(asksWhatCameOfAims('did it actually work', 'Why did Stalin collectivise agriculture?')).toBe(false);
    const read = readWithPrevious('how much did they actually produce', previous, reader);
    expect(read).toMatch(/achieve/);
    expect(read).not.toMatch(/\b(aims|targets)\b/);
  });
});
