// One writer per data folder: the lock refuses a second process, takes over a dead one's, and is
// released; a save cut off by a kill leaves a temporary file that the next start removes.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireDataLock, dataDirProblem, lockHolder, removeLeftoverTempFiles, thisMachine, type ThisMachine } from '../../src/store/data-lock.js';
import { tempDir } from './helpers.js';

let cleanup: () => Promise<void> = async () => undefined;
afterEach(async () => cleanup());
async function folder(): Promise<string> {
  const t = await tempDir('data-lock-');
  cleanup = t.remove;
  return t.dir;
}
const alive = (live: readonly number[]) => (pid: number) => live.includes(pid);
/** A machine whose processes started at the times given (by id), in a given boot. */
const machine = (bootId: string, starts: Record<number, string> = {}, host = 'school-server'): ThisMachine => ({ host, bootId, processStart: (pid) => starts[pid] });
const hasProc = existsSync('/proc/self/stat');
const lockOf = async (dir: string) => JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')) as Record<string, unknown>;

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

  it('is taken over when its process id now names another process (a backup put back with its .lock)', async () => {
    const dir = await folder();
    await acquireDataLock(dir, { pid: 100, isAlive: alive([100]), machine: machine('boot-1', { 100: '5000' }) });
    // Process 100 is still alive, but started later: it is not the tutor that took the lock.
    const next = await acquireDataLock(dir, { pid: 200, isAlive: alive([100, 200]), machine: machine('boot-1', { 100: '9000', 200: '9100' }) });
    expect(next).toMatchObject({ ok: true, tookOverFrom: 100 });
  });

  it('is taken over after the machine restarted (a power cut), whatever now runs under its process id', async () => {
    const dir = await folder();
    await acquireDataLock(dir, { pid: 100, isAlive: alive([100]), machine: machine('boot-1') });
    expect(await acquireDataLock(dir, { pid: 200, isAlive: alive([100, 200]), machine: machine('boot-2') })).toMatchObject({ ok: true, tookOverFrom: 100 });
  });

  it('is refused while the process that took it still runs, and when another machine (sharing the folder) holds it', async () => {
    const dir = await folder();
    await acquireDataLock(dir, { pid: 100, isAlive: alive([100]), machine: machine('boot-1', { 100: '5000' }) });
    const same = await acquireDataLock(dir, { pid: 200, isAlive: alive([100, 200]), machine: machine('boot-1', { 100: '5000' }) });
    expect(same).toMatchObject({ ok: false, holder: { pid: 100, host: 'school-server' } });
    const elsewhere = await acquireDataLock(dir, { pid: 200, isAlive: alive([200]), machine: machine('boot-9', {}, 'laptop') });
    expect(elsewhere).toMatchObject({ ok: false, holder: { pid: 100, host: 'school-server' } });
  });

  it.skipIf(!hasProc)('on this machine: takes over a lock naming a live process that is not the tutor, and refuses one naming the process that wrote it', async () => {
    const dir = await folder();
    // The test runner's parent is alive, and no tutor: a lock naming it with another start time is stale.
    const stale = { pid: process.ppid, startedAt: '2026-12-01T08:00:00.000Z', host: thisMachine.host, bootId: thisMachine.bootId, processStart: '1' };
    await writeFile(path.join(dir, '.lock'), JSON.stringify(stale));
    const taken = await acquireDataLock(dir);
    expect(taken).toMatchObject({ ok: true, tookOverFrom: process.ppid });
    expect(await lockOf(dir)).toMatchObject({ pid: process.pid, processStart: thisMachine.processStart(process.pid) });
    if (taken.ok) taken.release();
    // Written by the parent itself (its real start time): it holds the folder.
    await acquireDataLock(dir, { pid: process.ppid });
    expect(await acquireDataLock(dir)).toMatchObject({ ok: false, holder: { pid: process.ppid } });
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

  it.skipIf(process.platform === 'win32')('is readable by the tutor\'s account only, in a data folder it creates for itself alone', async () => {
    const dir = path.join(await folder(), 'data');
    const lock = await acquireDataLock(dir);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    expect((await stat(path.join(dir, '.lock'))).mode & 0o777).toBe(0o600);
    if (lock.ok) lock.release();
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

describe('a DATA_DIR the tutor cannot use', () => {
  it('is named in one line saying what is wrong', () => {
    const error = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(dataDirProblem('/srv/x/data', error('ENOTDIR'))).toMatch(/^DATA_DIR \/srv\/x\/data cannot be used: part of that path is a file, not a folder\./);
    expect(dataDirProblem('./data', error('EACCES'))).toContain('permission denied: the account the tutor runs as cannot write there');
    expect(dataDirProblem('./data', error('EROFS'))).toContain("ReadWritePaths");
    expect(dataDirProblem('./data', error('EIO'))).toContain('EIO: raw');
  });

  it('stops the tutor with that line and exit code 1, not a crash dump (a path under a file)', async () => {
    const dir = await folder();
    await writeFile(path.join(dir, 'a-file'), 'not a folder');
    const dataDir = path.join(dir, 'a-file', 'data');
    const env = { PATH: process.env['PATH'], HOME: process.env['HOME'], DATA_DIR: dataDir, KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' };
    const tutor = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    tutor.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const [code] = (await once(tutor, 'exit')) as [number];
    expect(code).toBe(1);
    expect(err.trim()).toBe(`DATA_DIR ${dataDir} cannot be used: part of that path is a file, not a folder. It must be a folder the tutor's account can create and write; set DATA_DIR in .env to another one, or fix this one.`);
  }, 30_000);
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
      expect(secondErr).toContain(`If no copy is running, delete ${path.join(dir, '.lock')}`);
    } finally {
      first.stdin.end('/quit\n');
      await once(first, 'exit');
    }
    expect(await readdir(dir)).not.toContain('.lock');
  }, 30_000);
});
