// `npm run kb -- check | stats [--json] | export --json | schema`: tools for whoever edits knowledge/.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { configFromEnvironment } from '../config.js';
import { exitQuietlyWhenPipeCloses } from './stdout.js';
import { formatProblem, loadKnowledge } from '../knowledge/loader.js';
import { knowledgeJsonSchema } from '../knowledge/json-schema.js';
import { knowledgeStats } from '../knowledge/stats.js';

const USAGE = 'usage: npm run kb -- check | stats [--json] | export --json | schema';

async function main(argv: readonly string[]): Promise<number> {
  const config = configFromEnvironment();
  if (!config) return 1;
  const dir = config.knowledgeDir;
  const [command] = argv;
  const json = argv.includes('--json');

  if (command === 'schema') {
    const out = path.join(dir, 'schema', 'knowledge.schema.json');
    await writeFile(out, knowledgeJsonSchema());
    console.log(`wrote ${out}`);
    return 0;
  }
  if (command !== 'check' && command !== 'stats' && command !== 'export') {
    console.error(USAGE);
    return 2;
  }

  // `check` holds the fact base to the course's content rules too (answer and summary lengths, phrasings).
  const result = await loadKnowledge(dir, { courseRules: command === 'check' });
  if (!result.ok) {
    console.error(`${result.problems.length} problem(s) in ${dir}:`);
    for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const { kb } = result;
  if (command === 'check') {
    const s = knowledgeStats(kb).totals;
    console.log(
      `ok: ${result.files.length} files, ${s.topics} topics, ${s.questions} questions, ${s.quiz} quiz questions, ` +
        `${s.people} people, ${s.terms} terms, ${s.events} events, ${s.skills} exam skills, ${s.practice} practice questions`,
    );
  } else if (command === 'stats') {
    const stats = knowledgeStats(kb);
    if (json) console.log(JSON.stringify(stats));
    else {
      console.log(JSON.stringify(stats.totals));
      for (const [topic, counts] of Object.entries(stats.perTopic)) console.log(`${topic}: ${JSON.stringify(counts)}`);
    }
  } else {
    if (!json) {
      console.error(USAGE);
      return 2;
    }
    console.log(JSON.stringify(kb));
  }
  return 0;
}

exitQuietlyWhenPipeCloses();
process.exitCode = await main(process.argv.slice(2));
