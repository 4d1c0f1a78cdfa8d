// /review exam:<date>, after a GCSE student's trial: a week before the exam, cards answered Good came back after it.
// With an exam date, every card comes back before the exam, cards due later are brought forward, the weakest come
// first in its last days, and the date lapses by itself; it is the student's data like their deck (kept per place,
// in /my-data, deleted by /forget-me and the sweep). Every time comes from the harness's fake clock (Monday 6 January
// 2025, 09:00 in London, which is UTC in January).
import { describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { MESSAGES, REVIEW_MESSAGES as R } from '../../src/messages.js';
import { forgetStudyData, hasOldStudyData, studentExport, studentRecords, sweepOldStudyData } from '../../src/report/student-data.js';
import { cardKey, dueKeys, gradeCard, newCard } from '../../src/review/cards.js';
import { changeDeck, readDeck } from '../../src/review/deck-text.js';
import { examPlan, readExamDate, setExamDate } from '../../src/review/exam-date.js';
import { freshGuildDocument, GUILD_SCHEMA_VERSION, parseGuildDocument } from '../../src/store/schema.js';
import type { ReviewCard } from '../../src/store/study-schema.js';
import { buildApp } from '../../src/app.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { quizHarness, START, textOf, type Harness } from '../quiz/harness.js';

const DAY = 86_400_000;
const LONDON = 'Europe/London';
/** The start of a day in London (UTC in winter). */
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** A card learnt over reviews answered Good, each when due, so that Good now sends it weeks away; due at `due`. */
function learntCard(due: number): ReviewCard {
  let card = newCard(due - 200 * DAY);
  let now = card.added;
  while (gradeCard(card, 'good', now).due - now < 20 * DAY) {
    card = gradeCard(card, 'good', now);
    now = card.due;
  }
  return { ...card, due };
}

const review = (h: Harness, name: string, exam?: string) => h.command(name, 'review', { options: exam === undefined ? {} : { exam } });
const press = async (h: Harness, name: string, action: string, ctx: CommandContext = h.ctx(name)): Promise<Reply> => {
  const reply = await h.app.router.runAction(action, ctx);
  if (!reply) throw new Error('no handler');
  return reply;
};
/** The right (or a wrong) choice of a quiz card: the harness's right answers start with "right". */
const choice = (reply: Reply, right: boolean) => {
  const b = reply.buttons?.find((x) => /^[A-D]$/.test(x.key ?? '') && x.label.includes(' · right') === right);
  if (!b) throw new Error(`no choice in ${JSON.stringify(reply.buttons?.map((x) => x.label))}`);
  return b.action;
};
const alicesDeck = async (h: Harness, guild = 'g1') => readDeck(await h.store.load(guild), 'u-alice');
const putCard = (h: Harness, key: string, card: ReviewCard, guild = 'g1') =>
  h.store.update(guild, (d) =>
    changeDeck(d, 'u-alice', (deck) => {
      deck[key] = card;
    }),
  );

describe('reading an exam date as a student types it', () => {
  const read = (text: string) => readExamDate(text, START, LONDON);

  it('reads the date as homework due dates are typed, day first as British students write it, and in words', () => {
    for (const text of ['2025-05-20', '20/05/2025', '20/5/25', '20-05-2025', '20.05.2025', '20 May 2025', 'Tuesday 20th May 2025', 'may 20 2025', '20 may', '20/05'])
      expect(read(text), text).toEqual({ kind: 'set', date: '2025-05-20' });
    // Without a year, the next such day: 3 January has passed this year.
    expect(read('3 jan')).toEqual({ kind: 'set', date: '2026-01-03' });
    expect(read('today')).toEqual({ kind: 'unreadable' });
  });

  it('refuses a month-first date, a day that does not exist, a day that has passed and one more than 18 months ahead', () => {
    expect(read('05/20/2025')).toEqual({ kind: 'unreadable' });
    expect(read('31/02/2025')).toEqual({ kind: 'unreadable' });
    expect(read('soon')).toEqual({ kind: 'unreadable' });
    expect(read('2025-01-05')).toEqual({ kind: 'past', date: '2025-01-05' });
    expect(read('2025-01-06')).toEqual({ kind: 'set', date: '2025-01-06' });
    expect(read('2026-07-06')).toEqual({ kind: 'set', date: '2026-07-06' });
    expect(read('2026-07-07')).toEqual({ kind: 'too far', date: '2026-07-07' });
  });

  it('counts 18 months to the same day, or to the month\'s last day when it has no such day', () => {
    // From 31 August, 18 months on is 28 February (there is no 31 February): 1 March is beyond it.
    const lastOfAugust = Date.parse('2025-08-31T12:00:00Z');
    expect(readExamDate('2027-02-28', lastOfAugust, LONDON)).toEqual({ kind: 'set', date: '2027-02-28' });
    expect(readExamDate('2027-03-01', lastOfAugust, LONDON)).toEqual({ kind: 'too far', date: '2027-03-01' });
  });

  it('reads a year of two digits in words as in figures, and 29 February as the next one there is', () => {
    expect(read('20 May 25')).toEqual({ kind: 'set', date: '2025-05-20' });
    expect(read('May 20th 26')).toEqual({ kind: 'set', date: '2026-05-20' });
    // A real day, more than 18 months away: said so, not "could not read".
    expect(read('29 feb')).toEqual({ kind: 'too far', date: '2028-02-29' });
  });

  it('clears it with none, clear or off', () => {
    for (const text of ['none', 'Clear', ' off ']) expect(read(text), text).toEqual({ kind: 'clear' });
  });
});

describe('/review with an exam date', () => {
  it('brings a card answered Good 5 days before the exam back before it, and says when the exam is', async () => {
    const h = quizHarness();
    const key = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    await putCard(h, key, learntCard(START));
    // Without an exam date this card, answered Good now, would come back weeks after Saturday 11 January.
    expect(gradeCard(learntCard(START), 'good', START).due).toBeGreaterThan(dayStart('2025-01-12') + 7 * DAY);

    const card = await review(h, 'Alice', '2025-01-11');
    expect(card.private).toBe(true);
    expect(card.body).toContain(R.examSet({ day: 'Saturday 11 January', daysLeft: 5, moved: 0, finalDays: 7, inServer: true }));
    expect(card.footer).toBe(R.cardFooter(1, 'Exam on Saturday 11 January: 5 days', true));
    const outcome = await press(h, 'Alice', choice(card, true));
    expect(outcome.title).toBe(R.right);
    // Back by the start of the day before the exam: Friday 10 January, 00:00.
    expect(outcome.fields?.[0]?.value).toBe('in 4 days (Friday 10 January 2025, 00:00)');
    expect((await alicesDeck(h))[key]?.due).toBe(dayStart('2025-01-10'));
    expect(textOf(outcome)).toContain('Exam on Saturday 11 January: 5 days');
  });

  it('brings forward the cards already due after the exam when the date is set, and the Good button says so', async () => {
    const h = quizHarness();
    const late = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    const soon = cardKey('quiz', h.app.kb.quiz[1]?.id ?? '');
    await putCard(h, late, learntCard(START + 30 * DAY));
    await putCard(h, soon, learntCard(START + 2 * DAY));
    const reply = await review(h, 'Alice', '20/01/2025');
    expect(reply.body).toContain('(1 card due later was brought forward)');
    expect(reply.body).toContain('Nothing is due just now: your next card is due in 2 days');
    const deck = await alicesDeck(h);
    expect(deck[late]?.due).toBe(dayStart('2025-01-19'));
    expect(deck[soon]?.due).toBe(START + 2 * DAY);
    // Set for tomorrow, every card is due now.
    expect((await review(h, 'Alice', 'tuesday 7 january')).body).toContain('Every card in your deck is due now (2 cards due later were brought forward)');
    expect(dueKeys(await alicesDeck(h), h.time.now())).toHaveLength(2);
  });

  it('caps the times a note card\'s grade buttons show', async () => {
    const time = new FakeTime(START);
    const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time });
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false };
    const answer = await app.router.runCommand('ask', { options: { question: 'why was the nep brought in' } }, ctx);
    await app.router.runAction(answer?.buttons?.find((b) => b.label === R.rememberButton)?.action ?? '', ctx);
    // Without an exam date: 'Again (1 min)', 'Hard (6 min)', 'Good (10 min)', 'Easy (8 days)' (tests/review/review.test.ts).
    const card = await app.router.runCommand('review', { options: { exam: '2025-01-08' } }, ctx);
    const shown = await app.router.runAction(card?.buttons?.find((b) => b.label === R.showButton)?.action ?? '', ctx);
    expect(shown?.buttons?.map((b) => b.label)).toEqual(['Again (1 min)', 'Hard (6 min)', 'Good (10 min)', 'Easy (15 h)', R.stopButton]);
    const easy = await app.router.runAction(shown?.buttons?.find((b) => b.label.startsWith('Easy'))?.action ?? '', ctx);
    expect(textOf(easy)).toContain('next card is due in 15 hours (Tuesday 7 January 2025, 00:00)');
  });

  it('refuses a date that has passed, or that it cannot read, and changes nothing', async () => {
    const h = quizHarness();
    const key = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    await putCard(h, key, learntCard(START + 30 * DAY));
    const before = await h.store.load('g1');
    const past = await review(h, 'Alice', '2025-01-05');
    expect(past).toMatchObject({ body: R.examPast('Sunday 5 January'), private: true });
    expect((await review(h, 'Alice', '2025-13-01')).body).toBe(R.examUnreadable('2025-13-01'));
    expect((await review(h, 'Alice', '2026-09-01')).body).toBe(R.examTooFar('Tuesday 1 September 2026', 18));
    expect(await h.store.load('g1')).toEqual(before);
    expect((await review(h, 'Alice', 'none')).body).toBe(R.examNoneToClear);
  });

  it('shows the weakest cards first in the exam\'s last days, and the earliest due first otherwise', async () => {
    const h = quizHarness();
    const known = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    const fresh = cardKey('quiz', h.app.kb.quiz[1]?.id ?? '');
    await putCard(h, known, learntCard(START - 60 * 60_000));
    await putCard(h, fresh, newCard(START));
    const prompt = (id: string) => h.app.kb.quiz.find((q) => cardKey('quiz', q.id) === id)?.prompt;
    expect((await review(h, 'Alice')).body).toBe(prompt(known));
    const farOff = await review(h, 'Alice', '2025-03-01');
    expect(farOff.body).toContain(prompt(known));
    expect(farOff.footer).toBe(R.cardFooter(2, 'Exam on Saturday 1 March: 54 days'));
    const lastWeek = await review(h, 'Alice', '2025-01-13');
    expect(lastWeek.body).toContain(prompt(fresh));
    expect(lastWeek.footer).toBe(R.cardFooter(2, 'Exam on Monday 13 January: 7 days', true));
  });

  it('lapses the day after the exam: normal spacing resumes and the date is deleted, without the student doing anything', async () => {
    const h = quizHarness();
    const key = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    await putCard(h, key, learntCard(START));
    await review(h, 'Alice', '2025-01-08');
    expect((await h.store.load('g1')).examDates).toEqual({ 'u-alice': { date: '2025-01-08', at: new Date(START).toISOString() } });
    await h.wait(3 * DAY);
    const card = await review(h, 'Alice');
    expect(card.footer).toBe(R.cardFooter(1));
    const outcome = await press(h, 'Alice', choice(card, true));
    expect(outcome.fields?.[0]?.value).toMatch(/^in (\d\d+ days|\d+ months) /);
    expect((await alicesDeck(h))[key]?.due).toBe(gradeCard(learntCard(START), 'good', h.time.now()).due);
    expect((await h.store.load('g1')).examDates).toEqual({});
  });

  it('keeps a DM\'s exam date apart from a server\'s, as the decks are', async () => {
    const h = quizHarness();
    const key = cardKey('quiz', h.app.kb.quiz[0]?.id ?? '');
    await putCard(h, key, learntCard(START + 30 * DAY), 'local');
    await putCard(h, key, learntCard(START + 30 * DAY), 'g1');
    const dm: CommandContext = { ...h.ctx('Alice'), guildId: null };
    const set = await h.app.router.runCommand('review', { options: { exam: '2025-01-20' } }, dm);
    expect(set?.body).toContain('It is kept with your deck in direct messages');
    expect((await h.store.load('local')).examDates['u-alice']?.date).toBe('2025-01-20');
    expect((await h.store.load('g1')).examDates).toEqual({});
    expect((await alicesDeck(h, 'g1'))[key]?.due).toBe(START + 30 * DAY);
    expect((await review(h, 'Alice')).body).not.toContain('Exam');
    // Cleared in the server, where there is none, it stays in the DM.
    expect((await review(h, 'Alice', 'none')).body).toBe(R.examNoneToClear);
    expect((await h.app.router.runCommand('review', { options: { exam: 'none' } }, dm))?.body).toBe(R.examCleared);
    expect((await h.store.load('local')).examDates).toEqual({});
    // Set again: /my-data in the DM gives it, the server's does not, and /forget-me in the DM deletes it.
    await h.app.router.runCommand('review', { options: { exam: '2025-01-20' } }, dm);
    const dmFile = await h.app.router.runCommand('my-data', { options: {} }, dm);
    expect(String(dmFile?.attachments?.[0]?.content)).toContain('"date": "2025-01-20"');
    expect(String((await h.command('Alice', 'my-data', {})).attachments?.[0]?.content)).not.toContain('2025-01-20');
    const prompt = await h.app.router.runCommand('forget-me', { options: {} }, dm);
    await press(h, 'Alice', prompt?.buttons?.find((b) => b.key === 'Y')?.action ?? '', dm);
    expect((await h.store.load('local')).examDates).toEqual({});
  });
});

