// `npm run --silent practice -- --json --batch FILE` marks every line of FILE, JSON Lines of
// {"question": id, "answer": text}, and prints one JSON object per line, in order: question, mark, maxMark,
// level, maxLevel, pointsMade, pointsMissing (point ids) and feedback (the text a student is shown).
// `npm run practice -- QUESTION "answer"` marks one answer and prints the feedback; `--list` lists the questions.
import { readFile } from 'node:fs/promises';
import { feedbackText } from '../commands/practice-view.js';
import { configFromEnvironment } from '../config.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { createMarker, type Marker } from '../practice/marker.js';
import { batchOptions, exitQuietlyWhenPipeCloses, loadKnowledgeForCli } from './stdout.js';

const USAGE = 'usage: npm run --silent practice -- --json --batch FILE   |   npm run practice -- [--json] QUESTION "answer"   |   npm run practice -- --list';

export interface PracticeJson {
  readonly question: string;
  readonly mark: number;
  readonly maxMark: number;
  readonly level: number;
  readonly maxLevel: number;
  readonly pointsMade: readonly string[];
  readonly pointsMissing: readonly string[];
  readonly feedback: string;
}

/** One answer marked, as the CLI prints it; an unknown question is an error naming it. */
function markJson(kb: KnowledgeBase, marker: Marker, questionId: string, answer: string): PracticeJson | { readonly question: string; readonly error: string } {
  const question = kb.practice.find((q) => q.id === questionId);
  if (!question) return { question: questionId, error: `no practice question has the id "${questionId}"` };
  const result = marker.mark(question, answer);
  return {
    question: question.id,
    mark: result.mark,
    maxMark: result.maxMark,
    level: result.level,
    maxLevel: result.maxLevel,
    pointsMade: result.made.map((m) => m.point.id),
    pointsMissing: result.missing.map((p) => p.id),
    feedback: feedbackText(kb, result),
  };
}

/** A batch line: {"question": id, "answer": text}, or why it is not one. */
function readLine(line: string, n: number): { question: string; answer: string } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return `line ${n}: not JSON`;
  }
  if (typeof value !== 'object' || value === null) return `line ${n}: not a JSON object`;
  const { question, answer } = value as { question?: unknown; answer?: unknown };
  if (typeof question !== 'string' || typeof answer !== 'string') return `line ${n}: needs "question" and "answer", both strings`;
  return { question, answer };
}

async function main(argv: string[]): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const { json, batchAt, batchFile } = batchOptions(argv);
  const rest = argv.filter((a, i) => !a.startsWith('--') && (batchAt < 0 || i !== batchAt + 1));
  const list = argv.includes('--list');
  if ((batchAt >= 0 && (!batchFile || !json)) || (batchAt < 0 && !list && rest.length < 2)) {
    console.error(USAGE);
    return 2;
  }
  const kb = await loadKnowledgeForCli(config.knowledgeDir);
  if (!kb) return 1;
  if (list) {
    for (const q of kb.practice) console.log(`${q.id}\t${q.topic}\t${q.kind}\t${q.marks}\t${q.prompt}`);
    return 0;
  }
  const marker = createMarker(kb);
  if (batchFile) {
    const lines = (await readFile(batchFile, 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '');
    const out: string[] = [];
    let bad = 0;
    lines.forEach((line, i) => {
      const read = readLine(line, i + 1);
      if (typeof read === 'string') {
        bad++;
        out.push(JSON.stringify({ error: read }));
      } else out.push(JSON.stringify(markJson(kb, marker, read.question, read.answer)));
    });
    process.stdout.write(out.join('\n') + (out.length > 0 ? '\n' : ''));
    return bad > 0 ? 1 : 0;
  }
  const [questionId = '', ...answer] = rest;
  const marked = markJson(kb, marker, questionId, answer.join(' '));
  if ('error' in marked) {
    console.error(marked.error);
    return 1;
  }
  console.log(json ? JSON.stringify(marked) : marked.feedback);
  return 0;
}

exitQuietlyWhenPipeCloses();
process.exitCode = await main(process.argv.slice(2));
