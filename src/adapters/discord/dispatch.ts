// The one place interactions arrive. Slash commands go to the router, autocomplete to the command's
// suggestions, buttons to the router's action handlers (the custom id is the action id): a button whose
// handler opens a form shows it as a modal at once, and the modal's submit goes to the handler too. Every
// interaction is acknowledged within Discord's 3 seconds: a handler that is not done after
// `deferAfterMs` gets a deferred reply, edited when it finishes (or, for a button whose handler
// replaces the button's message, a deferred update); a command its spec calls slow is deferred before it
// runs, and a command whose replies are private is deferred privately. An error becomes a private
// apology with a short error id, and the same id is logged.
import { randomUUID } from 'node:crypto';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, CommandInteractionOption, Interaction, ModalSubmitInteraction, PermissionsBitField } from 'discord.js';
import type { CommandRouter } from '../../commands/router.js';
import type { Command, CommandContext, CommandInput, CommandSpec, OptionValue, PostingPermission, Reply } from '../../commands/types.js';
import { MESSAGES } from '../../messages.js';
import { DISCORD_LIMITS } from './limits.js';
import type { Logger } from './log.js';
import { renderChoices, renderModal, renderReply } from './render.js';
import { escapeUserText } from './text.js';
import { userVoiceOf } from './voice.js';

export const DISPATCH_DEFAULTS = Object.freeze({
  /** Defer when a handler has not answered by then: well inside Discord's 3 s, leaving time for the request. */
  deferAfterMs: Math.floor(DISCORD_LIMITS.interactionAckMs / 2),
});

export interface DispatchDeps {
  readonly router: Pick<CommandRouter, 'command' | 'runCommand' | 'runAction' | 'updatesMessage' | 'form' | 'runSubmit'>;
  readonly log: Logger;
  readonly deferAfterMs?: number;
  readonly newErrorId?: () => string;
}

type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction | ModalSubmitInteraction;
type Outcome = { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly error: unknown };

const privateReply = (body: string): Reply => ({ body, private: true, tone: 'error' });

/**
 * What the bot lacks to post a quiz in a channel, from its permissions there (`appPermissions`): View
 * Channel, Send Messages (Send Messages in Threads in a thread) and Embed Links (every post is an embed).
 * `thread` is undefined when the channel is not known (not cached): either kind of sending will do then.
 */
export function missingPostingPermissions(permissions: Readonly<PermissionsBitField>, thread: boolean | undefined): PostingPermission[] {
  const has = (flag: bigint) => permissions.has(flag);
  const missing: PostingPermission[] = [];
  if (!has(PermissionFlagsBits.ViewChannel)) missing.push('view-channel');
  if (thread === true && !has(PermissionFlagsBits.SendMessagesInThreads)) missing.push('send-messages-in-threads');
  if (thread === false && !has(PermissionFlagsBits.SendMessages)) missing.push('send-messages');
  if (thread === undefined && !has(PermissionFlagsBits.SendMessages) && !has(PermissionFlagsBits.SendMessagesInThreads)) missing.push('send-messages');
  if (!has(PermissionFlagsBits.EmbedLinks)) missing.push('embed-links');
  return missing;
}

/**
 * Who is asking and where, as ids; the user's name as they chose it (stored so, and escaped where it is
 * shown, like typed text); how typed text is shown back (escaped); and, in a server, what the bot lacks to
 * post in the channel and the voice channel the user is in.
 */
export function contextOf(interaction: Interaction): CommandContext {
  const member = interaction.member;
  const nickname = member ? ('displayName' in member ? member.displayName : (member.nick ?? undefined)) : undefined;
  return {
    guildId: interaction.guildId,
    channelId: interaction.channelId ?? '',
    userId: interaction.user.id,
    userName: nickname ?? interaction.user.displayName,
    canManageServer: interaction.guildId !== null && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    canModerateChannel: interaction.guildId !== null && (interaction.memberPermissions?.has(PermissionFlagsBits.ManageMessages) ?? false),
    showTyped: escapeUserText,
    ...(interaction.guildId !== null ? { roleIds: roleIdsOf(interaction) ?? [] } : {}),
    ...(interaction.inGuild() ? { cannotPost: missingPostingPermissions(interaction.appPermissions, interaction.channel?.isThread()) } : {}),
    ...voiceOf(interaction),
  };
}

