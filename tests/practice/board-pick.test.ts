// Choosing a /practice question for a class with an exam board (/tutor board): the questions its papers set (tagged
// for it, or for every board) first, the others only when the topic and kind asked for have nothing else.
import { describe, expect, it } from 'vitest';
import type { PracticeQuestion } from '../../src/knowledge/schema.js';
import { pickQuestion } from '../../src/practice/history.js';

const q = (id: string, kind: PracticeQuestion['kind'], boards?: PracticeQuestion['boards']): PracticeQuestion => ({
  id, topic: 't', kind, prompt: `${id}?`, marks: 12, minutes: 15, levels: [], points: [], ...(boards ? { boards } : {}),
});
const QUESTIONS = [q('explain', 'explain'), q('important', 'more-important', ['aqa']), q('essay', 'essay'), q('extracts', 'three-extracts', ['aqa'])];
/** Every question a pick can give, over the random numbers it may draw. */
const picks = (wanted: Parameters<typeof pickQuestion>[2], questions = QUESTIONS) =>
  new Set([0, 0.3, 0.6, 0.99].map((r) => {
    const pick = pickQuestion(questions, [], wanted, () => r);
    return pick.ok ? pick.question.id : pick.reason;
  }));

describe('choosing a practice question for the class\'s board', () => {
  it('leaves out another board\'s questions, at GCSE and at A-level', () => {
    expect(picks({ topic: 't', board: 'edexcel' })).toEqual(new Set(['explain']));
    expect(picks({ topic: 't', board: 'edexcel', level: 'a-level' })).toEqual(new Set(['essay']));
  });

  it('keeps the board\'s own and every board\'s', () => {
    expect(picks({ topic: 't', board: 'aqa' })).toEqual(new Set(['explain', 'important']));
    expect(picks({ topic: 't', board: 'aqa', level: 'a-level' })).toEqual(new Set(['essay', 'extracts']));
    expect(picks({ topic: 't' })).toEqual(new Set(['explain', 'important']));
  });

  it('never offers none: a kind only another board sets, asked for, is still set', () => {
    expect(picks({ topic: 't', board: 'ocr', kind: 'more-important' })).toEqual(new Set(['important']));
    expect(picks({ topic: 't', board: 'eduqas', level: 'a-level' }, [q('extracts', 'three-extracts', ['aqa'])])).toEqual(new Set(['extracts']));
  });
});
