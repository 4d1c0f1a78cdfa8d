// Loads every YAML file under the knowledge folder, validates each against the schema and then
// cross-checks the whole set. All problems are collected and returned together, each naming the file,
// the entry id and the field, so a teacher can fix everything in one pass.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { personCardQuestion, termCardQuestion } from './answerable.js';
import { courseRuleProblems, phrasingsMessage } from './course-rules.js';
import { closestTo, notTextMessage, swallowedLinesMessage, unknownIdMessage, unknownKeyMessage, yamlSlipMessage } from './plain-words.js';
import { answerLexicon, answerTerm, contentTerms } from '../practice/analyse.js';
import { normaliseText } from '../matching/normalise.js';
import { createLexicon, isContentTerm, surfaceWords, type Lexicon } from '../matching/vocabulary.js';
import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import {
  A_LEVEL_KINDS,
  EXTRACT_LABELS,
  JUDGEMENT_KINDS,
  knowledgeFileSchema,
  revisionReferenceProblems,
  type BoardMarks,
  type BoardMarksEntry,
  type ExamBoard,
  type KnowledgeBase,
  type KnowledgeFile,
  type Misconception,
  type Person,
  type PlainWord,
  type PracticeLevel,
  type PracticeQuestion,
  type Term,
  type Vocabulary,
} from './schema.js';

export interface KnowledgeProblem {
  /** Path of the file, relative to the knowledge folder. */
  readonly file: string;
  /** Id of the entry at fault, when there is one. */
  readonly entryId?: string;
  /** Where in the file: e.g. "questions[3].phrasings". */
  readonly field: string;
  readonly message: string;
  /** Where in the file, 1-based: where the value at fault is (its entry, if the field is missing). Unknown only for problems with no place in a file that reads. */
  readonly line?: number;
  readonly column?: number;
}

export type LoadResult =
  | { readonly ok: true; readonly kb: KnowledgeBase; readonly files: readonly string[]; readonly texts?: readonly KnowledgeText[] }
  | { readonly ok: false; readonly problems: readonly KnowledgeProblem[] };

export function formatProblem(p: KnowledgeProblem): string {
  const entry = p.entryId ? ` (id "${p.entryId}")` : '';
  const at = p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : '';
  return `${p.file}${at}: ${p.field}${entry}: ${p.message}`;
}

/** Line and column (1-based) of the value at a path in one file, or of the nearest thing above it that exists. */
export type Locate = (segments: readonly (string | number)[]) => { line: number; column: number } | undefined;

async function listYamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/i.test(e.name))
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

function fieldPath(segments: readonly PropertyKey[]): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : `${out ? '.' : ''}${String(s)}`;
  return out || '(file)';
}

