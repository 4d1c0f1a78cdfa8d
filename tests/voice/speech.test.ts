// The tutor's speech (issue 17): a sentence comes out as 48 kHz mono speech of a plausible length and
// loudness (not silence, not clipped); course names reach the synthesiser respelled as the pronunciation
// list says; speech is cached by text; what cannot be spoken is a SpeechError, never a crash.
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { SynthWorker, startSynthWorker } from '../../src/voice/flite.js';
import { createSpeechEngine, SpeechError, type RawSpeech, type Synthesize } from '../../src/voice/speech.js';
import { clippedShare, rms, seconds, sine } from './audio.js';

/** A synthesiser that records what it is asked to say and answers with a tone of one second at 16 kHz. */
function fakeSynth(): { synthesize: Synthesize; said: string[] } {
  const said: string[] = [];
  return {
    said,
    synthesize: async (text) => {
      said.push(text);
      return { sampleRate: 16000, samples: sine(200, 16000, 1, 4000) } satisfies RawSpeech;
    },
  };
}

describe('speech from Flite', () => {
  const worker = new SynthWorker();
  afterAll(() => worker.close());
  const engine = createSpeechEngine({ synthesize: (text) => worker.synthesize(text) });

  it('speaks a ten-word sentence as 48 kHz speech of 1 to 10 seconds, clearly louder than silence and not clipped', async () => {
    const speech = await engine.speak('Stalin launched the First Five-Year Plan in October 1928.');
    expect(speech.sampleRate).toBe(48000);
    const length = seconds(speech.samples, 48000);
    expect(length).toBeGreaterThan(1);
    expect(length).toBeLessThan(10);
    // Speech with its pauses sits around 2000–4000 here; silence is 0 and noise from rounding a few units.
    expect(rms(speech.samples)).toBeGreaterThan(1000);
    expect(clippedShare(speech.samples)).toBeLessThan(0.001);
  });

  it('takes longer to say a longer text', async () => {
    const short = await engine.speak('Gosplan.');
    const long = await engine.speak('Gosplan drew up the plans, and the Party raised their targets again and again.');
    expect(long.samples.length).toBeGreaterThan(2 * short.samples.length);
  });

  it('answers a worker that dies with a SpeechError, and speaks on with a new worker', async () => {
    let starts = 0;
    const flaky = new SynthWorker((data) => {
      starts += 1;
      return starts === 1 ? new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", { eval: true }) : startSynthWorker(data);
    });
    try {
      const error = await flaky.synthesize('Kirov was shot.').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpeechError);
      expect((error as Error).message).toBe('the speech worker stopped (exit code 3)');
      const again = await flaky.synthesize('Kirov was shot.');
      expect(again.sampleRate).toBe(48000);
      expect(again.samples.length).toBeGreaterThan(48000 / 2);
      expect(starts).toBe(2);
    } finally {
      await flaky.close();
    }
  });

  it('says when a text takes too long, and removes the folder Flite wrote to once closed', async () => {
    const folders: string[] = [];
    const silent = new SynthWorker((data) => {
      folders.push(data.outDir);
      return new Worker("require('node:worker_threads').parentPort.on('message', () => {});", { eval: true });
    }, 1);
    await expect(silent.synthesize('Kirov was shot.')).rejects.toThrow(/^speaking a text took longer than 1 ms$/);
    expect(folders).toHaveLength(1);
    expect(existsSync(folders[0] ?? '')).toBe(true);
    await silent.close();
    expect(existsSync(folders[0] ?? '')).toBe(false);
  });
});

