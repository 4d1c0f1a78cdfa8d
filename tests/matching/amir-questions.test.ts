// Questions a Year 10 student with English as a second language asked alone and got the wrong entry for
// (the blind trial of issue 12: /work/scratch/s15/reports/amir.md, rows 1–3, 17, 18, 21, 25, 26, 35, 42).
import { describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { readRevisionRequest } from '../../src/matching/revision-request.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real));

/** What /ask shows first for a question asked alone. */
const first = (q: string) => {
  const p = askQuestion(matcher, q).primary;
  return p.status === 'answered' ? p.entry : undefined;
};

describe('"die" in the present tense, as learners write it (phrasings of the entries)', () => {
  it('asks how many died, not when Stalin died', () => {
    for (const q of ['how many kulaks die', 'how many kulak die', 'no i mean how many kulaks die']) {
      const entry = first(q);
      expect(entry?.question, q).toMatch(/kulaks/);
      expect(entry?.answer, q).toMatch(/died/);
    }
    expect(first('how many die in the famine')?.id).toBe('famine-death-toll');
    // Stalin's own death is still found when asked about.
    expect(first('when did stalin die')?.question).toMatch(/Stalin die/);
  });

  it('reads "after Kirov die" as after his murder: what Stalin did next', () => {
    expect(first('what stalin do after kirov die')?.question).toMatch(/Stalin respond .*Kirov's murder/);
  });
});

describe('the kulaks\' exile', () => {
  it('answers "what was the kulak exile like, where they go" with their deportation, not what a kulak was', () => {
    const entry = first('what was the kulak exile like, where they go');
    expect(entry?.question).toMatch(/liquidation of the kulaks/);
    expect(entry?.answer).toMatch(/Siberia/);
    expect(first('where were kulaks exiled')?.question).toMatch(/liquidation of the kulaks/);
    // Trotsky's exile is still his.
    expect(first('where was trotsky exiled')?.answer).toMatch(/Alma-Ata/);
  });
});

describe('AQA\'s "In what ways were … affected" wording', () => {
  it('answers the 8-mark question on peasants\' lives directly, without a "did you mean" list', () => {
    const p = askQuestion(matcher, 'in what ways were the lives of peasants affected by collectivisation').primary;
    expect(p.status).toBe('answered');
    expect(p.entry?.question).toBe('How did collectivisation change life in the Soviet countryside?');
  });
});

describe('who people were, and why they did it', () => {
  it('gives Nikolaev\'s motive when asked why he killed Kirov', () => {
    for (const q of ['why nikolaev kill him', 'why did nikolaev shoot kirov']) expect(first(q)?.answer, q).toMatch(/lost his job/);
  });

  it('answers "who is more guilty, Stalin or Yezhov" with how far Stalin was personally responsible', () => {
    expect(first('who is more guilty stalin or yezhov')?.question).toBe('How far was Stalin personally responsible for the Terror?');
  });
});

describe('denunciation', () => {
  it('has a card in plain words for the noun and the verb', () => {
    for (const q of ['what mean denunciation', 'what mean denounce', 'what does denounced mean']) {
      const entry = first(q);
      expect(entry?.kind, q).toBe('term');
      expect(entry?.answer, q).toMatch(/secret police/);
      expect(entry?.answer, q).not.toMatch(/act of denouncing/);
    }
    // Why people did it is still the Terror's entry.
    expect(first('why did people denounce each other')?.question).toMatch(/denunciations and informers/);
  });
});

describe('what to revise, asked without the auxiliary', () => {
  it('reads "what i need to revise for the terror" as "what should I revise for the terror"', () => {
    expect(readRevisionRequest('what i need to revise for the terror')).toEqual(readRevisionRequest('what should i revise for the terror'));
    expect(readRevisionRequest('what i need to revise for the terror')).toMatchObject({ kind: 'what-to-revise', subject: 'terror' });
    expect(readRevisionRequest('what we have to learn for the famine')).toMatchObject({ kind: 'what-to-revise', subject: 'famine' });
  });
});
