import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ask = (args: string[]) =>
  spawnSync('npx', ['tsx', 'src/cli/ask.ts', ...args], {
    env: { ...process.env, KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid' },
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('npm run ask', () => {
  it('prints the answer for a person', () => {
    const r = ask(['why did stalin end the nep']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Why did Stalin end the NEP\?\n\nThe grain procurement crisis/);
    expect(r.stdout).toContain('Topic: The New Economic Policy (NEP)');
    // Sources by title, as /ask shows them, not by id.
    expect(r.stdout).toContain('Sources: Test notes\n');
  });

  it('lists the questions close behind an answer, in case the person meant one of them', () => {
    const r = ask(['why nep']);
    expect(r.stdout).toMatch(/^Why did Lenin introduce the NEP\?/);
    expect(r.stdout).toContain('Is this not what you asked? The nearest other questions:\n  - Why did Stalin end the NEP?');
  });

  it('--json prints one object with the documented fields', () => {
    const r = ask(['--json', 'why did stalin scrap the nep']);
    expect(JSON.parse(r.stdout)).toEqual({
      query: 'why did stalin scrap the nep',
      status: 'answered',
      answer: expect.stringMatching(/^The grain procurement crisis/),
      entryId: 'nep-ended',
      matchedQuestion: expect.any(String),
      topic: 'nep',
      confidence: expect.any(Number),
      suggestions: [],
      alternatives: [],
      sources: ['notes'],
      parts: [],
      points: [],
    });
  });

  it('--json names each part of a question of several parts', () => {
    const r = ask(['--json', '(a) Why did Lenin introduce the NEP? (b) Why did Stalin end the NEP? [8]']);
    expect(JSON.parse(r.stdout).parts.map((p: { entryId: string }) => p.entryId)).toEqual(['nep-why-introduced', 'nep-ended']);
  });

  it('--batch answers every non-empty line in order, one JSON object per line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ask-'));
    const file = path.join(dir, 'questions.txt');
    writeFileSync(file, 'why did stalin end the nep\n\nwho was hitler\nnep features\n');
    const lines = ask(['--json', '--batch', file]).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.query, l.status, l.entryId])).toEqual([
      ['why did stalin end the nep', 'answered', 'nep-ended'],
      ['who was hitler', 'unknown', null],
      ['nep features', 'answered', 'nep-features'],
    ]);
  });

  it('explains its usage when called without a question', () => {
    const r = ask([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run --silent ask');
  });
});
