// The tutor's speech (issue 17): text to 48 kHz mono PCM, the rate Discord's voice stack and our WAV
// files take. On the way the text is made speakable (./speakable.ts: no markdown, mentions or symbols
// read out) and course names are respelled as knowledge/pronunciations.yaml says (./pronunciations.ts);
// then Flite speaks it in a worker thread (./flite.ts), where the result is resampled to 48 kHz and
// brought to one loudness (./pcm.ts). Speech is cached by text, so a line said again costs nothing.
import type { Pronunciation } from '../knowledge/schema.js';
import type { Synthesize } from './flite.js';
import { createRespeller } from './pronunciations.js';
import { SPEECH_RATE, toSpeechPcm } from './pcm.js';
import { speakableText } from './speakable.js';

export { SpeechError, type RawSpeech, type Synthesize } from './flite.js';

/** Mono 16-bit PCM at 48 kHz, what Discord's voice stack and WAV files take. */
export interface Speech {
  readonly sampleRate: 48000;
  readonly samples: Int16Array;
}

export interface SpeechEngine {
  /** Speaks text (course names said as knowledge/pronunciations.yaml spells them); cached by text. Rejects with a SpeechError. */
  speak(text: string): Promise<Speech>;
}

export { SPEECH_RATE } from './pcm.js';

export const SPEECH_DEFAULTS = Object.freeze({
  /** Texts whose speech is kept (least recently used go first): about 0.1 MB a second of speech, 0.5 MB a sentence. */
  cacheSize: 64,
});

export interface SpeechEngineOptions {
  /**
   * How to say course names (the fact base's pronunciations); none by default. A function is asked on
   * every text, so a reloaded fact base's list is used from then on.
   */
  readonly pronunciations?: readonly Pronunciation[] | (() => readonly Pronunciation[]);
  /** How many texts' speech to keep; SPEECH_DEFAULTS.cacheSize by default. */
  readonly cacheSize?: number;
  /** The synthesiser: Flite in the app's speech worker (a SynthWorker's synthesize), or a fake in tests. */
  readonly synthesize: Synthesize;
}

export function createSpeechEngine(options: SpeechEngineOptions): SpeechEngine {
  const cacheSize = options.cacheSize ?? SPEECH_DEFAULTS.cacheSize;
  const synthesize = options.synthesize;
  const listed = options.pronunciations ?? [];
  const currentList = typeof listed === 'function' ? listed : () => listed;
  let respeller = { list: currentList(), respell: createRespeller(currentList()) };
  const respell = (text: string) => {
    const list = currentList();
    if (list !== respeller.list) respeller = { list, respell: createRespeller(list) };
    return respeller.respell(text);
  };
  // Keyed by what is said: a changed respelling is spoken afresh, and texts that read the same share speech.
  const cache = new Map<string, Promise<Speech>>();

  const make = async (spoken: string): Promise<Speech> => {
    // Nothing to say (only symbols or a link): silence, without starting the synthesiser.
    if (!/[A-Za-z0-9]/.test(spoken)) return { sampleRate: SPEECH_RATE, samples: new Int16Array(0) };
    const raw = await synthesize(spoken);
    // Flite's worker sends 48 kHz at the tutor's level already; another synthesiser's PCM is brought to it here.
    return { sampleRate: SPEECH_RATE, samples: toSpeechPcm(raw.samples, raw.sampleRate) };
  };

  return {
    speak(text) {
      const key = respell(speakableText(text));
      const cached = cache.get(key);
      if (cached) {
        // Most recently used last: the oldest is first to go.
        cache.delete(key);
        cache.set(key, cached);
        return cached;
      }
      const speech = make(key);
      cache.set(key, speech);
      // A failure is not kept: the next request tries again.
      speech.catch(() => {
        if (cache.get(key) === speech) cache.delete(key);
      });
      while (cache.size > cacheSize) {
        const oldest = cache.keys().next().value;
        if (oldest === undefined) break;
        cache.delete(oldest);
      }
      return speech;
    },
  };
}
