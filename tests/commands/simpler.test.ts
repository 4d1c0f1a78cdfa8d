// "Explain like I'm 10": the short version of an answer, a debate's keeping every side (an ESL student's trial: "explain
// like im 10" after "was the famine a genocide" kept only the genocide side), and the course's words in it explained
// from the fact base's glossary (src/commands/simpler.ts). The reply itself is tested in tests/commands/revision-help.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { shortVersion, wordInUse, wordsExplained } from '../../src/commands/simpler.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

describe('the course words a short answer uses', () => {
  it('explains at most three words, in the order the text uses them, not those of the question it answers', () => {
    const words = wordsExplained(kb, 'The New Economic Policy replaced War Communism and was a partial return to a market economy.', 'What was the NEP?');
    expect(words.map((w) => w.word)).toEqual(['War Communism', 'market economy (capitalism)']);
    expect(wordsExplained(kb, 'Peasants resisted: the kulaks, the NKVD, show trials and the gulag.').length).toBe(3);
  });

  it('shows a word found by another of its names as the fact base writes it, capitals and all', () => {
    const terror = kb.terms.find((t) => t.term === 'Great Terror');
    expect(terror?.aliases).toContain('Great Purge');
    expect(wordsExplained(kb, 'During the Great Purge, thousands of officers were shot.').map((w) => w.word)).toEqual(['Great Purge (Great Terror)']);
  });

  it('keeps the fourth place for a plain word: three course words at most, four words in all', () => {
    const words = wordsExplained(kb, 'Peasants resisted: the kulaks, the NKVD, show trials, the gulag and the deported.');
    expect(words.map((w) => w.word)).toEqual(['peasant', 'kulak', 'NKVD', 'deported']);
  });

  it('finds none in an empty or a very long text of no course words', () => {
    expect(wordsExplained(kb, '')).toEqual([]);
    expect(wordsExplained(kb, 'blah '.repeat(20_000))).toEqual([]);
  });
});

describe('the everyday hard words a short answer uses (a blind Year 11 trial: "explain like im 10" never got simpler)', () => {
  const plainMeaning = (word: string) => kb.plainWords?.find((w) => w.word === word)?.meaning;

  it('explains "requisitioned" in the War Communism answer from the list of plain words, after the course\'s words, nothing reworded', () => {
    const entry = kb.questions.find((q) => q.id === 'nep-war-communism');
    const short = shortVersion(kb, entry?.answer ?? '');
    expect(short).toContain('Armed squads requisitioned grain from the peasants');
    expect(entry?.answer).toContain(short);
    const words = wordsExplained(kb, short, entry?.question);
    expect(words.map((w) => w.word)).toEqual(['Bolsheviks', 'peasant', 'requisitioned', 'nationalised']);
    expect(words[2]?.meaning).toBe(plainMeaning('requisitioned'));
    expect(words[2]?.meaning).toMatch(/by force/);
  });

  it('explains an answer\'s plain words in the order it uses them when it has no course words', () => {
    const words = wordsExplained(kb, 'Most Kazakhs were nomadic herders; the regional boss had their herds requisitioned.');
    expect(words.map((w) => w.word)).toEqual(['nomadic', 'herders', 'regional', 'requisitioned']);
    expect(words.every((w) => w.meaning === plainMeaning(w.word))).toBe(true);
  });

  it('leaves a word "requisitioning" to its glossary card, and a plain word inside a course word\'s name to that card', () => {
    expect(wordsExplained(kb, 'Force replaced the market: it brought back requisitioning.').map((w) => w.word)).toEqual(['requisitioning (grain requisitioning)']);
    const quota = wordsExplained(kb, 'Each village was given a procurement quota.').map((w) => w.word);
    expect(quota).toEqual(['procurement quota']);
  });

  it('does not explain a plain word the question itself uses, nor one inside a longer word', () => {
    expect(wordsExplained(kb, 'Kulaks were deported to Siberia.', 'Why were so many people deported?').map((w) => w.word)).toEqual(['kulak']);
    expect(wordsExplained(kb, 'requisitionedly and unrequisitioned are no words of the list').map((w) => w.word)).toEqual([]);
  });
});

