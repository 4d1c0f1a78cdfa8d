// A fake Discord on 127.0.0.1: the REST API under /api/v10 and a gateway over WebSocket, enough for
// the real discord.js client to log in (through DISCORD_API_URL), receive interactions and answer them.
// It enforces what Discord enforces: the first response within 3 s (else 10062), one acknowledgement
// (else 40060), message, embed, component, choice and command limits (else 50035), and the bot's
// permissions in a channel for channel posts (else 50001 or 50013; interaction replies need none). Every
// refused request is kept in `rejections`, so a test can assert there were none.
//
// Voice (guilds with voiceChannelIds): users join voice channels (setUserVoice), the bot's gateway op 4 is
// answered as Discord does, pointing it at a fake voice server (fake-voice.ts) it connects to for real.
//
// Simulated users act through command(), autocomplete(), click() and submitModal() (filling in a modal
// the bot opened, as Discord's client does: required fields and lengths held); what the bot did is in
// `interactions` (per interaction: its response, original message and follow-ups) and `channelMessages`.
import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { checkChoices, checkCommands, checkMessage, checkModal } from './discord-rules.js';
import { FakeVoiceServer, type FakeVoiceOptions } from './fake-voice.js';

type Json = Record<string, unknown>;

export interface FakeUser {
  readonly id: string;
  readonly username: string;
  readonly globalName?: string;
}

export interface FakeGuild {
  readonly id: string;
  readonly name: string;
  readonly channelIds: readonly string[];
  /** Public threads (in the first channel), active, so the gateway sends them with the guild. */
  readonly threadIds?: readonly string[];
  /** Roles besides @everyone (a teacher role), sent with the guild. */
  readonly roles?: readonly { readonly id: string; readonly name: string }[];
  /** Voice channels (type 2): with any, the fake runs a voice server (fake-voice.ts) for the bot to join. */
  readonly voiceChannelIds?: readonly string[];
}

export interface FakeMessage {
  readonly id: string;
  readonly channelId: string;
  content: string;
  embeds: Json[];
  components: Json[];
  flags: number;
  /** The allowed_mentions the bot sent (interaction replies get the client's default from discord.js). */
  allowedMentions: unknown;
  deleted: boolean;
  edits: number;
  readonly interactionId?: string;
  /** Files uploaded with it (multipart/form-data), as text and as bytes (a picture). */
  files: { readonly name: string; readonly content: string; readonly bytes: Uint8Array }[];
}

export interface FakeInteraction {
  readonly id: string;
  readonly token: string;
  /** 2 command, 3 component, 4 autocomplete, 5 modal submit. */
  readonly type: 2 | 3 | 4 | 5;
  readonly createdAt: number;
  readonly guildId: string | null;
  readonly channelId: string;
  readonly user: FakeUser;
  /** Which gateway connection (shard) it was sent to. */
  readonly shard: readonly [number, number];
  /** For a button press: the message the button is on. */
  readonly messageId?: string;
  /** The first (and only accepted) callback. */
  response?: { readonly type: number; readonly data: Json | undefined; readonly at: number };
  /** The message the callback created (type 4 or 5), or the clicked message for an update (type 7, or 6 deferred). */
  original?: FakeMessage;
  readonly followUps: FakeMessage[];
  /** The first follow-up after a deferral replaces the "thinking" message, as on Discord. */
  loadingReplaced: boolean;
  choices?: { name: string; value: string | number }[];
  /** The modal the bot opened in response (type 9). */
  modal?: Json;
}

export interface Rejection {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly code: number;
  readonly message: string;
  readonly problems: readonly string[];
}

export interface RegisteredCommand extends Json {
  readonly id: string;
  readonly name: string;
}

export interface InvokeAs {
  readonly user: FakeUser;
  /** Absent: a direct message. */
  readonly guildId?: string;
  readonly channelId?: string;
  /** The member's permissions in the channel (a bit field). Default: an ordinary member's. */
  readonly permissions?: bigint;
  /**
   * Send it even though Discord's client would not offer it to this user (a command whose default
   * permission they lack, or a server-only command in a DM) — as a server's permission overrides can.
   */
  readonly override?: boolean;
  /** The member's roles (ids) in the server. */
  readonly roles?: readonly string[];
}

export interface FakeDiscordOptions {
  readonly token: string;
  readonly applicationId: string;
  readonly guilds: readonly FakeGuild[];
  readonly botName?: string;
  /** How long the first response may take (Discord: 3 s). */
  readonly ackDeadlineMs?: number;
  /** The largest file the bot may upload, told in each interaction (Discord: 10 MiB, more in boosted servers); a larger one is refused with 40005. */
  readonly attachmentSizeLimit?: number;
  readonly heartbeatIntervalMs?: number;
  /** Intents the application may use (the Developer Portal's switches); any other asked for closes the gateway with 4014. All by default. */
  readonly allowedIntents?: number;
  /** How the fake voice server treats DAVE (declined by default). */
  readonly voice?: FakeVoiceOptions;
}

interface GatewaySession {
  readonly socket: WebSocket;
  shard: readonly [number, number];
  sessionId: string;
  seq: number;
  ready: boolean;
  intents: number;
}

export const PERMISSIONS = Object.freeze({
  viewChannel: 1n << 10n,
  sendMessages: 1n << 11n,
  embedLinks: 1n << 14n,
  sendMessagesInThreads: 1n << 38n,
  administrator: 1n << 3n,
  /** View channel, send messages, read history, use application commands. */
  member: (1n << 10n) | (1n << 11n) | (1n << 16n) | (1n << 31n),
  /** What the README's invite asks for: View Channels, Send Messages, Embed Links, Send Messages in Threads (and read history). */
  bot: (1n << 10n) | (1n << 11n) | (1n << 14n) | (1n << 16n) | (1n << 38n),
  manageGuild: 1n << 5n,
  manageMessages: 1n << 13n,
  connect: 1n << 20n,
  speak: 1n << 21n,
});

