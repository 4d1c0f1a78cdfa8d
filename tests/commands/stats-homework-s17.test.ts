// /stats shows the homework a student did, from a teacher's blind trial: a student ("Amira") did a homework at the
// console, and right after, `/stats Amira` said she "has not played a quiz on this server yet". Now /stats lists each
// set she started with her score, as the teacher's homework report counts it (the same figures), says homework earns
// no leaderboard points, and says "has not played" only to someone with neither a round nor a homework.
import { describe, expect, it } from 'vitest';
import { createStatsCommand } from '../../src/commands/stats.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { HOMEWORK_MESSAGES as H, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { typedAtConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { quizHarness, quizKnowledge, textOf, type Harness, type Where } from '../quiz/harness.js';

const NEP = 'The New Economic Policy (NEP)';
const TEACHER: Where = { mod: true };

/** Discord's limits: 2,000 characters of text, 1,024 a field, 6,000 a message, 25 fields. */
function withinDiscord(reply: Reply): void {
  expect(reply.body?.length ?? 0).toBeLessThanOrEqual(2000);
  for (const f of reply.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
  expect(reply.fields?.length ?? 0).toBeLessThanOrEqual(25);
  expect(textOf(reply).length).toBeLessThanOrEqual(6000);
  // No one is pinged: no mention of a user, a role, @everyone or @here.
  expect(textOf(reply)).not.toMatch(/<@|@everyone|@here/);
}

describe('/stats and homework at the console (the trial)', () => {
  it('shows Amira the homework she just did, and her teacher too, with the score the homework report gives; the leaderboard stays for rounds', async () => {
    const out = await typedAtConsole(await loadFixtureKnowledge(), [
      '/as Ms Khan',
      '/tutor homework set topic:nep questions:3 seconds:20 due:2030-01-10T09:00',
      '/as Amira',
      'S',
      'A',
      'B',
      'C',
      '/stats',
      '/as Ms Khan',
      '/stats Amira',
      '/tutor homework report assignment:h1',
      '/leaderboard',
    ], { random: () => 0.3 });
    const score = Number(/Homework h1 done: (\d)\/3/.exec(out)?.[1]);
    expect(score).toBeGreaterThanOrEqual(0);
    const line = Q.statsHomeworkLine({ id: 'h1', topic: NEP, score, total: 3, answered: 3, status: 'done', closedEarly: false, due: '' });
    expect(line).toBe(`h1 · ${NEP}: ${score}/3 right · done on time`);
    const summary = Q.statsHomeworkSummary(1, 0, 0, score, 3, `${Math.round((100 * score) / 3)}%`);
    expect(summary).toBe(`1 set done · ${score} of 3 questions right (${Math.round((100 * score) / 3)}%)`);
    const [own = '', teachers = ''] = out.split('== Quiz stats: Amira ==').slice(1);
    // Amira's own: no "not played", her homework with its score.
    expect(own).toContain(Q.statsNoRounds(null));
    expect(own).toContain(`${Q.statsHomework}:\n${summary}\n${line}`);
    // The teacher's /stats Amira: the same figures, named as she is.
    expect(teachers).toContain(Q.statsNoRounds('Amira'));
    expect(teachers).toContain(`${Q.statsHomework}:\n${summary}\n${line}`);
    expect(out).not.toContain(Q.statsNone('Amira'));
    expect(out).not.toContain(Q.statsNone(null));
    // One source: the teacher's homework report gives her the same score.
    expect(out).toContain(H.reportStudentLine('Amira', score, 3, 'done'));
    // Homework earns no points: the leaderboard still has none.
    expect(out).toContain(Q.leaderboardEmpty('all'));
  });

  it('still says "has not played" to a student with neither a round nor a homework', async () => {
    const out = await typedAtConsole(await loadFixtureKnowledge(), [
      '/as Ms Khan',
      '/tutor homework set topic:nep questions:2 seconds:20 due:2030-01-10T09:00',
      '/as Nobody',
      '/stats',
    ], { random: () => 0.3 });
    expect(out).toContain(Q.statsNone(null));
    expect(out).not.toContain(Q.statsHomework);
  });
});

const set = (h: Harness, options: Record<string, string | number>) => h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'set', options }, TEACHER);
const close = (h: Harness, assignment: string) => h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'close', options: { assignment } }, TEACHER);
const startOf = (h: Harness) => h.channel.in('c1').at(-1)?.reply.buttons?.find((b) => b.label === H.startButton)?.action ?? '';
const press = async (h: Harness, ctx: CommandContext, action: string): Promise<Reply> => {
  const reply = await h.app.router.runAction(action, ctx);
  await h.app.settled();
  if (!reply) throw new Error('no handler');
  return reply;
};
const choice = (r: Reply, right: boolean) => r.buttons?.find((b) => b.label.includes(' · right') === right)?.action ?? '';

