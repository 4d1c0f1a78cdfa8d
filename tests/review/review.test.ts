// /review as a student uses it: what goes into the deck from a quiz round and "Remember this", a private
// session card by card, the 20-card limit, "nothing due", and buttons of a session that has ended.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { CHRONOLOGY_MESSAGES, REVIEW_MESSAGES as R } from '../../src/messages.js';
import { chronologyQuestions } from '../../src/quiz/chronology.js';
import { addMisses, cardKey } from '../../src/review/cards.js';
import { changeDeck } from '../../src/review/deck-text.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';
import { quizHarness, textOf, type Harness } from '../quiz/harness.js';

const DAY = 86_400_000;

function button(reply: Reply | undefined, match: (b: { label: string; key?: string }) => boolean): string {
  const b = reply?.buttons?.find(match);
  if (!b) throw new Error(`no such button in ${JSON.stringify(reply?.buttons?.map((x) => x.label))}`);
  return b.action;
}
const press = async (h: Harness, name: string, action: string) => {
  const reply = await h.app.router.runAction(action, h.ctx(name));
  if (!reply) throw new Error('no handler');
  return reply;
};
const review = (h: Harness, name: string) => h.command(name, 'review', {});
/** The choice button of a quiz card that is right (or wrong): the harness's right answers start with "right". */
const choice = (reply: Reply, right: boolean) => button(reply, (b) => (b.key ?? '').length === 1 && /^[A-D]$/.test(b.key ?? '') && b.label.includes(' · right') === right);

/** Alice gets question 1 right, question 2 wrong and leaves question 3; Bob joins at question 3 and gets it wrong. */
async function playRound(h: Harness): Promise<void> {
  await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
  await h.answer('Alice', true);
  await h.wait(10_000);
  await h.answer('Alice', false);
  await h.wait(10_000);
  await h.answer('Bob', false);
  await h.wait(10_000);
}

describe('/review', () => {
  it('reviews what a student got wrong or left unanswered in a round, card by card, then says what is next', async () => {
    const h = quizHarness();
    expect(textOf(await review(h, 'Alice'))).toContain(R.emptyDeck);
    await playRound(h);

    const first = await review(h, 'Alice');
    expect(first.private).toBe(true);
    expect(first.title).toMatch(/^Review card 1 · The New Economic Policy \(NEP\)$/);
    expect(first.footer).toBe(R.cardFooter(2));
    expect(first.buttons?.map((b) => b.key)).toEqual(['A', 'B', 'C', 'D', 'X']);

    const right = await press(h, 'Alice', choice(first, true));
    expect(right).toMatchObject({ title: R.right, update: true, private: true });
    expect(right.body).toMatch(/Because of nep \d+\./);
    expect(right.fields?.[0]?.value).toMatch(/^in 10 minutes \(Monday 6 January 2025, 09:\d\d\)$/);

    const second = await press(h, 'Alice', button(right, (b) => b.label === R.nextButton));
    expect(second.title).toMatch(/^Review card 2/);
    const wrong = await press(h, 'Alice', choice(second, false));
    expect(wrong.title).toMatch(/^Not quite: the answer is right \d+$/);
    expect(wrong.buttons ?? []).toEqual([]);
    expect(textOf(wrong)).toContain(R.allDone(2, 'in 1 minute'));

    // The first card's button, pressed again from an old view: the session is over.
    expect(await press(h, 'Alice', choice(first, false))).toMatchObject({ body: R.stale, private: true });
    expect(textOf(await review(h, 'Alice'))).toContain('Nothing is due just now: your next card is due in 1 minute. Your deck has 2 cards.');

    // Bob joined at the last question: only that one went into his deck.
    const bobs = await review(h, 'Bob');
    expect(bobs.footer).toBe(R.cardFooter(1));
  });

  it('brings a card answered wrongly back sooner than one answered rightly, over the days that follow', async () => {
    const h = quizHarness();
    await playRound(h);
    const first = await review(h, 'Alice');
    const outcome = await press(h, 'Alice', choice(first, true));
    const second = await press(h, 'Alice', button(outcome, (b) => b.label === R.nextButton));
    await press(h, 'Alice', choice(second, false));
    const promptOf = (r: Reply) => r.body;
    const rightPrompt = promptOf(first);
    const wrongPrompt = promptOf(second);

    await h.wait(2 * 60_000);
    const soon = await review(h, 'Alice');
    expect(soon.body).toBe(wrongPrompt);
    expect(soon.footer).toBe(R.cardFooter(1));
    await press(h, 'Alice', choice(soon, true));
    await h.wait(15 * 60_000);
    const later = await review(h, 'Alice');
    expect(later.body).toBe(rightPrompt);
    const good = await press(h, 'Alice', choice(later, true));
    expect(good.fields?.[0]?.value).toMatch(/^in \d+ days? /);
    // Half a day on, the card once answered wrongly is due again (it is still being learnt); the other is not.
    await h.wait(DAY / 2);
    const next = await review(h, 'Alice');
    expect(next.body).toBe(wrongPrompt);
    expect(next.footer).toBe(R.cardFooter(1));
  });

  it('brings back a date question missed in a round, and a "put these in order" one as "which happened first?"', async () => {
    const kb = await loadRealKnowledge();
    const h = quizHarness({ kb });
    const dated = chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES);
    const year = dated.find((q) => !q.order);
    const order = dated.find((q) => q.order);
    if (!year || !order) throw new Error('no date questions');
    await h.store.update('g1', (d) => changeDeck(d, 'u-alice', (deck) => addMisses(deck, [cardKey('quiz', year.id), cardKey('quiz', order.id)], h.time.now())));
    const first = await review(h, 'Alice');
    expect(first.footer).toBe(R.cardFooter(2));
    const second = await press(h, 'Alice', button(await press(h, 'Alice', choice(first, false)), (b) => b.label === R.nextButton));
    expect([first.body, second.body].sort()).toEqual([year.prompt, CHRONOLOGY_MESSAGES.firstPrompt].sort());
  });

  it('stops a session after 20 cards and says how many more are due', async () => {
    const h = quizHarness();
    await h.store.update('g1', (d) => changeDeck(d, 'u-alice', (deck) => addMisses(deck, h.app.kb.quiz.map((q) => cardKey('quiz', q.id)), h.time.now())));
    let reply = await review(h, 'Alice');
    for (let n = 1; n < 20; n++) {
      const outcome = await press(h, 'Alice', choice(reply, true));
      reply = await press(h, 'Alice', button(outcome, (b) => b.label === R.nextButton));
    }
    expect(reply.title).toMatch(/^Review card 20/);
    const last = await press(h, 'Alice', choice(reply, true));
    expect(last.buttons ?? []).toEqual([]);
    expect(textOf(last)).toContain(R.limitReached(20, 4));
  });

  it('ends a session with Stop, and a second press on a card changes nothing', async () => {
    const h = quizHarness();
    await playRound(h);
    const first = await review(h, 'Alice');
    const answered = await press(h, 'Alice', choice(first, false));
    expect(answered.title).toMatch(/^Not quite/);
    expect(await press(h, 'Alice', choice(first, true))).toMatchObject({ body: R.alreadyDone });
    const stopped = await press(h, 'Alice', button(answered, (b) => b.label === R.stopButton));
    expect(stopped.body).toBe(R.stopped(1, 1));
    expect(await press(h, 'Alice', button(answered, (b) => b.label === R.nextButton))).toMatchObject({ body: R.stale });
    // Another student cannot press Alice's buttons.
    const again = await review(h, 'Alice');
    expect(await press(h, 'Bob', choice(again, true))).toMatchObject({ body: R.stale });
  });

  it('says a session has ended when its buttons are pressed after a restart', async () => {
    const store = createMemoryGuildStore();
    const h = quizHarness({ store });
    await playRound(h);
    const first = await review(h, 'Alice');
    const restarted = quizHarness({ store });
    const reply = await restarted.app.router.runAction(choice(first, true), restarted.ctx('Alice'));
    expect(reply).toMatchObject({ body: R.stale, private: true });
  });
});

  it('holds back a card whose question a round in the server is asking, in any channel, until the round is over', async () => {
    const h = quizHarness();
    await playRound(h);
    const shownBefore = await review(h, 'Alice');
    // Bob starts a round in another channel that asks every NEP question, Alice's two cards among them.
    await h.start('Bob', { topic: 'nep', questions: 12, seconds: 60 }, { channel: 'c2' });
    const during = await review(h, 'Alice');
    expect(textOf(during)).toContain(R.heldBack);
    expect(during.buttons ?? []).toEqual([]);
    expect(textOf(during)).not.toMatch(/Because of nep|right \d/);
    // A card on show from before the round is not answered either: no "Right!" and no explanation.
    const pressed = await press(h, 'Alice', choice(shownBefore, true));
    expect(pressed.title).not.toBe(R.right);
    expect(textOf(pressed)).not.toMatch(/Because of nep/);
    expect(textOf(pressed)).toContain(R.heldBack);

    await h.stop('Bob', { channel: 'c2' });
    const after = await review(h, 'Alice');
    expect(after.footer).toBe(R.cardFooter(2));
    expect(textOf(after)).not.toContain(R.heldBack);
  });

