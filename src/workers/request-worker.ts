// One worker thread answering requests in turn: what the drawing worker (src/pictures/rasterise.ts) and the
// speech worker (src/voice/flite.ts) share. The thread is started on the first request and replaced on the
// next one after a failure; it keeps the process alive only while requests are under way. A request is
// matched to its answer by id; one that fails (the worker said so, crashed, exited or took too long) is
// rejected with the user's own error class, never thrown at the process.
import { Worker } from 'node:worker_threads';

/** What a worker thread sends back for request `id`: its result's fields, or why there is none. */
export type WorkerAnswer = { readonly id: number; readonly ok: true } | { readonly id: number; readonly ok: false; readonly error: string };

/** How a worker's failures are told (for the log), e.g. for the drawing worker: */
export interface RequestWorkerWords {
  /** "the drawing worker" (… could not start / failed / stopped / was closed). */
  readonly worker: string;
  /** "a drawing" (… took longer than 30000 ms). */
  readonly request: string;
  /** "the picture could not be drawn" (: what the worker said). */
  readonly failed: string;
}

export interface RequestWorkerOptions<Answer extends WorkerAnswer, Result> {
  /** Starts a worker thread: on the first request, and on the next one after a failure. */
  readonly start: () => Worker;
  /** A request taking longer than this fails, and the worker is let go. */
  readonly timeoutMs: number;
  readonly words: RequestWorkerWords;
  /** The error every failure rejects with (PictureError, SpeechError). */
  readonly error: (message: string) => Error;
  /** The result of a request the worker answered. */
  readonly result: (answer: Extract<Answer, { readonly ok: true }>) => Result;
}

interface Waiting<Result> {
  readonly resolve: (result: Result) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** Requests (`Request` without its id) go to the worker as `Request`; it answers each with an `Answer`. */
export class RequestWorker<Request extends { readonly id: number }, Answer extends WorkerAnswer, Result> {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting<Result>>();
  private nextId = 1;

  constructor(private readonly options: RequestWorkerOptions<Answer, Result>) {}

  request(body: Omit<Request, 'id'>): Promise<Result> {
    const { words, timeoutMs } = this.options;
    let worker: Worker;
    try {
      worker = this.worker ?? this.started();
    } catch (error) {
      return Promise.reject(this.options.error(`${words.worker} could not start: ${messageOf(error)}`));
    }
    const id = this.nextId++;
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`${words.request} took longer than ${timeoutMs} ms`), timeoutMs);
      timer.unref();
      this.waiting.set(id, { resolve, reject, timer });
      // Held while requests are under way, so a script awaiting an answer does not exit first.
      worker.ref();
      worker.postMessage({ ...body, id });
    });
  }

  /** Stops the worker (requests under way fail); the next request starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail(`${this.options.words.worker} was closed`);
    await worker?.terminate();
  }

  private started(): Worker {
    const { words } = this.options;
    const worker = this.options.start();
    this.worker = worker;
    // Idle, it does not keep the process alive: the tutor exits when everything else is done.
    worker.unref();
    worker.on('message', (answer: Answer) => this.settle(answer));
    worker.on('error', (error) => {
      if (this.worker === worker) this.fail(`${words.worker} failed: ${messageOf(error)}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(`${words.worker} stopped (exit code ${code})`);
    });
    return worker;
  }

  private settle(answer: Answer): void {
    const waiting = this.waiting.get(answer.id);
    if (!waiting) return;
    this.waiting.delete(answer.id);
    clearTimeout(waiting.timer);
    if (this.waiting.size === 0) this.worker?.unref();
    const told: WorkerAnswer = answer;
    if (told.ok) waiting.resolve(this.options.result(answer as Extract<Answer, { readonly ok: true }>));
    else waiting.reject(this.options.error(`${this.options.words.failed}: ${told.error}`));
  }

  /** Fails every request under way and lets the worker go (a new one starts on the next request). */
  private fail(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(this.options.error(reason));
    }
    void worker?.terminate();
  }
}

/**
 * Starts the worker module `file`, named as compiled (`new URL('./raster-worker.js', import.meta.url)`).
 * Compiled (dist/), that is the file. Run from the sources (tsx: `npm start` in development, the tests,
 * the bench), it is the .ts file beside it, loaded with tsx's loader registered in the worker first,
 * whatever flags the process was started with.
 */
export function startWorkerModule(file: URL, workerData?: unknown): Worker {
  const data = workerData === undefined ? {} : { workerData };
  if (!import.meta.url.endsWith('.ts')) return new Worker(file, data);
  const source = new URL(file.href.replace(/\.js$/, '.ts'));
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: [], ...data });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
