// Speech (issue 17): how long Flite takes to speak a sentence in the speech worker (the first, which
// starts it; fresh ones; from the cache), how much speech that makes (the real-time factor), whether the
// main thread stays free meanwhile (the event loop's delay), and memory.
// Run: npx tsx bench/speech.ts (part of `npm run bench`; printed, not asserted).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SynthWorker } from '../src/voice/flite.js';
import { createSpeechEngine } from '../src/voice/speech.js';
import { loadRealKnowledge } from '../tests/helpers/knowledge.js';
import { percentile } from './percentile.js';

const kb = await loadRealKnowledge();
// What a quiz round reads: questions with their four choices, and explanations.
const lines = kb.quiz.slice(0, 20).flatMap((q) => [`${q.prompt} ${q.choices.map((c, i) => `${'ABCD'[i]}: ${c}.`).join(' ')}`, `The answer is ${q.correct}. ${q.explanation}`]);
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Runs `work` while watching the event loop: its delay (p99, max). */
async function watching<T>(work: () => Promise<T>): Promise<{ result: T; p99: number; max: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const result = await work();
  delay.disable();
  return { result, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6 };
}

const rss0 = process.memoryUsage().rss;
const idle = await watching(() => new Promise<void>((resolve) => setTimeout(resolve, 1000)));

const engine = createSpeechEngine({ synthesize: new SynthWorker().synthesize, pronunciations: kb.pronunciations, cacheSize: lines.length });
const t = performance.now();
await engine.speak('Ready.');
const firstMs = performance.now() - t;

const fresh: number[] = [];
let spoken = 0;
let cpu = 0;
const during = await watching(async () => {
  for (const line of lines) {
    const start = performance.now();
    const speech = await engine.speak(line);
    const took = performance.now() - start;
    fresh.push(took);
    cpu += took;
    spoken += speech.samples.length / speech.sampleRate;
  }
});
const words = lines.reduce((n, l) => n + l.split(/\s+/).length, 0);

const cached: number[] = [];
for (let i = 0; i < 1000; i++) {
  const start = performance.now();
  await engine.speak(lines[i % lines.length] ?? '');
  cached.push(performance.now() - start);
}
const rss1 = process.memoryUsage().rss;

console.log(`\nspeech: Flite (kal16) in a worker thread, ${lines.length} quiz lines (${(words / lines.length).toFixed(0)} words on average), 48 kHz mono`);
console.log(`first sentence (starts the worker and compiles Flite): ${ms(firstMs)}`);
console.log(
  `fresh line: p50 ${ms(percentile(fresh, 0.5))}, p99 ${ms(percentile(fresh, 0.99))}, max ${ms(Math.max(...fresh))}; ` +
    `${ms((cpu / words) * 10)} per 10 words; ${spoken.toFixed(0)} s of speech in ${(cpu / 1000).toFixed(1)} s (real-time factor ${(cpu / 1000 / spoken).toFixed(3)})`,
);
console.log(`  main thread meanwhile: event-loop delay p99 ${ms(during.p99)}, max ${ms(during.max)} (idle: p99 ${ms(idle.p99)}, max ${ms(idle.max)})`);
console.log(`from the cache: p99 ${(percentile(cached, 0.99) * 1000).toFixed(0)} µs`);
console.log(`memory: RSS ${(rss0 / 1e6).toFixed(0)} MB before, ${(rss1 / 1e6).toFixed(0)} MB after (the worker with Flite compiled, and ${lines.length} lines cached)`);
