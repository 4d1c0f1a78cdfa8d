// /timeline, /chart and the timeline under /topic: their replies, called as the adapters call them,
// and how the Discord and console adapters show a picture.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type App } from '../../src/app.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { renderText } from '../../src/adapters/console/render-text.js';
import { pictureSaver } from '../../src/adapters/console/console.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { MESSAGES, PICTURE_MESSAGES } from '../../src/messages.js';
import type { PictureRenderer } from '../../src/pictures/rasterise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { hasPngSignature } from '../pictures/png.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };

/** Records the SVG it is asked to draw and returns a tiny PNG-like picture, so these tests stay quick. */
function fakeRenderer(): PictureRenderer & { svgs: string[] } {
  const svgs: string[] = [];
  return {
    svgs,
    render: async (svg) => {
      svgs.push(svg);
      return { png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, svgs.length]), width: 1200, height: 900 };
    },
  };
}

let kb: KnowledgeBase;
let app: App;
let pictures: ReturnType<typeof fakeRenderer>;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  pictures = fakeRenderer();
  app = buildApp({ kb, pictures });
});
const run = async (name: string, options: Record<string, string | number>) => (await app.router.runCommand(name, { options }, ctx)) as Reply;
const picture = (reply: Reply) => reply.attachments?.find((a) => a.image);
/** The text an SVG draws, its lines joined, entities decoded. */
const drawnText = (svg: string) =>
  [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) => m[1] ?? '')
    .join(' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('/chart', () => {
  it('answers with the chart as an image attachment, alt text that gives every figure by kind, the note and the sources', async () => {
    const reply = await run('chart', { series: 'coal' });
    expect(reply.title).toBe(PICTURE_MESSAGES.chartTitle('Coal output'));
    expect(reply.body).toContain('official Soviet figures'.replace('o', 'O'));
    expect(reply.footer).toContain('GCSE revision questions on industrialisation');
    const image = picture(reply);
    expect(image?.name).toBe('chart-coal.png');
    expect(image?.description).toContain('Official claim: 1913 29, 1928 35.5, 1932 64.3, 1937 130, 1940 165.9.');
    expect(image?.description).toContain('Plan target: 1932 68 to 75.');
    expect(image?.description?.length).toBeLessThanOrEqual(1024);
    expect(pictures.svgs.at(-1)).toContain('Coal output');
  });

  it('finds a series by its title too, and refuses privately a name that is no series, listing the charts', async () => {
    expect(picture(await run('chart', { series: 'Grain harvest' }))?.name).toBe('chart-grain-harvest.png');
    const reply = await run('chart', { series: 'bananas' });
    expect(reply).toMatchObject({ private: true, tone: 'error' });
    expect(reply.body).toContain('coal, steel');
    expect(reply.attachments).toBeUndefined();
  });

  it('finds a series by its id with spaces, its title in any case, its words, or a slip, as /topic finds a topic', async () => {
    for (const typed of ['famine deaths', 'Famine-Deaths', 'deaths in the famine of 1932–33', 'famin deaths', 'famine']) {
      expect(picture(await run('chart', { series: typed }))?.name, typed).toBe('chart-famine-deaths.png');
    }
    expect(picture(await run('chart', { series: 'steal' }))?.name).toBe('chart-steel.png');
    expect(picture(await run('chart', { series: 'grain collected' }))?.name).toBe('chart-grain-procurement.png');
    expect(await run('chart', { series: 'hitler' })).toMatchObject({ private: true, tone: 'error' });
  });

  it('autocompletes from the series, best match first, at most 25', () => {
    const chart = app.router.command('chart');
    expect(chart?.autocomplete?.('series', 'gra', ctx)[0]?.value).toBe('grain-harvest');
    expect(chart?.autocomplete?.('series', '', ctx).length).toBe(kb.series.length);
    expect(chart?.autocomplete?.('series', '', ctx).length).toBeLessThanOrEqual(25);
    expect(chart?.autocomplete?.('series', 'zzz', ctx)).toEqual([]);
  });
});

