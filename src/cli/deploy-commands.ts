// `npm run deploy-commands`: registers every slash command with Discord in one bulk call, to
// DISCORD_GUILD_ID when set (for testing) or globally, and prints what it registered.
// `npm run deploy-commands -- --clear-guild` moves them to global: registers them globally, then removes
// the copies registered to DISCORD_GUILD_ID (or `--clear-guild=<server id>`), which would show twice there.
// The definitions come from the same commands the bot runs, so they cannot drift apart.
import { buildApp } from '../app.js';
import { commandDefinitions } from '../adapters/discord/definitions.js';
import { clearGuildCommands, deployCommands, deployFailure, describeDeployment } from '../adapters/discord/deploy.js';
import { configFromEnvironment } from '../config.js';
import { formatProblem, loadKnowledge } from '../knowledge/loader.js';

const CLEAR_GUILD = '--clear-guild';

/** The server whose copies `--clear-guild` removes: the one given after `=`, else DISCORD_GUILD_ID; null without the flag. */
function guildToClear(args: readonly string[], guildId: string | undefined): string | undefined | null {
  const flag = args.find((a) => a === CLEAR_GUILD || a.startsWith(`${CLEAR_GUILD}=`));
  if (flag === undefined) return null;
  return flag.slice(CLEAR_GUILD.length + 1).trim() || guildId;
}

async function main(): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const { discordToken, discordClientId, discordApiUrl, knowledgeDir } = config;
  if (!discordToken || !discordClientId) {
    console.error('deploy-commands needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).');
    return 1;
  }
  const clearing = guildToClear(process.argv.slice(2), config.discordGuildId);
  if (clearing === undefined) {
    console.error(`${CLEAR_GUILD} needs the server whose copies to remove: set DISCORD_GUILD_ID, or give it as ${CLEAR_GUILD}=<server id>.`);
    return 1;
  }
  // Moving to global: register globally first, so the server is never without its commands.
  const discordGuildId = clearing === null ? config.discordGuildId : undefined;
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
    if (clearing !== null) {
      await clearGuildCommands({ ...target, guildId: clearing });
      console.log(`Removed the commands registered to server ${clearing} only: it shows each command once, from the global ones.`);
    }
    return 0;
  } catch (error) {
    console.error(deployFailure(error));
    return 1;
  }
}

process.exitCode = await main();
