// Edexcel's 12-mark "Explain why…" question (Paper 3, Russia and the Soviet Union 1917–41, question 2: two stimulus
// points and "You must also use information of your own"). A blind Year-11 trial got the AQA "Which was the more
// important reason" advice ("you usually only need the two factors given") for "how do i write that as a 12 marker
// tho" and "whats a 3rd reason i could use thats not on the bullet points": advice that costs marks on her paper.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
let app: App;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
  app = buildApp({ kb, store: createMemoryGuildStore(), now: () => new Date('2026-12-07T20:00:00Z') });
});
afterAll(async () => {
  await app.shutdown();
});

const STIMULUS = 'skill-explain-why-stimulus';
const answered = (q: string) => {
  const o = askQuestion(matcher, q);
  return o.primary.status === 'answered' ? o.primary.entry?.id : undefined;
};

describe('the 12-mark "Explain why" question with stimulus points', () => {
  it('has advice that says to use the points and information of your own, and to reach a conclusion', () => {
    const skill = kb.skills.find((s) => s.id === STIMULUS);
    expect(skill?.answer).toMatch(/information of your own/);
    expect(skill?.answer).toMatch(/reason of your own/);
    expect(skill?.answer).toMatch(/conclusion/);
    expect(skill?.answer).not.toMatch(/only need the two/);
    // The model paragraph explains both points and adds a reason of its own.
    expect(skill?.example).toMatch(/grain procurement crisis/);
    expect(skill?.example).toMatch(/kulaks/);
    expect(skill?.example).toMatch(/of my own/);
  });

  it('is what the trial’s questions reach, asked on their own', () => {
    for (const q of [
      'how do i write that as a 12 marker tho',
      'whats a 3rd reason i could use thats not on the bullet points',
      'do i need information of my own in the 12 marker',
      'how do i answer the explain why question with two bullet points',
      'do i have to use my own information as well as the bullet points in the 12 marker',
      'can i use a reason thats not in the bullet points',
    ])
      expect(answered(q), q).toBe(STIMULUS);
  });

  it('is what they reach after a pasted 12-mark question', async () => {
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c-maya', userId: 'maya', userName: 'maya', canManageServer: false };
    const ask = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx);
    const stimulusTitle = kb.skills.find((s) => s.id === STIMULUS)?.question;
    await ask('Explain why there was a famine in the Soviet Union in 1932-33. (12 marks) You may use the following in your answer: - grain requisitioning - the kulaks. You must also use information of your own.');
    expect((await ask('whats a 3rd reason i could use thats not on the bullet points'))?.title).toBe(stimulusTitle);
    await ask('Explain why Stalin introduced collectivisation. (12 marks)');
    expect((await ask('how do i write that as a 12 marker tho'))?.title).toBe(stimulusTitle);
  });

  it('leaves the "Which was the more important reason" and plain "Explain why" questions their own advice', () => {
    expect(answered('is it ok to add a third factor in the which was more important q')).toBe('skill-more-important');
    expect(answered('how do i answer which was more important')).toBe('skill-more-important');
    expect(answered('how do i answer an explain why question')).toBe('skill-explain-why');
    expect(kb.skills.find((s) => s.id === 'skill-more-important')?.answer).toMatch(/Edexcel's 12-marker is a\s+different question/);
  });

  it('names the boards that set the inference and interpretation questions instead of "Not every board sets this"', () => {
    for (const id of ['skill-source-inference', 'skill-interpretation-differ']) {
      const answer = kb.skills.find((s) => s.id === id)?.answer ?? '';
      expect(answer, id).toMatch(/Edexcel/);
      expect(answer, id).not.toMatch(/Not every board/);
    }
  });
});
