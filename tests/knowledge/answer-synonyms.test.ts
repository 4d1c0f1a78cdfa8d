// The marker's answer synonyms (answerSynonyms in knowledge/vocabulary.yaml): whole words a teacher writes, which
// `npm run kb -- check` refuses when one would be lost or mean nothing, saying why and what to do.
import { describe, expect, it } from 'vitest';
import { assembleKnowledge, formatProblem, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const VOCABULARY = 'vocabulary:\n  offCourseWords: []\n  offCoursePhrases: []\n';

/** What the loader says of a vocabulary file with these lines added (its shape first, then across its lists). */
function problems(lines: string): string[] {
  const r = parseKnowledgeFile('vocabulary.yaml', `${VOCABULARY}${lines}`);
  if (!r.ok) return r.problems.map(formatProblem);
  const assembled = assembleKnowledge([{ file: 'vocabulary.yaml', data: r.data }]);
  return assembled.ok ? [] : assembled.problems.map(formatProblem);
}

const list = (...groups: string[]) => `  answerSynonyms:\n${groups.map((g) => `    - ${g}\n`).join('')}`;

describe('answer synonyms in the fact base', () => {
  it('the real fact base has them, and every word means one thing', async () => {
    const kb = await loadRealKnowledge();
    const groups = kb.vocabulary.answerSynonyms ?? [];
    expect(groups.find((g) => g.means === 'take')?.words).toEqual(expect.arrayContaining(['seized', 'requisitioned']));
    const words = groups.flatMap((g) => g.words);
    expect(new Set(words).size).toBe(words.length);
  });

  it('are accepted as whole words, one form enough', () => {
    expect(problems(list('{ means: take, words: [seized, confiscated] }', '{ means: famine, words: [starvation] }'))).toEqual([]);
  });

  it('refuses a word under two meanings, or a form of one already listed, naming the first', () => {
    expect(problems(list('{ means: take, words: [seized] }', '{ means: arrest, words: [seized] }'))).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[1].words[0]: "seized" is listed under "take" already: a word means one thing only',
    ]);
    expect(problems(list('{ means: take, words: [seized] }', '{ means: arrest, words: [seizing] }'))).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[1].words[0]: "seizing" (a form of "seized") is listed under "take" already: a word means one thing only',
    ]);
  });

  it('refuses a word the marker reads as its meaning already (a form of it)', () => {
    expect(problems(list('{ means: produce, words: [output, produced] }'))).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[0].words[1]: the marker reads "produced" as "produce" already (one word\'s forms are read as one): leave it out',
    ]);
  });

  it('refuses a meaning that is listed as a word of another meaning, whose words would never meet it', () => {
    expect(problems(list('{ means: fall, words: [drop] }', '{ means: drop, words: [plunge] }'))).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[1].means: "drop" is listed as a word meaning "fall", so words meaning "drop" would never meet it: list them under "fall"',
    ]);
  });

  it("refuses a word the course's synonyms read as another word first, and a little word the marker skips", () => {
    expect(problems(`  synonyms:\n    - { means: terror, words: [purges] }\n${list('{ means: arrest, words: [purges] }')}`)).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[0].words[0]: "purges" is one of the synonyms of "terror" (vocabulary.synonyms), read as "terror" before the marker sees it: leave it out here, or list "terror" instead',
    ]);
    expect(problems(list('{ means: rise, words: [increase, very] }'))).toEqual([
      'vocabulary.yaml: vocabulary.answerSynonyms[0].words[1]: "very" is a little word the marker skips (like "the" or "very"), so it can mean nothing: leave it out',
    ]);
  });

  it('refuses a stem, a phrase or an empty list, saying what to write', () => {
    expect(problems(list('{ means: take, words: [Seized] }'))).toEqual([expect.stringContaining('one lower-case word, letters only, as a student writes it')]);
    expect(problems(list('{ means: take, words: [took away] }'))).toEqual([expect.stringContaining('one lower-case word')]);
    expect(problems(list('{ means: take, words: [] }'))).toEqual([expect.stringContaining('give at least one word that means it')]);
  });
});
