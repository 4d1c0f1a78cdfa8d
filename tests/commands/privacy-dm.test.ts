// What /privacy says about direct messages and about questions typed to the tutor is what the tutor keeps:
// a student uses /ask, Remember this and /review in a DM, asks something it cannot answer with a name and an
// e-mail address in it, and the file kept for direct messages is read.
import { describe, expect, it } from 'vitest';
import { buildApp, LOCAL_GUILD_ID } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { MESSAGES, REVIEW_MESSAGES as R } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const action = (reply: Reply | undefined, label: (l: string) => boolean) => reply?.buttons?.find((b) => label(b.label))?.action ?? '';

describe('/privacy, on direct messages', () => {
  it('says what a DM keeps with the student\'s id (the review deck and cards reviewed a day), and that names typed into a question are taken out', async () => {
    const time = new FakeTime();
    const store = createMemoryGuildStore();
    const app = buildApp({ kb: await loadFixtureKnowledge(), store, clock: time, scheduler: time });
    const dm: CommandContext = { guildId: null, channelId: 'dm-1', userId: 'u-ann', userName: 'Ann', canManageServer: false };

    const answer = await app.router.runCommand('ask', { options: { question: 'why was the nep brought in' } }, dm);
    await app.router.runAction(action(answer, (l) => l === R.rememberButton), dm);
    const card = await app.router.runCommand('review', { options: {} }, dm);
    const shown = await app.router.runAction(action(card, (l) => l === R.showButton), dm);
    await app.router.runAction(action(shown, (l) => l.startsWith('Easy')), dm);
    await app.router.runCommand('ask', { options: { question: 'did Mr Hargreaves say photosynthesis is on the test, hargreaves@school.org' } }, dm);
    await app.settled();

    const kept = await store.load(LOCAL_GUILD_ID);
    // With the student's id: the deck and the day's count of cards reviewed, and nothing else.
    const withId = Object.entries(kept).filter(([, value]) => JSON.stringify(value).includes(dm.userId)).map(([section]) => section);
    expect(withId.sort()).toEqual(['activity', 'decks']);
    // The question is kept without an id; the e-mail address and the name are taken out.
    const missed = JSON.stringify(kept.missed);
    expect(missed).not.toContain('Hargreaves');
    expect(missed).toContain('Mr [name]');
    expect(missed).not.toContain('hargreaves@school.org');

    const privacy = await app.router.runCommand('privacy', { options: {} }, dm);
    expect(privacy?.body).toContain('only your review cards and how many you review each day. Also your exam date, if you gave one. They are kept with your Discord id.');
    expect(privacy?.body).toContain('Your questions are not kept with your name.');
    const more = (await app.router.runAction(action(privacy, (l) => l === MESSAGES.privacyMoreButton), dm))?.body ?? '';
    expect(more).toContain('**In direct messages** it keeps only your /review cards (and exam date, if you gave one) and how many you review each day.');
    expect(more).toContain('**Questions it could not answer** are kept without your id.');
  });
});
