// WAV files (RIFF, PCM): writing the tutor's speech (48 kHz, mono, 16-bit) for `npm run say` and the
// console, and reading the 16-bit PCM files the speech engine writes.
import type { Speech } from './speech.js';

/** A RIFF/WAVE file (PCM, mono, 16-bit, 48 kHz) holding the speech. */
export function encodeWav(speech: Speech): Uint8Array {
  const dataBytes = speech.samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, text: string): void => {
    for (let i = 0; i < text.length; i += 1) out[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, speech.sampleRate, true);
  view.setUint32(28, speech.sampleRate * 2, true); // bytes a second
  view.setUint16(32, 2, true); // bytes a frame
  view.setUint16(34, 16, true); // bits a sample
  ascii(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < speech.samples.length; i += 1) view.setInt16(44 + i * 2, speech.samples[i]!, true);
  return out;
}

/** PCM read from a WAV file: its rate, and its first channel. */
export interface DecodedWav {
  readonly sampleRate: number;
  readonly channels: number;
  readonly samples: Int16Array;
}

/** Reads a 16-bit PCM WAV file (its first channel); throws, saying what is wrong, for anything else. */
export function decodeWav(bytes: Uint8Array): DecodedWav {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number, length: number) => String.fromCharCode(...bytes.subarray(offset, offset + length));
  if (bytes.length < 12 || ascii(0, 4) !== 'RIFF' || ascii(8, 4) !== 'WAVE') throw new Error('not a WAV file (no RIFF/WAVE header)');
  let format: { sampleRate: number; channels: number; bits: number; code: number } | undefined;
  // Chunks follow the header, each an id, a length and its bytes (padded to an even length).
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = ascii(offset, 4);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') {
      format = { code: view.getUint16(body, true), channels: view.getUint16(body + 2, true), sampleRate: view.getUint32(body + 4, true), bits: view.getUint16(body + 14, true) };
    } else if (id === 'data') {
      if (!format) throw new Error('WAV data comes before its format');
      if (format.code !== 1 || format.bits !== 16) throw new Error(`only 16-bit PCM WAV is read (format ${format.code}, ${format.bits} bits)`);
      // A writer streaming its output may leave the length unknown (0 or too large): the data runs to the end.
      const end = Math.min(bytes.length, body + size) - ((Math.min(bytes.length, body + size) - body) % (2 * format.channels));
      const frames = (end - body) / (2 * format.channels);
      const samples = new Int16Array(frames);
      for (let i = 0; i < frames; i += 1) samples[i] = view.getInt16(body + i * 2 * format.channels, true);
      return { sampleRate: format.sampleRate, channels: format.channels, samples };
    }
    offset = body + size + (size % 2);
  }
  throw new Error('WAV file has no data');
}
