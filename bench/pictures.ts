// Timelines and charts: how long drawing takes (cold, and from the cache), how long the event loop is
// held while drawing (resvg lays out and draws on libuv's thread pool; only the PNG encoding runs on the
// main thread), memory, and the files' sizes. Run: npx tsx bench/pictures.ts (printed, not asserted).
import { chartWords, topicTimelineItems } from '../src/commands/pictures.js';
import { chartSvg } from '../src/pictures/chart.js';
import { createPictureRenderer } from '../src/pictures/rasterise.js';
import { timelineSvg } from '../src/pictures/timeline.js';
import { loadRealKnowledge } from '../tests/helpers/knowledge.js';

const kb = await loadRealKnowledge();
const svgs = [
  ...kb.topics.map((t) => ({ name: `timeline ${t.id}`, svg: timelineSvg(t.title, 'Key dates and events', topicTimelineItems(kb, t)).svg })),
  ...kb.series.map((s) => ({ name: `chart ${s.id}`, svg: chartSvg(s, chartWords(s)) })),
];
const percentile = (xs: readonly number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? 0;

const rss0 = process.memoryUsage().rss;
let last = performance.now();
let worstGap = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  worstGap = Math.max(worstGap, now - last);
  last = now;
}, 5);

const renderer = createPictureRenderer({ scale: 1.2 });
const cold: number[] = [];
const sizes: number[] = [];
const widths: number[] = [];
for (const { svg } of svgs) {
  const t = performance.now();
  const picture = await renderer.render(svg);
  cold.push(performance.now() - t);
  sizes.push(picture.png.length);
  widths.push(picture.width);
}
const cached: number[] = [];
for (let i = 0; i < 1000; i++) {
  const item = svgs[i % svgs.length];
  if (!item) continue;
  const t = performance.now();
  await renderer.render(item.svg);
  cached.push(performance.now() - t);
}
// Drawing again and again (nothing cached): memory must not grow with each drawing.
const uncached = createPictureRenderer({ scale: 1.2, cacheSize: 0 });
for (let round = 0; round < 4; round++) for (const { svg } of svgs) await uncached.render(svg);
clearInterval(ticker);
const rss1 = process.memoryUsage().rss;

const ms = (n: number) => `${n.toFixed(0)} ms`;
console.log(`pictures: ${svgs.length} (${kb.topics.length} timelines, ${kb.series.length} charts), widths ${Math.min(...widths)}–${Math.max(...widths)} px`);
console.log(`cold draw: p50 ${ms(percentile(cold, 50))}, p99 ${ms(percentile(cold, 99))}, max ${ms(Math.max(...cold))}`);
console.log(`from the cache: p99 ${(percentile(cached, 99) * 1000).toFixed(0)} µs (sha-256 of the SVG)`);
console.log(`longest the event loop was held while drawing: ${ms(worstGap)}`);
console.log(`PNG size: median ${(percentile(sizes, 50) / 1024).toFixed(0)} KB, max ${(Math.max(...sizes) / 1024).toFixed(0)} KB`);
console.log(`memory: RSS ${(rss0 / 1e6).toFixed(0)} MB before, ${(rss1 / 1e6).toFixed(0)} MB after ${svgs.length * 5} drawings (a cache of ${svgs.length} pictures)`);