/** The user's voice channel and what the tutor lacks there (read aloud: issue 17), in a server whose voice states are cached. */
function voiceOf(interaction: Interaction): Pick<CommandContext, 'voice'> {
  const voice = interaction.inGuild() ? userVoiceOf(interaction.guild, interaction.user.id) : undefined;
  return voice === undefined ? {} : { voice };
}

/** The subcommand and option values, as typed: commands escape typed text where they show it back (`showTyped`). */
export function inputOf(interaction: ChatInputCommandInteraction): CommandInput {
  const group = interaction.options.getSubcommandGroup(false) ?? undefined;
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  // A group holds its subcommand, which holds the options.
  const top = interaction.options.data[0];
  const data: readonly CommandInteractionOption[] = group ? (top?.options?.[0]?.options ?? []) : subcommand ? (top?.options ?? []) : interaction.options.data;
  const options: Record<string, OptionValue | undefined> = {};
  for (const option of data) if (option.value !== undefined) options[option.name] = option.value;
  return { ...(group ? { group } : {}), ...(subcommand ? { subcommand } : {}), options };
}

/**
 * How a command is acknowledged, from its spec and the subcommand's (which wins): `atOnce` when it is
 * slow (its work may block the process past Discord's 3 s, so a timer could not defer it in time), and
 * deferred privately when its replies are private (no public "thinking" in the class channel).
 */
export function acknowledgementOf(spec: CommandSpec, input: Pick<CommandInput, 'group' | 'subcommand'>): { readonly atOnce: boolean; readonly defer: 'public' | 'private' } {
  const subcommands = input.group ? spec.subcommandGroups?.find((g) => g.name === input.group)?.subcommands : spec.subcommands;
  const sub = subcommands?.find((s) => s.name === input.subcommand);
  return { atOnce: sub?.slow ?? spec.slow ?? false, defer: sub?.replies ?? spec.replies ?? 'public' };
}

/** A file's size as uploaded (text as UTF-8). */
const uploadBytes = (content: string | Uint8Array): number => (typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength);

/** The interaction's upload limit; Discord's default where the payload lacks it. */
const uploadLimitOf = (interaction: Interaction): number =>
  Number.isFinite(interaction.attachmentSizeLimit) && interaction.attachmentSizeLimit > 0 ? interaction.attachmentSizeLimit : DISCORD_LIMITS.attachmentBytes;

