// `npm run build` and what it makes: the real tsc build (tsconfig.build.json) compiles src/ alone to
// plain JavaScript, and the compiled entry runs the local console with piped input and no token,
// finding knowledge/ and its data folder exactly as the sources do (relative to where it is started).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile, ROOT, type Build } from './compile.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The compiled tutor in its local console, fed `input`. KNOWLEDGE_DIR unset: the default ./knowledge, read from
 * the folder the tutor is started in. DISCORD_TOKEN is set blank, so a developer's .env cannot put it on Discord.
 */
function runCompiledConsole(entry: string, input: string, dataDir: string) {
  return spawnSync(process.execPath, [entry], {
    cwd: ROOT,
    env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SYSTEMROOT: process.env['SYSTEMROOT'], DISCORD_TOKEN: '', DATA_DIR: dataDir },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
}

describe('npm run build', () => {
  let build: Build | undefined;
  beforeAll(() => {
    build = compile();
  }, 60_000);
  afterAll(() => build?.remove());

  it('compiles every source file, and nothing else, to a JavaScript file in the same place', () => {
    const sources = filesUnder(path.join(ROOT, 'src')).filter((f) => f.endsWith('.ts'));
    const compiled = filesUnder(build?.outDir ?? '');
    expect(compiled).toEqual(sources.map((f) => f.replace(/\.ts$/, '.js')).sort());
    expect(compiled).toContain('main.js');
    // Plain JavaScript: no type annotations or TypeScript-only imports left for a loader to strip.
    expect(readFileSync(build?.entry ?? '', 'utf8')).not.toMatch(/import type|: Promise<|\.ts'/);
  });

  it('runs the compiled console with piped input and no token: answers a question from knowledge/ and exits', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-build-'));
    try {
      const run = runCompiledConsole(build?.entry ?? '', '/ask why did stalin end the nep\n/quit\n', dataDir);
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      expect(run.stdout).toContain('local console');
      expect(run.stdout).toMatch(/== .*NEP.* ==/);
      expect(run.stdout).toMatch(/\nTopic: .+\n/);
      // It took the data folder's lock and gave it back on leaving.
      expect(existsSync(path.join(dataDir, '.lock'))).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('draws a chart in the compiled drawing worker (dist/pictures/raster-worker.js) and saves it under DATA_DIR', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-build-'));
    try {
      const run = runCompiledConsole(build?.entry ?? '', '/chart coal\n/quit\n', dataDir);
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      // The line names the picture before its path: "Image: Chart of coal output — /…/chart-coal.png".
      const saved = /\nImage: (?:.+ — )?(.+\.png)\n/.exec(run.stdout)?.[1];
      expect(saved, run.stdout).toBeDefined();
      expect([...readFileSync(saved ?? '').subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 30_000);

  it('speaks in the compiled speech worker (dist/voice/flite-worker.js): the compiled say writes a 48 kHz WAV', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tutor-build-'));
    try {
      const out = path.join(dir, 'kirov.wav');
      const run = spawnSync(process.execPath, [path.join(build?.outDir ?? '', 'cli', 'say.js'), '--out', out, 'Kirov was shot in December 1934.'], {
        cwd: ROOT,
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SYSTEMROOT: process.env['SYSTEMROOT'] },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      // Nothing but the line saying what was written: no warning about WASI or anything else.
      expect(run.stderr).toBe('');
      const wav = readFileSync(out);
      expect(wav.subarray(0, 4).toString('latin1')).toBe('RIFF');
      expect(wav.readUInt32LE(24)).toBe(48000);
      expect(wav.length).toBeGreaterThan(44 + 2 * 48000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
