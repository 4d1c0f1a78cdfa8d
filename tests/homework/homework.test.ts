// Homework as a teacher and students use it: set with a due time (refused when past, at most ten open),
// posted with a Start button, done privately once (answers locked, time per question), a score with what
// was missed (which goes into the review deck), the lists, closing, and the report with its CSV.
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/commands/types.js';
import { HOMEWORK_MESSAGES as H, REVIEW_MESSAGES as R, TEACHER_MESSAGES as T } from '../../src/messages.js';
import { readCsv } from '../helpers/csv.js';
import { quizHarness, textOf, type Harness, type Where } from '../quiz/harness.js';

const TEACHER: Where = { mod: true };
const set = (h: Harness, options: Record<string, string | number>, where: Where = TEACHER, name = 'Ms Smith') =>
  h.command(name, 'tutor', { group: 'homework', subcommand: 'set', options }, where);
const teacher = (h: Harness, subcommand: string, options: Record<string, string | number> = {}, where: Where = TEACHER) =>
  h.command('Ms Smith', 'tutor', { group: 'homework', subcommand, options }, where);
const act = async (h: Harness, name: string, action: string) => {
  const reply = await h.app.router.runAction(action, h.ctx(name));
  if (!reply) throw new Error('no handler');
  return reply;
};
const post = (h: Harness) => h.channel.in('c1').at(-1)?.reply;
const startOf = (r: Reply | undefined) => r?.buttons?.find((b) => b.label === H.startButton || b.label.startsWith('Start '))?.action ?? '';
/** The right (or a wrong) choice of a homework question: the harness's right answers start with "right". */
const choice = (r: Reply, right: boolean) => r.buttons?.find((b) => b.label.includes(' · right') === right)?.action ?? '';

/** A student does the whole homework, answering right the questions whose number is in `right`. */
async function doHomework(h: Harness, name: string, right: readonly number[], questions: number): Promise<Reply> {
  let reply = await act(h, name, startOf(post(h)));
  for (let n = 1; n <= questions; n++) reply = await act(h, name, choice(reply, right.includes(n)));
  return reply;
}

