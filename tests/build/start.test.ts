// `npm start` (scripts/start.mjs) runs dist/main.js when it is there and newer than every source file,
// and the sources through tsx otherwise. Tried on a copy of the launcher in a folder laid out like the
// project, with stand-ins for the two entries that say which one ran.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './compile.js';

let project = '';
const at = (...parts: string[]) => path.join(project, ...parts);
const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'tutor-start-'));
  for (const dir of ['scripts', 'src/adapters', 'dist']) mkdirSync(at(dir), { recursive: true });
  copyFileSync(path.join(ROOT, 'scripts', 'start.mjs'), at('scripts', 'start.mjs'));
  writeFileSync(at('package.json'), '{ "type": "module" }\n');
  symlinkSync(path.join(ROOT, 'node_modules'), at('node_modules'), 'junction');
  // TypeScript syntax, so only tsx can run it; it shows the flags a shard process would be started with.
  writeFileSync(at('src', 'main.ts'), "const from: string = 'the sources';\nconsole.log(`from ${from}`, JSON.stringify(process.execArgv));\n");
  writeFileSync(at('src', 'adapters', 'part.ts'), 'export {};\n');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** A build whose entry says it ran; each test lays out the times it needs, so they run in any order. */
function withBuild(sources: number, part: number, build: number) {
  mkdirSync(at('dist'), { recursive: true });
  writeFileSync(at('dist', 'main.js'), "console.log('from the build', JSON.stringify(process.execArgv));\n");
  setTime(at('src', 'main.ts'), sources);
  setTime(at('src', 'adapters', 'part.ts'), part);
  setTime(at('dist', 'main.js'), build);
}

function start() {
  const run = spawnSync(process.execPath, [at('scripts', 'start.mjs')], { cwd: project, encoding: 'utf8', timeout: 20_000 });
  expect(run.status, run.stderr).toBe(0);
  return run;
}

describe('npm start', () => {
  it('runs the build when it is newer than every source file, in this process (no tsx)', () => {
    withBuild(1_000_000, 1_000_000, 2_000_000);
    const run = start();
    expect(run.stdout).toBe('from the build []\n');
    expect(run.stderr).toBe('');
  });

  it('runs the sources through tsx, and says why, when any source file is newer than the build', () => {
    withBuild(1_000_000, 3_000_000, 2_000_000);
    const run = start();
    expect(run.stdout).toMatch(/^from the sources \[.*"--import".*tsx.*\]\n$/);
    expect(run.stderr).toContain('npm run build');
  });

  it('runs the sources without a word when there is no build', () => {
    rmSync(at('dist'), { recursive: true, force: true });
    const run = start();
    expect(run.stdout).toMatch(/^from the sources /);
    expect(run.stderr).toBe('');
  });
});
