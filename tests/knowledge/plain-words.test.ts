// The list of plain words (knowledge/plain-words.yaml): everyday words of the answers that are hard for a young reader,
// each with a short meaning, which "explain like I'm 10" gives after the course's own words (src/commands/simpler.ts).
// `npm run kb -- check` keeps each word once, short and plain, and out of the glossary's way.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleKnowledge, formatProblem, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { everydayWords } from '../../src/matching/everyday-words.js';
import { normaliseText } from '../../src/matching/normalise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const FIXTURE = 'tests/fixtures/knowledge/valid';

const parsed = (file: string, text: string) => {
  const r = parseKnowledgeFile(file, text);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return { file, data: r.data, locate: r.locate };
};
/** The valid fixture's files (a glossary term "Nepmen", a person "Vladimir Lenin"), with more files beside them. */
const withFixture = (...more: { file: string; text: string }[]) =>
  assembleKnowledge(
    [...['sources.yaml', 'nep.yaml'].map((file) => ({ file, text: readFileSync(path.join(FIXTURE, file), 'utf8') })), ...more].map(({ file, text }) => parsed(file, text)),
  );
const problemsOf = (result: ReturnType<typeof assembleKnowledge>) => (result.ok ? [] : result.problems.map(formatProblem));

describe('the plain words a teacher lists', () => {
  it('load into the fact base, each with its meaning', () => {
    const result = withFixture({ file: 'plain-words.yaml', text: 'plainWords:\n  - { word: deported, meaning: "Sent away by force to live far from home." }\n' });
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok && result.kb.plainWords).toEqual([{ word: 'deported', meaning: 'Sent away by force to live far from home.' }]);
  });

  it('fail the check when a word is also a glossary term or alias, naming the card and where it is', () => {
    const result = withFixture({
      file: 'plain-words.yaml',
      text: 'plainWords:\n  - { word: nepmen, meaning: "Traders who did well." }\n  - { word: quota, meaning: "A set amount that must be made or handed over." }\n',
    });
    expect(problemsOf(result)).toEqual([
      expect.stringMatching(/^plain-words\.yaml:2:13: plainWords\[0\]\.word: "nepmen" is a glossary word already \("Nepmen", nep\.yaml, line \d+\): the glossary's card explains it, so leave it out here$/),
    ]);
  });

  it('fail the check for a word listed twice, a word of a person\'s name, and a meaning that uses its own word', () => {
    const result = withFixture(
      { file: 'plain-words.yaml', text: 'plainWords:\n  - { word: quota, meaning: "A set amount that must be made or handed over." }\n  - { word: ulyanov, meaning: "A family name." }\n' },
      { file: 'more.yaml', text: 'plainWords:\n  - { word: quota, meaning: "The quota you must meet." }\n' },
    );
    expect(problemsOf(result)).toEqual([
      'plain-words.yaml:3:13: plainWords[1].word: "ulyanov" is also part of a name (Vladimir Lenin): the tutor would explain the name as a word; leave it out',
      'more.yaml:2:13: plainWords[0].word: "quota" is on the list already (plain-words.yaml, line 2): give each word once, with one meaning',
      'more.yaml:2:29: plainWords[0].meaning: the meaning uses "quota" itself: say it in other, plainer words',
    ]);
  });

  it('refuse a meaning of more than 20 words and a word written with a capital, saying why', () => {
    const long = Array.from({ length: 21 }, () => 'very').join(' ');
    const result = parseKnowledgeFile('plain-words.yaml', `plainWords:\n  - { word: Deported, meaning: "Sent away." }\n  - { word: quota, meaning: "${long}" }\n`);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^plain-words\.yaml:2:\d+: plainWords\[0\]\.word: a word, or a few, in lower case .*write "deported", not "Deported"$/),
      expect.stringMatching(/^plain-words\.yaml:3:\d+: plainWords\[1\]\.meaning: at most 20 words: one short, plain meaning/),
    ]);
  });

  it('fails `npm run kb -- check` on a word that is also a term, with the file, line and a message a teacher can act on', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-plain-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      writeFileSync(path.join(dir, 'plain-words.yaml'), 'plainWords:\n  - { word: nepmen, meaning: "Traders who did well." }\n');
      const r = spawnSync('npx', ['tsx', 'src/cli/kb.ts', 'check'], { env: { ...process.env, KNOWLEDGE_DIR: dir }, encoding: 'utf8', timeout: 30_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/plain-words\.yaml:2:13: plainWords\[0\]\.word: "nepmen" is a glossary word already \("Nepmen", nep\.yaml, line \d+\): the glossary's card explains it/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the plain words the course ships', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadRealKnowledge();
  }, 60_000);

  it('hold the words a young reader stumbles on in the answers, 60 to 100 of them', () => {
    const words = (kb.plainWords ?? []).map((w) => w.word);
    expect(words.length).toBeGreaterThanOrEqual(60);
    expect(words.length).toBeLessThanOrEqual(100);
    expect(words).toEqual(expect.arrayContaining(['requisitioned', 'procurement', 'quota', 'bureaucracy', 'ideology', 'repression', 'deported', 'coercion']));
    // "bourgeois" is explained by the glossary's card for the bourgeoisie (a word of both would be checked out by kb check).
    expect(kb.terms.some((t) => [t.term, ...t.aliases].includes('bourgeois'))).toBe(true);
  });

  it('explain each in everyday words, none needing another word of the list explained', () => {
    const { common } = everydayWords();
    const listed = new Set((kb.plainWords ?? []).map((w) => normaliseText(w.word)));
    for (const { word, meaning } of kb.plainWords ?? []) {
      // Names ("Ukraine", "Moscow") are written with a capital; every other word is everyday English.
      const hard = (meaning.match(/[A-Za-z]+/g) ?? []).filter((w) => !/^[A-Z]/.test(w) && !common.has(w));
      expect(hard, word).toEqual([]);
      expect(normaliseText(meaning).split(' ').filter((w) => listed.has(w)), word).toEqual([]);
    }
  });
});
