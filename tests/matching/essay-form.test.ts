// The form of a judgement question that names what it weighs: one factor against the rest ("how far do you agree that
// X was the main reason…"), or two against each other ("which was more important: X or Y?").
import { describe, expect, it } from 'vitest';
import { readEssayForm } from '../../src/matching/essay-form.js';

describe('reading what a judgement question weighs', () => {
  it('finds the one factor a "how far do you agree" question names, and what it is a reason for', () => {
    expect(readEssayForm("'The main reason Stalin won the power struggle was his position as General Secretary.' How far do you agree? Explain your answer. [16 marks]")).toEqual({
      kind: 'factor',
      factors: ['his position as general secretary'],
      about: 'stalin won the power struggle',
    });
    expect(readEssayForm("How far do you agree that Stalin's paranoia was the main cause of the Great Terror? (30 marks)")).toEqual({ kind: 'factor', factors: ["stalin's paranoia"], about: 'the great terror' });
    expect(readEssayForm('‘Stalin’s control over the USSR was due to his use of propaganda.’ How far do you agree?')).toEqual({ kind: 'factor', factors: ['his use of propaganda'], about: "stalin's control over the ussr" });
    expect(readEssayForm("How far was Stalin's paranoia a cause of the purges?")).toEqual({ kind: 'factor', factors: ["stalin's paranoia"], about: 'the purges' });
  });

  it('finds both factors a "which was more important" question names', () => {
    expect(readEssayForm('Which of the following was the more important reason why Stalin was able to control the USSR: propaganda or the terror? Explain your answer with reference to both. [12 marks]')).toEqual({
      kind: 'compare',
      factors: ['propaganda', 'the terror'],
      about: 'stalin was able to control the ussr',
    });
    expect(readEssayForm('Was propaganda or terror more important in keeping Stalin in power?')).toEqual({ kind: 'compare', factors: ['propaganda', 'terror'], about: 'keeping stalin in power' });
    expect(readEssayForm('Which was the main reason for the famine: collectivisation or the weather?')).toEqual({ kind: 'compare', factors: ['collectivisation', 'the weather'], about: 'the famine' });
  });

  it('finds both factors when the question does not say what they are reasons for', () => {
    for (const q of ['Which was more important: propaganda or terror?', 'Which was the more important factor: propaganda or terror?', 'Propaganda or terror: which was more important?'])
      expect(readEssayForm(q), q).toEqual({ kind: 'compare', factors: ['propaganda', 'terror'], about: '' });
    // Three named are not two: no "propaganda, terror" against the cult.
    expect(readEssayForm('Which was the most important reason for Stalin’s control: propaganda, terror or the cult?')).toBeUndefined();
  });

  it('reads "how far was X the result of Y" with Y the factor weighed', () => {
    expect(readEssayForm("How far was Stalin's rise the result of Trotsky's weaknesses?")).toEqual({ kind: 'factor', factors: ["trotsky's weaknesses"], about: "stalin's rise" });
    expect(readEssayForm('To what extent was the Great Terror due to Stalin’s paranoia?')).toEqual({ kind: 'factor', factors: ["stalin's paranoia"], about: 'the great terror' });
  });

  it('leaves questions that name no factor alone', () => {
    for (const q of ['How successful were the Five-Year Plans?', 'why did stalin win the power struggle', 'What was the main reason?', 'Describe two features of Stalinism.'])
      expect(readEssayForm(q), q).toBeUndefined();
  });
});
