// A teacher's precise questions (trial of 7 December 2026): figures and dates, whether targets were met, a source
// question of the exam, a law asked for as a "code", and names the notes hold under a neighbour's.
import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { readSourceQuestion } from '../../src/matching/source-question.js';
import { intentsOf } from '../../src/matching/intent.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createCourseMatcher(await loadRealKnowledge());
});

const answer = (question: string) => {
  const r = matcher.match(question);
  expect(r.status, question).toBe('answered');
  return r.entry;
};

describe('whether a plan met its targets', () => {
  it('reads "did it meet its targets" as a judgement of success, but not "why did factories rush to meet targets"', () => {
    expect(intentsOf('did the second plan reach its targets').has('judgement')).toBe(true);
    expect(intentsOf('when did the first plan achieve its steel target').has('judgement')).toBe(true);
    expect(intentsOf('why did factories rush to meet targets').has('judgement')).toBe(false);
  });

  it('is answered by an entry saying the targets were missed, not by the one listing them', () => {
    for (const q of ['did the first five year plan meet its targets', 'did the first plan reach its steel target', 'how much steel was made in 1932 compared with the target']) {
      const entry = matcher.match(q).entry ?? askQuestion(matcher, q).primary.suggestions[0];
      expect(entry?.id, q).not.toBe('five-year-plans-first-aims');
      expect(entry?.answer, q).toMatch(/5\.9 million/);
    }
  });
});

describe('figures asked for a year', () => {
  it('gives the number of tractors, not livestock numbers', () => {
    expect(answer('how many tractors did the farms have by 1932')?.answer).toMatch(/148,000/);
  });

  it("gives the 1932 harvest, not the grain taken from Ukraine", () => {
    expect(answer('how much grain was harvested in 1932')?.answer).toMatch(/69\.8 million/);
  });
});

describe('a source question of the exam', () => {
  const question = 'Source A: "The kulaks are bloodsuckers and vampires who have grown rich" - Lenin, 1918. How useful is Source A for an enquiry into why Stalin attacked the kulaks? [8 marks]';

  it('is read without the source it quotes', () => {
    expect(readSourceQuestion(question)).toEqual({ advice: 'how do I answer: How useful is Source A', subject: 'why Stalin attacked the kulaks' });
    expect(readSourceQuestion('why was the source of the famine in Ukraine')).toBeUndefined();
  });

  it('is answered with the method for judging a source and the entries on the enquiry, not the quotation\'s words', () => {
    const outcome = askQuestion(matcher, question);
    const ids = outcome.parts.map((r) => r.entry?.id);
    expect(outcome.primary.entry?.kind).toBe('skill');
    expect(ids[0]).toMatch(/^skill-source-/);
    expect(ids).toContain('collectivisation-dekulakisation');
    expect(ids).not.toContain('lenin-legacy-lenin-cult');
    expect(outcome.points).toEqual([]);
  });

  it('gives the method for inference to "what can you learn from Source B"', () => {
    const outcome = askQuestion(matcher, 'Study Source B. What can you learn from Source B about life in the gulag?');
    expect(outcome.primary.entry?.id).toBe('skill-source-inference');
    expect(outcome.parts.map((r) => r.entry?.id)).toContain('gulag-conditions');
  });
});

describe('names and laws the notes hold', () => {
  it('answers a "labour code" with the labour laws', () => {
    expect(answer('what was the labour code of 1940')?.answer).toMatch(/June 1940/);
  });

  it('answers who wrote the Short Course with its card', () => {
    expect(answer('who wrote the short course')?.id).toBe('term-short-course');
  });

  it("answers Nadezhda Mandelstam with her own card, and Mandelstam alone with Osip's", () => {
    expect(answer('who was nadezhda mandelstam')?.id).toBe('person-nadezhda-mandelstam');
    expect(answer('who was mandelstam')?.id).toBe('person-mandelstam');
  });
});