/** Starts the homework just posted and answers the first `answers` questions, right where `right` says so. */
async function doHomework(h: Harness, ctx: CommandContext, right: readonly boolean[]): Promise<Reply> {
  let reply = await press(h, ctx, startOf(h));
  for (const r of right) reply = await press(h, ctx, choice(reply, r));
  return reply;
}

/** Bob on Discord: a user option there is an id of digits. */
const bob = (h: Harness): CommandContext => ({ ...h.ctx('Bob'), userId: '123456789012' });
const stats = async (h: Harness, ctx: CommandContext, user?: string): Promise<Reply> => {
  const reply = await h.app.router.runCommand('stats', { options: user ? { user } : {} }, ctx);
  if (!reply) throw new Error('no /stats');
  return reply;
};
const homeworkOf = (reply: Reply) => reply.fields?.find((f) => f.name === Q.statsHomework)?.value.split('\n') ?? [];

describe('/stats and homework on Discord', () => {
  it('lists each set, newest first: done, cut short by an early close, under way; beside the quiz record, whose points homework leaves alone', async () => {
    const h = quizHarness();
    // h1: done, 2 of 3 right.
    await set(h, { topic: 'nep', due: '2030-01-10T09:00', questions: 3, seconds: 20 });
    const done = await doHomework(h, bob(h), [true, false, true]);
    expect(done.title).toBe(H.finishedTitle('h1', 2, 3));
    // h2: one question answered (right), then the teacher closes it early.
    await set(h, { topic: 'collectivisation', due: '2030-01-10T09:00', questions: 4, seconds: 20 });
    await doHomework(h, bob(h), [true]);
    await close(h, 'h2');
    // h3: under way, one of two answered, wrongly.
    await set(h, { due: '2030-01-11T09:00', questions: 2, seconds: 20 });
    await doHomework(h, bob(h), [false]);

    const own = await stats(h, bob(h));
    expect(own.private).toBe(true);
    withinDiscord(own);
    // Ended sets count: 2 of 3 and 1 of 4 (the report's 1/4 for a set cut short), 3 of 7.
    expect(homeworkOf(own)).toEqual([
      Q.statsHomeworkSummary(1, 1, 1, 3, 7, '43%'),
      Q.statsHomeworkLine({ id: 'h3', topic: null, score: 0, total: 2, answered: 1, status: 'working', closedEarly: false, due: 'Friday 11 January 2030, 09:00' }),
      Q.statsHomeworkLine({ id: 'h2', topic: 'Collectivisation', score: 1, total: 4, answered: 2, status: 'unfinished', closedEarly: true, due: '' }),
      Q.statsHomeworkLine({ id: 'h1', topic: NEP, score: 2, total: 3, answered: 3, status: 'done', closedEarly: false, due: '' }),
    ]);
    expect(homeworkOf(own)[0]).toBe('1 set done, 1 not finished, 1 under way · 3 of 7 questions right (43%)');
    expect(homeworkOf(own)[1]).toBe('h3 · all topics: 0 right of 1 answered so far (2 questions) · due Friday 11 January 2030, 09:00');
    expect(homeworkOf(own)[2]).toBe('h2 · Collectivisation: 1/4 right · not finished before a teacher closed it');
    // The teacher's report for h2 counts Bob the same.
    const report = await h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'report', options: { assignment: 'h2' } }, TEACHER);
    expect(textOf(report)).toContain(H.reportStudentLine('Bob', 1, 4, 'unfinished'));
    // A teacher's /stats user: (Discord passes his id) shows the same; a classmate is refused, as before.
    const teachers = await stats(h, h.ctx('Ms Smith', TEACHER), '123456789012');
    expect(teachers.title).toBe(Q.statsTitle('Bob'));
    expect(teachers.body).toBe(Q.statsNoRounds('Bob'));
    expect(homeworkOf(teachers)).toEqual(homeworkOf(own));
    expect((await stats(h, h.ctx('Carol'), '123456789012')).body).toBe(Q.statsOthersTeachersOnly);
    // Homework earns no leaderboard points.
    expect((await h.command('Bob', 'leaderboard', {})).body).toBe(Q.leaderboardEmpty('all'));
  });

  it('sits under the quiz record of a student who has played a round too, and keeps the topics within the message', async () => {
    const h = quizHarness();
    await h.start('Bob', { topic: 'nep', questions: 3, seconds: 20 });
    for (let q = 0; q < 3; q++) {
      await h.answer('Bob', q !== 2);
      await h.wait(20_000);
    }
    await set(h, { topic: 'nep', due: '2030-01-10T09:00', questions: 2, seconds: 20 });
    await doHomework(h, h.ctx('Bob'), [true, true]);
    const own = await h.command('Bob', 'stats', {});
    expect(own.title).toBe(Q.statsTitle('Bob'));
    expect(own.body).toContain('2 of 3 answered right');
    expect(own.fields?.map((f) => f.name)).toEqual([Q.statsTopics, Q.statsHomework]);
    expect(homeworkOf(own)).toEqual([Q.statsHomeworkSummary(1, 0, 0, 2, 2, '100%'), `h1 · ${NEP}: 2/2 right · done on time`]);
    withinDiscord(own);
  });

  it('after a leaderboard reset, says so and still lists the homework (a reset clears points, not homework)', async () => {
    const h = quizHarness();
    await h.start('Bob', { topic: 'nep', questions: 3, seconds: 20 });
    for (let q = 0; q < 3; q++) {
      await h.answer('Bob', true);
      await h.wait(20_000);
    }
    await set(h, { topic: 'nep', due: '2030-01-10T09:00', questions: 2, seconds: 20 });
    await doHomework(h, h.ctx('Bob'), [true, false]);
    await h.app.leaderboard.resetOnce('g1', new Date(h.time.now()));
    const own = await h.command('Bob', 'stats', {});
    expect(own.body).toContain('no points since the leaderboard was reset');
    expect(homeworkOf(own)).toEqual([Q.statsHomeworkSummary(1, 0, 0, 1, 2, '50%'), `h1 · ${NEP}: 1/2 right · done on time`]);
    withinDiscord(own);
  });

  it('says a set was not finished by its due time once it has passed', async () => {
    const h = quizHarness();
    // The app's /stats, with the harness's clock (the system clock would call a 2025 homework long past either way).
    const statsNow = createStatsCommand({ kb: quizKnowledge(), leaderboard: h.app.leaderboard, now: () => h.time.now() });
    await set(h, { topic: 'nep', due: 'friday 9am', questions: 3, seconds: 20 });
    await doHomework(h, h.ctx('Bob'), [true]);
    const working = (await statsNow.run({ options: {} }, h.ctx('Bob'))) as Reply;
    expect(homeworkOf(working)[0]).toBe(Q.statsHomeworkSummary(0, 0, 1, 0, 0, '–'));
    expect(homeworkOf(working)[0]).toBe('1 set under way');
    await h.wait(5 * 86_400_000);
    const late = (await statsNow.run({ options: {} }, h.ctx('Bob'))) as Reply;
    expect(homeworkOf(late)).toEqual([
      '1 set not finished · 1 of 3 questions right (33%)',
      `h1 · ${NEP}: 1/3 right · not finished by the due time`,
    ]);
  });

  it('keeps fifty sets within one field, newest first, ending "…and N more sets"', async () => {
    const h = quizHarness({ kb: quizKnowledge(20) });
    for (let i = 1; i <= 50; i++) {
      await set(h, { topic: i % 2 ? 'nep' : 'collectivisation', due: '2030-01-10T09:00', questions: 1, seconds: 20 });
      await doHomework(h, h.ctx('Bob'), [i % 3 === 0]);
      // At most ten are open at once: each is closed once Bob has done it.
      await close(h, `h${i}`);
    }
    const own = await h.command('Bob', 'stats', {});
    withinDiscord(own);
    const lines = homeworkOf(own);
    expect(lines[0]).toBe(Q.statsHomeworkSummary(50, 0, 0, 16, 50, '32%'));
    expect(lines[1]).toMatch(/^h50 · Collectivisation: 0\/1 right/);
    expect(lines.at(-1)).toMatch(/^…and \d+ more sets$/);
    const more = Number(/(\d+) more/.exec(lines.at(-1) ?? '')?.[1]);
    expect(lines.length - 2 + more).toBe(50);
    expect(own.fields?.filter((f) => f.name.startsWith('Homework'))).toHaveLength(1);
  });
});
