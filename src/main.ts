// Entry point: environment → config → knowledge → app → Discord (with a token) or the local console.
import { buildApp, type App } from './app.js';
import { fileURLToPath } from 'node:url';
import { runConsole } from './adapters/console/console.js';
import { runDiscordMode } from './adapters/discord/run.js';
import { createConsoleMessenger } from './adapters/console/console-messenger.js';
import { createRealScheduler, systemClock } from './quiz/clock.js';
import { CONSOLE_QUIZ_TIMING } from './quiz/defaults.js';
import type { StoreLogger } from './store/guild-store.js';
import { guildsDir, JsonGuildStore } from './store/json-store.js';
import { configFromEnvironment } from './config.js';
import { formatProblem, loadKnowledge } from './knowledge/loader.js';

const logger: StoreLogger = {
  warn: (message) => console.error(message),
  error: (message) => console.error(message),
};

/** On SIGINT/SIGTERM: end rounds, write what is unsaved, then exit. A second signal exits at once. */
function shutdownOnSignals(app: App): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    app.shutdown().then(
      () => process.exit(signal === 'SIGINT' ? 130 : 143),
      (err: unknown) => {
        console.error(`Saving on ${signal} failed: ${err instanceof Error ? err.message : String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const loaded = await loadKnowledge(config.knowledgeDir);
  if (!loaded.ok) {
    console.error(`The knowledge base has ${loaded.problems.length} problem(s):`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const clock = systemClock;
  const scheduler = createRealScheduler();
  const store = new JsonGuildStore({ dir: guildsDir(config.dataDir), logger });
  const { discordToken } = config;
  if (discordToken) {
    return runDiscordMode({
      config: { ...config, discordToken },
      entryFile: fileURLToPath(import.meta.url),
      buildApp: (discordMessenger) => buildApp({ kb: loaded.kb, store, clock, scheduler, messenger: discordMessenger, logger }),
    });
  }
  const messenger = createConsoleMessenger({ clock, scheduler });
  const app = buildApp({
    kb: loaded.kb,
    store,
    clock,
    scheduler,
    messenger,
    logger,
    quizTiming: CONSOLE_QUIZ_TIMING,
  });
  shutdownOnSignals(app);
  await runConsole(app, { input: process.stdin, output: process.stdout }, { messenger });
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
