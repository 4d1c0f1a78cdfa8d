// Copies of students' data that no deletion reaches (the DPO's review, finding 13): the daily sweep deletes files
// set aside as corrupt and the console's exports, pictures and audio once they are 30 days old, on real folders,
// by the injected clock and the files' times, and leaves everything else in DATA_DIR alone.
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRetention } from '../../src/leaderboard/retention.js';
import { JsonGuildStore, guildsDir } from '../../src/store/json-store.js';
import { COPIES_KEPT_DAYS } from '../../src/store/old-copies.js';
import { freshGuildDocument } from '../../src/store/schema.js';
import { FakeTime } from '../fakes/time.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

const DAY = 86_400_000;
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const remove of cleanups.splice(0)) await remove();
});

/** A stamp as the store names a corrupt file by (src/store/json-store.ts moveAside). */
const stamp = (ms: number) => new Date(ms).toISOString().replace(/[:.]/g, '-');

async function setup() {
  const { dir, remove } = await tempDir('tutor-data-');
  cleanups.push(remove);
  const time = new FakeTime();
  const logger = new MemoryLogger();
  const store = new JsonGuildStore({ dir: guildsDir(dir), logger, now: () => time.now() });
  const errors: unknown[] = [];
  const retention = createRetention({ store, clock: time, scheduler: time, onError: (e) => errors.push(e), dataDir: dir });
  /** Writes a file under DATA_DIR last changed `daysAgo` days before the fake clock's now. */
  const file = async (relative: string, daysAgo: number, content = 'Alice Smith, 2,100 points') => {
    const full = path.join(dir, relative);
    await mkdir(path.dirname(full), { recursive: true });
    await writeFile(full, content);
    const at = new Date(time.now() - daysAgo * DAY);
    await utimes(full, at, at);
  };
  const list = async (relative: string) => (await readdir(path.join(dir, relative))).sort();
  return { dir, time, store, logger, retention, errors, file, list };
}

describe(`the daily sweep of copies no deletion reaches (kept ${COPIES_KEPT_DAYS} days)`, () => {
  it('deletes a server file set aside as corrupt 31 days ago, keeps one set aside a day ago, and touches nothing else in DATA_DIR', async () => {
    const { time, retention, errors, file, list } = await setup();
    const old = `g1.json.corrupt-${stamp(time.now() - 31 * DAY)}`;
    const recent = `g2.json.corrupt-${stamp(time.now() - DAY)}`;
    await file(`guilds/${old}`, 31);
    await file(`guilds/${recent}`, 1);
    // What else lives in DATA_DIR, each old enough to go were it a copy.
    await file('guilds/g1.json', 400, JSON.stringify(freshGuildDocument('g1')));
    await file('guilds/g3.json.tmp', 400);
    await file('knowledge-last-good.json', 400, '{}');
    await file('.lock', 400, '{}');
    await file('.lock-shards-0-1', 400, '{}');
    await file('notes-by-the-admin.txt', 400);

    const report = await retention.sweepAll();

    expect(report.copiesDeleted).toBe(1);
    expect(errors).toEqual([]);
    expect(await list('guilds')).toEqual(['g1.json', recent, 'g3.json.tmp'].sort());
    expect(await list('.')).toEqual(['.lock', '.lock-shards-0-1', 'guilds', 'knowledge-last-good.json', 'notes-by-the-admin.txt']);
  });

  it('deletes the console\'s exports, pictures and audio once 30 days old, and keeps newer ones and any folder among them', async () => {
    const { retention, file, list } = await setup();
    await file('exports/class-report-week-2024-11-25.csv', 31);
    await file('exports/homework-h1.csv', 29);
    await file('exports/kept-by-hand/tutor-students-local.csv', 90);
    await file('images/podium-all-68eb2367.png', COPIES_KEPT_DAYS);
    await file('images/timeline-nep-1a2b3c4d.png', 1);
    await file('audio/that-was-the-last-question-the-winner-is-0a1b2c3d.wav', 45);

    expect((await retention.sweepAll()).copiesDeleted).toBe(3);

    expect(await list('exports')).toEqual(['homework-h1.csv', 'kept-by-hand']);
    expect(await list('exports/kept-by-hand')).toEqual(['tutor-students-local.csv']);
    expect(await list('images')).toEqual(['timeline-nep-1a2b3c4d.png']);
    expect(await list('audio')).toEqual([]);
  });

  it('gives whoever runs the tutor 30 days from when a corrupt file was set aside, however long before that it was last written', async () => {
    const { dir, time, store, retention, logger, file, list } = await setup();
    // A server's file last written 60 days ago, found corrupt today: the store sets it aside and says for how long.
    await file('guilds/123.json', 60, '{ not json');
    await store.load('123');
    const [aside] = await list('guilds');
    expect(aside).toMatch(/^123\.json\.corrupt-/);
    expect(logger.errors.join('\n')).toContain(`deleted after ${COPIES_KEPT_DAYS} days`);

    await time.advance((COPIES_KEPT_DAYS - 1) * DAY);
    expect((await retention.sweepAll()).copiesDeleted).toBe(0);
    expect(await list('guilds')).toEqual([aside]);
    await time.advance(DAY);
    expect((await retention.sweepAll()).copiesDeleted).toBe(1);
    expect(await readdir(guildsDir(dir))).toEqual([]);
  });

  it('leaves a corrupt file of a server another shard sweeps to that shard', async () => {
    const { time, retention, file, list } = await setup();
    const theirs = `g9.json.corrupt-${stamp(time.now() - 40 * DAY)}`;
    await file(`guilds/${theirs}`, 40);
    await file(`guilds/g1.json.corrupt-${stamp(time.now() - 40 * DAY)}`, 40);
    expect((await retention.sweepAll((id) => id !== 'g9')).copiesDeleted).toBe(1);
    expect(await list('guilds')).toEqual([theirs]);
  });

  it('sweeps no folder when it is given none (the copies are the data folder\'s)', async () => {
    const { time } = await setup();
    const store = new JsonGuildStore({ dir: '/nonexistent-tutor-data/guilds', logger: new MemoryLogger() });
    const retention = createRetention({ store, clock: time, scheduler: time, onError: () => {} });
    expect(await retention.sweepAll()).toEqual({ serversDeleted: 0, playersDeleted: 0, missedDeleted: 0, copiesDeleted: 0 });
  });
});
