// /ask's exam advice for the class's exam board (/tutor board), on the real fact base and matcher: an AQA student
// asking "how i do the 8 mark question" was given the "Explain why" advice (trial, row 28), when AQA's Russia paper
// asks "In what ways…" for 8 marks. Advice tagged for other boards' papers gives way; a board the question names wins.
import { describe, expect, it } from 'vitest';
import { adviceForClass, boardNamed } from '../../src/commands/exam-advice.js';
import { EXAM_BOARDS, type ExamBoard, type KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createLazyCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import type { ClassLevel } from '../../src/quiz/fairness.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;

useRealMatcher((real) => ({ kb, matcher } = real), 120_000, createLazyCourseMatcher);

/** The skills entry /ask answers a question with, for a class with this board (and level). */
function advice(question: string, board: ExamBoard | null, level?: ClassLevel | null): string | undefined {
  const outcome = askQuestion(matcher, question);
  expect(outcome.primary.entry?.kind, question).toBe('skill');
  return adviceForClass(kb, matcher, outcome, board, level).primary.entry?.id;
}

describe('exam advice for the class\'s board', () => {
  it('gives "the 8 mark question" as the board sets it: AQA\'s "In what ways…", Edexcel\'s source question', () => {
    expect(advice('how i do the 8 mark question', 'aqa')).toBe('skill-in-what-ways');
    expect(advice('how i do the 8 mark question', 'edexcel')).toBe('skill-source-utility-gcse');
    // No board set, or one whose paper it does not follow: the matcher's choice stands.
    const general = askQuestion(matcher, 'how i do the 8 mark question').primary.entry?.id;
    expect(advice('how i do the 8 mark question', null)).toBe(general);
    expect(advice('how i do the 8 mark question', 'ocr')).toBe(general);
  });

  it('gives "the 12 mark question" as the board sets it', () => {
    expect(advice('how do i answer the 12 mark question', 'aqa')).toBe('skill-more-important');
    expect(advice('how do i answer the 12 mark question', 'edexcel')).toBe('skill-explain-why-stimulus');
  });

  it('leaves marks alone where the question names its kind, asks about time, or is about an A-level paper', () => {
    expect(advice('how do i answer in what ways questions', 'edexcel')).toBe('skill-in-what-ways');
    expect(advice('how long should the 8 mark question be', 'aqa')).toBe('skill-timing');
    expect(advice('how i do the 8 mark question', 'aqa', 'a-level')).not.toBe('skill-in-what-ways');
  });

  it('swaps advice for another board\'s question for the same kind\'s general advice, when it fits the question as well', () => {
    // Edexcel's 12-mark "Explain why" with two points is not AQA's or OCR's question.
    expect(advice('explain why 12 marker', null)).toBe('skill-explain-why-stimulus');
    expect(advice('explain why 12 marker', 'aqa')).toBe('skill-explain-why');
    expect(advice('explain why 12 marker', 'ocr')).toBe('skill-explain-why');
    expect(advice('explain why 12 marker', 'edexcel')).toBe('skill-explain-why-stimulus');
  });

  it('keeps advice on a question only one board sets, when nothing else answers what was asked', () => {
    expect(advice('how do i answer give two things you can infer', 'aqa')).toBe('skill-source-inference');
    expect(advice('how do i answer which was more important', 'edexcel')).toBe('skill-more-important');
  });

  it('lets a board the question names win over the class\'s', () => {
    expect(advice('how do i get full marks on the 8 mark question for edexcel', 'aqa')).toBe('skill-source-utility-gcse');
    expect(advice('how do i get full marks on the 8 mark question for edexcel', null)).toBe('skill-source-utility-gcse');
    expect(advice('how do i do the 8 marker for aqa', 'edexcel')).toBe('skill-in-what-ways');
    expect(advice('edexcel 12 marker', 'aqa')).toBe('skill-explain-why-stimulus');
  });

  it('swaps the entry whole, its question with it, and leaves a history answer alone', () => {
    const outcome = askQuestion(matcher, 'how i do the 8 mark question');
    const swapped = adviceForClass(kb, matcher, outcome, 'aqa');
    expect(swapped.primary).toMatchObject({ status: 'answered', entry: matcher.entry('skill-in-what-ways'), matchedQuestion: matcher.entry('skill-in-what-ways')?.question });
    expect(adviceForClass(kb, matcher, outcome, null)).toBe(outcome);
    const history = askQuestion(matcher, 'Why did Stalin introduce collectivisation?');
    expect(adviceForClass(kb, matcher, history, 'aqa')).toBe(history);
  });

  it('gives the class\'s level its own advice first (/tutor level), and keeps to it for the board', () => {
    expect(advice('how do i answer how far do you agree', null, 'gcse')).toBe('skill-how-far-gcse');
    expect(advice('how do i answer how far do you agree', null, 'a-level')).toBe('skill-how-far-a-level');
    expect(advice('how do i answer how far do you agree', 'aqa', 'a-level')).toBe('skill-how-far-a-level');
    // A level the question names wins over the class's.
    expect(advice('how do i answer how far do you agree a level', null, 'gcse')).toBe('skill-how-far-a-level');
  });

  it('reads the boards as students name them', () => {
    expect(boardNamed('for AQA how do i do it')).toBe('aqa');
    expect(boardNamed('pearson edexcel 16 marker')).toBe('edexcel');
    expect(boardNamed('WJEC Eduqas paper')).toBe('eduqas');
    expect(boardNamed('ocr a level essay')).toBe('ocr');
    expect(boardNamed('aqa or edexcel, which is harder')).toBeUndefined();
    expect(boardNamed('how do i answer a 12 mark question')).toBeUndefined();
  });

  it('names, for each board and marks (knowledge/skills.yaml, boardMarks), skills the fact base has and tags for that board', () => {
    expect(Object.keys(kb.boardMarks ?? {}).sort()).toEqual(['aqa', 'edexcel']);
    for (const board of EXAM_BOARDS)
      for (const ids of Object.values(kb.boardMarks?.[board] ?? {}))
        for (const id of ids) {
          const skill = kb.skills.find((s) => s.id === id);
          expect(skill, id).toBeDefined();
          expect(skill?.boards === undefined || skill.boards.includes(board), `${id} for ${board}`).toBe(true);
        }
  });
});
