import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledge, loadKnowledgeTexts, parseKnowledgeFile } from '../../src/knowledge/loader.js';

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
      /^broken\.yaml:\d+:\d+: line \d+: not valid YAML: the "\[" on line 3 is never closed: close it with "\]"$/,
      /^mistakes\.yaml:11:16: questions\[1\]\.phrasings \(id "nep-lonely"\): it has 1 phrasing\(s\); give at least 2 other ways students might ask it$/,
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
      'mistakes.yaml: questions[1].topic (id "nep-lonely"): unknown topic "economy": the only topic is "nep"',
      'mistakes.yaml: questions[1].sources[0] (id "nep-lonely"): unknown source "a-book": the only source is "notes"',
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

  it('gives every problem across files the line and column of its value, and names both entries of a duplicate with their lines', () => {
    const a = [
      'sources:',
      '  - { id: notes, title: Notes }',
      'topic: { id: nep, title: NEP, order: 1, summary: The NEP., keyDates: [{ date: "1921", label: NEP }], keyTerms: [NEP] }',
      'questions:',
      '  - id: nep-why',
      '    topic: nep',
      '    question: Why did Lenin bring in the NEP?',
      '    phrasings: [why nep, what year did lenin die]',
      '    answer: Because.',
      '    sources: [notes]',
    ];
    // A teacher pastes a new entry above one that has the same id, with a typo in its topic and its source.
    const b = [
      'questions:',
      '  - id: nep-end',
      '    topic: nepp',
      '    question: Why did Stalin end the NEP?',
      '    phrasings: [end of nep, what year did lenin die]',
      '    answer: Because of the grain crisis.',
      '    sources: [notes-book]',
      '  - id: nep-end',
      '    topic: nep',
      '    question: What ended the NEP?',
      '    phrasings: [nep ended, nep stopped]',
      '    answer: The grain crisis.',
      '    sources: [notes]',
    ];
    const result = loadKnowledgeTexts([
      { file: 'a.yaml', text: `${a.join('\n')}\n` },
      { file: 'b.yaml', text: `${b.join('\n')}\n` },
    ]);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'b.yaml:8:9: questions[1].id (id "nep-end"): duplicate id: the entry at line 2 has it too; give one of the two a new id',
      'b.yaml:3:12: questions[0].topic (id "nep-end"): unknown topic "nepp": did you mean "nep"?',
      'b.yaml:7:15: questions[0].sources[0] (id "nep-end"): unknown source "notes-book": the only source is "notes"',
      'b.yaml:5:29: questions[0].phrasings[1] (id "nep-end"): "what year did lenin die" is also a wording of "nep-why" (a.yaml, line 8), so /ask could not tell them apart',
    ]);
  });

  it("tells a list of phrasings too short the fact base's own rule, in the same words and count as the check of a longer one", () => {
    const rules = { file: 'rules.yaml', text: 'rules:\n  answerWords: [1, 150]\n  summaryWords: [1, 400]\n  minPhrasings: 3\n' };
    const topic = 'sources: [{ id: s, title: S }]\ntopic: { id: nep, title: NEP, order: 1, summary: The NEP., keyDates: [{ date: "1921", label: NEP }], keyTerms: [NEP] }\n';
    const question = (phrasings: string) => `questions:\n  - { id: nep-why, topic: nep, question: Why the NEP?, phrasings: [${phrasings}], answer: Because of the famine., sources: [s] }\n`;
    const problems = (phrasings: string) => {
      const r = loadKnowledgeTexts([rules, { file: 'nep.yaml', text: topic + question(phrasings) }], { courseRules: true });
      return r.ok ? [] : r.problems.map((p) => p.message);
    };
    expect(problems('why nep')).toEqual(['it has 1 phrasing(s); give at least 3 other ways students might ask it']);
    expect(problems('why nep, nep reasons')).toEqual(['it has 2 phrasing(s); give at least 3 other ways students might ask it']);
    expect(problems('why nep, nep reasons, reasons for the nep')).toEqual([]);
  });

  it('gives the problems of the content rules their line too', () => {
    const r = loadKnowledgeTexts(
      [
        { file: 'rules.yaml', text: 'rules:\n  answerWords: [3, 150]\n  summaryWords: [1, 400]\n  minPhrasings: 2\n' },
        { file: 'nep.yaml', text: 'sources: [{ id: s, title: S }]\ntopic: { id: nep, title: NEP, order: 1, summary: The NEP., keyDates: [{ date: "1921", label: NEP }], keyTerms: [NEP] }\nquestions:\n  - id: nep-why\n    topic: nep\n    question: Why the NEP?\n    phrasings: [why nep, nep reasons]\n    answer: Because.\n    sources: [s]\n' },
      ],
      { courseRules: true },
    );
    expect(r.ok ? [] : r.problems.map(formatProblem)).toEqual([expect.stringMatching(/^nep\.yaml:8:13: questions\[0\]\.answer \(id "nep-why"\): the answer has 1 words/)]);
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

  it("refuses an empty list of the marker's words, or one with a capital or a phrase, saying what to write", () => {
    const problems = (list: string) => {
      const r = parseKnowledgeFile('vocabulary.yaml', `vocabulary:\n  offCourseWords: []\n  offCoursePhrases: []\n${list}\n`);
      return r.ok ? [] : r.problems.map(formatProblem);
    };
    expect(problems('  personNouns: []')).toEqual([expect.stringMatching(/vocabulary\.personNouns.*give at least one word .*or leave personNouns out/)]);
    expect(problems('  opposingWords: [Rejected]')).toEqual([expect.stringContaining('one lower-case word')]);
    expect(problems('  commonDateWords: [communist party]')).toEqual([expect.stringContaining('one lower-case word')]);
    expect(problems('  personNouns: [man, leader]')).toEqual([]);
  });

  it('says so when the folder is missing or empty', async () => {
    const result = await loadKnowledge(path.join(fixtures, 'does-not-exist'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(formatProblem(result.problems[0]!)).toMatch(/cannot read the knowledge folder/);
  });

  it('rejects unknown fields so a typo in a field name is not silently ignored', () => {
    const r = parseKnowledgeFile('x.yaml', 'topic:\n  id: nep\n  title: T\n  order: 1\n  sumary: typo\n  summary: s\n  keyDates: [{date: "1921", label: x}]\n  keyTerms: [x]\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.map(formatProblem)).toEqual(['x.yaml:5:3: topic.sumary (id "nep"): "sumary" is not a field: did you mean "summary"?']);
  });

  it('says which topic or source a misspelt id meant, or lists the ids when there are few', () => {
    const topics = ['nep', 'gulag', 'terror'].map((id, order) => `  - { id: ${id}, title: ${id}, order: ${order}, summary: The ${id}., keyDates: [{ date: "1921", label: x }], keyTerms: [x] }`);
    const files = (topic: string, source: string, sources: readonly string[]) => [
      { file: 'sources.yaml', text: `sources:\n${sources.map((id) => `  - { id: ${id}, title: ${id} }`).join('\n')}\n` },
      ...topics.map((t, i) => ({ file: `t${i}.yaml`, text: `topic:${t.slice(3)}\n` })),
      { file: 'q.yaml', text: `questions:\n  - { id: q-one, topic: ${topic}, question: Why?, phrasings: [why, why so], answer: Because., sources: [${source}] }\n` },
    ];
    const problems = (topic: string, source: string, sources: readonly string[]) => {
      const r = loadKnowledgeTexts(files(topic, source, sources));
      return r.ok ? [] : r.problems.map((p) => p.message);
    };
    const few = ['teacher-textbook', 'seed-000'];
    const many = [...few, ...Array.from({ length: 10 }, (_, i) => `ref-${i}`)];
    expect(problems('gulg', 'teacher-textbok', many)).toEqual(['unknown topic "gulg": did you mean "gulag"?', 'unknown source "teacher-textbok": did you mean "teacher-textbook"?']);
    expect(problems('economy', 'a-book', few)).toEqual(['unknown topic "economy": the topics are "nep", "gulag" and "terror"', 'unknown source "a-book": the sources are "teacher-textbook" and "seed-000"']);
    // Twelve ids would bury the problem: the teacher is told where to look them up instead.
    expect(problems('nep', 'a-book', many)).toEqual(['unknown source "a-book": no source in sources.yaml has this id']);
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
    const phrasings = (...lines: string[]) => good.flatMap((l, i) => (i === 4 ? ['    phrasings:', ...lines] : [l]));
    const long = 'why did stalin decide to end the new economic policy in 1928 when lenin had brought it in only seven years before';
    // Each says what happened in plain words: what a teacher reads, not what the parser or the schema saw.
    const cases: [string, string[], number, string][] = [
      // The parser sees the mapping go wrong where the over-indented line attaches: the line above it.
      ['a bad indent', good.map((l, i) => (i === 3 ? `      ${l.trim()}` : l)), 3, 'line 4 is indented further than this line, so it reads as part of this value'],
      ['a tab', good.map((l, i) => (i === 2 ? `\t${l.trim()}` : l)), 3, 'this line is indented with a tab: YAML needs spaces'],
      ['a colon in a question', good.map((l, i) => (i === 3 ? '    question: Why: did Stalin end the NEP?' : l)), 4, 'the colon after "Why" makes this line read as a new "name: value" field: put the whole value in quotes, e.g. "Why: did Stalin end the NEP?"'],
      ['a missing field', good.filter((_, i) => i !== 2), 2, '"topic" is missing'],
      // The name as written is the slip, not the field it leaves missing: said at its own line, with the name meant.
      ['a misspelt field name', good.map((l, i) => (i === 4 ? l.replace('phrasings', 'phrasngs') : l)), 5, '"phrasngs" is not a field: did you mean "phrasings"?'],
      ['a misspelt section name', good.map((l, i) => (i === 0 ? 'questons:' : l)), 1, '"questons" is not a section: did you mean "questions"?'],
      ['an unknown field no name is close to', good.flatMap((l, i) => (i === 5 ? [l, '    colour: red'] : [l])), 7, '"colour" is not a field: the fields here are "id", "topic", "question", "phrasings", "answer", "related" and "sources"'],
      ['a bad id', good.map((l, i) => (i === 1 ? '  - id: NEP End' : l)), 2, 'must be lower-case words joined by hyphens'],
      ['a colon in a phrasing', phrasings('      - why was the nep ended', '      - nazi soviet pact: why'), 7, 'this line reads as a "name: value" pair because of the colon in it: put the whole text in quotes, e.g. "nazi soviet pact: why"'],
      ['a phrasing that is a number', phrasings('      - why was the nep ended', '      - 1928'), 7, 'reads as a number, not as text: put it in quotes, e.g. "1928"'],
      // Its "-" left of the others': YAML reads the lines under it as part of it (one phrasing, over 200 characters).
      ['a first phrasing indented too little', phrasings('    - why was the nep ended', `      - ${long}`, `      - ${long}`), 6, 'lines 7 to 8 were read as part of this line, because their "-" is indented further than the "-" on line 6: line up the "-" of every line of the list'],
      ['a first phrasing indented too little, above one with a colon', phrasings('    - why was the nep ended', '      - nep: why did it end'), 6, 'not valid YAML: the "-" on line 7 is indented further than the "-" on this line, so it reads as part of this line'],
      ['a later phrasing indented too little', phrasings('      - why was the nep ended', '    - why did the nep stop'), 7, 'not valid YAML: the "-" on this line is not lined up with the "-" on line 6: indent it the same'],
    ];
    for (const [name, lines, line, words] of cases)
      it(`reports ${name} once, at line ${line}, saying what happened`, () => {
        const r = parseKnowledgeFile('q.yaml', `${lines.join('\n')}\n`);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.problems, r.problems.map(formatProblem).join('\n')).toHaveLength(1);
        expect(r.problems[0]?.line).toBe(line);
        expect(r.problems[0]?.message).toContain(words);
      });
  });
});