describe('the speech engine', () => {
  it('sends the respelled text to the synthesiser: listed words whole and in any case, possessives too', async () => {
    const fake = fakeSynth();
    const engine = createSpeechEngine({
      synthesize: fake.synthesize,
      pronunciations: [
        { word: 'Bukharin', say: 'Boo kahrin' },
        { word: 'kulak', say: 'koo lack' },
        { word: 'Dnieper', say: 'Neeper' },
      ],
    });
    await engine.speak("BUKHARIN defended the kulak; Bukharin's allies lost. The Dnieperstroi kulaks stay as written.");
    expect(fake.said).toEqual(["Boo kahrin defended the koo lack; Boo kahrin's allies lost. The Dnieperstroi kulaks stay as written."]);
  });

  it('uses a reloaded pronunciation list from then on, speaking the same text afresh', async () => {
    const fake = fakeSynth();
    let list = [{ word: 'Kirov', say: 'Keerov' }];
    const engine = createSpeechEngine({ synthesize: fake.synthesize, pronunciations: () => list });
    await engine.speak('Kirov was shot.');
    list = [{ word: 'Kirov', say: 'Kee roff' }];
    await engine.speak('Kirov was shot.');
    await engine.speak('Kirov was shot.');
    expect(fake.said).toEqual(['Keerov was shot.', 'Kee roff was shot.']);
  });

  it('reads what the screen shows, not markdown, mentions or links', async () => {
    const fake = fakeSynth();
    const engine = createSpeechEngine({ synthesize: fake.synthesize });
    await engine.speak('**The First Plan** (1928–32) ran <@123456> see https://example.org/plan, c. 1930 — “fulfilled”.');
    expect(fake.said).toEqual(['The First Plan (1928 to 32) ran see about 1930, "fulfilled".']);
  });

  it('brings speech at another rate to 48 kHz: a second of speech is 48,000 samples', async () => {
    const engine = createSpeechEngine({ synthesize: fakeSynth().synthesize });
    const speech = await engine.speak('One second.');
    expect(speech.samples.length).toBe(48000);
  });

  it('brings quiet speech up to one level, loud enough and never clipped, without blowing near-silence up into noise', async () => {
    const peakOf = (samples: Int16Array) => samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
    const at = (amplitude: number) => createSpeechEngine({ synthesize: async () => ({ sampleRate: 48000, samples: sine(200, 48000, 0.5, amplitude) }) });
    expect(peakOf((await at(4000).speak('quiet')).samples)).toBeCloseTo(0.8 * 32767, -2);
    expect(peakOf((await at(32767).speak('too loud')).samples)).toBeCloseTo(0.8 * 32767, -2);
    // A whisper is raised at most eightfold.
    expect(peakOf((await at(100).speak('whisper')).samples)).toBeCloseTo(800, -1);
  });

  it('says the same text again from its cache, without asking the synthesiser', async () => {
    const fake = fakeSynth();
    const engine = createSpeechEngine({ synthesize: fake.synthesize });
    const first = await engine.speak('What was the NEP?');
    const again = await engine.speak('What was the NEP?');
    expect(again).toBe(first);
    expect(fake.said).toHaveLength(1);
  });

  it('keeps the most recently used texts when its cache is full', async () => {
    const fake = fakeSynth();
    const engine = createSpeechEngine({ synthesize: fake.synthesize, cacheSize: 2 });
    for (const text of ['one', 'two', 'one', 'three', 'one', 'two']) await engine.speak(text);
    // "two" was the least recently used when "three" came, so it is spoken again; "one" never is.
    expect(fake.said).toEqual(['one', 'two', 'three', 'two']);
  });

  it('does not keep a failure: the next request tries again', async () => {
    let calls = 0;
    const engine = createSpeechEngine({
      synthesize: async () => {
        calls += 1;
        if (calls === 1) throw new SpeechError('the speech worker stopped (exit code 1)');
        return { sampleRate: 48000, samples: sine(200, 48000, 0.5, 4000) };
      },
    });
    await expect(engine.speak('Kirov')).rejects.toThrow(SpeechError);
    expect((await engine.speak('Kirov')).samples.length).toBe(24000);
    expect(calls).toBe(2);
  });

  it('gives silence for a text with nothing to say, without asking the synthesiser', async () => {
    const fake = fakeSynth();
    const engine = createSpeechEngine({ synthesize: fake.synthesize });
    expect((await engine.speak('  *** <@1> ')).samples.length).toBe(0);
    expect(fake.said).toEqual([]);
  });
});
