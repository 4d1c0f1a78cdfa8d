// `npm run bench`: figures for speed, memory and accuracy. Printed, never asserted.
import path from 'node:path';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { benchAsk } from './ask.js';
import { benchAutocomplete } from './autocomplete.js';
import { benchQuiz } from './quiz.js';

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) {
  console.error(loaded.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
benchAsk(loaded.kb);
benchAutocomplete(loaded.kb);
await benchQuiz(loaded.kb);
