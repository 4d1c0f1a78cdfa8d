// "What should I revise" for the whole course (issue 19, item 2): a student asking for the key dates, people or terms of
// the whole course got a refusal, one topic's list or a stray entry; "what should I revise" named five topics and a GCSE
// student asked where the famine and the NEP were. Now the whole course has its must-know lists (knowledge/revision.yaml,
// chosen from the topics, people and terms by reference), each within one Discord message, with the timeline's picture
// and each topic's own list pointed to; a request that names a topic keeps that topic's reply.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { courseLists, startReply } from '../../src/commands/revision.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { revisionReferenceProblems, type KnowledgeBase } from '../../src/knowledge/schema.js';
import { readRevisionRequest } from '../../src/matching/revision-request.js';
import { MESSAGES, REVISION_MESSAGES as R } from '../../src/messages.js';
import { AFTER_SCHOOL, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let app: App;
let users = 0;
const ctx = (userId: string): CommandContext => ({ guildId: 'g1', channelId: `c-${userId}`, userId, userName: userId, canManageServer: false });

useRealApp((real) => ({ kb, app } = real), { now: AFTER_SCHOOL });

/** A conversation of one new student: each question in turn, the last reply returned. */
async function conversation(...questions: string[]): Promise<Reply> {
  const user = `student-${++users}`;
  let reply: Reply | undefined;
  for (const question of questions) reply = await app.router.runCommand('ask', { options: { question } }, ctx(user));
  if (!reply) throw new Error('no reply');
  return reply;
}

const lines = (reply: Reply) => (reply.body ?? '').split('\n\n')[0]?.split('\n') ?? [];
const topicTitle = (id: string) => kb.topics.find((t) => t.id === id)?.title ?? id;

describe('the whole course’s key dates', () => {
  it('answers "key dates for the whole course", "timeline of the whole course" and a bare "key dates" with the course’s turning points, 1924–41, in order', async () => {
    for (const asked of ['key dates for the whole course', 'timeline of the whole course', 'key dates', 'all the key dates', 'what dates do i need for the whole course']) {
      const reply = await conversation(asked);
      expect(reply.title, asked).toBe(R.courseDatesTitle);
      const dates = lines(reply);
      expect(dates.length).toBeGreaterThanOrEqual(15);
      expect(dates.length).toBeLessThanOrEqual(20);
      expect(dates[0]).toMatch(/1924 — Lenin dies/);
      expect(dates.at(-1)).toMatch(/1941/);
      // The picture, and each topic's own list.
      expect(reply.body).toContain('/timeline');
      expect(reply.body).toContain('/ask key dates for <topic>');
      expect((reply.body ?? '').length).toBeLessThanOrEqual(2000);
    }
  });

  it('takes each date from its topic, earliest first: the famine, the Terror and the Nazi–Soviet Pact among them', () => {
    const { dates } = courseLists(kb);
    const all = kb.topics.flatMap((t) => t.keyDates);
    for (const d of dates) expect(all).toContainEqual(d);
    expect(dates.map((d) => d.date)).toEqual([...dates.map((d) => d.date)].sort());
    const labels = dates.map((d) => d.label).join('\n');
    for (const turningPoint of ['Lenin dies', 'Famine in Ukraine', 'Kirov is shot', 'First Moscow show trial', 'Nazi–Soviet Pact']) expect(labels).toContain(turningPoint);
  });
});

describe('the whole course’s people and terms', () => {
  it('answers "key people for the course" and "key people" with about a dozen people, each with their role in a few words', async () => {
    for (const asked of ['key people for the course', 'key people', 'who are the most important people in the whole course']) {
      const reply = await conversation(asked);
      expect(reply.title, asked).toBe(R.coursePeopleTitle);
      const people = lines(reply);
      expect(people.length).toBeGreaterThanOrEqual(10);
      expect(people.length).toBeLessThanOrEqual(12);
      for (const name of ['Joseph Stalin', 'Leon Trotsky', 'Nikolai Bukharin', 'Sergei Kirov', 'Nikolai Yezhov']) expect(reply.body).toContain(`**${name}**: `);
      expect((reply.body ?? '').length).toBeLessThanOrEqual(2000);
    }
  });

  it('answers "key terms for the whole course" with about 15 words, each glossed, not one topic’s words', async () => {
    const reply = await conversation('key terms for the whole course');
    expect(reply.title).toBe(R.courseTermsTitle);
    const terms = lines(reply);
    expect(terms.length).toBeGreaterThanOrEqual(12);
    expect(terms.length).toBeLessThanOrEqual(16);
    for (const term of ['kulak', 'Five-Year Plan', 'show trial', 'gulag', 'cult of personality']) expect(reply.body).toContain(`**${term}**: `);
    expect(reply.body).not.toContain(MESSAGES.reviseTermsTitle(topicTitle('stalinism')));
    expect((reply.body ?? '').length).toBeLessThanOrEqual(2000);
  });
});

describe('what should I revise, for the whole course', () => {
  it('keeps the five topics to start with, then names the rest of the course in one line, the famine and the NEP among them', async () => {
    for (const asked of ['what should i revise', 'must know list for the whole course']) {
      const reply = await conversation(asked);
      expect(reply.title, asked).toBe(R.startTitle);
      const body = reply.body ?? '';
      for (const id of kb.revision?.coreTopics ?? []) expect(body).toContain(`**${topicTitle(id)}**`);
      const then = body.split('\n').find((l) => l.startsWith('Then the rest of the course:')) ?? '';
      for (const id of ['famine', 'nep', 'gulag', 'culture']) expect(then).toContain(`\`${id}\``);
      // Every topic of the course is in sight.
      for (const t of kb.topics) expect(body).toContain(`\`${t.id}\``);
      expect(body).toContain('/ask key dates for the whole course');
      expect(body).toContain('/timeline');
      expect(body.length).toBeLessThanOrEqual(2000);
    }
  });

  it('stays within one message with a student’s three weakest topics added', () => {
    const weak = ['famine', 'gulag', 'culture'].map((topic) => ({ topic, share: 0.2, answers: 10 }));
    const reply = startReply(kb, weak, true);
    expect(reply.private).toBe(true);
    expect((reply.body ?? '').length).toBeLessThanOrEqual(2000);
  });
});

describe('a request that names a topic, or follows one', () => {
  it('keeps the topic’s own replies: its key dates, and what to know for it with its people', async () => {
    expect((await conversation('key dates for collectivisation')).title).toBe(MESSAGES.reviseDatesTitle(topicTitle('collectivisation')));
    const people = await conversation('key people for the terror');
    expect(people.title).toBe(MESSAGES.reviseMustKnowTitle(topicTitle('great-terror')));
    expect(people.body).toContain('People:');
  });

  it('goes on with the topic just answered for a bare "key dates", as before; naming the whole course still gets the course', async () => {
    expect((await conversation('why did the famine happen', 'key dates')).title).toBe(MESSAGES.reviseDatesTitle(topicTitle('famine')));
    expect((await conversation('why did the famine happen', 'key dates for the whole course')).title).toBe(R.courseDatesTitle);
    expect((await conversation('why did the famine happen', 'test me on the whole course')).buttons?.map((b) => b.action)).toContain('revise:quiz:all');
  });

  it('reads the people asked for, not numbers ("key figures"), and a whole topic is not the whole course', () => {
    expect(readRevisionRequest('who are the key people in the terror')?.people).toBe(true);
    expect(readRevisionRequest('key figures for the famine')?.people).toBeUndefined();
    expect(readRevisionRequest('summary of the whole topic')?.wholeCourse).toBeUndefined();
    expect(readRevisionRequest('key dates from 1924 to 1941')?.wholeCourse).toBe(true);
  });
});

describe('people asked of as history, not as a list to learn', () => {
  const asHistory = [
    'who were the main people who opposed stalin',
    'who were the key people in the power struggle',
    'who were the leading characters in the power struggle',
    'who were the main people involved in collectivisation',
  ];

  it('answers "who were the main people who opposed stalin" and the like from the notes, with no must-know list', async () => {
    for (const asked of asHistory) {
      const reply = await conversation(asked);
      expect(reply.title, asked).not.toBe(R.coursePeopleTitle);
      expect(reply.title, asked).not.toMatch(/^What to know for /);
      expect(reply.body, asked).not.toContain('People:');
      expect(readRevisionRequest(asked), asked).toBeUndefined();
    }
    expect((await conversation('who were the key people in the power struggle')).body).toContain('Trotsky');
    expect(((await conversation('who were the main people who opposed stalin')).title ?? '').toLowerCase()).toContain('opposition');
  });

  it('still reads "key people (for X)", "people i need to know" and "who are the key people to know / to revise" as the people to learn', async () => {
    for (const asked of ['key people in the power struggle', 'people i need to know for the terror', 'who were the key people to revise for the terror'])
      expect((await conversation(asked)).body, asked).toContain('People:');
    for (const asked of ['who are the key people to know', 'who are the key people to revise'])
      expect((await conversation(asked)).title, asked).toBe(R.coursePeopleTitle);
  });
});

describe('kb check', () => {
  it('names a whole-course date, person or term the fact base does not hold, and dates out of order', () => {
    const topics = new Map([['famine', { keyDates: [{ date: '1932' }, { date: '1933-01' }] }]]);
    const problems = revisionReferenceProblems(
      {
        coreTopics: ['famine'],
        course: {
          keyDates: [
            { topic: 'famine', date: '1933-01' },
            { topic: 'famine', date: '1932' },
            { topic: 'famine', date: '1931' },
            { topic: 'nowhere', date: '1930' },
          ],
          people: [{ person: 'nobody', role: 'no one' }],
          terms: [{ term: 'term-nothing', gloss: 'nothing' }],
        },
      },
      { topics, people: new Set(['stalin']), terms: new Set(['term-kulak']) },
    );
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining(['course.keyDates[1].date', 'course.keyDates[2].date', 'course.keyDates[3].topic', 'course.people[0].person', 'course.terms[0].term']),
    );
    expect(problems.find((p) => p.field === 'course.keyDates[2].date')?.message).toContain('has no key date 1931');
  });
});
