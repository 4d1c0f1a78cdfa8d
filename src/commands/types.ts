// The contract between commands and adapters. A command is data (its definition, which the Discord
// adapter registers and the console parses) plus handlers that return a Reply description. Adapters
// render replies: embeds and buttons on Discord, text and numbered choices in the console.

export type OptionType = 'string' | 'integer' | 'boolean' | 'user' | 'role';

export interface OptionSpec {
  readonly name: string;
  readonly description: string;
  readonly type: OptionType;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  readonly choices?: readonly { readonly name: string; readonly value: string }[];
}

/**
 * How a request is acknowledged before its reply, where the platform wants that within a few seconds
 * (Discord: 3 s). A subcommand's say overrides its command's.
 */
export interface AcknowledgementSpec {
  /**
   * Its work may take seconds, or hold up the process while it runs (a reload parses the fact base; a
   * picture is drawn): acknowledged before it starts, as a timer cannot fire while the work blocks.
   */
  readonly slow?: boolean;
  /** Its replies are private (teacher tools): acknowledged privately, so no one else sees it "thinking". */
  readonly replies?: 'private' | 'public';
}

export interface SubcommandSpec extends AcknowledgementSpec {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly OptionSpec[];
}

/** Subcommands under a name of their own (`/tutor homework set`): Discord's subcommand group. */
export interface SubcommandGroupSpec {
  readonly name: string;
  readonly description: string;
  readonly subcommands: readonly SubcommandSpec[];
}

export interface CommandSpec extends AcknowledgementSpec {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly OptionSpec[];
  readonly subcommands?: readonly SubcommandSpec[];
  /** Groups of subcommands, beside the plain ones (a command with groups has subcommands too). */
  readonly subcommandGroups?: readonly SubcommandGroupSpec[];
  /** Only usable in a server (not in DMs). */
  readonly guildOnly?: boolean;
  /** Needs the Manage Server permission (set as default permission and checked again by the handler). */
  readonly manageServer?: boolean;
  /** Offered only in the local console (Discord has its own way to the same thing). */
  readonly consoleOnly?: boolean;
}

export type OptionValue = string | number | boolean;

export interface CommandInput {
  /** The subcommand group, when the subcommand is in one (`homework` of `/tutor homework set`). */
  readonly group?: string;
  readonly subcommand?: string;
  readonly options: Readonly<Record<string, OptionValue | undefined>>;
}

/** Who is asking, and where. Ids only: no Discord objects reach commands. */
export interface CommandContext {
  /** The server; null in a direct message. The console uses one local server id. */
  readonly guildId: string | null;
  readonly channelId: string;
  readonly userId: string;
  /** The user's name as they chose it, plain: kept so, and shown through `showTyped` like typed text. */
  readonly userName: string;
  /** Whether the user has Manage Server in this server (checked by the adapter from the platform). */
  readonly canManageServer: boolean;
  /** May moderate this channel (Manage Messages on Discord): a moderator may stop anyone's quiz round here. */
  readonly canModerateChannel?: boolean;
  /** The user's roles in this server (ids), for a teacher role (/tutor teacher-role); absent where there are none. */
  readonly roleIds?: readonly string[];
  /** Where the request came from, so /help lists what works there. Discord when absent. */
  readonly surface?: 'discord' | 'console';
  /**
   * Makes text the user typed safe to show back as typed (Discord escapes Markdown). Commands receive
   * typed text raw and pass it through this wherever a reply shows it; shown as is when absent (the console).
   */
  readonly showTyped?: (typed: string) => string;
  /**
   * What the tutor lacks to post in this channel (quiz rounds post questions there), as the adapter
   * found it from the platform's permissions; absent or empty when it can post.
   */
  readonly cannotPost?: readonly PostingPermission[];
  /**
   * The voice channel the user is in and what the tutor lacks to speak there, as the adapter found it
   * from the platform (Discord: the server's voice states and the tutor's permissions there); null when
   * they are in none; absent where there is no voice (a direct message).
   */
  readonly voice?: UserVoice | null;
}

/** A permission the tutor needs to speak in a voice channel. */
export type VoicePermission = 'view-channel' | 'connect' | 'speak';

export interface UserVoice {
  readonly channelId: string;
  /** Empty when the tutor can join and speak there. */
  readonly cannotSpeak: readonly VoicePermission[];
  /** A Stage channel (the tutor could only listen) or a full one (it could not get in), whatever its permissions. */
  readonly unusable?: 'stage' | 'full';
}

/** A permission the tutor needs to post a quiz in a channel. */
export type PostingPermission = 'view-channel' | 'send-messages' | 'send-messages-in-threads' | 'embed-links';

/** Typed text as it may be shown back on the surface the request came from. */
export function shownAsTyped(ctx: Pick<CommandContext, 'showTyped'>, typed: string): string {
  return ctx.showTyped ? ctx.showTyped(typed) : typed;
}

/**
 * How players' names are shown where `surface` puts them: in a channel post (a `ChannelMessenger`) or in a reply
 * (a `CommandContext`), each as typed text is shown there (`shownAsTyped`).
 */
export function postedName(surface: Pick<CommandContext, 'showTyped'>): (name: string) => string {
  return (name) => shownAsTyped(surface, name);
}

export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

export interface ReplyButton {
  /** An action id the adapter routes back to an action handler, e.g. "ask:nep-features". */
  readonly action: string;
  readonly label: string;
  readonly style?: ButtonStyle;
  readonly disabled?: boolean;
  /** A short key the console shows and accepts for this button (e.g. "A"); numbers are used otherwise. */
  readonly key?: string;
  /** One of a question's answer choices (a quiz's, homework's or a review card's A–D): content, not a command. */
  readonly choice?: true;
}

