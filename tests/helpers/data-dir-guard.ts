// Vitest's global set-up: every test process gets a throwaway DATA_DIR, and the run fails if anything wrote to
// the tutor's own ./data meanwhile. A test that started the tutor without a DATA_DIR once replaced a
// teacher's last good copy of the fact base with a three-question test file (knowledge-last-good.json).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const OWN_DATA = path.resolve('data');

/** Every file under a folder, with its size and time of last change: what a write would alter. */
function snapshot(dir: string): string {
  const lines: string[] = [];
  const walk = (at: string) => {
    let names: string[];
    try {
      names = readdirSync(at).sort();
    } catch {
      return; // no folder (a fresh clone): nothing to guard yet
    }
    for (const name of names) {
      const file = path.join(at, name);
      const s = statSync(file);
      if (s.isDirectory()) walk(file);
      else lines.push(`${path.relative(dir, file)} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return lines.join('\n');
}

export default function setup(): () => void {
  const before = snapshot(OWN_DATA);
  const scratch = mkdtempSync(path.join(tmpdir(), 'tutor-tests-data-'));
  process.env['DATA_DIR'] = scratch;
  return () => {
    rmSync(scratch, { recursive: true, force: true });
    if (snapshot(OWN_DATA) === before) return;
    // A teardown's exception is only printed; the exit code is what CI reads.
    console.error(`${OWN_DATA}, the tutor's own data folder, changed during the tests: a test wrote to it (give every test its own DATA_DIR), or the tutor was running from this folder meanwhile (stop it and run the tests again).`);
    process.exitCode = 1;
  };
}
