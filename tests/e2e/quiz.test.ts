// End to end: a full quiz round with three players on the fake Discord (a double click, a late click),
// the leaderboard afterwards, stale buttons, and the teacher's /tutor commands with Manage Server.
import { describe, expect, it } from 'vitest';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import type { FakeGuild, FakeMessage } from './fake-discord/fake-discord.js';
import { PERMISSIONS, snowflake } from './fake-discord/fake-discord.js';
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

  it('can be stopped by its starter or a moderator (Manage Messages or Manage Server), not by another player', async () => {
    const h = await startHarness();
    const stop = async (user: typeof alice, permissions = PERMISSIONS.member) =>
      embedOf(await h.fake.reply(await h.fake.command('quiz', {}, { user, guildId: h.guild.id, channelId: h.channelId, subcommand: 'stop', permissions }))).description;
    for (const moderator of [PERMISSIONS.member | PERMISSIONS.manageMessages, teacherPerms]) {
      await h.fake.reply(await h.fake.command('quiz', { topic: 'nep' }, { user: alice, guildId: h.guild.id, channelId: h.channelId, subcommand: 'start' }));
      expect(await stop(bob)).toBe(Q.stopNotAllowed('Alice'));
      expect(await stop(carol, moderator)).toBe(Q.stopped('Carol'));
      expect(h.app.rounds.current(h.guild.id, h.channelId)).toBeUndefined();
      await h.time.advance(0, settle(h));
    }
  });

  it('says privately that the quiz has ended for a quiz button from before a restart', async () => {
    const h = await startHarness();
    const id = await h.bot.messenger.send(h.channelId, { body: 'Question from yesterday', buttons: [{ action: 'quiz:r-old:0:1', label: 'B · 1921' }] });
    const old = h.fake.postedIn(h.channelId).find((m) => m.id === id);
    if (!old) throw new Error('not posted');
    expect(await answer(h, old, alice, 'quiz:r-old:0:1')).toBe(Q.answerEnded);
  });
});