/** The path a field names ("questions[3].sources[0]" → questions, 3, sources, 0), or undefined for "(file)", "line 4". */
function fieldSegments(field: string): (string | number)[] | undefined {
  if (!/^[A-Za-z]\w*(\.[A-Za-z]\w*|\[\d+\])*$/.test(field)) return undefined;
  return [...field.matchAll(/\[(\d+)\]|(\w+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : (m[2] ?? '')));
}

/** The problem with the line and column of its field, when it has none yet and its file can say. */
function placed(problem: KnowledgeProblem, locate: Locate | undefined): KnowledgeProblem {
  if (problem.line !== undefined || !locate) return problem;
  const segments = fieldSegments(problem.field);
  const at = segments && locate(segments);
  return at ? { ...problem, line: at.line, column: at.column } : problem;
}

/** The id of the entry a path points into, read from the raw document, if it has one. */
function entryIdAt(raw: unknown, segments: readonly PropertyKey[]): string | undefined {
  const [section, index] = segments;
  if (typeof section !== 'string' || raw === null || typeof raw !== 'object') return undefined;
  const sectionValue = (raw as Record<string, unknown>)[section];
  const entry = typeof index === 'number' && Array.isArray(sectionValue) ? sectionValue[index] : sectionValue;
  if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') return entry.id;
  return undefined;
}

/** Line and column of the YAML node a path points to, or of the nearest node above it that exists (a missing field's entry). */
function positionOf(doc: Document, lines: LineCounter, segments: readonly PropertyKey[]): { line: number; column: number } | undefined {
  for (let n = segments.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(segments.slice(0, n) as (string | number)[], true);
    const range = isNode(node) ? node.range : undefined;
    if (range) {
      const { line, col } = lines.linePos(range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}

/** Line and column of a key as written (a misspelt field's own line), or of the map holding it if it cannot be found. */
function keyPositionOf(doc: Document, lines: LineCounter, path: readonly PropertyKey[], key: string): { line: number; column: number } | undefined {
  const map: unknown = path.length === 0 ? doc.contents : doc.getIn(path as (string | number)[], true);
  const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  if (!range) return positionOf(doc, lines, path);
  const { line, col } = lines.linePos(range[0]);
  return { line, column: col };
}

/** The field names the schema knows at a path in a file (the sections, at the top), to say which one a misspelt name meant. */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = knowledgeFileSchema;
  for (let i = 0; ; i++) {
    // An optional or defaulted field's schema wraps its value's.
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    if (i === path.length) break;
    const segment = path[i];
    const next: unknown =
      typeof segment === 'number' && schema instanceof z.ZodArray ? schema.element
      : typeof segment === 'string' && schema instanceof z.ZodObject ? (schema.shape as Record<string, unknown>)[segment]
      : undefined;
    if (!(next instanceof z.ZodType)) return [];
    schema = next;
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

interface ParsedText {
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly source: string;
}

/** What zod refused, said as a teacher can act on it: one problem a slip (a list item that ran on is one, not two). */
function zodProblems(file: string, raw: unknown, error: z.ZodError, parsed: ParsedText, options: ParseOptions): KnowledgeProblem[] {
  const { doc, lines, source } = parsed;
  const nodeAt = (path: readonly PropertyKey[]): unknown => doc.getIn(path as (string | number)[], true);
  const problemAt = (path: readonly PropertyKey[], message: string, at = positionOf(doc, lines, path)): KnowledgeProblem => {
    const entryId = entryIdAt(raw, path);
    return { file, field: fieldPath(path), message, ...(entryId ? { entryId } : {}), ...(at ? { line: at.line, column: at.column } : {}) };
  };
  // A misspelt field name is one slip: said at the name as written, with the name meant; zod's "is missing" for
  // that name follows from it and is left out.
  const misspelt = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => ({ path: issue.path, key, known: knownKeysAt(issue.path) })) : [],
  );
  const meant = new Set(misspelt.flatMap(({ path, key, known }) => {
    const closest = closestTo(key, known);
    return closest.length === 1 ? [fieldPath([...path, ...closest])] : [];
  }));
  const unknownKeys = misspelt.map(({ path, key, known }) =>
    problemAt([...path, key], unknownKeyMessage(key, known, path.length === 0 ? 'section' : 'field'), keyPositionOf(doc, lines, path, key)),
  );
  const missing = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const rest = error.issues.filter((issue) => issue.code !== 'unrecognized_keys' && !(missing(issue) && meant.has(fieldPath(issue.path))));
  const problems = rest.map((issue) => {
    let path: readonly PropertyKey[] = issue.path;
    const last = path.at(-1);
    const node = nodeAt(path);
    let message = issue.message;
    // A list item whose "-" sits left of the lines under it swallowed them: that, not the length or the count, is the slip.
    const items = issue.code === 'too_small' && issue.origin === 'array' && isSeq(node) ? node.items : [];
    const swallowing = [node, ...items].findIndex((n) => swallowedLinesMessage({ node: n, source, lines }) !== undefined);
    if (swallowing >= 0) {
      if (swallowing > 0) path = [...path, swallowing - 1];
      message = swallowedLinesMessage({ node: nodeAt(path), source, lines }) ?? message;
    } else if (missing(issue) && typeof last === 'string') {
      // zod says "expected string, received undefined"; a teacher reads "is missing".
      message = `"${last}" is missing`;
    } else if (issue.code === 'invalid_type' && issue.expected === 'string') {
      message = notTextMessage({ node, source }) ?? message;
    } else if (issue.code === 'too_small' && issue.origin === 'array' && last === 'phrasings') {
      // The same words and count as the content rule (knowledge/rules.yaml), when the fact base has one.
      message = phrasingsMessage(isSeq(node) ? node.items.length : 0, options.minPhrasings ?? Number(issue.minimum));
    }
    return problemAt(path, message);
  });
  problems.push(...unknownKeys);
  return problems.filter((p, i) => problems.findIndex((q) => q.field === p.field && q.message === p.message) === i);
}

interface ParseOptions {
  /** The fact base's rule for phrasings (knowledge/rules.yaml), so that a list refused as too short is told the rule's count. */
  readonly minPhrasings?: number;
}

/** Parses and validates one file's text. */
export function parseKnowledgeFile(
  file: string,
  source: string,
  options: ParseOptions = {},
): { ok: true; data: KnowledgeFile; locate: Locate } | { ok: false; problems: KnowledgeProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(source, { uniqueKeys: true, prettyErrors: true, lineCounter: lines });
  // One slip (a bad indent, a tab, a stray colon) makes the parser report several errors after it: the
  // first is the mistake, the rest follow from it.
  const [first] = doc.errors;
  if (first) {
    const at = first.linePos?.[0];
    return {
      ok: false,
      problems: [
        {
          file,
          field: at ? `line ${at.line}` : '(file)',
          message: `not valid YAML: ${yamlSlipMessage(first, source)}`,
          ...(at ? { line: at.line, column: at.col } : {}),
        },
      ],
    };
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = knowledgeFileSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: zodProblems(file, raw, parsed.error, { doc, lines, source }, options) };
  return { ok: true, data: parsed.data, locate: (segments) => positionOf(doc, lines, segments) };
}

interface Located<T> {
  readonly file: string;
  readonly index: number;
  readonly entry: T;
}

/**
 * Cross-checks the validated files against each other and builds the knowledge base. Given where each file's
 * values are (`locate`, from parseKnowledgeFile), every problem gets its line, and one naming another entry
 * (a duplicate) names that entry's line too.
 */
export function assembleKnowledge(files: ReadonlyArray<{ file: string; data: KnowledgeFile; locate?: Locate }>): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const locators = new Map(files.map((f) => [f.file, f.locate]));
  /** Where another entry's field is, as the problem at `from` should name it: "line 43", "base.yaml, line 43"; undefined without a line. */
  const whereIs = (file: string, field: string, from: string) => {
    const segments = fieldSegments(field);
    const line = segments && locators.get(file)?.(segments)?.line;
    if (line === undefined) return undefined;
    return file === from ? `line ${line}` : `${file}, line ${line}`;
  };
  const collect = <T>(pick: (data: KnowledgeFile) => T | T[] | undefined): Located<T>[] =>
    files.flatMap(({ file, data }) => {
      const value = pick(data);
      const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
      return list.map((entry, index) => ({ file, index, entry }));
    });

  const sources = collect((d) => d.sources);
  const topics = collect((d) => d.topic);
  const questions = collect((d) => d.questions);
  const quiz = collect((d) => d.quiz);
  const people = collect((d) => d.people);
  const terms = collect((d) => d.terms);
  const events = collect((d) => d.events);
  const series = collect((d) => d.series);
  const skills = collect((d) => d.skills);
  const boardMarks = collect((d) => d.boardMarks);
  const vocabularies = collect((d) => d.vocabulary);
  const practiceLevels = collect((d) => d.practiceLevels);
  const practice = collect((d) => d.practice);
  const pronunciations = collect((d) => d.pronunciations);
  const plainWords = collect((d) => d.plainWords);
  const wellbeing = collect((d) => d.wellbeing);
  const revision = collect((d) => d.revision);
  const misconceptions = collect((d) => d.misconceptions);

  const at = (section: string, l: Located<unknown>, field?: string) =>
    `${section}${section === 'topic' ? '' : `[${l.index}]`}${field ? `.${field}` : ''}`;

  const idsOf = <T extends { id: string }>(section: string, list: readonly Located<T>[]) => {
    const seen = new Map<string, Located<T>>();
    for (const l of list) {
      const first = seen.get(l.entry.id);
      if (first) {
        // Blamed on the later one, naming the earlier one's line: which of the two is new, only the teacher knows.
        const where = whereIs(first.file, at(section, first, 'id'), l.file);
        problems.push({
          file: l.file,
          entryId: l.entry.id,
          field: at(section, l, 'id'),
          message: where ? `duplicate id: the entry at ${where} has it too; give one of the two a new id` : `duplicate id: already used in ${first.file}`,
        });
      } else seen.set(l.entry.id, l);
    }
    return seen;
  };

  const sourceIds = idsOf('sources', sources);
  // Where a teacher looks up a source's id, when one file holds them all (knowledge/sources.yaml).
  const sourceFiles = new Set(sources.map((l) => l.file));
  const sourcesFile = sourceFiles.size === 1 ? [...sourceFiles][0] : undefined;
  const topicIds = idsOf('topic', topics);
  const questionIds = idsOf('questions', questions);
  idsOf('quiz', quiz);
  const personIds = idsOf('people', people);
  idsOf('terms', terms);
  idsOf('events', events);
  const skillIds = idsOf('skills', skills);
  idsOf('practice', practice);

  const checkTopic = (section: string, l: Located<{ id: string }>, field: string, topic: string) => {
    if (!topicIds.has(topic))
      problems.push({ file: l.file, entryId: l.entry.id, field: at(section, l, field), message: unknownIdMessage('topic', topic, [...topicIds.keys()]) });
  };
  const checkSources = (section: string, l: Located<{ id: string; sources: string[] }>) => {
    l.entry.sources.forEach((s, i) => {
      if (!sourceIds.has(s))
        problems.push({ file: l.file, entryId: l.entry.id, field: at(section, l, `sources[${i}]`), message: unknownIdMessage('source', s, [...sourceIds.keys()], sourcesFile) });
    });
  };

  // A wording that two entries share, as question or phrasing: /ask could not tell which one was meant.
  const wordings = new Map<string, { readonly l: Located<{ id: string }>; readonly field: string }>();
  const wordingKey = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const checkAnswerable = (section: string, l: Located<{ id: string; question: string; phrasings: string[]; related: string[] }>) => {
    l.entry.related.forEach((r, i) => {
      const field = at(section, l, `related[${i}]`);
      if (r === l.entry.id) problems.push({ file: l.file, entryId: l.entry.id, field, message: 'an entry cannot be related to itself' });
      else if (!questionIds.has(r) && !skillIds.has(r)) problems.push({ file: l.file, entryId: l.entry.id, field, message: `no question has the id "${r}"` });
    });
    [l.entry.question, ...l.entry.phrasings].forEach((text, i) => {
      const key = wordingKey(text);
      const first = wordings.get(key);
      const field = at(section, l, i === 0 ? 'question' : `phrasings[${i - 1}]`);
      if (!first) wordings.set(key, { l, field });
      else if (first.l.entry.id !== l.entry.id) {
        const where = whereIs(first.l.file, first.field, l.file);
        problems.push({ file: l.file, entryId: l.entry.id, field, message: `"${text}" is also a wording of "${first.l.entry.id}"${where ? ` (${where})` : ''}, so /ask could not tell them apart` });
      }
    });
  };
  for (const l of questions) {
    checkTopic('questions', l, 'topic', l.entry.topic);
    checkSources('questions', l);
    checkAnswerable('questions', l);
  }
  // "Who was Sergei Kirov?" is the person's card: a question asking it too would answer it twice, two ways.
  const cardQuestions = new Map([
    ...people.map((l) => [wordingKey(personCardQuestion(l.entry.name)), `${l.entry.name}'s card`] as const),
    ...terms.map((l) => [wordingKey(termCardQuestion(l.entry.term)), `the card for "${l.entry.term}"`] as const),
  ]);
  for (const l of questions) {
    const card = cardQuestions.get(wordingKey(l.entry.question));
    if (card) problems.push({ file: l.file, entryId: l.entry.id, field: at('questions', l, 'question'), message: `"${l.entry.question}" is what ${card} answers: ask what this entry adds instead` });
  }
  for (const l of skills) {
    const question = questionIds.get(l.entry.id);
    if (question) {
      const where = whereIs(question.file, at('questions', question, 'id'), l.file);
      problems.push({ file: l.file, entryId: l.entry.id, field: at('skills', l, 'id'), message: `duplicate id: a question already has it${where ? ` (${where})` : ''}` });
    }
    checkAnswerable('skills', l);
  }
  // "The N mark question" on a board's paper: one entry a board and marks, each of its skills one for that board.
  const markQuestions = new Map<string, Located<unknown>>();
  for (const l of boardMarks) {
    const { board, marks } = l.entry;
    const key = `${board} ${marks}`;
    const first = markQuestions.get(key);
    if (first) {
      const where = whereIs(first.file, at('boardMarks', first, 'marks'), l.file);
      problems.push({ file: l.file, field: at('boardMarks', l, 'marks'), message: `${board}'s ${marks}-mark question is named already${where ? ` (${where})` : ''}: keep one entry for it` });
    } else markQuestions.set(key, l);
    l.entry.skills.forEach((id, i) => {
      const field = at('boardMarks', l, `skills[${i}]`);
      const skill = skillIds.get(id)?.entry;
      if (!skill) problems.push({ file: l.file, field, message: unknownIdMessage('skill', id, [...skillIds.keys()]) });
      else if (skill.boards !== undefined && !skill.boards.includes(board))
        problems.push({ file: l.file, field, message: `"${id}" is for ${skill.boards.join(' and ')}'s papers only (its boards), not ${board}'s` });
    });
  }

  for (const l of quiz) {
    checkTopic('quiz', l, 'topic', l.entry.topic);
    checkSources('quiz', l);
    const normal = l.entry.choices.map((c) => c.trim().toLowerCase());
    if (!l.entry.choices.includes(l.entry.correct))
      problems.push({ file: l.file, entryId: l.entry.id, field: at('quiz', l, 'correct'), message: `"${l.entry.correct}" is not one of the choices` });
    if (new Set(normal).size !== normal.length)
      problems.push({ file: l.file, entryId: l.entry.id, field: at('quiz', l, 'choices'), message: 'two choices are the same' });
  }

  for (const l of people) {
    l.entry.topics.forEach((t, i) => checkTopic('people', l, `topics[${i}]`, t));
    checkSources('people', l);
  }
  for (const l of terms) {
    l.entry.topics.forEach((t, i) => checkTopic('terms', l, `topics[${i}]`, t));
    checkSources('terms', l);
  }
  for (const l of events) {
    checkTopic('events', l, 'topic', l.entry.topic);
    checkSources('events', l);
  }
  idsOf('series', series);
  for (const l of series) {
    l.entry.topics.forEach((t, i) => checkTopic('series', l, `topics[${i}]`, t));
    const problem = (field: string, message: string) => problems.push({ file: l.file, entryId: l.entry.id, field: at('series', l, field), message });
    l.entry.points.forEach((p, i) => {
      if ((p.value === undefined) === (p.range === undefined)) problem(`points[${i}]`, 'give a value or a range (a disputed figure), not both and not neither');
      if (p.range && !(p.range[0] < p.range[1])) problem(`points[${i}].range`, `the range must run from low to high (${p.range[0]} to ${p.range[1]})`);
      p.sources.forEach((s, j) => {
        if (!sourceIds.has(s)) problem(`points[${i}].sources[${j}]`, unknownIdMessage('source', s, [...sourceIds.keys()], sourcesFile));
      });
    });
  }

  // One respelling a word: a second would leave which one is said to the order of the files.
  const spoken = new Map<string, Located<unknown>>();
  for (const l of pronunciations) {
    const key = l.entry.word.toLowerCase();
    const first = spoken.get(key);
    const field = `pronunciations[${l.index}]`;
    if (first) {
      const where = whereIs(first.file, `pronunciations[${first.index}].word`, l.file);
      problems.push({ file: l.file, field: `${field}.word`, message: `"${l.entry.word}" already has a pronunciation (${where ?? `${first.file}, pronunciations[${first.index}]`})` });
    } else spoken.set(key, l);
    if (l.entry.say.toLowerCase() === key) problems.push({ file: l.file, field: `${field}.say`, message: `says "${l.entry.word}" as it is written: leave it out` });
  }

  problems.push(...plainWordProblems(plainWords, terms, people, whereIs));

  // One reply to a student in distress: a second would leave which helplines are given to the order of the files.
  for (const l of wellbeing.slice(1)) {
    const first = wellbeing[0];
    const where = first && whereIs(first.file, 'wellbeing', l.file);
    problems.push({ file: l.file, field: 'wellbeing', message: `only one file may hold the wellbeing section (${where ?? first?.file ?? 'another file'} has it)` });
  }

  // One list of the topics to start revising with, each a topic of the course.
  for (const l of revision.slice(1))
    problems.push({ file: l.file, field: 'revision', message: `only one file may hold the revision section (${revision[0]?.file ?? 'another file'} has it)` });
  for (const l of revision)
    l.entry.coreTopics.forEach((topic, i) => {
      if (!topicIds.has(topic)) problems.push({ file: l.file, field: `revision.coreTopics[${i}]`, message: unknownIdMessage('topic', topic, [...topicIds.keys()]) });
    });
  // The whole course's lists: each date, person and term one the fact base holds.
  for (const l of revision)
    for (const p of revisionReferenceProblems(l.entry, { topics: new Map(topics.map((t) => [t.entry.id, t.entry])), people: new Set(people.map((x) => x.entry.id)), terms: new Set(terms.map((x) => x.entry.id)) }))
      problems.push({ file: l.file, field: `revision.${p.field}`, message: p.message });

  problems.push(...synonymProblems(vocabularies));
  const lexicon = createLexicon(vocabularies.flatMap((v) => v.entry.synonyms));
  problems.push(...answerSynonymProblems(vocabularies, lexicon));
  // Concepts are counted in the words the marker reads them in: the course's synonyms and answer synonyms included.
  const markerLexicon = answerLexicon(lexicon, vocabularies.flatMap((v) => v.entry.answerSynonyms ?? []));
  idsOf('misconceptions', misconceptions);
  for (const l of misconceptions) {
    checkSources('misconceptions', l);
    problems.push(...misconceptionProblems(l, lexicon).map((p) => ({ file: l.file, entryId: l.entry.id, field: at('misconceptions', l, p.field), message: p.message })));
  }
  const resolvedPractice = checkPractice(
    practice,
    practiceLevels,
    { topicIds: new Set(topicIds.keys()), entryIds: new Set([...questionIds.keys(), ...skillIds.keys()]), personIds: new Set(personIds.keys()), lexicon: markerLexicon },
    problems,
  );

  if (problems.length > 0) return { ok: false, problems: problems.map((p) => placed(p, locators.get(p.file))) };
  const entries = <T>(list: readonly Located<T>[]) => list.map((l) => l.entry);
  return {
    ok: true,
    files: files.map((f) => f.file),
    kb: {
      sources: entries(sources),
      topics: entries(topics).sort((a, b) => a.order - b.order || a.title.localeCompare(b.title)),
      questions: entries(questions),
      quiz: entries(quiz),
      people: entries(people),
      terms: entries(terms),
      events: entries(events).sort((a, b) => a.date.localeCompare(b.date)),
      series: entries(series),
      skills: entries(skills),
      boardMarks: boardMarksOf(entries(boardMarks)),
      // Several files may each add words; they are pooled.
      vocabulary: {
        offCourseWords: [...new Set(vocabularies.flatMap((v) => v.entry.offCourseWords))],
        offCoursePhrases: [...new Set(vocabularies.flatMap((v) => v.entry.offCoursePhrases))],
        sharedNames: [...new Set(vocabularies.flatMap((v) => v.entry.sharedNames))],
        centralNames: [...new Set(vocabularies.flatMap((v) => v.entry.centralNames))],
        examSkillWords: [...new Set(vocabularies.flatMap((v) => v.entry.examSkillWords))],
        synonyms: vocabularies.flatMap((v) => v.entry.synonyms),
        foreignThreatWords: [...new Set(vocabularies.flatMap((v) => v.entry.foreignThreatWords))],
        sovietSideWords: [...new Set(vocabularies.flatMap((v) => v.entry.sovietSideWords))],
        historiographyWords: [...new Set(vocabularies.flatMap((v) => v.entry.historiographyWords))],
        historianViewWords: [...new Set(vocabularies.flatMap((v) => v.entry.historianViewWords))],
        framingWords: [...new Set(vocabularies.flatMap((v) => v.entry.framingWords))],
        chatWords: [...new Set(vocabularies.flatMap((v) => v.entry.chatWords))],
        tutorInstructions: {
          setAside: [...new Set(vocabularies.flatMap((v) => v.entry.tutorInstructions?.setAside ?? []))],
          tutorRules: [...new Set(vocabularies.flatMap((v) => v.entry.tutorInstructions?.tutorRules ?? []))],
          playAnother: [...new Set(vocabularies.flatMap((v) => v.entry.tutorInstructions?.playAnother ?? []))],
        },
        personNouns: [...new Set(vocabularies.flatMap((v) => v.entry.personNouns ?? []))],
        opposingWords: [...new Set(vocabularies.flatMap((v) => v.entry.opposingWords ?? []))],
        commonDateWords: [...new Set(vocabularies.flatMap((v) => v.entry.commonDateWords ?? []))],
        answerSynonyms: vocabularies.flatMap((v) => v.entry.answerSynonyms ?? []),
        // The first file that gives the course's years decides them.
        ...pickCourseYears(vocabularies.map((v) => v.entry)),
      },
      practice: resolvedPractice,
      pronunciations: entries(pronunciations),
      ...(plainWords.length > 0 ? { plainWords: entries(plainWords) } : {}),
      ...(wellbeing[0] ? { wellbeing: wellbeing[0].entry } : {}),
      ...(revision[0] ? { revision: revision[0].entry } : {}),
      ...(misconceptions.length > 0 ? { misconceptions: entries(misconceptions) } : {}),
    },
  };
}

/**
 * What is wrong with the plain words (knowledge/plain-words.yaml) beyond their shape: a word listed twice (which meaning
 * is shown would be left to the order of the files), a word the glossary has (a course word is explained by its card,
 * with sources, so it belongs there), a word that is part of a person's name ("conquest" would explain Robert Conquest
 * as a word), and a meaning that uses the word it explains.
 */
function plainWordProblems(
  plainWords: readonly Located<PlainWord>[],
  terms: readonly Located<Term>[],
  people: readonly Located<Person>[],
  whereIs: (file: string, field: string, from: string) => string | undefined,
): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const glossary = new Map<string, { l: Located<Term>; field: string; name: string }>();
  for (const l of terms)
    [l.entry.term, ...l.entry.aliases].forEach((name, i) => {
      const key = normaliseText(name);
      if (!glossary.has(key)) glossary.set(key, { l, field: `terms[${l.index}].${i === 0 ? 'term' : `aliases[${i - 1}]`}`, name });
    });
  const nameWords = new Map<string, string>();
  for (const { entry: p } of people)
    for (const name of [p.name, ...p.aliases]) for (const w of normaliseText(name).split(' ')) if (w.length > 3 && !nameWords.has(w)) nameWords.set(w, p.name);
  const seen = new Map<string, Located<PlainWord>>();
  for (const l of plainWords) {
    const field = `plainWords[${l.index}]`;
    const key = normaliseText(l.entry.word);
    const first = seen.get(key);
    if (first) {
      const where = whereIs(first.file, `plainWords[${first.index}].word`, l.file);
      problems.push({ file: l.file, field: `${field}.word`, message: `"${l.entry.word}" is on the list already (${where ?? `${first.file}, plainWords[${first.index}]`}): give each word once, with one meaning` });
    } else seen.set(key, l);
    const term = glossary.get(key);
    if (term) {
      const where = whereIs(term.l.file, term.field, l.file) ?? term.l.file;
      const card = normaliseText(term.name) === normaliseText(term.l.entry.term) ? `"${term.l.entry.term}"` : `"${term.name}", a name of "${term.l.entry.term}"`;
      problems.push({
        file: l.file,
        field: `${field}.word`,
        message: `"${l.entry.word}" is a glossary word already (${card}, ${where}): the glossary's card explains it, so leave it out here`,
      });
    }
    const person = key.split(' ').map((w) => nameWords.get(w)).find((n) => n !== undefined);
    if (person) problems.push({ file: l.file, field: `${field}.word`, message: `"${l.entry.word}" is also part of a name (${person}): the tutor would explain the name as a word; leave it out` });
    if (` ${normaliseText(l.entry.meaning)} `.includes(` ${key} `)) problems.push({ file: l.file, field: `${field}.meaning`, message: `the meaning uses "${l.entry.word}" itself: say it in other, plainer words` });
  }
  return problems;
}

/**
 * What is wrong with a misconception beyond its shape: a word /ask could never find in a question (one it ignores,
 * such as "the" or "did", so the group or the exception would never count), and a correction of more than one
 * sentence (it is one line above the answer).
 */
function misconceptionProblems(l: Located<Misconception>, lexicon: Lexicon): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const unread = (words: string) => lexicon.termsOf(surfaceWords(words)).filter(isContentTerm).length === 0;
  const ignored = (words: string) => `"${words}" has no word /ask reads (it skips little words such as "the", "did", "was"): give a word that says something`;
  l.entry.words.forEach((group, i) =>
    group.forEach((words, j) => {
      if (unread(words)) problems.push({ field: `words[${i}][${j}]`, message: ignored(words) });
    }),
  );
  l.entry.without.forEach((words, i) => {
    if (unread(words)) problems.push({ field: `without[${i}]`, message: ignored(words) });
  });
  // A phrase alone brings the correction by itself: one word ("trotsky") would bring it to any question of one name.
  const read = (words: string) => lexicon.termsOf(surfaceWords(words)).filter(isContentTerm).length;
  l.entry.alone.forEach((words, i) => {
    if (read(words) < 2) problems.push({ field: `alone[${i}]`, message: `"${words}" needs two words /ask reads (who or what, and what is wrongly said of them), as it brings the correction by itself` });
  });
  if (/[.!?]\s+[A-Z]/.test(l.entry.correction)) problems.push({ field: 'correction', message: 'write the correction as one sentence: it is shown as one line above the answer' });
  return problems;
}

