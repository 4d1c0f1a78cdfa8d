// Entry point: environment → config → knowledge → app → Discord (with a token) or the local console.
import { buildApp, LOCAL_GUILD_ID, type App } from './app.js';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { runConsole } from './adapters/console/console.js';
import { runDiscordMode } from './adapters/discord/run.js';
import { createConsoleMessenger } from './adapters/console/console-messenger.js';
import { createConsoleVoice } from './adapters/console/console-voice.js';
import { createRealScheduler, systemClock } from './quiz/clock.js';
import { sweptByShards } from './leaderboard/retention.js';
import { CONSOLE_QUIZ_TIMING } from './quiz/defaults.js';
import type { StoreLogger } from './store/guild-store.js';
import { guildsDir, JsonGuildStore } from './store/json-store.js';
import { acquireDataLock, dataDirProblem, FOLDER_LOCK, lockHolder, removeLeftoverTempFiles, type LockOutcome } from './store/data-lock.js';
import { configFromEnvironment } from './config.js';
import { formatProblem } from './knowledge/loader.js';
import { loadKnowledgeOrLastGood, reloadKnowledge } from './knowledge/last-good.js';

/** How long after the console's prompt /ask's index is built. */
const WARM_AFTER_MS = 100;

const logger: StoreLogger = {
  warn: (message) => console.error(message),
  error: (message) => console.error(message),
};

/**
 * On SIGINT/SIGTERM: end rounds, write what is unsaved, then exit. A second signal exits at once. A stop that
 * saved everything exits 0, as Discord mode does: a supervisor (systemd, pm2) counts 130 or 143 a failure.
 */