const EPOCH = 1420070400000n;
let counter = 0n;
/** A snowflake for now, unique within the process. */
export function snowflake(at = Date.now()): string {
  counter = (counter + 1n) & 0xfffn;
  return String(((BigInt(at) - EPOCH) << 22n) | (1n << 17n) | counter);
}

/** The shard a guild belongs to, as Discord computes it. */
export function shardOf(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

const MESSAGE_FLAGS = Object.freeze({ ephemeral: 64, loading: 128 });

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
  }
}

const invalidForm = (problems: readonly string[]) => new HttpError(400, 50035, 'Invalid Form Body', problems);

export class FakeDiscord {
  readonly applicationId: string;
  readonly botUser: FakeUser;
  readonly guilds: readonly FakeGuild[];
  readonly interactions = new Map<string, FakeInteraction>();
  readonly channelMessages = new Map<string, FakeMessage[]>();
  readonly rejections: Rejection[] = [];
  readonly globalCommands: RegisteredCommand[] = [];
  readonly guildCommands = new Map<string, RegisteredCommand[]>();
  /** Every REST request, as "METHOD /path", for tests that check how the bot talks to Discord. */
  readonly requests: string[] = [];
  /** The bot's permissions per channel (as a server's settings would give it); PERMISSIONS.bot elsewhere. */
  readonly botPermissions = new Map<string, bigint>();
  readonly sessions: GatewaySession[] = [];
  readonly ackDeadlineMs: number;
  readonly attachmentSizeLimit: number;
  private readonly allowedIntents: number | undefined;
  private readonly token: string;
  private readonly heartbeatIntervalMs: number;
  private readonly events = new EventEmitter();
  private readonly messagesById = new Map<string, FakeMessage>();
  private server: Server | undefined;
  private wss: WebSocketServer | undefined;
  private port = 0;
  /** The voice server, when a guild has voice channels. */
  readonly voice: FakeVoiceServer | undefined;
  /** Who is in which voice channel: "guildId/userId" → channel id. */
  readonly voiceStates = new Map<string, string>();
  private readonly voiceChannelShapes = new Map<string, { readonly stage?: boolean; readonly userLimit?: number }>();
  /** Every voice state update the bot sent (gateway op 4): joining a channel, or leaving (null). */
  readonly botVoiceUpdates: { readonly guildId: string; readonly channelId: string | null }[] = [];
  /** The bot's permissions per voice channel (a member overwrite); its role's (bot, Connect, Speak) elsewhere. */
  readonly botVoicePermissions = new Map<string, bigint>();

