// Flite, run in a worker thread (./flite-worker.ts): the speech engine's synthesiser. The worker is
// started on the first text, does not keep the process alive when idle, and is replaced after a failure;
// a text that cannot be spoken is a SpeechError the caller can answer, never a crash.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
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

/**
 * How the worker is started. Compiled (dist/), the worker is the .js file beside this one. Run from the
 * sources (tsx: `npm start` in development, the tests, the bench), it is the .ts file, loaded with tsx's
 * loader registered in the worker first, whatever flags the process was started with.
 */
export function startSynthWorker(data: SynthWorkerData): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = new URL(`./flite-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(file, { workerData: data });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: [], workerData: data });
}

interface Waiting {
  readonly resolve: (speech: RawSpeech) => void;
  readonly reject: (error: SpeechError) => void;
  readonly timer: NodeJS.Timeout;
}

/** One worker thread speaking texts in turn; started when first needed, replaced after a failure. */
export class SynthWorker {
  private worker: Worker | undefined;
  private outDir: string | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(
    private readonly start: (data: SynthWorkerData) => Worker = startSynthWorker,
    private readonly timeoutMs: number = SYNTH_DEFAULTS.timeoutMs,
  ) {}

  synthesize(text: string): Promise<RawSpeech> {
    let worker: Worker;
    try {
      worker = this.worker ?? this.started();
    } catch (error) {
      return Promise.reject(new SpeechError(`the speech worker could not start: ${messageOf(error)}`));
    }
    const id = this.nextId++;
    return new Promise<RawSpeech>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`speaking a text took longer than ${this.timeoutMs} ms`), this.timeoutMs);
      timer.unref();
      this.waiting.set(id, { resolve, reject, timer });
      // Held while texts are being spoken, so a script awaiting speech does not exit first.
      worker.ref();
      const request: SynthRequest = { id, text };
      worker.postMessage(request);
    });
  }

  /** Stops the worker (texts under way fail); the next text starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail('the speech worker was closed');
    await worker?.terminate();
    this.removeOutDir();
  }

  private started(): Worker {
    // Made here, not in the worker, so it is removed when the process exits even if the worker is still idle.
    this.outDir ??= mkdtempSync(path.join(tmpdir(), 'tutor-speech-'));
    if (!removeAtExit.has(this)) {
      removeAtExit.add(this);
      if (removeAtExit.size === 1) process.once('exit', () => removeAtExit.forEach((w) => w.removeOutDir()));
    }
    const worker = this.start({ outDir: this.outDir });
    this.worker = worker;
    // Idle, it does not keep the process alive: the tutor exits when everything else is done.
    worker.unref();
    worker.on('message', (response: SynthResponse) => this.settle(response));
    worker.on('error', (error) => {
      if (this.worker === worker) this.fail(`the speech worker failed: ${messageOf(error)}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(`the speech worker stopped (exit code ${code})`);
    });
    return worker;
  }

  private removeOutDir(): void {
    if (this.outDir) rmSync(this.outDir, { recursive: true, force: true });
    this.outDir = undefined;
  }

  private settle(response: SynthResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    clearTimeout(waiting.timer);
    if (this.waiting.size === 0) this.worker?.unref();
    if (response.ok) waiting.resolve({ sampleRate: response.sampleRate, samples: response.samples });
    else waiting.reject(new SpeechError(`the text could not be spoken: ${response.error}`));
  }

  /** Fails every text under way and lets the worker go (a new one starts on the next text). */
  private fail(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(new SpeechError(reason));
    }
    void worker?.terminate();
  }
}

const removeAtExit = new Set<SynthWorker>();

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The process's speech worker, shared by every engine (one thread is enough: speech is cached). */
const shared = new SynthWorker();

/** Speaks a text with Flite in the shared speech worker. */
export const synthesizeWithFlite: Synthesize = (text) => shared.synthesize(text);
