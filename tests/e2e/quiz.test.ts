// End to end: a full quiz round with three players on the fake Discord (a double click, a late click),
// the leaderboard afterwards, stale buttons, and the teacher's /tutor commands with Manage Server.
import { describe, expect, it } from 'vitest';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import type { FakeMessage } from './fake-discord/fake-discord.js';
import { PERMISSIONS } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness, type Harness } from './harness.js';

const teacher = makeUser('msmith', 'Ms Smith');
const alice = makeUser('alice', 'Alice');
const bob = makeUser('bob', '**Bob**');
const carol = makeUser('carol', 'Carol');
const teacherPerms = PERMISSIONS.member | PERMISSIONS.manageGuild;
const SECONDS = 10;

/** The correct and a wrong button of a question message, from the fixture's quiz questions. */
function answerButtons(h: Harness, message: FakeMessage): { right: string; wrong: string } {
  const prompt = embedOf(message).description ?? '';
  const question = h.kb.quiz.find((q) => prompt.startsWith(q.prompt));
  if (!question) throw new Error(`no quiz question matches "${prompt}"`);
  const buttons = buttonsOf(message);
  const right = buttons.find((b) => b.label.endsWith(` · ${question.correct}`));
  const wrong = buttons.find((b) => b !== right);
  if (!right || !wrong) throw new Error('answer buttons not found');
  return { right: right.custom_id, wrong: wrong.custom_id };
}

async function answer(h: Harness, message: FakeMessage, user: typeof alice, customId: string): Promise<string | undefined> {
  const reply = await h.fake.reply(await h.fake.click(message, customId, { user, guildId: h.guild.id, channelId: h.channelId }));
  expect(isEphemeral(reply)).toBe(true);
  return embedOf(reply).description;
}

const settle = (h: Harness) => () => h.app.settled();