  constructor(options: FakeDiscordOptions) {
    this.token = options.token;
    this.applicationId = options.applicationId;
    this.guilds = options.guilds;
    this.ackDeadlineMs = options.ackDeadlineMs ?? 3000;
    this.attachmentSizeLimit = options.attachmentSizeLimit ?? 10 * 1024 * 1024;
    this.allowedIntents = options.allowedIntents;
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 41_250;
    this.botUser = { id: options.applicationId, username: options.botName ?? 'History Tutor' };
    this.events.setMaxListeners(100);
    this.voice = options.guilds.some((g) => (g.voiceChannelIds ?? []).length > 0) ? new FakeVoiceServer(options.voice) : undefined;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handleHttp(req, res));
    this.server = server;
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.handleSocket(socket));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    await this.voice?.start();
  }

  async stop(): Promise<void> {
    for (const client of this.wss?.clients ?? []) client.terminate();
    await new Promise<void>((resolve) => (this.wss ? this.wss.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    await this.voice?.stop();
  }

  // ---------------------------------------------------------------- simulated users

  /** A user runs a slash command; options are checked against the registered definition, as Discord's client does. */
  async command(name: string, options: Readonly<Record<string, string | number | boolean>>, as: InvokeAs & { readonly subcommand?: string; readonly group?: string }): Promise<FakeInteraction> {
    const definition = this.registered(name, as.guildId);
    this.checkAllowed(definition, as);
    const optionDefs = as.subcommand ? this.subcommandOptions(definition, as.subcommand, as.group) : arr(definition['options']);
    const values = Object.entries(options).map(([key, value]) => {
      const def = optionDefs.find((o) => o['name'] === key);
      if (!def) throw new Error(`/${name} has no option "${key}"`);
      const choices = arr(def['choices']);
      if (choices.length > 0 && !choices.some((c) => c['value'] === value)) throw new Error(`/${name} ${key}: ${String(value)} is not one of its choices`);
      if (typeof value === 'number' && ((typeof def['min_value'] === 'number' && value < def['min_value']) || (typeof def['max_value'] === 'number' && value > def['max_value'])))
        throw new Error(`/${name} ${key}: ${value} is outside ${String(def['min_value'])}–${String(def['max_value'])}`);
      return { name: key, type: def['type'], value };
    });
    for (const def of optionDefs) if (def['required'] === true && !(String(def['name']) in options)) throw new Error(`/${name}: option ${String(def['name'])} is required`);
    const data = {
      id: String(definition['id']),
      name,
      type: 1,
      options: as.group
        ? [{ name: as.group, type: 2, options: [{ name: as.subcommand, type: 1, options: values }] }]
        : as.subcommand
          ? [{ name: as.subcommand, type: 1, options: values }]
          : values,
      ...(as.guildId ? { guild_id: as.guildId } : {}),
    };
    return this.dispatchInteraction(2, data, as);
  }

  /** A user types into an autocomplete option; resolves with the choices the bot offered. */
  async autocomplete(
    name: string,
    focused: { readonly name: string; readonly value: string },
    as: InvokeAs & { readonly subcommand?: string },
  ): Promise<{ interaction: FakeInteraction; choices: { name: string; value: string | number }[] }> {
    const definition = this.registered(name, as.guildId);
    const optionDefs = as.subcommand ? this.subcommandOptions(definition, as.subcommand) : arr(definition['options']);
    const def = optionDefs.find((o) => o['name'] === focused.name);
    if (!def || def['autocomplete'] !== true) throw new Error(`/${name} ${focused.name} has no autocomplete`);
    const option = { name: focused.name, type: def['type'], value: focused.value, focused: true };
    const data = { id: String(definition['id']), name, type: 1, options: as.subcommand ? [{ name: as.subcommand, type: 1, options: [option] }] : [option] };
    const interaction = await this.dispatchInteraction(4, data, as);
    await this.waitFor(() => interaction.response !== undefined, `autocomplete for /${name}`);
    return { interaction, choices: interaction.choices ?? [] };
  }

  /** A user presses a button on a message. Disabled buttons cannot be pressed, as in Discord's client. */
  async click(message: FakeMessage, customId: string, as: InvokeAs): Promise<FakeInteraction> {
    const button = message.components.flatMap((row) => arr(row['components'])).find((c) => c['custom_id'] === customId);
    if (!button) throw new Error(`no button ${customId} on message ${message.id}`);
    if (button['disabled'] === true) throw new Error(`button ${customId} is disabled`);
    if (message.deleted) throw new Error(`message ${message.id} was deleted`);
    const data = { custom_id: customId, component_type: 2 };
    return this.dispatchInteraction(3, data, { ...as, channelId: message.channelId }, message);
  }

  /**
   * A user fills in the modal the bot opened for `opened` (a button press or a command) and submits it. As
   * Discord's client does, it refuses an empty required field or a value outside the field's lengths.
   * Values are by text input custom id.
   */
  async submitModal(opened: FakeInteraction, values: Readonly<Record<string, string>>, as: InvokeAs): Promise<FakeInteraction> {
    const modal = opened.modal;
    if (!modal || opened.response?.type !== 9) throw new Error(`interaction ${opened.id} opened no modal`);
    const inputOf = (c: Json): Json | undefined => (c['type'] === 18 ? (c['component'] as Json) : arr(c['components'])[0]);
    const components = arr(modal['components']).map((c) => {
      const input = inputOf(c);
      if (!input) throw new Error('a modal component without a text input');
      const id = String(input['custom_id']);
      const value = values[id] ?? '';
      const n = [...value].length;
      if (input['required'] !== false && n === 0) throw new Error(`Discord's client would not submit the modal with "${id}" empty`);
      if (typeof input['max_length'] === 'number' && n > input['max_length']) throw new Error(`Discord's client would not take ${n} characters in "${id}" (at most ${input['max_length']})`);
      if (typeof input['min_length'] === 'number' && n > 0 && n < input['min_length']) throw new Error(`Discord's client would not submit fewer than ${input['min_length']} characters in "${id}"`);
      const submitted = { type: 4, custom_id: id, value };
      return c['type'] === 18 ? { type: 18, component: submitted } : { type: 1, components: [submitted] };
    });
    const message = opened.messageId ? this.messagesById.get(opened.messageId) : undefined;
    return this.dispatchInteraction(5, { custom_id: modal['custom_id'], components }, { ...as, channelId: opened.channelId }, message);
  }

  /**
   * What a modified client can do and Discord's own client cannot: press a button id that is not on the
   * message (one copied from another message, or made up).
   */
  async forgeClick(message: FakeMessage, customId: string, as: InvokeAs): Promise<FakeInteraction> {
    return this.dispatchInteraction(3, { custom_id: customId, component_type: 2 }, { ...as, channelId: message.channelId }, message);
  }

  /** Resolves once the interaction has a final visible reply (not "thinking"), and returns it. */
  async reply(interaction: FakeInteraction, timeoutMs = 5000): Promise<FakeMessage> {
    let found: FakeMessage | undefined;
    await this.waitFor(
      () => {
        found = this.visibleReply(interaction);
        return found !== undefined;
      },
      `a reply to interaction ${interaction.id}`,
      timeoutMs,
    );
    return found as FakeMessage;
  }

  /**
   * The last reply the user can see: the newest follow-up, else the original unless it is still thinking
   * or deleted. An update (type 7, or 6 deferred) has no reply of its own: it changed the clicked message.
   */
  visibleReply(interaction: FakeInteraction): FakeMessage | undefined {
    const followUp = interaction.followUps.filter((m) => !m.deleted).at(-1);
    if (followUp) return followUp;
    const original = interaction.original;
    const updated = interaction.response?.type === 6 || interaction.response?.type === 7;
    if (original && !original.deleted && (original.flags & MESSAGE_FLAGS.loading) === 0 && !updated) return original;
    return undefined;
  }

  /** Messages posted in a channel outside interactions (quiz questions, reveals, podiums). */
  postedIn(channelId: string): FakeMessage[] {
    return this.channelMessages.get(channelId) ?? [];
  }

  /** Polls `condition` on every change (and every 20 ms) until it holds. */
  async waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    if (condition()) return;
    await new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!condition()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const poll = setInterval(check, 20);
      const cleanup = () => {
        clearTimeout(timer);
        clearInterval(poll);
        this.events.off('change', check);
      };
      this.events.on('change', check);
    });
  }

  /** Resolves when `count` gateway sessions have identified and received READY. */
  async waitForSessions(count: number, timeoutMs = 10_000): Promise<void> {
    await this.waitFor(() => this.sessions.filter((s) => s.ready).length >= count, `${count} gateway session(s)`, timeoutMs);
  }

  // ---------------------------------------------------------------- interactions

  private registered(name: string, guildId: string | undefined): Json {
    const scoped = guildId ? (this.guildCommands.get(guildId) ?? []) : [];
    const definition = scoped.find((c) => c.name === name) ?? this.globalCommands.find((c) => c.name === name);
    if (!definition) throw new Error(`/${name} is not registered${guildId ? ` in guild ${guildId}` : ''}`);
    return definition;
  }

  private subcommandOptions(definition: Json, subcommand: string, group?: string): Json[] {
    const container = group ? arr(definition['options']).find((o) => o['type'] === 2 && o['name'] === group) : definition;
    if (!container) throw new Error(`/${String(definition['name'])} has no subcommand group ${group ?? ''}`);
    const sub = arr(container['options']).find((o) => o['type'] === 1 && o['name'] === subcommand);
    if (!sub) throw new Error(`/${String(definition['name'])} has no subcommand ${subcommand}`);
    return arr(sub['options']);
  }

  private checkAllowed(definition: Json, as: InvokeAs): void {
    if (as.override) return;
    const contexts = definition['contexts'];
    if (!as.guildId && Array.isArray(contexts) && !contexts.includes(1))
      throw new Error(`Discord would not offer /${String(definition['name'])} in a DM`);
    const needed = definition['default_member_permissions'];
    if (as.guildId && typeof needed === 'string') {
      const has = as.permissions ?? PERMISSIONS.member;
      if ((has & BigInt(needed)) !== BigInt(needed)) throw new Error(`Discord would not show /${String(definition['name'])} to this member`);
    }
  }

  private async dispatchInteraction(type: 2 | 3 | 4 | 5, data: Json, as: InvokeAs, message?: FakeMessage): Promise<FakeInteraction> {
    const guild = as.guildId ? this.guilds.find((g) => g.id === as.guildId) : undefined;
    if (as.guildId && !guild) throw new Error(`unknown guild ${as.guildId}`);
    const channelId = guild ? (as.channelId ?? guild.channelIds[0] ?? '') : this.dmChannelId(as.user);
    if (guild && this.guildOf(channelId) !== guild) throw new Error(`guild ${guild.id} has no channel ${channelId}`);
    const session = this.sessionFor(as.guildId);
    if (!session) throw new Error(`no ready gateway session handles guild ${as.guildId ?? '(DMs)'}`);
    const createdAt = Date.now();
    const id = snowflake(createdAt);
    const interaction: FakeInteraction = {
      id,
      token: `token-${id}-${Math.random().toString(36).slice(2)}`,
      type,
      createdAt,
      guildId: as.guildId ?? null,
      channelId,
      user: as.user,
      shard: session.shard,
      followUps: [],
      loadingReplaced: false,
      ...(message ? { messageId: message.id } : {}),
    };
    this.interactions.set(id, interaction);
    const user = { id: as.user.id, username: as.user.username, global_name: as.user.globalName ?? null, discriminator: '0', avatar: null };
    const permissions = String(as.permissions ?? PERMISSIONS.member);
    const payload: Json = {
      id,
      application_id: this.applicationId,
      type,
      data,
      token: interaction.token,
      version: 1,
      locale: 'en-GB',
      entitlements: [],
      attachment_size_limit: this.attachmentSizeLimit,
      app_permissions: String(guild ? this.botPermissionsIn(channelId) : PERMISSIONS.bot),
      authorizing_integration_owners: guild ? { '0': guild.id } : { '0': 'none' },
      context: guild ? 0 : 1,
      channel_id: interaction.channelId,
      channel: guild ? { ...this.channelPayload(guild, channelId), permissions } : { id: channelId, type: 1, recipients: [user] },
      ...(guild
        ? {
            guild_id: guild.id,
            guild: { id: guild.id, locale: 'en-GB', features: [] },
            guild_locale: 'en-GB',
            member: { user, roles: as.roles ?? [], permissions, joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0, nick: null, avatar: null, pending: false },
          }
        : { user }),
      ...(message ? { message: this.toApiMessage(message) } : {}),
    };
    this.send(session, 'INTERACTION_CREATE', payload);
    return interaction;
  }

  private guildOf(channelId: string): FakeGuild | undefined {
    return this.guilds.find((g) => g.channelIds.includes(channelId) || (g.threadIds ?? []).includes(channelId));
  }

  private isThread(channelId: string): boolean {
    return this.guilds.some((g) => (g.threadIds ?? []).includes(channelId));
  }

  private botPermissionsIn(channelId: string): bigint {
    return this.botPermissions.get(channelId) ?? PERMISSIONS.bot;
  }

  /** A channel (type 0) or a public thread (type 11) in the guild's first channel, as the gateway sends it. */
  private channelPayload(guild: FakeGuild, channelId: string): Json {
    if (!this.isThread(channelId)) {
      const position = guild.channelIds.indexOf(channelId);
      return { id: channelId, type: 0, guild_id: guild.id, name: `history-${position + 1}`, position, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 };
    }
    return {
      id: channelId,
      type: 11,
      guild_id: guild.id,
      name: 'revision thread',
      parent_id: guild.channelIds[0] ?? null,
      owner_id: '100000000000000000',
      last_message_id: null,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date(0).toISOString(), locked: false },
    };
  }

  private dmChannelId(user: FakeUser): string {
    return String(BigInt(user.id) + 1n);
  }

  /** The bot is kicked from a server (GUILD_DELETE without `unavailable`), or added back (GUILD_CREATE). */
  removeBotFrom(guildId: string): void {
    const session = this.sessionFor(guildId);
    if (!session) throw new Error(`no session for guild ${guildId}`);
    this.send(session, 'GUILD_DELETE', { id: guildId });
  }

  addBotBackTo(guildId: string): void {
    const session = this.sessionFor(guildId);
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!session || !guild) throw new Error(`no session or guild ${guildId}`);
    this.send(session, 'GUILD_CREATE', this.guildPayload(guild));
  }

  private sessionFor(guildId: string | undefined): GatewaySession | undefined {
    return this.sessions.find((s) => s.ready && s.socket.readyState === 1 && s.shard[0] === (guildId ? shardOf(guildId, s.shard[1]) : 0));
  }

  // ---------------------------------------------------------------- gateway

  private handleSocket(socket: WebSocket): void {
    const session: GatewaySession = { socket, shard: [0, 1], sessionId: '', seq: 0, ready: false, intents: 0 };
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null }));
    socket.on('message', (raw) => {
      let packet: Json;
      try {
        packet = JSON.parse(String(raw)) as Json;
      } catch {
        socket.close(4002, 'Decode error');
        return;
      }
      const d = packet['d'];
      switch (packet['op']) {
        case 1:
          socket.send(JSON.stringify({ op: 11, d: null, s: null, t: null }));
          break;
        case 2:
          this.identify(session, isObject(d) ? d : {});
          break;
        case 4:
          this.botVoiceStateUpdate(session, isObject(d) ? d : {});
          break;
        case 6:
          // No resuming here: tell the client to identify again.
          socket.send(JSON.stringify({ op: 9, d: false, s: null, t: null }));
          break;
        default:
          break;
      }
    });
    socket.on('close', () => {
      const i = this.sessions.indexOf(session);
      if (i >= 0) this.sessions.splice(i, 1);
      this.changed();
    });
  }

  private identify(session: GatewaySession, d: Json): void {
    if (d['token'] !== this.token) {
      session.socket.close(4004, 'Authentication failed.');
      return;
    }
    if (this.allowedIntents !== undefined && (Number(d['intents'] ?? 0) & ~this.allowedIntents) !== 0) {
      session.socket.close(4014, 'Disallowed intent(s).');
      return;
    }
    const shard = Array.isArray(d['shard']) ? (d['shard'] as [number, number]) : ([0, 1] as const);
    session.shard = [Number(shard[0]), Number(shard[1])];
    session.intents = Number(d['intents'] ?? 0);
    session.sessionId = `session-${snowflake()}`;
    const mine = this.guilds.filter((g) => shardOf(g.id, session.shard[1]) === session.shard[0]);
    this.sessions.push(session);
    this.send(session, 'READY', {
      v: 10,
      user: { id: this.botUser.id, username: this.botUser.username, discriminator: '0', global_name: null, avatar: null, bot: true, verified: true, flags: 0, mfa_enabled: false },
      guilds: mine.map((g) => ({ id: g.id, unavailable: true })),
      session_id: session.sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: session.shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      auth: {},
    });
    for (const guild of mine) this.send(session, 'GUILD_CREATE', this.guildPayload(guild));
    session.ready = true;
    this.changed();
  }

  private guildPayload(guild: FakeGuild): Json {
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: '100000000000000000',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [
        { id: guild.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: String(PERMISSIONS.member), managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
        ...(guild.roles ?? []).map((r, i) => ({ id: r.id, name: r.name, color: 0, hoist: false, position: i + 1, permissions: '0', managed: false, mentionable: false, flags: 0, icon: null, unicode_emoji: null })),
        { id: botRoleId(guild), name: this.botUser.username, color: 0, hoist: false, position: (guild.roles ?? []).length + 1, permissions: String(PERMISSIONS.bot | PERMISSIONS.connect | PERMISSIONS.speak), managed: true, mentionable: false, flags: 0, icon: null, unicode_emoji: null },
      ],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-GB',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: new Date(0).toISOString(),
      large: false,
      unavailable: false,
      member_count: 30,
      voice_states: [...this.voiceStates].filter(([key]) => key.startsWith(`${guild.id}/`)).map(([key, channelId]) => this.voiceStatePayload(guild.id, key.slice(guild.id.length + 1), channelId)),
      // The bot's own member, as Discord sends it: its role gives it what the invite asks for.
      members: [{ user: this.userPayload(this.botUser, true), roles: [botRoleId(guild)], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 }],
      channels: [...guild.channelIds.map((id) => this.channelPayload(guild, id)), ...(guild.voiceChannelIds ?? []).map((id, i) => this.voiceChannelPayload(guild, id, i))],
      threads: (guild.threadIds ?? []).map((id) => this.channelPayload(guild, id)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  private send(session: GatewaySession, event: string, d: unknown): void {
    session.seq += 1;
    session.socket.send(JSON.stringify({ op: 0, t: event, s: session.seq, d }));
  }

  // ---------------------------------------------------------------- voice

  /** A user joins a voice channel (null: leaves voice), as Discord tells the bot (VOICE_STATE_UPDATE). */
  setUserVoice(user: FakeUser, guildId: string, channelId: string | null): void {
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild || (channelId !== null && !(guild.voiceChannelIds ?? []).includes(channelId))) throw new Error(`guild ${guildId} has no voice channel ${String(channelId)}`);
    this.setVoiceState(guildId, user, channelId);
  }

  /** A voice channel becomes a Stage channel (type 13) or gets a user limit, as CHANNEL_UPDATE tells it. */
  setVoiceChannelShape(guildId: string, channelId: string, shape: { readonly stage?: boolean; readonly userLimit?: number }): void {
    this.changeVoiceChannel(guildId, channelId, () => this.voiceChannelShapes.set(channelId, shape));
  }

  /** The bot's permissions in a voice channel change (a member overwrite), as CHANNEL_UPDATE tells it. */
  setBotVoicePermissions(guildId: string, channelId: string, permissions: bigint): void {
    this.changeVoiceChannel(guildId, channelId, () => this.botVoicePermissions.set(channelId, permissions));
  }

  /** Applies a change to a voice channel of a guild and tells the bot (CHANNEL_UPDATE). */
  private changeVoiceChannel(guildId: string, channelId: string, change: () => void): void {
    const guild = this.guilds.find((g) => g.id === guildId);
    const index = guild?.voiceChannelIds?.indexOf(channelId) ?? -1;
    if (!guild || index < 0) throw new Error(`guild ${guildId} has no voice channel ${channelId}`);
    change();
    const session = this.sessionFor(guildId);
    if (session) this.send(session, 'CHANNEL_UPDATE', this.voiceChannelPayload(guild, channelId, index));
  }

  /** Moderators disconnect the bot from voice (VOICE_STATE_UPDATE with no channel). */
  disconnectBotFromVoice(guildId: string): void {
    this.setVoiceState(guildId, this.botUser, null);
  }

  /** Where the bot is in voice in a server, as Discord sees it. */
  botVoiceChannel(guildId: string): string | undefined {
    return this.voiceStates.get(`${guildId}/${this.botUser.id}`);
  }

  private setVoiceState(guildId: string, user: FakeUser, channelId: string | null): void {
    const key = `${guildId}/${user.id}`;
    if (channelId === null) this.voiceStates.delete(key);
    else this.voiceStates.set(key, channelId);
    const session = this.sessionFor(guildId);
    if (session) this.send(session, 'VOICE_STATE_UPDATE', { ...this.voiceStatePayload(guildId, user.id, channelId), member: { user: this.userPayload(user, user === this.botUser), roles: user === this.botUser ? [botRoleId({ id: guildId })] : [], joined_at: new Date(0).toISOString(), deaf: false, mute: false, flags: 0 } });
    this.changed();
  }

  /**
   * The bot asks to join or leave a voice channel (gateway op 4). As Discord does: its voice state, then
   * (joining) where its voice server is, with a token for it. Without Connect there, nothing happens.
   */
  private botVoiceStateUpdate(session: GatewaySession, d: Json): void {
    const guildId = String(d['guild_id']);
    const channelId = typeof d['channel_id'] === 'string' ? d['channel_id'] : null;
    this.botVoiceUpdates.push({ guildId, channelId });
    const guild = this.guilds.find((g) => g.id === guildId);
    if (!guild || !this.voice || (channelId !== null && !(guild.voiceChannelIds ?? []).includes(channelId))) return;
    if (channelId !== null && (this.botVoicePermissionsIn(channelId) & (PERMISSIONS.viewChannel | PERMISSIONS.connect)) !== (PERMISSIONS.viewChannel | PERMISSIONS.connect)) return;
    this.setVoiceState(guildId, this.botUser, channelId);
    if (channelId !== null) this.send(session, 'VOICE_SERVER_UPDATE', { token: this.voice.issueToken(guildId, this.botUser.id), guild_id: guildId, endpoint: this.voice.endpoint });
  }

  private botVoicePermissionsIn(channelId: string): bigint {
    return this.botVoicePermissions.get(channelId) ?? PERMISSIONS.bot | PERMISSIONS.connect | PERMISSIONS.speak;
  }

  private voiceStatePayload(guildId: string, userId: string, channelId: string | null): Json {
    return {
      guild_id: guildId,
      channel_id: channelId,
      user_id: userId,
      session_id: `voice-session-${userId}`,
      deaf: false,
      mute: false,
      self_deaf: userId === this.botUser.id,
      self_mute: false,
      self_video: false,
      suppress: false,
      request_to_speak_timestamp: null,
    };
  }

  /** A voice channel; the bot's own permissions there, when set, as a member overwrite. */
  private voiceChannelPayload(guild: FakeGuild, channelId: string, index: number): Json {
    const set = this.botVoicePermissions.get(channelId);
    const voiceBits = PERMISSIONS.viewChannel | PERMISSIONS.connect | PERMISSIONS.speak;
    const shape = this.voiceChannelShapes.get(channelId) ?? {};
    return {
      id: channelId,
      type: shape.stage ? 13 : 2,
      guild_id: guild.id,
      name: `Voice ${index + 1}`,
      position: guild.channelIds.length + index,
      permission_overwrites: set === undefined ? [] : [{ id: this.botUser.id, type: 1, allow: String(set & voiceBits), deny: String(voiceBits & ~set) }],
      nsfw: false,
      parent_id: null,
      bitrate: 64_000,
      user_limit: shape.userLimit ?? 0,
      rtc_region: null,
      video_quality_mode: 1,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
  }

  private userPayload(user: FakeUser, bot: boolean): Json {
    return { id: user.id, username: user.username, global_name: user.globalName ?? null, discriminator: '0', avatar: null, ...(bot ? { bot: true } : {}) };
  }

  // ---------------------------------------------------------------- REST

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '');
    this.requests.push(`${method} ${path}`);
    try {
      const raw = await readBody(req);
      const body: unknown = await parseBody(raw, req.headers['content-type']);
      this.checkUploads(body);
      const result = this.route(method, path, body, url.searchParams, req.headers.authorization);
      if (result === undefined) {
        res.writeHead(204).end();
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      }
    } catch (error) {
      const e = error instanceof HttpError ? error : new HttpError(500, 0, error instanceof Error ? error.message : String(error));
      this.rejections.push({ method, path, status: e.status, code: e.code, message: e.message, problems: e.problems });
      const errors = Object.fromEntries(e.problems.map((p, i) => [`problem_${i}`, { _errors: [{ code: 'BASE_TYPE_INVALID', message: p }] }]));
      res.writeHead(e.status, { 'content-type': 'application/json' }).end(JSON.stringify({ code: e.code, message: e.message, ...(e.problems.length > 0 ? { errors } : {}) }));
    } finally {
      this.changed();
    }
  }

  /** Discord refuses a request with a file larger than the upload limit: 40005 Request entity too large. */
  private checkUploads(body: unknown): void {
    const data = isObject(body) && isObject(body['data']) ? body['data'] : body;
    const files = isObject(data) && Array.isArray(data[FILES]) ? (data[FILES] as FakeMessage['files']) : [];
    if (files.some((f) => f.bytes.length > this.attachmentSizeLimit)) throw new HttpError(413, 40005, 'Request entity too large');
  }

  private requireBot(auth: string | undefined): void {
    if (auth !== `Bot ${this.token}`) throw new HttpError(401, 0, '401: Unauthorized');
  }

  private route(method: string, path: string, body: unknown, query: URLSearchParams, auth: string | undefined): unknown {
    let m: RegExpExecArray | null;
    if (method === 'GET' && (path === '/gateway/bot' || path === '/gateway')) {
      if (path === '/gateway/bot') this.requireBot(auth);
      return { url: this.gatewayUrl, shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 } };
    }
    if (method === 'GET' && path === '/users/@me') {
      this.requireBot(auth);
      return { id: this.botUser.id, username: this.botUser.username, discriminator: '0', bot: true, avatar: null, global_name: null };
    }
    if ((m = /^\/applications\/(\d+)\/(?:guilds\/(\d+)\/)?commands$/.exec(path))) {
      this.requireBot(auth);
      if (m[1] !== this.applicationId) throw new HttpError(403, 50001, 'Missing Access');
      const guildId = m[2];
      if (method === 'GET') return guildId ? (this.guildCommands.get(guildId) ?? []) : this.globalCommands;
      if (method === 'PUT') return this.putCommands(body, guildId);
    }
    if (method === 'POST' && (m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      return this.callback(m[1] ?? '', m[2] ?? '', body, query.get('with_response') === 'true');
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/.exec(path))) {
      if (m[1] !== this.applicationId) throw new HttpError(404, 10015, 'Unknown Webhook');
      return this.webhook(method, m[2] ?? '', m[3] === undefined ? undefined : decodeURIComponent(m[3]), body);
    }
    if ((m = /^\/channels\/(\d+)\/messages(?:\/(\d+))?$/.exec(path))) {
      this.requireBot(auth);
      return this.channelMessage(method, m[1] ?? '', m[2], body);
    }
    throw new HttpError(404, 0, `404: Not Found (the fake has no ${method} ${path})`);
  }

  private putCommands(body: unknown, guildId: string | undefined): RegisteredCommand[] {
    const problems = checkCommands(body);
    if (problems.length > 0) throw invalidForm(problems);
    const registered: RegisteredCommand[] = (body as Json[]).map((c) => ({
      ...c,
      id: snowflake(),
      name: String(c['name']),
      application_id: this.applicationId,
      version: snowflake(),
      type: 1,
      ...(guildId ? { guild_id: guildId } : {}),
    }));
    if (guildId) this.guildCommands.set(guildId, registered);
    else this.globalCommands.splice(0, this.globalCommands.length, ...registered);
    return registered;
  }

  private callback(id: string, token: string, body: unknown, withResponse: boolean): unknown {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token) throw new HttpError(404, 10062, 'Unknown interaction');
    if (interaction.response) throw new HttpError(400, 40060, 'Interaction has already been acknowledged.');
    if (Date.now() - interaction.createdAt > this.ackDeadlineMs) throw new HttpError(404, 10062, 'Unknown interaction');
    if (!isObject(body)) throw invalidForm(['body: must be an object']);
    const type = body['type'];
    const data = isObject(body['data']) ? body['data'] : undefined;
    // A modal submit may not answer with another modal; one from a button may update the button's message.
    const allowed: Record<number, readonly number[]> = { 2: [4, 5, 9], 3: [4, 5, 6, 7, 9], 4: [8], 5: interaction.messageId ? [4, 5, 6, 7] : [4, 5] };
    if (typeof type !== 'number' || !(allowed[interaction.type] ?? []).includes(type)) throw invalidForm([`type: ${String(type)} is not a valid response to this interaction`]);
    if (type === 4 || type === 7) {
      const problems = checkMessage(data ?? {}, { partial: type === 7 });
      if (problems.length > 0) throw invalidForm(problems.map((p) => `data.${p}`));
    }
    if (type === 8) {
      const problems = checkChoices(data?.['choices']);
      if (problems.length > 0) throw invalidForm(problems);
      interaction.choices = (data?.['choices'] as { name: string; value: string | number }[] | undefined) ?? [];
    }
    if (type === 9) {
      const problems = checkModal(data);
      if (problems.length > 0) throw invalidForm(problems);
      interaction.modal = data;
    }
    interaction.response = { type, data, at: Date.now() };
    if (type === 4 || type === 5) {
      const flags = Number(data?.['flags'] ?? 0) & MESSAGE_FLAGS.ephemeral;
      interaction.original = this.createMessage(interaction.channelId, {
        ...(type === 4 ? data : {}),
        flags: type === 5 ? flags | MESSAGE_FLAGS.loading : flags,
      }, interaction.id);
    }
    if (type === 7) {
      const clicked = this.findClickedMessage(interaction);
      if (clicked) this.applyEdit(clicked, data ?? {});
      interaction.original = clicked;
    }
    // A deferred update: the original response is the clicked message, edited later through the webhook.
    if (type === 6) interaction.original = this.findClickedMessage(interaction);
    if (!withResponse) return undefined;
    return {
      interaction: { id: interaction.id, type: interaction.type, activity_instance_id: null, response_message_id: interaction.original?.id ?? null, response_message_loading: type === 5, response_message_ephemeral: !!((interaction.original?.flags ?? 0) & 64) },
      ...(interaction.original ? { resource: { type, message: this.toApiMessage(interaction.original) } } : {}),
    };
  }

  private findClickedMessage(interaction: FakeInteraction): FakeMessage | undefined {
    return interaction.messageId ? this.messagesById.get(interaction.messageId) : undefined;
  }

  private webhook(method: string, token: string, messageId: string | undefined, body: unknown): unknown {
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (!interaction) throw new HttpError(404, 10015, 'Unknown Webhook');
    if (Date.now() - interaction.createdAt > 15 * 60 * 1000) throw new HttpError(401, 50027, 'Invalid Webhook Token');
    if (!interaction.response) throw new HttpError(404, 10015, 'Unknown Webhook');
    if (messageId === undefined) {
      if (method !== 'POST') throw new HttpError(405, 0, '405: Method Not Allowed');
      const problems = checkMessage(body, { partial: false });
      if (problems.length > 0) throw invalidForm(problems);
      const data = body as Json;
      const original = interaction.original;
      // The first follow-up after a deferral replaces the thinking message and keeps its visibility.
      if (original && !original.deleted && (original.flags & MESSAGE_FLAGS.loading) !== 0 && !interaction.loadingReplaced) {
        interaction.loadingReplaced = true;
        this.applyEdit(original, data);
        original.flags &= ~MESSAGE_FLAGS.loading;
        return this.toApiMessage(original);
      }
      const flags = Number(data['flags'] ?? 0) & MESSAGE_FLAGS.ephemeral;
      const message = this.createMessage(interaction.channelId, { ...data, flags }, interaction.id);
      interaction.followUps.push(message);
      return this.toApiMessage(message);
    }
    const target = messageId === '@original' ? interaction.original : [interaction.original, ...interaction.followUps].find((m) => m?.id === messageId);
    if (!target || target.deleted) throw new HttpError(404, 10008, 'Unknown Message');
    if (method === 'GET') return this.toApiMessage(target);
    if (method === 'DELETE') {
      target.deleted = true;
      return undefined;
    }
    if (method === 'PATCH') {
      const problems = checkMessage(body, { partial: true });
      if (problems.length > 0) throw invalidForm(problems);
      this.applyEdit(target, body as Json);
      target.flags &= ~MESSAGE_FLAGS.loading;
      return this.toApiMessage(target);
    }
    throw new HttpError(405, 0, '405: Method Not Allowed');
  }

  /**
   * What Discord checks of the bot's permissions for a channel message: seeing the channel for any
   * request; for a new message, sending (in threads, sending in threads) and, for embeds without text,
   * Embed Links. Interaction replies need none of them.
   */
  private checkPostingPermissions(channelId: string, method: string, body: unknown): void {
    const has = this.botPermissionsIn(channelId);
    const can = (flag: bigint) => (has & PERMISSIONS.administrator) !== 0n || (has & flag) !== 0n;
    if (!can(PERMISSIONS.viewChannel)) throw new HttpError(403, 50001, 'Missing Access');
    if (method !== 'POST') return;
    if (!can(this.isThread(channelId) ? PERMISSIONS.sendMessagesInThreads : PERMISSIONS.sendMessages)) throw new HttpError(403, 50013, 'Missing Permissions');
    // A message of embeds and no text, without Embed Links, is refused (with text, the embeds would be dropped).
    const data = isObject(body) ? body : {};
    if (arr(data['embeds']).length > 0 && !str(data['content']) && !can(PERMISSIONS.embedLinks)) throw new HttpError(403, 50013, 'Missing Permissions');
  }

  private channelMessage(method: string, channelId: string, messageId: string | undefined, body: unknown): unknown {
    if (!this.guildOf(channelId)) throw new HttpError(404, 10003, 'Unknown Channel');
    this.checkPostingPermissions(channelId, method, body);
    if (method === 'POST' && messageId === undefined) {
      const problems = checkMessage(body, { partial: false });
      if (problems.length > 0) throw invalidForm(problems);
      const data = body as Json;
      if (Number(data['flags'] ?? 0) & MESSAGE_FLAGS.ephemeral) throw invalidForm(['flags: channel messages cannot be ephemeral']);
      const message = this.createMessage(channelId, data, undefined);
      const list = this.channelMessages.get(channelId) ?? [];
      list.push(message);
      this.channelMessages.set(channelId, list);
      return this.toApiMessage(message);
    }
    const target = messageId ? this.messagesById.get(messageId) : undefined;
    if (!target || target.channelId !== channelId || target.deleted) throw new HttpError(404, 10008, 'Unknown Message');
    if (method === 'GET') return this.toApiMessage(target);
    if (method === 'PATCH') {
      const problems = checkMessage(body, { partial: true });
      if (problems.length > 0) throw invalidForm(problems);
      this.applyEdit(target, body as Json);
      return this.toApiMessage(target);
    }
    if (method === 'DELETE') {
      target.deleted = true;
      return undefined;
    }
    throw new HttpError(405, 0, '405: Method Not Allowed');
  }

  private createMessage(channelId: string, data: Json, interactionId: string | undefined): FakeMessage {
    const message: FakeMessage = {
      id: snowflake(),
      channelId,
      content: str(data['content']) ?? '',
      embeds: arr(data['embeds']),
      components: arr(data['components']),
      flags: Number(data['flags'] ?? 0),
      allowedMentions: data['allowed_mentions'],
      deleted: false,
      edits: 0,
      ...(interactionId ? { interactionId } : {}),
      files: Array.isArray(data[FILES]) ? (data[FILES] as FakeMessage['files']) : [],
    };
    this.messagesById.set(message.id, message);
    return message;
  }

  private applyEdit(message: FakeMessage, data: Json): void {
    if ('content' in data) message.content = str(data['content']) ?? '';
    if ('embeds' in data) message.embeds = arr(data['embeds']);
    if ('components' in data) message.components = arr(data['components']);
    if ('allowed_mentions' in data) message.allowedMentions = data['allowed_mentions'];
    if (Array.isArray(data[FILES])) message.files = data[FILES] as FakeMessage['files'];
    message.edits += 1;
  }

  private toApiMessage(message: FakeMessage): Json {
    const guild = this.guildOf(message.channelId);
    return {
      id: message.id,
      channel_id: message.channelId,
      ...(guild ? { guild_id: guild.id } : {}),
      author: { id: this.botUser.id, username: this.botUser.username, discriminator: '0', avatar: null, bot: true, global_name: null },
      content: message.content,
      timestamp: new Date().toISOString(),
      edited_timestamp: message.edits > 0 ? new Date().toISOString() : null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: message.files.map((f, i) => ({ id: String(i), filename: f.name, size: f.bytes.length, url: `https://cdn.invalid/${f.name}`, proxy_url: `https://cdn.invalid/${f.name}` })),
      embeds: message.embeds,
      components: message.components,
      pinned: false,
      type: message.interactionId ? 20 : 0,
      flags: message.flags,
      ...(message.interactionId ? { webhook_id: this.applicationId, application_id: this.applicationId } : {}),
    };
  }

  private changed(): void {
    this.events.emit('change');
  }
}

