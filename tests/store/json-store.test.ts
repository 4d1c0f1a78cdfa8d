// What only the JSON store does: files on disk, coalesced atomic writes, corrupt files moved aside,
// schema versions and migrations.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { scoresCsv, studentsCsv } from '../../src/commands/data-export.js';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { freshGuildDocument, GUILD_SCHEMA_VERSION } from '../../src/store/schema.js';
import { addPoints, MemoryLogger, pointsOf, tempDir } from './helpers.js';

const NOW = Date.UTC(2025, 0, 6, 9, 30, 15, 250);

describe('the JSON store', () => {
  let cleanup: () => Promise<void> = async () => {};
  afterEach(async () => cleanup());

  async function setup() {
    const t = await tempDir();
    cleanup = t.remove;
    const dir = guildsDir(t.dir);
    const logger = new MemoryLogger();
    const make = (extra: Partial<ConstructorParameters<typeof JsonGuildStore>[0]> = {}) => new JsonGuildStore({ dir, logger, now: () => NOW, ...extra });
    return { dir, logger, make };
  }

  it('keeps one file per server under DATA_DIR/guilds, with its schema version', async () => {
    const { dir, make } = await setup();
    const store = make();
    await store.update('111111111111111111', (doc) => addPoints(doc, 'u1', 500));
    await store.update('local', (doc) => addPoints(doc, 'u2', 10));
    expect((await readdir(dir)).sort()).toEqual(['111111111111111111.json', 'local.json']);
    const saved = JSON.parse(await readFile(path.join(dir, 'local.json'), 'utf8'));
    expect(saved).toMatchObject({ schemaVersion: GUILD_SCHEMA_VERSION, guildId: 'local', allTime: { u2: { nep: { points: 10 } } } });
  });

  it('has written an update to disk by the time it resolves, leaving no temporary file', async () => {
    const { dir, make } = await setup();
    const store = make();
    await store.update('g1', (doc) => addPoints(doc, 'u1', 42));
    const saved = JSON.parse(await readFile(path.join(dir, 'g1.json'), 'utf8'));
    expect(saved.allTime.u1.nep.points).toBe(42);
    expect(await readdir(dir)).toEqual(['g1.json']);
  });

  it('coalesces writes: one write in progress, and one more carrying every update made meanwhile', async () => {
    const { make } = await setup();
    const store = make();
    await Promise.all(Array.from({ length: 100 }, () => store.update('g1', (doc) => addPoints(doc, 'u1', 1))));
    expect(store.stats.writes).toBe(2);
    expect(pointsOf(await make().load('g1'), 'u1')).toBe(100);
  });

  it('moves a file that is not JSON aside, reports it loudly, and starts the server fresh', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const garbage = '{"schemaVersion": 1, "guildId": "g1", "players": {"u1": {"na';
    await writeFile(path.join(dir, 'g1.json'), garbage);
    const store = make();
    expect(await store.load('g1')).toEqual(freshGuildDocument('g1'));
    const aside = 'g1.json.corrupt-2025-01-06T09-30-15-250Z';
    expect(await readdir(dir)).toEqual([aside]);
    expect(await readFile(path.join(dir, aside), 'utf8')).toBe(garbage);
    expect(logger.errors).toHaveLength(1);
    expect(logger.errors[0]).toContain('not valid JSON');
    expect(logger.errors[0]).toContain(path.join(dir, aside));

    await store.update('g1', (doc) => addPoints(doc, 'u1', 5));
    expect((await readdir(dir)).sort()).toEqual(['g1.json', aside]);
    expect(await readFile(path.join(dir, aside), 'utf8')).toBe(garbage);
  });

  it('moves aside a file that parses but fails validation, never over an earlier one', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const bad = { ...freshGuildDocument('g1'), allTime: { u1: { nep: { points: -3, answered: 1, correct: 0 } } } };
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify(bad));
    await writeFile(path.join(dir, 'g1.json.corrupt-2025-01-06T09-30-15-250Z'), 'an earlier one');
    expect(pointsOf(await make().load('g1'), 'u1')).toBe(0);
    expect((await readdir(dir)).sort()).toEqual(['g1.json.corrupt-2025-01-06T09-30-15-250Z', 'g1.json.corrupt-2025-01-06T09-30-15-250Z-1']);
    expect(await readFile(path.join(dir, 'g1.json.corrupt-2025-01-06T09-30-15-250Z'), 'utf8')).toBe('an earlier one');
    expect(logger.errors[0]).toContain('allTime.u1.nep.points');
  });

  it('does not read or overwrite a file written by a newer version (a rollback), and leaves it in place', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const newer = JSON.stringify({ ...freshGuildDocument('g1'), schemaVersion: GUILD_SCHEMA_VERSION + 1 });
    await writeFile(path.join(dir, 'g1.json'), newer);
    const store = make();
    await expect(store.load('g1')).rejects.toThrow(/newer version/);
    await expect(store.update('g1', (doc) => addPoints(doc, 'u1', 1))).rejects.toThrow(/newer version/);
    expect(logger.errors).toHaveLength(1); // said once, not on every question asked in that server
    expect(logger.errors[0]).toContain('newer version');
    expect(await readdir(dir)).toEqual(['g1.json']);
    expect(await readFile(path.join(dir, 'g1.json'), 'utf8')).toBe(newer);
  });

  it('brings an older file up to date through the migration hook', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    // A made-up version 0 that kept points as a flat number per player.
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify({ schemaVersion: 0, guildId: 'g1', points: { u1: 1200 } }));
    const store = make({
      migrations: {
        0: (old) => {
          const doc: Record<string, unknown> = { ...freshGuildDocument(String(old.guildId)) };
          const points = old.points as Record<string, number>;
          doc.allTime = Object.fromEntries(Object.entries(points).map(([u, p]) => [u, { nep: { points: p, answered: 0, correct: 0 } }]));
          return doc;
        },
      },
    });
    expect(pointsOf(await store.load('g1'), 'u1')).toBe(1200);
    expect(logger.errors).toEqual([]);
    await store.update('g1', (doc) => addPoints(doc, 'u1', 1));
    expect(JSON.parse(await readFile(path.join(dir, 'g1.json'), 'utf8')).schemaVersion).toBe(GUILD_SCHEMA_VERSION);
  });

  it('takes out the Markdown escapes that version 1 stored in missed questions', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const asked = (question: string) => ({ question, count: 2, lastAsked: '2025-01-06T09:00:00.000Z' });
    // The second was typed with a backslash (on the console, or since typed text is kept raw): it stays.
    const v1 = { ...freshGuildDocument('g1'), schemaVersion: 1, missed: [asked('who were the \\*kulaks\\* \\- and why'), asked('C:\\gulag\\1932')] };
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify(v1));
    expect((await make().load('g1')).missed).toEqual([asked('who were the *kulaks* - and why'), asked('C:\\gulag\\1932')]);
    expect(logger.errors).toEqual([]);
  });

  it('takes out the Markdown escapes that version 3 stored in names, so the export gives them as typed', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const player = (name: string) => ({ name, bestStreak: 1, roundsPlayed: 1, roundsWon: 0, lastSeen: '2025-01-06T09:00:00.000Z' });
    const attempt = (name: string) => ({ name, startedAt: '2025-01-06T09:00:00.000Z', finishedAt: null, answers: [], shownAt: null });
    const fresh = freshGuildDocument('g1');
    const homework = {
      next: 2,
      assignments: [{ id: 'h1', channelId: 'c1', topic: null, questionIds: ['q1'], seconds: 30, setBy: 't1', setByName: 'Ms\\_Smith', setAt: '2025-01-06T09:00:00.000Z', due: '2025-01-07T09:00:00.000Z', closedAt: null, messageId: null, attempts: { u2: attempt('\\*\\*Bob\\*\\*') } }],
    };
    // As version 3 stored them from Discord; the second player typed a backslash on the console, and keeps it.
    const v3 = { ...fresh, schemaVersion: 3, players: { u1: player('a\\_b \\`c\\` \\~d\\~ \\|e\\| \\> @everyone'), u3: player('C:\\x') }, allTime: { u1: { nep: { points: 900, answered: 1, correct: 1 } } }, homework };
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify(v3));
    const doc = await make().load('g1');
    expect(doc.players.u1?.name).toBe('a_b `c` ~d~ |e| > @everyone');
    expect(doc.players.u3?.name).toBe('C:\\x');
    expect(doc.homework.assignments[0]?.setByName).toBe('Ms_Smith');
    expect(doc.homework.assignments[0]?.attempts.u2?.name).toBe('**Bob**');
    expect(scoresCsv(doc, (t) => t)).toContain('u1,a_b `c` ~d~ |e| > @everyone,nep,900');
    expect(studentsCsv(doc)).toContain('u2,**Bob**,');
    expect(logger.errors).toEqual([]);
  });

  it('gives a version-4 file no hidden names, and writes hidden names only in a file version 4 refuses as newer', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    const { hiddenNames: _none, ...v4 } = { ...freshGuildDocument('g1'), schemaVersion: 4, allTime: { u1: { nep: { points: 900, answered: 1, correct: 1 } } } };
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify(v4));
    const store = make();
    expect((await store.load('g1')).hiddenNames).toEqual({});
    await store.update('g1', (doc) => {
      doc.hiddenNames.u1 = '2025-01-06T09:00:00.000Z';
    });
    const saved = JSON.parse(await readFile(path.join(dir, 'g1.json'), 'utf8')) as { schemaVersion: number; hiddenNames: unknown };
    expect(saved.hiddenNames).toEqual({ u1: '2025-01-06T09:00:00.000Z' });
    // Version 4 read files up to schemaVersion 4 and refused any later one as "newer", leaving it in place,
    // so a rollback cannot read this file and save it back without the hidden names.
    expect(saved.schemaVersion).toBe(GUILD_SCHEMA_VERSION);
    expect(saved.schemaVersion).toBeGreaterThan(4);
    expect(logger.errors).toEqual([]);
  });

  it('moves aside a file from a version it has no migration for', async () => {
    const { dir, logger, make } = await setup();
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify({ schemaVersion: 0, guildId: 'g1' }));
    await make().load('g1');
    expect(logger.errors[0]).toContain('no migration from schemaVersion 0');
  });

  /** A store with u1 at 1 point saved, whose next save (+10 for u1) failed; `unblock` lets saves work again. */
  async function afterAFailedSave() {
    const { dir, logger, make } = await setup();
    const store = make();
    await store.update('g1', (doc) => addPoints(doc, 'u1', 1));
    const blocker = path.join(dir, 'g1.json.tmp');
    await mkdir(blocker); // the temporary file cannot be created
    await expect(store.update('g1', (doc) => addPoints(doc, 'u1', 10))).rejects.toThrow();
    return { store, logger, make, unblock: () => rm(blocker, { recursive: true }) };
  }

  it('reports a failed save and rejects the update instead of claiming it was saved', async () => {
    const { logger, make } = await afterAFailedSave();
    expect(logger.errors[0]).toMatch(/saving server g1 failed/);
    expect(pointsOf(await make().load('g1'), 'u1')).toBe(1);
  });

  it('keeps a change whose save failed and saves it at the next flush (shutdown), or says flush failed', async () => {
    const { store, make, unblock } = await afterAFailedSave();
    expect(pointsOf(await store.load('g1'), 'u1')).toBe(11); // still shown, as the round said
    await expect(store.flush()).rejects.toThrow(); // the disk is still refusing: shutdown is told
    await unblock();
    await store.flush();
    expect(pointsOf(await make().load('g1'), 'u1')).toBe(11);
  });

  it('saves a change whose save failed with the next update of that server', async () => {
    const { store, make, unblock } = await afterAFailedSave();
    await unblock();
    await store.update('g1', (doc) => addPoints(doc, 'u2', 5));
    const reloaded = await make().load('g1');
    expect([pointsOf(reloaded, 'u1'), pointsOf(reloaded, 'u2')]).toEqual([11, 5]);
  });

  it('refuses to load a server whose file cannot be read, without moving it', async () => {
    const t = await tempDir();
    cleanup = t.remove;
    const notAFolder = path.join(t.dir, 'guilds');
    await writeFile(notAFolder, 'a file where the folder should be');
    const logger = new MemoryLogger();
    await expect(new JsonGuildStore({ dir: notAFolder, logger }).load('g1')).rejects.toThrow(/ENOTDIR/);
    expect(await readFile(notAFolder, 'utf8')).toBe('a file where the folder should be');
  });

  it('writes everything still pending on flush', async () => {
    const { make } = await setup();
    const store = make();
    const pending = Array.from({ length: 30 }, (_, i) => store.update(`g${i % 3}`, (doc) => addPoints(doc, 'u1', 1)));
    await store.flush();
    const fresh = make();
    for (const g of ['g0', 'g1', 'g2']) expect(pointsOf(await fresh.load(g), 'u1')).toBe(10);
    await Promise.all(pending);
  });
});
