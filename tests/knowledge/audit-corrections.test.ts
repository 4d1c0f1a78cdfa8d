// What a blind teacher trial and an examiner's audit found wrong or missing in the real fact base, as a
// student meets it through /ask: each test fails on the fact base as it was before the correction.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
});

/** The answer /ask gives to a question, failing the test when it gives none. */
const answerTo = (question: string): string => {
  const r = matcher.match(question);
  expect(r.status, question).toBe('answered');
  return r.entry?.answer ?? '';
};

describe('the corrected answers', () => {
  it('does not credit the 1936 Constitution with new rights for the union republics, and counts them going from seven to eleven', () => {
    const answer = answerTo('what did the 1936 constitution say');
    expect(answer).not.toMatch(/extra rights|primary education/);
    expect(answer).toMatch(/seven to eleven/);
  });

  it('gives the First Plan’s steel as the official 4.0 to 5.9 million tonnes, nearly half again, as the steel chart does', () => {
    const said = [
      ...kb.questions.map((q) => q.answer),
      ...kb.quiz.map((q) => q.explanation),
      ...kb.topics.map((t) => t.summary),
    ];
    expect(said.filter((text) => /steel[^.]*\bby (about )?(a|one) third/i.test(text))).toEqual([]);
    for (const question of ['how much did steel output grow', 'what did the first five year plan achieve']) {
      const answer = answerTo(question);
      expect(answer, question).toMatch(/steel rose by nearly half, from 4\.0 (million tonnes in 1927–28 )?to 5\.9 million/);
    }
    const steel = kb.series.find((s) => s.id === 'steel')?.points ?? [];
    expect(steel.find((p) => p.year === 1932 && p.kind === 'official')?.value).toBe(5.9);
    expect(steel.find((p) => p.year === 1928 && p.kind === 'official')?.range?.[0]).toBe(4.0);
  });

  it('answers "when did Lenin die?" with the day', () => {
    for (const question of ['when did Lenin die?', 'what year did lenin die']) expect(answerTo(question), question).toMatch(/21 January 1924/);
  });

  it('names the scholars behind the law of spikelets’ figures, with the lower count often quoted', () => {
    const answer = answerTo('what was the law of spikelets');
    expect(answer).toMatch(/Michael\s+Ellman \(2007\)/);
    expect(answer).toMatch(/Nicolas Werth[^.]*125,000[^.]*5,400/);
  });

  it('says who Nikolaev was where it asks whether Stalin ordered Kirov’s murder', () => {
    expect(answerTo('did stalin order the murder of kirov')).toMatch(/Leonid Nikolaev, a resentful young party member/);
  });

  it('explains the Five-Year Plans’ dates to a student rather than leaving an editor’s note', () => {
    const answer = answerTo('What were the dates of the three Five-Year Plans?');
    expect(answer).not.toMatch(/by mistake|sometimes given/);
    expect(answer).toMatch(/fulfilled early[^.]*four years and three months[^.]*so the Second Plan ran from January 1933/);
  });
});

describe('the Nazi–Soviet Pact', () => {
  it('answers the ways students ask about it with its entry or its card', () => {
    for (const question of ['what was the nazi soviet pact', 'molotov ribbentrop pact', 'why did stalin sign a pact with hitler', 'non-aggression pact 1939']) {
      const r = matcher.match(question);
      expect(r.status, question).toBe('answered');
      expect(['stalinism-nazi-soviet-pact', 'term-nazi-soviet-pact'], question).toContain(r.entry?.id);
    }
    const answer = answerTo('why did stalin sign a pact with hitler');
    for (const fact of ['23 August 1939', 'Munich', 'secret protocol', '22 June 1941']) expect(answer).toContain(fact);
  });

  it('still refuses Nazi Germany itself as another subject', () => {
    for (const question of ['what was the holocaust', 'who was hitler']) {
      const r = matcher.match(question);
      expect([r.status, r.reason], question).toEqual(['unknown', 'off-course']);
    }
  });

  it('is asked in the stalinism quiz and shown on its timeline', () => {
    expect(kb.quiz.filter((q) => q.topic === 'stalinism' && q.correct === 'Nazi Germany')).toHaveLength(1);
    expect(kb.events.find((e) => e.date === '1939-08-23')?.topic).toBe('stalinism');
  });
});