describe('the short version of an answer', () => {
  const answerTo = (question: string) => kb.questions.find((q) => q.question === question)?.answer ?? '';

  it('keeps each side of a debate and the middle view, one sentence each, without book titles or a second clause', () => {
    const answer = answerTo('Was the famine a deliberate attack on Ukraine?');
    expect(answer).toMatch(/^Historians disagree\./);
    const short = shortVersion(kb, answer);
    expect(short).toMatch(/^Historians disagree\. Some say Stalin used hunger on purpose/);
    expect(short).toMatch(/Others see one brutal, reckless policy/);
    expect(short).toMatch(/middle view/);
    // Plainer only by leaving out: no book titles and years, nothing after a semicolon ("who coined the word").
    expect(short).not.toMatch(/Harvest of Sorrow|\(|coined/);
    expect(short.length).toBeLessThan(answer.length);
    for (const sentence of short.split(/(?<=[a-z]\.) /)) expect(answer.replace(/\s*\([^()]*\)/g, '')).toContain(sentence.replace(/\.$/, ''));
  });

  it('keeps each side of a debate whose opening names no side, the model\'s authors cited without cards, and the line that sums it up', () => {
    // A teacher's trial: "explain like I'm 10" after the totalitarian debate gave its first two sentences, one side only.
    const answer = answerTo("Why do historians disagree about whether Stalin's USSR was totalitarian?");
    const short = shortVersion(kb, answer);
    expect(short).toMatch(/^A totalitarian state aims/);
    expect(short).toContain('Hannah Arendt');
    expect(short).toContain('revisionists such as Moshe Lewin');
    expect(short).toContain('Stephen Kotkin');
    expect(short).toMatch(/A fair view: .*never fully achieved it\.$/);
    // Plainer by leaving out: no references in brackets, no list of the six features.
    expect(short).not.toMatch(/\(|six features/);
    expect(short.length).toBeLessThan(answer.length * 0.75);
  });

  it('gives any other answer\'s opening and the sentence that sums it up, without references in brackets', () => {
    const text =
      'From 1991 historians could read the records. These showed Stalin signed the lists (Khlevniuk, 2004). They gave lower totals. They showed local initiative. So the archives settled one thing: the Terror was real.';
    expect(shortVersion(kb, text)).toBe('From 1991 historians could read the records. These showed Stalin signed the lists. So the archives settled one thing: the Terror was real.');
  });

  it('is the first two sentences of any other answer, an initial not ending a sentence', () => {
    const nep = answerTo('What was the New Economic Policy (NEP)?');
    expect(shortVersion(kb, nep)).toBe(nep.split(/(?<=\.) /).slice(0, 2).join(' '));
    expect(shortVersion(kb, '')).toBe('');
    expect(shortVersion(kb, 'R. W. Davies was an economic historian. He wrote on the plans. He used the archives.')).toBe('R. W. Davies was an economic historian. He wrote on the plans.');
  });
});

describe('a short version whose first sentence holds its verb in a long clause', () => {
  it('keeps the clause ("The White Sea–Baltic (Belomor) Canal, which runs…, was the gulag\'s first great showpiece"), never a fragment', () => {
    const canal = kb.questions.find((q) => q.id === 'gulag-white-sea-canal')?.answer ?? '';
    const short = shortVersion(kb, canal);
    expect(short).toMatch(/^The White Sea–Baltic \(Belomor\) Canal, which runs .+ was the gulag's first great showpiece\./);
    expect(short).not.toMatch(/^The White Sea–Baltic \(Belomor\) Canal\. /);
  });

  it('still leaves out a long clause of detail after a sentence that says something without it', () => {
    const text = 'Stalin wrote the Short Course in 1938, which was a history of the party that every student had to learn and every teacher had to use in class. It was reprinted often.';
    expect(shortVersion(kb, text)).toBe('Stalin wrote the Short Course in 1938. It was reprinted often.');
  });
});

describe('an example of a word from the notes (trial 2)', () => {
  it('finds a sentence of an answer that uses "proletariat" by its own name, not one that only says what it means', () => {
    const used = wordInUse(kb, ['proletariat', 'proletarian', 'industrial working class']);
    expect(used?.sentence).toMatch(/\bproletariat\b/);
    expect(used?.sentence).not.toMatch(/word for|means/);
    expect(kb.questions.some((q) => q.id === used?.questionId && q.answer.includes(used.sentence))).toBe(true);
  });

  it('finds none for a word no answer uses', () => {
    expect(wordInUse(kb, ['zzyzx'])).toBeUndefined();
  });
});