function shutdownOnSignals(app: App): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    app.shutdown().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`Saving on ${signal} failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/**
 * One writer per data folder (src/store/data-lock.ts). A shard process started by this bot's
 * ShardingManager runs under the manager's lock; a process given shards by hand locks those shards.
 */
async function lockDataFolder(dataDir: string, shards: readonly number[] | undefined): Promise<boolean> {
  if (shards !== undefined && (await lockHolder(dataDir))?.pid === process.ppid) return true;
  const name = shards === undefined ? FOLDER_LOCK : `${FOLDER_LOCK}-shards-${[...shards].sort((a, b) => a - b).join('-')}`;
  let lock: LockOutcome;
  try {
    lock = await acquireDataLock(dataDir, { name });
  } catch (error) {
    // The lock is the first thing written in DATA_DIR: a bad path or a folder it cannot write fails here.
    console.error(dataDirProblem(dataDir, error));
    return false;
  }
  if (!lock.ok) {
    const where = lock.holder.host ? ` on ${lock.holder.host}` : '';
    console.error(
      `Another copy of the tutor (process ${lock.holder.pid}${where}, started ${lock.holder.startedAt || 'at an unknown time'}) is using the data folder ${dataDir}. ` +
        'Two copies would overwrite each other\'s scores, so this one will not start. Stop the other one first, or give this one its own DATA_DIR. ' +
        `If no copy is running, delete ${lock.file} and start again.`,
    );
    return false;
  }
  if (lock.tookOverFrom !== undefined) console.error(`The data folder's lock was left by process ${lock.tookOverFrom}, which has stopped; taking it over.`);
  process.on('exit', lock.release);
  const removed = await removeLeftoverTempFiles(guildsDir(dataDir));
  if (removed > 0) console.error(`Removed ${removed} unfinished temporary file(s) left by a save that was cut off.`);
  return true;
}

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  if (!(await lockDataFolder(config.dataDir, config.shards))) return 1;
  // knowledge/, or the last copy that loaded (kept in DATA_DIR) when a slip in it would stop the class.
  const loaded = await loadKnowledgeOrLastGood(config.knowledgeDir, config.dataDir, new Date());
  if (!loaded.ok) {
    console.error(`The knowledge base has ${loaded.problems.length} problem(s):`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  if (loaded.saveError) console.error(`The last good copy of the knowledge base could not be saved in ${config.dataDir}: ${loaded.saveError}`);
  if (loaded.fallback) {
    console.error(`The knowledge base has ${loaded.fallback.problems.length} problem(s), so the tutor runs on the last copy that loaded (${loaded.fallback.savedAt}):`);
    for (const p of loaded.fallback.problems) console.error(`  ${formatProblem(p)}`);
    console.error('Fix them (npm run kb -- check), then use /tutor reload or restart.');
  }
  const knowledge = {
    kb: loaded.kb,
    ...(loaded.fallback ? { knowledgeFallback: { problems: loaded.fallback.problems.map(formatProblem), savedAt: loaded.fallback.savedAt } } : {}),
    reloadFrom: async () => {
      const edited = await reloadKnowledge(config.knowledgeDir, config.dataDir, new Date());
      if (!edited.ok) return { ok: false as const, problems: edited.problems.map(formatProblem) };
      if (edited.saveError) console.error(`The last good copy of the knowledge base could not be saved: ${edited.saveError}`);
      return { ok: true as const, kb: edited.kb };
    },
  };
  const clock = systemClock;
  const scheduler = createRealScheduler();
  const store = new JsonGuildStore({ dir: guildsDir(config.dataDir), logger });
  // TUTOR_MODE=discord without a token is refused by the config check; TUTOR_MODE=console ignores one.
  const discordToken = config.mode === 'console' ? undefined : config.discordToken;
  if (discordToken) {
    return runDiscordMode({
      config: { ...config, discordToken },
      entryFile: fileURLToPath(import.meta.url),
      buildApp: (discordMessenger, discordVoice) => {
        const app = buildApp({ ...knowledge, store, clock, scheduler, messenger: discordMessenger, voice: discordVoice, logger, retentionDays: config.retentionDays, dataDir: config.dataDir, privacyContact: config.privacyContact });
        // /ask's index is built while the bot logs in, not on the first question.
        setImmediate(() => app.warm());
        // A shard sweeps only its own servers' files, and shard 0 the direct messages'.
        app.retention.start(sweptByShards(config.shards, config.shardCount, LOCAL_GUILD_ID));
        return app;
      },
    });
  }
  const messenger = createConsoleMessenger({ clock, scheduler });
  const app = buildApp({
    ...knowledge,
    store,
    clock,
    scheduler,
    messenger,
    logger,
    retentionDays: config.retentionDays,
    dataDir: config.dataDir,
    privacyContact: config.privacyContact,
    quizTiming: CONSOLE_QUIZ_TIMING,
    // What would be said aloud (a round started with voice:true, Read aloud) is written as WAV files there.
    voice: createConsoleVoice({ dir: path.join(config.dataDir, 'audio'), messenger }),
  });
  app.retention.start();
  shutdownOnSignals(app);
  // /ask's index is built just after the prompt is shown, while the student types (or by the first question).
  setTimeout(() => app.warm(), WARM_AFTER_MS).unref();
  // Timelines and charts are written under DATA_DIR and their paths printed; `--no-images` leaves them out, as does
  // `--plain` (plain text for a screen reader).
  const plain = process.argv.includes('--plain');
  const picturesDir = process.argv.includes('--no-images') || plain ? undefined : path.join(config.dataDir, 'images');
  // Reports and exports (CSV, JSON) go to files there, and the console prints their paths.
  const attachmentsDir = path.join(config.dataDir, 'exports');
  await runConsole(app, { input: process.stdin, output: process.stdout }, { messenger, attachmentsDir, voice: true, time: { clock, scheduler }, plain, ...(picturesDir ? { picturesDir } : {}) });
  const saved = await app.shutdown().then(
    () => true,
    (err: unknown) => {
      console.error(`Saving failed: ${err instanceof Error ? err.message : String(err)}`);
      return false;
    },
  );
  messenger.dispose();
  return saved ? 0 : 1;
}

process.exitCode = await main();
