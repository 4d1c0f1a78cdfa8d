// Keeping students' data no longer than a teacher wants (or, where none is set, the bot's default: nothing
// is kept forever), and a removed server's file for 30 days only.
import { describe, expect, it } from 'vitest';
import { createRetention, RETENTION_DEFAULTS, sweptByShards } from '../../src/leaderboard/retention.js';
import { applyRoundResult } from '../../src/leaderboard/ranking.js';
import { LEADERBOARD_DEFAULTS } from '../../src/leaderboard/defaults.js';
import { createMemoryGuildStore, type GuildStore } from '../../src/store/guild-store.js';
import { freshGuildDocument, RETENTION_LIMITS } from '../../src/store/schema.js';
import { LOCAL_GUILD_ID } from '../../src/app.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck, readDeck } from '../../src/review/deck-text.js';
import { recordReview } from '../../src/report/activity.js';
import type { RoundResult } from '../../src/quiz/round.js';
import { FakeTime } from '../fakes/time.js';

const DAY = 86_400_000;

function roundBy(userIds: readonly string[], startedAt: number): RoundResult {
  return {
    round: { roundId: 'r', guildId: 'g1', channelId: 'c1', starterId: 'x', starterName: 'X', topicId: 'nep', questionCount: 1 } as RoundResult['round'],
    reason: 'completed',
    startedAt,
    endedAt: startedAt,
    questionIds: ['q'],
    answers: userIds.map((userId) => ({ questionId: 'q', topic: 'nep', userId, correct: true, points: 500 })),
    standings: userIds.map((userId, i) => ({ userId, userName: userId.toUpperCase(), score: 500, answered: 1, correct: 1, bestStreak: 1, rank: i + 1 })),
  };
}

async function play(store: GuildStore, time: FakeTime, userIds: readonly string[]) {
  await store.update('g1', (d) => applyRoundResult(d, roundBy(userIds, time.now()), new Date(time.now())));
}

function setup() {
  const time = new FakeTime();
  const store = createMemoryGuildStore();
  const errors: unknown[] = [];
  const retention = createRetention({ store, clock: time, scheduler: time, onError: (e) => errors.push(e) });
  return { time, store, retention, errors };
}

