// /leaderboard and /stats after real rounds, as players read them.
import { describe, expect, it } from 'vitest';
import { PRACTICE_MESSAGES as P, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { statsReply } from '../../src/commands/stats.js';
import type { Reply } from '../../src/commands/types.js';
import { consolePlayerId } from '../../src/report/student-data.js';
import { formatWallTime } from '../../src/time/zones.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { quizHarness, textOf, type Harness } from '../quiz/harness.js';

/** Plays a 3-question nep round in which each player answers right after `delay` ms (or wrong: null). */
async function playRound(h: Harness, plan: Record<string, readonly (number | null)[]>, where = {}): Promise<void> {
  await h.start(Object.keys(plan)[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 20 }, where);
  for (let q = 0; q < 3; q++) {
    const order = Object.entries(plan)
      .map(([name, delays]) => ({ name, delay: delays[q] }))
      .filter((p): p is { name: string; delay: number | null } => p.delay !== undefined)
      .sort((a, b) => (a.delay ?? 0) - (b.delay ?? 0));
    let elapsed = 0;
    for (const p of order) {
      await h.wait((p.delay ?? 0) - elapsed);
      elapsed = p.delay ?? 0;
      await h.answer(p.name, p.delay !== null, where);
    }
    await h.wait(20_000 - elapsed);
  }
}

describe('/leaderboard and /stats', () => {
  it('show the points of finished rounds, with ties sharing a place', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, 0], Bob: [0, 0, 0], Carol: [10_000, null, 0] });
    const board = await h.command('Carol', 'leaderboard', {});
    expect(board.title).toBe(Q.leaderboardTitle('all', null));
    expect(board.body).toBe(['1. Alice — 3,300', '1. Bob — 3,300', '3. Carol — 1,750'].join('\n'));
    expect(board.footer).toBe(Q.leaderboardFooter(3, null));
  });

  it('lists a player who played and scored nothing, after the others, with no step on the podium', async () => {
    const h = quizHarness();
    await playRound(h, { Zed: [null, null, null], Alice: [0, 0, 0] });
    const board = await h.command('Zed', 'leaderboard', {});
    expect(board.body).toBe(['1. Alice — 3,300', '2. Zed — 0'].join('\n'));
    expect(board.footer).toBe(Q.leaderboardFooter(2, null));
    const podium = board.attachments?.find((a) => a.image);
    expect(podium?.description).toContain('Alice');
    expect(podium?.description).not.toContain('Zed');
    // Only who played in the period, or on the topic: next week, or on another topic, Zed is not listed.
    expect((await h.command('Zed', 'leaderboard', { options: { topic: 'collectivisation' } })).body).toBe(Q.leaderboardEmpty('all'));
    await h.wait(7 * 86_400_000);
    expect((await h.command('Zed', 'leaderboard', { options: { period: 'week' } })).body).toBe(Q.leaderboardEmpty('week'));
  });

  it('shows this week, and one topic', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, 0] });
    expect((await h.command('Alice', 'leaderboard', { options: { period: 'week' } })).body).toBe('1. Alice — 3,300');
    expect((await h.command('Alice', 'leaderboard', { options: { period: 'week', topic: 'collectivisation' } })).body).toBe(Q.leaderboardEmpty('week'));
    expect((await h.command('Alice', 'leaderboard', { options: { topic: 'new economic policy' } })).title).toBe(Q.leaderboardTitle('all', 'The New Economic Policy (NEP)'));
    await h.wait(7 * 86_400_000);
    expect((await h.command('Alice', 'leaderboard', { options: { period: 'week' } })).body).toBe(Q.leaderboardEmpty('week'));
    expect((await h.command('Alice', 'leaderboard', { options: { period: 'all' } })).body).toBe('1. Alice — 3,300');
  });

  it('keeps each server’s leaderboard to itself', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, 0] }, { guild: 'g1' });
    await playRound(h, { Bob: [0, null, null] }, { guild: 'g2' });
    expect((await h.command('Alice', 'leaderboard', {}, { guild: 'g1' })).body).toBe('1. Alice — 3,300');
    expect((await h.command('Alice', 'leaderboard', {}, { guild: 'g2' })).body).toBe('1. Bob — 1,000');
  });

  it('gives a player’s stats, found by name', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, null], Bob: [5000, 5000, 5000] });
    const mine = await h.command('Alice', 'stats', {});
    expect(mine.private).toBe(true);
    expect(textOf(mine)).toContain('2 of 3 answered right (67%)');
    expect(textOf(mine)).toContain('Best streak: 2 · Rounds played: 1 · Rounds won: 0');
    expect(textOf(mine)).toContain('The New Economic Policy (NEP): 2 of 3 answered right (67%) · 2,100 points');
    // By name, as the console passes it: a student's own, or (for a teacher) anyone's.
    expect((await h.command('Alice', 'stats', { options: { user: 'alice' } })).title).toBe(Q.statsTitle('Alice'));
    const bob = await h.command('Teacher', 'stats', { options: { user: 'bob' } }, { mod: true });
    expect(bob.title).toBe(Q.statsTitle('Bob'));
    expect(textOf(bob)).toContain('Rounds won: 1');
    expect((await h.command('Teacher', 'stats', { options: { user: 'Zed' } }, { mod: true })).body).toBe(Q.statsNotFound('Zed'));
    expect((await h.command('Newcomer', 'stats', {})).body).toBe(Q.statsNone(null));
  });

  it('/stats on a classmate is refused privately, saying nothing of them; a teacher (Manage Server or the teacher role) sees it', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, null], Bob: [5000, 5000, 5000] });
    for (const user of ['Bob', 'u-bob', 'Zed', '123456789012345678']) {
      const refused = await h.command('Alice', 'stats', { options: { user } });
      expect(refused, user).toEqual({ body: Q.statsOthersTeachersOnly, private: true, tone: 'info' });
    }
    // The teacher role, set by /tutor teacher-role, counts as Manage Server does.
    await h.store.update('g1', (d) => {
      d.settings.teacherRoleId = 'r-teachers';
    });
    const asTeacher = { ...h.ctx('Dana'), roleIds: ['r-teachers'] };
    const bob = (await h.app.router.runCommand('stats', { options: { user: 'u-bob' } }, asTeacher)) as Reply;
    expect(bob.title).toBe(Q.statsTitle('Bob'));
    expect(bob.private).toBe(true);
    const other = (await h.app.router.runCommand('stats', { options: { user: 'u-bob' } }, { ...asTeacher, roleIds: ['r-other'] })) as Reply;
    expect(other.body).toBe(Q.statsOthersTeachersOnly);
  });

  it('agrees with the round’s end on a win: a round played alone shows no medal and counts no win; against another, both do', async () => {
    const h = quizHarness();
    await playRound(h, { Jay: [0, 0, 0] });
    const alone = textOf(h.postsTitled(Q.endTitle)[0]);
    expect(alone).not.toContain('🥇');
    expect(alone).toContain('Jay');
    expect(alone).toContain('3,300');
    expect(textOf(await h.command('Jay', 'stats', {}))).toContain('Rounds played: 1 · Rounds won: 0');

    await playRound(h, { Jay: [0, 0, 0], Kim: [5000, null, null] });
    const against = textOf(h.postsTitled(Q.endTitle)[1]);
    expect(against).toContain('🥇 **Jay**');
    expect(against).toContain('🥈 **Kim**');
    expect(textOf(await h.command('Jay', 'stats', {}))).toContain('Rounds played: 2 · Rounds won: 1');
  });

  it('/stats finds a student by name who has practice marks but no quiz yet, and keeps the marks to the student', async () => {
    const h = quizHarness();
    const marked = { question: 'q', topic: 'nep', kind: 'describe', mark: 3, maxMark: 4, level: 2, maxLevel: 2, at: new Date(h.time.now()).toISOString() };
    // Maya (and, in the console, Priya, whose id is made from her name) have practised, not played.
    await h.store.update('g1', (d) => {
      d.practice['u-maya'] = [marked];
      d.practice[consolePlayerId('Priya')] = [marked];
    });
    const own = await h.command('Maya', 'stats', { options: { user: 'maya' } });
    expect(own.title).toBe(P.statsTitle);
    expect(textOf(own)).toContain('3/4');
    const priya = await h.command('Alice', 'stats', { options: { user: 'Priya' } }, { mod: true });
    expect(priya.body).toBe(Q.statsNone('Priya'));
    expect(textOf(priya)).not.toContain('3/4');
  });

  it('start from zero after a moderator resets the server’s leaderboard, and /stats says it was reset, not that nobody played', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, 0], Bob: [0, null, 0] });
    await h.wait(60_000);
    const when = formatWallTime(h.time.now(), 'Europe/London');
    await h.app.leaderboard.resetOnce('g1', new Date(0));
    expect((await h.command('Alice', 'leaderboard', {})).body).toBe(Q.leaderboardEmpty('all'));
    // A trial: "Ben has not played a quiz on this server yet" just after the teacher's reset.
    const mine = await h.command('Alice', 'stats', {});
    expect(mine.body).toContain(Q.statsSinceReset(null, when));
    expect(mine.body).not.toContain(Q.statsNone(null));
    // Her answers the class report keeps are still hers to see (the reset cleared points, not those).
    expect(mine.body).toContain(Q.statsKeptAnswers(3, 3, '100%'));
    expect(textOf(mine)).toContain(Q.statsKeptLine('The New Economic Policy (NEP)', 3, 3, '100%'));
    // Another player's: the reset, and nothing of the answers kept for the report.
    const bob = await h.command('Alice', 'stats', { options: { user: 'u-bob' } }, { mod: true });
    expect(bob.body).toBe(Q.statsSinceReset('u-bob', when));
    expect(bob.fields ?? []).toEqual([]);
    // After a round since the reset, the figures are that round's, and say since when.
    await playRound(h, { Alice: [0, null, null] });
    const after = await h.command('Alice', 'stats', {});
    expect(textOf(after)).toContain('1 of 3 answered right (33%)');
    expect(after.footer).toBe(Q.statsResetFooter(when));
    // A server never reset has no such line.
    expect((await h.command('Alice', 'stats', {}, { guild: 'g2' })).body).toBe(Q.statsNone(null));
  });

  it('/stats of a player with many topics shows whole lines only, within a message, the practice marks too (a trial: "…0/1 correc")', async () => {
    const kb = await loadRealKnowledge();
    const h = quizHarness({ kb });
    const at = new Date(h.time.now()).toISOString();
    await h.store.update('g1', (d) => {
      d.players['u-chloe'] = { name: 'Chloe', bestStreak: 3, roundsPlayed: 9, roundsWon: 2, lastSeen: at };
      d.allTime['u-chloe'] = Object.fromEntries(kb.topics.map((t, i) => [t.id, { points: 1234 * i, answered: 10 + i, correct: i }]));
      d.practice['u-chloe'] = kb.topics.flatMap((t) =>
        Array.from({ length: 5 }, () => ({ question: 'q', topic: t.id, kind: 'explain' as const, mark: 7, maxMark: 16, level: 2, maxLevel: 4, at })),
      );
    });
    const reply = await h.command('Chloe', 'stats', {});
    const fields = reply.fields ?? [];
    const topicLines = fields.filter((f) => f.name !== P.statsTitle).flatMap((f) => f.value.split('\n'));
    expect(topicLines).toHaveLength(kb.topics.length);
    for (const line of topicLines) expect(line).toMatch(/: \d+ of \d+ answered right \(\d+%\) · [\d,]+ points$/);
    const practice = fields.find((f) => f.name === P.statsTitle)?.value.split('\n') ?? [];
    expect(practice.length).toBeGreaterThan(1);
    for (const line of practice) expect(line).toMatch(/ · latest (7\/16, ){4}7\/16$|^…and \d+ more topics?$/);
    // Discord's limits: 1,024 characters a field, 6,000 a message.
    for (const f of fields) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(textOf(reply).length).toBeLessThanOrEqual(6000);
  });

  it('/stats ends with "…and N more topics" when not every topic fits in a message', () => {
    const topics = Array.from({ length: 120 }, (_, i) => ({ topicId: `t${i}`, points: 100, answered: 3, correct: 1, accuracy: 1 / 3 }));
    const stats = { userId: 'u', name: 'Chloe', points: 12_000, answered: 360, correct: 120, accuracy: 1 / 3, bestStreak: 2, roundsPlayed: 40, roundsWon: 3, topics };
    const reply = statsReply(stats, (id) => `A topic with a long title about the Soviet Union, number ${id}`);
    const lines = (reply.fields ?? []).flatMap((f) => f.value.split('\n'));
    const more = lines.at(-1) ?? '';
    const left = Number(/^…and (\d+) more topics$/.exec(more)?.[1]);
    expect(lines.length - 1 + left).toBe(120);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^A topic .*: 1 of 3 answered right \(33%\) · 100 points$/);
    for (const f of reply.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    expect(textOf(reply).length).toBeLessThanOrEqual(6000);
  });

  it('keep the fairness setting per server', async () => {
    const h = quizHarness();
    await h.app.leaderboard.setFlatScoring('g1', true);
    expect(await h.app.leaderboard.flatScoring('g1')).toBe(true);
    expect(await h.app.leaderboard.flatScoring('g2')).toBe(false);
    await playRound(h, { Alice: [19_000, 19_000, 19_000] });
    expect((await h.command('Alice', 'leaderboard', {})).body).toBe('1. Alice — 3,000');
  });

  it('finds no player called "constructor", "toString" or "__proto__" (names are no object keys), and a player may be called that', async () => {
    const h = quizHarness();
    await playRound(h, { Alice: [0, 0, 0] });
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty'])
      expect((await h.command('Alice', 'stats', { options: { user: name } }, { mod: true })).body).toBe(Q.statsNotFound(name));
    await playRound(h, { ['__proto__']: [0, 0, 0], constructor: [0, 0, 0] });
    const board = await h.command('Alice', 'leaderboard', {});
    expect(board.body).toContain('__proto__');
    expect(board.body).toContain('constructor');
    expect((await h.command('Alice', 'stats', { options: { user: '__proto__' } }, { mod: true })).title).toContain('__proto__');
  });
});
