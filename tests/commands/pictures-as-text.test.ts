// Pictures as text, for a student with a screen reader (a blind student's trial): /timeline lists the events its
// pictures draw, /chart the figures it draws, each picture's alt text gives its content, and the console names a
// picture before its path. The text is the reply's own, so Discord and the console (with pictures or without) share it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReply } from '../../src/adapters/discord/render.js';
import { DISCORD_LIMITS } from '../../src/adapters/discord/limits.js';
import { pictureSaver } from '../../src/adapters/console/console.js';
import { renderText } from '../../src/adapters/console/render-text.js';
import { buildApp, type App } from '../../src/app.js';
import { timelineLine, topicTimelineItems } from '../../src/commands/picture-text.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { PICTURE_MESSAGES } from '../../src/messages.js';
import type { PictureRenderer } from '../../src/pictures/rasterise.js';
import { sortItems, type TimelineItem } from '../../src/pictures/timeline.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
const fakePictures: PictureRenderer = { render: async () => ({ png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), width: 10, height: 10 }) };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date as a listener should hear it, written out here independently of the code under test. */
const spoken = (date: string) => {
  const [y, m, d] = date.split('-');
  return [d ? String(Number(d)) : '', m ? MONTHS[Number(m) - 1] : '', y].filter(Boolean).join(' ');
};

/** A period: "1932 to 1933", "January to February 1934" (the start's year left out when it is the end's). */
const when = (item: TimelineItem) => {
  if (!item.end) return spoken(item.date);
  const sameYear = item.date.includes('-') && item.end.includes('-') && item.date.slice(0, 4) === item.end.slice(0, 4);
  return `${sameYear ? spoken(item.date).replace(/ \d{4}$/, '') : spoken(item.date)} to ${spoken(item.end)}`;
};
/** Year ranges in a label said in words: "1932–33" and "1930–1933" as "1932 to 1933", "1930 to 1933". */
const inWords = (label: string) => label.replace(/\b(\d{4})–(\d{2}|\d{4})\b/g, (_a, f: string, t: string) => `${f} to ${t.length === 2 ? f.slice(0, 2) + t : t}`);

let kb: KnowledgeBase;
let app: App;
let dir: string;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  app = buildApp({ kb, pictures: fakePictures });
  dir = mkdtempSync(path.join(tmpdir(), 'tutor-pictures-text-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await app.shutdown();
});

const run = async (name: string, options: Record<string, string | number>) => (await app.router.runCommand(name, { options }, ctx)) as Reply;
/** The reply as the console prints it with --no-images (no picture saved). */
const noImages = (reply: Reply) => renderText(reply);
/** The lines of a text that are events ("<date in words>: <label>"), in order. */
const eventLines = (text: string) => text.split('\n').filter((l) => /^[0-9A-Za-z ]*\d{4}: \S/.test(l));

