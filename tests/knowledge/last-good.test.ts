// A teacher's slip in knowledge/ must not stop the tutor: it starts on the last fact base that loaded,
// kept in DATA_DIR, and says why; with no copy yet, it reports the problems as before.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeKnowledgeChanges, LAST_GOOD_FILE, loadKnowledgeOrLastGood } from '../../src/knowledge/last-good.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const dirs: string[] = [];
afterEach(async () => {
  while (dirs.length > 0) await rm(dirs.pop() as string, { recursive: true, force: true });
});

async function folders() {
  const root = await mkdtemp(path.join(os.tmpdir(), 'last-good-'));
  dirs.push(root);
  const knowledge = path.join(root, 'knowledge');
  await cp('tests/fixtures/knowledge/valid', knowledge, { recursive: true });
  return { knowledge, data: path.join(root, 'data') };
}

const monday = new Date('2026-11-30T08:00:00Z');
const tuesday = new Date('2026-12-01T08:00:00Z');

/** The teacher's slip: a question whose answer field lost its name. */
async function breakIt(knowledge: string) {
  const file = path.join(knowledge, 'nep.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('    answer: >-', '    anwser: >-'));
}

describe('starting on the last good fact base', () => {
  it('keeps a copy of a fact base that loads, and starts on it, saying why, when knowledge/ breaks', async () => {
    const { knowledge, data } = await folders();
    const first = await loadKnowledgeOrLastGood(knowledge, data, monday);
    expect(first.ok).toBe(true);
    expect(first.ok && first.fallback).toBeUndefined();
    await breakIt(knowledge);
    const second = await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    if (!second.ok) throw new Error('expected the last good copy');
    expect(second.kb.questions.map((q) => q.id)).toContain('nep-why-introduced');
    expect(second.fallback?.savedAt).toBe(monday.toISOString());
    expect(second.fallback?.problems.map((p) => p.file)).toContain('nep.yaml');
  });

  it('does not replace the copy while knowledge/ is broken, and writes it again only when the texts change', async () => {
    const { knowledge, data } = await folders();
    await loadKnowledgeOrLastGood(knowledge, data, monday);
    await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    expect(JSON.parse(await readFile(path.join(data, LAST_GOOD_FILE), 'utf8')).savedAt).toBe(monday.toISOString());
    await breakIt(knowledge);
    await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    expect(JSON.parse(await readFile(path.join(data, LAST_GOOD_FILE), 'utf8')).savedAt).toBe(monday.toISOString());
  });

  it('reports the problems when there is no good copy to fall back on, or the copy is damaged', async () => {
    const { knowledge, data } = await folders();
    await breakIt(knowledge);
    const none = await loadKnowledgeOrLastGood(knowledge, data, monday);
    expect(none.ok).toBe(false);
    await mkdir(data, { recursive: true });
    await writeFile(path.join(data, LAST_GOOD_FILE), '{"savedAt": "x", "files": [');
    expect((await loadKnowledgeOrLastGood(knowledge, data, monday)).ok).toBe(false);
  });
});

describe('starting quickly on an unchanged fact base', () => {
  const keptFile = (data: string) => path.join(data, LAST_GOOD_FILE);
  async function markKept(data: string, by?: string) {
    const kept = JSON.parse(await readFile(keptFile(data), 'utf8'));
    kept.loaded.kb.questions[0].answer = 'FROM THE KEPT COPY';
    if (by) kept.loaded.by = by;
    await writeFile(keptFile(data), JSON.stringify(kept));
  }

  it('takes the fact base kept with the same texts as it is, without loading the YAML again', async () => {
    const { knowledge, data } = await folders();
    await loadKnowledgeOrLastGood(knowledge, data, monday);
    await markKept(data);
    const again = await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    expect(again.ok && again.kb.questions[0]?.answer).toBe('FROM THE KEPT COPY');
  });

  it('loads afresh when a text changed, or the loading code is another version', async () => {
    const { knowledge, data } = await folders();
    await loadKnowledgeOrLastGood(knowledge, data, monday);
    await markKept(data, 'an-older-loader');
    const otherCode = await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    expect(otherCode.ok && otherCode.kb.questions[0]?.answer).not.toBe('FROM THE KEPT COPY');
    await markKept(data);
    const file = path.join(knowledge, 'nep.yaml');
    await writeFile(file, `${await readFile(file, 'utf8')}\n# a teacher's comment\n`);
    const edited = await loadKnowledgeOrLastGood(knowledge, data, tuesday);
    expect(edited.ok && edited.kb.questions[0]?.answer).not.toBe('FROM THE KEPT COPY');
  });
});

describe('what a reload changed', () => {
  it('counts entries added, changed and removed, in a teacher’s words', async () => {
    const kb = await loadFixtureKnowledge();
    const [first, ...rest] = kb.questions;
    if (!first) throw new Error('fixture has no questions');
    const edited = { ...kb, questions: [{ ...first, answer: `${first.answer} More.` }, ...rest.slice(1)], quiz: [...kb.quiz, { ...kb.quiz[0]!, id: 'nep-quiz-new' }] };
    expect(describeKnowledgeChanges(kb, edited)).toBe('questions: 1 changed, 1 removed; quiz questions: 1 added');
    expect(describeKnowledgeChanges(kb, kb)).toBe('nothing changed');
  });
});
