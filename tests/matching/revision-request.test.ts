// Revision requests told from questions about history.
import { describe, expect, it } from 'vitest';
import { readRevisionRequest } from '../../src/matching/revision-request.js';

describe('revision requests', () => {
  it('are read with what they are about', () => {
    expect(readRevisionRequest('can you test me on the key words for the famine topic')).toEqual({ kind: 'test-me', subject: 'famine' });
    expect(readRevisionRequest('quick summary of the whole topic pls')).toEqual({ kind: 'summary', subject: '' });
    expect(readRevisionRequest('what are the most important things to revise')).toEqual({ kind: 'what-to-revise', subject: '' });
    expect(readRevisionRequest('what should i revise for the nep')).toEqual({ kind: 'what-to-revise', subject: 'nep' });
    expect(readRevisionRequest('key dates for collectivisation')).toEqual({ kind: 'key-dates', subject: 'collectivisation' });
    expect(readRevisionRequest('give me a timeline of the terror')).toEqual({ kind: 'key-dates', subject: 'terror' });
    expect(readRevisionRequest('key words for the gulag')).toEqual({ kind: 'key-terms', subject: 'gulag' });
    expect(readRevisionRequest('can you just write my essay on the Terror')).toEqual({ kind: 'write-essay', subject: 'terror' });
  });

  it('are read with what they are about wherever it is, less what the student says of themselves', () => {
    expect(readRevisionRequest('exam in 2 days, what are the most important bits of collectivisation to revise??')).toEqual({ kind: 'what-to-revise', subject: 'collectivisation' });
    expect(readRevisionRequest('which bits of the NEP topic actually matter')).toEqual({ kind: 'what-to-revise', subject: 'nep' });
    expect(readRevisionRequest('whats the nep in a nutshell')).toEqual({ kind: 'summary', subject: 'nep' });
    expect(readRevisionRequest('do my stalinism homework')).toEqual({ kind: 'write-essay', subject: 'stalinism' });
    expect(readRevisionRequest('can u just write my essay im so behind')).toEqual({ kind: 'write-essay', subject: '' });
  });

  it('read a student in a panic as asking what to revise, and flashcards asked for as a test', () => {
    expect(readRevisionRequest('help i have a test tomorrow on stalin and i know nothing')?.kind).toBe('what-to-revise');
    expect(readRevisionRequest("i have a test on the nep and i don't know anything")?.kind).toBe('what-to-revise');
    expect(readRevisionRequest("i'm going to fail my mock on the terror")).toEqual({ kind: 'what-to-revise', subject: 'terror', worried: true });
    expect(readRevisionRequest('can you make me flashcards on stakhanovites')).toEqual({ kind: 'test-me', subject: 'stakhanovites' });
    expect(readRevisionRequest('flashcards for collectivisation pls')).toEqual({ kind: 'test-me', subject: 'collectivisation' });
    // Asking how to revise, or whether the student understood an answer, is no such request.
    for (const q of ['should i make flashcards on the terror or do past papers', 'how do i make flashcards', "i don't get any of it", 'do you know anything about kirov'])
      expect(readRevisionRequest(q), q).toBeUndefined();
  });

  it('read ordinary exam worry, a revision plan and "what will come up" as what to revise, naming no topic by the student\'s own words (a GCSE student\'s trial)', () => {
    expect(readRevisionRequest('im so stressed about the exam next week i think im going to fail')).toEqual({ kind: 'what-to-revise', subject: '', worried: true });
    expect(readRevisionRequest('i feel so nervous for tomorrows history exam')).toEqual({ kind: 'what-to-revise', subject: '', worried: true });
    expect(readRevisionRequest('scared for my mocks on the terror')).toEqual({ kind: 'what-to-revise', subject: 'terror', worried: true });
    expect(readRevisionRequest('can you make me a revision plan for this week')).toEqual({ kind: 'what-to-revise', subject: '', plan: true });
    expect(readRevisionRequest('give me a 7 day plan for collectivisation')).toEqual({ kind: 'what-to-revise', subject: 'collectivisation', plan: true });
    expect(readRevisionRequest('what is most likely to come up in the exam')).toEqual({ kind: 'what-to-revise', subject: '', comesUp: true });
    // A question beside the worry is kept, to be answered.
    expect(readRevisionRequest('scared for my exam, why did stalin launch the terror')?.asks).toBe('why did stalin launch the terror');
    // Not worry about a kind of question (exam advice), an essay plan, how to revise, or a plan that failed.
    for (const q of ['im so stressed about the 16 marker, i always run out of things to say', 'make me an essay plan', 'give me a plan for this essay', 'how do i revise efficiently, exam in 3 weeks', 'why did the first five year plan fail'])
      expect(readRevisionRequest(q), q).toBeUndefined();
  });

  it('leave questions about history, and how to write an essay, alone', () => {
    for (const q of [
      'why did stalin end the nep',
      'what was the gulag',
      'what were the results of the first five year plan',
      'how did the terror affect the army',
      'how do i write an essay on the terror',
      'who came up with the five year plan',
      'what was the main thing stalin wanted from collectivisation',
      'i have to do a test on friday',
    ])
      expect(readRevisionRequest(q), q).toBeUndefined();
  });
});

describe('exam worry in a learner\'s English (a Year-10 trial: "i am so stress…" was refused over "friday")', () => {
  it('is read whatever the spelling or grammar, and wherever the exam is named', () => {
    for (const worry of [
      'i am so stress my history test is friday and i dont understand nothing',
      'exam is friday im stresed',
      'my mock is on monday and i am realy nervus',
      'i feel so anxius about the test',
    ])
      expect(readRevisionRequest(worry), worry).toEqual({ kind: 'what-to-revise', subject: '', worried: true });
  });

  it('keeps a question beside the worry, and leaves history that speaks of stress or fear alone', () => {
    expect(readRevisionRequest('what was the nep, exam tomorrow and im so stressed')).toMatchObject({ worried: true, subject: 'nep' });
    for (const question of ['why did stalin stress heavy industry', 'were peasants scared of the kulaks', 'i am stressed', 'i dont understand nothing'])
      expect(readRevisionRequest(question), question).toBeUndefined();
  });
});

