// Reading what a student asks of a subject rather than about one (src/matching/subject-request.ts), and the parts of a
// question that say "…what do historians say" or name the first part's subject again ("the term").
import { describe, expect, it } from 'vitest';
import { createConversationMemory } from '../../src/matching/follow-up.js';
import { splitQuestion } from '../../src/matching/question-parts.js';
import { readSubjectRequest, sideOf, subjectlessAsk, turnedAround } from '../../src/matching/subject-request.js';

describe('subjectlessAsk', () => {
  it.each([
    ['what do historians say', 'historians'],
    ["what's the historiography?", 'historians'],
    ['which historian says that?', 'historians'],
    ['which historians say which', 'historians'],
    ['who argues that?', 'historians'],
    ['give me a counter-argument', 'counter'],
    ['can u do the counterarguments', 'counter'],
    ["what's the other side?", 'counter'],
    ['whats a good counter argument pls', 'counter'],
    ['what evidence for the other side', 'counter'],
    ['which one is more convincing?', 'judge'],
    ['who is right', 'judge'],
    ['what evidence supports that?', 'evidence'],
    ["what's the evidence?", 'evidence'],
    ['how do we know', 'evidence'],
    ['are those figures reliable', 'evidence'],
    ['give me the figures', 'figures'],
    ['any stats?', 'figures'],
    ['give me an essay plan for that', 'plan'],
    ['write me an essay plan', 'plan'],
  ])('reads "%s" as asking for %s', (text, kind) => {
    expect(subjectlessAsk(text)).toBe(kind);
  });

  it.each([
    'what do historians think about the terror',
    'do historians agree it was genocide',
    'how do historians know about the gulag',
    'whats the evidence that stalin was behind kirovs murder',
    "what's the plan?",
    'who said that',
    'what were the results',
    'how do i plan an essay',
  ])('leaves "%s", which names its own subject or asks something else, to be answered as asked', (text) => {
    expect(subjectlessAsk(text)).toBeUndefined();
  });
});

describe('readSubjectRequest', () => {
  it('finds the request after the question it is asked of, in a sentence of its own or joined on', () => {
    expect(readSubjectRequest('was the famine a genocide? what do historians say')).toEqual({ kind: 'historians', subject: 'was the famine a genocide?' });
    expect(readSubjectRequest('How far were the Five-Year Plans a success? Give me the figures')).toEqual({ kind: 'figures', subject: 'How far were the Five-Year Plans a success?' });
    expect(readSubjectRequest('was the famine a genocide and what do historians think')).toEqual({ kind: 'historians', subject: 'was the famine a genocide' });
  });

  it('finds the question a plan is asked for after "essay plan:"', () => {
    expect(readSubjectRequest('give me an essay plan: "To what extent was Stalin\'s rule a revolution from above?"')).toEqual({
      kind: 'plan',
      subject: '"To what extent was Stalin\'s rule a revolution from above?"',
    });
  });

  it('gives the request alone an empty subject, and no request for an ordinary question', () => {
    expect(readSubjectRequest('give me a counter-argument')).toEqual({ kind: 'counter', subject: '' });
    expect(readSubjectRequest('what do historians say about the famine')).toBeUndefined();
    expect(readSubjectRequest('what was the Great Retreat and who came up with the term?')).toBeUndefined();
  });
});

describe('which way a question asks', () => {
  it('tells success from failure, and turns one into the other', () => {
    expect(sideOf('How successful were the Five-Year Plans?')).toBe('well');
    expect(sideOf('What were the failures of the First Five-Year Plan?')).toBe('badly');
    expect(sideOf('Why did Stalin end the NEP?')).toBeUndefined();
    expect(turnedAround('Were the Five-Year Plans a success?')).toBe('were the five year plans a failures');
  });
});

describe('splitQuestion with such requests', () => {
  it('keeps "…what do historians say" with the question before it, as one part', () => {
    expect(splitQuestion('was the famine a genocide? what do historians say').parts).toEqual(['was the famine a genocide? what do historians say']);
    expect(splitQuestion('What was collectivisation, and what do historians think?').parts).toHaveLength(1);
  });

  it('reads a part that names the first part\'s subject again ("the term") with the first part', () => {
    const { parts } = splitQuestion('what was the Great Retreat and who came up with the term?');
    expect(parts).toHaveLength(2);
    expect(parts[1]).toMatch(/who came up with the term.*great retreat/i);
    expect(splitQuestion('What was the Great Retreat? Who came up with the term?').parts[1]).toMatch(/great retreat/i);
    // A part with a subject of its own stays as it is.
    expect(splitQuestion('Who was Kirov, and who killed him?').parts).toHaveLength(2);
  });
});

describe('the conversation memory', () => {
  it('keeps the student\'s own question while the same answer is given again', () => {
    const memory = createConversationMemory();
    memory.remember('k', { entryId: 'e1', question: 'What was the law of spikelets?', asked: 'what was the law of spikelets' }, 0);
    memory.remember('k', { entryId: 'e1', question: 'What was the law of spikelets?' }, 1000);
    expect(memory.recall('k', 2000)?.asked).toBe('what was the law of spikelets');
    memory.remember('k', { entryId: 'e2', question: 'What caused the famine?' }, 3000);
    expect(memory.recall('k', 4000)?.asked).toBeUndefined();
  });
});
