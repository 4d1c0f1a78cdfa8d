// Pictures are drawn in a worker thread: a drawing that fails, a worker that crashes or stops answering
// gives a PictureError (a reply can say so), never a crash, and the next picture gets a new worker;
// /chart and /timeline answer in text when drawing fails. What every worker of this kind does (requests
// by id, failures, an idle worker not keeping the process alive) is tested in tests/workers.
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { Reply } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { PICTURE_MESSAGES as P } from '../../src/messages.js';
import { DrawingWorker, PictureError, startDrawingWorker } from '../../src/pictures/rasterise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { decodePng } from './png.js';

const SMALL = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80"><rect width="200" height="80" fill="#fff"/><text x="10" y="50" font-size="24">Kirov</text></svg>';

describe('the drawing worker', () => {
  it('draws a PNG in another thread, and answers a drawing that fails with a PictureError, drawing on after it', async () => {
    const drawing = new DrawingWorker();
    try {
      const picture = await drawing.draw(SMALL, 1.5);
      expect(decodePng(picture.png)).toMatchObject({ width: 300, height: 120 });
      await expect(drawing.draw('<svg this is not', 1)).rejects.toThrow(PictureError);
      await expect(drawing.draw('<svg this is not', 1)).rejects.toThrow(/^the picture could not be drawn: /);
      expect((await drawing.draw(SMALL, 1)).width).toBe(200);
    } finally {
      await drawing.close();
    }
  });

  it('fails the drawings under way when its worker crashes, and starts a new worker for the next', async () => {
    const starts: string[] = [];
    const drawing = new DrawingWorker(() => {
      starts.push('start');
      // The first worker dies as soon as it is asked anything; the next is the real one.
      return starts.length === 1 ? new Worker("require('node:worker_threads').parentPort.on('message', () => { throw new Error('resvg panicked'); });", { eval: true }) : startDrawingWorker();
    });
    try {
      const error = await drawing.draw(SMALL, 1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PictureError);
      expect((error as Error).message).toContain('resvg panicked');
      expect((await drawing.draw(SMALL, 1)).width).toBe(200);
      expect(starts).toHaveLength(2);
    } finally {
      await drawing.close();
    }
  });

  it('says in its own words when a drawing takes too long or its worker stops (tests/workers has the rest of these failures)', async () => {
    const silent = new DrawingWorker(() => new Worker("require('node:worker_threads').parentPort.on('message', () => {});", { eval: true }), 1);
    await expect(silent.draw(SMALL, 1)).rejects.toThrow(/^a drawing took longer than 1 ms$/);
    await silent.close();
    const quitting = new DrawingWorker(() => new Worker("require('node:worker_threads').parentPort.on('message', () => process.exit(3));", { eval: true }));
    await expect(quitting.draw(SMALL, 1)).rejects.toThrow(/^the drawing worker stopped \(exit code 3\)$/);
    await quitting.close();
  });
});

describe('when a picture cannot be drawn', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadRealKnowledge();
  });
  const ctx = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };

  it('/chart and /timeline say so and give their figures and dates as text', async () => {
    const app = buildApp({ kb, pictures: { render: () => Promise.reject(new PictureError('the drawing worker stopped (exit code 1)')) } });
    const chart = (await app.router.runCommand('chart', { options: { series: 'coal' } }, ctx)) as Reply;
    expect(chart.attachments ?? []).toEqual([]);
    expect(chart.body).toContain(P.drawFailed);
    expect(chart.body).toContain('1913: 29 (official claim)\n1928: 35.5 (official claim)');
    const timeline = (await app.router.runCommand('timeline', { options: { topic: 'nep' } }, ctx)) as Reply;
    expect(timeline.attachments ?? []).toEqual([]);
    expect(timeline.body).toContain(P.drawFailed);
    expect(timeline.body).toMatch(/^March 1921: /m);
  });
});
