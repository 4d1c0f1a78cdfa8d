// Timelines and charts: the SVG says every label, and the PNG drawn from it decodes, is at most 1600
// px wide, opaque and not blank.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { chartWords, topicTimelineItems } from '../../src/commands/pictures.js';
import { chartGroups, chartSvg, figure } from '../../src/pictures/chart.js';
import { createPictureRenderer, DrawingWorker, FONT_FILES, MAX_PICTURE_WIDTH } from '../../src/pictures/rasterise.js';
import { escapeXml, wrap } from '../../src/pictures/svg.js';
import { shortDate, timelineSvg, yearOf } from '../../src/pictures/timeline.js';
import { PICTURE_MESSAGES } from '../../src/messages.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { colourCount, decodePng, hasPngSignature, inkShare } from './png.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});
const drawing = new DrawingWorker();
afterAll(() => drawing.close());

/** The text the SVG draws, its lines joined, entities decoded. */
function drawnText(svg: string): string {
  const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1] ?? '');
  return texts
    .join(' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

describe('the SVG helpers', () => {
  it('escape what SVG would read as markup', () => {
    expect(escapeXml('Rykov & Tomsky <"Right">')).toBe('Rykov &amp; Tomsky &lt;&quot;Right&quot;&gt;');
  });

  it('wrap text at spaces, every word kept when it fits in the lines allowed', () => {
    const lines = wrap('Trotsky is sent into internal exile at Alma-Ata in Kazakhstan', 300, 25, 6);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Trotsky is sent into internal exile at Alma-Ata in Kazakhstan');
  });

  it('read dates as fractions of a year, a period counting to the end of its last month or year', () => {
    expect(yearOf('1934')).toBe(1934);
    expect(yearOf('1934-07')).toBe(1934.5);
    expect(yearOf('1932', true)).toBe(1933);
    expect(shortDate('1928-10', '1932-12')).toBe('Oct 1928–Dec 1932');
  });
});

describe('a timeline', () => {
  it("draws every key date and event of every topic, each label's words in the SVG, periods as bars", () => {
    for (const topic of kb.topics) {
      const items = topicTimelineItems(kb, topic);
      const { svg } = timelineSvg(topic.title, 'Key dates and events', items);
      const drawn = drawnText(svg);
      expect(drawn, topic.id).toContain(topic.title);
      for (const item of items) expect(drawn, `${topic.id}: ${item.label}`).toContain(`${shortDate(item.date, item.end)} — ${item.label}`);
      const periods = items.filter((i) => i.end).length;
      expect((svg.match(/<rect /g) ?? []).length, topic.id).toBe(1 + periods);
    }
  });

  it("leaves out an event on the same date as one of the topic's key dates, and keeps the rest in date order", () => {
    const plans = kb.topics.find((t) => t.id === 'five-year-plans');
    expect(plans).toBeDefined();
    if (!plans) return;
    const items = topicTimelineItems(kb, plans);
    expect(new Set(items.map((i) => i.date)).size).toBe(items.length);
    expect(items.map((i) => yearOf(i.date))).toEqual([...items.map((i) => yearOf(i.date))].sort((a, b) => a - b));
  });
});

describe('a chart', () => {
  it("writes every series' title, legend, figures and note in its SVG", () => {
    for (const series of kb.series) {
      const svg = chartSvg(series, chartWords(series));
      const drawn = drawnText(svg);
      expect(drawn, series.id).toContain(series.title);
      expect(drawn, series.id).toContain(series.unit);
      // Every figure a line labels (lines of up to six points, every range, every target) is written.
      for (const g of chartGroups(series)) {
        if (g.points.length <= 6 || g.kind === 'target') for (const p of g.points) expect(drawn, `${series.id} ${p.year}`).toContain(figure(p));
        else for (const p of g.points.filter((q) => q.range)) expect(drawn, `${series.id} ${p.year}`).toContain(figure(p));
      }
      const words = series.note.split(/\s+/).join(' ');
      expect(drawn, series.id).toContain(words);
    }
  });

  it('names the kinds of figure it shows: official claims and later estimates apart', () => {
    const grain = kb.series.find((s) => s.id === 'grain-harvest');
    if (!grain) throw new Error('no grain-harvest series');
    const drawn = drawnText(chartSvg(grain, chartWords(grain)));
    expect(drawn).toContain(PICTURE_MESSAGES.kinds.official);
    expect(drawn).toContain(PICTURE_MESSAGES.kinds.estimate);
  });
});

describe('the font', () => {
  it('ships with its licence, and is what resvg is given', () => {
    expect(FONT_FILES.map((f) => path.basename(f))).toEqual(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']);
    for (const f of FONT_FILES) expect(existsSync(f), f).toBe(true);
    expect(readFileSync(path.join(path.dirname(FONT_FILES[0] ?? ''), 'LICENSE-DejaVu.txt'), 'utf8')).toContain('Bitstream Vera');
  });
});

describe('the PNG', () => {
  const renderer = createPictureRenderer({ scale: 1.2, draw: drawing.draw });

  it('decodes, is at most 1600 px wide, and is a drawing on an opaque light background, not a blank', async () => {
    const topic = kb.topics.find((t) => t.id === 'power-struggle');
    const coal = kb.series.find((s) => s.id === 'coal');
    if (!topic || !coal) throw new Error('missing topic or series');
    const svgs = [timelineSvg(topic.title, 'Key dates', topicTimelineItems(kb, topic)).svg, chartSvg(coal, chartWords(coal))];
    for (const svg of svgs) {
      const picture = await renderer.render(svg);
      expect(hasPngSignature(picture.png)).toBe(true);
      const png = decodePng(picture.png);
      expect([png.width, png.height]).toEqual([picture.width, picture.height]);
      expect(png.width).toBeLessThanOrEqual(MAX_PICTURE_WIDTH);
      expect(png.width).toBeGreaterThanOrEqual(1000);
      expect(colourCount(png)).toBeGreaterThan(20);
      const ink = inkShare(png);
      expect(ink).toBeGreaterThan(0.02);
      expect(ink).toBeLessThan(0.5);
      if (png.channels === 4) for (let i = 3; i < png.pixels.length; i += 4 * 997) expect(png.pixels[i]).toBe(255);
    }
  });

  it('is drawn once for the same SVG (cached by content)', async () => {
    const coal = kb.series.find((s) => s.id === 'coal');
    if (!coal) throw new Error('no coal series');
    const svg = chartSvg(coal, chartWords(coal));
    const first = await renderer.render(svg);
    expect(await renderer.render(svg)).toBe(first);
  });
});

describe('wrapping past the lines allowed', () => {
  it('ends the last line with an ellipsis', () => {
    const lines = wrap('one two three four five six seven eight nine ten eleven twelve', 120, 25, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});