describe('the exam date as the student\'s data', () => {
  it('is in /my-data\'s file, counts as kept, and /forget-me deletes it', async () => {
    const h = quizHarness();
    await review(h, 'Alice', '2025-05-20');
    const mine = await h.command('Alice', 'my-data', {});
    const file = JSON.parse(String(mine.attachments?.[0]?.content)) as { places: { reviewExamDate: unknown }[] };
    expect(file.places[0]?.reviewExamDate).toEqual({ date: '2025-05-20', setOrLastUsed: new Date(START).toISOString() });
    expect(studentRecords(await h.store.load('g1'), 'u-alice')).toMatchObject({ examDate: true, cards: 0 });

    const prompt = await h.command('Alice', 'forget-me', {});
    await press(h, 'Alice', prompt.buttons?.find((b) => b.key === 'Y')?.action ?? '');
    expect((await h.store.load('g1')).examDates).toEqual({});
    expect((await review(h, 'Alice')).body).toBe(R.emptyDeck);
  });

  it('is named when a teacher deletes a student who kept only that', async () => {
    const h = quizHarness();
    await review(h, 'Alice', '2025-05-20');
    const forgot = await h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user: 'u-alice' } }, { mod: true });
    expect(forgot.body).toContain(MESSAGES.tutorForgetDone('u-alice', [MESSAGES.tutorForgetParts.examDate]).slice(0, 60));
    expect(forgot.body).toContain(MESSAGES.tutorForgetParts.examDate);
    expect((await h.store.load('g1')).examDates).toEqual({});
  });

  it('is swept once its day has passed, or when neither set nor used for the retention period', () => {
    const doc = freshGuildDocument('g1');
    const at = (ms: number) => new Date(ms).toISOString();
    doc.examDates = {
      passed: { date: '2025-01-05', at: at(START) },
      unused: { date: '2025-09-01', at: at(START - 40 * DAY) },
      used: { date: '2025-09-01', at: at(START - 5 * DAY) },
    };
    const now = new Date(START);
    expect(hasOldStudyData(doc, 30, now)).toBe(true);
    sweepOldStudyData(doc, 30, now);
    expect(Object.keys(doc.examDates)).toEqual(['used']);
    expect(hasOldStudyData(doc, 30, now)).toBe(false);
    expect(forgetStudyData(doc, 'used')).toBe(true);
    expect(doc.examDates).toEqual({});
  });

  it('is exported as the student\'s only, and bringing cards forward touches no one else\'s deck', () => {
    const doc = freshGuildDocument('g1');
    for (const id of ['u1', 'u2']) changeDeck(doc, id, (deck) => void (deck['quiz/q1'] = learntCard(START + 30 * DAY)));
    expect(setExamDate(doc, 'u1', '2025-01-20', START)).toBe(1);
    expect(readDeck(doc, 'u2')['quiz/q1']?.due).toBe(START + 30 * DAY);
    expect(studentExport(doc, 'u2', (t) => t).reviewExamDate).toBeNull();
    expect(studentExport(doc, 'u1', (t) => t).reviewExamDate).toEqual({ date: '2025-01-20', setOrLastUsed: new Date(START).toISOString() });
    expect(examPlan('2025-01-20', START, LONDON)).toEqual({ date: '2025-01-20', daysLeft: 14, cap: dayStart('2025-01-19'), finalDays: false });
  });

  it('is new in schema version 6: a version-5 file is read with none', () => {
    const { examDates: _none, ...v5 } = { ...freshGuildDocument('g1'), schemaVersion: 5 };
    const parsed = parseGuildDocument(JSON.stringify(v5));
    expect(parsed.ok && parsed.doc).toMatchObject({ schemaVersion: GUILD_SCHEMA_VERSION, examDates: {} });
    expect(GUILD_SCHEMA_VERSION).toBeGreaterThanOrEqual(6);
  });
});
