// The podium picture under /leaderboard: the first three places drawn (names and points in the SVG),
// shared places sharing a step's height, a PNG that decodes, alt text naming each place, and the text
// list unchanged (for screen readers); without a picture the list goes alone.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pictureSaver } from '../../src/adapters/console/console.js';
import { renderText } from '../../src/adapters/console/render-text.js';
import { createLeaderboardCommand, podiumPicture } from '../../src/commands/leaderboard.js';
import { createTopicFinder } from '../../src/knowledge/topic-finder.js';
import { ordinal, PICTURE_MESSAGES as P, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { rankStandings } from '../../src/leaderboard/ranking.js';
import { podiumSvg } from '../../src/pictures/podium.js';
import { createPictureRenderer, DrawingWorker, PictureError, type PictureRenderer } from '../../src/pictures/rasterise.js';
import { quizHarness, quizKnowledge } from '../quiz/harness.js';
import { decodePng, inkShare } from './png.js';

const drawnTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
const stepHeights = (svg: string) => [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="248" height="([\d.]+)"/g)].map((m) => Number(m[1]));
/** The names among `names` drawn in the picture, as they read from left to right. */
const namesLeftToRight = (svg: string, names: readonly string[]) =>
  [...svg.matchAll(/<text x="([\d.]+)"[^>]*>([^<]*)<\/text>/g)]
    .filter((m) => names.includes(m[2] ?? ''))
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[2]);
const WORDS = { title: 'Leaderboard · all time', ordinal, points: P.podiumPoints };
const drawing = new DrawingWorker();
afterAll(() => drawing.close());

describe('the podium', () => {
  it('draws the first three places, second on the left and first highest, with names and points', () => {
    const svg = podiumSvg(WORDS, [
      { rank: 1, name: 'Ann', points: '2,100' },
      { rank: 2, name: 'Ben & Co', points: '1,000' },
      { rank: 3, name: 'Cat', points: '500' },
      { rank: 4, name: 'Dan', points: '100' },
    ]);
    const texts = drawnTexts(svg);
    for (const t of ['Ann', 'Ben & Co', 'Cat', '1st', '2nd', '3rd', P.podiumPoints('2,100'), P.podiumPoints('500'), WORDS.title]) expect(texts).toContain(t);
    expect(texts).not.toContain('Dan');
    // Left to right: second, first, third.
    expect(stepHeights(svg)).toEqual([180, 250, 130]);
  });

  it('gives players who share a place steps of the same height, and draws as many steps as players', () => {
    expect(stepHeights(podiumSvg(WORDS, [{ rank: 1, name: 'Ann', points: '900' }, { rank: 1, name: 'Ben', points: '900' }]))).toEqual([250, 250]);
    expect(drawnTexts(podiumSvg(WORDS, [{ rank: 1, name: 'Ann', points: '900' }])).filter((t) => /^\d(st|nd|rd)$/.test(t))).toEqual(['1st']);
  });

  it('shows players who share a place in the order the text list gives them, left to right', () => {
    // The trial: mia and priya on the same points; the list says mia first, and so must the picture.
    const cases = [
      [{ name: 'priya', points: 900 }, { name: 'mia', points: 900 }],
      [{ name: 'zoe', points: 900 }, { name: 'priya', points: 900 }, { name: 'mia', points: 900 }],
      [{ name: 'priya', points: 900 }, { name: 'mia', points: 900 }, { name: 'zoe', points: 400 }],
    ];
    for (const rows of cases) {
      const listed = rankStandings(rows.map((r) => ({ userId: `u-${r.name}`, ...r })));
      const places = listed.map((s) => ({ rank: s.rank, name: s.name, points: String(s.points) }));
      const tied = listed.filter((s) => s.rank === 1).map((s) => s.name);
      expect(tied[0]).toBe('mia');
      expect(namesLeftToRight(podiumSvg(WORDS, places), tied)).toEqual(tied);
    }
    // Without a tie, the podium stays second, first, third.
    const plain = [{ rank: 1, name: 'Ann', points: '3' }, { rank: 2, name: 'Ben', points: '2' }, { rank: 3, name: 'Cat', points: '1' }];
    expect(namesLeftToRight(podiumSvg(WORDS, plain), ['Ann', 'Ben', 'Cat'])).toEqual(['Ben', 'Ann', 'Cat']);
  });

  it('becomes a PNG with alt text naming each place', async () => {
    const picture = await podiumPicture(createPictureRenderer({ scale: 1.2, draw: drawing.draw }), WORDS.title, [
      { userId: 'a', name: 'Ann', points: 2100, rank: 1 },
      { userId: 'b', name: 'Ben', points: 1000, rank: 2 },
    ]);
    expect(picture.description).toBe(P.podiumAlt(WORDS.title, [P.podiumAltPlace('1st', 'Ann', '2,100'), P.podiumAltPlace('2nd', 'Ben', '1,000')]));
    const png = decodePng(picture.content as Uint8Array);
    expect(png.width).toBe(1200);
    expect(inkShare(png)).toBeGreaterThan(0.05);
  });
});

