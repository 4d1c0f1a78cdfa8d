// Discord's voice channels for the voice host (issue 17): the one file that imports @discordjs/voice.
// It joins through the server's gateway connection (guild.voiceAdapterCreator), turns each line of
// speech into Opus (StreamType.Raw: 48 kHz stereo s16le, so the mono speech is doubled) and sends it
// with @discordjs/voice, which offers Discord's end-to-end encryption (DAVE) as Discord requires since
// March 2026. Who is in which voice channel comes from VOICE_STATE_UPDATE (the GuildVoiceStates
// intent). A connection that fails (a timeout, close code 4017 for want of DAVE) is reported to the
// host as a VoiceConnectError and never crashes the bot.
import { Readable } from 'node:stream';
import {
  AudioPlayerStatus,
  createAudioPlayer,
  createAudioResource,
  entersState,
  joinVoiceChannel,
  NoSubscriberBehavior,
  StreamType,
  VoiceConnectionDisconnectReason,
  VoiceConnectionStatus,
  type AudioPlayer,
  type AudioPlayerState,
  type DiscordGatewayAdapterCreator,
  type VoiceConnection,
  type VoiceConnectionState,
} from '@discordjs/voice';
import { ChannelType, channelMention, Events, PermissionFlagsBits, type Client, type Guild, type PermissionsBitField } from 'discord.js';
import type { UserVoice, VoicePermission } from '../../commands/types.js';
import { VoiceConnectError, type VoicePort, type VoicePortEvents } from '../../voice/port.js';
import type { Speech } from '../../voice/speech.js';
import type { Logger } from './log.js';

export const DISCORD_VOICE_DEFAULTS = Object.freeze({
  /** How long joining may take (the voice gateway, the UDP handshake) before the starter is told it failed. */
  joinTimeoutMs: 15_000,
  /** After an unexpected disconnection, how long @discordjs/voice may take to reconnect before the channel counts as lost. */
  reconnectMs: 5_000,
  /** Discord's close code for a voice connection without DAVE, since 2 March 2026. */
  daveRequiredCode: 4017,
  /** Samples (48 kHz) handed to the Opus encoder at a time: 0.2 s, ten 20 ms frames. */
  chunkSamples: 9600,
  /** @discordjs/voice 0.19 declares this Node; older ones (Node 20) pass the voice tests but get a warning. */
  minNode: [22, 12] as const,
});

/** Whether this Node runs @discordjs/voice 0.19 as its authors support it (`process.versions.node`). */
export function nodeRunsVoice(version: string): boolean {
  const [major = 0, minor = 0] = version.split('.').map(Number);
  const [needMajor, needMinor] = DISCORD_VOICE_DEFAULTS.minNode;
  return major > needMajor || (major === needMajor && minor >= needMinor);
}

/** What the tutor lacks to speak in a voice channel, from its permissions there. */
export function missingVoicePermissions(permissions: Readonly<PermissionsBitField>): VoicePermission[] {
  const missing: VoicePermission[] = [];
  if (!permissions.has(PermissionFlagsBits.ViewChannel)) missing.push('view-channel');
  if (!permissions.has(PermissionFlagsBits.Connect)) missing.push('connect');
  if (!permissions.has(PermissionFlagsBits.Speak)) missing.push('speak');
  return missing;
}

/**
 * The voice channel a member is in (from the server's cached voice states) and what the tutor lacks
 * there (from its own member's roles and the channel's overwrites); null when they are in none;
 * undefined when the server is not cached.
 */
export function userVoiceOf(guild: Guild | null, userId: string): UserVoice | null | undefined {
  if (!guild) return undefined;
  const state = guild.voiceStates.cache.get(userId);
  if (!state?.channelId) return null;
  const me = guild.members.me;
  const channel = state.channel;
  const permissions = channel && me ? channel.permissionsFor(me) : null;
  // On a Stage the tutor would join as audience; a full channel lets it in only with Move Members (discord.js `full`).
  const unusable =
    channel?.type === ChannelType.GuildStageVoice
      ? 'stage'
      : channel?.full && !(me && channel.members.has(me.id)) && !permissions?.has(PermissionFlagsBits.MoveMembers)
        ? 'full'
        : undefined;
  // Unknown permissions (the tutor's member not cached): try, and let the join say what went wrong.
  return { channelId: state.channelId, cannotSpeak: permissions ? missingVoicePermissions(permissions) : [], ...(unusable ? { unusable } : {}) };
}

/** Mono samples as the stereo 16-bit little-endian PCM that StreamType.Raw takes. */
export function stereoPcm(samples: Int16Array): Buffer {
  const out = Buffer.alloc(samples.length * 4);
  const view = new DataView(out.buffer, out.byteOffset, out.length);
  samples.forEach((sample, i) => {
    view.setInt16(i * 4, sample, true);
    view.setInt16(i * 4 + 2, sample, true);
  });
  return out;
}

