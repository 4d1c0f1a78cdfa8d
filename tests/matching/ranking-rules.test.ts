import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import { createCourseMatcher, createMatcher } from '../../src/matching/matcher.js';
import { PLAIN_LEXICON } from '../../src/matching/vocabulary.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const entry = (id: string, question: string, phrasings: string[], answer: string): AnswerEntry => ({
  id, topic: 'gulag', question, phrasings, answer, related: [], sources: [], kind: 'question',
});

describe('a question asking for figures', () => {
  // Where the camps were shares more of the question's words; only the kind of answer tells them apart.
  const entries = [
    entry('camps-where', 'Where were the Vorkuta camps?', ['the vorkuta camps in the arctic'], 'In the Arctic north, beyond the Urals.'),
    entry('camps-deaths', 'How many died at Vorkuta?', ['deaths at vorkuta', 'deaths in the vorkuta camps'], 'Tens of thousands of prisoners died there.'),
    entry('other', 'What was the gulag?', ['gulag'], 'A system of labour camps.'),
  ];

  it('is answered by the entry that gives figures, not by the one on where the camps were', () => {
    expect(createMatcher(entries).match('how many died in the vorkuta camps in the arctic').entry?.id).toBe('camps-deaths');
  });

  it('owes that to the weight of figures asked and given', () => {
    const without = createMatcher(entries, { tuning: { rankWeights: { figuresAgree: 0 } } });
    expect(without.match('how many died in the vorkuta camps in the arctic').entry?.id).toBe('camps-where');
  });
});

describe('"how important" asks for significance', () => {
  it('reads "how important", "was it important" and "why … important" as "significant", and "the most important" as nothing', () => {
    const terms = (text: string) => PLAIN_LEXICON.termsOf(text.split(' '));
    expect(terms('how important was the ryutin affair')).toEqual(terms('how significant was the ryutin affair'));
    expect(terms('why was the lenin enrolment important')).toEqual(terms('why was the lenin enrolment significant'));
    expect(terms('the most important reason')).not.toContain(terms('significant')[0]);
  });

  it('answers how important an event was with the entry on its significance, not with what it was', async () => {
    const matcher = createCourseMatcher(await loadRealKnowledge());
    expect(matcher.match('how important was the Ryutin affair?').entry?.id).toBe('terror-origins-ryutin-significance');
  });
});