describe('a quiz where the bot cannot post', () => {
  const start = (h: Harness, channelId: string) =>
    h.fake.command('quiz', { topic: 'nep', questions: 3, seconds: SECONDS }, { user: teacher, guildId: h.guild.id, channelId, subcommand: 'start' }).then((i) => h.fake.reply(i));
  const names = Q.postingPermission;

  it('refuses privately, naming what the bot lacks in the channel, and starts nothing', async () => {
    const h = await startHarness();
    const { fake, channelId } = h;
    for (const [lacking, named] of [
      [PERMISSIONS.sendMessages | PERMISSIONS.embedLinks, [names['send-messages'], names['embed-links']]],
      [PERMISSIONS.viewChannel, [names['view-channel']]],
      [PERMISSIONS.embedLinks, [names['embed-links']]],
    ] as const) {
      fake.botPermissions.set(channelId, PERMISSIONS.bot & ~lacking);
      const refused = await start(h, channelId);
      expect(isEphemeral(refused)).toBe(true);
      expect(embedOf(refused).description).toBe(Q.cannotPost(named));
      expect(h.app.rounds.current(h.guild.id, channelId)).toBeUndefined();
    }
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(fake.postedIn(channelId)).toEqual([]);
    expect(fake.rejections).toEqual([]);

    // An administrator may do anything, wherever.
    fake.botPermissions.set(channelId, PERMISSIONS.administrator);
    expect(embedOf(await start(h, channelId)).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
  });

  it('in a thread, needs Send Messages in Threads rather than Send Messages', async () => {
    const guild: FakeGuild = { id: snowflake(), name: 'Year 12 History', channelIds: [snowflake()], threadIds: [snowflake()] };
    const h = await startHarness({ guilds: [guild] });
    const thread = guild.threadIds?.[0] ?? '';
    h.fake.botPermissions.set(thread, PERMISSIONS.bot & ~PERMISSIONS.sendMessagesInThreads);
    expect(embedOf(await start(h, thread)).description).toBe(Q.cannotPost([names['send-messages-in-threads']]));

    h.fake.botPermissions.set(thread, PERMISSIONS.bot & ~PERMISSIONS.sendMessages);
    expect(embedOf(await start(h, thread)).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(embedOf(h.fake.postedIn(thread)[0] ?? ({} as FakeMessage)).title).toBe(Q.questionTitle(1, 3, 'The New Economic Policy (NEP)'));
    expect(h.fake.rejections).toEqual([]);
  });

  it('ends the round when its first question cannot be posted after all, rather than running on unseen', async () => {
    const h = await startHarness();
    const { fake, channelId } = h;
    expect(embedOf(await start(h, channelId)).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    // The permission is taken away between the start and the first question.
    fake.botPermissions.set(channelId, PERMISSIONS.bot & ~PERMISSIONS.sendMessages);
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));

    expect(h.app.rounds.current(h.guild.id, channelId)).toBeUndefined();
    expect(fake.rejections.map((r) => r.code)).toEqual([50013]); // one try, no reveal or podium posted into the same wall
    expect(h.log.errors).toHaveLength(1);
    expect(h.log.errors[0]?.message).toMatch(/cannot post in channel/);
    // The channel is free for a new round once the bot may post again.
    fake.botPermissions.delete(channelId);
    expect(embedOf(await start(h, channelId)).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(fake.postedIn(channelId)).toHaveLength(1);
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

  it('keeps a question with Markdown once, as typed, and lists it escaped', async () => {
    const { fake, guild, app } = await startHarness();
    for (const question of ['what is the _capital_ of **france**', 'what is the capital of france'])
      await fake.reply(await fake.command('ask', { question }, { user: alice, guildId: guild.id }));
    const list = await fake.reply(await fake.command('tutor', {}, { user: teacher, guildId: guild.id, subcommand: 'missed', permissions: teacherPerms }));
    expect(isEphemeral(list)).toBe(true);
    expect(embedOf(list).title).toBe(MESSAGES.tutorMissedTitle);
    expect(embedOf(list).description).toMatch(/^1\. 2× what is the \\_capital\\_ of \\\*\\\*france\\\*\\\* \(last /);
    // Kept as typed, without escapes: the console (which escapes nothing) shows it so.
    const kept = await app.router.runCommand('missed', { options: {} }, { guildId: guild.id, channelId: '', userId: teacher.id, userName: 'Ms Smith', canManageServer: true, surface: 'console' });
    expect(kept?.body).toMatch(/^1\. 2× what is the _capital_ of \*\*france\*\* \(last /);
  });

  it('resets the leaderboard only after the confirmation button, whose outcome replaces the prompt and its buttons', async () => {
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

    const asTeacher = { user: teacher, guildId: guild.id, permissions: teacherPerms };
    const ask = () => fake.command('tutor', {}, { ...asTeacher, subcommand: 'reset-leaderboard' }).then((i) => fake.reply(i));
    /** Presses a button of the prompt; its outcome takes the prompt's place (an update, not a new message). */
    const press = async (prompt: FakeMessage, customId: string) => {
      const interaction = await fake.click(prompt, customId, asTeacher);
      await fake.waitFor(() => interaction.response !== undefined, 'the press to be answered');
      expect(interaction.response?.type).toBe(7);
      expect(interaction.followUps).toEqual([]);
      return prompt;
    };

    const prompt = await ask();
    expect(isEphemeral(prompt)).toBe(true);
    expect(embedOf(prompt).title).toBe(MESSAGES.tutorResetTitle);
    const [confirm, cancel] = buttonsOf(prompt);
    expect(confirm?.label).toBe(MESSAGES.tutorResetConfirmButton);

    // Cancel: the prompt says so and has no buttons left, so a misclick on "Yes" afterwards is impossible.
    const cancelled = await press(prompt, cancel?.custom_id ?? '');
    expect(embedOf(cancelled).description).toBe(MESSAGES.tutorResetCancelled);
    expect(buttonsOf(cancelled)).toEqual([]);
    expect(isEphemeral(cancelled)).toBe(true);
    await expect(fake.click(prompt, confirm?.custom_id ?? '', asTeacher)).rejects.toThrow(/no button/);
    expect(embedOf(await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }))).description).toContain('Alice');

    // A modified client presses the new prompt's Yes on another message (a leaderboard reply): nothing
    // is reset and that message is not replaced; the press is refused privately.
    const other = await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }));
    const decoy = await ask();
    const forged = await fake.forgeClick(other, buttonsOf(decoy)[0]?.custom_id ?? '', asTeacher);
    await fake.waitFor(() => forged.response !== undefined, 'the forged press to be answered');
    expect(forged.response?.type).toBe(4);
    expect(embedOf(await fake.reply(forged)).description).toBe(MESSAGES.unknownAction);
    expect(embedOf(other).description).toContain('Alice');
    expect(embedOf(await fake.reply(await fake.command('leaderboard', {}, { user: alice, guildId: guild.id }))).description).toContain('Alice');

    // Yes, on a new prompt: the leaderboard is reset once, and the prompt has no buttons left to press again.
    const again = await ask();
    const done = await press(again, buttonsOf(again)[0]?.custom_id ?? '');
    expect(embedOf(done).description).toBe(MESSAGES.tutorResetDone);
    expect(buttonsOf(done)).toEqual([]);
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