/**
 * The speech as stereo PCM in short chunks, made as they are read. The Opus encoder (opusscript, on the
 * main thread) encodes each chunk it is given at once: fed a whole minute of speech, it would hold the
 * event loop for seconds; fed 0.2 s at a time, as the player draws on it, a few milliseconds.
 */
export function* stereoChunks(speech: Speech, samplesPerChunk = DISCORD_VOICE_DEFAULTS.chunkSamples): Generator<Buffer> {
  for (let at = 0; at < speech.samples.length; at += samplesPerChunk) yield stereoPcm(speech.samples.subarray(at, at + samplesPerChunk));
}

interface Joined {
  readonly connection: VoiceConnection;
  readonly player: AudioPlayer;
  /** Set when the tutor itself leaves, so its own disconnection is not reported as lost. */
  leaving: boolean;
}

export interface DiscordVoiceOptions {
  readonly log: Logger;
  readonly joinTimeoutMs?: number;
  /** `process.versions.node` by default: an older one than @discordjs/voice declares is warned about. */
  readonly nodeVersion?: string;
}

export function createDiscordVoice(client: Client, options: DiscordVoiceOptions): VoicePort {
  const { log } = options;
  const joinTimeoutMs = options.joinTimeoutMs ?? DISCORD_VOICE_DEFAULTS.joinTimeoutMs;
  const nodeVersion = options.nodeVersion ?? process.versions.node;
  // Voice works on Node 20 against the test suite's fake voice server, but @discordjs/voice supports 22.12 and later.
  if (!nodeRunsVoice(nodeVersion))
    log.warn('reading aloud in voice channels is supported on Node 22.12 or later (Node 24 or 22 recommended); this Node is older', { node: nodeVersion });
  const joined = new Map<string, Joined>();
  let events: VoicePortEvents | undefined;

  const listeners = (guildId: string, channelId: string): number => {
    const guild = client.guilds.cache.get(guildId);
    if (!guild) return 0;
    const isBot = (id: string) => id === client.user?.id || (guild.members.cache.get(id)?.user.bot ?? client.users.cache.get(id)?.bot ?? false);
    return guild.voiceStates.cache.filter((s) => s.channelId === channelId && !isBot(s.id)).size;
  };

  /** Forgets a connection that ended without the tutor leaving, and tells the host. */
  const lost = (guildId: string, entry: Joined, why: string) => {
    if (joined.get(guildId) !== entry || entry.leaving) return;
    joined.delete(guildId);
    entry.leaving = true;
    entry.player.stop(true);
    if (entry.connection.state.status !== VoiceConnectionStatus.Destroyed) entry.connection.destroy();
    log.warn('voice connection lost', { guildId, why });
    events?.lost(guildId);
  };

  const track = (guildId: string, connection: VoiceConnection): Joined => {
    const existing = joined.get(guildId);
    if (existing?.connection === connection) return existing;
    const player = createAudioPlayer({ behaviors: { noSubscriber: NoSubscriberBehavior.Pause } });
    const entry: Joined = { connection, player, leaving: false };
    // Without 'error' listeners an EventEmitter's error would crash the process.
    player.on('error', (error) => log.warn('voice: a line could not be played', { guildId, error }));
    connection.on('error', (error) => log.warn('voice connection error', { guildId, error }));
    connection.subscribe(player);
    // Dropped once ready: @discordjs/voice reconnects by itself when it can (a moved channel, a network
    // blip); when it has not within a few seconds, the channel is lost.
    connection.on('stateChange', (old: VoiceConnectionState, now: VoiceConnectionState) => {
      if (now.status === VoiceConnectionStatus.Destroyed) return lost(guildId, entry, 'destroyed');
      if (now.status !== VoiceConnectionStatus.Disconnected || old.status === VoiceConnectionStatus.Disconnected || entry.leaving) return;
      Promise.race([
        entersState(connection, VoiceConnectionStatus.Signalling, DISCORD_VOICE_DEFAULTS.reconnectMs),
        entersState(connection, VoiceConnectionStatus.Connecting, DISCORD_VOICE_DEFAULTS.reconnectMs),
      ]).catch(() => lost(guildId, entry, `disconnected (${now.reason === VoiceConnectionDisconnectReason.WebSocketClose ? now.closeCode : now.reason})`));
    });
    joined.set(guildId, entry);
    return entry;
  };

  /** Resolves when the connection is ready; rejects with a VoiceConnectError saying why it will not be. */
  const whenReady = (connection: VoiceConnection): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (connection.state.status === VoiceConnectionStatus.Ready) return resolve();
      let closeCode: number | undefined;
      const watched = new WeakSet<object>();
      const finish = (error?: VoiceConnectError) => {
        clearTimeout(timer);
        connection.off('stateChange', onState);
        if (error) reject(error);
        else resolve();
      };
      // Each attempt's networking reports its close code; 4017 (no DAVE) will not change on a retry.
      const watchNetworking = (state: VoiceConnectionState) => {
        const networking = 'networking' in state ? state.networking : undefined;
        if (!networking || watched.has(networking)) return;
        watched.add(networking);
        networking.on('close', (code: number) => {
          closeCode = code;
          if (code === DISCORD_VOICE_DEFAULTS.daveRequiredCode) finish(new VoiceConnectError('dave-required', `the voice server closed the connection with ${code}: DAVE required`));
        });
      };
      const onState = (_old: VoiceConnectionState, state: VoiceConnectionState) => {
        watchNetworking(state);
        if (state.status === VoiceConnectionStatus.Ready) finish();
        else if (state.status === VoiceConnectionStatus.Destroyed) finish(new VoiceConnectError('unavailable', 'the voice connection was closed while joining'));
        else if (state.status === VoiceConnectionStatus.Disconnected)
          finish(
            state.reason === VoiceConnectionDisconnectReason.WebSocketClose
              ? new VoiceConnectError('refused', `the voice server closed the connection (${state.closeCode})`)
              : new VoiceConnectError('unavailable', `disconnected while joining (${VoiceConnectionDisconnectReason[state.reason]})`),
          );
      };
      const timer = setTimeout(
        () => finish(new VoiceConnectError('timeout', `not connected after ${joinTimeoutMs} ms${closeCode === undefined ? '' : ` (last close code ${closeCode})`}`)),
        joinTimeoutMs,
      );
      connection.on('stateChange', onState);
      watchNetworking(connection.state);
    });

  const leave = (guildId: string) => {
    const entry = joined.get(guildId);
    if (!entry) return;
    entry.leaving = true;
    joined.delete(guildId);
    entry.player.stop(true);
    if (entry.connection.state.status !== VoiceConnectionStatus.Destroyed) entry.connection.destroy();
  };

  return {
    async join(guildId, channelId) {
      const guild = client.guilds.cache.get(guildId);
      if (!guild?.channels.cache.get(channelId)?.isVoiceBased()) throw new VoiceConnectError('unavailable', `no voice channel ${channelId} in server ${guildId}`);
      const current = joined.get(guildId);
      if (current && current.connection.joinConfig.channelId === channelId && current.connection.state.status === VoiceConnectionStatus.Ready) return;
      const connection = joinVoiceChannel({
        guildId,
        channelId,
        // discord.js and @discordjs/voice name the same gateway payloads with different discord-api-types versions.
        adapterCreator: guild.voiceAdapterCreator as unknown as DiscordGatewayAdapterCreator,
        selfDeaf: true,
        selfMute: false,
      });
      const entry = track(guildId, connection);
      try {
        await whenReady(connection);
      } catch (error) {
        log.warn('could not join a voice channel', { guildId, channelId, error });
        if (joined.get(guildId) === entry) leave(guildId);
        throw error;
      }
    },

    play(guildId, speech, signal) {
      const entry = joined.get(guildId);
      if (!entry) return Promise.reject(new Error(`not in a voice channel in server ${guildId}`));
      if (signal.aborted) return Promise.resolve();
      const resource = createAudioResource(Readable.from(stereoChunks(speech), { objectMode: false }), { inputType: StreamType.Raw });
      return new Promise<void>((resolve) => {
        const done = () => {
          entry.player.off('stateChange', onState);
          entry.player.off('error', done);
          signal.removeEventListener('abort', onAbort);
          resolve();
        };
        const onState = (_old: AudioPlayerState, state: AudioPlayerState) => {
          if (state.status === AudioPlayerStatus.Idle) done();
        };
        const onAbort = () => entry.player.stop(true);
        entry.player.on('stateChange', onState);
        entry.player.on('error', done);
        signal.addEventListener('abort', onAbort, { once: true });
        entry.player.play(resource);
      });
    },

    leave,
    listeners,
    channelName: (_guildId, channelId) => channelMention(channelId),

    watch(watcher) {
      events = watcher;
      client.on(Events.VoiceStateUpdate, (before, after) => {
        const guildId = after.guild.id;
        if (after.id === client.user?.id) {
          const entry = joined.get(guildId);
          if (!entry || entry.leaving) return;
          // Disconnected by someone else (or the channel deleted); or dragged to another channel.
          if (after.channelId === null) lost(guildId, entry, 'disconnected from the channel');
          else if (before.channelId !== null && before.channelId !== after.channelId) watcher.moved(guildId, after.channelId);
          return;
        }
        for (const channelId of new Set([before.channelId, after.channelId]))
          if (channelId !== null && joined.get(guildId)?.connection.joinConfig.channelId === channelId) watcher.occupancy(guildId, channelId, listeners(guildId, channelId));
      });
    },
  };
}
