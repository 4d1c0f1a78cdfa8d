// "Put these in order" on Discord (issue 15): four buttons pressed earliest first, each press answered
// privately, a press out of order ending that player's go, and the reveal naming the order and who got it.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES as C, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { chronologyQuestions, isOrderQuestion, type OrderQuestion } from '../../src/quiz/chronology.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import type { FakeMessage } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness, type Harness } from './harness.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const teacher = makeUser('msmith', 'Ms Smith');
const alice = makeUser('alice', 'Alice');
const bob = makeUser('bob', 'Bob');
const SECONDS = 20;

const event = (id: string, date: string, title: string): TimelineEvent => ({ id, date, title, topic: 'nep', sources: ['notes'] });
const settle = (h: Harness) => () => h.app.settled();

async function press(h: Harness, message: FakeMessage, user: typeof alice, customId: string): Promise<string | undefined> {
  const reply = await h.fake.reply(await h.fake.click(message, customId, { user, guildId: h.guild.id, channelId: h.channelId }));
  expect(isEphemeral(reply)).toBe(true);
  return embedOf(reply).description;
}

describe('an order question on Discord', () => {
  it('answers each press privately, ends a go at a press out of order, and reveals the order with who got it right', async () => {
    const fixture = await loadFixtureKnowledge();
    const kb = { ...fixture, events: [...fixture.events, event('e-lenin', '1924-01', 'Lenin dies'), event('e-fifteenth', '1927-12', 'Fifteenth Party Congress'), event('e-turn', '1929-11', 'The Great Turn')] };
    const questions = chronologyQuestions(kb.events, C).filter(isOrderQuestion);
    const question = questions[0] as OrderQuestion;
    const h = await startHarness({ kb, adapt: (app) => (app.rounds.useQuestions([question]), app) });
    await h.fake.reply(await h.fake.command('quiz', { topic: 'nep', questions: 3, seconds: SECONDS }, { user: teacher, guildId: h.guild.id, channelId: h.channelId, subcommand: 'start' }));
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    const posted = h.fake.postedIn(h.channelId)[0];
    if (!posted) throw new Error('the question was not posted');
    expect(embedOf(posted).description).toContain(C.orderPrompt);
    // The buttons in the right order (earliest first), by the event each names.
    const buttons = buttonsOf(posted);
    expect(buttons).toHaveLength(4);
    const inOrder = question.order.map((title) => buttons.find((b) => b.label.endsWith(` · ${title}`)));
    if (inOrder.some((b) => !b)) throw new Error('an event has no button');
    const ids = inOrder.map((b) => b?.custom_id ?? '');
    const keys = inOrder.map((b) => b?.label.slice(0, 1) ?? '');
    expect(keys).not.toEqual(['A', 'B', 'C', 'D']); // shown mixed

    expect(await press(h, posted, alice, ids[0] ?? '')).toBe(C.orderPlaced(keys.slice(0, 1), 3));
    expect(await press(h, posted, alice, ids[0] ?? '')).toBe(C.orderRepeated(keys[0] ?? '', keys.slice(0, 1))); // a double click
    expect(await press(h, posted, bob, ids[1] ?? '')).toBe(C.orderOutOfOrder(keys.slice(1, 2)));
    expect(await press(h, posted, alice, ids[1] ?? '')).toBe(C.orderPlaced(keys.slice(0, 2), 2));
    expect(await press(h, posted, alice, ids[2] ?? '')).toBe(C.orderPlaced(keys.slice(0, 3), 1));
    expect(await press(h, posted, alice, ids[3] ?? '')).toBe(C.orderDone(keys));

    await h.time.advance(SECONDS * 1000, settle(h));
    const reveal = h.fake.postedIn(h.channelId)[1];
    if (!reveal) throw new Error('the reveal was not posted');
    expect(embedOf(reveal).title).toBe(C.revealOrderTitle(keys));
    expect(embedOf(reveal).fields).toContainEqual(expect.objectContaining({ name: Q.revealRight(1), value: expect.stringMatching(/^Alice \+/) }));
    expect(buttonsOf(posted).every((b) => b.disabled)).toBe(true);
    expect(h.fake.rejections).toEqual([]);
    expect(h.log.errors).toEqual([]);
  });
});
