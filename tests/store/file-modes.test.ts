// Students' data is readable by the tutor's account only: the servers' files (0600) in a folder of its
// own (0700), even where an older version left a file readable by everyone.
import { chmod, stat } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { addPoints, MemoryLogger, tempDir } from './helpers.js';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(async () => cleanup());
const modeOf = async (file: string) => (await stat(file)).mode & 0o777;

describe.skipIf(process.platform === 'win32')('the files the store writes', () => {
  it('are readable by the tutor\'s account only, in a folder only it can open', async () => {
    const t = await tempDir('file-modes-');
    cleanup = t.remove;
    const store = new JsonGuildStore({ dir: guildsDir(t.dir), logger: new MemoryLogger() });
    await store.update('123456789012345678', (doc) => addPoints(doc, 'ann', 2));
    expect(await modeOf(guildsDir(t.dir))).toBe(0o700);
    expect(await modeOf(store.fileOf('123456789012345678'))).toBe(0o600);
  });

  it('tighten a file an older version left readable by everyone, at its next save', async () => {
    const t = await tempDir('file-modes-');
    cleanup = t.remove;
    const store = new JsonGuildStore({ dir: guildsDir(t.dir), logger: new MemoryLogger() });
    await store.update('local', (doc) => addPoints(doc, 'ann', 1));
    await chmod(store.fileOf('local'), 0o644);
    await store.update('local', (doc) => addPoints(doc, 'bob', 1));
    expect(await modeOf(store.fileOf('local'))).toBe(0o600);
  });
});
