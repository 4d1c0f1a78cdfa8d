// Measures of PCM for the voice tests: how long, how loud, how much is clipped.

export const seconds = (samples: Int16Array, rate: number) => samples.length / rate;

/** Root mean square level, in sample units (full scale is 32767). */
export function rms(samples: Int16Array): number {
  let sum = 0;
  for (const s of samples) sum += s * s;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}

/** Share of samples at full scale (clipped). */
export function clippedShare(samples: Int16Array): number {
  let n = 0;
  for (const s of samples) if (s >= 32767 || s <= -32768) n += 1;
  return samples.length === 0 ? 0 : n / samples.length;
}

/** A sine wave of `hz` at `rate`, `amplitude` in sample units. */
export function sine(hz: number, rate: number, secondsLong: number, amplitude: number): Int16Array {
  const out = new Int16Array(Math.round(rate * secondsLong));
  for (let i = 0; i < out.length; i += 1) out[i] = Math.round(amplitude * Math.sin((2 * Math.PI * hz * i) / rate));
  return out;
}

/** Times the signal crosses zero going up: about its frequency times its length in seconds. */
export function upwardCrossings(samples: Int16Array): number {
  let n = 0;
  for (let i = 1; i < samples.length; i += 1) if (samples[i - 1]! < 0 && samples[i]! >= 0) n += 1;
  return n;
}
