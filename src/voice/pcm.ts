// Bringing synthesised PCM to what the tutor plays: 48 kHz, and one loudness whatever the voice.
import { resample } from './resample.js';

export const SPEECH_RATE = 48000;

export const LEVEL_DEFAULTS = Object.freeze({
  /** The loudest sample is brought to this share of full scale: loud enough, and never clipped. */
  peakLevel: 0.8,
  /** Quiet speech is raised at most this much (a near-silent result is not blown up into noise). */
  maxGain: 8,
});

/**
 * PCM at any rate as 48 kHz PCM at the tutor's level: resampled only when it is not 48 kHz already, and
 * scaled only when it is not at the level already. 48 kHz samples are scaled in place.
 */
export function toSpeechPcm(samples: Int16Array, sampleRate: number): Int16Array {
  return normalise(sampleRate === SPEECH_RATE ? samples : resample(samples, sampleRate, SPEECH_RATE));
}

/** The samples scaled so the loudest is at LEVEL_DEFAULTS.peakLevel of full scale (in place). */
export function normalise(samples: Int16Array): Int16Array {
  let peak = 0;
  for (const s of samples) peak = Math.max(peak, Math.abs(s));
  if (peak === 0) return samples;
  const gain = Math.min(LEVEL_DEFAULTS.maxGain, (LEVEL_DEFAULTS.peakLevel * 32767) / peak);
  // Speech already at the level (the speech worker's) is left as it is: one pass over it is enough.
  if (Math.abs(gain - 1) < 0.01) return samples;
  for (let i = 0; i < samples.length; i += 1) samples[i] = Math.max(-32768, Math.min(32767, Math.round(samples[i]! * gain)));
  return samples;
}
