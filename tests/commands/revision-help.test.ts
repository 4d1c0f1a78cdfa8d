// A student revising the week before the exam (a blind GCSE student's trial): ordinary exam worry gets kind words and
// a way to start with the tutor's own tools, not a random topic's dates; "where do I even start" and "what will come
// up" get a starting point, honest that no one knows the questions; "a revision plan for this week" gets one, day by
// day, their weakest topics first when their own results say, and only they see it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { revisionPlanReply, startReply, studentTopicResults, worryReply } from '../../src/commands/revision.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES, REVISION_MESSAGES as R } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let app: App;
const clock = new Date('2026-05-12T16:00:00Z');
const ctx = (userId: string, channelId = `c-${userId}`): CommandContext => ({ guildId: 'g1', channelId, userId, userName: userId, canManageServer: false });

beforeAll(async () => {
  kb = await loadRealKnowledge();
  const store = createMemoryGuildStore();
  // Weak on the Terror, strong on the NEP, in quizzes; a /practice answer on the gulag. Another student has no results.
  await store.update('g1', (doc) => {
    doc.players['weak'] = { name: 'weak', bestStreak: 2, roundsPlayed: 3, roundsWon: 0, lastSeen: clock.toISOString() };
    doc.allTime['weak'] = { 'great-terror': { points: 300, answered: 10, correct: 3 }, nep: { points: 2000, answered: 10, correct: 9 } };
    doc.practice['weak'] = [{ question: 'pq-gulag-x', topic: 'gulag', kind: 'explain-why', mark: 4, maxMark: 8, level: 2, maxLevel: 4, at: clock.toISOString() }];
  });
  app = buildApp({ kb, store, now: () => clock });
});
afterAll(async () => {
  await app.shutdown();
});

const ask = (question: string, userId = 'fresh') => app.router.runCommand('ask', { options: { question } }, ctx(userId));
const coreTitles = () => (kb.revision?.coreTopics ?? []).map((id) => kb.topics.find((t) => t.id === id)?.title ?? id);

describe('a student worried about the exam', () => {
  it('gets kind words and a way to start with the tutor’s own tools, privately, not a topic’s dates nor the helplines', async () => {
    const reply = await ask('im so stressed about the exam next week i think im going to fail');
    expect(reply?.title).toBe(R.worryTitle);
    expect(reply?.private).toBe(true);
    expect(reply?.body).toContain(R.worry);
    for (const tool of ['/ask what should I revise for', '/quiz start', '/practice', '/review']) expect(reply?.body).toContain(tool);
    for (const title of coreTitles()) expect(reply?.body).toContain(title);
    expect(reply?.body).not.toMatch(/Winter War|Secret Speech/);
    expect(reply?.body).not.toContain(kb.wellbeing?.helplines[0]?.name ?? 'Childline');
    expect(reply?.body).toContain(R.worryMore);
  });

  it('still gets the helplines when it is distress, not exam nerves', async () => {
    const reply = await ask('im so stressed about my exams i want to die');
    expect(reply?.title).toBe(kb.wellbeing?.title);
  });

  it('starts on their own weakest topic when their results say, and another student never sees it', async () => {
    const weak = await ask('i think im going to fail my history exam', 'weak');
    expect(weak?.private).toBe(true);
    expect(weak?.body).toContain(R.worryStartWeakest('The Great Terror: show trials and purges', 'great-terror', 30));
    expect((await ask('i think im going to fail my history exam'))?.body).not.toContain('great-terror` (30%');
  });

  it('has a question beside the worry answered, with a kind line above it', async () => {
    const reply = await ask('scared for my exam, why did stalin launch the terror');
    expect(reply?.title).toBe('Why did the Terror happen?');
    expect(reply?.body.startsWith(R.worryLine)).toBe(true);
  });
});

describe('where to start, and what will come up', () => {
  it('gives the topics every board asks about (knowledge/revision.yaml) and the tools to revise them, not every topic’s jargon', async () => {
    const reply = await ask('i dont get any of this, where do i even start');
    expect(reply?.title).toBe(R.startTitle);
    for (const title of coreTitles()) expect(reply?.body).toContain(title);
    expect(reply?.body).not.toContain('duumvirate');
    expect(reply?.body.length).toBeLessThan(2000);
  });

  it('says honestly that no one knows what will come up', async () => {
    const reply = await ask('what is most likely to come up in the exam');
    expect(reply?.body.startsWith(R.comesUp)).toBe(true);
  });

  it('puts a student’s weakest topics first, from their own results, privately', async () => {
    const reply = await ask('where do i start', 'weak');
    expect(reply?.private).toBe(true);
    expect(reply?.body).toContain('The Great Terror: show trials and purges');
    expect(reply?.body).toContain('The gulag');
    // Known well (9 of 10 right): not called weak.
    expect(reply?.body.split(R.startWeakest([]).split(':')[0] ?? '')[1]).not.toContain('(NEP)');
  });
});

