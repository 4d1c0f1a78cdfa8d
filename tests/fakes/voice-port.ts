// A voice port without a platform: it records joins, lines played and leaves, keeps who is in which
// channel, and plays each line for as long as it lasts on the fake clock (cut short when aborted).
import type { Scheduler } from '../../src/quiz/clock.js';
import type { Speech } from '../../src/voice/speech.js';
import { VoiceConnectError, type VoiceFailure, type VoicePort, type VoicePortEvents } from '../../src/voice/port.js';

export interface Played {
  readonly guildId: string;
  readonly channelId: string;
  readonly speech: Speech;
  interrupted: boolean;
  finished: boolean;
}

export class FakeVoicePort implements VoicePort {
  readonly joins: { guildId: string; channelId: string }[] = [];
  readonly leaves: string[] = [];
  readonly played: Played[] = [];
  /** The channel the tutor is in, per server. */
  readonly connected = new Map<string, string>();
  /** People (not bots) per voice channel. */
  readonly people = new Map<string, number>();
  private events: VoicePortEvents | undefined;
  private failures: VoiceFailure[] = [];
  private held: { resolve: () => void; reject: (e: unknown) => void }[] | undefined;

  constructor(private readonly scheduler: Scheduler) {}

  /** The next join fails so. */
  failNextJoin(failure: VoiceFailure): void {
    this.failures.push(failure);
  }

  /** Joins wait until release() (a slow voice server). */
  holdJoins(): void {
    this.held = [];
  }

  release(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const h of held) h.resolve();
  }

  async join(guildId: string, channelId: string): Promise<void> {
    this.joins.push({ guildId, channelId });
    const failure = this.failures.shift();
    if (failure) throw new VoiceConnectError(failure, `fake: ${failure}`);
    if (this.held) await new Promise<void>((resolve, reject) => this.held?.push({ resolve, reject }));
    this.connected.set(guildId, channelId);
  }

  play(guildId: string, speech: Speech, signal: AbortSignal, _text: string): Promise<void> {
    const channelId = this.connected.get(guildId);
    if (channelId === undefined) return Promise.reject(new Error('not connected'));
    const played: Played = { guildId, channelId, speech, interrupted: false, finished: false };
    this.played.push(played);
    return new Promise<void>((resolve) => {
      const timer = this.scheduler.setTimer(() => {
        played.finished = true;
        resolve();
      }, (1000 * speech.samples.length) / speech.sampleRate);
      signal.addEventListener('abort', () => {
        this.scheduler.clearTimer(timer);
        played.interrupted = !played.finished;
        resolve();
      });
    });
  }

  leave(guildId: string): void {
    this.leaves.push(guildId);
    this.connected.delete(guildId);
  }

  listeners(_guildId: string, channelId: string): number {
    return this.people.get(channelId) ?? 0;
  }

  channelName(_guildId: string, channelId: string): string {
    return `#${channelId}`;
  }

  watch(events: VoicePortEvents): void {
    this.events = events;
  }

  /** People join or leave a voice channel. */
  setPeople(guildId: string, channelId: string, count: number): void {
    this.people.set(channelId, count);
    this.events?.occupancy(guildId, channelId, count);
  }

  /** The tutor is kicked out of its channel. */
  disconnect(guildId: string): void {
    this.connected.delete(guildId);
    this.events?.lost(guildId);
  }
}
