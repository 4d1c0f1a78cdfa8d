// Pictures drawn off the main thread and cached by content. resvg (./draw.ts) runs in one worker thread
// (./raster-worker.ts), started on the first picture and not keeping the process alive when idle; the
// main thread only hashes the SVG and receives the PNG's bytes, so no interaction waits on a drawing.
// The same timeline or chart is drawn once (the cache), and a failed drawing is an error the caller can
// answer (PictureError), never a crash: a worker that fails is replaced on the next picture.
import { createHash } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import type { Picture } from './draw.js';
import type { DrawRequest, DrawResponse } from './raster-worker.js';

export { FONT_FILES, MAX_PICTURE_WIDTH, type Picture } from './draw.js';

export interface PictureRenderer {
  /** The PNG of an SVG document, from the cache when the same SVG was drawn before; drawn in a worker thread. Rejects with a PictureError. */
  render(svg: string): Promise<Picture>;
}

/** A picture that could not be drawn (the worker failed, stopped or took too long); `message` says why, for the log. */
export class PictureError extends Error {
  override readonly name = 'PictureError';
}

/** Draws one SVG at a scale: the drawing worker by default; tests may pass another. */
export type Draw = (svg: string, scale: number) => Promise<Picture>;

export interface PictureRendererOptions {
  /** How many pictures to keep (least recently used go first). */
  readonly cacheSize?: number;
  /** Scale factor for the raster (1 = the SVG's own size), held so the result is at most MAX_PICTURE_WIDTH wide. */
  readonly scale?: number;
  /** Draws a picture; the shared drawing worker (drawInWorker) when absent. */
  readonly draw?: Draw;
}

export function createPictureRenderer(options: PictureRendererOptions = {}): PictureRenderer {
  const cacheSize = options.cacheSize ?? 64;
  const draw = options.draw ?? drawInWorker;
  const cache = new Map<string, Promise<Picture>>();
  return {
    render(svg) {
      const key = createHash('sha256').update(svg).digest('hex');
      const cached = cache.get(key);
      if (cached) {
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const picture = draw(svg, options.scale ?? 1);
      cache.set(key, picture);
      // A failed drawing is not kept: the next request tries again.
      picture.catch(() => cache.delete(key));
      while (cache.size > cacheSize) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return picture;
    },
  };
}

/** Limits of the drawing worker. */
export const DRAWING_DEFAULTS = Object.freeze({
  /** A drawing taking longer than this is given up and the worker replaced (the tallest take about 0.5 s). */
  timeoutMs: 30_000,
});

/**
 * How the worker is started. Compiled (dist/), the worker is the .js file beside this one. Run from the
 * sources (tsx: `npm start` in development, the tests, the bench), it is the .ts file, loaded with tsx's
 * loader registered in the worker first, whatever flags the process was started with.
 */
export function startDrawingWorker(): Worker {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = new URL(`./raster-worker.${fromSources ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSources) return new Worker(file);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(boot, { eval: true, execArgv: [] });
}

interface Waiting {
  readonly resolve: (picture: Picture) => void;
  readonly reject: (error: PictureError) => void;
  readonly timer: NodeJS.Timeout;
}

/** One worker thread drawing pictures in turn; started when first needed, replaced after a failure. */
export class DrawingWorker {
  private worker: Worker | undefined;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 1;

  constructor(
    private readonly start: () => Worker = startDrawingWorker,
    private readonly timeoutMs: number = DRAWING_DEFAULTS.timeoutMs,
  ) {}

  draw(svg: string, scale: number): Promise<Picture> {
    let worker: Worker;
    try {
      worker = this.worker ?? this.started();
    } catch (error) {
      return Promise.reject(new PictureError(`the drawing worker could not start: ${messageOf(error)}`));
    }
    const id = this.nextId++;
    return new Promise<Picture>((resolve, reject) => {
      const timer = setTimeout(() => this.fail(`a drawing took longer than ${this.timeoutMs} ms`), this.timeoutMs);
      timer.unref();
      this.waiting.set(id, { resolve, reject, timer });
      // Held while drawings are under way, so a script awaiting a picture does not exit first.
      worker.ref();
      const request: DrawRequest = { id, svg, scale };
      worker.postMessage(request);
    });
  }

  /** Stops the worker (drawings under way fail); the next drawing starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.fail('the drawing worker was closed');
    await worker?.terminate();
  }

  private started(): Worker {
    const worker = this.start();
    this.worker = worker;
    // Idle, it does not keep the process alive: the tutor exits when everything else is done.
    worker.unref();
    worker.on('message', (response: DrawResponse) => this.settle(response));
    worker.on('error', (error) => {
      if (this.worker === worker) this.fail(`the drawing worker failed: ${messageOf(error)}`);
    });
    worker.on('exit', (code) => {
      if (this.worker === worker) this.fail(`the drawing worker stopped (exit code ${code})`);
    });
    return worker;
  }

  private settle(response: DrawResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    this.waiting.delete(response.id);
    clearTimeout(waiting.timer);
    if (this.waiting.size === 0) this.worker?.unref();
    if (response.ok) waiting.resolve({ png: response.png, width: response.width, height: response.height });
    else waiting.reject(new PictureError(`the picture could not be drawn: ${response.error}`));
  }

  /** Fails every drawing under way and lets the worker go (a new one starts on the next picture). */
  private fail(reason: string): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const [id, waiting] of this.waiting) {
      this.waiting.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(new PictureError(reason));
    }
    void worker?.terminate();
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The process's drawing worker, shared by every renderer (one thread is enough: pictures are cached). */
const shared = new DrawingWorker();

/** Draws a picture in the shared drawing worker. */
export const drawInWorker: Draw = (svg, scale) => shared.draw(svg, scale);