/** A word or phrase read as two different words: one of its meanings would be silently lost. */
function synonymProblems(vocabularies: readonly Located<NonNullable<KnowledgeFile['vocabulary']>>[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const synonymOf = new Map<string, string>();
  for (const v of vocabularies)
    v.entry.synonyms.forEach((g, i) => {
      for (const w of [...g.words, ...g.phrases]) {
        const before = synonymOf.get(w);
        if (before !== undefined && before !== g.means) problems.push({ file: v.file, field: `vocabulary.synonyms[${i}]`, message: `"${w}" is read as "${before}" already, so it cannot also mean "${g.means}"` });
        synonymOf.set(w, g.means);
      }
    });
  return problems;
}

/**
 * What is wrong with the answer synonyms (vocabulary.answerSynonyms) beyond their shape, each word read as the marker
 * reads it (stemmed: "seized" is a form of "seize"): a word under two meanings (one would be silently lost), a word the
 * marker reads as its meaning already ("produced" for "produce"), a meaning listed as a word of another (words meaning
 * it would never meet that one's), a word the course's synonyms read as another word first ("purges" is "terror"), and
 * a little word the marker skips ("the", "very").
 */
function answerSynonymProblems(vocabularies: readonly Located<NonNullable<KnowledgeFile['vocabulary']>>[], lexicon: Lexicon): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const groups = vocabularies.flatMap((v) => (v.entry.answerSynonyms ?? []).map((g, i) => ({ file: v.file, field: `vocabulary.answerSynonyms[${i}]`, g })));
  const courseSynonym = new Map(vocabularies.flatMap((v) => v.entry.synonyms.flatMap((g) => g.words.map((w) => [w, g.means] as const))));
  const listed = new Map<string, { word: string; means: string }>();
  for (const { g } of groups) for (const w of g.words) if (!listed.has(answerTerm(w, lexicon))) listed.set(answerTerm(w, lexicon), { word: w, means: g.means });
  const first = new Map<string, { word: string; means: string }>();
  for (const { file, field, g } of groups) {
    const meaning = answerTerm(g.means, lexicon);
    const other = listed.get(meaning);
    if (other && other.means !== g.means)
      problems.push({
        file,
        field: `${field}.means`,
        message: `"${g.means}" is listed as a word meaning "${other.means}"${other.word === g.means ? '' : ` (as "${other.word}")`}, so words meaning "${g.means}" would never meet it: list them under "${other.means}"`,
      });
    g.words.forEach((w, j) => {
      const at = `${field}.words[${j}]`;
      const term = answerTerm(w, lexicon);
      const before = first.get(term);
      if (before && before.means !== g.means) {
        const form = before.word === w ? `"${w}"` : `"${w}" (a form of "${before.word}")`;
        problems.push({ file, field: at, message: `${form} is listed under "${before.means}" already: a word means one thing only` });
      } else if (!before) first.set(term, { word: w, means: g.means });
      const synonym = courseSynonym.get(w);
      if (synonym !== undefined) problems.push({ file, field: at, message: `"${w}" is one of the synonyms of "${synonym}" (vocabulary.synonyms), read as "${synonym}" before the marker sees it: leave it out here, or list "${synonym}" instead` });
      else if (!isContentTerm(lexicon.termsOf(surfaceWords(w))[0] ?? '')) problems.push({ file, field: at, message: `"${w}" is a little word the marker skips (like "the" or "very"), so it can mean nothing: leave it out` });
      else if (term === meaning) problems.push({ file, field: at, message: `the marker reads "${w}" as "${g.means}" already (one word's forms are read as one): leave it out` });
    });
  }
  return problems;
}