describe('a quiz round on Discord', () => {
  it('runs a round with three players: questions with buttons and a deadline, private acknowledgements, reveals, a podium, then the leaderboard', async () => {
    const h = await startHarness();
    const { fake, guild, channelId, time } = h;

    const started = await fake.reply(
      await fake.command('quiz', { topic: 'nep', questions: 3, seconds: SECONDS }, { user: teacher, guildId: guild.id, channelId, subcommand: 'start' }),
    );
    expect(isEphemeral(started)).toBe(false);
    expect(embedOf(started).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));

    // Question 1.
    await time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    const q1 = fake.postedIn(channelId)[0];
    if (!q1) throw new Error('question 1 was not posted');
    const deadline = time.now() + SECONDS * 1000;
    expect(embedOf(q1).description).toContain(`<t:${Math.floor(deadline / 1000)}:R>`);
    expect(embedOf(q1).title).toBe(Q.questionTitle(1, 3, 'The New Economic Policy (NEP)'));
    const labels = buttonsOf(q1).map((b) => b.label);
    expect(labels).toHaveLength(4);
    labels.forEach((label, i) => expect(label).toMatch(new RegExp(`^${'ABCD'[i]} · .+`)));
    expect(q1.allowedMentions).toEqual({ parse: [] });
    const seenByCarol = structuredClone(q1); // her client still shows the open question at time up

    const q1Buttons = answerButtons(h, q1);
    await time.advance(2000, settle(h));
    expect(await answer(h, q1, alice, q1Buttons.right)).toBe(Q.answerLocked);
    expect(await answer(h, q1, alice, q1Buttons.wrong)).toBe(Q.answerDuplicate); // the double click
    expect(await answer(h, q1, bob, q1Buttons.wrong)).toBe(Q.answerLocked);

    await time.advance(SECONDS * 1000 - 2000, settle(h));
    expect(await answer(h, seenByCarol, carol, q1Buttons.right)).toBe(Q.answerLate); // the late click
    // The reveal is edited into the question (buttons disabled, the right one marked) and posted.
    const closed = buttonsOf(q1);
    expect(closed.every((b) => b.disabled)).toBe(true);
    expect(closed.find((b) => b.custom_id === q1Buttons.right)?.style).toBe(3); // success (green)
    expect(q1.edits).toBe(1); // no per-second edits: the deadline is a relative timestamp
    const reveal1 = fake.postedIn(channelId)[1];
    if (!reveal1) throw new Error('reveal 1 was not posted');
    expect(embedOf(reveal1).fields).toContainEqual(expect.objectContaining({ name: Q.revealRight(1), value: 'Alice +900' }));

    // Questions 2 and 3: Alice right both times, Bob right once.
    for (const index of [1, 2]) {
      await time.advance(QUIZ_DEFAULTS.revealPauseMs, settle(h));
      const posts = fake.postedIn(channelId);
      const question = posts.at(-1);
      if (!question) throw new Error(`question ${index + 1} was not posted`);
      expect(embedOf(question).title).toBe(Q.questionTitle(index + 1, 3, 'The New Economic Policy (NEP)'));
      const buttons = answerButtons(h, question);
      expect(await answer(h, question, alice, buttons.right)).toBe(Q.answerLocked);
      if (index === 1) expect(await answer(h, question, bob, buttons.right)).toBe(Q.answerLocked);
      await time.advance(SECONDS * 1000, settle(h));
    }

    const podium = fake.postedIn(channelId).at(-1);
    if (!podium) throw new Error('no podium');
    expect(embedOf(podium).title).toBe(Q.endTitle);
    const body = embedOf(podium).description ?? '';
    expect(body.indexOf('Alice')).toBeGreaterThan(-1);
    expect(body.indexOf('Alice')).toBeLessThan(body.indexOf('\\*\\*Bob\\*\\*')); // Bob's name shown as typed, escaped
    expect(body).not.toContain('Carol');

    // The leaderboard afterwards.
    const board = await fake.reply(await fake.command('leaderboard', {}, { user: carol, guildId: guild.id, channelId }));
    const text = embedOf(board).description ?? '';
    expect(text.indexOf('Alice')).toBeGreaterThan(-1);
    expect(text.indexOf('Alice')).toBeLessThan(text.indexOf('\\*\\*Bob\\*\\*'));
    const week = await fake.reply(await fake.command('leaderboard', { period: 'week' }, { user: carol, guildId: guild.id, channelId }));
    expect(embedOf(week).description).toContain('Alice');

    // A button from the finished round, pressed from a stale view, says privately that the quiz has ended.
    expect(await answer(h, seenByCarol, carol, q1Buttons.wrong)).toBe(Q.answerEnded);
    expect(fake.rejections).toEqual([]);
    expect(h.log.errors).toEqual([]);
  });

  it('says privately that the quiz has ended for a quiz button from before a restart', async () => {
    const h = await startHarness();
    const id = await h.bot.messenger.send(h.channelId, { body: 'Question from yesterday', buttons: [{ action: 'quiz:r-old:0:1', label: 'B · 1921' }] });
    const old = h.fake.postedIn(h.channelId).find((m) => m.id === id);
    if (!old) throw new Error('not posted');
    expect(await answer(h, old, alice, 'quiz:r-old:0:1')).toBe(Q.answerEnded);
  });
});