describe('/leaderboard', () => {
  it('keeps the list as text and adds the podium picture; without a picture, the list alone', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.wait(2_000);
    await h.answer('Bob', true);
    await h.wait(10_000);
    await h.stop('Alice');
    const reply = await h.command('Alice', 'leaderboard', {});
    expect(reply.title).toBe(Q.leaderboardTitle('all', null));
    expect(reply.body).toMatch(/^1\. Alice — [\d,]+\n2\. Bob — [\d,]+$/);
    const podium = reply.attachments?.find((a) => a.image);
    expect(podium?.name).toMatch(/^podium-all-[0-9a-f]{8}\.png$/);
    expect(podium?.description).toContain(P.podiumAltPlace('1st', 'Alice', reply.body.split('— ')[1]?.split('\n')[0] ?? ''));
    expect(podium?.description).toContain('2nd Bob');


    const failing: PictureRenderer = { render: () => Promise.reject(new PictureError('the drawing worker stopped')) };
    const board = async () => ({ period: 'all' as const, week: null, topicId: null, top: [{ userId: 'u-alice', name: 'Alice', points: 900, rank: 1 }], me: null, total: 1 });
    const command = createLeaderboardCommand({ kb: quizKnowledge(), topics: createTopicFinder(quizKnowledge().topics), leaderboard: { board }, pictures: failing });
    const plain = await command.run({ options: {} }, h.ctx('Alice'));
    expect(plain.body).toBe('1. Alice — 900');
    expect(plain.attachments).toBeUndefined();
  });

  it('in the console: each podium shown stays on disk, named by its board and content as charts and timelines are', async () => {
    const h = quizHarness();
    const dir = mkdtempSync(path.join(tmpdir(), 'tutor-podiums-'));
    /** The path of the picture a /leaderboard printed on its Image: line. */
    const shownPicture = async (options: Record<string, string> = {}) => {
      const text = renderText(await h.command('Alice', 'leaderboard', { options }), pictureSaver(dir));
      return text.split('\n').find((l) => l.startsWith(P.consoleImage('')))?.slice(P.consoleImage('').length) ?? '';
    };
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.stop('Alice');
    const first = await shownPicture();
    // The same board again is the same picture, and the same file.
    expect(await shownPicture()).toBe(first);
    await h.start('Bob', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Bob', true);
    await h.stop('Bob');
    const second = await shownPicture();
    const week = await shownPicture({ period: 'week' });
    expect(new Set([first, second, week]).size).toBe(3);
    expect(week).toMatch(/podium-week-[0-9a-f]{8}\.png$/);
    expect(readdirSync(dir).sort()).toEqual([first, second, week].map((file) => path.basename(file)).sort());
    rmSync(dir, { recursive: true, force: true });
  });
});
