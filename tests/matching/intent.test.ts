import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import { intentsOf } from '../../src/matching/intent.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { createLexicon } from '../../src/matching/vocabulary.js';

const intents = (q: string) => [...intentsOf(q)].sort();

describe('reading what kind of answer a question asks for', () => {
  it('reads causes, results, figures, dates, people and judgements from how students ask', () => {
    expect(intents('why did stalin end the nep')).toEqual(['cause']);
    expect(intents('y did stalin end the nep')).toEqual(['cause']);
    expect(intents('What caused the grain procurement crisis?')).toEqual(['cause']);
    expect(intents('what led to the famine')).toEqual(['cause']);
    expect(intents('what were the effects of collectivisation')).toEqual(['result']);
    expect(intents('what did the famine cause')).toEqual(['result']);
    expect(intents('how many people died in the famine')).toEqual(['figures']);
    expect(intents('when did lenin die')).toEqual(['date']);
    expect(intents('who ran the gulag')).toEqual(['person']);
    expect(intents('How far was collectivisation a success?')).toEqual(['judgement']);
    expect(intents('how did stalin control writers')).toEqual(['method']);
  });

  it('finds no intent where the wording gives none', () => {
    expect(intents('the gulag')).toEqual([]);
    expect(intents('explain the purges')).toEqual([]);
  });
});

const entry = (id: string, question: string, phrasings: string[], answer: string): AnswerEntry => ({
  id, topic: 'famine', question, phrasings, answer, related: [], sources: [], kind: 'question',
});

describe('the matcher and the kind of answer asked for', () => {
  // Two entries on the same subject with the same words: only the kind of answer tells them apart.
  const matcher = createMatcher([
    entry('crisis-causes', 'Why did the Urals grain crisis happen?', ['the urals grain crisis', 'urals grain crisis 1928'], 'Peasants held back grain because prices were low.'),
    entry('crisis-figures', 'How many did the Urals grain crisis hit?', ['the urals grain crisis', 'urals grain crisis 1928'], 'About two million peasants were hit.'),
    entry('other', 'What was the gulag?', ['gulag'], 'A system of labour camps.'),
  ]);

  it('answers a question of causes with the entry that gives causes', () => {
    expect(matcher.match('what caused the urals grain crisis').entry?.id).toBe('crisis-causes');
    expect(matcher.match('what led to the urals grain crisis').entry?.id).toBe('crisis-causes');
  });

  it('answers a question of figures with the entry that gives figures', () => {
    expect(matcher.match('urals grain crisis how many').entry?.id).toBe('crisis-figures');
    expect(matcher.match('how many people in the urals grain crisis').entry?.id).toBe('crisis-figures');
  });
});

describe('texting spellings', () => {
  it('reads "hw mny" as asking for figures, "wen" for a date, and "evry1", "mny" and "diff" as the words they stand for', () => {
    expect([...intentsOf('hw mny ppl died in the famine')]).toContain('figures');
    expect([...intentsOf('wen did the urals grain crisis happen')]).toContain('date');
    const lexicon = createLexicon();
    expect(lexicon.termsOf(['evry1', 'mny', 'diff'])).toEqual(lexicon.termsOf(['everyone', 'many', 'difference']));
  });
});