describe('/tutor on Discord', () => {
  it('needs Manage Server: the default permission hides it, and the handler checks again', async () => {
    const { fake, guild } = await startHarness();
    const registered = fake.globalCommands.find((c) => c.name === 'tutor');
    expect(registered?.['default_member_permissions']).toBe(String(PERMISSIONS.manageGuild));
    expect(registered?.['contexts']).toEqual([0]);

    await expect(fake.command('tutor', {}, { user: alice, guildId: guild.id, subcommand: 'missed' })).rejects.toThrow(/would not show/);
    // A server can override the default permission; the handler still refuses.
    for (const subcommand of ['missed', 'reset-leaderboard']) {
      const refused = await fake.reply(await fake.command('tutor', {}, { user: alice, guildId: guild.id, subcommand, override: true }));
      expect(isEphemeral(refused)).toBe(true);
      expect(embedOf(refused).description).toBe(MESSAGES.needsManageServer);
    }
    expect(fake.rejections).toEqual([]);
  });

  it('lists the questions the tutor could not answer, escaped', async () => {
    const { fake, guild } = await startHarness();
    await fake.reply(await fake.command('ask', { question: 'what is the _capital_ of france' }, { user: alice, guildId: guild.id }));
    const list = await fake.reply(await fake.command('tutor', {}, { user: teacher, guildId: guild.id, subcommand: 'missed', permissions: teacherPerms }));
    expect(isEphemeral(list)).toBe(true);
    expect(embedOf(list).title).toBe(MESSAGES.tutorMissedTitle);
    expect(embedOf(list).description).toContain('what is the \\_capital\\_ of france');
  });

  it('resets the leaderboard only after the confirmation button', async () => {
    const h = await startHarness();
    const { fake, guild, channelId, time } = h;
    await h.app.leaderboard.record({
      round: { roundId: 'r1', guildId: guild.id, channelId, starterId: teacher.id, starterName: 'Ms Smith', topicId: 'nep', questionCount: 1, limitMs: 10_000, flat: false },
      reason: 'completed',
      startedAt: time.now() - 20_000,
      endedAt: time.now(),
      questionIds: ['nep-quiz-01'],
      standings: [{ userId: alice.id, userName: 'Alice', rank: 1, score: 900, correct: 1, answered: 1, bestStreak: 1 }],
      answers: [{ questionId: 'nep-quiz-01', topic: 'nep', userId: alice.id, correct: true, points: 900 }],
    });
    const before = await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }));
    expect(embedOf(before).description).toContain('Alice');

    const prompt = await fake.reply(await fake.command('tutor', {}, { user: teacher, guildId: guild.id, subcommand: 'reset-leaderboard', permissions: teacherPerms }));
    expect(isEphemeral(prompt)).toBe(true);
    expect(embedOf(prompt).title).toBe(MESSAGES.tutorResetTitle);
    const [confirm, cancel] = buttonsOf(prompt);
    expect(confirm?.label).toBe(MESSAGES.tutorResetConfirmButton);

    const cancelled = await fake.reply(await fake.click(prompt, cancel?.custom_id ?? '', { user: teacher, guildId: guild.id, permissions: teacherPerms }));
    expect(embedOf(cancelled).description).toBe(MESSAGES.tutorResetCancelled);
    expect(embedOf(await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }))).description).toContain('Alice');

    const done = await fake.reply(await fake.click(prompt, confirm?.custom_id ?? '', { user: teacher, guildId: guild.id, permissions: teacherPerms }));
    expect(isEphemeral(done)).toBe(true);
    expect(embedOf(done).description).toBe(MESSAGES.tutorResetDone);
    expect(embedOf(await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }))).description).not.toContain('Alice');
    expect(fake.rejections).toEqual([]);
  });

  it('turns fair scoring on and off', async () => {
    const h = await startHarness();
    const { fake, guild } = h;
    const on = await fake.reply(await fake.command('tutor', { mode: 'on' }, { user: teacher, guildId: guild.id, subcommand: 'fairness', permissions: teacherPerms }));
    expect(embedOf(on).description).toBe(MESSAGES.tutorFairnessOn);
    expect(await h.app.leaderboard.flatScoring(guild.id)).toBe(true);
    const started = await fake.reply(await fake.command('quiz', { topic: 'nep' }, { user: teacher, guildId: guild.id, subcommand: 'start' }));
    expect(embedOf(started).description).toContain(Q.startScoring(true));
    const off = await fake.reply(await fake.command('tutor', { mode: 'off' }, { user: teacher, guildId: guild.id, subcommand: 'fairness', permissions: teacherPerms }));
    expect(embedOf(off).description).toBe(MESSAGES.tutorFairnessOff);
    expect(await h.app.leaderboard.flatScoring(guild.id)).toBe(false);
  });
});
