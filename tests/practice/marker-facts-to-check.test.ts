// A wrong person or year in an answer goes under "Facts to check", said plainly (the GCSE trial's M1 and S7, in our
// own words): Beria put in Yezhov's place, Bukharin tried a year early, the First Five-Year Plan started in 1932.
// Right sentences on the same people gain no flag.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase, PracticeQuestion } from '../../src/knowledge/schema.js';
import type { Marker } from '../../src/practice/marker.js';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarkerParts } from '../helpers/marker.js';

let kb: KnowledgeBase;
let marker: Marker;
useRealMarkerParts((real) => ({ kb, marker } = real), 60_000);

const question = (id: string): PracticeQuestion => practiceQuestion(kb, id);
const TERROR_ACCOUNT = 'pq-great-terror-account';
// Padding that makes no point, so each sentence is marked as part of an answer.
const PAD = ' This is what happened over those years, one step after another.';
const mark = (id: string, answer: string) => marker.mark(question(id), answer + PAD);
const checks = (id: string, answer: string): string[] => {
  const parts = feedbackParts(kb, mark(id, answer));
  return (parts.fields ?? []).filter((f) => f.name.startsWith('Facts to check')).flatMap((f) => f.value.split('\n'));
};

describe('a dated fact given to the wrong person (M1)', () => {
  it('Beria for Yezhov as Yagoda\'s successor in 1936 is flagged, naming who it was', () => {
    const lines = checks(TERROR_ACCOUNT, 'After this Stalin replaced Yagoda as head of the NKVD with Beria in 1936 because he thought Yagoda was too soft.');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('It was Yezhov, not Beria');
    expect(lines[0]).toContain('September 1936');
  });

  it('the right people in the same posts are not flagged', () => {
    for (const right of [
      'In 1936 Yezhov replaced Yagoda as head of the NKVD.',
      'Stalin replaced Yagoda with Yezhov in 1936.',
      'Beria replaced Yezhov as head of the NKVD in 1938.',
      'In 1938 Stalin replaced Yezhov with Beria.',
      'Yezhov replaced Yagoda in 1936 and was replaced by Beria in 1938.',
    ])
      expect(mark(TERROR_ACCOUNT, right).wrong, right).toEqual([]);
  });
});

describe('a person\'s event given a year none of their facts has (M1)', () => {
  it('Bukharin tried in 1937 is flagged with his trial\'s date, though the Terror\'s years run 1936–38', () => {
    const r = mark(TERROR_ACCOUNT, 'Bukharin was put on trial in 1937 and shot.');
    expect(r.wrong.map((w) => w.point.id)).toEqual(['bukharin']);
    expect(r.made.find((m) => m.point.id === 'bukharin')?.wrongYear).toBe(true);
    expect(checks(TERROR_ACCOUNT, 'Bukharin was put on trial in 1937 and shot.')[0]).toContain('March 1938, not 1937');
  });

  it('right years, and years the notes give the same event, are not flagged', () => {
    for (const right of [
      'Bukharin was tried in 1938 and shot.',
      'In 1938 Bukharin was put on trial and shot.',
      'Bukharin was arrested in 1937 and shot in 1938.',
      'Zinoviev and Kamenev were shot in 1936.',
      'Tukhachevsky was shot in 1937.',
    ])
      expect(mark(TERROR_ACCOUNT, right).wrong, right).toEqual([]);
    // The notes date this arrest, though no key date or event does.
    expect(mark('pq-terror-origins-describe-consequences', 'Zinoviev and Kamenev were arrested in December 1934 and in January 1935 were tried and jailed.').wrong).toEqual([]);
  });

  it('the trial\'s account with both slips drops from full marks and lists both', () => {
    const answer = [
      'The Great Terror started in 1936 with the first show trial, where Zinoviev and Kamenev confessed to being part of a plot with Trotsky to kill Kirov and were shot. After this Stalin replaced Yagoda as head of the NKVD with Beria in 1936 because he thought Yagoda was too soft.',
      'In 1937 the terror got much worse. Bukharin was put on trial in 1937 and shot. Then the army was purged and Marshal Tukhachevsky was shot in June 1937, which led to lots of officers being killed. The NKVD had quotas of people to arrest in each area so ordinary people were arrested too.',
      'By 1938 the terror was so big it was damaging the country so Stalin ended it and blamed Yezhov, who was later shot.',
    ].join('\n');
    const r = marker.mark(question(TERROR_ACCOUNT), answer);
    expect(r.wrong.map((w) => w.point.id).sort()).toEqual(['bukharin', 'yezhov']);
    expect(r.mark).toBeLessThan(r.maxMark);
  });
});

describe('a correction says plainly what is right (S7)', () => {
  it('a wrong start year reads "began in …, not …"', () => {
    const lines = checks('pq-collectivisation-explain-why', 'Another reason was industrialisation. The first five year plan started in 1932 and Stalin needed grain to feed the workers in the towns.');
    expect(lines.some((l) => l.endsWith('— The First Five-Year Plan began in October 1928, not 1932.'))).toBe(true);
  });

  it('a wrong year for an event gives its date and the year written', () => {
    const lines = checks('pq-terror-assessment-how-far-stalin', 'He was paranoid after the murder of Kirov in 1936, which he used as an excuse to start arresting his enemies.');
    expect(lines.some((l) => l.includes('December 1934, not 1936.'))).toBe(true);
  });
});

describe('a point is quoted from the sentence that made it (S6)', () => {
  const quoteOf = (id: string, answer: string, point: string) => marker.mark(question(id), answer).made.find((m) => m.point.id === point)?.quote;

  it('a fear of war is not Stalin\'s fear of rivals; "he was paranoid" is, though Kirov is named after "of"', () => {
    const war = 'Also there was a real fear of war with Germany and Japan, so lots of party members believed there were spies everywhere.';
    const points = marker.mark(question('pq-terror-assessment-how-far-stalin'), war).made.map((m) => m.point.id);
    expect(points).toContain('war-fear');
    expect(points).not.toContain('paranoia');
    const both = `On one hand Stalin was responsible. He was paranoid after the murder of Kirov in 1934, which he used as an excuse to start arresting his enemies. ${war}`;
    expect(quoteOf('pq-terror-assessment-how-far-stalin', both, 'paranoia')).toMatch(/^He was paranoid/);
  });

  it('a later sentence that states more of the point is quoted over a first that touches it', () => {
    const answer = [
      "By March 1930 over half of households had been collectivised but there was chaos, so Stalin wrote 'Dizzy with Success' in Pravda blaming local officials.",
      'This meant lots of peasants left the collective farms.',
      'But in 1931 the drive started again and by 1932 about 62% of households were in collective farms.',
    ].join(' ');
    expect(quoteOf('pq-collectivisation-account-how', answer, 'pace')).toMatch(/drive started again/);
  });
});
