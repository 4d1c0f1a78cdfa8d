// Flite, run in a worker thread (./flite-worker.ts, looked after by ../workers/request-worker.ts): the
// speech engine's synthesiser. The worker is started on the first text, does not keep the process alive
// when idle, and is replaced after a failure; a text that cannot be spoken is a SpeechError the caller
// can answer, never a crash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { RequestWorker, startWorkerModule } from '../workers/request-worker.js';
import type { SynthRequest, SynthResponse, SynthWorkerData } from './flite-worker.js';

/** PCM at the synthesiser's own rate. */
export interface RawSpeech {
  readonly sampleRate: number;
  readonly samples: Int16Array;
}

/** The low-level synthesiser: text (already respelled) to PCM at its own rate. Tests pass a fake. */
export type Synthesize = (text: string) => Promise<RawSpeech>;

/** Speech that could not be made (the worker failed, stopped or took too long); `message` says why, for the log. */
export class SpeechError extends Error {
  override readonly name = 'SpeechError';
}

/** Limits of the speech worker. */
export const SYNTH_DEFAULTS = Object.freeze({
  /** A text taking longer than this is given up and the worker replaced (a long answer takes about 2 s). */
  timeoutMs: 30_000,
});

/** How the speech worker's failures are told (for the log). */
const SPEECH_WORDS = Object.freeze({ worker: 'the speech worker', request: 'speaking a text', failed: 'the text could not be spoken' });

/** Starts the speech worker (./flite-worker.ts, or .js compiled) with its data. */
export function startSynthWorker(data: SynthWorkerData): Worker {
  return startWorkerModule(new URL('./flite-worker.js', import.meta.url), data);
}

/**
 * One worker thread speaking texts in turn; started when first needed, replaced after a failure. One per
 * app is enough (speech is cached): src/app.ts (or a CLI) makes it and closes it when done.
 */
export class SynthWorker {
  private outDir: string | undefined;
  private readonly requests: RequestWorker<SynthRequest, SynthResponse, RawSpeech>;

  constructor(start: (data: SynthWorkerData) => Worker = startSynthWorker, timeoutMs: number = SYNTH_DEFAULTS.timeoutMs) {
    this.requests = new RequestWorker({
      start: () => start({ outDir: this.madeOutDir() }),
      timeoutMs,
      words: SPEECH_WORDS,
      error: (message) => new SpeechError(message),
      result: ({ sampleRate, samples }) => ({ sampleRate, samples }),
    });
  }

  /** Speaks a text in the worker; bound, so it can be passed as a Synthesize. Rejects with a SpeechError. */
  readonly synthesize: Synthesize = (text) => this.requests.request({ text });

  /** Stops the worker (texts under way fail); the next text starts a new one. */
  async close(): Promise<void> {
    await this.requests.close();
    this.removeOutDir();
  }

  /** Flite's output folder: made before the first worker starts, kept for the workers after it. */
  private madeOutDir(): string {
    // Made here, not in the worker, so it is removed when the process exits even if the worker is still idle.
    this.outDir ??= mkdtempSync(path.join(tmpdir(), 'tutor-speech-'));
    if (!removeAtExit.has(this)) {
      removeAtExit.add(this);
      if (removeAtExit.size === 1) process.once('exit', () => removeAtExit.forEach((w) => w.removeOutDir()));
    }
    return this.outDir;
  }

  private removeOutDir(): void {
    if (this.outDir) rmSync(this.outDir, { recursive: true, force: true });
    this.outDir = undefined;
  }
}

/** Speech workers whose output folder is removed when the process exits. */
const removeAtExit = new Set<SynthWorker>();
