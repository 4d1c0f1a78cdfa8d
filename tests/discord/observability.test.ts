// What the Discord adapter logs of trouble it recovers from, and a shard process that cannot be started
// again: logged, never fatal to the manager running the other shards.
import { EventEmitter } from 'node:events';
import { Events, RESTEvents } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createDiscordBot } from '../../src/adapters/discord/bot.js';
import type { Logger } from '../../src/adapters/discord/log.js';
import { watchShard } from '../../src/adapters/discord/sharding.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.observability-token';

function capturing(): Logger & { readonly lines: { level: string; message: string; data?: Record<string, unknown> }[] } {
  const lines: { level: string; message: string; data?: Record<string, unknown> }[] = [];
  const at = (level: string) => (message: string, data?: Record<string, unknown>) => void lines.push({ level, message, ...(data ? { data } : {}) });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

describe('the Discord client', () => {
  it('logs a rate limit and a gateway error as warnings, without the token', async () => {
    const log = capturing();
    const bot = createDiscordBot({ token: TOKEN, log });
    bot.client.rest.emit(RESTEvents.RateLimited, { global: false, hash: 'h', limit: 5, majorParameter: '1', method: 'POST', retryAfter: 1200, route: '/channels/:id/messages', scope: 'user', timeToReset: 1200, url: 'https://discord.com/api/v10/channels/1/messages', sublimitTimeout: 0 } as never);
    bot.client.emit(Events.ShardError, new Error('socket hang up'), 0);
    const warned = log.lines.filter((l) => l.level === 'warn' && !l.message.startsWith('reading aloud')); // this Node's voice note aside
    expect(warned.map((l) => l.message)).toEqual(['rate limited by Discord', 'shard error']);
    expect(warned[0]?.data).toMatchObject({ method: 'POST', route: '/channels/:id/messages', retryAfterMs: 1200 });
    expect(JSON.stringify(log.lines)).not.toContain(TOKEN);
    await bot.stop();
  });
});

describe('a shard process', () => {
  it('that could not be started again is logged, and the manager goes on', () => {
    const log = capturing();
    const shard = Object.assign(new EventEmitter(), { id: 1, kill: () => {} });
    watchShard(shard, log, () => false, () => true);
    shard.emit('death');
    expect(() => shard.emit('error', new Error('Shard 1\'s process exited before its Client became ready.'))).not.toThrow();
    expect(log.lines.map((l) => [l.level, l.message])).toEqual([
      ['warn', 'shard process exited'],
      ['error', 'shard process could not be started again'],
    ]);
  });
});
