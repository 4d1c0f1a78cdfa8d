// Reading pasted questions: exam furniture off, several questions cut into parts, essays told apart.
import { describe, expect, it } from 'vitest';
import { isEssayQuestion, splitQuestion, stripFurniture } from '../../src/matching/question-parts.js';

describe('exam furniture', () => {
  it('takes marks off in any bracket, and the instructions around the question', () => {
    expect(stripFurniture('Explain why Stalin won the power struggle. [12]')).toBe('Explain why Stalin won the power struggle.');
    expect(stripFurniture('How far was collectivisation a success? (16 marks)')).toBe('How far was collectivisation a success?');
    expect(stripFurniture('Why did the NEP end? (22 mks)')).toBe('Why did the NEP end?');
    expect(stripFurniture("'The Terror was Stalin's work alone.' Assess the validity of this view.")).toBe("'The Terror was Stalin's work alone.'");
    expect(stripFurniture('"Propaganda kept Stalin in power." Discuss.')).toBe('"Propaganda kept Stalin in power."');
    expect(stripFurniture('Write a few lines to show what you know about the Stakhanovites')).toBe('the Stakhanovites');
    expect(stripFurniture('Account for the end of the NEP.')).toBe('the end of the NEP.');
  });

  it('keeps the words of an ordinary question, years and figures included', () => {
    expect(stripFurniture('What happened in 1932?')).toBe('What happened in 1932?');
    expect(stripFurniture('Why did 25,000 workers go to the villages?')).toBe('Why did 25,000 workers go to the villages?');
    expect(stripFurniture('Explain the purges')).toBe('Explain the purges');
  });
});

describe('several questions in one', () => {
  it('answers one part for an ordinary question', () => {
    expect(splitQuestion('Why did Stalin end the NEP?')).toEqual({ parts: ['Why did Stalin end the NEP?'], rest: [] });
  });

  it('cuts (a)/(b) and (i)/(ii) parts, marks off', () => {
    expect(splitQuestion('(a) (i) Who was Yezhov? (ii) What was the NKVD? [4]').parts).toEqual(['Who was Yezhov?', 'What was the NKVD?']);
    expect(splitQuestion('write a short note on a) the new economic policy b) the first five year plan').parts).toEqual(['the new economic policy', 'the first five year plan']);
  });

  it('reads a subject put first as the subject of the question after it, never as a part of its own (an A-level trial)', () => {
    // "she" was read as Stalin: "When did Stalin die?" was the second part. How a person died is what their card tells.
    expect(splitQuestion("stalin's wife, how did she die").parts).toEqual(["stalin's wife"]);
    expect(splitQuestion('trotsky, how did he die?').parts).toEqual(['trotsky']);
    // Any other question about it takes it in place of the word that stands for it.
    expect(splitQuestion('kirov, who killed him').parts).toEqual(['who killed kirov']);
    expect(splitQuestion('the kulaks, why were they hated').parts).toEqual(['why were the kulaks hated']);
    // A question first is no subject put first.
    expect(splitQuestion('who was Yezhov, when did he die').parts).toHaveLength(2);
  });

  it('cuts questions joined by "and who…", and a short part leans on the one before it', () => {
    expect(splitQuestion('Who led the Left, and who the Right?').parts).toEqual(['Who led the Left', 'who the Right? Who led the Left']);
    // What the part before asks about is put in place of the word that stands for it, as the part would be asked alone.
    expect(splitQuestion('What was the Lenin Enrolment and when did it occur?').parts).toEqual(['What was the Lenin Enrolment', 'when did the Lenin Enrolment occur?']);
  });

  it('reads a clause after "and" with the subject of the question before it, as it would be asked alone (a GCSE student\'s trial)', () => {
    expect(splitQuestion('what was the NEP and why did lenin bring it in').parts).toEqual(['what was the NEP', 'why did lenin bring the NEP in']);
    expect(splitQuestion('Who was Kirov, and why was he killed?').parts).toEqual(['Who was Kirov', 'why was Kirov killed?']);
    // A part before that asks something other than what a thing is carries over whole.
    expect(splitQuestion('Why did Stalin win and what did he do next?').parts[1]).toBe('what did he do next? Why did Stalin win');
  });

  it('reads the question at the end of a story, with the sentence before it when it says little alone', () => {
    const post = 'Lenin was wounded in 1918 and had several strokes. His health failed. In what year did Lenin die?';
    expect(splitQuestion(post).parts).toEqual(['In what year did Lenin die?']);
    expect(splitQuestion('This one-time ally of Stalin was expelled in 1927. Who was he?').parts).toEqual(['This one-time ally of Stalin was expelled in 1927. Who was he?']);
  });

  it('never cuts a story inside a figure ("1.5 million")', () => {
    // The short question leans on the sentence before it, which keeps its figure whole.
    const post = 'My book says 1.5 million people were in the camps by 1939. Why did it grow so fast?';
    expect(splitQuestion(post).parts).toEqual([post]);
    expect(splitQuestion('About 1.5 million people were arrested. Is that true?').parts).toEqual(['About 1.5 million people were arrested. Is that true?']);
  });

  it('answers at most three parts and counts the rest', () => {
    const forty = Array.from({ length: 40 }, (_, i) => `(${String.fromCharCode(97 + (i % 5))}) Who was person ${i}?`).join(' ');
    const { parts, rest } = splitQuestion(forty);
    expect(parts).toHaveLength(3);
    expect(rest.length).toBeGreaterThan(0);
  });
});

describe('essay questions', () => {
  it('are told by their command words or by their marks', () => {
    expect(isEssayQuestion('How far do you agree? [30]')).toBe(true);
    expect(isEssayQuestion('To what extent was the cult the key to Stalin’s power?')).toBe(true);
    expect(isEssayQuestion('Explain why the NEP ended. (12 marks)')).toBe(true);
    expect(isEssayQuestion('Describe two features of the NEP. [4]')).toBe(false);
    expect(isEssayQuestion('who was kirov')).toBe(false);
  });

  it('keeps an instruction that asks more of the question before it ("Give 2 examples") with that question, and reads "1)", "2." as part labels', () => {
    expect(splitQuestion('What was socialist realism? Give 2 examples').parts).toEqual(['What was socialist realism? Give 2 examples']);
    expect(splitQuestion('Homework sheet: 1) When did Lenin die? 2) Who was his main rival? 3) What was the NEP? 4) Why did Stalin win?')).toEqual({
      parts: ['When did Lenin die?', 'Who was his main rival?', 'What was the NEP?'],
      rest: ['Why did Stalin win?'],
    });
    // A number ending a sentence is no label ("Article 58."); a decimal ("1.5 million") is checked above.
    expect(splitQuestion('What was Article 58. It was used against many.').parts[0]).toContain('Article 58');
  });
});


describe('a second question texted after "and" (trial 2)', () => {
  it('splits "who was kirov and y was he killed" into who Kirov was and why he was killed', () => {
    expect(splitQuestion('who was kirov and y was he killed').parts).toEqual(['who was kirov', 'y was kirov killed']);
  });

  it('splits "n" for "and" before a texted question word, and leaves "y" inside a name alone', () => {
    expect(splitQuestion('who was trotsky n wen was he exiled').parts).toEqual(['who was trotsky', 'wen was trotsky exiled']);
    expect(splitQuestion('what was the role of Yagoda and Yezhov').parts).toHaveLength(1);
  });
});
