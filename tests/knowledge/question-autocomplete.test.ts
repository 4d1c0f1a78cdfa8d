// /ask's autocomplete offers the question a student is typing, even half-typed or misspelt, within
// Discord's limits, whatever is pasted into the box.
import { beforeAll, describe, expect, it } from 'vitest';
import { createQuestionAutocomplete, type QuestionSuggestion } from '../../src/knowledge/question-autocomplete.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let suggest: (partial: string, limit: number) => QuestionSuggestion[];
beforeAll(async () => {
  kb = await loadRealKnowledge();
  suggest = createQuestionAutocomplete(kb.questions);
});

describe('/ask autocomplete', () => {
  it('offers the question meant first, for half-typed and misspelt questions in students’ own words', () => {
    for (const [typed, question] of [
      ['why did stalin colectivise', 'Why did Stalin collectivise agriculture?'],
      ['who wer the kulak', 'Who were the kulaks?'],
      ['wat were the show trails', 'What were the show trials?'],
      ['five yeer plan', 'What were the Five-Year Plans?'],
      ['why did stlain end the ne', 'Why did Stalin end the NEP?'],
      ['what was the holodmor', 'What is the Holodomor?'],
    ] as const)
      expect(suggest(typed, 25)[0]?.value, typed).toBe(question);
  });

  it('reads a year as that year, never as a slip for another', () => {
    // Before, "famine 1932" offered the famine of 1921–22 first and "1928" the scissors crisis of 1923.
    for (const [typed, year] of [['famine 1932', '1932'], ['what happened in 1932', '1932'], ['1928 ', '1928']] as const)
      expect(suggest(typed, 25)[0]?.value, typed).toContain(year);
  });

  it('offers the questions themselves, at most as many as asked for, each within 100 characters', () => {
    const known = new Set(kb.questions.map((q) => q.question));
    for (const typed of ['', 's', 'why did', 'stakanov', 'x'.repeat(5000), 'what was the nep and why did lenin bring it in and why did stalin end it '.repeat(20)]) {
      const choices = suggest(typed, 25);
      expect(choices.length, typed.slice(0, 20)).toBeLessThanOrEqual(25);
      for (const c of choices) {
        expect(c.value.length).toBeLessThanOrEqual(100);
        expect(known.has(c.value) || c.value.endsWith('…')).toBe(true);
      }
    }
    expect(suggest('', 5)).toHaveLength(5);
    expect(suggest('x'.repeat(5000), 25)).toEqual([]);
  });

  it('gives the same suggestions when a partial comes again, whatever was done with the first ones', () => {
    const first = suggest('who was trotsky', 25);
    const copy = first.map((c) => ({ ...c }));
    first.splice(0, first.length);
    expect(suggest('who was trotsky', 25)).toEqual(copy);
    expect(suggest('who was trotsky', 3)).toEqual(copy.slice(0, 3));
  });
});
