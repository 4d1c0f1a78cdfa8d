// Revision and teacher requests two blind users hit (issue 19, items 2 and "teacher-ready"): a misspelt request ("key dates
// for the hole corse") refused; "what shud i learn for the test" gave one topic's list, and "main dates" after the NEP gave
// the NEP's without saying so; "a summary of the whole course" asked which question; a teacher's lesson plan got stray
// entries; "common mistakes about the Terror" got suggestions; "im bored" an apology; a week's plan packed four topics into a
// day's 45 minutes.
import { describe, expect, it, vi } from 'vitest';

vi.setConfig({ testTimeout: 60_000 });
import type { App } from '../../src/app.js';
import { revisionReply, startReply } from '../../src/commands/revision.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { COURSE_SUMMARY_ROOM, type KnowledgeBase } from '../../src/knowledge/schema.js';
import { readRevisionRequest } from '../../src/matching/revision-request.js';
import { MESSAGES, REVISION_MESSAGES as R } from '../../src/messages.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let app: App;
let users = 0;
const ctx = (userId: string): CommandContext => ({ guildId: 'g1', channelId: `c-${userId}`, userId, userName: userId, canManageServer: false });

useRealApp((real) => ({ kb, app } = real), { now: AFTER_SCHOOL }, 120_000);

/** A conversation of one new user: each question in turn, the last reply returned. */
async function conversation(...questions: string[]): Promise<Reply> {
  const user = `user-${++users}`;
  let reply: Reply | undefined;
  for (const question of questions) reply = await app.router.runCommand('ask', { options: { question } }, ctx(user));
  if (!reply) throw new Error('no reply');
  return reply;
}
const text = (r: Reply) => `${r.title ?? ''}\n${r.body ?? ''}\n${r.footer ?? ''}`;
const fits = (r: Reply) => expect((r.body ?? '').length + (r.title ?? '').length + (r.footer ?? '').length).toBeLessThanOrEqual(2000);

describe('a misspelt revision request', () => {
  it('reads "key dates for the hole corse" as the whole course’s key dates', async () => {
    const reply = await conversation('key dates for the hole corse');
    expect(reply.title).toBe(R.courseDatesTitle);
    expect(reply.body).toMatch(/1924 — Lenin dies/);
  });
  it('reads "sylabus", "revishun" and "shud" as the words meant', () => {
    expect(readRevisionRequest('key dates for the whole sylabus')).toMatchObject({ kind: 'key-dates', wholeCourse: true });
    expect(readRevisionRequest('revishun plan for this week')).toMatchObject({ kind: 'what-to-revise', plan: true });
    expect(readRevisionRequest('what shud i learn for the test')).toMatchObject({ kind: 'what-to-revise', everything: true });
  });
});

describe('what to learn, and for which topic', () => {
  it('gives the whole course’s list for "the test" or "all of it", with how to get one topic’s, even after another topic', async () => {
    for (const asked of ['what shud i learn for the test', 'what shud i revise for all of it', 'what should i learn for everything']) {
      const reply = await conversation('why did stalin industrialise', asked);
      expect(reply.title, asked).toBe(R.courseMustKnowTitle);
      expect(reply.body).toMatch(/1924 — Lenin dies/);
      expect(reply.body).toContain('**People:**');
      expect(reply.body).toContain('**Terms:**');
      expect(reply.body).toContain("One topic's list");
      // Not the industrialisation list with its A-level names, nor study tips.
      expect(reply.body).not.toMatch(/Nove|Sokolnikov|VSNKh/);
      fits(reply);
    }
  });
  it('says in one line that the main dates are the topic the conversation was on, and how to get the whole course’s', async () => {
    const reply = await conversation('what caused the NEP', 'give me the main dates I need to know');
    expect(reply.title).toBe(MESSAGES.reviseDatesTitle(kb.topics.find((t) => t.id === 'nep')!.title));
    expect(reply.body).toContain('the topic we were on');
    expect(reply.body).toContain('/ask key dates for the whole course');
  });
  it('gives a student with results of their own where to start, their weakest topics, for "what should I revise for my exam"', () => {
    const request = readRevisionRequest('what should I revise for my exam');
    if (!request) throw new Error('not read as a revision request');
    const results = [{ topic: 'famine', share: 0.2, answers: 5 }];
    expect(revisionReply(kb, request, undefined, [], results)).toEqual(startReply(kb, results, false));
    expect(revisionReply(kb, request, undefined, [], [])?.title).toBe(R.courseMustKnowTitle);
  });
  it('says nothing of the conversation when the topic is named', async () => {
    const reply = await conversation('what caused the NEP', 'key dates for collectivisation');
    expect(reply.body).not.toContain('the topic we were on');
  });
});

describe('a summary of the whole course', () => {
  it('answers "summary of the whole course", "of everything", "of the whole topic of Stalin’s USSR" with the course in short', async () => {
    for (const asked of ['give me a summary of the whole course', 'summary of everything', 'summary of all of it', "give me a summary of the whole topic of Stalin's USSR"]) {
      const reply = await conversation('why did stalin launch the terror', asked);
      expect(reply.title, asked).toBe(R.courseSummaryTitle);
      const lines = (reply.body ?? '').split('\n');
      expect(lines.length).toBeGreaterThanOrEqual(8);
      expect(lines.length).toBeLessThanOrEqual(10);
      expect(lines[0]).toMatch(/1924/);
      expect(lines.at(-1)).toMatch(/1941/);
      expect((reply.body ?? '').length).toBeLessThanOrEqual(COURSE_SUMMARY_ROOM);
    }
  });
  it('keeps a topic’s summary for "summary of the whole topic" after that topic', async () => {
    const reply = await conversation('what was the NEP', 'summary of the whole topic');
    expect(reply.title).not.toBe(R.courseSummaryTitle);
  });
});

