// A message that is only a pleasantry: "thx ur actually useful", "thanks!!", "hi", "bye". It asks nothing, so
// it gets a friendly word back, not a refusal ("my notes never mention thx"), and is no gap for the teacher.
// So does a message that only lets off steam ("this is boring stfu", "ur so dumb"): a calm word back, not a
// refusal, and not a follow-up to the last answer.
import { normaliseText } from './normalise.js';

export type Pleasantry = 'thanks' | 'greeting' | 'goodbye' | 'frustration';

const KINDS: ReadonlyArray<readonly [Pleasantry, ReadonlySet<string>]> = [
  ['thanks', new Set(['thanks', 'thank', 'thankyou', 'thx', 'thnx', 'thanx', 'tnx', 'ty', 'tysm', 'tyvm', 'cheers', 'ta'])],
  ['goodbye', new Set(['bye', 'goodbye', 'cya', 'gn', 'goodnight', 'night', 'later', 'laters'])],
  ['greeting', new Set(['hi', 'hello', 'hey', 'heya', 'hiya', 'yo', 'sup', 'howdy', 'morning', 'afternoon', 'evening', 'greetings'])],
  [
    'frustration',
    new Set(
      ('boring bored stfu shut up fuck fucking fk ffs wtf dumb stupid useless rubbish trash crap shit sucks suck hate annoying ' +
        'pointless idiot idiotic meh ugh urgh').split(' '),
    ),
  ],
];
/** Words said around a pleasantry that ask nothing: "thank you so much, you're really helpful". */
const AROUND = new Set(
  ('you u ur your youre so very really much lots lot a the for that this it is was s all again there ' +
    'helpful useful great good nice amazing awesome brilliant best legend actually literally have day ' +
    'ok okay k cool lol haha mate bro sir miss tutor bot everyone guys man i im am are these thing omg such me help helped helps helping alot').split(' '),
);

/** What kind of pleasantry a message is, when it is nothing else. */
export function readPleasantry(text: string): Pleasantry | null {
  const words = normaliseText(text).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 12) return null;
  let kind: Pleasantry | null = null;
  for (const w of words) {
    const found = KINDS.find(([, set]) => set.has(w));
    if (found) kind ??= found[0];
    else if (!AROUND.has(w)) return null;
  }
  return kind;
}
