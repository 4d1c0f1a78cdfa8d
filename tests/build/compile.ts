// Compiles src/ with the real build settings (tsconfig.build.json) into a throwaway folder, for the
// build and deploy tests. The folder is inside node_modules/.cache so that the compiled files find the
// installed packages as dist/ does; type checking is left to `npm run typecheck` (--noCheck), which
// halves the time. Each caller removes its folder.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Build {
  /** The compiled files: what `npm run build` puts in dist/. */
  readonly outDir: string;
  /** The compiled entry point, as dist/main.js. */
  readonly entry: string;
  remove(): void;
}

export function compile(): Build {
  const cache = path.join(ROOT, 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const outDir = mkdtempSync(path.join(cache, 'tutor-build-'));
  const remove = () => rmSync(outDir, { recursive: true, force: true });
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir, '--noCheck'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) {
    remove();
    throw new Error(`tsc failed (${run.status ?? run.signal}):\n${run.stdout}${run.stderr}`);
  }
  return { outDir, entry: path.join(outDir, 'main.js'), remove };
}
