// What the voice host needs from a platform's voice stack: join a server's voice channel, play speech
// there, leave, and hear when people come and go. The Discord adapter implements it over
// @discordjs/voice; the console writes each line to a WAV file; tests use a fake.
import type { Speech } from './speech.js';

/** Why a voice channel could not be joined, in terms a user can act on. */
export type VoiceFailure =
  /** No answer from the voice server in time (a network that blocks UDP, an outage). */
  | 'timeout'
  /** Discord closed the connection for want of its end-to-end encryption (DAVE, close code 4017). */
  | 'dave-required'
  /** The voice server refused the connection (another close code). */
  | 'refused'
  /** The server, the channel or the gateway connection is not there now. */
  | 'unavailable';

export class VoiceConnectError extends Error {
  constructor(
    readonly failure: VoiceFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VoiceConnectError';
  }
}

/** What the port reports about voice channels while the tutor is connected. */
export interface VoicePortEvents {
  /** The people (not bots) in a voice channel changed; `listeners` is how many there are now. */
  occupancy(guildId: string, channelId: string, listeners: number): void;
  /** Someone moved the tutor to another voice channel of the server. */
  moved(guildId: string, channelId: string): void;
  /** The tutor was disconnected without asking to leave (kicked, the channel deleted, the connection gone). */
  lost(guildId: string): void;
}

export interface VoicePort {
  /** Connects to a voice channel (moving there when already in another of the server); rejects with VoiceConnectError. */
  join(guildId: string, channelId: string): Promise<void>;
  /**
   * Plays speech in the server's voice channel; resolves once it has been played, or at once when `signal`
   * aborts. `text` is what it says (the console names its files by it).
   */
  play(guildId: string, speech: Speech, signal: AbortSignal, text: string): Promise<void>;
  /** Stops playing and leaves the server's voice channel (nothing happens when not in one). */
  leave(guildId: string): void;
  /** People (not bots) in a voice channel now. */
  listeners(guildId: string, channelId: string): number;
  /** How a channel is shown in a reply (a link to it on Discord). */
  channelName(guildId: string, channelId: string): string;
  /** Where the port reports changes; set once, by the voice host. */
  watch(events: VoicePortEvents): void;
}
