// A student writing English as a second language (the blind trial of s11, "Amira"): short slips of the course's
// names, exam furniture around the subject, misspelt judgement words, and two parts that ask the same thing.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { createSpeller } from '../../src/matching/spelling.js';
import { answeredEntryId, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

/** The id of the entry /ask answers with, or undefined when it does not answer. */
const answered = (q: string) => answeredEntryId(matcher, q);

describe('a short slip in a course name', () => {
  it('reads it as the word that completes the name with the words around it', () => {
    expect(answered('wat were the 5 yer plans')).toBe('five-year-plans-what');
    expect(answered('when did the first five yer plan start')).toMatch(/^five-year-plans-/);
  });

  it('leaves a short word alone when it completes no name', () => {
    expect(answered('yer')).toBeUndefined();
    expect(answered('what is a yer')).toBeUndefined();
  });
});

describe('misspelt words', () => {
  it('are read as the course\'s words, not as slips other students typed in skill phrasings', () => {
    const speller = createSpeller(answerableEntries(kb), new Set());
    expect(speller.spell('sucsesful')).toBe('successful');
    expect(speller.spell('sucessful')).toBe('successful');
    expect(answered('was the nep sucsesful')).toBe('nep-achievements');
  });
});

describe('exam furniture around the subject', () => {
  it('lets the subject decide, not "describe two features" or the marks', () => {
    expect(answered('describe three features of collectivisation (4 marks)')).toMatch(/^collectivisation-/);
    expect(answered('Describe 2 features of collectivisation. [4]')).toMatch(/^collectivisation-/);
  });

  it('still answers an entry that asks for the features of the subject named', () => {
    expect(answered('describe 2 features of the gulag')).toBe('gulag-describe-two');
    expect(answered('what were the main features of the nep')).toBe('nep-features');
  });
});

describe('the kind of answer asked for', () => {
  it('does not take a phrasing asking "how many" for an answer to "why"', () => {
    expect(answered('why did stalin kill his friends in the purges')).toBe('terror-assessment-why-happen');
    expect(answered('why stalin kill his old friends in the terror')).not.toBe('terror-assessment-death-toll');
  });
});

describe('two parts telling the same story', () => {
  it('are answered once', () => {
    const outcome = askQuestion(matcher, 'who was stakanov and why was he famous');
    expect(outcome.parts).toEqual([]);
    expect(outcome.primary.entry?.id).toMatch(/stakhanov/);
  });
});
