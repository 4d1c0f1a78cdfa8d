// An examiner's balance audit of contested history (the famines, the national operations and deportations,
// Katyn, the 1941 appeal): what a Kazakh, Ukrainian or Polish student now gets. Each test fails on the fact base
// as it was before the audit.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { answerOf, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

/** The answer /ask gives, failing the test when it gives none. */
const answerTo = (question: string): string => answerOf(matcher, question);

/** Every text the fact base shows a student, apart from the phrasings that only match what students type. */
const shownTexts = (): string[] => [
  ...kb.questions.flatMap((q) => [q.question, q.answer]),
  ...kb.quiz.flatMap((q) => [q.prompt, ...q.choices, q.correct, q.explanation]),
  ...kb.topics.map((t) => t.summary),
  ...kb.terms.map((t) => t.definition),
  ...kb.events.map((e) => e.title),
];

describe('the Kazakh famine', () => {
  it('answers how many died with a figure, its dates 1930–33 and whose estimate it is', () => {
    for (const question of ['how many people died in the kazakh famine', 'death toll of the famine in kazakhstan']) {
      const answer = answerTo(question);
      expect(answer, question).toMatch(/1\.5 million/);
      expect(answer, question).toMatch(/1930/);
      expect(answer, question).toMatch(/Cameron/);
    }
  });

  it('gives its Kazakh name, Asharshylyk, as a term', () => {
    expect(kb.terms.find((t) => t.term === 'Asharshylyk')?.definition).toMatch(/1930–33/);
  });

  it('no longer dates the Kazakh famine to 1932–33 in the stalinism quiz and key dates', () => {
    const quiz = kb.quiz.find((q) => q.id === 'stalinism-quiz-14');
    expect(quiz?.prompt).toMatch(/1930–33/);
    const stalinism = kb.topics.find((t) => t.id === 'stalinism');
    expect(stalinism?.keyDates.some((d) => d.date === '1930' && /Kazakhstan/.test(d.label))).toBe(true);
  });

  it('charts the Kazakh deaths beside the USSR and Ukraine', () => {
    const points = kb.series.find((s) => s.id === 'famine-deaths')?.points ?? [];
    expect(points.find((p) => /Kazakhstan/.test(p.measure ?? ''))?.range?.[0]).toBe(1.5);
  });
});

describe('the famine in Ukraine', () => {
  it('sets out the middle view and the measures aimed at Ukraine and the Kuban, not only two camps', () => {
    const answer = answerTo('did stalin mean to starve the ukrainians');
    expect(answer).toMatch(/middle view/);
    expect(answer).toMatch(/Graziosi/);
    expect(answer).toMatch(/Kuban/);
    expect(answer).not.toMatch(/since Kazakhstan and other regions also starved/);
  });

  it('reaches the decrees of November 1932 to January 1933 when a student asks about them', () => {
    const answer = answerTo('what did the decree of december 1932 do to ukraine');
    expect(answer).toMatch(/14 December 1932/);
    expect(answer).toMatch(/22 January 1933/);
  });

  it('quotes Conquest’s 2003 letter with its "abetting", not as a plain "let it happen"', () => {
    const text = kb.questions.find((q) => q.id === 'interpretations-conquest-famine')?.answer ?? '';
    expect(text).toMatch(/abetting/);
    expect(text).not.toMatch(/only that he let it happen/);
  });

  it('says "Ukraine", never "the Ukraine", outside students’ phrasings', () => {
    expect(shownTexts().filter((t) => /\bthe Ukraine\b/i.test(t))).toEqual([]);
  });
});

describe('the 1941 appeal', () => {
  it('no longer makes "Mother Russia" the single right answer of the quiz question on 1941', () => {
    const quiz = kb.quiz.find((q) => q.id === 'propaganda-cult-quiz-16');
    expect(quiz?.correct).not.toMatch(/Mother Russia/);
    expect(quiz?.correct).toMatch(/Soviet motherland/);
    expect(shownTexts().filter((t) => /Mother Russia/.test(t))).toEqual([]);
  });
});

describe('the national operations, deportations and Katyn', () => {
  it('answers about the Polish operation with its toll and the national operations’ share of the shot', () => {
    const answer = answerTo('why did the nkvd shoot so many poles');
    expect(answer).toMatch(/111,000/);
    expect(answer).toMatch(/247,000/);
  });

  it('answers about the Korean deportation of 1937 with its scale', () => {
    expect(answerTo('why did stalin deport the koreans')).toMatch(/172,000 Koreans/);
  });

  it('answers about Katyn instead of refusing it', () => {
    const answer = answerTo('katyn 1940');
    expect(answer).toMatch(/22,000/);
    expect(answer).toMatch(/5 March 1940/);
  });
});

describe('disputed claims are attributed', () => {
  it('does not state as plain fact that industrialisation let the USSR withstand the invasion', () => {
    const answer = kb.questions.find((q) => q.id === 'industrialisation-successes')?.answer ?? '';
    expect(answer).not.toMatch(/Above all, the USSR could withstand/);
    expect(answer).toMatch(/Allen/);
  });

  it('gives the gulag’s archive death figures instead of no figure at all', () => {
    const answer = kb.questions.find((q) => q.id === 'gulag-deaths')?.answer ?? '';
    expect(answer).toMatch(/1\.6 million/);
  });

  it('does not call the deported kulaks "the best farmers" as a class', () => {
    expect(shownTexts().filter((t) => /kulaks had been among the best farmers|best farmers, the kulaks/.test(t))).toEqual([]);
  });
});
