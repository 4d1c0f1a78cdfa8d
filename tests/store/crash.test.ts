// A process killed with SIGKILL while it writes never leaves a file that fails to parse, and never
// loses an update it had reported saved. Runs continue the file the last one was killed over (a fresh
// folder every few runs keeps it small), so most starts also read a file left by a crash.
import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom, randomInt } from '../../src/quiz/clock.js';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { parseGuildDocument } from '../../src/store/schema.js';
import { MemoryLogger, tempDir } from './helpers.js';

const WRITER_SOURCE = path.resolve('tests/store/fixtures/writer.ts');
/** The writer bundled once into plain JavaScript: a kill then costs a Node start, not a TypeScript compile. */
let writer = '';
let removeBundle: () => Promise<void> = async () => {};
beforeAll(async () => {
  const { dir, remove } = await tempDir('crash-writer-');
  removeBundle = remove;
  writer = path.join(dir, 'writer.mjs');
  await build({ entryPoints: [WRITER_SOURCE], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: writer, logLevel: 'silent' });
});
afterAll(() => removeBundle());
const KILLS = 52;
/** Runs on the same file before starting a new one. */
const RUNS_PER_FILE = 6;

interface Run {
  /** Update numbers the child reported saved before it died. */
  readonly acked: number[];
  readonly stderr: string;
}

/** Starts a writer, lets it report `killAfter` saved updates, then kills it with SIGKILL. */
function runAndKill(dir: string, first: number, killAfter: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dir, String(first)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acked: number[] = [];
    let stderr = '';
    let buffered = '';
    let killed = false;
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) if (line) acked.push(Number(line));
      if (!killed && acked.length >= killAfter) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`writer ended by itself (${signal ?? _code}): ${stderr}`));
      else resolve({ acked, stderr });
    });
  });
}

describe('the JSON store under SIGKILL', () => {
  it(`keeps a valid file holding every update reported saved, across ${KILLS} kills mid-write`, { timeout: 90_000 }, async () => {
    const random = seededRandom(20250106);
    let caughtMidWrite = 0;
    for (let kills = 0; kills < KILLS; ) {
      const { dir, remove } = await tempDir('crash-');
      try {
        const acked = new Set<number>();
        let next = 0;
        for (let run = 0; run < RUNS_PER_FILE && kills < KILLS; run++, kills++) {
          // Kill after a random number of saves, so the kill lands at a different point of a write each time.
          const result = await runAndKill(dir, next, 1 + randomInt(random, 80));
          expect(result.stderr).toBe(''); // no corrupt file found on start, no failed save
          for (const n of result.acked) acked.add(n);
          next = Math.max(next, ...result.acked) + 1000;

          if ((await readdir(dir)).includes('crash.json.tmp')) caughtMidWrite += 1;
          const text = await readFile(path.join(dir, 'crash.json'), 'utf8');
          const parsed = parseGuildDocument(text);
          if (!parsed.ok) throw new Error(`after kill ${kills + 1}: ${parsed.problem}`);
          const missing = [...acked].filter((n) => !parsed.doc.players[`p${n}`] || parsed.doc.allTime[`p${n}`]?.nep?.points !== n);
          expect(missing).toEqual([]);
        }
        expect((await readdir(dir)).filter((f) => f.includes('.corrupt-'))).toEqual([]);
        const logger = new MemoryLogger();
        await new JsonGuildStore({ dir, logger }).load('crash');
        expect(logger.errors).toEqual([]);
      } finally {
        await remove();
      }
    }
    // A temporary file left behind shows a kill landed between creating it and renaming it over the file.
    expect(caughtMidWrite).toBeGreaterThan(0);
  });
});
