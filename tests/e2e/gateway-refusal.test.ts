// Whoever runs the bot is told why Discord would not let it in: a token it refused, or intents the
// application may not use; the start fails with that reason instead of waiting forever.
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../src/adapters/discord/bot.js';
import { connectFailure } from '../../src/adapters/discord/run.js';
import { buildApp } from '../../src/app.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { FakeDiscord, snowflake } from './fake-discord/fake-discord.js';
import { CapturingLogger, makeGuild, startHarness, TOKEN } from './harness.js';

const stops: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (stops.length > 0) await stops.pop()?.();
});

async function startAgainst(options: { allowedIntents?: number; token?: string }): Promise<unknown> {
  const fake = new FakeDiscord({ token: TOKEN, applicationId: snowflake(), guilds: [makeGuild('Year 12 History')], heartbeatIntervalMs: 2000, ...(options.allowedIntents !== undefined ? { allowedIntents: options.allowedIntents } : {}) });
  await fake.start();
  stops.push(() => fake.stop());
  const bot = createDiscordBot({ token: options.token ?? TOKEN, apiUrl: fake.apiUrl, log: new CapturingLogger() });
  stops.push(() => bot.stop());
  const app = buildApp({ kb: await loadFixtureKnowledge(), messenger: bot.messenger });
  stops.push(() => app.shutdown());
  return bot.start(app).then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('Discord refusing the bot at the gateway', () => {
  it('names the intents when the application may not use those the bot asks for', async () => {
    const error = await startAgainst({ allowedIntents: 0 });
    expect(error).toBeDefined();
    expect(connectFailure(error)).toMatch(/refused the gateway intents.*Privileged Gateway Intents/);
  });

  it('names the token when Discord refuses it', async () => {
    const error = await startAgainst({ token: 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.not-the-token' });
    expect(connectFailure(error)).toMatch(/refused the token: check DISCORD_TOKEN/);
  });
});

describe('Discord closing the gateway for good once the bot is serving', () => {
  it('reports the bot lost, with the close code, where discord.js would only log a disconnect', async () => {
    const { fake, bot } = await startHarness();
    fake.sessions[0]?.socket.close(4004, 'Authentication failed.');
    await expect(bot.lost).resolves.toEqual({ code: 4004, shardId: 0 });
  });

});

describe('a post Discord refuses mid-round', () => {
  it('says which permission the bot lacks in the channel', async () => {
    const { DiscordAPIError, RESTJSONErrorCodes } = await import('discord.js');
    const { createChannelMessenger } = await import('../../src/adapters/discord/messenger.js');
    const refusing = (code: number) => async () => {
      throw new DiscordAPIError({ code, message: 'Missing' }, code, 403, 'POST', '/channels/1/messages', {});
    };
    const post = (code: number) => createChannelMessenger({ post: refusing(code), patch: refusing(code) }).send('1', { body: 'Question 1' });
    await expect(post(RESTJSONErrorCodes.MissingPermissions)).rejects.toThrow(/Send Messages.*Embed Links/);
    await expect(post(RESTJSONErrorCodes.MissingAccess)).rejects.toThrow(/View Channel/);
  });
});
