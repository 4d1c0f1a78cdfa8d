// Discord tells the bot it was removed from a server: the server's file is marked, to be deleted 30 days
// later; added back, the mark goes. Retention itself is tested in tests/leaderboard/retention.test.ts.
import { describe, expect, it } from 'vitest';
import { LOCAL_GUILD_ID } from '../../src/app.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { snowflake } from './fake-discord/fake-discord.js';
import { startHarness } from './harness.js';

describe('the bot removed from a server', () => {
  it('marks the server removed when Discord says so, and present again when the bot is added back', async () => {
    const done: Promise<void>[] = [];
    const { fake, guild, app } = await startHarness({
      adapt: (built) => ({
        ...built,
        retention: {
          ...built.retention,
          serverRemoved: (id) => done[done.push(built.retention.serverRemoved(id)) - 1] as Promise<void>,
          serverPresent: (id) => done[done.push(built.retention.serverPresent(id)) - 1] as Promise<void>,
        },
      }),
    });
    const removedAt = async () => (await app.leaderboard.document(guild.id)).settings.removedAt;
    // At start, every server the bot is in is marked present.
    await fake.waitFor(() => done.length >= 1, 'the servers of the start');
    await Promise.all(done);
    expect(await removedAt()).toBeNull();
    fake.removeBotFrom(guild.id);
    await fake.waitFor(() => done.length >= 2, 'the GUILD_DELETE');
    await Promise.all(done);
    expect(await removedAt()).not.toBeNull();
    fake.addBotBackTo(guild.id);
    await fake.waitFor(() => done.length >= 3, 'the GUILD_CREATE');
    await Promise.all(done);
    expect(await removedAt()).toBeNull();
  });

  it('marks a server that removed the bot while it was offline, at start, and not the console\'s or a present one', async () => {
    const store = createMemoryGuildStore();
    const gone = snowflake();
    for (const id of [gone, LOCAL_GUILD_ID]) await store.update(id, (draft) => void (draft.players.u1 = { name: 'Alice', bestStreak: 0, roundsPlayed: 1, roundsWon: 0, lastSeen: '2025-01-06T09:00:00.000Z' }));
    const { fake, guild, log } = await startHarness({ store });
    const removedAt = async (id: string) => (await store.load(id)).settings.removedAt;
    await fake.waitFor(() => log.lines.some((l) => l.message.startsWith('marked removed')), 'the servers left while offline');
    expect(await removedAt(gone)).not.toBeNull();
    expect(await removedAt(LOCAL_GUILD_ID)).toBeNull();
    expect(await removedAt(guild.id)).toBeNull();
    expect(log.lines.find((l) => l.message.startsWith('marked removed'))?.data).toEqual({ guilds: [gone] });
  });
});