describe('/timeline', () => {
  it("draws a topic's key dates and events, with alt text naming each in order", async () => {
    const reply = await run('timeline', { topic: 'power struggle' });
    const image = picture(reply);
    expect(image?.name).toMatch(/^timeline-power-struggle-\d{4}-\d{4}\.png$/);
    expect(image?.description).toMatch(/^Timeline of The power struggle/);
    expect(image?.description).toContain('February 1929: Trotsky is deported from the USSR');
  });

  it('draws the events between two years when no topic is given, and only those', async () => {
    const reply = await run('timeline', { from: 1934, to: 1934 });
    expect(reply.title).toBe(PICTURE_MESSAGES.timelineYearsTitle(1934, 1934));
    const svg = pictures.svgs.at(-1) ?? '';
    for (const e of kb.events.filter((x) => x.date.startsWith('1934') && !x.end).slice(0, 5)) expect(svg).toContain(e.title.split(' ')[0]);
    expect(svg).not.toContain('Trotsky is deported');
  });

  it('shows the whole course without a topic or years: every event of 1924–1941, in pictures of whole years of at most 18 each', async () => {
    const before = pictures.svgs.length;
    const reply = await run('timeline', {});
    expect(reply.title).toBe(PICTURE_MESSAGES.timelineYearsTitle(1924, 1941));
    const images = reply.attachments?.filter((a) => a.image) ?? [];
    expect(images.length).toBeGreaterThan(1);
    const svgs = pictures.svgs.slice(before);
    expect(svgs).toHaveLength(images.length);
    // Each picture names its years in its title and file; together they run from 1924 to 1941 without a gap.
    const spans = images.map((a) => /^timeline-(\d{4})-(\d{4})\.png$/.exec(a.name)?.slice(1).map(Number) ?? []);
    expect(spans[0]?.[0]).toBe(1924);
    expect(spans.at(-1)?.[1]).toBe(1941);
    spans.slice(1).forEach((span, i) => expect(span[0]).toBe((spans[i]?.[1] ?? 0) + 1));
    spans.forEach(([from = 0, to = 0], i) => expect(drawnText(svgs[i] ?? '')).toContain(PICTURE_MESSAGES.timelineYearsTitle(from, to)));
    for (const a of images) expect(Number(/: (\d+) dates in order/.exec(a.description ?? '')?.[1])).toBeLessThanOrEqual(18);
    const course = kb.events.filter((e) => Number(e.date.slice(0, 4)) <= 1941 && Number((e.end ?? e.date).slice(0, 4)) >= 1924);
    for (const e of course) expect(svgs.filter((svg) => drawnText(svg).includes(e.title)).length, e.title).toBeGreaterThanOrEqual(1);
    expect(reply.body).toContain(images.map((_, i) => `${spans[i]?.[0] ?? 0} to ${spans[i]?.[1] ?? 0}`).join(', '));
  });

  it('says which years it shows when those asked for reach beyond the events, and not otherwise', async () => {
    const wide = await run('timeline', { topic: 'power struggle', from: 1920, to: 1930 });
    expect(wide.body).toContain(PICTURE_MESSAGES.timelineYearsShown(1923, 1929));
    expect(picture(wide)?.name).toBe('timeline-power-struggle-1923-1929.png');
    const course = await run('timeline', { from: 1900, to: 1935 });
    expect(course.title).toBe(PICTURE_MESSAGES.timelineYearsTitle(1920, 1935));
    expect(course.body).toContain(PICTURE_MESSAGES.timelineYearsShown(1920, 1935));
    expect((await run('timeline', { topic: 'power struggle' })).body).not.toContain(PICTURE_MESSAGES.timelineYearsShown(1923, 1929));
    expect((await run('timeline', { from: 1928, to: 1932 })).body).not.toMatch(/years you asked for/);
  });

  it("lists a year's precisely dated events before those dated only by that year, in the picture and as text", async () => {
    await run('timeline', { from: 1924, to: 1925 });
    const drawn = drawnText(pictures.svgs.at(-1) ?? '');
    expect(drawn.indexOf('21 Jan 1924 — Lenin dies')).toBeGreaterThanOrEqual(0);
    expect(drawn.indexOf('21 Jan 1924 — Lenin dies')).toBeLessThan(drawn.indexOf('1924 — The Lenin Enrolment'));
    expect(drawn.indexOf('Jan 1925 — Trotsky is removed')).toBeLessThan(drawn.indexOf("1925 — Eisenstein's Battleship Potemkin"));
    const broken = buildApp({ kb, pictures: { render: () => Promise.reject(new Error('no renderer')) } });
    const text = ((await broken.router.runCommand('timeline', { options: { from: 1924, to: 1925 } }, ctx)) as Reply).body ?? '';
    expect(text.indexOf('21 January 1924: Lenin dies')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('21 January 1924: Lenin dies')).toBeLessThan(text.indexOf('1924: The Lenin Enrolment'));
    const keyDates = (await run('topic', { name: 'lenin legacy' })).fields?.find((f) => f.name === 'Key dates')?.value ?? '';
    expect(keyDates.indexOf('21 January 1924')).toBeGreaterThanOrEqual(0);
    expect(keyDates.indexOf('21 January 1924')).toBeLessThan(keyDates.search(/^1924: /m));
  });

  it('says so, privately, for years with no events, years the wrong way round, and a topic that does not exist', async () => {
    expect(await run('timeline', { from: 1905, to: 1906 })).toMatchObject({ body: PICTURE_MESSAGES.timelineNothing, private: true });
    expect(await run('timeline', { from: 1932, to: 1928 })).toMatchObject({ body: PICTURE_MESSAGES.timelineBadYears(1932, 1928), private: true });
    expect(await run('timeline', { topic: 'bananas' })).toMatchObject({ body: MESSAGES.topicNotFound('bananas'), private: true });
  });
});

