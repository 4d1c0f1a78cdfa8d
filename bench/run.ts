// `npm run bench`: figures for speed, memory and accuracy. Printed, never asserted.
import path from 'node:path';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import { benchAsk } from './ask.js';
import { BLIND_CONVERSATIONS, BLIND_CONVERSATIONS_2, BLIND_CONVERSATIONS_3, BLIND_CONVERSATIONS_4, BLIND_CONVERSATIONS_5, BLIND_CONVERSATIONS_6, BLIND_CONVERSATIONS_7, BLIND_CONVERSATIONS_8, conversationFigures, HELD_OUT_CONVERSATIONS, loadConversations } from './conversations.js';
import { benchAutocomplete } from './autocomplete.js';
import { benchDictionary } from './dictionary.js';
import { benchQuiz } from './quiz.js';
import { benchStudy } from './study.js';
import { benchPractice } from './practice.js';
import { benchVoice } from './voice.js';

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
  `follow-ups, second set (${heldOut.length} conversations, held out until December 2026, used to choose settings since): ${((100 * heldTalk.followUpsRight) / heldTalk.followUps).toFixed(1)}% of ${heldTalk.followUps} follow-ups read right, ` +
    `${((100 * heldTalk.standalonesUnbent) / heldTalk.standalones).toFixed(1)}% of ${heldTalk.standalones} stand-alone questions left as they are alone`,
);
for (const [file, name] of [
  [BLIND_CONVERSATIONS, 'first blind set, read line by line since 6 December 2026'],
  [BLIND_CONVERSATIONS_2, 'second blind set, read line by line since the third round'],
  [BLIND_CONVERSATIONS_3, 'third blind set, read line by line since the end of 6 December'],
  [BLIND_CONVERSATIONS_4, 'fourth blind set, held out'],
  [BLIND_CONVERSATIONS_5, 'fifth blind set, held out (first measured in the third session of 6 December 2026)'],
  [BLIND_CONVERSATIONS_6, 'sixth blind set, held out (written and first measured in the sixth session of 6 December 2026)'],
  [BLIND_CONVERSATIONS_7, 'seventh blind set, held out (written and first measured on 7 December 2026, fifteenth session)'],
  [BLIND_CONVERSATIONS_8, 'eighth blind set, held out (written and first measured on 7 December 2026, sixteenth session)'],
] as const) {
  const blind = loadConversations(file);
  const blindTalk = await conversationFigures(loaded.kb, blind);
  console.log(
    `follow-ups, ${name} (${blind.length} conversations): ${((100 * blindTalk.followUpsRight) / blindTalk.followUps).toFixed(1)}% of ${blindTalk.followUps} follow-ups read right ` +
      `(${((100 * blindTalk.followUpsShown) / blindTalk.followUps).toFixed(1)}% with the right entry as the answer or a button), ` +
      `${((100 * blindTalk.standalonesUnbent) / blindTalk.standalones).toFixed(1)}% of ${blindTalk.standalones} stand-alone questions left as they are alone`,
  );
}
benchAutocomplete(loaded.kb);
benchDictionary();
await benchQuiz(loaded.kb);
await benchStudy(loaded.kb);
benchPractice(loaded.kb);
// CPU while speaking in one voice channel, in a child process that trusts the fake voice server's certificate.
benchVoice();
