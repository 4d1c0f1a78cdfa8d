// Entry point: environment → config → knowledge → app → Discord (with a token) or the local console.
import { buildApp } from './app.js';
import { runConsole } from './adapters/console/console.js';
import { formatConfigError, loadEnvFile, parseConfig } from './config.js';
import { formatProblem, loadKnowledge } from './knowledge/loader.js';

async function main(): Promise<number> {
  loadEnvFile();
  const config = parseConfig(process.env);
  if (!config.ok) {
    console.error(formatConfigError(config.problems));
    return 1;
  }
  const loaded = await loadKnowledge(config.value.knowledgeDir);
  if (!loaded.ok) {
    console.error(`The knowledge base has ${loaded.problems.length} problem(s):`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const app = buildApp({ kb: loaded.kb });
  if (config.value.discordToken) {
    console.error('Discord mode is not wired yet; unset DISCORD_TOKEN to use the local console.');
    return 1;
  }
  await runConsole(app, { input: process.stdin, output: process.stdout });
  await app.shutdown();
  return 0;
}

process.exitCode = await main();
