// Slips from two blind trials (an A-level student's, F5; a Year 10 student's, 1 and 13) that the marker missed or
// credited: a fact put in the wrong town, a numbered order given the wrong year, a book given to the wrong historian,
// a historian given the other side's view in an 8-marker, a bare famine toll far above the estimates, famous words
// given to the wrong person, and sentences that say the opposite of a point or only what might have been. Each is
// marked as part of a realistic answer; the answers are our own, written as the students' were.
import { describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { PRACTICE_DEFAULTS } from '../../src/practice/defaults.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const { mark, made, checks } = real;
const GETTY = 'pq-terror-assessment-extract-getty';
const FAMINE_8 = 'pq-famine-explain-causes';
const DAVIES = 'pq-famine-extract-davies-wheatcroft';

describe('places, orders and books (F5)', () => {
  it("flags Kirov's murder put in Moscow, with its right place and year, and leaves Leningrad alone", () => {
    const lines = checks(GETTY, 'However, the extract ignores Stalin. Kirov was murdered in Moscow in December 1936 and Stalin used this to start the purges.');
    expect(lines.join('\n')).toContain('Sergei Kirov is shot dead in the Smolny in Leningrad in December 1934, not 1936.');
    expect(checks('pq-terror-origins-explain-kirov', 'Kirov was murdered in Moscow in 1934, which gave Stalin an excuse.').join('\n')).toContain('Leningrad');
    expect(checks('pq-terror-origins-explain-kirov', 'Kirov was murdered in Leningrad in December 1934, which gave Stalin an excuse.')).toEqual([]);
    // A later clause's place is not where the murder happened.
    expect(checks('pq-terror-origins-account-1932-36', "After Kirov's murder, the 1936 show trials began in Moscow.")).toEqual([]);
  });

  it('flags Order 00447 dated 1938 and does not credit it as the July 1937 order', () => {
    const answer = 'Under Order 00447 of July 1938 each region got quotas and local NKVD chiefs asked for their quotas to be raised.';
    expect(checks(GETTY, answer).join('\n')).toContain('NKVD Order No. 00447 in July 1937, not 1938.');
    expect(made(GETTY, answer)).not.toContain('order-00447');
    expect(made(GETTY, 'Under Order 00447 of July 1937 each region got quotas set from Moscow.')).toContain('order-00447');
  });

  it('flags Everyday Stalinism credited to Conquest, and the sentence earns nothing', () => {
    const answer = 'People also used denunciations to settle scores and get flats, which pushed the Terror on from below, as Robert Conquest showed in Everyday Stalinism.';
    expect(checks(GETTY, answer).join('\n')).toContain('It was Sheila Fitzpatrick, not Robert Conquest: Everyday Stalinism');
    expect(made(GETTY, answer)).toEqual([]);
    expect(checks(GETTY, answer.replace('Robert Conquest', 'Sheila Fitzpatrick'))).toEqual([]);
  });
});

describe('the famine 8-marker (F5: p5)', () => {
  const ANSWER =
    'The famine happened because Stalin took too much grain from Ukraine in 1932. The quotas were too high so peasants starved. ' +
    'Also collectivisation caused chaos because the kulaks who were the best farmers were deported and peasants killed their animals. ' +
    'Davies and Wheatcroft argue that the famine was a deliberate genocide against Ukrainians. 20 million people died.';

  it("flags Davies and Wheatcroft given Conquest's view, and a bare '20 million people died'", () => {
    const result = mark(FAMINE_8, ANSWER);
    expect(result.wrong.map((w) => w.swapped?.said)).toContain('R. W. Davies');
    expect(result.wrong.some((w) => w.total?.title === 'Deaths in the famine of 1932–33')).toBe(true);
    expect(result.level).toBeLessThan(result.question.levels.length);
  });

  it('leaves alone the same view rightly given, a right toll, and a sentence of deaths that is no toll', () => {
    const right = ANSWER.replace('Davies and Wheatcroft argue', 'Robert Conquest argued').replace('20 million', 'About 6 million');
    expect(mark(FAMINE_8, right).wrong).toEqual([]);
    expect(mark(FAMINE_8, 'The law of spikelets sentenced some 5,400 to death by the end of 1933, because the state wanted all the grain.').wrong.filter((w) => w.total)).toEqual([]);
  });
});

describe('sentences that say the opposite of a point, or what might have been (F5)', () => {
  it('does not credit the records point from a sentence that says the records show millions died', () => {
    expect(made(GETTY, 'The extract is also wrong that estimates of millions of victims are too high, because the NKVD records show that millions died.')).not.toContain('figures');
    expect(made(GETTY, 'The extract is right that the older estimates were too high: the NKVD records count 681,692 people shot in 1937-38.')).toContain('figures');
  });

  it('does not credit the relief point from "the state could have cut exports and released grain"', () => {
    const counterfactual = 'The weather only explains a shortage, not mass death, because the state could have cut exports and released grain.';
    expect(made(DAVIES, counterfactual)).not.toContain('relief');
    expect(made(DAVIES, 'From February 1933 the state cut exports and released seed loans, which fits misjudgement more than a plan.')).toContain('relief');
  });
});

describe('famous words and acts given to the wrong person (trial 2, finding 1)', () => {
  it('flags Kirov given Stalin\'s 1931 speech and Bukharin given the liquidation of the kulaks', () => {
    expect(checks('pq-five-year-plans-how-successful-first', 'Kirov said in his speech in 1931 that the USSR was fifty or a hundred years behind the advanced countries, so the plans had to be fast.').join('\n')).toContain('It was Stalin, not Kirov');
    expect(checks('pq-collectivisation-explain-why', 'In 1929 Bukharin called for the liquidation of the kulaks as a class, because they hid grain.').join('\n')).toContain('It was Stalin, not Bukharin');
  });

  it('leaves the right person, and a rival who opposed it or spoke of it, alone', () => {
    expect(checks('pq-collectivisation-explain-why', 'In 1929 Stalin called for the liquidation of the kulaks as a class, because they hid grain.')).toEqual([]);
    expect(checks('pq-collectivisation-explain-why', 'Bukharin opposed the liquidation of the kulaks as a class, because it would ruin farming.')).toEqual([]);
    expect(checks('pq-collectivisation-explain-why', 'Bukharin said the liquidation of the kulaks was a crime, because it would ruin farming.')).toEqual([]);
  });
});

describe('the note on wrong facts says where they hold the answer (brief item 6)', () => {
  it('says "the middle level" with three wrong facts or more, and "the top level" with fewer', () => {
    const three = 'Kirov was murdered in Moscow in December 1936, which gave Stalin an excuse. Under Order 00447 of July 1938 each region got quotas. People used denunciations, as Robert Conquest showed in Everyday Stalinism.';
    const result = mark(GETTY, three);
    expect(result.wrong.length).toBeGreaterThanOrEqual(PRACTICE_DEFAULTS.wrongForMiddle);
    const body = feedbackParts(real.kb, result).body ?? '';
    expect(body).toContain(P.wrongNote(true));
    expect(body).not.toContain(P.wrongNote(false));
    expect(feedbackParts(real.kb, mark(GETTY, 'Kirov was murdered in Moscow in December 1936, which gave Stalin an excuse.')).body).toContain(P.wrongNote(false));
  });
});

describe('a judgement must answer the question set (trial 2, finding 2), and SPaG is named, not marked (finding 3)', () => {
  const FAMINE_16 = 'pq-famine-how-far-policy';
  const COLLECTIVISATION_ANSWER = [
    'I agree that collectivisation was mostly a failure. About 1.8 million people were deported to Siberia which meant the best farmers were lost. Peasants killed there animals rather than give them to the kolkhoz so the number of cattle and horses fell by about half. This led to the famine of 1932-33 where about 6 million people died, mostly in Ukraine and Kazakhstan.',
    'However it was a success for Stalin in some ways because the state got control of the grain and it could export grain to pay for machines for the five year plans. By 1937 about 93% of peasant households were in collective farms.',
    'Overall I agree it was a failure for the peasants because millions died but it did help industrialisation.',
  ].join('\n');

  it('does not credit a conclusion on collectivisation as a judgement on policy against weather, and says why', () => {
    const result = mark(FAMINE_16, COLLECTIVISATION_ANSWER);
    expect(result.judgement?.reached).toBe(false);
    expect(result.level).toBeLessThanOrEqual(2);
    const text = JSON.stringify(feedbackParts(real.kb, result));
    expect(text).toContain(P.offQuestionJudgement);
    expect(text).not.toContain('You reach a judgement and support it');
  });

  it("credits the same answer's judgement once its conclusion weighs policy against the weather", () => {
    const answered = COLLECTIVISATION_ANSWER.replace(
      'Overall I agree it was a failure for the peasants because millions died but it did help industrialisation.',
      'Overall I agree that government policy caused the famine more than bad weather, because the state went on taking grain after the poor harvest.',
    );
    expect(mark(FAMINE_16, answered).judgement?.reached).toBe(true);
  });

  it('says a GCSE 16-marker carries 4 SPaG marks in the exam that are not marked here, and gives no SPaG mark', () => {
    const result = mark(FAMINE_16, COLLECTIVISATION_ANSWER);
    expect(result.maxMark).toBe(16);
    expect(feedbackParts(real.kb, result).body).toContain(P.spag);
    expect(feedbackParts(real.kb, mark(FAMINE_8, 'The famine happened because the quotas were too high, so peasants starved.')).body).not.toContain(P.spag);
  });
});
