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
  });

  it('leaves questions that name no factor alone', () => {
    for (const q of ['How successful were the Five-Year Plans?', 'why did stalin win the power struggle', 'What was the main reason?', 'Describe two features of Stalinism.'])
      expect(readEssayForm(q), q).toBeUndefined();
  });
});
