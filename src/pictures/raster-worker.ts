// The drawing worker: a worker thread that draws the SVG documents the main thread sends (./draw.ts) and
// sends back the PNGs, one at a time, so the tutor's event loop is never held by resvg. Started by
// ./rasterise.ts; messages are DrawRequest in and DrawResponse out.
import { parentPort } from 'node:worker_threads';
import { drawPicture } from './draw.js';

export interface DrawRequest {
  readonly id: number;
  readonly svg: string;
  readonly scale: number;
}

export type DrawResponse =
  | { readonly id: number; readonly ok: true; readonly png: Uint8Array; readonly width: number; readonly height: number }
  | { readonly id: number; readonly ok: false; readonly error: string };

const port = parentPort;
if (port) {
  port.on('message', (request: DrawRequest) => {
    let response: DrawResponse;
    try {
      const picture = drawPicture(request.svg, request.scale);
      response = { id: request.id, ok: true, ...picture };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // The PNG's bytes move to the main thread rather than being copied.
    port.postMessage(response, response.ok ? [response.png.buffer as ArrayBuffer] : []);
  });
}
