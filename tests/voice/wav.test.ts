// WAV files and rates: the file `npm run say` writes has the header a player reads (48 kHz, mono, 16-bit,
// the right data length), and speech at another rate is brought to 48 kHz without changing its pitch.
import { describe, expect, it } from 'vitest';
import { resample } from '../../src/voice/resample.js';
import { decodeWav, encodeWav } from '../../src/voice/wav.js';
import { rms, sine, upwardCrossings } from './audio.js';

describe('WAV files', () => {
  it('writes a RIFF header for 48 kHz mono 16-bit PCM, with the data length of its samples', () => {
    const samples = Int16Array.from([0, 1000, -1000, 32767, -32768]);
    const bytes = encodeWav({ sampleRate: 48000, samples });
    const view = new DataView(bytes.buffer);
    const ascii = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
    expect([ascii(0), ascii(8), ascii(12), ascii(36)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'data']);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(1); // mono
    expect(view.getUint32(24, true)).toBe(48000);
    expect(view.getUint32(28, true)).toBe(96000); // bytes a second
    expect(view.getUint16(32, true)).toBe(2);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(10);
    expect(bytes.length).toBe(44 + 10);
    expect(view.getInt16(44 + 3 * 2, true)).toBe(32767);
  });

  it('reads back what it writes, and the first channel of a stereo file', () => {
    const samples = sine(440, 48000, 0.01, 12000);
    expect(decodeWav(encodeWav({ sampleRate: 48000, samples }))).toEqual({ sampleRate: 48000, channels: 1, samples });
    const stereo = new Uint8Array(44 + 8);
    stereo.set(encodeWav({ sampleRate: 48000, samples: new Int16Array(4) }).subarray(0, 44));
    const view = new DataView(stereo.buffer);
    view.setUint16(22, 2, true);
    [5, -5, 7, -7].forEach((s, i) => view.setInt16(44 + 2 * i, s, true));
    expect(decodeWav(stereo)).toEqual({ sampleRate: 48000, channels: 2, samples: Int16Array.from([5, 7]) });
  });

  it('refuses what is not a 16-bit PCM WAV file, saying why', () => {
    expect(() => decodeWav(new TextEncoder().encode('hello, not a wave file'))).toThrow(/not a WAV file/);
    const float = encodeWav({ sampleRate: 48000, samples: new Int16Array(2) });
    new DataView(float.buffer).setUint16(20, 3, true);
    expect(() => decodeWav(float)).toThrow(/only 16-bit PCM/);
  });
});

describe('resampling', () => {
  it('turns a second at 16 kHz into a second at 48 kHz at the same pitch and level', () => {
    const tone = sine(440, 16000, 1, 10000);
    const out = resample(tone, 16000, 48000);
    expect(out.length).toBe(48000);
    expect(Math.abs(upwardCrossings(out) - 440)).toBeLessThanOrEqual(1);
    expect(rms(out) / rms(tone)).toBeCloseTo(1, 1);
  });

  it('handles rates that do not divide evenly (22,050 Hz and 8 kHz voices)', () => {
    for (const rate of [22050, 8000]) {
      const out = resample(sine(300, rate, 0.5, 8000), rate, 48000);
      expect(out.length).toBe(24000);
      expect(Math.abs(upwardCrossings(out) - 150)).toBeLessThanOrEqual(1);
      expect(rms(out)).toBeGreaterThan(8000 * 0.65);
    }
  });

  it('adds no hiss: a 3 kHz tone at 16 kHz has no image at 13 kHz once at 48 kHz', () => {
    // Upsampling copies a tone f to 16k − f and 16k + f unless they are filtered out; linear
    // interpolation would leave the 13 kHz image at about 5% of the tone, which is heard as a hiss.
    const out = resample(sine(3000, 16000, 1, 10000), 16000, 48000);
    const amplitudeAt = (hz: number) => {
      let re = 0;
      let im = 0;
      for (let i = 0; i < out.length; i += 1) {
        re += out[i]! * Math.cos((2 * Math.PI * hz * i) / 48000);
        im += out[i]! * Math.sin((2 * Math.PI * hz * i) / 48000);
      }
      return (2 * Math.hypot(re, im)) / out.length;
    };
    expect(amplitudeAt(3000)).toBeGreaterThan(9000);
    expect(amplitudeAt(13000)).toBeLessThan(amplitudeAt(3000) * 0.005);
    expect(amplitudeAt(19000)).toBeLessThan(amplitudeAt(3000) * 0.005);
  });
});
