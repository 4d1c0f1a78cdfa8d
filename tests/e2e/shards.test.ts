// End to end: two shards of one bot (as two processes would run them, here two clients with shard
// ids [0, 2] and [1, 2]), each with its own app and store, each handling only its own server.
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBot, type DiscordBot } from '../../src/adapters/discord/bot.js';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { deployCommands } from '../../src/adapters/discord/deploy.js';
import { buildApp, type App } from '../../src/app.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { FakeDiscord, shardOf, snowflake, type FakeGuild } from './fake-discord/fake-discord.js';
import { CapturingLogger, embedOf, makeUser, TOKEN } from './harness.js';

/** A server whose id puts it on `shard` of `count`, as Discord routes it: (id >> 22) % count. */
function guildOnShard(name: string, shard: number, count: number): FakeGuild {
  for (let at = Date.now(); ; at++) {
    const id = snowflake(at);
    if (shardOf(id, count) === shard) return { id, name, channelIds: [snowflake()] };
  }
}

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length > 0) await stops.pop()?.();
});

interface Shard {
  readonly bot: DiscordBot;
  readonly app: App;
  readonly log: CapturingLogger;
}

async function startShard(fake: FakeDiscord, shard: number, count: number): Promise<Shard> {
  const log = new CapturingLogger();
  const time = new FakeTime();
  const bot = createDiscordBot({ token: TOKEN, apiUrl: fake.apiUrl, log, shards: [shard], shardCount: count });
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, messenger: bot.messenger });
  await bot.start(app);
  stops.push(async () => {
    await app.shutdown();
    await bot.stop();
  });
  return { bot, app, log };
}

describe('two shards', () => {
  it('each log in with their own shard id and handle only their own server', async () => {
    const first = guildOnShard('Class A', 0, 2);
    const second = guildOnShard('Class B', 1, 2);
    const fake = new FakeDiscord({ token: TOKEN, applicationId: snowflake(), guilds: [first, second] });
    await fake.start();
    stops.push(() => fake.stop());
    const kb = await loadFixtureKnowledge();
    await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiUrl: fake.apiUrl }, commandDefinitions(buildApp({ kb }).router.list()));

    const [shard0, shard1] = await Promise.all([startShard(fake, 0, 2), startShard(fake, 1, 2)]);
    expect(fake.sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    // Only the Guilds and GuildVoiceStates intents (1 | 1 << 7), no privileged ones.
    expect(fake.sessions.every((s) => s.intents === 129)).toBe(true);
    expect([...shard0.bot.client.guilds.cache.keys()]).toEqual([first.id]);
    expect([...shard1.bot.client.guilds.cache.keys()]).toEqual([second.id]);

    const ann = makeUser('ann');
    const inFirst = await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann, guildId: first.id });
    const inSecond = await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, { user: ann, guildId: second.id });
    expect(embedOf(await fake.reply(inFirst)).title).toBe('Why did Stalin end the NEP?');
    expect(embedOf(await fake.reply(inSecond)).title).toBe('Why did Lenin introduce the NEP?');
    expect(inFirst.shard).toEqual([0, 2]);
    expect(inSecond.shard).toEqual([1, 2]);
    const handled = (shard: Shard) => shard.log.lines.filter((l) => l.message === 'command').map((l) => l.data?.['interaction']);
    expect(handled(shard0)).toEqual([inFirst.id]);
    expect(handled(shard1)).toEqual([inSecond.id]);

    // Rounds and scores stay with the shard (and store) of their server.
    await fake.reply(await fake.command('quiz', { topic: 'nep' }, { user: ann, guildId: second.id, subcommand: 'start' }));
    expect(shard1.app.rounds.activeCount).toBe(1);
    expect(shard0.app.rounds.activeCount).toBe(0);

    // Direct messages arrive on shard 0, as on Discord.
    const dm = await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann });
    await fake.reply(dm);
    expect(dm.shard).toEqual([0, 2]);
    expect(fake.rejections).toEqual([]);
  });
});
