// CommandSpec → Discord slash command definition. Built with discord.js's builders, which check
// Discord's rules as they go (name pattern, lengths, 25 options and choices, required options first);
// descriptions and choice names are clipped to their limits first, so only a wrong name can throw.
import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBooleanOption,
  SlashCommandBuilder,
  SlashCommandIntegerOption,
  SlashCommandRoleOption,
  SlashCommandStringOption,
  SlashCommandSubcommandBuilder,
  SlashCommandSubcommandGroupBuilder,
  SlashCommandUserOption,
} from 'discord.js';
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command, CommandSpec, OptionSpec, SubcommandSpec } from '../../commands/types.js';
import { DISCORD_LIMITS as L } from './limits.js';
import { clip } from './text.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/**
 * The commands Discord sees, in the router's order: not the console-only ones (/tutor missed replaces
 * /missed there). The dispatcher refuses those too, should an old registration still show them.
 */
export function discordCommands(commands: readonly Command[]): Command[] {
  return commands.filter((c) => !c.spec.consoleOnly);
}

/** What a command and a subcommand builder share: adding options (the builders return narrowed types we do not need). */
interface OptionTarget {
  addStringOption(option: SlashCommandStringOption): unknown;
  addIntegerOption(option: SlashCommandIntegerOption): unknown;
  addBooleanOption(option: SlashCommandBooleanOption): unknown;
  addUserOption(option: SlashCommandUserOption): unknown;
  addRoleOption(option: SlashCommandRoleOption): unknown;
}

function addOption(target: OptionTarget, spec: OptionSpec): void {
  const description = clip(spec.description, L.optionDescription);
  const required = spec.required ?? false;
  switch (spec.type) {
    case 'string': {
      const option = new SlashCommandStringOption().setName(spec.name).setDescription(description).setRequired(required);
      if (spec.maxLength !== undefined) option.setMaxLength(Math.min(spec.maxLength, L.stringOptionLength));
      if (spec.choices && spec.choices.length > 0)
        option.addChoices(...spec.choices.slice(0, L.choices).map((c) => ({ name: clip(c.name, L.choiceName), value: c.value })));
      else if (spec.autocomplete) option.setAutocomplete(true);
      target.addStringOption(option);
      return;
    }
    case 'integer': {
      const option = new SlashCommandIntegerOption().setName(spec.name).setDescription(description).setRequired(required);
      if (spec.min !== undefined) option.setMinValue(spec.min);
      if (spec.max !== undefined) option.setMaxValue(spec.max);
      target.addIntegerOption(option);
      return;
    }
    case 'boolean':
      target.addBooleanOption(new SlashCommandBooleanOption().setName(spec.name).setDescription(description).setRequired(required));
      return;
    case 'user':
      target.addUserOption(new SlashCommandUserOption().setName(spec.name).setDescription(description).setRequired(required));
      return;
    case 'role':
      target.addRoleOption(new SlashCommandRoleOption().setName(spec.name).setDescription(description).setRequired(required));
      return;
  }
}

/** Discord wants required options before optional ones; the order is otherwise kept. */
function ordered(options: readonly OptionSpec[] | undefined): OptionSpec[] {
  const list = (options ?? []).slice(0, L.options);
  return [...list.filter((o) => o.required), ...list.filter((o) => !o.required)];
}

function subcommandBuilder(sub: SubcommandSpec): SlashCommandSubcommandBuilder {
  const subBuilder = new SlashCommandSubcommandBuilder().setName(sub.name).setDescription(clip(sub.description, L.optionDescription));
  for (const option of ordered(sub.options)) addOption(subBuilder, option);
  return subBuilder;
}

export function toCommandDefinition(spec: CommandSpec): CommandDefinition {
  const builder = new SlashCommandBuilder()
    .setName(spec.name)
    .setDescription(clip(spec.description, L.commandDescription))
    .setIntegrationTypes(ApplicationIntegrationType.GuildInstall)
    .setContexts(spec.guildOnly ? [InteractionContextType.Guild] : [InteractionContextType.Guild, InteractionContextType.BotDM])
    .setDefaultMemberPermissions(spec.manageServer ? PermissionFlagsBits.ManageGuild : null);
  const groups = spec.subcommandGroups ?? [];
  if ((spec.subcommands && spec.subcommands.length > 0) || groups.length > 0) {
    // Subcommands and groups share the command's 25 places.
    for (const sub of (spec.subcommands ?? []).slice(0, L.options)) builder.addSubcommand(subcommandBuilder(sub));
    for (const group of groups.slice(0, Math.max(0, L.options - (spec.subcommands?.length ?? 0)))) {
      const groupBuilder = new SlashCommandSubcommandGroupBuilder().setName(group.name).setDescription(clip(group.description, L.optionDescription));
      for (const sub of group.subcommands.slice(0, L.options)) groupBuilder.addSubcommand(subcommandBuilder(sub));
      builder.addSubcommandGroup(groupBuilder);
    }
  } else {
    for (const option of ordered(spec.options)) addOption(builder, option);
  }
  return builder.toJSON();
}

/** Every definition to register, for the commands Discord sees. */
export function commandDefinitions(commands: readonly Command[]): CommandDefinition[] {
  return discordCommands(commands).map((c) => toCommandDefinition(c.spec));
}
