// The pronunciation list (knowledge/pronunciations.yaml): a teacher's respellings are checked with the rest
// of the fact base, naming the file and field of a mistake, and applied whole-word before synthesis.
import { describe, expect, it } from 'vitest';
import { assembleKnowledge, formatProblem, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import { createRespeller } from '../../src/voice/pronunciations.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const parsed = (file: string, text: string) => {
  const r = parseKnowledgeFile(file, text);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return { file, data: r.data };
};

describe('the pronunciation list', () => {
  it('ships respellings for the course names the speech engine says wrongly, each unlike the written word', async () => {
    const kb = await loadRealKnowledge();
    const words = kb.pronunciations.map((p) => p.word);
    expect(words).toEqual(expect.arrayContaining(['Bukharin', 'Kamenev', 'Zinoviev', 'Yezhov', 'Dneprostroi', 'Dnieprostroi', 'kulak', 'Khrushchev', 'Zhdanov']));
    for (const p of kb.pronunciations) expect(p.say.toLowerCase(), p.word).not.toBe(p.word.toLowerCase());
    const respell = createRespeller(kb.pronunciations);
    expect(respell('Bukharin and Yezhov at Dnieprostroi')).toBe('Boo kahrin and Yeh zhoff at Denyeh pro stroy');
  });

  it('names a word listed twice and a respelling that says the word as written, with their file and field', () => {
    const result = assembleKnowledge([
      parsed('pronunciations.yaml', 'pronunciations:\n  - { word: Bukharin, say: Boo kahrin }\n  - { word: Kirov, say: kirov }\n'),
      parsed('more.yaml', 'pronunciations:\n  - { word: BUKHARIN, say: Bookarin }\n'),
    ]);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'pronunciations.yaml: pronunciations[1].say: says "Kirov" as it is written: leave it out',
      'more.yaml: pronunciations[0].word: "BUKHARIN" already has a pronunciation (pronunciations.yaml, pronunciations[0])',
    ]);
  });

  it('refuses a respelling the engine cannot read (digits, accents) and a word that is not a word, saying why', () => {
    const result = parseKnowledgeFile('pronunciations.yaml', 'pronunciations:\n  - { word: Bukharin, say: Boo kahrin 2 }\n  - { word: "Kirov!", say: Keerov }\n  - { word: Kamenev }\n');
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(/^pronunciations\.yaml:2:\d+: pronunciations\[0\]\.say: plain letters, spaces, hyphens and apostrophes/),
      expect.stringMatching(/^pronunciations\.yaml:3:\d+: pronunciations\[1\]\.word: a word or a few words/),
      expect.stringMatching(/^pronunciations\.yaml:4:\d+: pronunciations\[2\]\.say: "say" is missing$/),
    ]);
  });
});

describe('respelling', () => {
  const respell = createRespeller([
    { word: 'Kirov', say: 'Keerov' },
    { word: 'Sergei Kirov', say: 'Sergay Keerov' },
    { word: 'NEP', say: 'nep' },
  ]);

  it('replaces whole words in any case, and possessives, but not a word inside another', () => {
    expect(respell("KIROV and kirov; Kirov's murder; Kirovsk and Kirovite")).toBe("Keerov and Keerov; Keerov's murder; Kirovsk and Kirovite");
  });

  it('prefers a listed phrase to a word inside it, across any spacing', () => {
    expect(respell('Sergei  Kirov was shot; Kirov was mourned.')).toBe('Sergay Keerov was shot; Keerov was mourned.');
  });

  it('leaves text alone when nothing is listed', () => {
    expect(createRespeller([])('Bukharin')).toBe('Bukharin');
  });
});
