// Timelines and charts: how long a drawing takes in the drawing worker (the first, which starts it; fresh
// ones; from the cache), whether the main thread stays free meanwhile (the event loop's delay while
// drawing, against the same drawings done on the main thread), memory, and the files' sizes.
// Run: npx tsx bench/pictures.ts (part of `npm run bench`; printed, not asserted).
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { topicTimelineItems } from '../src/commands/picture-text.js';
import { chartWords } from '../src/commands/pictures.js';
import { chartSvg } from '../src/pictures/chart.js';
import { drawPicture } from '../src/pictures/draw.js';
import { createPictureRenderer, DrawingWorker } from '../src/pictures/rasterise.js';
import { timelineSvg } from '../src/pictures/timeline.js';
import { loadRealKnowledge } from '../tests/helpers/knowledge.js';
import { percentile } from './percentile.js';

const kb = await loadRealKnowledge();
const svgs = [
  ...kb.topics.map((t) => ({ name: `timeline ${t.id}`, svg: timelineSvg(t.title, 'Key dates and events', topicTimelineItems(kb, t)).svg })),
  ...kb.series.map((s) => ({ name: `chart ${s.id}`, svg: chartSvg(s, chartWords(s)) })),
];
const ms = (n: number) => `${n.toFixed(0)} ms`;

/** Runs `work` while watching the event loop: its delay (p99, max) and the longest gap between 5 ms ticks. */
async function watching<T>(work: () => Promise<T>): Promise<{ result: T; p99: number; max: number; gap: number }> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let gap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 5);
  delay.enable();
  const result = await work();
  delay.disable();
  clearInterval(ticker);
  return { result, p99: delay.percentile(99) / 1e6, max: delay.max / 1e6, gap };
}

const rss0 = process.memoryUsage().rss;

// The loop's delay with nothing drawing, to tell the machine's own scheduling from the drawings'.
const idle = await watching(() => new Promise<void>((resolve) => setTimeout(resolve, 2000)));

// One drawing worker, as in the app; the first drawing starts it (and, from the sources, tsx's loader in it).
const drawing = new DrawingWorker();
const renderer = createPictureRenderer({ scale: 1.2, draw: drawing.draw });
const small = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="40"><text x="5" y="30" font-size="20">start</text></svg>';
let t = performance.now();
await renderer.render(small);
const firstMs = performance.now() - t;

// Fresh drawings one after another, the event loop watched.
const cold: number[] = [];
const sizes: number[] = [];
const widths: number[] = [];
const inWorker = await watching(async () => {
  for (const { svg } of svgs) {
    const start = performance.now();
    const picture = await renderer.render(svg);
    cold.push(performance.now() - start);
    sizes.push(picture.png.length);
    widths.push(picture.width);
  }
});

// All at once (a class asking for timelines together): they queue in the worker; the main thread stays free.
const together = createPictureRenderer({ scale: 1.2, draw: drawing.draw });
t = performance.now();
const burst = await watching(() => Promise.all(svgs.map(({ svg }) => together.render(svg))));
const burstMs = performance.now() - t;

// From the cache.
const cached: number[] = [];
for (let i = 0; i < 1000; i++) {
  const item = svgs[i % svgs.length];
  if (!item) continue;
  const start = performance.now();
  await renderer.render(item.svg);
  cached.push(performance.now() - start);
}

// Drawing again and again (nothing cached): memory must not grow with each drawing.
const uncached = createPictureRenderer({ scale: 1.2, cacheSize: 0, draw: drawing.draw });
const rssByRound: number[] = [];
for (let round = 0; round < 4; round++) {
  for (const { svg } of svgs) await uncached.render(svg);
  rssByRound.push(process.memoryUsage().rss);
}
const rss1 = process.memoryUsage().rss;

// For comparison: the same drawings on the main thread, as before the worker (each holds the event loop throughout).
const onMain: number[] = [];
for (const { svg } of svgs) {
  const start = performance.now();
  drawPicture(svg, 1.2);
  onMain.push(performance.now() - start);
}

console.log(`pictures: ${svgs.length} (${kb.topics.length} timelines, ${kb.series.length} charts), widths ${Math.min(...widths)}–${Math.max(...widths)} px, drawn in a worker thread`);
console.log(`first drawing (starts the worker): ${ms(firstMs)}`);
console.log(`fresh drawing, one at a time: p50 ${ms(percentile(cold, 0.5))}, p99 ${ms(percentile(cold, 0.99))}, max ${ms(Math.max(...cold))}`);
console.log(`  main thread meanwhile: event-loop delay p99 ${ms(inWorker.p99)}, max ${ms(inWorker.max)}; longest gap between 5 ms ticks ${ms(inWorker.gap)}`);
console.log(`  (with nothing drawing, for comparison: p99 ${ms(idle.p99)}, max ${ms(idle.max)})`);
console.log(`all ${svgs.length} asked at once: done in ${ms(burstMs)}; event-loop delay p99 ${ms(burst.p99)}, max ${ms(burst.max)}`);
console.log(`the same drawings on the main thread would hold it: p50 ${ms(percentile(onMain, 0.5))}, p99 ${ms(percentile(onMain, 0.99))}, max ${ms(Math.max(...onMain))} each`);
console.log(`from the cache: p99 ${(percentile(cached, 0.99) * 1000).toFixed(0)} µs (sha-256 of the SVG)`);
console.log(`PNG size: median ${(percentile(sizes, 0.5) / 1024).toFixed(0)} KB, max ${(Math.max(...sizes) / 1024).toFixed(0)} KB`);
console.log(
  `memory: RSS ${(rss0 / 1e6).toFixed(0)} MB before, ${(rss1 / 1e6).toFixed(0)} MB after ${svgs.length * 6 + 1} drawings in the worker (a cache of ${svgs.length} pictures); ` +
    `after each of the last 4 rounds of ${svgs.length}: ${rssByRound.map((r) => (r / 1e6).toFixed(0)).join(', ')} MB`,
);
