import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knowledgeJsonSchema } from '../../src/knowledge/json-schema.js';

const kb = (args: string[], knowledgeDir: string) =>
  spawnSync('npx', ['tsx', 'src/cli/kb.ts', ...args], { env: { ...process.env, KNOWLEDGE_DIR: knowledgeDir }, encoding: 'utf8', timeout: 30_000 });

describe('npm run kb', () => {
  it('check passes on a valid set and reports the counts', () => {
    const r = kb(['check'], 'tests/fixtures/knowledge/valid');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^ok: 4 files, 1 topics, 3 questions, 3 quiz questions, 1 people, 1 terms, 1 events/);
  });

  it('check holds the fact base to its own content rules (knowledge/rules.yaml): one short answer, one plain problem', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-rules-'));
    try {
      cpSync('knowledge', dir, { recursive: true });
      const file = path.join(dir, 'topics', 'nep.yaml');
      const text = readFileSync(file, 'utf8');
      const start = text.indexOf('    answer: >-');
      writeFileSync(file, `${text.slice(0, start)}    answer: The NEP was a retreat from communism.${text.slice(text.indexOf('\n    related:', start))}`);
      const r = kb(['check'], dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('1 problem(s)');
      expect(r.stderr).toMatch(/topics\/nep\.yaml:\d+:\d+: questions\[0\]\.answer \(id "[a-z-]+"\): the answer has 7 words; answers have 40 to 150/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('check fails with every problem listed', () => {
    const r = kb(['check'], 'tests/fixtures/knowledge/invalid');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/problem\(s\) in tests\/fixtures\/knowledge\/invalid/);
    expect(r.stderr).toMatch(/mistakes\.yaml:\d+:\d+: questions\[1\]\.phrasings \(id "nep-lonely"\)/);
    expect(r.stderr).toContain('broken.yaml');
  });

  it('stats --json prints counts per kind and per topic as one JSON object', () => {
    const r = kb(['stats', '--json'], 'tests/fixtures/knowledge/valid');
    const stats = JSON.parse(r.stdout);
    expect(stats.totals).toMatchObject({ topics: 1, questions: 3, quiz: 3, people: 1, terms: 1, events: 1 });
    expect(stats.perTopic.nep).toMatchObject({ questions: 3, quiz: 3 });
  });

  it('export --json prints every entry as one JSON document', () => {
    const r = kb(['export', '--json'], 'tests/fixtures/knowledge/valid');
    const doc = JSON.parse(r.stdout);
    expect(doc.questions.map((q: { id: string }) => q.id)).toContain('nep-ended');
    expect(doc.topics[0].summary).toMatch(/^Lenin brought in the NEP/);
  });

  it('the published JSON Schema matches the zod schemas (run `npm run kb -- schema` after changing them)', () => {
    expect(readFileSync('knowledge/schema/knowledge.schema.json', 'utf8')).toBe(knowledgeJsonSchema());
  });
});
