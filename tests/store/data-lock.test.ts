// One writer per data folder: the lock refuses a second process, takes over a dead one's, and is
// released; a save cut off by a kill leaves a temporary file that the next start removes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, lockHolder, removeLeftoverTempFiles } from '../../src/store/data-lock.js';
import { tempDir } from './helpers.js';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(async () => cleanup());
async function folder(): Promise<string> {
  const t = await tempDir('data-lock-');
  cleanup = t.remove;
  return t.dir;
}
const alive = (live: readonly number[]) => (pid: number) => live.includes(pid);

describe('the data folder lock', () => {
  it('is taken by the first process and refused to a second while the first runs', async () => {
    const dir = await folder();
    const first = await acquireDataLock(dir, { pid: 100, isAlive: alive([100, 200]) });
    expect(first.ok).toBe(true);
    const second = await acquireDataLock(dir, { pid: 200, isAlive: alive([100, 200]) });
    expect(second).toMatchObject({ ok: false, holder: { pid: 100 } });
    expect(await lockHolder(dir, undefined, alive([100, 200]))).toMatchObject({ pid: 100 });
  });

  it('is taken over from a process that has died, and says from whom', async () => {
    const dir = await folder();
    await acquireDataLock(dir, { pid: 100, isAlive: alive([100]) });
    const next = await acquireDataLock(dir, { pid: 200, isAlive: alive([200]) });
    expect(next).toMatchObject({ ok: true, tookOverFrom: 100 });
    expect(JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')).pid).toBe(200);
  });

  it('is taken over when the lock file is empty or half-written', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, '.lock'), '{"pi');
    expect((await acquireDataLock(dir, { pid: 300, isAlive: alive([300]) })).ok).toBe(true);
  });

  it('is released, so the next start takes it without a takeover', async () => {
    const dir = await folder();
    const first = await acquireDataLock(dir, { pid: 100, isAlive: alive([100, 200]) });
    if (first.ok) first.release();
    expect(await acquireDataLock(dir, { pid: 200, isAlive: alive([100, 200]) })).toMatchObject({ ok: true });
    expect(await readdir(dir)).toEqual(['.lock']);
  });

  it('keeps shard locks apart from the folder lock (a process running shards by hand)', async () => {
    const dir = await folder();
    expect((await acquireDataLock(dir, { pid: 100, isAlive: alive([100, 200]) })).ok).toBe(true);
    expect((await acquireDataLock(dir, { name: '.lock-shards-0-1', pid: 200, isAlive: alive([100, 200]) })).ok).toBe(true);
  });

  it('removes temporary files a killed save left, and nothing else', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'guilds'));
    await writeFile(path.join(dir, 'guilds', 'g1.json'), '{}');
    await writeFile(path.join(dir, 'guilds', 'g1.json.tmp'), '{"half');
    expect(await removeLeftoverTempFiles(path.join(dir, 'guilds'))).toBe(1);
    expect(await readdir(path.join(dir, 'guilds'))).toEqual(['g1.json']);
    expect(await removeLeftoverTempFiles(path.join(dir, 'missing'))).toBe(0);
  });
});

describe('two tutors on one DATA_DIR', () => {
  it('refuses the second with a clear message while the first runs, and the first leaves no lock behind when it stops', async () => {
    const dir = await folder();
    const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], DATA_DIR: dir, KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' };
    const first = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let firstOut = '';
    first.stdout.on('data', (d: Buffer) => (firstOut += d.toString()));
    try {
      // The console prints its greeting once it runs, by which time it holds the lock.
      await new Promise<void>((resolve) => {
        const check = () => (firstOut.includes('local console') ? resolve() : setTimeout(check, 50));
        check();
      });
      const second = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      let secondErr = '';
      second.stderr.on('data', (d: Buffer) => (secondErr += d.toString()));
      const [code] = (await once(second, 'exit')) as [number];
      expect(code).toBe(1);
      expect(secondErr).toContain(`Another copy of the tutor (process ${first.pid}`);
      expect(secondErr).toContain(dir);
    } finally {
      first.stdin.end('/quit\n');
      await once(first, 'exit');
    }
    expect(await readdir(dir)).not.toContain('.lock');
  }, 30_000);
});