describe('a revision plan for the week', () => {
  const days = (body: string) => body.split('\n').filter((l) => /^\*\*Day [1-5]:\*\*/.test(l));

  it('covers every topic once over five days, then a day of exam questions and a day of review', async () => {
    const reply = await ask('can you make me a revision plan for this week');
    expect(reply?.title).toBe(R.planTitle);
    const body = reply?.body ?? '';
    expect(days(body)).toHaveLength(5);
    for (const t of kb.topics) expect(body.split(`\`${t.id}\``).length - 1, t.id).toBe(1);
    expect(body).toContain('**Day 6:**');
    expect(body).toContain('**Day 7:**');
    // No results: the topics every board asks about come first, and the plan is no one's own.
    expect(days(body)[0]).toContain(coreTitles()[0] ?? '');
    expect(reply?.private).toBeUndefined();
    expect(body.length).toBeLessThan(2000);
  });

  it('puts the student’s weakest topics first and what they know last, privately', async () => {
    const reply = await ask('make me a revision timetable for the week', 'weak');
    const plan = days(reply?.body ?? '');
    expect(reply?.private).toBe(true);
    expect(plan[0]?.startsWith('**Day 1:** **The Great Terror')).toBe(true);
    // What they know comes last: after the five days' two topics each, with the rest of the course (issue 19, s18 item 7).
    expect(reply?.body.split('\n').find((l) => l.startsWith('**If you have more time:**'))?.endsWith('`nep`.')).toBe(true);
    expect(reply?.body).toContain('`/practice great-terror`');
  });

  it('is still the plan for a worried student, with a kind line above it, for them alone', async () => {
    const reply = await ask('im so stressed about the exam, can you make me a revision plan for this week');
    expect(reply?.title).toBe(R.planTitle);
    expect(reply?.body.startsWith(R.worryLine)).toBe(true);
    expect(days(reply?.body ?? '')).toHaveLength(5);
    expect(reply?.private).toBe(true);
  });
});

describe('a student’s results per topic', () => {
  it('count their quiz answers and /practice marks (a marked answer as three quiz answers), and only with enough answers', () => {
    const results = studentTopicResults(
      [
        { topic: 'nep', answered: 4, correct: 1 },
        { topic: 'famine', answered: 2, correct: 0 },
      ],
      [{ topic: 'nep', attempts: 1, average: 1 }],
    );
    expect(results).toEqual([{ topic: 'nep', share: 4 / 7, answers: 7 }]);
  });

  it('shape each reply for the topics they name', () => {
    const results = [{ topic: 'famine', share: 0.2, answers: 5 }];
    expect(startReply(kb, results, false).body).toContain('**The famine of 1932–33');
    expect(worryReply(kb, [], kb.topics.find((t) => t.id === 'nep')).body).toContain(R.worryStartTopic('The New Economic Policy (NEP)', 'nep'));
    expect(revisionPlanReply(kb, [], kb.topics.find((t) => t.id === 'gulag')).body).toContain('**Day 1:** **The gulag**');
  });
});

describe('"explain like I\'m 10" after an answer', () => {
  it('gives the short version with the course’s words in it explained from the glossary, nothing reworded', async () => {
    const run = (question: string) => app.router.runCommand('ask', { options: { question } }, ctx('eli10', 'c-eli10'));
    const full = await run('how many people were arrested and executed in the great terror');
    const simpler = await run('explain like im 10');
    const nkvd = kb.terms.find((t) => t.term === 'NKVD');
    expect(simpler?.body).toContain(MESSAGES.askSimpler);
    // Explained where it stands, from its glossary card (since s18 in brackets, when the meaning is short enough).
    expect(simpler?.body).toContain("NKVD (the People's Commissariat");
    expect(nkvd?.definition.startsWith("The People's Commissariat")).toBe(true);
    expect(simpler?.body.length).toBeLessThan(full?.body.length ?? 0);
  });
});
