// SVG → PNG with resvg (a Rust rasteriser shipped as prebuilt binaries inside registry packages), with
// only the font in assets/fonts: no system fonts, so text renders the same on every machine. This runs
// in the drawing worker (./raster-worker.ts), never on the tutor's main thread: resvg's layout, drawing
// and PNG encoding take 100–500 ms for a tall timeline.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from './fonts.js';
import { encodePng } from './png.js';
import { FONT_FAMILY } from './svg.js';

/** The font files resvg is given (and no others); ./fonts.ts measures text with the same files. */
export { FONT_FILES };

/** Pictures are at most this wide (Discord shows them scaled; wider only costs bytes). */
export const MAX_PICTURE_WIDTH = 1600;

export interface Picture {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
}

/**
 * resvg's drawn images live in native memory that V8 does not count, so garbage collection seldom runs
 * for them: drawing the 25 pictures of the fact base six times grew the process by about 900 MB. A
 * collection after each drawing frees them (about 1 ms, at most about 20 ms, now on the worker's thread).
 * The collector is reached the way Node allows without a command-line flag.
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

/** Draws an SVG document as a PNG, `scale` times its declared width (at most MAX_PICTURE_WIDTH), on a white background. Blocks its thread. */
export function drawPicture(svg: string, scale: number): Picture {
  const declared = /\bwidth="(\d+)"/.exec(svg);
  const width = Math.min(MAX_PICTURE_WIDTH, Math.round(Number(declared?.[1] ?? MAX_PICTURE_WIDTH) * scale));
  const image = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'width', value: width },
    font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  }).render();
  // Encoded here rather than with resvg's asPng(): files about a third smaller. In a buffer of its own, so
  // it can be handed to the main thread without a copy.
  const picture = { png: encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height };
  collectGarbage();
  return picture;
}
