// Pictures drawn off the main thread and cached by content. resvg (./draw.ts) runs in one worker thread
// (./raster-worker.ts, looked after by ../workers/request-worker.ts), started on the first picture and not
// keeping the process alive when idle; the main thread only hashes the SVG and receives the PNG's bytes,
// so no interaction waits on a drawing.
// The same timeline or chart is drawn once (the cache), and a failed drawing is an error the caller can
// answer (PictureError), never a crash: a worker that fails is replaced on the next picture.
import { createHash } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { RequestWorker, startWorkerModule } from '../workers/request-worker.js';
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

/** Draws one SVG at a scale: a DrawingWorker's draw; tests may pass another. */
export type Draw = (svg: string, scale: number) => Promise<Picture>;

export interface PictureRendererOptions {
  /** How many pictures to keep (least recently used go first). */
  readonly cacheSize?: number;
  /** Scale factor for the raster (1 = the SVG's own size), held so the result is at most MAX_PICTURE_WIDTH wide. */
  readonly scale?: number;
  /** Draws a picture: the app's DrawingWorker (its draw), or a fake in tests. */
  readonly draw: Draw;
}

export function createPictureRenderer(options: PictureRendererOptions): PictureRenderer {
  const cacheSize = options.cacheSize ?? 64;
  const draw = options.draw;
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

/** How the drawing worker's failures are told (for the log). */
const DRAWING_WORDS = Object.freeze({ worker: 'the drawing worker', request: 'a drawing', failed: 'the picture could not be drawn' });

/** Starts the drawing worker (./raster-worker.ts, or .js compiled). */
export function startDrawingWorker(): Worker {
  return startWorkerModule(new URL('./raster-worker.js', import.meta.url));
}

/**
 * One worker thread drawing pictures in turn; started when first needed, replaced after a failure. One per
 * app is enough (pictures are cached): src/app.ts makes it and closes it at shutdown.
 */
export class DrawingWorker {
  private readonly requests: RequestWorker<DrawRequest, DrawResponse, Picture>;

  constructor(start: () => Worker = startDrawingWorker, timeoutMs: number = DRAWING_DEFAULTS.timeoutMs) {
    this.requests = new RequestWorker({
      start,
      timeoutMs,
      words: DRAWING_WORDS,
      error: (message) => new PictureError(message),
      result: ({ png, width, height }) => ({ png, width, height }),
    });
  }

  /** Draws a picture in the worker; bound, so it can be passed as a renderer's Draw. Rejects with a PictureError. */
  readonly draw: Draw = (svg, scale) => this.requests.request({ svg, scale });

  /** Stops the worker (drawings under way fail); the next drawing starts a new one. */
  close(): Promise<void> {
    return this.requests.close();
  }
}
