// The contract every GuildStore keeps, run against the JSON store and the in-memory one alike.
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryGuildStore, InvalidDocumentError, InvalidGuildIdError, type GuildStore } from '../../src/store/guild-store.js';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { freshGuildDocument } from '../../src/store/schema.js';
import { addPoints, MemoryLogger, pointsOf, tempDir } from './helpers.js';

interface Subject {
  readonly store: GuildStore;
  /** The same data seen by a new store instance (after a restart, for the JSON store). */
  reopen(): GuildStore;
  cleanup(): Promise<void>;
}

const subjects: Record<string, () => Promise<Subject>> = {
  'in-memory store': async () => {
    const store = createMemoryGuildStore();
    return { store, reopen: () => store, cleanup: async () => {} };
  },
  'JSON store': async () => {
    const { dir, remove } = await tempDir();
    const make = () => new JsonGuildStore({ dir, logger: new MemoryLogger() });
    return { store: make(), reopen: make, cleanup: remove };
  },
};

describe.each(Object.keys(subjects))('the %s', (name) => {
  let subject: Subject;
  const open = async () => (subject = await subjects[name]!());
  afterEach(async () => subject?.cleanup());

  it('lists the servers it keeps, and removes one for good (after a restart too)', async () => {
    const { store, reopen } = await open();
    expect(await store.list()).toEqual([]);
    await store.update('g1', (doc) => addPoints(doc, 'u1', 10));
    await store.update('g2', (doc) => addPoints(doc, 'u2', 20));
    expect((await store.list()).sort()).toEqual(['g1', 'g2']);
    await store.remove('g1');
    await store.flush();
    const again = reopen();
    expect(await again.list()).toEqual(['g2']);
    expect(await again.load('g1')).toEqual(freshGuildDocument('g1'));
    expect(pointsOf(await again.load('g2'), 'u2')).toBe(20);
  });

  it('gives a server it has never seen a fresh document', async () => {
    const { store } = await open();
    expect(await store.load('123456789012345678')).toEqual(freshGuildDocument('123456789012345678'));
  });

  it('keeps an update, resolves with the new document, and shows it after a restart', async () => {
    const { store, reopen } = await open();
    const updated = await store.update('g1', (doc) => {
      addPoints(doc, 'u1', 750);
      doc.settings.flatScoring = true;
    });
    expect(pointsOf(updated, 'u1')).toBe(750);
    expect(await store.load('g1')).toEqual(updated);
    await store.flush();
    const again = await reopen().load('g1');
    expect(pointsOf(again, 'u1')).toBe(750);
    expect(again.settings.flatScoring).toBe(true);
  });

  it('applies one server’s updates one at a time, in the order they were made', async () => {
    const { store } = await open();
    const seen: number[] = [];
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        store.update('g1', (doc) => {
          seen.push(i);
          doc.missed.push({ question: `q${i}`, count: 1, lastAsked: '2025-01-06T09:00:00.000Z' });
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect((await store.load('g1')).missed.map((m) => m.question)).toEqual(seen.map((i) => `q${i}`));
  });

  it('leaves the document unchanged when an update throws, and carries on', async () => {
    const { store } = await open();
    await store.update('g1', (doc) => addPoints(doc, 'u1', 100));
    await expect(
      store.update('g1', (doc) => {
        addPoints(doc, 'u1', 900);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await store.update('g1', (doc) => addPoints(doc, 'u1', 1));
    expect(pointsOf(await store.load('g1'), 'u1')).toBe(101);
  });

  it('refuses an update that would make the document invalid', async () => {
    const { store, reopen } = await open();
    await store.update('g1', (doc) => addPoints(doc, 'u1', 100));
    await expect(
      store.update('g1', (doc) => {
        addPoints(doc, 'u1', -500);
      }),
    ).rejects.toBeInstanceOf(InvalidDocumentError);
    expect(pointsOf(await store.load('g1'), 'u1')).toBe(100);
    await store.flush();
    expect(pointsOf(await reopen().load('g1'), 'u1')).toBe(100);
  });

  it('does not change a document already loaded when a later update comes', async () => {
    const { store } = await open();
    const before = await store.load('g1');
    await store.update('g1', (doc) => addPoints(doc, 'u1', 100));
    expect(pointsOf(before, 'u1')).toBe(0);
  });

  it('keeps servers apart', async () => {
    const { store } = await open();
    await store.update('g1', (doc) => addPoints(doc, 'u1', 100));
    await store.update('g2', (doc) => addPoints(doc, 'u1', 7));
    expect(pointsOf(await store.load('g1'), 'u1')).toBe(100);
    expect(pointsOf(await store.load('g2'), 'u1')).toBe(7);
  });

  it('refuses server ids that are not plain ids (they become file names)', async () => {
    const { store } = await open();
    for (const bad of ['../etc', 'a/b', '', 'x'.repeat(65), 'g 1'])
      await expect(store.update(bad, (doc) => addPoints(doc, 'u', 1))).rejects.toBeInstanceOf(InvalidGuildIdError);
    await expect(store.load('..')).rejects.toBeInstanceOf(InvalidGuildIdError);
  });

  it('counts every one of 20 servers × 200 concurrent score updates', async () => {
    const { store, reopen } = await open();
    const guilds = Array.from({ length: 20 }, (_, g) => `guild${g}`);
    const updates = guilds.flatMap((guild) =>
      Array.from({ length: 200 }, (_, i) => store.update(guild, (doc) => addPoints(doc, `user${i % 7}`, 1 + (i % 3)))),
    );
    await Promise.all(updates);
    await store.flush();
    const expected = Array.from({ length: 200 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    const later = reopen();
    for (const guild of guilds) {
      for (const doc of [await store.load(guild), await later.load(guild)]) {
        const total = Object.keys(doc.allTime).reduce((sum, u) => sum + pointsOf(doc, u), 0);
        const answered = Object.values(doc.allTime).reduce((sum, t) => sum + (t.nep?.answered ?? 0), 0);
        expect(total).toBe(expected);
        expect(answered).toBe(200);
      }
    }
  });
});
