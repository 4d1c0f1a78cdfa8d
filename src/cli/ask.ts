// `npm run --silent ask -- "question"` prints the answer for a person; `--json` prints one JSON object;
// `--batch FILE --json` answers every non-empty line of FILE, one JSON object per line, in order.
import { readFile } from 'node:fs/promises';
import { matchReply, outcomeReply, sourceTitles } from '../commands/ask.js';
import { askQuestion } from '../matching/ask-question.js';
import { createCourseMatcher } from '../matching/matcher.js';
import { toAskJson } from '../matching/answer-json.js';
import { configFromEnvironment } from '../config.js';
import { batchOptions, exitQuietlyWhenPipeCloses, loadKnowledgeForCli } from './stdout.js';
import { MESSAGES } from '../messages.js';

const USAGE = 'usage: npm run --silent ask -- [--json] "question"   |   npm run --silent ask -- --json --batch FILE';

async function main(argv: string[]): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const { json, batchAt, batchFile } = batchOptions(argv);
  const words = argv.filter((a, i) => a !== '--json' && a !== '--batch' && (batchAt < 0 || i !== batchAt + 1));
  if ((batchAt >= 0 && (!batchFile || !json)) || (batchAt < 0 && words.length === 0)) {
    console.error(USAGE);
    return 2;
  }

  const kb = await loadKnowledgeForCli(config.knowledgeDir);
  if (!kb) return 1;
  const matcher = createCourseMatcher(kb);

  if (batchFile) {
    const lines = (await readFile(batchFile, 'utf8')).split(/\r?\n/).filter((l) => l.trim() !== '');
    process.stdout.write(lines.map((l) => JSON.stringify(toAskJson(kb, askQuestion(matcher, l)))).join('\n') + (lines.length ? '\n' : ''));
    return 0;
  }

  const outcome = askQuestion(matcher, words.join(' '));
  const result = outcome.primary;
  if (json) {
    console.log(JSON.stringify(toAskJson(kb, outcome)));
    return 0;
  }
  if (outcome.parts.length > 0 || outcome.points.length > 0) {
    // Several parts, or points for an essay: the reply /ask gives, with its buttons as a list.
    const reply = outcomeReply({ kb, matcher }, outcome);
    console.log([`${reply.title ?? ''}`, '', reply.body, ...(reply.buttons ?? []).map((b) => `  - ${b.label}`)].join('\n'));
  } else if (result.status === 'answered' && result.entry) {
    const topic = kb.topics.find((t) => t.id === result.entry?.topic);
    // Sources by title, as /ask shows them (the ids are in --json).
    const sources = sourceTitles(kb, result.entry.sources);
    console.log(`${result.entry.question}\n\n${result.entry.answer}\n\nTopic: ${topic?.title ?? result.entry.topic}${sources ? `\nSources: ${sources}` : ''}`);
    if (result.alternatives.length > 0)
      console.log(['', 'Is this not what you asked? The nearest other questions:', ...result.alternatives.map((a) => `  - ${a.question}`)].join('\n'));
  } else if (result.status === 'unsure') {
    console.log([MESSAGES.askUnsure, ...result.suggestions.map((s) => `  - ${s.question}`)].join('\n'));
  } else {
    // The same words /ask replies with (an empty question, one about the tutor, or outside the course).
    console.log(matchReply({ kb, matcher }, result).body);
  }
  return 0;
}

exitQuietlyWhenPipeCloses();
process.exitCode = await main(process.argv.slice(2));
