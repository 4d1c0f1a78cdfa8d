// The Discord client: the Guilds intent (slash commands and buttons need no privileged intent) and
// GuildVoiceStates (who is in which voice channel, for reading aloud: not privileged either),
// no pings from anything the bot says, and an optional REST base (a local fake Discord in tests; the
// gateway address then comes from that server's GET /gateway/bot, as with Discord).
import { Client, Events, GatewayIntentBits, RESTEvents } from 'discord.js';
import type { ChannelMessenger } from '../../commands/types.js';
import { SNOWFLAKE } from '../../config.js';
import { createInteractionHandler, type DispatchDeps } from './dispatch.js';
import type { Logger } from './log.js';
import { createChannelMessenger } from './messenger.js';
import { createDiscordVoice, type DiscordVoiceOptions } from './voice.js';
import type { VoicePort } from '../../voice/port.js';
import type { Retention } from '../../leaderboard/retention.js';

export interface DiscordBotOptions {
  readonly token: string;
  /** REST base, e.g. http://127.0.0.1:8080/api; Discord's when absent. */
  readonly apiUrl?: string | undefined;
  /** Shard ids this process runs; absent: discord.js decides (all, or what a ShardingManager set). */
  readonly shards?: readonly number[];
  readonly shardCount?: number;
  readonly log: Logger;
  readonly deferAfterMs?: number;
  /** Voice connections: how long a join may take; the Node version voice decides on (tests). */
  readonly voice?: Pick<DiscordVoiceOptions, 'joinTimeoutMs' | 'nodeVersion'>;
}

/** The gateway closed for good after the start: discord.js will not reconnect (e.g. the token was reset: 4004). */
export interface GatewayLoss {
  readonly code: number;
  readonly shardId: number;
}

export interface DiscordBot {
  readonly client: Client;
  /** Usable as soon as the bot exists; sends once it has logged in. */
  readonly messenger: ChannelMessenger;
  /** The server's voice channels, for reading aloud (issue 17). */
  readonly voice: VoicePort;
  /** Routes interactions to `app.router`, logs in and resolves when every shard is ready. */
  start(app: Pick<DispatchDeps, 'router'> & { readonly retention: Pick<Retention, 'serverRemoved' | 'serverPresent' | 'serversAbsent'> }): Promise<void>;
  /** Disconnects from the gateway. */
  stop(): Promise<void>;
  /**
   * Resolves when Discord closes the gateway for good once the bot is serving (not on stop()): the bot is
   * offline until restarted, so Discord mode shuts down and lets the supervisor start it again (run.ts).
   */
  readonly lost: Promise<GatewayLoss>;
}

/** A Discord server's id (a snowflake); the console's server ('local') and anything else stored is not one. */
const isServerId = (id: string): boolean => SNOWFLAKE.test(id);

/** The error of a gateway Discord closed for good (a bad or reset token, intents), with its close code. */
export const gatewayClosed = (code: number): Error & { readonly code: number } => Object.assign(new Error(`Discord closed the connection (${code})`), { code });

/**
 * A server that removed the bot while it was offline sends no GuildDelete: at ready, the servers the store
 * holds and the client's cache lacks (the cache holds every server the bot is in, unavailable ones too) are
 * marked removed as GuildDelete would. Only where one process runs every shard: a shard sees only its own servers.
 */
function markServersLeftWhileOffline(client: Client, retention: Pick<Retention, 'serversAbsent'>, log: Logger): void {
  if (client.options.shardCount !== 1) return;
  retention.serversAbsent((id) => isServerId(id) && !client.guilds.cache.has(id)).then(
    (marked) => {
      if (marked.length > 0) log.info('marked removed: servers that removed the bot while it was offline', { guilds: marked });
    },
    (error: unknown) => log.error('could not mark the servers that removed the bot while it was offline', { error }),
  );
}