/** The role Discord gives a bot when it joins a server (managed), with the permissions its invite asked for. */
// snowflake() never sets bit 21, so this id is no channel's or user's.
const botRoleId = (guild: { readonly id: string }) => String(BigInt(guild.id) ^ (1n << 21n));
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const arr = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Where a multipart request's files ride along in its parsed body (a key no JSON payload has). */
const FILES = Symbol.for('fake-discord.files') as unknown as string;

/**
 * A request body: JSON, or multipart/form-data as discord.js sends files (`payload_json` and `files[n]`),
 * whose files are kept (as text) with the payload.
 */
async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (raw.length === 0) return undefined;
  if (!contentType?.startsWith('multipart/form-data')) return JSON.parse(raw.toString('utf8'));
  const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  const payload = form.get('payload_json');
  const body = (typeof payload === 'string' ? JSON.parse(payload) : {}) as Json;
  const files: { name: string; content: string; bytes: Uint8Array }[] = [];
  for (const [key, value] of form.entries()) {
    if (!key.startsWith('files[') || typeof value === 'string') continue;
    const bytes = new Uint8Array(await value.arrayBuffer());
    files.push({ name: value.name, content: new TextDecoder().decode(bytes), bytes });
  }
  if (isObject(body['data'])) (body['data'] as Json)[FILES] = files;
  else body[FILES] = files;
  return body;
}