describe('homework', () => {
  it('is set by a teacher for a due time and posted in the channel with a Start button', async () => {
    const h = quizHarness();
    const reply = await set(h, { topic: 'nep', due: 'friday 9am', questions: 4, seconds: 30 });
    expect(reply.private).toBe(true);
    expect(reply.body).toBe(H.set('h1', 4, 'The New Economic Policy (NEP)', 'Friday 10 January 2025, 09:00', 'Europe/London'));
    const posted = post(h);
    expect(posted?.title).toBe(H.postTitle('h1', 'The New Economic Policy (NEP)'));
    expect(posted?.body).toContain('4 quiz questions, 30 seconds each');
    expect(posted?.body).toContain('**Due Friday 10 January 2025, 09:00** (Europe/London)');
    expect(posted?.buttons?.map((b) => b.label)).toEqual([H.startButton]);
    expect(posted?.private).toBeUndefined();
  });

  it('says when the seconds asked for are out of range, and uses the nearest allowed', async () => {
    const h = quizHarness();
    const short = await set(h, { topic: 'nep', due: 'friday 9am', questions: 2, seconds: 5 });
    expect(short.body).toBe(`${H.set('h1', 2, 'The New Economic Policy (NEP)', 'Friday 10 January 2025, 09:00', 'Europe/London')}\n\n${H.setSecondsAdjusted(10, true)}`);
    expect(short.body).toContain('10 seconds, the shortest allowed');
    expect(post(h)?.body).toContain('10 seconds each');
    expect((await set(h, { topic: 'nep', due: 'friday 9am', questions: 2, seconds: 500 })).body).toContain('120 seconds, the longest allowed');
    expect((await set(h, { topic: 'nep', due: 'friday 9am', questions: 2, seconds: 30 })).body).not.toContain('allowed');
  });

  it('refuses a due time that has passed or cannot be read, and a sixth… eleventh open homework', async () => {
    const h = quizHarness();
    expect((await set(h, { topic: 'nep', due: '2024-12-20T09:00' })).body).toBe(H.duePast('Friday 20 December 2024, 09:00', 'Europe/London'));
    expect((await set(h, { topic: 'nep', due: 'next week sometime' })).body).toBe(H.dueUnreadable('next week sometime', 'Europe/London'));
    for (let i = 0; i < 10; i++) expect((await set(h, { topic: 'nep', due: '2030-01-10T09:00', questions: 3 })).tone).toBe('success');
    expect((await set(h, { topic: 'nep', due: '2030-01-10T09:00' })).body).toBe(H.tooMany(10));
    await teacher(h, 'close', { assignment: 'h3' });
    expect((await set(h, { topic: 'nep', due: '2030-01-10T09:00' })).body).toMatch(/^Set homework h11:/);
  });

  it('lets only a teacher set it: Manage Server, or the teacher role once it is set', async () => {
    const h = quizHarness();
    const asStudent = (roles: string[]) => h.app.router.runCommand('tutor', { group: 'homework', subcommand: 'set', options: { topic: 'nep', due: 'friday 9am' } }, { ...h.ctx('Ann'), roleIds: roles });
    expect((await asStudent(['teachers']))?.body).toBe(T.needsTeacher);
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'teacher-role', options: { role: 'teachers' } }, TEACHER)).body).toBe(T.roleSet('<@&teachers>'));
    expect((await asStudent(['teachers']))?.body).toMatch(/^Set homework h1:/);
    expect((await asStudent(['other']))?.body).toBe(T.needsTeacher);
    // The setting itself is for Manage Server only.
    const byRole = await h.app.router.runCommand('tutor', { subcommand: 'teacher-role', options: {} }, { ...h.ctx('Ann'), roleIds: ['teachers'] });
    expect(byRole?.tone).toBe('error');
  });

  it('reads due times in the server\'s time zone once a teacher sets one', async () => {
    const h = quizHarness();
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'timezone', options: { zone: 'mars/base' } }, TEACHER)).body).toBe(T.timeZoneUnknown('mars/base'));
    const setZone = await h.command('Ms Smith', 'tutor', { subcommand: 'timezone', options: { zone: 'america/new_york' } }, TEACHER);
    expect(setZone.body).toBe(T.timeZoneSet('America/New_York', 'Monday 6 January 2025, 04:00'));
    expect((await set(h, { topic: 'nep', due: 'today 9am' })).body).toMatch(/due Monday 6 January 2025, 09:00 \(America\/New_York\)/);
  });

  it('is done privately, once: answers are locked, the score shows what was missed, and the misses go into the deck', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 3 });
    const first = await act(h, 'Alice', startOf(post(h)));
    expect(first).toMatchObject({ title: H.questionTitle('h1', 1, 3), private: true });
    expect(first.deadline).toBe(h.time.now() + 20_000);
    expect(first.buttons?.map((b) => b.key)).toEqual(['A', 'B', 'C', 'D']);
    // Pressing Start again shows the same question, with the same deadline.
    await h.wait(5_000);
    expect(await act(h, 'Alice', startOf(post(h)))).toMatchObject({ title: H.questionTitle('h1', 1, 3), deadline: first.deadline });

    const second = await act(h, 'Alice', choice(first, true));
    expect(second).toMatchObject({ title: H.questionTitle('h1', 2, 3), update: true });
    // The first answer is locked: pressing another choice on it changes nothing.
    expect(await act(h, 'Alice', choice(first, false))).toMatchObject({ body: H.locked });
    const third = await act(h, 'Alice', choice(second, false));
    const done = await act(h, 'Alice', choice(third, true));
    expect(done.title).toBe(H.finishedTitle('h1', 2, 3));
    expect(done.body).toContain(H.finishedBody(2, 3));
    expect(done.body).toContain(H.toDeck);
    const missed = done.fields?.find((f) => f.name === H.missedField)?.value ?? '';
    expect(missed).toMatch(/^\*\*2\. nep question \d+\?\*\*\nYou said wrong \d+\w\. The answer: \*\*right \d+\*\*\. Because of nep \d+\.$/);

    // One attempt: Start again shows the result, not the questions.
    const again = await act(h, 'Alice', startOf(post(h)));
    expect(again.title).toBe(H.finishedTitle('h1', 2, 3));
    expect(again.body).toContain(H.alreadyDone);
    // What was missed is in the deck.
    const card = await h.command('Alice', 'review', {});
    expect(card.footer).toBe(R.cardFooter(1));
    expect(textOf(card)).toContain(missed.match(/nep question \d+\?/)?.[0] ?? 'none');
  });

  it('counts a question whose time ran out as unanswered', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2, seconds: 10 });
    const first = await act(h, 'Bob', startOf(post(h)));
    await h.wait(11_000);
    const late = await act(h, 'Bob', choice(first, true));
    expect(late.title).toBe(H.questionTitle('h1', 2, 2));
    expect(late.body).toContain(H.late(1));
    const done = await act(h, 'Bob', choice(late, true));
    expect(done.title).toBe(H.finishedTitle('h1', 1, 2));
    expect(done.fields?.[0]?.value).toContain('Not answered in time.');
  });

  it('says which question timed out when a student comes back to it with Start, not only that the next one is on (a group\'s trial)', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 3, seconds: 10 });
    const first = await act(h, 'Chloe', startOf(post(h)));
    const second = await act(h, 'Chloe', choice(first, true));
    await h.wait(60_000);
    const resumed = await act(h, 'Chloe', startOf(post(h)));
    expect(resumed.title).toBe(H.questionTitle('h1', 3, 3));
    expect(resumed.body).toContain(H.late(2));
    // Said once: going on again shows the same question without it.
    expect((await act(h, 'Chloe', startOf(post(h)))).body).not.toContain(H.late(2));
    expect(second.body).not.toContain(H.late(1));
  });

  it('lists the open homework for a student with their status, and for the teacher with counts', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2 });
    await set(h, { topic: 'collectivisation', due: 'thursday 3pm', questions: 2 });
    await doHomework(h, 'Alice', [1, 2], 2);
    const mine = await h.command('Alice', 'homework', {});
    expect(mine.body).toBe(
      [
        H.listLine('h1', 'The New Economic Policy (NEP)', 2, 'Friday 10 January 2025, 09:00', H.statusNotStarted),
        H.listLine('h2', 'Collectivisation', 2, 'Thursday 9 January 2025, 15:00', H.statusDone(2, 2)),
      ].join('\n'),
    );
    expect(mine.buttons?.map((b) => b.label)).toEqual([H.startButtonFor('h1')]);
    const list = await teacher(h, 'list');
    expect(list.body).toContain(H.teacherListLine('h2', 'Collectivisation', 'Thursday 9 January 2025, 15:00', true, 1, 1));
    expect(list.footer).toBe(H.teacherListFooter(2, 10));
  });

  it('closes early: the Start button then says so, and the post is marked closed', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2 });
    const posted = h.channel.in('c1').at(-1);
    const started = await act(h, 'Bob', startOf(posted?.reply));
    expect((await teacher(h, 'close', { assignment: 'h1' })).body).toBe(H.closedNow('h1', 0));
    expect(posted?.reply.footer).toBe(H.postClosedFooter);
    expect(posted?.reply.buttons?.[0]?.disabled).toBe(true);
    expect((await act(h, 'Carol', startOf(posted?.edits[0] ?? posted?.reply))).body).toBe(H.closed('h1'));
    // Bob's attempt under way ends as it stands: his answer after the close does not count.
    const bob = await act(h, 'Bob', choice(started, true));
    expect(bob.title).toBe(H.finishedTitle('h1', 0, 2));
    expect(bob.body).toContain(H.cutShort);
    const again = await act(h, 'Bob', startOf(h.channel.in('c1').at(-1)?.edits[0]));
    expect(again.title).toBe(H.finishedTitle('h1', 0, 2));
    expect(again.body).toContain(H.alreadyDone);
    expect((await teacher(h, 'close', { assignment: 'h1' })).body).toBe(H.closedAlready('h1'));
  });
});

