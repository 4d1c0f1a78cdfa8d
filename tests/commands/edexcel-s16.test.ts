// A head of history tried the tutor for a Year 10 Edexcel GCSE class (Paper 3, Russia and the Soviet Union,
// 1917–41) with /tutor board edexcel and /tutor level gcse: "how do I do the 16 marker" got essay planning, not
// Edexcel's 16-mark "How far do you agree with Interpretation 2…"; the paper's "main difference" question was read as
// a history question; an A-level board essay got GCSE "Explain why" advice. On the real fact base and matcher.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { adviceForClass } from '../../src/commands/exam-advice.js';
import { modelAnswerPlan } from '../../src/commands/practice-view.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { ExamBoard, KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createLazyCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createMarker } from '../../src/practice/marker.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { seededRandom } from '../../src/quiz/clock.js';
import type { ClassLevel } from '../../src/quiz/fairness.js';
import { FakeTime } from '../fakes/time.js';
import { practiceQuestion, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;

useRealMatcher((real) => ({ kb, matcher } = real), 120_000, createLazyCourseMatcher);

/** The skills entry /ask answers a question with, for a class with this board and level (undefined: no skills entry). */
function advice(question: string, board: ExamBoard | null, level: ClassLevel | null = null): string | undefined {
  const outcome = askQuestion(matcher, question);
  if (outcome.primary.entry?.kind !== 'skill') return undefined;
  return adviceForClass(kb, matcher, outcome, board, level).primary.entry?.id;
}

describe('an Edexcel GCSE class asking about "the N marker"', () => {
  it("gives Edexcel's 16-mark question however the marks are written", () => {
    for (const q of ['how do I do the 16 marker', 'how do i answer the 16 mark question', 'how do i do the 16-mark question', 'how do i do the sixteen marker', 'help with the 16 markers', 'the 16mark q', 'wat do i do 4 the 16 marks question'])
      expect(advice(q, 'edexcel', 'gcse'), q).toBe('skill-interpretation-agree-edexcel');
    // The board named in the question, in a class with none set.
    expect(advice('how do I do the edexcel 16 marker', null, 'gcse')).toBe('skill-interpretation-agree-edexcel');
  });

  it('keeps advice on planning or timing when that is what is asked of the 16 marker', () => {
    expect(advice('how to plan a 16 marker', 'edexcel', 'gcse')).toBe('skill-essay-plan');
    expect(advice('how long for a 16 mark question', 'edexcel', 'gcse')).toBe('skill-timing');
  });

  it('gives no board\'s question when no board is set or named', () => {
    expect(advice('how do I do the 16 marker', null, 'gcse')).not.toBe('skill-interpretation-agree-edexcel');
  });
});

describe("the paper's own interpretation questions", () => {
  it('reads "the main difference" and "suggest one reason" questions as questions about the interpretations questions', () => {
    for (const q of ['what is the main difference question', 'what is the main difference between these views', 'suggest one reason why interpretations 1 and 2 give different views'])
      expect(advice(q, 'edexcel', 'gcse'), q).toBe('skill-interpretation-differ-edexcel');
    // AQA's class keeps the advice for both boards' papers, which gives AQA's wording too.
    expect(advice('what is the main difference question', 'aqa', 'gcse')).toBe('skill-interpretation-differ');
  });

  it('still answers a difference between two things of the course with the history', () => {
    const outcome = askQuestion(matcher, 'what is the main difference between the nep and war communism');
    expect(outcome.primary.entry?.kind).not.toBe('skill');
    // Nor is "the views of" two men the paper's interpretations (review).
    expect(askQuestion(matcher, 'what was the main difference between the views of stalin and trotsky').primary.entry?.kind).not.toBe('skill');
  });

  it("gives Edexcel's own guidance: the reasons for difference, Sources B and C together, and the 16 marks plus SPaG", () => {
    const answer = (id: string) => matcher.entry(id)?.answer ?? '';
    expect(answer('skill-interpretation-differ-edexcel')).toMatch(/different evidence/);
    expect(answer('skill-interpretation-differ-edexcel')).toMatch(/Sources B and C/);
    expect(answer('skill-interpretation-agree-edexcel')).toMatch(/16 marks, with 4 more for spelling, punctuation and grammar/);
    expect(answer('skill-sources-bc-edexcel')).toMatch(/provenance/);
    expect(advice('how useful are sources b and c for an enquiry into', 'edexcel', 'gcse')).toBe('skill-sources-bc-edexcel');
  });
});

describe('an A-level board essay', () => {
  it('gets the A-level essay advice, the level named in the question winning over the class\'s', () => {
    expect(advice('how do i answer the 20 mark essay question for edexcel a level', 'edexcel', 'gcse')).toBe('skill-how-far-a-level');
    expect(advice('how do i answer the 20 mark essay question for edexcel a level', null, null)).toBe('skill-how-far-a-level');
    expect(advice('how do i write the 25 mark essay for aqa a level', null, null)).toBe('skill-how-far-a-level');
  });

  it('leaves an A-level question that names its kind to that kind', () => {
    expect(advice('how do i answer the a level extracts question', null, null)).toBe('skill-interpretation-extracts');
  });
});

describe('/practice for an Edexcel GCSE class', () => {
  const student: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 's1', userName: 'Sam', canManageServer: false };
  const teacher: CommandContext = { ...student, userId: 't1', userName: 'Ms Smith', canManageServer: true };

  /** The questions /practice sets students of a class with this board (GCSE) on a topic and kind: eight students, three each. */
  async function questionsSet(board: string | null, options: Record<string, string>): Promise<Set<string>> {
    const time = new FakeTime();
    const app = buildApp({ kb, clock: time, scheduler: time, random: seededRandom(3) });
    if (board) await app.router.runCommand('tutor', { subcommand: 'board', options: { board } }, teacher);
    await app.router.runCommand('tutor', { subcommand: 'level', options: { class: 'gcse' } }, teacher);
    const ids = new Set<string>();
    for (let s = 0; s < 8; s++)
      for (let i = 0; i < 3; i++) {
        const reply = (await app.router.runCommand('practice', { options }, { ...student, userId: `s${s}` })) as Reply;
        ids.add(reply.buttons?.find((b) => b.label === P.answerButton)?.action.split(':')[2] ?? reply.body ?? '');
      }
    await app.shutdown();
    return ids;
  }

  it('sets Edexcel\'s 12-mark "Explain why" with two points, not the 8-mark form its paper never sets', async () => {
    const set = await questionsSet('edexcel', { topic: 'collectivisation', kind: 'explain' });
    expect(set).toEqual(new Set(['pq-collectivisation-explain-edexcel']));
    const question = practiceQuestion(kb, 'pq-collectivisation-explain-edexcel');
    expect(question).toMatchObject({ marks: 12, boards: ['edexcel'] });
    expect(question.prompt).toMatch(/You may use the following in your answer: .+; .+\. You must also use information of your own\.$/);
    expect(question.levels.map((l) => l.marks)).toEqual([[1, 3], [4, 6], [7, 9], [10, 12]]);
    // Another board's class, or none, is not set Edexcel's form.
    expect(await questionsSet('aqa', { topic: 'collectivisation', kind: 'explain' })).toEqual(new Set(['pq-collectivisation-explain-why']));
  }, 60_000);

  it('marks a developed answer with a reason of its own at the top level, and a thin one of the two points low', () => {
    const marker = createMarker(kb);
    const question = practiceQuestion(kb, 'pq-collectivisation-explain-edexcel');
    const good =
      'One reason Stalin introduced collectivisation was the grain procurement crisis of 1927-28. The state paid low prices for grain and there was little to buy, ' +
      'so peasants held back their grain. This showed Stalin that the state needed a reliable supply of grain, which collective farms would have to deliver. ' +
      'A second reason was the need to pay for industrialisation. Grain taken cheaply from the farms would feed the workers in the towns, and grain was exported ' +
      'to buy foreign machinery. This meant that rapid industrialisation depended on controlling the grain supply. A reason of my own is ideology. Communists saw ' +
      'private farming and the kulaks as capitalist, and wanted socialism in the countryside. Also small peasant strips were seen as backward, and large farms ' +
      'with tractors would be more efficient. These reasons were linked, because the grain crisis convinced Stalin that only state control of farming could pay for industry.';
    const thin = 'Stalin introduced collectivisation because of the grain procurement crisis. He also needed to pay for industrialisation. Collectivisation was when peasants had to join big farms.';
    expect(marker.mark(question, good).level).toBe(4);
    expect(marker.mark(question, thin).level).toBeLessThanOrEqual(2);
    // The two points given, copied and no more, are Level 1 at most: restating the stimulus earns little (review).
    expect(marker.mark(question, 'The grain procurement crisis. The need to pay for industrialisation.').level).toBeLessThanOrEqual(1);
    expect(marker.mark(practiceQuestion(kb, 'pq-power-struggle-explain-edexcel'), 'His post as General Secretary. The mistakes of his rivals.').level).toBeLessThanOrEqual(1);
  });
});

describe("a practice plan's time", () => {
  it("follows the question's own: about 20 minutes for a GCSE 16-marker, 45 for an A-level essay", () => {
    const gcse = kb.practice.find((q) => q.kind === 'how-far' && q.marks === 16);
    const essay = kb.practice.find((q) => q.kind === 'essay');
    expect(gcse && modelAnswerPlan(practiceQuestion(kb, gcse.id)).intro).toMatch(new RegExp(`about ${gcse?.minutes} minutes`));
    expect(gcse?.minutes).toBeLessThanOrEqual(25);
    expect(essay && modelAnswerPlan(practiceQuestion(kb, essay.id)).intro).toContain(`${essay?.minutes} minutes`);
  });
});