describe('/timeline as text', () => {
  it('lists every event of the picture, one a line, in the picture\'s order, dates and ranges in words, with --no-images too', async () => {
    const famine = kb.topics.find((t) => t.id === 'famine');
    // /timeline draws a topic's dates to the course's last year, as /topic does; the historians' books that came later
    // are listed after them, under a heading of their own.
    const items = topicTimelineItems(kb, famine ?? kb.topics[0]!);
    const reply = await run('timeline', { topic: 'famine' });
    const text = noImages(reply);
    expect(text).not.toContain('Image:');
    const lines = eventLines(text);
    expect(lines).toHaveLength(items.length);
    expect(text.indexOf(PICTURE_MESSAGES.timelineLaterHeading(1941))).toBeGreaterThan(text.indexOf('1939: About 19 million'));
    expect(text.indexOf(PICTURE_MESSAGES.timelineLaterHeading(1941))).toBeLessThan(text.indexOf('1986: Robert Conquest'));
    expect(reply.attachments?.find((a) => a.image)?.description).not.toContain('Conquest');
    items.forEach((item, i) => {
      expect(lines[i], item.label).toBe(`${when(item)}: ${inWords(item.label)}`);
    });
    // The law of spikelets, in the picture only before: now heard, with its day and month in words.
    expect(text).toContain('7 August 1932: Law on socialist property');
    // A range said in words, never a dash a screen reader skips.
    expect(text).toMatch(/^1932 to 1933: /m);
    for (const l of lines) expect(l.split(':')[0]).not.toMatch(/[–—]/);
  });

  it('lists the same events in the same order as the pictures, page by page, under a heading for each picture', async () => {
    const reply = await run('timeline', { from: 1936, to: 1938 });
    const pictures = reply.attachments?.filter((a) => a.image) ?? [];
    expect(pictures).toHaveLength(2);
    const text = reply.body;
    expect(text).toMatch(/^Picture 1 of 2, 1936:$/m);
    expect(text).toMatch(/^Picture 2 of 2, 1937 to 1938:$/m);
    // Each picture's alt text lists its items in order; the text lists the same, in the same order.
    const fromAlt = pictures.flatMap((p) => (p.description ?? '').replace(/^[^.]*dates in order\. /, '').replace(/\.$/, '').split('; '));
    const lines = eventLines(text);
    expect(lines.length).toBeGreaterThan(10);
    expect(fromAlt.slice(0, 5)).toEqual(lines.slice(0, 5));
    expect(text.indexOf('Picture 2 of 2')).toBeLessThan(text.indexOf('January 1937: Second Moscow show trial'));
    expect(text.indexOf('Picture 2 of 2')).toBeGreaterThan(text.indexOf('December 1936: The Stalin Constitution'));
  });

  it('cuts the whole course at a whole line to fit a Discord message, saying how many more and the command for the next ones', async () => {
    const reply = await run('timeline', {});
    const course = sortItems(
      kb.events
        .filter((e) => Number(e.date.slice(0, 4)) <= 1941 && Number((e.end ?? e.date).slice(0, 4)) >= 1924)
        .map((e): TimelineItem => ({ date: e.date, ...(e.end ? { end: e.end } : {}), label: e.title })),
    );
    const lines = eventLines(reply.body);
    expect(reply.body.length).toBeLessThanOrEqual(4000);
    const more = /^And (\d+) more: (\/timeline from:(\d{4}) to:(\d{4})) lists the next ones, and \/timeline topic:(\S+) \(or any topic\)/m.exec(reply.body);
    expect(more, reply.body.slice(-300)).not.toBeNull();
    expect(lines.length + Number(more?.[1])).toBe(course.length);
    // The example topic is one of the fact base's.
    expect(kb.topics.map((t) => t.id)).toContain(more?.[5]);
    // The command named covers the rest of what was asked for (the course, to 1941), not one picture's years.
    expect(Number(more?.[4])).toBe(1941);
    // It picks up where the list stops: the events not heard yet are the course's next ones, from the first left out.
    const next = eventLines((await run('timeline', { from: Number(more?.[3]), to: Number(more?.[4]) })).body);
    const unheard = next.filter((l) => !lines.includes(l));
    expect(unheard.length).toBeGreaterThan(0);
    expect(unheard).toEqual(course.slice(lines.length, lines.length + unheard.length).map(timelineLine));
    // On Discord the whole text fits in the embed: nothing is clipped mid-line.
    const embed = renderReply(reply).embeds[0];
    expect(embed?.description).toBe(reply.body);
    expect((embed?.description?.length ?? 0) + (embed?.title?.length ?? 0)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('gives the text with the note when the picture cannot be drawn', async () => {
    const broken = buildApp({ kb, pictures: { render: () => Promise.reject(new Error('no renderer')) } });
    const reply = (await broken.router.runCommand('timeline', { options: { topic: 'famine' } }, ctx)) as Reply;
    await broken.shutdown();
    expect(reply.attachments).toBeUndefined();
    expect(reply.body).toContain('The picture could not be drawn');
    expect(reply.body).toContain('7 August 1932: Law on socialist property');
  });
});

describe('/topic as text', () => {
  it("lists under Key dates the topic's key dates (not its timeline's other events), in date order, in words, cut at a whole line within a field's 1024 characters", async () => {
    for (const topic of kb.topics) {
      const reply = await run('topic', { name: topic.id });
      const dates = reply.fields?.find((f) => f.name === 'Key dates')?.value ?? '';
      expect(dates.length, topic.id).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
      const items = sortItems(topic.keyDates.map((d): TimelineItem => ({ date: d.date, ...(d.end ? { end: d.end } : {}), label: d.label })));
      const lines = eventLines(dates);
      const more = /^And (\d+) more: \/timeline topic:(\S+) lists them all\.$/m.exec(dates);
      expect(lines.length + Number(more?.[1] ?? 0), topic.id).toBe(items.length);
      if (more) expect(more[2]).toBe(topic.id);
      lines.forEach((l, i) => expect(l, topic.id).toBe(`${when(items[i]!)}: ${inWords(items[i]!.label)}`));
    }
    // The events the timeline adds (a historian's book of 1986) are not key dates.
    const famineTopic = kb.topics.find((t) => t.id === 'famine')!;
    const extra = topicTimelineItems(kb, famineTopic).filter((i) => !famineTopic.keyDates.some((d) => d.date === i.date && d.label === i.label));
    expect(extra.length).toBeGreaterThan(0);
    const famineDates = (await run('topic', { name: 'famine' })).fields?.find((f) => f.name === 'Key dates')?.value ?? '';
    for (const e of extra) expect(famineDates).not.toContain(`: ${inWords(e.label)}`);
    // A range in words, as Read aloud says it, not a dash a screen reader skips.
    expect(famineDates).toMatch(/^1932 to 1933: Famine in Ukraine/m);
  });
});

describe('/chart as text', () => {
  it("lists each figure's value and kind by year, ranges as x to y, before the caption", async () => {
    const reply = await run('chart', { series: 'coal' });
    const text = noImages(reply);
    const figures = ['1913: 29 (official claim)', '1928: 35.5 (official claim)', '1932: 68 to 75 (plan target); 64.3 (official claim)', '1937: 130 (official claim)', '1940: 165.9 (official claim)'];
    expect(text).toContain(['The figures, in million tonnes:', ...figures].join('\n'));
    expect(reply.body.indexOf('1940: 165.9')).toBeLessThan(reply.body.indexOf('Official Soviet figures'));
  });

  it('marks every point of every series, an estimate with what it counts, and keeps the reply within Discord limits', async () => {
    for (const series of kb.series) {
      const body = (await run('chart', { series: series.id })).body;
      expect(body.length, series.id).toBeLessThanOrEqual(4000);
      for (const p of series.points) {
        const value = p.range ? `${p.range[0]} to ${p.range[1]}` : String(p.value);
        const kind = { target: 'plan target', official: 'official claim', estimate: 'later estimate' }[p.kind];
        expect(body, `${series.id} ${p.year}`).toContain(`${value} (${kind}`);
      }
    }
    const gulag = (await run('chart', { series: 'gulag population' })).body;
    expect(gulag).toContain('1936: 0.84 (later estimate, camps alone); 1.3 (later estimate, camps and colonies)');
    expect(gulag).toContain('1939: 1.5 to 2 (later estimate, camps and colonies)');
  });
});

describe("a picture's alt text and its console line", () => {
  it('says what the picture is and gives its data, within 1024 characters, cut only at a whole item', async () => {
    const chart = (await run('chart', { series: 'steel' })).attachments?.[0];
    expect(chart?.description).toMatch(/^Chart of steel output, 1913 to 1940, in million tonnes\./);
    expect(chart?.description).toContain('1937 17.7');
    expect(chart?.description).toContain('Plan target: 1932 8.3 to 10.');
    const timelines = (await run('timeline', {})).attachments ?? [];
    for (const t of timelines) {
      expect(t.description?.length).toBeLessThanOrEqual(DISCORD_LIMITS.attachmentDescription);
      expect(t.description).toMatch(/^Timeline of the events of \d{4}( to \d{4})?: \d+ dates in order\. /);
      // Whole items only: it ends with an item or with how many more there are, never mid-word.
      expect(t.description).toMatch(/(; and \d+ more\.|[^…]\.)$/);
    }
    const famine = (await run('timeline', { topic: 'famine' })).attachments?.[0]?.description ?? '';
    expect(famine).toContain('7 August 1932: Law on socialist property');
  });

  it('is named in the console before its path, on the Image: line, and left out with --no-images', async () => {
    const chart = await run('chart', { series: 'coal' });
    const text = renderText(chart, pictureSaver(dir));
    expect(text).toContain(`\nImage: Chart of coal output — ${path.join(dir, 'chart-coal.png')}`);
    const course = renderText(await run('timeline', {}), pictureSaver(dir));
    expect(course).toContain(`\nImage: Timeline of the events of 1924 to 1926, picture 1 of `);
    const famine = renderText(await run('timeline', { topic: 'famine' }), pictureSaver(dir));
    expect(famine).toMatch(/\nImage: Timeline of The famine of 1932 to 1933 and the results of collectivisation — .*timeline-famine-\d{4}-\d{4}\.png/);
    expect(noImages(chart)).not.toContain('Image:');
    expect(noImages(chart)).toContain('1932: 68 to 75 (plan target)');
  });
});
