// What direct messages keep belongs to the student, not to any server: a teacher's /tutor forget and /tutor export
// user: cover their own server only, never reading or writing the direct messages' file (on Discord another
// process owns it, so a write from a server's process could bring forgotten data back), and say how the student
// deletes or gets it; /forget-me in a DM says it deletes what DMs keep, not "this server"'s data.
import { describe, expect, it } from 'vitest';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { DATA_MESSAGES, MESSAGES } from '../../src/messages.js';
import { recordReview } from '../../src/report/activity.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck, readDeck } from '../../src/review/deck-text.js';
import { createMemoryGuildStore, type GuildStore } from '../../src/store/guild-store.js';
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

async function playRound(h: Harness, name: string): Promise<void> {
  await h.start(name, { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    await h.answer(name, true);
    await h.wait(10_000);
  }
}

/** A store that notes every server file read or written while `watching`. */
function watchedStore(): { store: GuildStore; touched: Set<string>; watch(on: boolean): void } {
  const inner = createMemoryGuildStore();
  const touched = new Set<string>();
  let watching = false;
  const note = (guildId: string) => void (watching && touched.add(guildId));
  const store: GuildStore = {
    ...inner,
    load: (guildId) => (note(guildId), inner.load(guildId)),
    update: (guildId, change) => (note(guildId), inner.update(guildId, change)),
    remove: (guildId) => (note(guildId), inner.remove(guildId)),
  };
  return { store, touched, watch: (on) => void (watching = on) };
}

describe('/tutor forget and the direct messages', () => {
  it("deletes this server's data only: the student's direct-message deck and daily counts stay, unnamed, and the reply says how the student deletes them", async () => {
    const h = quizHarness();
    await playRound(h, 'Alice');
    await dmCard(h, 'u-alice');
    const reply = await forget(h, 'u-alice');
    expect(reply).toMatchObject({ private: true, tone: 'success' });
    expect(reply.body).toBe(`${MESSAGES.tutorForgetDone('Alice', [P.scores, P.days(1)])} ${DATA_MESSAGES.forgetNotDms}`);
    expect(reply.body).not.toContain('review deck');
    expect(reply.body).toContain('/forget-me in a DM');
    expect(JSON.stringify(await h.store.load('g1'))).not.toContain('u-alice');
    const dm = await h.store.load('local');
    expect(Object.keys(readDeck(dm, 'u-alice'))).toEqual(['note/u-alice']);
    expect(dm.activity).not.toEqual({});
  });

  it("never deletes, nor tells of, the direct-message data of someone the server keeps nothing about, picked by their Discord id", async () => {
    const h = quizHarness();
    await dmCard(h, DISCORD_ID);
    const before = JSON.stringify(await h.store.load('local'));
    const reply = await forget(h, DISCORD_ID);
    expect(reply).toMatchObject({ body: `${MESSAGES.tutorForgetNothing(`<@${DISCORD_ID}>`)} ${DATA_MESSAGES.forgetNotDms}`, private: true, tone: 'info' });
    expect(reply.body).not.toContain('card');
    expect(JSON.stringify(await h.store.load('local'))).toBe(before);
  });

  it("/tutor forget, /tutor export user: and /my-data in a server never read or write the direct messages' file", async () => {
    const watched = watchedStore();
    const h = quizHarness({ store: watched.store });
    await playRound(h, 'Alice');
    await dmCard(h, 'u-alice');
    watched.watch(true);
    await h.command('Ms Smith', 'tutor', { subcommand: 'export', options: { user: 'u-alice' } }, { mod: true });
    await h.command('Alice', 'my-data', {});
    await forget(h, 'u-alice');
    await forget(h, DISCORD_ID);
    watched.watch(false);
    expect([...watched.touched]).toEqual(['g1']);
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
