// The command-line contract (issue 13): `npm run --silent practice -- --json --batch FILE` prints one JSON
// object per line of FILE, in order, with exactly the fields the issue names.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/practice.ts', ...args], { env: { ...process.env, KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' }, encoding: 'utf8', timeout: 60_000 });

describe('npm run practice', () => {
  it('--json --batch FILE marks every line, in order, with question, mark, maxMark, level, maxLevel, pointsMade, pointsMissing, feedback', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'practice-cli-'));
    try {
      const file = path.join(dir, 'answers.jsonl');
      const lines = [
        { question: 'nep-why', answer: 'Lenin introduced the NEP because War Communism had ruined the economy, so output collapsed. The Kronstadt sailors rebelled in 1921, which showed even loyal supporters had turned against the regime.' },
        { question: 'nep-describe', answer: '' },
        { question: 'nep-end-how-far', answer: 'Explain why Stalin ended the NEP.' },
      ];
      writeFileSync(file, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
      const r = run(['--json', '--batch', file]);
      expect(r.status).toBe(0);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(out.map((o) => o['question'])).toEqual(['nep-why', 'nep-describe', 'nep-end-how-far']);
      for (const o of out) expect(Object.keys(o)).toEqual(['question', 'mark', 'maxMark', 'level', 'maxLevel', 'pointsMade', 'pointsMissing', 'feedback']);
      expect(out[0]).toMatchObject({ maxMark: 8, maxLevel: 4, pointsMade: ['ruined-economy', 'kronstadt'], pointsMissing: ['grain-seizures'] });
      expect(out[0]?.['mark']).toBeGreaterThanOrEqual(3);
      expect(out[0]?.['feedback']).toMatch(/The mark is a guide/);
      expect(out[1]).toMatchObject({ mark: 0, level: 0, pointsMade: [] });
      expect(out[1]?.['feedback']).toContain('Your answer was empty');
      expect(out[2]).toMatchObject({ mark: 0, level: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says how to use it when the file is missing', () => {
    const r = run(['--batch']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: npm run --silent practice -- --json --batch FILE/);
  });
});