export function createDiscordBot(options: DiscordBotOptions): DiscordBot {
  const { log } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildVoiceStates],
    allowedMentions: { parse: [] },
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
    ...(options.shards ? { shards: [...options.shards] } : {}),
    ...(options.shardCount ? { shardCount: options.shardCount } : {}),
  });
  const messenger = createChannelMessenger(client.rest);
  const voice = createDiscordVoice(client, { log, ...options.voice });
  let stopped = false;
  let serving = false;
  let markLost: (loss: GatewayLoss) => void = () => {};
  const lost = new Promise<GatewayLoss>((resolve) => (markLost = resolve));

  client.on(Events.Error, (error) => log.error('discord client error', { error }));
  client.on(Events.Warn, (message) => log.warn('discord client warning', { message }));
  client.once(Events.ClientReady, () => (serving = true));
  // discord.js emits this only for close codes it will not reconnect from (a bad or reset token, intents,
  // sharding). Before the start, the start fails with the code (below); after it, the bot is lost.
  client.on(Events.ShardDisconnect, (event, shardId) => {
    if (stopped) return;
    if (serving) markLost({ code: event.code, shardId });
    else log.warn('shard disconnected', { shardId, code: event.code });
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopped) log.info('shard reconnecting', { shardId });
  });
  client.on(Events.ShardResume, (shardId) => log.info('shard resumed', { shardId }));
  // A gateway connection's error (discord.js reconnects by itself) and a request held back by Discord's rate
  // limits: neither is a failure, but many of either explain a slow or absent bot. What is logged names the
  // route and the wait, never the request's headers (the token).
  client.on(Events.ShardError, (error, shardId) => log.warn('shard error', { shardId, error }));
  client.rest.on(RESTEvents.RateLimited, (info) =>
    log.warn('rate limited by Discord', { method: info.method, route: info.route, retryAfterMs: info.retryAfter, scope: info.scope, global: info.global, limit: info.limit }),
  );

  return {
    client,
    messenger,
    voice,
    lost,
    async start(app) {
      const handle = createInteractionHandler({
        router: app.router,
        log,
        ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
      });
      client.on(Events.InteractionCreate, (interaction) => void handle(interaction));
      // Removed from a server: its file is deleted 30 days later unless the bot is added back. (An
      // outage emits GuildUnavailable, not GuildDelete.) A server joined while running arrives as
      // GuildCreate; those it is in at start are marked present once it is ready (below).
      client.on(Events.GuildDelete, (guild) => {
        app.retention.serverRemoved(guild.id).catch((error: unknown) => log.error('could not mark a removed server', { guildId: guild.id, error }));
      });
      client.on(Events.GuildCreate, (guild) => {
        app.retention.serverPresent(guild.id).catch((error: unknown) => log.error('could not mark a server present', { guildId: guild.id, error }));
      });
      // Not events.once: it rejects on the client's first 'error' event, which discord.js emits for
      // problems it recovers from, and the start would then be reported as a bad token.
      // Discord closes the gateway for good on a bad token (4004) or intents it will not give (4013,
      // 4014); discord.js then only emits a disconnect, so the start fails here with the code instead of waiting forever.
      const ready = new Promise<void>((resolve, reject) => {
        client.once(Events.ClientReady, () => resolve());
        client.on(Events.ShardDisconnect, (event) => {
          if (!serving) reject(gatewayClosed(event.code));
        });
      });
      // login() may fail first, with the same cause; then `ready` is not awaited, and must not go unhandled.
      ready.catch(() => {});
      await client.login(options.token);
      await ready;
      for (const guildId of client.guilds.cache.keys())
        app.retention.serverPresent(guildId).catch((error: unknown) => log.error('could not mark a server present', { guildId, error }));
      markServersLeftWhileOffline(client, app.retention, log);
      log.info('connected to Discord', {
        user: client.user?.tag,
        shards: client.options.shards,
        shardCount: client.options.shardCount,
        guilds: client.guilds.cache.size,
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await client.destroy();
      log.info('disconnected from Discord');
    },
  };
}
