// A stand-in for the speech engine: a sine tone whose length grows with the text, so tests (and the
// fake voice server) can tell speech from silence without synthesising any.
import type { Speech, SpeechEngine } from '../../src/voice/speech.js';

export interface FakeSpeechOptions {
  /** Seconds of tone per character (default 0.002: a 100-character line lasts 0.2 s). */
  readonly secondsPerChar?: number;
  readonly minSeconds?: number;
  readonly maxSeconds?: number;
  readonly frequency?: number;
}

export function sineSpeech(seconds: number, frequency = 440, amplitude = 12_000): Speech {
  const samples = new Int16Array(Math.round(48_000 * seconds));
  for (let i = 0; i < samples.length; i++) samples[i] = Math.round(amplitude * Math.sin((2 * Math.PI * frequency * i) / 48_000));
  return { sampleRate: 48_000, samples };
}

export class FakeSpeech implements SpeechEngine {
  /** Every text asked for, in order (a cached text too). */
  readonly spoken: string[] = [];
  private failing = new Set<string>();
  private readonly texts = new WeakMap<Speech, string>();

  constructor(private readonly options: FakeSpeechOptions = {}) {}

  /** The text a speech was made from. */
  textOf(speech: Speech): string | undefined {
    return this.texts.get(speech);
  }

  /** Makes speaking this text fail (the engine choking on it). */
  failOn(text: string): void {
    this.failing.add(text);
  }

  async speak(text: string): Promise<Speech> {
    this.spoken.push(text);
    if (this.failing.has(text)) throw new Error(`cannot say ${text}`);
    const { secondsPerChar = 0.002, minSeconds = 0.1, maxSeconds = 2, frequency = 440 } = this.options;
    const speech = sineSpeech(Math.min(maxSeconds, Math.max(minSeconds, text.length * secondsPerChar)), frequency);
    this.texts.set(speech, text);
    return speech;
  }
}
