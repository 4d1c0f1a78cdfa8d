// What direct messages keep is within reach: a teacher's /tutor forget deletes the student's direct-message
// data too (their review deck and daily counts), and /forget-me in a DM says it deletes what DMs keep, not
// "this server"'s data.
import { describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { DATA_MESSAGES, MESSAGES } from '../../src/messages.js';
import { recordReview } from '../../src/report/activity.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck, readDeck } from '../../src/review/deck-text.js';
import { quizHarness, type Harness } from '../quiz/harness.js';

const P = MESSAGES.tutorForgetParts;
const DISCORD_ID = '123456789012345678';
const forget = (h: Harness, user: string) => h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user } }, { mod: true });
const dmCard = (h: Harness, userId: string) =>
  h.store.update('local', (d) => {
    changeDeck(d, userId, (deck) => addCard(deck, `note/${userId}`, h.time.now()));
    recordReview(d, userId, h.time.now());
  });
const button = (reply: Reply | undefined, key: string) => reply?.buttons?.find((b) => b.key === key)?.action ?? '';

describe('/tutor forget, with direct messages', () => {
  it('deletes the student\'s direct-message deck and daily counts too, says so, and leaves other students\'', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    for (let q = 0; q < 3; q++) {
      await h.answer('Alice', true);
      await h.wait(10_000);
    }
    await dmCard(h, 'u-alice');
    await dmCard(h, 'u-bob');
    const reply = await forget(h, 'u-alice');
    expect(reply).toMatchObject({ private: true, tone: 'success' });
    expect(reply.body).toBe(`${MESSAGES.tutorForgetDone('Alice', [P.scores, P.days(1)])} ${DATA_MESSAGES.forgetDmToo([P.cards(1), P.days(1)])}`);
    const dm = await h.store.load('local');
    expect(JSON.stringify(dm)).not.toContain('u-alice');
    expect(Object.keys(readDeck(dm, 'u-bob'))).toEqual(['note/u-bob']);
  });

  it('deletes a student kept only in direct messages, picked by their Discord id', async () => {
    const h = quizHarness();
    await dmCard(h, DISCORD_ID);
    const reply = await forget(h, DISCORD_ID);
    expect(reply.body).toBe(DATA_MESSAGES.forgetOnlyDm(`<@${DISCORD_ID}>`, [P.cards(1), P.days(1)]));
    expect(JSON.stringify(await h.store.load('local'))).not.toContain(DISCORD_ID);
    expect((await forget(h, DISCORD_ID)).body).toBe(MESSAGES.tutorForgetNothing(`<@${DISCORD_ID}>`));
  });
});

describe('/forget-me in a direct message', () => {
  it('asks about, and deletes, what direct messages keep: its title never speaks of a server', async () => {
    const h = quizHarness();
    await dmCard(h, 'u-alice');
    const dm: CommandContext = { ...h.ctx('Alice'), guildId: null };
    const prompt = await h.app.router.runCommand('forget-me', { options: {} }, dm);
    expect(prompt).toMatchObject({ title: DATA_MESSAGES.forgetMeDmTitle, body: DATA_MESSAGES.forgetMeDmConfirm, private: true });
    expect(prompt?.title).not.toMatch(/server/i);
    expect(prompt?.title).toContain('direct messages');
    const done = await h.app.router.runAction(button(prompt, 'Y'), dm);
    expect(done).toMatchObject({ body: DATA_MESSAGES.forgetMeDmDone, update: true });
    expect(done?.body).not.toContain('server');
    expect((await h.store.load('local')).decks).toEqual({});
    expect((await h.app.router.runAction(button(prompt, 'Y'), dm))?.body).toBe(DATA_MESSAGES.forgetMeDmNothing);
  });

  it('keeps the server wording in a server', async () => {
    const h = quizHarness();
    expect(await h.command('Alice', 'forget-me', {})).toMatchObject({ title: MESSAGES.forgetMeTitle, body: MESSAGES.forgetMeConfirm });
  });
});
