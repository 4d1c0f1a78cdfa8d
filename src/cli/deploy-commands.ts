// `npm run deploy-commands`: registers every slash command with Discord in one bulk call, to
// DISCORD_GUILD_ID when set (instant, for testing) or globally, and prints what it registered.
// The definitions come from the same commands the bot runs, so they cannot drift apart.
import { buildApp } from '../app.js';
import { commandDefinitions } from '../adapters/discord/definitions.js';
import { deployCommands, describeDeployment } from '../adapters/discord/deploy.js';
import { configFromEnvironment } from '../config.js';
import { formatProblem, loadKnowledge } from '../knowledge/loader.js';

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const { discordToken, discordClientId, discordGuildId, discordApiUrl, knowledgeDir } = config;
  if (!discordToken || !discordClientId) {
    console.error('deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
    return 1;
  }
  const loaded = await loadKnowledge(knowledgeDir);
  if (!loaded.ok) {
    console.error(`The knowledge base has ${loaded.problems.length} problem(s):`);
    for (const p of loaded.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const app = buildApp({ kb: loaded.kb });
  const definitions = commandDefinitions(app.router.list());
  await app.shutdown();
  const target = { token: discordToken, clientId: discordClientId, guildId: discordGuildId, apiUrl: discordApiUrl };
  try {
    const registered = await deployCommands(target, definitions);
    console.log(describeDeployment(target, registered));
    return 0;
  } catch (error) {
    console.error(`Discord refused the commands: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
