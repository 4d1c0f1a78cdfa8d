// `npm run --silent say -- --out FILE "text"` (issue 17's command-line contract): writes the speech as a
// 48 kHz mono WAV file; a missing text or --out, or a file it cannot write, gets a plain message and an
// exit code (2 for the command line, 1 for the file), and no file.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decodeWav } from '../../src/voice/wav.js';
import { rms } from './audio.js';

const dir = mkdtempSync(path.join(tmpdir(), 'say-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command; several may run at once. */
const say = (args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/say.ts', ...args],
      // The small fixture fact base loads faster than knowledge/; it has no pronunciations, which is allowed.
      { env: { ...process.env, KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' }, encoding: 'utf8', timeout: 30_000 },
      (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
    );
  });

describe('npm run say', () => {
  it('writes the speech of the text as a 48 kHz mono 16-bit WAV file and says so', async () => {
    const out = path.join(dir, 'plan.wav');
    const r = await say(['--out', out, 'The First Five-Year Plan began in 1928.']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^wrote .*plan\.wav: \d+\.\d s of speech, 48000 Hz mono WAV\n$/);
    const wav = decodeWav(readFileSync(out));
    expect(wav).toMatchObject({ sampleRate: 48000, channels: 1 });
    expect(wav.samples.length / 48000).toBeGreaterThan(1);
    expect(wav.samples.length / 48000).toBeLessThan(8);
    expect(rms(wav.samples)).toBeGreaterThan(1000);
  });

  it('refuses a command line without text or without --out (usage, exit code 2) and a file it cannot write (exit code 1)', async () => {
    const [noText, noOut, unwritable] = await Promise.all([
      say(['--out', path.join(dir, 'none.wav')]),
      say(['Bukharin']),
      say(['--out', path.join(dir, 'no-such-folder', 'x.wav'), 'Kirov']),
    ]);
    expect(noText.status).toBe(2);
    expect(noText.stderr).toContain('say: no text to speak');
    expect(noText.stderr).toContain('usage: npm run --silent say -- --out FILE.wav "text to speak"');
    expect(existsSync(path.join(dir, 'none.wav'))).toBe(false);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('say: no --out FILE');
    expect(unwritable.status).toBe(1);
    expect(unwritable.stderr).toMatch(/^say: cannot write .*x\.wav: its folder does not exist\n$/);
  });
});
