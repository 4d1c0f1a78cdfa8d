// SVG → PNG with resvg (a Rust rasteriser shipped as prebuilt binaries inside registry packages), with
// only the font in assets/fonts: no system fonts, so text renders the same on every machine.
// Pictures are cached by their SVG text: the same timeline or chart is drawn once.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { renderAsync } from '@resvg/resvg-js';
import { encodePng } from './png.js';
import { FONT_FAMILY } from './svg.js';

/**
 * The folder of the shipped font: the nearest assets/fonts above this module (src/pictures and dist/pictures
 * are two folders below the project's root; a test's compiled copy may sit deeper).
 */
function fontFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (existsSync(path.join(candidate, 'DejaVuSans.ttf'))) return candidate;
    dir = path.dirname(dir);
  }
  return fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
}

/** The font files resvg is given (and no others). */
export const FONT_FILES: readonly string[] = Object.freeze(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fontFolder(), f)));

/** Pictures are at most this wide (Discord shows them scaled; wider only costs bytes). */
export const MAX_PICTURE_WIDTH = 1600;

export interface Picture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface PictureRenderer {
  /** The PNG of an SVG document, from the cache when the same SVG was drawn before. Laid out and drawn on libuv's thread pool, off the event loop. */
  render(svg: string): Promise<Picture>;
}

export interface PictureRendererOptions {
  /** How many pictures to keep (least recently used go first). */
  readonly cacheSize?: number;
  /** Scale factor for the raster (1 = the SVG's own size), held so the result is at most MAX_PICTURE_WIDTH wide. */
  readonly scale?: number;
}

export function createPictureRenderer(options: PictureRendererOptions = {}): PictureRenderer {
  const cacheSize = options.cacheSize ?? 64;
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
      const picture = rasterise(svg, options.scale ?? 1);
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

/**
 * resvg's drawn images live in native memory that V8 does not count, so garbage collection seldom runs
 * for them: drawing the 25 pictures of the fact base six times grew the process by about 900 MB. A
 * collection after each fresh drawing frees them (growth about 60 MB; about 1 ms, at most about 20 ms,
 * on the main thread). The collector is reached the way Node allows without a command-line flag.
 */
const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? () => void gc() : () => {};
  } catch {
    return () => {};
  }
})();

async function rasterise(svg: string, scale: number): Promise<Picture> {
  const declared = /\bwidth="(\d+)"/.exec(svg);
  const width = Math.min(MAX_PICTURE_WIDTH, Math.round(Number(declared?.[1] ?? MAX_PICTURE_WIDTH) * scale));
  const image = await renderAsync(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  });
  const picture = { png: await encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
  collectGarbage();
  return picture;
}