type PracticeEntry = NonNullable<KnowledgeFile['practice']>[number];
type LevelsEntry = NonNullable<KnowledgeFile['practiceLevels']>[number];

/** Problems with a set of levels: numbered 1, 2, 3…, marks running on from 1 to the question's total without gaps. */
function levelProblems(levels: readonly PracticeLevel[], marks: number): string | undefined {
  let next = 1;
  for (const [i, l] of levels.entries()) {
    if (l.level !== i + 1) return `levels must be numbered 1, 2, 3… in order (found level ${l.level} in place ${i + 1})`;
    if (l.marks[0] !== next || l.marks[1] < l.marks[0]) return `level ${l.level}'s marks must run from ${next} (found ${l.marks[0]}–${l.marks[1]})`;
    next = l.marks[1] + 1;
  }
  return next - 1 === marks ? undefined : `the top level must end at the question's ${marks} marks (it ends at ${next - 1})`;
}

/**
 * Practice questions (issue 13): each one's topic and the entries its points name exist, its point ids are
 * its own, a judgement question says what each side argues and has points on both, and its levels (its own,
 * or those set for its kind and marks) cover its marks. Returns the questions with their levels resolved.
 */
function checkPractice(
  practice: readonly Located<PracticeEntry>[],
  templates: readonly Located<LevelsEntry>[],
  known: { readonly topicIds: ReadonlySet<string>; readonly entryIds: ReadonlySet<string>; readonly personIds: ReadonlySet<string>; readonly lexicon: Lexicon },
  problems: KnowledgeProblem[],
): PracticeQuestion[] {
  const byKindAndMarks = new Map<string, LevelsEntry>();
  for (const t of templates) {
    const key = `${t.entry.kind}/${t.entry.marks}`;
    const field = `practiceLevels[${t.index}]`;
    if (byKindAndMarks.has(key)) problems.push({ file: t.file, field, message: `levels for ${t.entry.kind} questions of ${t.entry.marks} marks are set twice` });
    byKindAndMarks.set(key, t.entry);
    const problem = levelProblems(t.entry.levels, t.entry.marks);
    if (problem) problems.push({ file: t.file, field: `${field}.levels`, message: problem });
  }
  return practice.map(({ file, index, entry: q }) => {
    const at = (field: string) => `practice[${index}].${field}`;
    const problem = (field: string, message: string) => problems.push({ file, entryId: q.id, field: at(field), message });
    if (!known.topicIds.has(q.topic)) problem('topic', unknownIdMessage('topic', q.topic, [...known.topicIds]));
    const pointIds = new Set<string>();
    q.points.forEach((p, i) => {
      if (pointIds.has(p.id)) problem(`points[${i}].id`, `duplicate point id "${p.id}" in this question`);
      pointIds.add(p.id);
      // A concept of one content word would be made by one stray word ("grain"), which is no point.
      p.concepts.forEach((concept, j) => {
        if (new Set(contentTerms(concept, known.lexicon)).size < 2)
          problem(`points[${i}].concepts[${j}]`, `"${concept}" has fewer than two words that say something, so one stray word would make the point: write the idea, e.g. "grain procurement fell"`);
      });
      // A wrong version of one word would be found in answers that state the point rightly.
      (p.wrong ?? []).forEach((wrong, j) => {
        if (new Set(contentTerms(wrong, known.lexicon)).size < 2)
          problem(`points[${i}].wrong[${j}]`, `"${wrong}" has fewer than two words that say something, so one stray word would be taken for a wrong fact: write the mistake, e.g. "trials held in secret"`);
      });
      p.entries.forEach((e, j) => {
        if (!known.entryIds.has(e)) problem(`points[${i}].entries[${j}]`, `no question has the id "${e}"`);
      });
      if (!JUDGEMENT_KINDS.has(q.kind) && p.side) problem(`points[${i}].side`, `only judgement questions' points take a side (this is a "${q.kind}" question)`);
      if (JUDGEMENT_KINDS.has(q.kind) && !p.side) problem(`points[${i}].side`, 'a judgement question\'s point must say which side it supports: for or against');
    });
    if (JUDGEMENT_KINDS.has(q.kind)) {
      if (!q.factors) problem('factors', 'a judgement question must say what each side argues (factors: for, against)');
      for (const side of ['for', 'against'] as const)
        if (!q.points.some((p) => p.side === side)) problem('points', `a judgement question needs at least one point ${side === 'for' ? 'for' : 'against'} the statement`);
    } else if (q.factors) problem('factors', `only judgement questions have factors (this is a "${q.kind}" question)`);
    // An interpretation question is set on its extract: our summary of one historian's view, never a quotation.
    if (q.kind === 'extract' && !q.extract) problem('extract', 'an interpretation question needs its extract: historian, work and summary');
    if (q.kind !== 'extract' && q.kind !== 'three-extracts' && q.extract) problem('extract', `only interpretation ("extract") questions have an extract (this is a "${q.kind}" question)`);
    if (q.extract && !known.personIds.has(q.extract.historian)) problem('extract.historian', `no person has the id "${q.extract.historian}"`);
    if (q.extract && /["“”„«»]/.test(q.extract.summary))
      problem('extract.summary', 'an extract is our own summary of the historian\'s view, never a quotation: take out the quotation marks and put it in our words');
    // AQA's 30-mark question is set on three extracts (A, B, C), each our summary of one historian's view.
    if (q.kind === 'three-extracts' && q.extract) problem('extract', 'a three-extracts question has three extracts (extracts: A, B and C), not one extract');
    if (q.kind === 'three-extracts' && (q.extracts?.length ?? 0) !== EXTRACT_LABELS.length)
      problem('extracts', `a three-extracts question needs exactly ${EXTRACT_LABELS.length} extracts (A, B and C: historian, work and summary each); it has ${q.extracts?.length ?? 0}`);
    if (q.kind !== 'three-extracts' && q.extracts)
      problem('extracts', `only three-extracts questions have extracts (this is a "${q.kind}" question${q.kind === 'extract' ? ': give its one extract as extract' : ''})`);
    (q.extracts ?? []).forEach((x, i) => {
      if (!known.personIds.has(x.historian)) problem(`extracts[${i}].historian`, `no person has the id "${x.historian}"`);
      if (/["“”„«»]/.test(x.summary))
        problem(`extracts[${i}].summary`, 'an extract is our own summary of the historian\'s view, never a quotation: take out the quotation marks and put it in our words');
    });
    q.points.forEach((p, i) => {
      if (p.extract && q.kind !== 'three-extracts') problem(`points[${i}].extract`, `only a three-extracts question's points name an extract (this is a "${q.kind}" question)`);
      // The model answer is planned extract by extract: a point naming none would be left out of it.
      if (!p.extract && q.kind === 'three-extracts') problem(`points[${i}].extract`, 'each point of a three-extracts question names the extract it tests (extract: A, B or C)');
    });
    if (A_LEVEL_KINDS.has(q.kind) && !q.judgement) problem('judgement', `an ${q.kind} question needs a model line of argument (judgement) for its plan`);
    const levels = q.levels ?? byKindAndMarks.get(`${q.kind}/${q.marks}`)?.levels;
    if (!levels) problem('levels', `no levels: give the question its own, or set practiceLevels for ${q.kind} questions of ${q.marks} marks`);
    else {
      const wrong = levelProblems(levels, q.marks);
      if (wrong) problem('levels', q.levels ? wrong : `the levels set for ${q.kind} questions do not fit: ${wrong}`);
    }
    const { levels: _own, ...rest } = q;
    return { ...rest, levels: levels ?? [] };
  });
}

/** The boardMarks entries by board, then by marks (each board and marks once: the loader's check). */
function boardMarksOf(list: readonly BoardMarksEntry[]): BoardMarks {
  const byBoard: Partial<Record<ExamBoard, Record<number, readonly string[]>>> = {};
  for (const { board, marks, skills } of list) byBoard[board] = { ...byBoard[board], [marks]: skills };
  return byBoard;
}

/** The course's years from the first vocabulary that gives them, as an optional field. */
function pickCourseYears(vocabularies: readonly Vocabulary[]): Pick<Vocabulary, 'courseYears'> {
  const years = vocabularies.find((v) => v.courseYears)?.courseYears;
  return years ? { courseYears: years } : {};
}

/** Loads, validates and cross-checks every YAML file under `dir`. */
export async function loadKnowledge(dir: string, options: { readonly courseRules?: boolean } = {}): Promise<LoadResult> {
  const read = await readKnowledgeTexts(dir);
  return read.ok ? loadKnowledgeTexts(read.texts, options) : read;
}

/** The texts of every YAML file in the folder, or why they cannot be read. */
export async function readKnowledgeTexts(dir: string): Promise<{ readonly ok: true; readonly texts: KnowledgeText[] } | { readonly ok: false; readonly problems: KnowledgeProblem[] }> {
  let names: string[];
  try {
    names = await listYamlFiles(dir);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, problems: [{ file: dir, field: '(folder)', message: `cannot read the knowledge folder: ${reason}` }] };
  }
  if (names.length === 0)
    return { ok: false, problems: [{ file: dir, field: '(folder)', message: 'no .yaml files found' }] };
  const texts: KnowledgeText[] = [];
  for (const file of names) texts.push({ file, text: await readFile(path.join(dir, file), 'utf8') });
  return { ok: true, texts };
}

/** One file of the fact base as written: what a last-good copy keeps (src/knowledge/last-good.ts). */
export interface KnowledgeText {
  readonly file: string;
  readonly text: string;
}

/** The fact base from its files' texts, checked as `loadKnowledge` checks a folder. */
export function loadKnowledgeTexts(texts: readonly KnowledgeText[], options: { readonly courseRules?: boolean } = {}): LoadResult {
  const problems: KnowledgeProblem[] = [];
  const valid: { file: string; data: KnowledgeFile; locate: Locate }[] = [];
  const results = texts.map(({ file, text }) => ({ file, text, result: parseKnowledgeFile(file, text) }));
  const rules = results.map(({ result }) => (result.ok ? result.data.rules : undefined)).find((r) => r !== undefined);
  for (const { file, text, result: first } of results) {
    // A file refused is read again knowing the rules, so that a list too short is told the rule's count.
    const result = first.ok || !rules ? first : parseKnowledgeFile(file, text, { minPhrasings: rules.minPhrasings });
    if (result.ok) valid.push({ file, data: result.data, locate: result.locate });
    else problems.push(...result.problems);
  }
  // A file that did not read leaves its ids missing, so checks across files would blame files that are
  // fine ("unknown topic", "no question has the id"): those wait until every file reads.
  if (problems.length > 0) return { ok: false, problems };
  const assembled = assembleKnowledge(valid);
  if (!assembled.ok) problems.push(...assembled.problems);
  if (options.courseRules) {
    const locators = new Map(valid.map((f) => [f.file, f.locate]));
    problems.push(...courseRuleProblems(valid).map((p) => placed(p, locators.get(p.file))));
  }
  if (!assembled.ok || problems.length > 0) return { ok: false, problems };
  return { ...assembled, texts };
}
