// End to end: a player's name is kept as they chose it (the teacher's export gives it so) and escaped only
// where Discord shows it, so Markdown in it shows as typed and nothing in it pings.
import { describe, expect, it } from 'vitest';
import { QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import { PERMISSIONS } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, makeUser, startHarness } from './harness.js';

const NAME = '> a_b *c* `d` ~~e~~ ||f|| @everyone';
const SHOWN = '\\> a\\_b \\*c\\* \\`d\\` \\~\\~e\\~\\~ \\|\\|f\\|\\| @everyone';
const player = makeUser('ab', NAME);
const teacher = makeUser('msmith', 'Ms Smith');
const SECONDS = 10;

describe("a player's name on Discord", () => {
  it('is exported as typed, and shown escaped (never pinging) in replies and posts', async () => {
    const h = await startHarness();
    const { fake, guild, channelId, time } = h;
    const settle = () => h.app.settled();
    const started = await fake.reply(await fake.command('quiz', { topic: 'nep', questions: QUIZ_DEFAULTS.minQuestions, seconds: SECONDS }, { user: player, guildId: guild.id, channelId, subcommand: 'start' }));
    expect(embedOf(started).description).toContain(Q.startBody(SHOWN, QUIZ_DEFAULTS.minQuestions, SECONDS));
    expect(started.allowedMentions).toEqual({ parse: [] });

    // The player answers every question (the first button: right or wrong, they played).
    await time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle);
    for (let i = 0; i < QUIZ_DEFAULTS.minQuestions; i++) {
      const question = fake.postedIn(channelId).at(-1);
      const button = question ? buttonsOf(question)[0] : undefined;
      if (!question || !button) throw new Error(`question ${i + 1} was not posted`);
      await fake.reply(await fake.click(question, button.custom_id, { user: player, guildId: guild.id, channelId }));
      await time.advance(SECONDS * 1000 + QUIZ_DEFAULTS.revealPauseMs, settle);
    }
    const podium = fake.postedIn(channelId).at(-1);
    if (!podium) throw new Error('no podium');
    expect(embedOf(podium).title).toBe(Q.endTitle);
    expect(embedOf(podium).fields?.[0]?.value).toContain(SHOWN);
    expect(podium.allowedMentions).toEqual({ parse: [] });

    const board = await fake.reply(await fake.command('leaderboard', {}, { user: player, guildId: guild.id, channelId }));
    expect(embedOf(board).description).toMatch(new RegExp(`^1\\. ${SHOWN.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')} — `));
    expect(board.allowedMentions).toEqual({ parse: [] });

    const exported = await fake.reply(await fake.command('tutor', {}, { user: teacher, guildId: guild.id, channelId, subcommand: 'export', permissions: PERMISSIONS.member | PERMISSIONS.manageGuild }));
    const file = (suffix: string) => exported.files.find((f) => f.name.endsWith(suffix))?.content ?? '';
    expect(file('.csv')).toContain(NAME);
    expect(file('.csv')).not.toContain('\\');
    expect(JSON.parse(file('.json')).players[player.id].name).toBe(NAME);
    expect(h.log.errors).toEqual([]);
  });
});
