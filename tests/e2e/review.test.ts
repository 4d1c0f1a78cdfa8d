// End to end on the fake Discord: an /ask answer kept with "Remember this", then a private /review session
// on it (shown, revealed, rated), the session's end, and a button of the ended session.
import { describe, expect, it } from 'vitest';
import { REVIEW_MESSAGES as R } from '../../src/messages.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness } from './harness.js';

const ann = makeUser('ann', 'Ann');

describe('/review on Discord', () => {
  it('keeps an answer with Remember this, then reviews it privately: shown, revealed, rated Good', async () => {
    const { fake, guild } = await startHarness();
    const as = { user: ann, guildId: guild.id };
    const answer = await fake.reply(await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, as));
    const remember = buttonsOf(answer).find((b) => b.label === R.rememberButton);
    const kept = await fake.reply(await fake.click(answer, remember?.custom_id ?? '', as));
    expect(isEphemeral(kept)).toBe(true);
    expect(embedOf(kept).description).toBe(R.remembered('Why did Lenin introduce the NEP?'));

    const card = await fake.reply(await fake.command('review', {}, as));
    expect(isEphemeral(card)).toBe(true);
    expect(embedOf(card).title).toBe(R.cardTitle(1, 'The New Economic Policy (NEP)'));
    expect(embedOf(card).description).not.toContain('War Communism');
    expect(card.allowedMentions).toEqual({ parse: [] });

    // Each press replaces the card in place (an update of the private message), no new message.
    const show = await fake.click(card, buttonsOf(card).find((b) => b.label === R.showButton)?.custom_id ?? '', as);
    await fake.waitFor(() => show.response !== undefined, 'the reveal');
    expect(show.response?.type).toBe(7);
    expect(embedOf(card).description).toContain('War Communism');
    const labels = buttonsOf(card).map((b) => b.label);
    expect(labels.slice(0, 4)).toEqual(['Again (1 min)', 'Hard (6 min)', 'Good (10 min)', 'Easy (8 days)']);

    const good = await fake.click(card, buttonsOf(card).find((b) => b.label.startsWith('Good'))?.custom_id ?? '', as);
    await fake.waitFor(() => good.response !== undefined, 'the grade');
    expect(embedOf(card).title).toBe(R.endTitle);
    expect(embedOf(card).description).toMatch(/That is everything due: you reviewed 1 card\. Your next card is due in 10 minutes/);
    expect(buttonsOf(card)).toEqual([]);

    // A second /review now: nothing due, and when the next card is.
    const nothing = await fake.reply(await fake.command('review', {}, as));
    expect(embedOf(nothing).description).toMatch(/^Nothing is due just now: your next card is due in 10 minutes \(.+\)\. Your deck has 1 card\.$/);
    expect(fake.rejections).toEqual([]);
  });

  it('says the session has ended when a button of an ended session is pressed', async () => {
    const { fake, guild } = await startHarness();
    const as = { user: ann, guildId: guild.id };
    const answer = await fake.reply(await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, as));
    await fake.reply(await fake.click(answer, buttonsOf(answer).find((b) => b.label === R.rememberButton)?.custom_id ?? '', as));
    const first = await fake.reply(await fake.command('review', {}, as));
    const oldShow = buttonsOf(first).find((b) => b.label === R.showButton)?.custom_id ?? '';
    // A new /review starts a new session: the first one's buttons are stale now.
    await fake.reply(await fake.command('review', {}, as));
    const stale = await fake.reply(await fake.click(first, oldShow, as));
    expect(isEphemeral(stale)).toBe(true);
    expect(embedOf(stale).description).toBe(R.stale);
    expect(fake.rejections).toEqual([]);
  });
});