describe('/topic', () => {
  it("shows the topic's timeline under its summary, and names the charts of its figures", async () => {
    const reply = await run('topic', { name: 'five year plans' });
    expect(picture(reply)?.name).toBe('timeline-five-year-plans.png');
    expect(reply.fields?.find((f) => f.name === MESSAGES.topicChartsField)?.value).toContain('/chart coal');
  });

  it("draws the topic's own years, its dates after the course's (historians' books) listed under it (a trial: the famine's ran to 2018, 6,751 px tall)", async () => {
    const before = pictures.svgs.length;
    const reply = await run('topic', { name: 'famine' });
    const drawn = drawnText(pictures.svgs.slice(before).at(-1) ?? '');
    expect(drawn).toContain('Law on socialist');
    expect(drawn).not.toMatch(/Conquest|Applebaum|2017|2018|1986/);
    expect(picture(reply)?.description).not.toContain('Applebaum');
    const later = reply.fields?.find((f) => f.name === PICTURE_MESSAGES.topicLaterField(1941))?.value ?? '';
    expect(later.split('\n')).toEqual([
      '1986: Robert Conquest publishes The Harvest of Sorrow on collectivisation and the famine',
      '2004: Davies and Wheatcroft publish The Years of Hunger, rejecting the idea of a planned famine',
      '2017: Anne Applebaum publishes Red Famine, arguing that the state used hunger against Ukraine',
    ]);
    // A topic with nothing after the course's years has no such field.
    expect((await run('topic', { name: 'nep' })).fields?.map((f) => f.name)).not.toContain(PICTURE_MESSAGES.topicLaterField(1941));
  });

  it("keeps every topic's timeline to the course's years and a height a phone can show (at most 2.5 times its width)", async () => {
    for (const topic of kb.topics) {
      const before = pictures.svgs.length;
      await run('topic', { name: topic.id });
      const svg = pictures.svgs.slice(before).at(-1) ?? '';
      const [width, height] = [/width="(\d+)"/, /height="(\d+)"/].map((r) => Number(r.exec(svg)?.[1]));
      expect(height, topic.id).toBeLessThanOrEqual(2.5 * (width ?? 0));
      // The line's year ticks: texts that are a year alone.
      const ticks = [...svg.matchAll(/<text[^>]*>(\d{4})<\/text>/g)].map((m) => Number(m[1]));
      expect(ticks.length, topic.id).toBeGreaterThan(1);
      expect(Math.max(...ticks), topic.id).toBeLessThanOrEqual(1942);
    }
  });

  it('keeps its text when the picture cannot be drawn', async () => {
    const broken = buildApp({ kb, pictures: { render: () => Promise.reject(new Error('no renderer')) } });
    const reply = (await broken.router.runCommand('topic', { options: { name: 'nep' } }, ctx)) as Reply;
    expect(reply.title).toBe('The New Economic Policy (NEP)');
    expect(reply.attachments).toBeUndefined();
  });
});

describe('a picture on each surface', () => {
  it('on Discord: uploaded with its description and shown inside the embed', async () => {
    const reply = await run('chart', { series: 'steel' });
    const message = renderReply(reply);
    expect(message.embeds[0]?.image?.url).toBe('attachment://chart-steel.png');
    expect(message.files?.[0]?.name).toBe('chart-steel.png');
    expect(message.files?.[0]?.description).toBe(picture(reply)?.description);
    expect(hasPngSignature(message.files?.[0]?.attachment ?? new Uint8Array())).toBe(true);
  });

  it('in the console: written to the pictures folder and its path printed on an Image: line, or left out', async () => {
    const reply = await run('chart', { series: 'oil' });
    const dir = mkdtempSync(path.join(tmpdir(), 'tutor-pictures-'));
    const text = renderText(reply, pictureSaver(dir));
    const file = path.join(dir, 'chart-oil.png');
    expect(text).toContain(PICTURE_MESSAGES.consoleImage(file, 'Chart of oil output'));
    expect(hasPngSignature(readFileSync(file))).toBe(true);
    expect(renderText(reply)).not.toContain('Image:');
  });
});
