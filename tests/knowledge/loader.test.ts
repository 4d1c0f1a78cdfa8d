import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledge, parseKnowledgeFile } from '../../src/knowledge/loader.js';

const fixtures = path.resolve('tests/fixtures/knowledge');

describe('the knowledge loader', () => {
  it('loads a valid set with every kind of entry', async () => {
    const result = await loadKnowledge(path.join(fixtures, 'valid'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.kb.topics.map((t) => t.id)).toEqual(['nep']);
    expect(result.kb.questions).toHaveLength(3);
    expect(result.kb.quiz).toHaveLength(3);
    expect(result.kb.people[0]?.name).toBe('Vladimir Lenin');
    expect(result.kb.terms[0]?.term).toBe('Nepmen');
    expect(result.kb.events[0]?.date).toBe('1921-03');
  });

  it('reports every problem of an invalid set at once, naming file, entry id and field', async () => {
    const result = await loadKnowledge(path.join(fixtures, 'invalid'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map(formatProblem);
    const expected = [
      /^broken\.yaml:\d+:\d+: line \d+: not valid YAML/,
      /^mistakes\.yaml:\d+:\d+: questions\[1\]\.phrasings \(id "nep-lonely"\): needs at least 2 alternate phrasings$/,
      /^mistakes\.yaml:\d+:\d+: events\[0\]\.date \(id "event-bad-date"\): must be YYYY, YYYY-MM or YYYY-MM-DD$/,
    ];
    for (const pattern of expected) expect(messages.some((m) => pattern.test(m)), `${pattern}\n${messages.join('\n')}`).toBe(true);
  });

  it('names cross-file mistakes: duplicate ids, unknown topics, dangling related ids, unknown sources, bad choices', async () => {
    const parse = (file: string, text: string) => {
      const r = parseKnowledgeFile(file, text);
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      return { file, data: r.data };
    };
    const fs = await import('node:fs/promises');
    const dir = path.join(fixtures, 'invalid');
    const base = parse('base.yaml', await fs.readFile(path.join(dir, 'base.yaml'), 'utf8'));
    const sources = parse('sources.yaml', await fs.readFile(path.join(dir, 'sources.yaml'), 'utf8'));
    const mistakes = (await fs.readFile(path.join(dir, 'mistakes.yaml'), 'utf8'))
      .replace('phrasings: [only one]', 'phrasings: [only one, and two]')
      .replace('"1921-13"', '"1921-12"');
    const { assembleKnowledge } = await import('../../src/knowledge/loader.js');
    const result = assembleKnowledge([sources, base, parse('mistakes.yaml', mistakes)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      'mistakes.yaml: questions[0].id (id "nep-features"): duplicate id: already used in base.yaml',
      'mistakes.yaml: questions[1].topic (id "nep-lonely"): unknown topic "economy"',
      'mistakes.yaml: questions[1].sources[0] (id "nep-lonely"): unknown source "a-book"',
      'mistakes.yaml: questions[1].related[0] (id "nep-lonely"): no question has the id "nep-missing"',
      'mistakes.yaml: quiz[0].correct (id "nep-quiz-bad"): "Gamma" is not one of the choices',
      'mistakes.yaml: quiz[0].choices (id "nep-quiz-bad"): two choices are the same',
    ]);
  });

  it('names a question or phrasing that two entries share, as /ask could not tell them apart', async () => {
    const { assembleKnowledge } = await import('../../src/knowledge/loader.js');
    const file = (name: string, questions: string) => {
      const r = parseKnowledgeFile(name, `questions:\n${questions}`);
      if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
      return { file: name, data: r.data };
    };
    const entry = (id: string, question: string, phrasings: string) =>
      `  - id: ${id}\n    topic: nep\n    question: ${question}\n    phrasings: [${phrasings}]\n    answer: Because.\n    sources: [s]\n`;
    const result = assembleKnowledge([
      file('a.yaml', entry('nep-why', 'Why did Lenin bring in the NEP?', 'why nep, nep reasons')),
      file('b.yaml', entry('nep-end', 'Why did Stalin end the NEP?', 'end of nep, "NEP reasons!"') + entry('nep-again', 'why did lenin bring in the nep', 'nep start, nep begin')),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const shared = result.problems.map(formatProblem).filter((m) => m.includes('could not tell'));
    expect(shared).toEqual([
      'b.yaml: questions[0].phrasings[1] (id "nep-end"): "NEP reasons!" is also a wording of "nep-why", so /ask could not tell them apart',
      'b.yaml: questions[1].question (id "nep-again"): "why did lenin bring in the nep" is also a wording of "nep-why", so /ask could not tell them apart',
    ]);
  });

  it("names a question that a person's or term's card already asks, since /ask would answer it twice, two ways", async () => {
    const { assembleKnowledge } = await import('../../src/knowledge/loader.js');
    const r = parseKnowledgeFile(
      'kirov.yaml',
      'people:\n  - { id: kirov, name: Sergei Kirov, aliases: [Kirov], role: Leningrad party boss, summary: Leningrad party boss murdered in 1934., topics: [nep], sources: [s] }\n' +
        'questions:\n  - id: kirov-who\n    topic: nep\n    question: Who was Sergei Kirov?\n    phrasings: [kirov career, kirov job]\n    answer: Leningrad party boss.\n    sources: [s]\n',
    );
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const result = assembleKnowledge([{ file: 'kirov.yaml', data: r.data }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toContain(`kirov.yaml: questions[0].question (id "kirov-who"): "Who was Sergei Kirov?" is what Sergei Kirov's card answers: ask what this entry adds instead`);
  });

  it('refuses a synonym read as two different words, naming both', async () => {
    const { assembleKnowledge } = await import('../../src/knowledge/loader.js');
    const r = parseKnowledgeFile('vocabulary.yaml', 'vocabulary:\n  offCourseWords: []\n  offCoursePhrases: []\n  synonyms:\n    - { means: terror, words: [purge, purges] }\n    - { means: famine, words: [holodomor, purges] }\n');
    if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
    const result = assembleKnowledge([{ file: 'vocabulary.yaml', data: r.data }]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toContain('vocabulary.yaml: vocabulary.synonyms[1]: "purges" is read as "terror" already, so it cannot also mean "famine"');
  });

  it('says so when the folder is missing or empty', async () => {
    const result = await loadKnowledge(path.join(fixtures, 'does-not-exist'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toMatch(/cannot read the knowledge folder/);
  });

  it('rejects unknown fields so a typo in a field name is not silently ignored', () => {
    const r = parseKnowledgeFile('x.yaml', 'topic:\n  id: nep\n  title: T\n  order: 1\n  sumary: typo\n  summary: s\n  keyDates: [{date: "1921", label: x}]\n  keyTerms: [x]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(formatProblem)[0]).toMatch(/^x\.yaml:2:3: topic \(id "nep"\): Unrecognized key/);
  });

  it('asks for a canonical question that fits whole on a button, while a phrasing may be longer', () => {
    const long = 'Why did Stalin decide to abandon the New Economic Policy in 1928 and force the peasants into farms?';
    const yaml = (question: string, phrasing: string) =>
      `questions:\n  - id: nep-end\n    topic: nep\n    question: ${question}\n    phrasings: [why end nep, ${phrasing}]\n    answer: Because.\n    sources: [s]\n`;
    const tooLong = parseKnowledgeFile('q.yaml', yaml(long, 'ended nep'));
    expect(tooLong.ok).toBe(false);
    if (!tooLong.ok) expect(tooLong.problems.map(formatProblem)).toEqual([expect.stringMatching(/^q\.yaml:4:15: questions\[0\]\.question \(id "nep-end"\): must be at most 80 characters, to fit whole on a button/)]);
    expect(parseKnowledgeFile('q.yaml', yaml('Why did Stalin end the NEP?', long)).ok).toBe(true);
  });

  describe('one mistake, one problem, with its line', () => {
    const good = [
      'questions:',
      '  - id: nep-end',
      '    topic: nep',
      '    question: Why did Stalin end the NEP?',
      '    phrasings: [why was the nep ended, why did the nep stop]',
      '    answer: Because of the grain crisis.',
      '    sources: [notes]',
    ];
    const cases: [string, string[], number][] = [
      // The parser sees the mapping go wrong where the over-indented line attaches: the line above it.
      ['a bad indent', good.map((l, i) => (i === 3 ? `      ${l.trim()}` : l)), 3],
      ['a tab', good.map((l, i) => (i === 2 ? `\t${l.trim()}` : l)), 3],
      ['a colon in a question', good.map((l, i) => (i === 3 ? '    question: Why: did Stalin end the NEP?' : l)), 4],
      ['a missing field', good.filter((_, i) => i !== 2), 2],
      ['a bad id', good.map((l, i) => (i === 1 ? '  - id: NEP End' : l)), 2],
    ];
    for (const [name, lines, line] of cases)
      it(`reports ${name} once, at line ${line}`, () => {
        const r = parseKnowledgeFile('q.yaml', `${lines.join('\n')}\n`);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.problems, r.problems.map(formatProblem).join('\n')).toHaveLength(1);
        expect(r.problems[0]?.line).toBe(line);
      });
  });
});
