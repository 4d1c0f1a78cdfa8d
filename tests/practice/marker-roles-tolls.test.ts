// Who did what to whom, and how many: a post given the wrong way round ("Yagoda replaced Yezhov") earns no point and is
// a fact to check, while a true succession ("Beria replaced Yezhov") is never flagged and earns only its own point; a
// toll set after a comma ("the famine killed many, about 20 million") is checked as one beside its noun is; the Great
// Terror's executions and the kulaks deported are checked against the notes' estimates as the famine's deaths are; and a
// place in brackets ("Magnitogorsk (Ukraine)") is read as a place.
import { describe, expect, it } from 'vitest';
import { PRACTICE_MESSAGES } from '../../src/messages.js';
import { useRealMarker } from '../helpers/marker.js';

const { mark, made, checks } = useRealMarker();

describe('a post given the wrong way round', () => {
  const TERROR = 'pq-great-terror-account';

  it('"Yagoda replaced Yezhov" earns no point on Yezhov and is told the right way round', () => {
    for (const slip of ['Yagoda replaced Yezhov as head of the NKVD in 1936.', 'Yezhov was replaced by Yagoda.']) {
      expect(made(TERROR, slip), slip).not.toContain('yezhov');
      const lines = checks(TERROR, slip);
      expect(lines, slip).toHaveLength(1);
      expect(lines[0], slip).toContain('Yezhov replaces Yagoda as head of the NKVD in September 1936');
    }
  });

  it('"Yezhov replaced Beria" is flagged under the point on Beria, and earns it no more', () => {
    expect(made(TERROR, 'Yezhov replaced Beria in 1938.')).not.toContain('end');
    expect(checks(TERROR, 'Yezhov replaced Beria in 1938.').join(' ')).toContain('Beria replaces Yezhov');
  });

  it('"Beria replaced Yezhov" is true: never flagged, and earns the end of the Terror, not Yezhov\'s rise', () => {
    for (const right of ['Beria replaced Yezhov as head of the NKVD.', 'In 1938 Yezhov was replaced by Beria.']) {
      expect(mark(TERROR, right).wrong, right).toEqual([]);
      expect(made(TERROR, right), right).toContain('end');
      expect(made(TERROR, right), right).not.toContain('yezhov');
    }
  });

  it('the right order, either voice, and both successions in one sentence earn their points', () => {
    expect(made(TERROR, 'In 1936 Yagoda was replaced by Yezhov.')).toContain('yezhov');
    expect(made(TERROR, 'Stalin replaced Yagoda with Yezhov in 1936.')).toContain('yezhov');
    for (const both of ['Beria replaced Yezhov, who had replaced Yagoda.', 'Yezhov replaced Yagoda and was himself replaced by Beria.']) {
      expect(mark(TERROR, both).wrong, both).toEqual([]);
      expect(made(TERROR, both), both).toEqual(expect.arrayContaining(['yezhov', 'end']));
    }
  });

  it('a person who starts the next clause is given no role ("…was shot in 1934 Stalin…")', () => {
    expect(made('pq-terror-origins-account-1932-36', 'After Kirov was shot in 1934 Stalin had thousands of people arrested.')).toContain('kirov');
  });
});

describe('a toll set after a comma or a colon', () => {
  const FAMINE = 'pq-famine-describe-effects';

  it('is checked as one beside its noun is', () => {
    for (const slip of ['The famine killed many, about 20 million.', 'Famine deaths: 20 million.', 'About 20 million people, mostly in Ukraine, died in the famine.'])
      expect(checks(FAMINE, slip).join(' '), slip).toContain('Deaths in the famine of 1932–33');
  });

  it('a right one, another thing counted, or a historian\'s figure is not', () => {
    for (const fine of ['The famine killed many people, about 7 million.', 'The famine killed millions, about 20 million cattle were lost.', 'Many died in the famine, 20 million according to Conquest.'])
      expect(mark(FAMINE, fine).wrong, fine).toEqual([]);
  });
});

describe('the other tolls the notes give ranges for', () => {
  it('the Great Terror\'s executions: far above 680,000–750,000 is flagged; deaths of every kind are not executions', () => {
    const TERROR = 'pq-great-terror-account';
    expect(checks(TERROR, 'In the Great Terror about 10 million people were executed.').join(' ')).toContain('Executions in the Great Terror of 1937–38: most estimates run from 680 to 750 thousand');
    // Written out, its commas are the figure's own.
    expect(checks(TERROR, 'In the Great Terror 10,000,000 people were executed.').join(' ')).toContain('Executions in the Great Terror of 1937–38');
    for (const fine of ['About 680,000 people were shot in the Great Terror.', 'About 1.2 million people died in the Great Terror.', 'Conquest thought 1.5 million were executed in the Great Terror.'])
      expect(mark(TERROR, fine).wrong, fine).toEqual([]);
  });

  it('the kulaks deported in 1930–31: about 1.8 million is right, 10 million is not', () => {
    const HOW = 'pq-collectivisation-account-how';
    expect(checks(HOW, 'About 10 million kulaks were deported to Siberia.').join(' ')).toContain('Kulaks deported in 1930–31');
    for (const fine of ['About 1.8 million kulaks were deported in 1930-31.', 'Kulaks were deported, about 2 million.'])
      expect(mark(HOW, fine).wrong, fine).toEqual([]);
  });

  it('the feedback words a toll as before', () => {
    expect(PRACTICE_MESSAGES.knownTotal({ title: 'Deaths in the famine of 1932–33', low: '5.5', high: '8.7', unit: 'million', measure: 'the USSR' })).toBe(
      'Deaths in the famine of 1932–33: most estimates run from 5.5 to 8.7 million (the USSR)',
    );
  });
});

describe('a place in brackets', () => {
  it('is read as a place: flagged where wrong, left alone where right', () => {
    for (const id of ['pq-five-year-plans-describe-projects', 'pq-five-year-plans-how-successful-first']) {
      for (const slip of ['Magnitogorsk (Ukraine) was a new steel city.', 'Magnitogorsk (in Ukraine) was a new steel city.', 'Magnitogorsk in Ukraine was a new steel city.'])
        expect(checks(id, slip).join(' '), `${id}: ${slip}`).toContain('Magnitogorsk');
      for (const right of ['Dnieprostroi (Ukraine) was a huge dam.', 'The Dnieprostroi dam (in Ukraine) was huge.', 'Magnitogorsk (Urals) and Dnieprostroi (Ukraine) were built.'])
        expect(mark(id, right).wrong, `${id}: ${right}`).toEqual([]);
    }
  });
});