describe('a teacher’s lesson', () => {
  it('leaves history questions about lessons and teaching to /ask', () => {
    for (const asked of ['what lessons did stalin learn from the civil war', 'how did stalin teach children to love him']) expect(readRevisionRequest(asked), asked).toBeUndefined();
  });
  it('says honestly it writes no lesson plans, and gives what it can for the topic, with its page', async () => {
    for (const [asked, id] of [
      ['give me a one hour lesson plan on the NEP for year 13', 'nep'],
      ['what do I need to teach about the purges in a week', 'great-terror'],
    ] as const) {
      const reply = await conversation(asked);
      expect(reply.body, asked).toContain(R.lessonNo);
      for (const tool of [`/quiz start topic:${id}`, `/tutor homework set topic:${id}`, `/practice topic:${id}`]) expect(reply.body).toContain(tool);
      expect(reply.body).toContain('Dates:');
      expect(reply.footer).toBe(R.lessonFooter(id));
      fits(reply);
    }
  });
});

describe('common mistakes about a topic', () => {
  it('lists the Terror’s corrections, at most six, one a line', async () => {
    const reply = await conversation('what mistakes do students usually make about the Terror');
    expect(reply.title).toBe(R.mistakesTitle(kb.topics.find((t) => t.id === 'great-terror')!.title));
    const lines = (reply.body ?? '').split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.length).toBeLessThanOrEqual(6);
    expect(reply.body).toContain('Beria did not start or run the Great Terror');
    fits(reply);
  });
  it('says so when none are noted for a topic, and gives what to know for it', async () => {
    const reply = await conversation('common misconceptions about culture');
    expect(reply.body).toContain(R.mistakesNone(kb.topics.find((t) => t.id === 'culture')!.title));
    expect(reply.body).toContain('Dates:');
  });
  it('leaves the mistakes of history to /ask ("what mistakes did Stalin make")', () => {
    for (const asked of ['what mistakes did stalin make in collectivisation', 'what were the main mistakes of collectivisation', 'biggest mistakes stalin made'])
      expect(readRevisionRequest(asked), asked).toBeUndefined();
  });
  it('gives every misconception a topic the fact base has', () => {
    const ids = new Set(kb.topics.map((t) => t.id));
    for (const m of kb.misconceptions ?? []) {
      expect(m.topics?.length, m.id).toBeGreaterThan(0);
      for (const t of m.topics ?? []) expect(ids.has(t), `${m.id}: ${t}`).toBe(true);
    }
  });
});

describe('boredom and a week’s plan', () => {
  it('answers "im bored" kindly with something to do, not an apology', async () => {
    for (const asked of ['im bored', 'so bored rn', 'im bored of revising']) {
      const reply = await conversation(asked);
      expect(reply.body, asked).toBe(MESSAGES.askPleasantry.bored);
      expect(reply.body).not.toContain('Sorry');
      expect(reply.body).toContain('/quiz');
    }
    expect((await conversation('this is boring stfu')).body).toBe(MESSAGES.askPleasantry.frustration);
  });
  it('puts at most two topics in a day’s 45 minutes, the rest after', async () => {
    const reply = await conversation('revishun plan for this week');
    expect(reply.title).toBe(R.planTitle);
    const days = (reply.body ?? '').split('\n').filter((l) => /^\*\*Day [1-5]:\*\*/.test(l));
    expect(days).toHaveLength(5);
    for (const d of days) expect(d.split(' · ').length).toBeLessThanOrEqual(2);
    expect(reply.body).toContain('**If you have more time:**');
    expect(text(reply)).toContain('45 minutes');
    fits(reply);
  });
});

describe('kb check', () => {
  it('refuses a misconception with no topic, or one the fact base does not have', async () => {
    const { courseRuleProblems } = await import('../../src/knowledge/course-rules.js');
    const rules = { answerWords: [1, 1000], summaryWords: [1, 1000], minPhrasings: 0 };
    const item = { id: 'x', words: [['a'], ['b']], without: [], alone: [], correction: 'A sentence.', sources: ['seed-002'] };
    const files = [
      { file: 'rules.yaml', data: { rules } },
      { file: 'topics/nep.yaml', data: { topic: { id: 'nep', summary: 'word' } } },
      { file: 'misconceptions.yaml', data: { misconceptions: [{ ...item, id: 'none' }, { ...item, id: 'stray', topics: ['nep', 'no-such-topic'] }, { ...item, id: 'good', topics: ['nep'] }] } },
    ] as unknown as Parameters<typeof courseRuleProblems>[0];
    const problems = courseRuleProblems(files);
    expect(problems.map((p) => p.entryId).sort()).toEqual(['none', 'stray']);
    expect(problems.find((p) => p.entryId === 'stray')?.message).toContain('no-such-topic');
  });
  it('refuses a whole-course summary longer than one message', async () => {
    const { revisionAdviceSchema } = await import('../../src/knowledge/schema.js');
    const course = kb.revision?.course;
    const base = { coreTopics: ['nep'], course: { keyDates: course?.keyDates, people: course?.people, terms: course?.terms } };
    expect(revisionAdviceSchema.safeParse({ ...base, course: { ...base.course, summary: course?.summary } }).success).toBe(true);
    const long = Array.from({ length: 10 }, () => 'x'.repeat(200));
    expect(revisionAdviceSchema.safeParse({ ...base, course: { ...base.course, summary: long } }).success).toBe(false);
  });
});
