// The general dictionary /ask falls back on for everyday words (src/matching/dictionary.ts): the time of a first
// look-up (files opened cold), of later ones, and the memory they take. Printed, never asserted.
// Run alone: `node --expose-gc --import tsx bench/dictionary.ts`.
import { pathToFileURL } from 'node:url';
import { createDictionary } from '../src/matching/dictionary.js';

const WORDS = ['exploited', 'disputed', 'orthodoxy', 'procurement', 'deviation', 'monopoly', 'indoctrinate', 'bourgeoisie', 'latecomer', 'speculators', 'zapodrasty', 'requisitioning'];

export function benchDictionary(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heap = process.memoryUsage().heapUsed;
  const rss = process.memoryUsage().rss;
  const dictionary = createDictionary();
  let start = performance.now();
  dictionary.define('exploited');
  const firstMs = performance.now() - start;
  const times: number[] = [];
  for (let round = 0; round < 20; round++)
    for (const w of WORDS) {
      start = performance.now();
      dictionary.define(w);
      times.push(performance.now() - start);
    }
  times.sort((a, b) => a - b);
  gc?.();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  console.log(
    `\ndictionary (WordNet, ${WORDS.length} words × 20): first look-up ${firstMs.toFixed(1)} ms, then median ${times[Math.floor(times.length / 2)]?.toFixed(2)} ms, ` +
      `95th percentile ${times[Math.floor(times.length * 0.95)]?.toFixed(2)} ms; heap +${mb(process.memoryUsage().heapUsed - heap)} MB, RSS +${mb(process.memoryUsage().rss - rss)} MB`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchDictionary();