describe('Remember this', () => {
  it('keeps an /ask answer for review: shown, then revealed and rated Again, Hard, Good or Easy', async () => {
    const time = new FakeTime();
    const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time });
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false };
    const answer = await app.router.runCommand('ask', { options: { question: 'why was the nep brought in' } }, ctx);
    expect(answer?.buttons?.at(-1)).toMatchObject({ label: R.rememberButton, key: 'R' });
    const kept = await app.router.runAction(button(answer, (b) => b.label === R.rememberButton), ctx);
    expect(kept).toMatchObject({ body: R.remembered('Why did Lenin introduce the NEP?'), private: true });
    expect((await app.router.runAction(button(answer, (b) => b.label === R.rememberButton), ctx))?.body).toBe(R.rememberedAlready('Why did Lenin introduce the NEP?'));

    const card = await app.router.runCommand('review', { options: {} }, ctx);
    expect(card?.body).toContain('**Why did Lenin introduce the NEP?**');
    expect(card?.body).not.toContain('Kronstadt');
    const shown = await app.router.runAction(button(card, (b) => b.label === R.showButton), ctx);
    expect(shown?.body).toContain('Kronstadt');
    expect(shown?.buttons?.map((b) => b.label)).toEqual(['Again (1 min)', 'Hard (6 min)', 'Good (10 min)', 'Easy (8 days)', R.stopButton]);
    const graded = await app.router.runAction(button(shown, (b) => b.label.startsWith('Easy')), ctx);
    expect(textOf(graded)).toContain(R.allDone(1, null).slice(0, 40));
    expect(textOf(graded)).toMatch(/next card is due in 8 days \(Tuesday 14 January 2025, 09:00\)/);

    // In a direct message the student has a deck of their own there.
    const dm = { ...ctx, guildId: null };
    expect((await app.router.runCommand('review', { options: {} }, dm))?.body).toBe(R.emptyDeck);
  });
});
