// Running more than one shard. With SHARD_COUNT > 1, `npm start` becomes a discord.js ShardingManager
// that runs the same entry file once per shard, in child processes; discord.js tells each child its
// shard through the SHARDS and SHARD_COUNT variables, and its Client reads them itself. Setting SHARDS
// by hand (e.g. SHARDS=[0,1] SHARD_COUNT=4) runs those shards in this process, which is how shards
// are spread over several machines.
import { once } from 'node:events';
import { ShardingManager } from 'discord.js';
import type { Logger } from './log.js';

export type ShutdownSignal = 'SIGINT' | 'SIGTERM';

/**
 * A ShardingManager's child keeps an IPC channel open, which keeps the process alive after the client is
 * destroyed; closing it lets the shard process exit once it has shut down.
 */
export function releaseShardManager(): void {
  if (process.connected) process.disconnect();
}

/** How long a graceful shutdown may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Resolves with the first SIGINT or SIGTERM. Later ones are passed to `onRepeat` and otherwise ignored:
 * a shard process often gets two (Ctrl-C reaches the whole process group, and the manager then asks
 * each shard to stop), and the second must not cut the first's shutdown short.
 */
export function nextShutdownSignal(onRepeat: (signal: ShutdownSignal) => void = () => {}): Promise<ShutdownSignal> {
  return new Promise((resolve) => {
    let received = false;
    const handle = (signal: ShutdownSignal) => {
      if (received) return onRepeat(signal);
      received = true;
      resolve(signal);
    };
    process.on('SIGINT', handle);
    process.on('SIGTERM', handle);
  });
}

/** Exits the process if shutting down takes longer than SHUTDOWN_GRACE_MS (the timer does not keep it alive). */
export function startShutdownWatchdog(log: Logger): void {
  setTimeout(() => {
    log.error('shutting down took too long; exiting now', { afterMs: SHUTDOWN_GRACE_MS });
    process.exit(1);
  }, SHUTDOWN_GRACE_MS).unref();
}

export interface ShardManagerOptions {
  /** The entry file each shard process runs (the same as this process's). */
  readonly file: string;
  readonly token: string;
  readonly shardCount: number;
  readonly log: Logger;
  /** Node flags for the children; this process's by default, so `tsx` carries over. */
  readonly execArgv?: readonly string[];
}

/** What watchShard uses of a discord.js Shard. */
export interface WatchedShard {
  readonly id: number;
  on(event: 'death' | 'spawn', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  kill(): void;
}

/**
 * Logs a shard process's life: its exit, and a respawn that failed (discord.js emits 'error' for it, which
 * would end the manager, and every other shard with it, were nothing listening). A shard started after the
 * signal (the manager spawns them one by one) is stopped at once.
 */
export function watchShard(shard: WatchedShard, log: Logger, stopping: () => boolean, respawning: () => boolean): void {
  shard.on('death', () => {
    if (!stopping()) log.warn('shard process exited', { shard: shard.id, respawning: respawning() });
  });
  shard.on('error', (error) => log.error('shard process could not be started again', { shard: shard.id, error }));
  shard.on('spawn', () => {
    if (stopping()) setImmediate(() => shard.kill());
  });
}

/** Spawns every shard, respawns any that dies, and on SIGINT/SIGTERM stops them all and waits for them. */
export async function runShardManager(options: ShardManagerOptions): Promise<void> {
  const { log } = options;
  const manager = new ShardingManager(options.file, {
    token: options.token,
    totalShards: options.shardCount,
    mode: 'process',
    respawn: true,
    execArgv: options.execArgv ?? process.execArgv,
  });
  let stopping = false;
  const signal = nextShutdownSignal((again) => log.info('already stopping the shards', { signal: again })).then((received) => {
    stopping = true;
    manager.respawn = false;
    return received;
  });
  manager.on('shardCreate', (shard) => {
    log.info('shard launched', { shard: shard.id, of: options.shardCount });
    watchShard(shard, log, () => stopping, () => manager.respawn);
  });

  // Each child shuts down gracefully on SIGTERM (rounds ended, store flushed, client destroyed).
  const stopAll = async () => {
    manager.respawn = false;
    await Promise.all(
      [...manager.shards.values()].map(async (shard) => {
        const child = shard.process;
        if (!child || child.exitCode !== null || child.signalCode !== null) return;
        const exited = once(child, 'exit');
        shard.kill();
        await exited;
      }),
    );
  };

  const spawning = manager.spawn({ timeout: 60_000 });
  try {
    await Promise.race([spawning, signal]);
  } catch (error) {
    await stopAll();
    throw error;
  }
  if (!stopping) log.info('all shards running', { shards: manager.shards.size });
  log.info('stopping shards', { signal: await signal });
  await stopAll();
  startShutdownWatchdog(log);
  await spawning.catch(() => undefined);
  await stopAll();
  log.info('all shards stopped');
}
