// The chart of accuracy per topic under the teacher's /tutor report: every topic's name and figures are
// drawn (in the SVG), the PNG decodes and is not blank, the alt text names each topic's figure, and the
// report's text stays as it was (the chart is extra; without it the report goes as text).
import { afterAll, describe, expect, it } from 'vitest';
import { accuracyChart } from '../../src/commands/class-report.js';
import { buildApp } from '../../src/app.js';
import { REPORT_MESSAGES as P } from '../../src/messages.js';
import { percentText, shareBarsSvg } from '../../src/pictures/bars.js';
import { createPictureRenderer, DrawingWorker, MAX_PICTURE_WIDTH, type PictureRenderer } from '../../src/pictures/rasterise.js';
import { classReport } from '../../src/report/class-report.js';
import { recordAnswer } from '../../src/report/activity.js';
import { freshGuildDocument } from '../../src/store/schema.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { quizHarness, quizKnowledge, START } from '../quiz/harness.js';
import { colourCount, decodePng, inkShare } from './png.js';

const drawing = new DrawingWorker();
afterAll(() => drawing.close());

/** The text the SVG draws, entities decoded. */
const drawnTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

const WORDS = { title: P.chartTitle, subtitle: P.chartSubtitle('week'), countsHeading: P.chartCounts };

describe('the bar chart of shares', () => {
  it('draws every row\'s label, percentage and counts, in the order given, with bars as long as the shares', () => {
    const rows = [
      { label: 'Collectivisation & the famine', share: 0, counts: '0/4' },
      { label: 'The New Economic Policy (NEP)', share: 1 / 3, counts: '1/3' },
      { label: 'The Five-Year Plans', share: 1, counts: '12/12' },
    ];
    const svg = shareBarsSvg(WORDS, rows);
    const texts = drawnTexts(svg);
    expect(texts).toContain(P.chartTitle);
    expect(texts).toContain(P.chartCounts);
    for (const r of rows) {
      expect(texts.join(' ')).toContain(r.label);
      expect(texts).toContain(percentText(r.share));
      expect(texts).toContain(r.counts);
    }
    expect(texts.indexOf('0/4')).toBeLessThan(texts.indexOf('1/3'));
    expect(texts.indexOf('1/3')).toBeLessThan(texts.indexOf('12/12'));
    const bars = [...svg.matchAll(/<rect x="360" y="[\d.]+" width="([\d.]+)" height="40"/g)].map((m) => Number(m[1]));
    // 0% still shows a sliver; a third is a third of the full bar.
    expect(bars).toHaveLength(3);
    expect(bars[0]).toBeGreaterThan(0);
    expect(bars[1]).toBeCloseTo((bars[2] ?? 0) / 3, 0);
  });

  it('becomes a PNG that decodes, at most 1600 px wide, opaque and not blank', async () => {
    const svg = shareBarsSvg(WORDS, [
      { label: 'The power struggle', share: 0.4, counts: '4/10' },
      { label: 'The New Economic Policy (NEP)', share: 0.75, counts: '3/4' },
    ]);
    const picture = await createPictureRenderer({ scale: 1.2, draw: drawing.draw }).render(svg);
    const png = decodePng(picture.png);
    expect(png.width).toBeLessThanOrEqual(MAX_PICTURE_WIDTH);
    expect(png.width).toBeGreaterThanOrEqual(1000);
    expect(colourCount(png)).toBeGreaterThan(20);
    expect(inkShare(png)).toBeGreaterThan(0.02);
    expect(inkShare(png)).toBeLessThan(0.5);
    if (png.channels === 4) for (let i = 3; i < png.pixels.length; i += 4 * 997) expect(png.pixels[i]).toBe(255);
  });
});

describe('the report\'s chart', () => {
  const NOW = Date.UTC(2025, 0, 31, 12);
  const doc = freshGuildDocument('g1');
  const answer = (topic: string, correct: boolean) => recordAnswer(doc, { userId: 'ann', questionId: `${topic}-q`, topic, correct, at: NOW });
  answer('nep', true);
  answer('nep', false);
  answer('nep', true);
  answer('collectivisation', false);

  /** A renderer that keeps the SVG it was asked to draw. */
  const keeping = () => {
    const asked: string[] = [];
    const real = createPictureRenderer({ draw: drawing.draw });
    const renderer: PictureRenderer = { render: (svg) => (asked.push(svg), real.render(svg)) };
    return { asked, renderer };
  };

  it('is a PNG of accuracy per topic, weakest first, whose alt text names each topic\'s figure', async () => {
    const { asked, renderer } = keeping();
    const chart = await accuracyChart(renderer, quizKnowledge(), classReport(doc, 'week', NOW));
    expect(chart?.image).toBe(true);
    expect(chart?.name).toBe('class-report-week-2025-01-31.png');
    expect(chart?.description).toBe(
      P.chartAlt([P.chartAltRow('Collectivisation', '0%', 0, 1), P.chartAltRow('The New Economic Policy (NEP)', '67%', 2, 3)]),
    );
    const texts = drawnTexts(asked[0] ?? '');
    expect(texts).toEqual(expect.arrayContaining(['Collectivisation', '0%', '67%', '0/1', '2/3', P.chartSubtitle('week')]));
    // A long label wraps onto two lines, every word drawn.
    expect(texts.join(' ')).toContain('The New Economic Policy (NEP)');
    expect(decodePng(chart?.content as Uint8Array).width).toBeGreaterThan(0);
  });

  it('is left out when no quiz question was answered', async () => {
    const { asked, renderer } = keeping();
    expect(await accuracyChart(renderer, quizKnowledge(), classReport(freshGuildDocument('g2'), 'week', NOW))).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('comes with /tutor report after the CSV, the text unchanged; a report whose chart fails goes as text', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.wait(10_000);
    await h.stop('Alice');
    const report = await h.command('Ms Smith', 'tutor', { subcommand: 'report', options: {} }, { mod: true });
    expect(report.fields?.[0]).toEqual({ name: P.topicsField, value: P.topicLine('The New Economic Policy (NEP)', 1, 1, 1) });
    expect(report.attachments?.map((a) => a.name)).toEqual(['class-report-week-2025-01-06.csv', 'class-report-week-2025-01-06.png']);
    const chart = report.attachments?.[1];
    expect(chart?.description).toBe(P.chartAlt([P.chartAltRow('The New Economic Policy (NEP)', '100%', 1, 1)]));
    expect(decodePng(chart?.content as Uint8Array).height).toBeGreaterThan(100);

    const time = new FakeTime(START);
    const store = createMemoryGuildStore();
    await store.update('g1', (d) => void recordAnswer(d, { userId: 'ann', questionId: 'q', topic: 'nep', correct: true, at: START }));
    const failing = buildApp({
      kb: quizKnowledge(),
      store,
      clock: time,
      scheduler: time,
      random: seededRandom(1),
      pictures: { render: () => Promise.reject(new Error('the drawing worker stopped')) },
    });
    const ctx = { guildId: 'g1', channelId: 'c1', userId: 'u-t', userName: 'T', canManageServer: true };
    const plain = await failing.router.runCommand('tutor', { subcommand: 'report', options: {} }, ctx);
    expect(plain?.attachments?.map((a) => a.name)).toEqual(['class-report-week-2025-01-06.csv']);
    expect(plain?.fields?.[0]?.name).toBe(P.topicsField);
  });
});