describe('retention', () => {
  it(`sweeps a server with no period of its own at the default, ${RETENTION_LIMITS.defaultDays} days: nothing is kept forever`, async () => {
    const { time, store, retention } = setup();
    await play(store, time, ['old']);
    await time.advance(100 * DAY);
    await play(store, time, ['recent']);
    await time.advance(300 * DAY);
    expect((await store.load('g1')).settings.retentionDays).toBeNull();
    expect(await retention.sweepAll()).toEqual({ serversDeleted: 0, playersDeleted: 1, missedDeleted: 0, copiesDeleted: 0 });
    const doc = await store.load('g1');
    expect(Object.keys(doc.players)).toEqual(['recent']);
    expect(JSON.stringify(doc)).not.toContain('"old"');
    expect(await retention.periodOf('g1')).toEqual({ days: 365, ownSetting: false });
  });

  it('sweeps the direct messages\' file (no teacher can set a period there) at the default too', async () => {
    const { time, store, retention } = setup();
    await store.update(LOCAL_GUILD_ID, (d) => {
      changeDeck(d, 'u-ann', (deck) => addCard(deck, 'note/old', time.now()));
      recordReview(d, 'u-ann', time.now());
    });
    await time.advance(200 * DAY);
    await store.update(LOCAL_GUILD_ID, (d) => changeDeck(d, 'u-ann', (deck) => addCard(deck, 'note/recent', time.now())));
    await time.advance(200 * DAY);
    await retention.sweepAll();
    const dm = await store.load(LOCAL_GUILD_ID);
    expect(Object.keys(readDeck(dm, 'u-ann'))).toEqual(['note/recent']);
    expect(dm.activity).toEqual({});
  });

  it('sweeps at once when started (after an upgrade, a server that never set a period loses what is older than the default at the first start)', async () => {
    const { time, store, retention } = setup();
    await play(store, time, ['old']);
    await time.advance(366 * DAY);
    retention.start();
    await time.advance(0);
    expect((await store.load('g1')).players).toEqual({});
    retention.stop();
  });

  it('uses RETENTION_DAYS as the default when it is set, and a server\'s own period over it', async () => {
    const time = new FakeTime();
    const store = createMemoryGuildStore();
    const retention = createRetention({ store, clock: time, scheduler: time, onError: () => {}, defaultDays: 30 });
    await play(store, time, ['a']);
    await store.update('g2', (d) => {
      d.settings.retentionDays = 3650;
      applyRoundResult(d, { ...roundBy(['b'], time.now()), round: { ...roundBy(['b'], time.now()).round, guildId: 'g2' } }, new Date(time.now()));
    });
    await time.advance(31 * DAY);
    await retention.sweepAll();
    expect((await store.load('g1')).players).toEqual({});
    expect(Object.keys((await store.load('g2')).players)).toEqual(['b']);
    expect(await retention.periodOf('g1')).toEqual({ days: 30, ownSetting: false });
    expect(await retention.periodOf('g2')).toEqual({ days: 3650, ownSetting: true });
    expect(retention.defaultDays).toBe(30);
  });

  it('deletes students not seen for the period, with their scores, at once and in the daily sweep', async () => {
    const { time, store, retention } = setup();
    await play(store, time, ['old']);
    await time.advance(20 * DAY);
    await play(store, time, ['recent']);
    await store.update('g1', (d) => d.missed.push({ question: 'who was mao', count: 1, lastAsked: new Date(time.now() - 40 * DAY).toISOString() }));
    await retention.setRetention('g1', 30);
    expect(Object.keys((await store.load('g1')).players)).toEqual(['old', 'recent']);
    expect((await store.load('g1')).missed).toEqual([]);
    retention.start();
    await time.advance(12 * DAY);
    const doc = await store.load('g1');
    expect(Object.keys(doc.players)).toEqual(['recent']);
    expect(JSON.stringify(doc)).not.toContain('"old"');
    retention.stop();
  });

  it('deletes a removed server’s file 30 days after removal, unless the bot was added back', async () => {
    const { time, store, retention } = setup();
    await play(store, time, ['a']);
    await store.update('g2', (d) => d.missed.push({ question: 'x', count: 1, lastAsked: new Date(time.now()).toISOString() }));
    await retention.serverRemoved('g1');
    await retention.serverRemoved('g2');
    await time.advance((RETENTION_DEFAULTS.removedServerKeptDays - 1) * DAY);
    await retention.serverPresent('g2');
    expect((await retention.sweepAll()).serversDeleted).toBe(0);
    await time.advance(DAY);
    expect((await retention.sweepAll()).serversDeleted).toBe(1);
    expect((await store.list()).sort()).toEqual(['g2']);
    expect(await store.load('g1')).toEqual(freshGuildDocument('g1'));
  });

  it('writes nothing for a server that is present and was never removed', async () => {
    const { store, retention } = setup();
    await retention.serverPresent('g9');
    expect(await store.list()).toEqual([]);
  });

  it('has the process running shard 0 sweep the direct messages\' file, and each shard its own servers', () => {
    // Server ids whose shard, of 2, is 0 and 1 ((id >> 22) % 2).
    const [even, odd] = [String(2n << 22n), String(3n << 22n)];
    const zero = sweptByShards([0], 2, LOCAL_GUILD_ID);
    const one = sweptByShards([1], 2, LOCAL_GUILD_ID);
    expect([LOCAL_GUILD_ID, even, odd].map((id) => zero?.(id))).toEqual([true, true, false]);
    expect([LOCAL_GUILD_ID, even, odd].map((id) => one?.(id))).toEqual([false, false, true]);
    expect(sweptByShards(undefined, 1, LOCAL_GUILD_ID)).toBeUndefined();
  });

  it('sweeps only the servers it is given (a shard sweeps its own)', async () => {
    const { time, store, retention } = setup();
    await retention.serverRemoved('g1');
    await time.advance(31 * DAY);
    expect((await retention.sweepAll((id) => id !== 'g1')).serversDeleted).toBe(0);
    expect(await store.list()).toEqual(['g1']);
  });
});

describe('the size of one server’s file', () => {
  it(`keeps at most ${LEADERBOARD_DEFAULTS.maxPlayers} players, the one seen longest ago going first`, () => {
    const doc = freshGuildDocument('g1');
    const t0 = Date.UTC(2025, 0, 6);
    const ids = Array.from({ length: LEADERBOARD_DEFAULTS.maxPlayers }, (_, i) => `u${i}`);
    applyRoundResult(doc, roundBy(ids, t0), new Date(t0));
    applyRoundResult(doc, roundBy(['u0', 'newcomer'], t0 + DAY), new Date(t0 + DAY));
    expect(Object.keys(doc.players)).toHaveLength(LEADERBOARD_DEFAULTS.maxPlayers);
    expect(Object.hasOwn(doc.players, 'newcomer')).toBe(true);
    expect(Object.hasOwn(doc.players, 'u0')).toBe(true);
    expect(Object.keys(doc.allTime)).toHaveLength(LEADERBOARD_DEFAULTS.maxPlayers);
  });
});
