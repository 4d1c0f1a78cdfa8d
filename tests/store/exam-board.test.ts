// The class's exam board (/tutor board) is kept in the server's document beside its level. Files written before
// the setting existed load with none set, and keep everything else; the board set is saved and read back.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { freshGuildDocument, parseGuildDocument } from '../../src/store/schema.js';
import { MemoryLogger, tempDir } from './helpers.js';

/** A document as a bot from before /tutor board wrote it: no examBoard among its settings. */
function withoutBoard(): Record<string, unknown> {
  const doc = { ...freshGuildDocument('g1') } as Record<string, unknown>;
  const settings: Record<string, unknown> = { ...(doc.settings as Record<string, unknown>), quizLevel: 'gcse', flatScoring: true };
  delete settings.examBoard;
  return { ...doc, settings };
}

describe('the exam board setting', () => {
  let cleanup: () => Promise<void> = async () => {};
  afterEach(async () => cleanup());

  it('is none in a new server', () => {
    expect(freshGuildDocument('g1').settings.examBoard).toBeNull();
  });

  it('loads as none from a file written before it existed, keeping the other settings', () => {
    const parsed = parseGuildDocument(JSON.stringify(withoutBoard()));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.doc.settings).toMatchObject({ examBoard: null, quizLevel: 'gcse', flatScoring: true });
  });

  it('is new in schema version 7: a version-6 file is read with none, and saved as version 7 so an older bot leaves it alone after a rollback', () => {
    const parsed = parseGuildDocument(JSON.stringify({ ...withoutBoard(), schemaVersion: 6 }));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.doc.schemaVersion).toBe(7);
    expect(parsed.doc.settings.examBoard).toBeNull();
  });

  it('is saved to the server\'s file and read back after a restart', async () => {
    const t = await tempDir();
    cleanup = t.remove;
    const dir = guildsDir(t.dir);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'g1.json'), JSON.stringify(withoutBoard()));
    const logger = new MemoryLogger();
    const store = new JsonGuildStore({ dir, logger });
    expect((await store.load('g1')).settings.examBoard).toBeNull();
    await store.update('g1', (doc) => {
      doc.settings.examBoard = 'edexcel';
    });
    expect(JSON.parse(await readFile(path.join(dir, 'g1.json'), 'utf8')).settings).toMatchObject({ examBoard: 'edexcel', quizLevel: 'gcse' });
    expect((await new JsonGuildStore({ dir, logger }).load('g1')).settings.examBoard).toBe('edexcel');
    expect(logger.errors).toEqual([]);
  });

  it('refuses a board it does not know, as any setting out of its range', () => {
    const doc = withoutBoard();
    const parsed = parseGuildDocument(JSON.stringify({ ...doc, settings: { ...(doc.settings as object), examBoard: 'cambridge' } }));
    expect(parsed.ok).toBe(false);
  });
});