describe('the homework report', () => {
  it('gives each score, the accuracy per question and the most missed, as hand-counted, with a CSV a spreadsheet reads', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 3 });
    // Hand count: Q1 right by all three; Q2 right by Олег only; Q3 right by nobody (one never reached it).
    await doHomework(h, 'Олег "Oleg", Jr.', [1, 2], 3);
    await doHomework(h, '=Zhang 张伟', [1], 3);
    const carol = await act(h, 'Carol', startOf(post(h)));
    const carol2 = await act(h, 'Carol', choice(carol, true));
    await act(h, 'Carol', choice(carol2, false));
    // A student who played a quiz round but has not started.
    await h.start('Dev', { topic: 'collectivisation', questions: 3, seconds: 10 });
    await h.answer('Dev', true);
    await h.wait(30_000);

    const report = await teacher(h, 'report', {});
    expect(report.private).toBe(true);
    expect(report.title).toBe(H.reportTitle('h1', 'The New Economic Policy (NEP)'));
    expect(report.body).toBe(H.reportSummary('Ms Smith', 'Friday 10 January 2025, 09:00', true, null, 2, 1, 0, '50%'));
    const field = (name: string) => report.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field(H.reportStudents).split('\n')).toEqual([
      H.reportStudentLine('=Zhang 张伟', 1, 3, 'done'),
      H.reportStudentLine('Carol', 1, 3, 'working'),
      H.reportStudentLine('Олег "Oleg", Jr.', 2, 3, 'done'),
    ]);
    const perQuestion = field(H.reportQuestions).split('\n');
    expect(perQuestion[0]).toMatch(/^Q1: 100% right \(3\/3\) · nep question \d+\?$/);
    expect(perQuestion[1]).toMatch(/^Q2: 33% right \(1\/3\) · /);
    expect(perQuestion[2]).toMatch(/^Q3: 0% right \(0\/2\) · /);
    expect(field(H.reportMostMissed).split('\n').map((l) => l.slice(0, 17))).toEqual(['Q2, missed by 2: ', 'Q3, missed by 2: ']);
    expect(field(H.reportNotStarted)).toBe('Dev');

    const csv = report.attachments?.[0];
    expect(csv?.name).toBe('homework-h1.csv');
    const text = typeof csv?.content === 'string' ? csv.content : '';
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(text);
    // Each question's column is headed by its number and first words; times are on the server's clock, its zone named.
    const prompts = (await h.store.load('g1')).homework.assignments[0]?.questionIds.map((id) => h.app.kb.quiz.find((q) => q.id === id)?.prompt) ?? [];
    expect(rows[0]).toEqual(['student_id', 'name', 'status', 'score', 'out_of', 'percent', 'started_at (Europe/London)', 'finished_at (Europe/London)', ...prompts.map((p, i) => `Q${i + 1}: ${p}`)]);
    expect(rows.map((r) => r.slice(1, 6))).toEqual([
      ['name', 'status', 'score', 'out_of', 'percent'],
      ["'=Zhang 张伟", 'done', '1', '3', '33'],
      ['Carol', 'working', '1', '3', '33'],
      ['Олег "Oleg", Jr.', 'done', '2', '3', '67'],
      // Not started, as the report counts them: a row with no score (none, rather than 0).
      ['Dev', 'not started', '', '3', ''],
    ]);
    expect(rows[4]?.slice(8)).toEqual(['', '', '']);
    expect(rows[2]?.slice(8)).toEqual(['right', 'wrong', 'not reached']);
    expect(rows[3]?.[7]).toMatch(/^2025-01-06 09:00:\d\d$/);

    // Once it is due, an unfinished attempt counts what was not reached as unanswered.
    await h.wait(5 * 86_400_000);
    const after = await teacher(h, 'report', { assignment: 'h1' });
    expect(after.body).toBe(H.reportSummary('Ms Smith', 'Friday 10 January 2025, 09:00', false, null, 2, 0, 1, '44%'));
    expect(after.body).toContain('1 did not finish in time');
  });

  it('says when a teacher closed it early, and that those not done did not finish before it was closed', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2 });
    await doHomework(h, 'Alice', [1, 2], 2);
    await act(h, 'Bob', startOf(post(h)));
    await h.wait(3_600_000);
    await teacher(h, 'close', { assignment: 'h1' });
    // Bob comes back after the close: his attempt is finished as it stands.
    await act(h, 'Bob', startOf(post(h)));
    const report = await teacher(h, 'report', { assignment: 'h1' });
    // Hand count: Alice 2 of 2; Bob saw Q1 (unanswered) and never reached Q2, which stays out: 2 right of 3.
    expect(report.body).toBe(H.reportSummary('Ms Smith', 'Friday 10 January 2025, 09:00', false, 'Monday 6 January 2025, 10:00', 1, 0, 1, '67%'));
    const field = (name: string) => report.fields?.find((f) => f.name === name)?.value ?? '';
    expect(field(H.reportQuestions).split('\n').map((l) => l.split(' · ')[0])).toEqual(['Q1: 50% right (1/2)', 'Q2: 100% right (1/1)']);
    expect(field(H.reportMostMissed).split('\n').map((l) => l.slice(0, 17))).toEqual(['Q1, missed by 1: ']);
    const rows = readCsv(typeof report.attachments?.[0]?.content === 'string' ? report.attachments[0].content : '');
    expect(rows.find((r) => r[1] === 'Bob')?.slice(8)).toEqual(['unanswered', 'not reached']);
    expect(report.body).toContain('closed early by a teacher on Monday 6 January 2025, 10:00');
    expect(report.body).toContain('1 did not finish before it was closed');
    expect(report.body).not.toContain('in time');
  });

  it('lists as not started every student the server knows, not only the leaderboard\'s players, nor who set it', async () => {
    const h = quizHarness();
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2 });
    await doHomework(h, 'Bob', [1], 2);
    await set(h, { topic: 'collectivisation', due: 'friday 9am', questions: 2 });
    await doHomework(h, 'Alice', [1], 2);
    // Dev played a round, then the leaderboard was reset; Eve only asked a question.
    await h.start('Dev', { topic: 'collectivisation', questions: 3, seconds: 10 });
    await h.answer('Dev', true);
    await h.wait(30_000);
    await h.app.leaderboard.resetOnce('g1', new Date(0));
    await h.command('Eve', 'ask', { options: { question: 'who was stalin' } });
    const report = await teacher(h, 'report', { assignment: 'h2' });
    // Bob did h1, so he is known; Dev and Eve by their activity (no name kept there: shown by id).
    expect(report.fields?.find((f) => f.name === H.reportNotStarted)?.value).toBe('Bob, u-dev, u-eve');
  });

  it('says so when there is no homework, or no such homework', async () => {
    const h = quizHarness();
    expect((await teacher(h, 'report')).body).toBe(H.noAssignments);
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 2 });
    expect((await teacher(h, 'report', { assignment: 'h9' })).body).toBe(H.noSuchAssignment('h9'));
    expect((await teacher(h, 'report', { assignment: '1' })).title).toBe(H.reportTitle('h1', 'The New Economic Policy (NEP)'));
    expect((await teacher(h, 'report')).body).toContain(H.reportNobody);
  });
});