export interface ReplyField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export type ReplyTone = 'answer' | 'info' | 'unsure' | 'refusal' | 'error' | 'success';

/** A file sent with a reply (a teacher's data export; a timeline or chart as a PNG). */
export interface ReplyAttachment {
  readonly name: string;
  /** Text (an export), or bytes (a picture). */
  readonly content: string | Uint8Array;
  /** A picture: shown inside the reply's embed on Discord; written to a file in the console. */
  readonly image?: boolean;
  /** What the picture shows, for screen readers (the attachment's description on Discord). */
  readonly description?: string;
  /** What the picture is, in a few words ("Chart of coal output"): the console says it before the file's path. */
  readonly label?: string;
}

/** A text box of a form: one line, or a paragraph (`long`). */
export interface FormField {
  readonly id: string;
  readonly label: string;
  readonly long?: boolean;
  readonly minLength?: number;
  readonly maxLength: number;
  readonly placeholder?: string;
  /** May be left empty (an essay's second box); every other field must be filled in. */
  readonly optional?: boolean;
}

/**
 * A form for the user to fill in (a modal on Discord; in the console, the lines typed up to /done). What
 * they submit goes to the submit handler of `action`'s ActionHandler, with each field's value by id.
 */
export interface ReplyForm {
  readonly action: string;
  readonly title: string;
  readonly fields: readonly FormField[];
}

export interface Reply {
  readonly title?: string;
  readonly body: string;
  readonly fields?: readonly ReplyField[];
  readonly footer?: string;
  readonly buttons?: readonly ReplyButton[];
  /** Shown only to the user who asked (ephemeral on Discord). */
  readonly private?: boolean;
  readonly tone?: ReplyTone;
  /** When answers close, as epoch ms (a quiz question): Discord shows it as a relative timestamp, the console as a countdown. */
  readonly deadline?: number;
  /**
   * A reply to a button that takes the place of the message the button was on (a confirmation prompt
   * replaced by its outcome, its buttons gone). Its handler must say `updatesMessage`. The console prints
   * it as any reply, and the old message's buttons stop working.
   */
  readonly update?: boolean;
  /** Files sent with the reply: attachments on Discord; printed after the reply in the console. */
  readonly attachments?: readonly ReplyAttachment[];
  /**
   * A form the reply invites the user to fill in at once (a practice question's answer): the console takes
   * the next lines typed for it; Discord offers it behind a button whose handler's `form` opens it.
   */
  readonly form?: ReplyForm;
}

export interface Choice {
  readonly name: string;
  readonly value: string;
}

export interface Command {
  readonly spec: CommandSpec;
  run(input: CommandInput, ctx: CommandContext): Promise<Reply> | Reply;
  /** Suggestions for an option being typed (Discord autocomplete; the console ignores it). */
  autocomplete?(option: string, partial: string, ctx: CommandContext): readonly Choice[];
}

/** Handles button presses whose action id starts with `prefix` + ":". */
export interface ActionHandler {
  readonly prefix: string;
  /**
   * Its replies may replace the message the button is on (`update: true`). Known before the handler
   * runs, so a slow press is acknowledged as an update of that message rather than as a new reply.
   */
  readonly updatesMessage?: boolean;
  run(args: readonly string[], ctx: CommandContext): Promise<Reply> | Reply;
  /**
   * For buttons that open a form: the form, or a reply instead (the button is stale). Undefined for a
   * button that does not open one, which `run` handles. Synchronous, as Discord wants a modal at once.
   */
  form?(args: readonly string[], ctx: CommandContext): ReplyForm | Reply | undefined;
  /** A form of this prefix submitted, with each field's value by id. */
  submit?(args: readonly string[], values: Readonly<Record<string, string>>, ctx: CommandContext): Promise<Reply> | Reply;
}

export function stringOption(input: CommandInput, name: string): string | undefined {
  const v = input.options[name];
  return typeof v === 'string' ? v : v === undefined ? undefined : String(v);
}

/** A true/false option: the platform's boolean, or (typed in the console) true/false, yes/no, on/off. */
export function booleanOption(input: CommandInput, name: string): boolean | undefined {
  const v = input.options[name];
  if (typeof v === 'boolean') return v;
  const text = typeof v === 'string' ? v.trim().toLowerCase() : '';
  return ['true', 'yes', 'on'].includes(text) ? true : ['false', 'no', 'off'].includes(text) ? false : undefined;
}

export function integerOption(input: CommandInput, name: string): number | undefined {
  const v = input.options[name];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v.trim())) return Number(v.trim());
  return undefined;
}

/**
 * Posting to a channel outside the request/reply cycle (quiz questions, reveals, podiums). The Discord
 * adapter sends and edits channel messages; the console prints.
 */
export interface ChannelMessenger {
  /** Posts a message and returns its id, for later edits. Fails with ChannelUnavailableError when the channel cannot be posted in. */
  send(channelId: string, reply: Reply): Promise<string>;
  edit(channelId: string, messageId: string, reply: Reply): Promise<void>;
  /** Makes a player's name safe to show as typed in a post (Discord escapes Markdown), as `CommandContext.showTyped` does; shown as is when absent. */
  readonly showTyped?: (typed: string) => string;
}

/** The channel is gone or the tutor may not post there: another try would fail the same way. */
export class ChannelUnavailableError extends Error {
  constructor(
    readonly channelId: string,
    reason: string,
    options?: { cause?: unknown },
  ) {
    super(`cannot post in channel ${channelId}: ${reason}`, options);
    this.name = 'ChannelUnavailableError';
  }
}
