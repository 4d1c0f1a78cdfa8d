// Registers the slash commands with one bulk overwrite (PUT): to one server when a guild id is given
// (for testing), otherwise globally; either shows at once. Removes a server's copies when the commands
// move to global (each would show twice there). Used by `npm run deploy-commands`.
import { REST, Routes } from 'discord.js';
import type { APIApplicationCommand, APIApplicationCommandOption } from 'discord.js';
import { ApplicationCommandOptionType, InteractionContextType } from 'discord.js';
import type { CommandDefinition } from './definitions.js';
import { networkCode } from './errors.js';

export interface DeployTarget {
  readonly token: string;
  readonly clientId: string;
  /** Register in this server only; globally when absent. */
  readonly guildId?: string | undefined;
  /** REST base (a local fake Discord in tests). */
  readonly apiUrl?: string | undefined;
}

export async function deployCommands(target: DeployTarget, definitions: readonly CommandDefinition[]): Promise<APIApplicationCommand[]> {
  const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
  const route = target.guildId ? Routes.applicationGuildCommands(target.clientId, target.guildId) : Routes.applicationCommands(target.clientId);
  return (await rest.put(route, { body: definitions })) as APIApplicationCommand[];
}

/** Why registering failed, saying only what is known: Discord unreachable is not Discord refusing. */
export function deployFailure(error: unknown): string {
  const network = networkCode(error);
  if (network !== undefined)
    return `Could not reach Discord (${network}), so no command was registered (and the token could not be checked): check this computer's internet connection, proxy or firewall, then run it again.`;
  const message = error instanceof Error ? error.message : String(error);
  if ((error as { status?: unknown } | undefined)?.status === 401)
    return `Discord refused the token (${message}): check DISCORD_TOKEN (Developer Portal → Bot → Reset Token, then put the new one in .env).`;
  return `Discord refused the commands: ${message}`;
}

/** Removes every command registered to one server (an empty bulk overwrite); the global ones stay. */
export async function clearGuildCommands(target: Omit<DeployTarget, 'guildId'> & { readonly guildId: string }): Promise<void> {
  await deployCommands(target, []);
}

function usage(name: string, options: readonly APIApplicationCommandOption[] | undefined): string[] {
  // A group's options are its subcommands, listed under the group's name.
  const subcommands = (options ?? []).filter((o) => o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup);
  if (subcommands.length > 0) return subcommands.flatMap((s) => usage(`${name} ${s.name}`, s.options));
  const args = (options ?? []).map((o) => (o.required ? ` ${o.name}:` : ` [${o.name}:]`)).join('');
  return [`/${name}${args}`];
}

/** What was registered, one line per command (and subcommand), for the terminal. */
export function describeDeployment(target: Pick<DeployTarget, 'guildId'>, registered: readonly APIApplicationCommand[]): string {
  const where = target.guildId
    ? `in server ${target.guildId} (available at once)`
    : 'globally (available at once; a Discord app that was already open may need Ctrl-R, Cmd-R on a Mac, to show the change)';
  const lines = registered.flatMap((c) => {
    const flags = [c.default_member_permissions ? 'Manage Server' : '', c.contexts && !c.contexts.includes(InteractionContextType.BotDM) ? 'servers only' : ''].filter(Boolean);
    return usage(c.name, c.options).map((u) => `  ${u}${flags.length > 0 ? `  (${flags.join(', ')})` : ''}`);
  });
  return [`Registered ${registered.length} command${registered.length === 1 ? '' : 's'} ${where}:`, ...lines].join('\n');
}
