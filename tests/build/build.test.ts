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
      const run = spawnSync(process.execPath, [build?.entry ?? ''], {
        cwd: ROOT,
        // KNOWLEDGE_DIR unset: the default ./knowledge, read from the folder the tutor is started in. DISCORD_TOKEN is
        // set blank, so a developer's .env cannot put it on Discord.
        env: { PATH: process.env['PATH'], HOME: process.env['HOME'], SYSTEMROOT: process.env['SYSTEMROOT'], DISCORD_TOKEN: '', DATA_DIR: dataDir },
        input: '/ask why did stalin end the nep\n/quit\n',
        encoding: 'utf8',
        timeout: 30_000,
      });
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
});
