// Timelines and charts: the SVG says every label, and the PNG drawn from it decodes, is at most 1600
// px wide, opaque and not blank.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { topicTimelineItems } from '../../src/commands/picture-text.js';
import { chartWords } from '../../src/commands/pictures.js';
import { chartGroups, chartSvg, figure } from '../../src/pictures/chart.js';
import { createPictureRenderer, DrawingWorker, FONT_FILES, MAX_PICTURE_WIDTH } from '../../src/pictures/rasterise.js';
import { podiumSvg } from '../../src/pictures/podium.js';
import { shareBarsSvg } from '../../src/pictures/bars.js';
import { escapeXml, fitText, PALETTE, textWidth, wrap } from '../../src/pictures/svg.js';
import { dotPlaces, shortDate, sortItems, timelinePages, timelineSvg, yearOf, type TimelineItem } from '../../src/pictures/timeline.js';
import { ordinal, PICTURE_MESSAGES, QUIZ_MESSAGES, REPORT_MESSAGES } from '../../src/messages.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { colourCount, decodePng, hasPngSignature, inkShare } from './png.js';
import { drawnWidth, pictureSize, textBox } from './text-bounds.js';

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

/**
 * The year a student reads off the axis beside each event's dot, in the dots' order: the year whose band holds
 * it (between the dividers where that year and the next begin), which must also be the year number nearest it.
 */
