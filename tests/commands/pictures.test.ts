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

describe('/chart', () => {
  it('answers with the chart as an image attachment, alt text that gives every figure by kind, the note and the sources', async () => {
    const reply = await run('chart', { series: 'coal' });
    expect(reply.title).toBe(PICTURE_MESSAGES.chartTitle('Coal output'));
    expect(reply.body).toContain('official Soviet figures'.replace('o', 'O'));
    expect(reply.footer).toContain('GCSE revision questions on industrialisation');
    const image = picture(reply);
    expect(image?.name).toBe('chart-coal.png');
    expect(image?.description).toContain('Official claim: 1913 29, 1928 35.5, 1932 64.3, 1937 130, 1940 165.9.');
    expect(image?.description).toContain('Plan target: 1932 68–75.');
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
    expect(image?.description).toContain('Feb 1929 Trotsky is deported from the USSR');
  });

  it('draws the events between two years when no topic is given, and only those', async () => {
    const reply = await run('timeline', { from: 1934, to: 1934 });
    expect(reply.title).toBe(PICTURE_MESSAGES.timelineYearsTitle(1934, 1934));
    const svg = pictures.svgs.at(-1) ?? '';
    for (const e of kb.events.filter((x) => x.date.startsWith('1934') && !x.end).slice(0, 5)) expect(svg).toContain(e.title.split(' ')[0]);
    expect(svg).not.toContain('Trotsky is deported');
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
    expect(text).toContain(PICTURE_MESSAGES.consoleImage(file));
    expect(hasPngSignature(readFileSync(file))).toBe(true);
    expect(renderText(reply)).not.toContain('Image:');
  });
});
