// What a Year-11 student's trial of /practice found (the answers in our own words): a sentence naming other people
// earned points on someone else's deeds, a list of points linked only to the verdict ("it was successful because…")
// was told every point was explained, and "threats to their families" did not make the point "families threatened".
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import type { Marker } from '../../src/practice/marker.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);
const mark = (id: string, answer: string) => marker.mark(question(id), answer);
const made = (id: string, answer: string) => mark(id, answer).made.map((m) => m.point.id);

const TERROR_ACCOUNT = 'pq-great-terror-account';
const CONFESS = 'pq-great-terror-explain-confess';
const FYP = 'pq-five-year-plans-how-successful-first';

describe('a point is made by the people who did it (M1)', () => {
  it('putting Beria in Yezhov\'s place earns neither Yezhov\'s appointment nor Beria\'s', () => {
    const points = made(TERROR_ACCOUNT, 'After the first trial Stalin sacked Yagoda as head of the NKVD and put Beria in his place in 1936, as he thought Yagoda too soft.');
    expect(points).not.toContain('yezhov');
    expect(points).not.toContain('end');
  });

  it('the right people earn them', () => {
    expect(made(TERROR_ACCOUNT, 'In September 1936 Stalin replaced Yagoda with Yezhov as head of the NKVD, because he thought Yagoda was too slow.')).toContain('yezhov');
    expect(made(TERROR_ACCOUNT, 'In November 1938 Beria replaced Yezhov as head of the NKVD, and after that the mass arrests slowed down.')).toContain('end');
  });

  it('a sentence on Zinoviev and Kamenev\'s show trial is no point on Bukharin\'s', () => {
    const points = made(TERROR_ACCOUNT, 'It began in August 1936 with a show trial at which Zinoviev and Kamenev admitted to plotting with Trotsky, and both were shot.');
    expect(points).toContain('first-trial');
    expect(points).not.toContain('bukharin');
    expect(made(TERROR_ACCOUNT, 'In March 1938 Bukharin and Rykov were put on trial in the third show trial and were then shot.')).toContain('bukharin');
  });
});

describe('a point is explained only when linked to what it led to or what caused it (M2)', () => {
  const list = 'it worked because coal, steel and oil went up and magnitogorsk was built. there was no unemployment. but it was not successful because targets were missed and goods were poor quality and living standards fell. so overall it was fairly successful';

  it('"it was (not) successful because…" and "so overall…" explain no point, and a short list of points stays at level 2', () => {
    const r = mark(FYP, list.replace('it worked because', 'it was successful because'));
    expect(r.made.length).toBeGreaterThanOrEqual(3);
    expect(r.explained).toBe(0);
    expect(r.level).toBeLessThanOrEqual(2);
    expect(r.mark).toBeLessThanOrEqual(8);
  });

  it('a point linked to its result is explained', () => {
    const r = mark(FYP, 'There was no unemployment because the new factories took on millions of workers, which meant the plan looked good next to the West in the Depression.');
    expect(r.made.find((m) => m.point.id === 'unemployment')?.explained).toBe(true);
  });

  it('a next sentence that makes its own point does not explain the one before', () => {
    const r = mark('pq-famine-explain-causes', 'Collectivisation disrupted farming and the best farmers had been deported as kulaks. Peasants slaughtered their animals in protest, so there were far fewer animals to pull ploughs and less food.');
    expect(r.made.find((m) => m.point.id === 'disruption')?.explained).toBe(false);
    expect(r.made.find((m) => m.point.id === 'livestock')?.explained).toBe(true);
  });
});

describe('a point in plain words (M3)', () => {
  it('"threats to their families" states that their families were threatened', () => {
    const r = mark(CONFESS, 'Another reason was threats to their families. Kamenev was told his family would be shot if he did not confess, so he confessed to protect them.');
    expect(r.made.map((m) => m.point.id)).toContain('families');
    expect(r.level).toBeGreaterThanOrEqual(2);
  });
});
