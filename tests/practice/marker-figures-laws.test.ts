// A GCSE student's trial (English as a second language, findings 3 and 4): her plain words for grain exports ("sell
// grain abroad to buy machines") earned nothing, and a law given the wrong year ("In 1935 Stalin made law…", "the law
// of 7 August 1934") and a famine toll far above the notes' estimates ("about 20 million") went unflagged at 7/8. The
// answers here are in our own words, written the way she wrote.
import { describe, expect, it } from 'vitest';
import { writtenFigures } from '../../src/practice/figures.js';
import { useRealMarker } from '../helpers/marker.js';

/** The padded answer marked, and the lines of its feedback's "Facts to check". */
const { mark, checks } = useRealMarker();

const FAMINE_EXPLAIN = 'pq-famine-explain-causes';
const FAMINE_POLICY = 'pq-famine-how-far-policy';

const STRONG =
  'One reason was collectivisation. Stalin force the peasants to join the kolkhoz and many peasants dont want so they kill there animals and burn the crops. ' +
  'This mean there was less food because there was no animals to plough and less meat.\n' +
  'Another reason was the grain quotas was very high. The goverment take the grain from the villages, even the seed for next year, because Stalin ' +
  'wanted to sell grain abroad to buy machines for the five year plan. So the peasants had nothing to eat and they starve.\n' +
  'Also the kulaks was sent away to Siberia and they was the best farmers so the farms was worse.\n';

describe('grain exports in plain words (finding 3)', () => {
  it('"sell grain abroad to buy machines", misspellings around it, earns the exports point', () => {
    const result = mark(FAMINE_EXPLAIN, STRONG);
    expect(result.made.map((m) => m.point.id)).toContain('exports');
    expect(result.missing.map((p) => p.id)).not.toContain('exports');
  });

  it('"sold it to other countries" and "shipped grain abroad" earn it wherever the point is asked for', () => {
    for (const id of [FAMINE_EXPLAIN, FAMINE_POLICY])
      for (const answer of ['The goverment took the grain and sold it to other countries to buy machines for the factories. So the peasants starved.', 'Lots of grain was shipped abroad even when the villages were starving.'])
        expect(mark(id, answer).made.map((m) => m.point.id), `${id}: ${answer}`).toContain('exports');
  });

  it('saying exports stopped does not earn it, and is a fact to check', () => {
    const result = mark(FAMINE_EXPLAIN, 'Stalin stopped selling grain abroad when the famine began, but it was too late.');
    expect(result.made.map((m) => m.point.id)).not.toContain('exports');
    expect(result.wrong.map((w) => w.point.id)).toContain('exports');
  });

  it('peasants refusing to sell grain is no export', () => {
    expect(mark(FAMINE_EXPLAIN, 'The peasants did not want to sell grain to the state, so the state took it by force.').made.map((m) => m.point.id)).not.toContain('exports');
  });
});

describe('a law given the wrong year, a toll far from the estimates (finding 4)', () => {
  it('flags "In 1935 Stalin made law…" and "about 20 million", and keeps the answer off the top level', () => {
    const answer = `${STRONG}In 1935 Stalin made law that nobody can take grain from the fields, people was shot for take little bit of wheat. About 20 million people died in the famine specially in Ukraine.`;
    const lines = checks(FAMINE_EXPLAIN, answer);
    expect(lines.some((l) => l.includes('In 1935 Stalin made law') && l.includes('August 1932, not 1935'))).toBe(true);
    expect(lines.some((l) => l.includes('About 20 million') && l.includes('5.5 to 8.7 million'))).toBe(true);
    const result = mark(FAMINE_EXPLAIN, answer);
    expect(result.level).toBeLessThan(result.maxLevel);
  });

  it('flags "the law of 7 August 1934" and "the famine killed about 20 million people"', () => {
    const lines = checks(
      FAMINE_EXPLAIN,
      'Another reason was the law of 7 August 1934 that say anyone who take grain from the kolkhoz fields can be shot. So people could not even collect a little wheat and they starve. Also the famine killed about 20 million people.',
    );
    expect(lines.some((l) => l.includes('7 August 1934') && l.includes('not 1934'))).toBe(true);
    expect(lines.some((l) => l.includes('20 million'))).toBe(true);
  });

  it('leaves right years, estimates within the historians\' range, reported claims and other famines alone', () => {
    for (const right of [
      'In 1932 Stalin made a law that people could be shot for taking grain from the fields.',
      'The law of 7 August 1932 meant that people could be shot for taking grain.',
      'In 1933 many peasants were shot under the law of spikelets for taking a little grain.',
      'In 1935 a new law made children from 12 liable to adult punishments, even shooting.',
      'The famine killed about 7 million people.',
      'Some accounts say up to 10 million died in the famine.',
      'Between 5.5 and 8.7 million people died in the famine, most of them in Ukraine and Kazakhstan.',
      'About 1.5 million people died in the famine in Kazakhstan.',
      'Soviet propaganda said nobody died in the famine, and some exiles claimed 20 million died in the famine.',
      'Conquest estimated that about 20 million people were killed in the Terror, far more than the 7 million of the famine.',
    ])
      expect(checks(FAMINE_EXPLAIN, right), right).toEqual([]);
  });

  it('reads figures as a student writes them, but not years or dates', () => {
    expect(writtenFigures('about 20 million, or 20m, or 20,000,000').map((f) => f.values)).toEqual([[2e7], [2e7], [2e7]]);
    expect(writtenFigures('between 7-8 million').map((f) => f.values)).toEqual([[7e6, 8e6]]);
    expect(writtenFigures('on 7 August 1932, in 1932-33, from 1928 to 1932')).toEqual([]);
  });
});
