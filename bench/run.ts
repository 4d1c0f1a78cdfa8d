// `npm run bench`: figures for speed, memory and accuracy. Printed, never asserted.
import path from 'node:path';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { benchAsk } from './ask.js';
import { conversationFigures, HELD_OUT_CONVERSATIONS, loadConversations } from './conversations.js';
import { benchAutocomplete } from './autocomplete.js';
import { benchQuiz } from './quiz.js';
import { benchStudy } from './study.js';
import { benchPractice } from './practice.js';

const loaded = await loadKnowledge(path.resolve('knowledge'));
if (!loaded.ok) {
  console.error(loaded.problems.map(formatProblem).join('\n'));
  process.exit(1);
}
benchAsk(loaded.kb);
const conversations = loadConversations();
const talk = await conversationFigures(loaded.kb, conversations);
console.log(
  `\nfollow-ups (${conversations.length} conversations, used to choose settings): ${((100 * talk.followUpsRight) / talk.followUps).toFixed(1)}% of ${talk.followUps} follow-ups read right, ` +
    `${((100 * talk.standalonesUnbent) / talk.standalones).toFixed(1)}% of ${talk.standalones} stand-alone questions left as they are alone`,
);
const heldOut = loadConversations(HELD_OUT_CONVERSATIONS);
const heldTalk = await conversationFigures(loaded.kb, heldOut);
console.log(
  `follow-ups, held out (${heldOut.length} conversations): ${((100 * heldTalk.followUpsRight) / heldTalk.followUps).toFixed(1)}% of ${heldTalk.followUps} follow-ups read right, ` +
    `${((100 * heldTalk.standalonesUnbent) / heldTalk.standalones).toFixed(1)}% of ${heldTalk.standalones} stand-alone questions left as they are alone`,
);
benchAutocomplete(loaded.kb);
await benchQuiz(loaded.kb);
await benchStudy(loaded.kb);
benchPractice(loaded.kb);
