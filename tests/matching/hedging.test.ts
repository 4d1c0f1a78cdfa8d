// Honest hedging (issue 19, part 4): "Not quite what you asked?" with the entries close behind appears
// when a close runner-up exists or the fit is weak, never on an exact or near-exact match.
import { describe, expect, it } from 'vitest';
import { hedgeFigures, loadJudgedSet } from '../../bench/ask.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MATCHER_DEFAULTS } from '../../src/matching/defaults.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

describe('hedging an answer', () => {
  it('never hedges a question typed as an entry asks it, or one that fits near word for word', () => {
    for (const q of kb.questions.slice(0, 40)) expect(matcher.match(q.question).alternatives, q.question).toEqual([]);
    for (const q of ['kirov', 'what was the gulag', 'who was yezhov']) {
      const r = matcher.match(q);
      expect(r.status, q).toBe('answered');
      expect(r.alternatives, q).toEqual([]);
    }
  });

  it('hedges an answer that fits the question weakly, with the next entries as buttons', () => {
    const weak = kb.questions
      .flatMap((q) => q.phrasings.slice(0, 1))
      .map((p) => `${p} and also what about the wider consequences for ordinary people`)
      .map((q) => ({ q, r: matcher.match(q), fit: matcher.rank(q).candidates[0]?.fit ?? 1 }))
      .filter((x) => x.r.status === 'answered' && x.fit < MATCHER_DEFAULTS.hedgeFit);
    expect(weak.length).toBeGreaterThan(10);
    for (const { q, r } of weak) expect(r.alternatives.length, q).toBeGreaterThan(0);
  });

  it('is right at least 94% of the time when it does not hedge (judged set)', () => {
    expect(hedgeFigures(matcher, loadJudgedSet().inCourse).unhedgedRight).toBeGreaterThanOrEqual(0.94);
  });
});
