// Discord mode, as main.ts starts it: a ShardingManager when SHARD_COUNT > 1 (and this process is not
// itself a shard), otherwise one client that serves until SIGINT/SIGTERM, then ends rounds, flushes
// the store (app.shutdown) and disconnects. It stops the same way, with exit code 1, on an exception
// nothing caught or when Discord closes the gateway for good, so a supervisor starts it again.
import type { App } from '../../app.js';
import type { ChannelMessenger } from '../../commands/types.js';
import type { Config } from '../../config.js';
import type { VoicePort } from '../../voice/port.js';
import { createDiscordBot, gatewayClosed } from './bot.js';
import { errorCodes, networkCode } from './errors.js';
import { createLogger, type Logger } from './log.js';
import { nextShutdownSignal, releaseShardManager, runShardManager, startShutdownWatchdog } from './sharding.js';

export interface DiscordModeOptions {
  readonly config: Config & { readonly discordToken: string };
  /** The entry file; a ShardingManager runs it again once per shard. */
  readonly entryFile: string;
  /** Builds the app once the bot's messenger and voice channels exist (the quiz posts and speaks through them). */
  readonly buildApp: (messenger: ChannelMessenger, voice: VoicePort) => App;
  readonly log?: Logger;
}

function errorMessages(error: unknown): string[] {
  const messages: string[] = [];
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) messages.push(e.message);
  return messages;
}

/** What to tell whoever runs the bot when it could not connect: the network, or the token. */
export function connectFailure(error: unknown): string {
  const network = networkCode(error);
  if (network !== undefined)
    return `could not reach Discord (${network}): check this computer's internet connection, proxy or firewall (the token could not be checked either)`;
  const codes = errorCodes(error);
  const messages = errorMessages(error);
  if (codes.includes('4014') || codes.includes('DisallowedIntents') || messages.some((m) => /disallowed intents/i.test(m)))
    return 'Discord refused the gateway intents the bot asks for (4014, disallowed intents): turn on every intent listed in src/adapters/discord/bot.ts that is privileged under Developer Portal → Bot → Privileged Gateway Intents (the tutor as shipped asks only for Guilds and GuildVoiceStates, neither of which needs a switch)';
  if (codes.includes('4013') || messages.some((m) => /invalid intents/i.test(m)))
    return 'Discord said the intents the bot asks for are not valid (4013): check the intents list in src/adapters/discord/bot.ts';
  if (codes.includes('TokenInvalid') || codes.includes('401') || codes.includes('4004'))
    return 'Discord refused the token: check DISCORD_TOKEN (Developer Portal → Bot → Reset Token, then put the new one in .env)';
  return 'could not connect to Discord (check DISCORD_TOKEN and the internet connection)';
}

/** A value to log with the token, wherever it appears, replaced: errors as the logger shows them. */
export function withoutSecret(value: unknown, secret: string): unknown {
  let text: string | undefined;
  try {
    text = JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : typeof v === 'bigint' ? String(v) : v));
  } catch {
    text = undefined;
  }
  const hide = (t: string) => (secret ? t.replaceAll(secret, '[token]') : t);
  return text === undefined ? hide(String(value)) : (JSON.parse(hide(text)) as unknown);
}

export interface SafetyNet {
  onUnhandledRejection(reason: unknown): void;
  onUncaughtException(error: unknown): void;
}

/**
 * The process-wide handlers of Discord mode. Since Node 15 one promise rejection nothing handles ends the
 * process, and with it every running round in every class: it is logged and the bot serves on. An
 * exception nothing caught may have left things half done: it is logged and `fatal` starts the graceful
 * shutdown (exit code 1). Neither handler throws, even when the log cannot be written.
 */
export function createSafetyNet(log: Logger, token: string, fatal: (reason: string) => void): SafetyNet {
  const logError = (message: string, error: unknown) => {
    try {
      log.error(message, { error: withoutSecret(error, token) });
    } catch {
      // stderr is gone (EPIPE): nothing more to do here.
    }
  };
  return {
    onUnhandledRejection(reason) {
      logError('unhandled promise rejection (the bot keeps serving)', reason);
    },
    onUncaughtException(error) {
      logError('uncaught exception: shutting down', error);
      fatal('uncaught exception');
    },
  };
}

/** Puts the safety net on this process; returns how to take it off. */
function installSafetyNet(net: SafetyNet): () => void {
  const onRejection = (reason: unknown) => net.onUnhandledRejection(reason);
  const onException = (error: unknown) => net.onUncaughtException(error);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}

/** Resolves with the process exit code. */
export async function runDiscordMode(options: DiscordModeOptions): Promise<number> {
  const { config } = options;
  const log = options.log ?? createLogger(config.logLevel);

  // A process given its shards (SHARDS) runs them; otherwise, with several shards, it manages child processes.
  if (config.shardCount > 1 && config.shards === undefined) {
    try {
      await runShardManager({ file: options.entryFile, token: config.discordToken, shardCount: config.shardCount, log });
      return 0;
    } catch (error) {
      log.error('the shards could not start', { error });
      return 1;
    }
  }

  // The first fatal reason wins; a later one (say, an exception while shutting down) is only logged.
  let fatal: (reason: string) => void = () => {};
  const failure = new Promise<string>((resolve) => (fatal = resolve));
  const removeSafetyNet = installSafetyNet(createSafetyNet(log, config.discordToken, (reason) => fatal(reason)));
  const bot = createDiscordBot({ token: config.discordToken, apiUrl: config.discordApiUrl, log });
  const app = options.buildApp(bot.messenger, bot.voice);
  const signal = nextShutdownSignal((again) => log.info('already shutting down', { signal: again }));
  // Offline for good (a token reset in the portal): a process that looks alive would never be restarted.
  void bot.lost.then(({ code, shardId }) => {
    log.error(connectFailure(gatewayClosed(code)), { shardId, code });
    fatal('Discord closed the connection for good');
  });
  // Never rejects: a failed login resolves with its error (even after a signal has won the race).
  const starting = bot.start(app).then(
    () => ({ failed: false as const }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  const started = await Promise.race([starting, signal.then(() => ({ failed: false as const })), failure.then(() => ({ failed: false as const }))]);
  if (started.failed) {
    log.error(connectFailure(started.error), { error: started.error });
    startShutdownWatchdog(log);
    await app.shutdown().catch((error: unknown) => log.error('could not save everything before stopping', { error }));
    await bot.stop();
    releaseShardManager();
    removeSafetyNet();
    return 1;
  }
  const stop = await Promise.race([signal.then((s) => ({ signal: s })), failure.then((reason) => ({ reason }))]);
  if ('signal' in stop) log.info('shutting down', { signal: stop.signal });
  else log.error('shutting down', { reason: stop.reason });
  startShutdownWatchdog(log);
  let code = 'reason' in stop ? 1 : 0;
  try {
    await app.shutdown();
  } catch (error) {
    log.error('could not save everything before stopping', { error });
    code = 1;
  } finally {
    await bot.stop();
    releaseShardManager();
    removeSafetyNet();
  }
  return code;
}
