// Changing the rate of mono PCM (the speech engine speaks at 16 kHz; Discord and our WAV files take
// 48 kHz). Windowed-sinc interpolation, computed for each of the few phases a rational ratio has, so the
// result has no aliasing or imaging of note (a plain linear interpolation would add a hiss above 8 kHz).

/** Samples a side of each output sample that contribute to it (at the lower rate). */
const HALF_TAPS = 16;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** Blackman window over |x| ≤ 1. */
function blackman(x: number): number {
  if (Math.abs(x) >= 1) return 0;
  const t = (x + 1) / 2;
  return 0.42 - 0.5 * Math.cos(2 * Math.PI * t) + 0.08 * Math.cos(4 * Math.PI * t);
}

/** `samples` at `fromRate` samples a second, resampled to `toRate` (integer rates). */
export function resample(samples: Int16Array, fromRate: number, toRate: number): Int16Array {
  if (!Number.isInteger(fromRate) || !Number.isInteger(toRate) || fromRate <= 0 || toRate <= 0) throw new RangeError(`cannot resample from ${fromRate} Hz to ${toRate} Hz`);
  if (fromRate === toRate) return samples.slice();
  const g = gcd(fromRate, toRate);
  const up = toRate / g; // output samples for every `down` input samples
  const down = fromRate / g;
  // Cut-off as a fraction of the input's Nyquist frequency: below both rates' Nyquist.
  const cutoff = Math.min(1, toRate / fromRate);
  const half = Math.ceil(HALF_TAPS / cutoff);
  // Output sample j lies at input position j·down/up: a whole part and one of `up` phases.
  const phases: Float64Array[] = [];
  for (let p = 0; p < up; p += 1) {
    const frac = p / up;
    const taps = new Float64Array(2 * half);
    let sum = 0;
    for (let k = 0; k < 2 * half; k += 1) {
      const distance = k - half + 1 - frac; // input sample (floor - half + 1 + k) relative to the position
      const w = cutoff * sinc(cutoff * distance) * blackman(distance / half);
      taps[k] = w;
      sum += w;
    }
    // Normalised so a steady level passes unchanged.
    for (let k = 0; k < taps.length; k += 1) taps[k]! /= sum;
    phases.push(taps);
  }
  const length = Math.floor((samples.length * up) / down);
  const out = new Int16Array(length);
  for (let j = 0; j < length; j += 1) {
    const position = j * down;
    const base = Math.floor(position / up);
    const taps = phases[position % up]!;
    let acc = 0;
    const first = base - half + 1;
    for (let k = 0; k < taps.length; k += 1) {
      const i = first + k;
      if (i >= 0 && i < samples.length) acc += samples[i]! * taps[k]!;
    }
    out[j] = Math.max(-32768, Math.min(32767, Math.round(acc)));
  }
  return out;
}