const megabytes = (bytes: number): string => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The reply without the files Discord would refuse (each file may be at most `limit` bytes, the
 * interaction's attachmentSizeLimit: 10 MiB unless the server is boosted), saying which were left off and
 * what to do instead, ahead of its text, so a large export or report does not become a generic error (40005).
 */
function withinUploadLimit(reply: Reply, limit: number, guildId: string | null): Reply {
  const files = reply.attachments ?? [];
  const tooBig = files.filter((a) => uploadBytes(a.content) > limit);
  if (tooBig.length === 0) return reply;
  const note = MESSAGES.discordFilesTooBig(
    tooBig.map((a) => a.name),
    megabytes(limit),
    guildId === null ? null : `guilds/${guildId}.json`,
  );
  return { ...reply, body: reply.body ? `${note}\n\n${reply.body}` : note, attachments: files.filter((a) => !tooBig.includes(a)) };
}

/** The member's role ids: from the cached member's roles, or the raw list an uncached member carries. */
function roleIdsOf(interaction: Interaction): readonly string[] | undefined {
  const roles = interaction.member?.roles;
  if (!roles) return undefined;
  return Array.isArray(roles) ? roles : [...roles.cache.keys()];
}

/** Every button id on a message, in action rows or any other container of components. */
export function buttonIdsOf(components: readonly unknown[]): Set<string> {
  const ids = new Set<string>();
  const visit = (c: unknown): void => {
    if (typeof c !== 'object' || c === null) return;
    const o = c as { customId?: unknown; components?: unknown; data?: { custom_id?: unknown } };
    if (typeof o.customId === 'string') ids.add(o.customId);
    else if (typeof o.data?.custom_id === 'string') ids.add(o.data.custom_id);
    if (Array.isArray(o.components)) o.components.forEach(visit);
  };
  components.forEach(visit);
  return ids;
}

export function createInteractionHandler(deps: DispatchDeps): (interaction: Interaction) => Promise<void> {
  const { log } = deps;
  const deferAfterMs = deps.deferAfterMs ?? DISPATCH_DEFAULTS.deferAfterMs;
  const newErrorId = deps.newErrorId ?? (() => randomUUID().slice(0, 8));
  // Looked up on each request: /tutor reload replaces the router's commands.
  const discordCommand = (name: string): Command | undefined => {
    const command = deps.router.command(name);
    return command && !command.spec.consoleOnly ? command : undefined;
  };

  const describe = (interaction: Interaction): Record<string, unknown> => ({
    interaction: interaction.id,
    what: interaction.isChatInputCommand() || interaction.isAutocomplete() ? `/${interaction.commandName}` : interaction.isButton() || interaction.isModalSubmit() ? interaction.customId : interaction.type,
    guild: interaction.guildId,
    channel: interaction.channelId,
    user: interaction.user.id,
  });

  const apology = (interaction: Interaction, error: unknown): Reply => {
    const errorId = newErrorId();
    log.error('interaction failed', { errorId, ...describe(interaction), error });
    return privateReply(MESSAGES.internalError(errorId));
  };

  /** Buttons acknowledged with deferUpdate: their "original" is the message the button is on. */
  const deferredUpdates = new WeakSet<Interaction>();

  /**
   * Sends a reply, whatever state the interaction is in (fresh, deferred publicly or privately or as an
   * update, answered). A reply that replaces its button's message (`update`) edits that message.
   */
  const deliver = async (interaction: RepliableInteraction, reply: Reply): Promise<void> => {
    const message = renderReply(withinUploadLimit(reply, uploadLimitOf(interaction), interaction.guildId));
    // An edit keeps the message's visibility; `components` is always there, so old buttons go.
    const edit = { embeds: message.embeds, components: message.components, ...(message.files ? { files: message.files } : {}) };
    if (interaction.isButton() && deferredUpdates.has(interaction)) {
      if (reply.update && !interaction.replied) await interaction.editReply(edit);
      else await interaction.followUp(message);
      return;
    }
    if (!interaction.deferred && !interaction.replied) {
      if (reply.update && interaction.isButton()) await interaction.update(edit);
      else await interaction.reply(message);
      return;
    }
    if (!interaction.deferred || interaction.replied) {
      await interaction.followUp(message);
      return;
    }
    if (Boolean(interaction.ephemeral) === Boolean(reply.private)) {
      await interaction.editReply(edit);
      return;
    }
    // Deferred with the other visibility. The "thinking" message keeps the visibility it was deferred
    // with, and so does the first follow-up (Discord makes it replace the thinking message). So: settle
    // the thinking message, send the reply as a follow-up of its own, and remove the placeholder.
    await interaction.editReply({ content: MESSAGES.discordRepliedSeparately, embeds: [], components: [] });
    await interaction.followUp(message);
    await interaction
      .deleteReply()
      .catch((error: unknown) => log.warn('could not remove the placeholder reply', { ...describe(interaction), error }));
  };

  /**
   * Acknowledges without a reply yet: a public or private "thinking" reply, or (a button whose handler
   * replaces its message) an update of the button's message, which shows nothing new until the reply edits it.
   */
  const acknowledge = async (interaction: RepliableInteraction, defer: 'public' | 'private' | 'update'): Promise<void> => {
    if (defer === 'update' && interaction.isButton()) {
      await interaction.deferUpdate();
      deferredUpdates.add(interaction);
    } else {
      await interaction.deferReply(defer === 'private' ? { flags: MessageFlags.Ephemeral } : {});
    }
  };

  /**
   * Runs the handler, deferring (`defer`, see acknowledge) if it is not done after `deferAfterMs`, or
   * before it starts when `atOnce`, and delivers its reply or an apology.
   */
  const respond = async (interaction: RepliableInteraction, work: () => Promise<Reply>, defer: 'public' | 'private' | 'update', atOnce = false): Promise<void> => {
    if (atOnce) await acknowledge(interaction, defer);
    const outcome: Promise<Outcome> = Promise.resolve()
      .then(work)
      .then(
        (reply) => ({ ok: true as const, reply }),
        (error: unknown) => ({ ok: false as const, error }),
      );
    let early: Outcome | undefined;
    if (!atOnce) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      early = await Promise.race([outcome, new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), deferAfterMs)))]);
      clearTimeout(timer);
      if (!early) await acknowledge(interaction, defer);
    }
    const result = early ?? (await outcome);
    await deliver(interaction, result.ok ? result.reply : apology(interaction, result.error));
  };

  const onCommand = async (interaction: ChatInputCommandInteraction): Promise<void> => {
    const command = discordCommand(interaction.commandName);
    if (!command) return deliver(interaction, privateReply(MESSAGES.discordUnknownCommand));
    if (command.spec.guildOnly && !interaction.inGuild()) return deliver(interaction, privateReply(MESSAGES.discordGuildOnly));
    const input = inputOf(interaction);
    const ctx = contextOf(interaction);
    log.debug('command', { ...describe(interaction), subcommand: input.subcommand });
    const { atOnce, defer } = acknowledgementOf(command.spec, input);
    return respond(
      interaction,
      async () => (await deps.router.runCommand(command.spec.name, input, ctx)) ?? privateReply(MESSAGES.discordUnknownCommand),
      defer,
      atOnce,
    );
  };

  const onButton = async (interaction: ButtonInteraction): Promise<void> => {
    const ctx = contextOf(interaction);
    log.debug('button', describe(interaction));
    // A modified client can send any button id from any message ("tutor:cancel" pressed on a quiz
    // question would replace the question): only a button that is on the message it came from counts.
    if (!buttonIdsOf(interaction.message.components).has(interaction.customId)) {
      log.warn('button not on its message', describe(interaction));
      return deliver(interaction, privateReply(MESSAGES.unknownAction));
    }
    // A form must be the first response (it cannot follow a deferral): its handler says at once.
    const form = deps.router.form(interaction.customId, ctx);
    if (form && 'action' in form) return interaction.showModal(renderModal(form));
    if (form) return deliver(interaction, form);
    return respond(
      interaction,
      async () => (await deps.router.runAction(interaction.customId, ctx)) ?? privateReply(MESSAGES.unknownAction),
      deps.router.updatesMessage(interaction.customId) ? 'update' : 'private',
    );
  };

  const onModalSubmit = async (interaction: ModalSubmitInteraction): Promise<void> => {
    const ctx = contextOf(interaction);
    log.debug('form', describe(interaction));
    const values: Record<string, string> = {};
    for (const [id, field] of interaction.fields.fields) if ('value' in field && typeof field.value === 'string') values[id] = field.value;
    return respond(interaction, async () => (await deps.router.runSubmit(interaction.customId, values, ctx)) ?? privateReply(MESSAGES.unknownAction), 'private');
  };

  const onAutocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = discordCommand(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    let choices: ReturnType<typeof renderChoices> = [];
    try {
      choices = renderChoices(command?.autocomplete?.(focused.name, String(focused.value), contextOf(interaction)) ?? []);
    } catch (error) {
      log.error('autocomplete failed', { ...describe(interaction), option: focused.name, error });
    }
    // Too late (Discord allows 3 s) or the user typed on: nothing anyone will see, so a warning.
    await interaction.respond(choices).catch((error: unknown) => log.warn('autocomplete answer not delivered', { ...describe(interaction), error }));
  };

  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) await onCommand(interaction);
      else if (interaction.isAutocomplete()) await onAutocomplete(interaction);
      else if (interaction.isButton()) await onButton(interaction);
      else if (interaction.isModalSubmit()) await onModalSubmit(interaction);
    } catch (error) {
      // The reply itself failed (e.g. Discord refused it): log it, and tell the user if still possible.
      const reply = apology(interaction, error);
      if (!interaction.isChatInputCommand() && !interaction.isButton() && !interaction.isModalSubmit()) return;
      try {
        await deliver(interaction, reply);
      } catch (second) {
        log.warn('could not send the apology either', { ...describe(interaction), error: second });
      }
    }
  };
}