function yearsReadOffTheAxis(svg: string): number[] {
  const labels = [...svg.matchAll(/<text [^>]*y="([\d.]+)"[^>]*>(\d{4})<\/text>/g)].map((m) => ({ y: Number(m[1]) - 8, year: Number(m[2]) }));
  const dividers = [...svg.matchAll(/<line x1="40" y1="([\d.]+)"/g)].map((m) => Number(m[1]));
  const dots = [...svg.matchAll(/<circle cx="[\d.]+" cy="([\d.]+)" r="8"/g)].map((m) => Number(m[1]));
  return dots.map((cy) => {
    const nearest = [...labels].sort((a, b) => Math.abs(a.y - cy) - Math.abs(b.y - cy))[0];
    const above = dividers.filter((d) => d <= cy - 8).length;
    const below = dividers.filter((d) => d >= cy + 8).length;
    // The whole dot lies between two dividers, and the nearest year number is that band's.
    return above + below === dividers.length ? (nearest?.year ?? 0) : -1;
  });
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

  it('joins each label moved down below other dots to its own dot by a leader in that dot\'s colour, not a pale grey one', () => {
    // Five events of one year crowd their labels far down the line, past later years' ticks.
    const items = [1, 2, 3, 4, 5].map((n) => ({ date: '1933', label: `Event ${n} of a crowded year, told at some length so that its label wraps` })).concat([{ date: '1936', label: 'Later' }]);
    const { svg } = timelineSvg('Crowded', 'Key dates', items);
    const leaders = [...svg.matchAll(/<line [^>]*stroke="([^"]+)" stroke-width="2"\/>/g)].map((m) => m[1]);
    expect(leaders).toHaveLength(items.length);
    expect(leaders.every((colour) => colour === PALETTE.axis)).toBe(true);
    // Each leader ends in a small dot of its colour where a label was moved down.
    expect((svg.match(/<circle [^>]*r="4" fill="#2d3748"\/>/g) ?? []).length).toBeGreaterThanOrEqual(4);
  });

  it('draws each event inside its own year on the axis: Nov and 21 Dec 1929 read as 1929, not on the 1930 mark (a GCSE trial)', () => {
    const items: TimelineItem[] = [
      { date: '1927-11', label: 'Trotsky and Zinoviev are expelled' },
      { date: '1929-02', label: 'Trotsky is deported' },
      { date: '1929-11', label: 'Bukharin is removed from the Politburo' },
      { date: '1929-12-21', label: "Stalin's fiftieth birthday" },
      { date: '1925-01', label: 'Trotsky loses the War Commissariat' },
    ];
    expect(yearsReadOffTheAxis(timelineSvg('Power struggle', 'Key dates', items).svg)).toEqual([1925, 1927, 1929, 1929, 1929]);
    // Every topic's dots too, wherever a student reads a year off its axis.
    for (const topic of kb.topics) {
      const topicItems = sortItems(topicTimelineItems(kb, topic));
      const { svg } = timelineSvg(topic.title, 'Key dates', topicItems);
      const labelled = [...svg.matchAll(/<text[^>]*>(\d{4})<\/text>/g)].map((m) => Number(m[1]));
      if (labelled.some((year, i) => i > 0 && year !== (labelled[i - 1] ?? 0) + 1)) continue; // every other year labelled
      expect(yearsReadOffTheAxis(svg), topic.id).toEqual(topicItems.map((i) => Math.floor(yearOf(i.date))));
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

describe('measuring text', () => {
  it('measures a line as wide as resvg draws it with the shipped font, never narrower, digits and dashes too', () => {
    const lines: [string, number, boolean][] = [
      ['The famine of 1932–33 and the results of collectivisation', 34, true],
      ['0123456789 – — · … 1924–1941', 25, false],
      ['MMMM WWWW mmmm wwww iiii llll', 25, false],
      ['Leaderboard · this week · Kirov and the origins of the Terror', 34, true],
      ['Żółć, Ünïcödé — naïve café', 22, false],
    ];
    for (const [content, size, bold] of lines) {
      const drawn = drawnWidth(escapeXml(content), size, bold);
      const measured = textWidth(content, size, bold);
      expect(measured, content).toBeGreaterThanOrEqual(drawn);
      // At most the side bearings of the first and last glyph wider.
      expect(measured - drawn, content).toBeLessThan(0.25 * size);
    }
  });

  it('fits a title: one line when it fits, else two even lines, else smaller, else cut with an ellipsis', () => {
    expect(fitText('Timeline, 1924–1941', 940, 34, { bold: true })).toEqual({ lines: ['Timeline, 1924–1941'], size: 34 });
    const two = fitText('The famine of 1932–33 and the results of collectivisation', 940, 34, { bold: true });
    expect(two.size).toBe(34);
    expect(two.lines.join(' ')).toBe('The famine of 1932–33 and the results of collectivisation');
    expect(two.lines).toHaveLength(2);
    const [a = 0, b = 0] = two.lines.map((l) => textWidth(l, 34, true));
    expect(Math.abs(a - b)).toBeLessThan(200);
    // Broken after a separator when that fits, rather than inside "The power struggle".
    expect(fitText('Leaderboard · all time · The power struggle, 1924–29', 940, 34, { bold: true }).lines).toEqual(['Leaderboard · all time ·', 'The power struggle, 1924–29']);
    const shrunk = fitText('The famine of 1932–33 and the results of collectivisation', 500, 34, { bold: true });
    expect(shrunk.size).toBeLessThan(34);
    expect(shrunk.lines.join(' ')).toBe('The famine of 1932–33 and the results of collectivisation');
    const cut = fitText('Aleksandr_Solzhenitsyn_Admirer_1918', 240, 26, { bold: true, minSize: 18 });
    expect(cut).toMatchObject({ lines: [expect.stringMatching(/^Aleksandr_.*…$/)], size: 18 });
    for (const fitted of [two, shrunk, cut]) for (const l of fitted.lines) expect(textWidth(l, fitted.size, true)).toBeLessThanOrEqual(fitted === two ? 940 : fitted === shrunk ? 500 : 240);
  });
});

describe("every picture's text", () => {
  /** Every word resvg draws lies inside the picture. */
  const expectInside = (svg: string, what: string) => {
    const box = textBox(svg);
    const size = pictureSize(svg);
    expect(box, what).toBeDefined();
    expect(box?.left, what).toBeGreaterThanOrEqual(0);
    expect(box?.right, what).toBeLessThanOrEqual(size.width);
    expect(box?.bottom, what).toBeLessThanOrEqual(size.height);
  };
  const longest = () => [...kb.topics].sort((a, b) => b.title.length - a.title.length).slice(0, 4);

  it('stays inside the picture on every topic timeline, the longest titles wrapped whole', () => {
    for (const topic of kb.topics) {
      const { svg } = timelineSvg(topic.title, PICTURE_MESSAGES.timelineSubtitle(18, 1924, 1941, [6, 6]), topicTimelineItems(kb, topic));
      expectInside(svg, topic.id);
    }
    const famine = kb.topics.find((t) => t.title.startsWith('The famine of 1932–33'));
    if (!famine) throw new Error('no famine topic');
    const { svg } = timelineSvg(famine.title, 'Key dates', topicTimelineItems(kb, famine));
    expect(drawnText(svg)).toContain(famine.title);
  });

  it('stays inside the podium with the longest leaderboard titles and long names', () => {
    for (const topic of longest())
      for (const period of ['all', 'week'] as const) {
        const title = QUIZ_MESSAGES.leaderboardTitle(period, topic.title);
        const svg = podiumSvg({ title, ordinal, points: PICTURE_MESSAGES.podiumPoints }, [
          { rank: 1, name: 'Aleksandr_Solzhenitsyn_Admirer_1918', points: '12,100' },
          { rank: 2, name: 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', points: '1,000' },
          { rank: 3, name: 'A student with a rather long display name', points: '10' },
        ]);
        expectInside(svg, title);
        expect(drawnText(svg)).toContain(title);
      }
  });

  it('stays inside every chart, and the report chart with every topic', () => {
    for (const series of kb.series) expectInside(chartSvg(series, chartWords(series)), series.id);
    const rows = kb.topics.map((t) => ({ label: t.title, share: 1, counts: '1000/1000' }));
    expectInside(shareBarsSvg({ title: REPORT_MESSAGES.chartTitle, subtitle: REPORT_MESSAGES.chartSubtitle('week'), countsHeading: REPORT_MESSAGES.chartCounts }, rows), 'report');
  });
});

describe('the order of dates', () => {
  const item = (date: string, label = date): TimelineItem => ({ date, label });

  it('puts a date given only as a year after that year\'s precise dates, and one given as a month after that month\'s days', () => {
    const sorted = sortItems([item('1925'), item('1924'), item('1925-01'), item('1924-05'), item('1924-01-21'), item('1934-12'), item('1934-12-01')]);
    expect(sorted.map((i) => i.date)).toEqual(['1924-01-21', '1924-05', '1924', '1925-01', '1925', '1934-12-01', '1934-12']);
  });

  it("draws Lenin's death before the Lenin Enrolment, with their dots in the labels' order", () => {
    const lenin = kb.topics.find((t) => t.id === 'lenin-legacy');
    if (!lenin) throw new Error('no lenin-legacy topic');
    const items = topicTimelineItems(kb, lenin);
    const labels = items.map((i) => `${shortDate(i.date, i.end)} — ${i.label}`);
    const death = labels.findIndex((l) => l.startsWith('21 Jan 1924'));
    const enrolment = labels.findIndex((l) => l.startsWith('1924 — ') && l.includes('Enrolment'));
    expect(death).toBeGreaterThanOrEqual(0);
    expect(enrolment).toBeGreaterThan(death);
    const drawn = drawnText(timelineSvg(lenin.title, 'Key dates', items).svg);
    expect(drawn.indexOf('21 Jan 1924')).toBeLessThan(drawn.indexOf('1924 — The Lenin Enrolment'));
    // Dots never go back up the line, so no two leaders cross; each stays within its year.
    const places = dotPlaces(items);
    places.forEach((p, i) => {
      if (i > 0) expect(p).toBeGreaterThanOrEqual(places[i - 1] ?? 0);
      const start = yearOf(items[i]?.date ?? '');
      expect(p).toBeGreaterThanOrEqual(start);
      expect(p).toBeLessThan(yearOf(items[i]?.date ?? '', true));
    });
  });
});

describe('a timeline in several pictures', () => {
  const items = (years: Record<number, number>) =>
    sortItems(Object.entries(years).flatMap(([year, n]) => Array.from({ length: n }, (_, i) => ({ date: year, label: `${year} event ${i + 1}` }))));

  it('splits by whole years into as few pictures as it needs, evenly filled, together running over every year', () => {
    // 48 events: 1928 and 1929 cannot share a picture (19), so four pictures at least; none a straggler at the end.
    const all = items({ 1924: 4, 1925: 5, 1926: 2, 1927: 3, 1928: 9, 1929: 10, 1930: 4, 1932: 10, 1941: 1 });
    const pages = timelinePages(all, 1924, 1941, 18);
    expect(pages.map((p) => [p.first, p.last, p.items.length])).toEqual([
      [1924, 1926, 11],
      [1927, 1928, 12],
      [1929, 1931, 14],
      [1932, 1941, 11],
    ]);
    expect(pages.flatMap((p) => p.items)).toEqual(all);
    for (const p of pages) for (const i of p.items) expect(Math.floor(yearOf(i.date))).toBeGreaterThanOrEqual(p.first);
  });

  it('splits a year with more events than a picture holds, and keeps one picture when all fit', () => {
    const crowded = timelinePages(items({ 1929: 20, 1930: 2 }), 1929, 1930, 18);
    expect(crowded.map((p) => [p.first, p.last, p.items.length])).toEqual([
      [1929, 1929, 18],
      [1929, 1930, 4],
    ]);
    expect(timelinePages(items({ 1924: 3, 1925: 4 }), 1924, 1925, 18)).toHaveLength(1);
  });
});
