// An essay question by its marks alone ("Explain why… [12 marks]") is answered by the entry explaining what it
// asks; one asking for a judgement ("Assess…", "How far…") gets the points to weigh (src/matching/ask-question.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createCourseMatcher(await loadRealKnowledge());
});

describe('essay questions and points', () => {
  it('answers "explain why" with marks by the entry on its causes, not a list of points', () => {
    const outcome = askQuestion(matcher, 'Explain why collectivisation was introduced. [12 marks]');
    expect(outcome.points).toEqual([]);
    expect(outcome.primary.entry?.id).toBe('collectivisation-why-stalin');
  });

  it('still offers points for an essay asking for a judgement that no entry weighs up', () => {
    const outcome = askQuestion(matcher, 'Assess the reasons why Trotsky lost the power struggle. [16 marks]');
    expect(outcome.points.length).toBeGreaterThanOrEqual(2);
  });
});
