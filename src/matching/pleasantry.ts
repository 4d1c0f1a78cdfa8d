// A message that is only a pleasantry: "thx ur actually useful", "thanks!!", "hi", "bye". It asks nothing, so
// it gets a friendly word back, not a refusal ("my notes never mention thx"), and is no gap for the teacher.
// So does a message that only lets off steam ("this is boring stfu", "ur so dumb"), or is rude about the tutor, its
// swear words written out or masked ("this bot is sh*t", "you're a f***ing idiot"): a calm word back, not a refusal
// (nor "I don't know the word 'bot'"), and not a follow-up to the last answer.
//
// So do three other messages that ask nothing the notes can answer, from a student learning English or asking the
// wrong tutor: asking for another language ("can you explain in arabic": it answers in English only, and says how
// to make that easier), saying their English is weak ("my english not so good, what i do": a kind word and the
// ways to ask for simpler words), and a sum ("what is 3x + 5 = 20": another subject, not a word it does not know).
// The words for these are everyday English, not the course's, so they are here, not in knowledge/.
import { normaliseText } from './normalise.js';

export type Pleasantry = 'thanks' | 'greeting' | 'goodbye' | 'bored' | 'frustration' | 'language' | 'english' | 'maths';

/** What a swear word written with stars or symbols ("sh*t", "f***ing", "b!tch") is read as: a word of frustration. */
const MASKED = 'maskedswearword';
/**
 * A word written with stars or symbols for some of its letters ("sh*t", "f***", "f***ing", "a**hole", "sh!t", "f@ck"):
 * one to three letters, then two stars or more, or symbols before more letters. Not a grade ("A*"), emphasis ("**this**",
 * "*sigh*") or a word with an exclamation mark ("hi!").
 */
const MASKED_WORD = /^[a-z]{1,3}(?:\*{2,}[a-z]{0,5}|[*!@#$%]+[a-z]{1,5})$/;

/** The message with each such word read as MASKED. */
function unmasked(text: string): string {
  return text
    .split(/(\s+)/)
    .map((token) => {
      const core = token.toLowerCase().replace(/^["'“‘(]+|[.,!?"'”’)]+$/g, '');
      return MASKED_WORD.test(core) ? MASKED : token;
    })
    .join('');
}

const KINDS: ReadonlyArray<readonly [Pleasantry, ReadonlySet<string>]> = [
  ['thanks', new Set(['thanks', 'thank', 'thankyou', 'thx', 'thnx', 'thanx', 'tnx', 'ty', 'tysm', 'tyvm', 'cheers', 'ta'])],
  ['goodbye', new Set(['bye', 'goodbye', 'cya', 'gn', 'goodnight', 'night', 'later', 'laters'])],
  ['greeting', new Set(['hi', 'hello', 'hey', 'heya', 'hiya', 'yo', 'sup', 'howdy', 'morning', 'afternoon', 'evening', 'greetings'])],
  // "im bored", "so bored rn": the student, not a complaint about the tutor; something to do, kindly. Beside a word of
  // frustration ("this is boring stfu") it is let-off steam (readWords).
  ['bored', new Set(['bored', 'boring', 'boredom', 'borin', 'boooored', 'booored', 'boored', 'bord'])],
  [
    'frustration',
    new Set(
      ('stfu shut up fuck fucking fk ffs wtf dumb stupid useless rubbish trash crap shit sucks suck hate annoying ' +
        'pointless idiot idiotic meh ugh urgh garbage worst terrible awful pathetic lame moron clown dumbass bs bullshit shite shitty ' +
        `crappy damn dammit fuckin fking fkin fkn fcking effing bollocks piss hell ${MASKED}`).split(' '),
    ),
  ],
];
/** Words said around a pleasantry that ask nothing: "thank you so much, you're really helpful". */
const AROUND = new Set(
  ('you u ur your youre so very really much lots lot a the for that this it is was s all again there ' +
    'helpful useful great good nice amazing awesome brilliant best legend actually literally have day ' +
    'ok okay k cool lol haha mate bro sir miss tutor bot everyone guys man i im am are these thing omg such me help helped helps helping alot ' +
    // Said of the tutor when letting off steam: "this bot is sh*t", "you're a f***ing idiot", "a total piece of junk"
    // (not "what" or "answer": "what was the worst", "answer is b" are questions and answers, not steam).
    'an total complete absolute piece of ever chatbot ai app robot r off go away rn now af kinda getting revising revision studying').split(' '),
);

/** Languages a student may ask the tutor to answer in (English aside), lower case. */
const LANGUAGES =
  'arabic urdu hindi bengali bangla punjabi gujarati tamil somali swahili amharic tigrinya pashto dari farsi persian kurdish turkish ' +
  'polish romanian russian ukrainian lithuanian latvian bulgarian albanian czech slovak hungarian serbian croatian greek italian spanish ' +
  'portuguese french german dutch chinese mandarin cantonese japanese korean vietnamese thai tagalog malay indonesian hebrew';
const LANGUAGE = `(?:${LANGUAGES.split(' ').join('|')})`;
/** Words around a request that ask nothing more: "pls", "can you", "so", "ok". */
const POLITE = String.raw`(?:(?:pls|plz|please|ok|okay|so|and|but|hi|hello|sorry|sry|bro|sir|miss|maybe|also|now)\s+)*`;
const POLITE_END = String.raw`(?:\s+(?:pls|plz|please|for me|too|also|instead|language|lang|translation|thanks|ty|bro|sir|miss|maybe|now))*`;
/** "Can you explain in arabic", "answer in urdu pls", "translate it to polish", "do you speak turkish?", "arabic pls". */
const ANOTHER_LANGUAGE = new RegExp(
  String.raw`^${POLITE}(?:` +
    [
      String.raw`(?:(?:can|could|will|would|do|pls) (?:you|u) |you can |can i |i want |i want you to |i need |i need you to |i wish you |(?:pls|plz|please) )?(?:explain|say|answer|write|speak|talk|reply|respond|tell|tell me|give|show|read|ask|chat|translate|help|teach|repeat|do)(?: (?:it|that|this|me|everything|all|the answer|your answer|answers|to me|with me|me that|the question|my question|again|more))*(?: in| into| to| using| with)(?: the| my)? ${LANGUAGE}(?: language)?`,
      String.raw`(?:(?:do|can|could) (?:you|u) |you )(?:speak|understand|know|read|talk|write|answer in|reply in|use) ${LANGUAGE}`,
      // Not a language's name alone: "ukrainian", "polish" are the course's nationalities too (the famine, the national operations).
      String.raw`(?:in|into) ${LANGUAGE}(?: language)?|${LANGUAGE} (?:language|lang|translation|pls|plz|please)`,
      String.raw`(?:is there|have you got|do you have|you have) (?:an? )?${LANGUAGE}(?: version| translation)?`,
    ].join('|') +
    String.raw`)${POLITE_END}$`,
);
/**
 * A student's remark that their English is weak: "my english not so good", "english is not my first language",
 * "i dont speak english well", "sorry for my bad english", "im not good in english".
 */
const WEAK_ENGLISH = new RegExp(
  String.raw`^${POLITE}(?:` +
    [
      String.raw`(?:my |mine )?english(?: (?:is|are|its|it is|it s|was))?(?: (?:not|no|isnt|very|so|too|a bit|a little|really|quite|still|that|much))* (?:good|well|great|strong|bad|poor|weak|broken|terrible|low|limited|basic|hard|difficult)(?: (?:for me|yet))?`,
      String.raw`(?:english|englisch) (?:is |isnt |is not |its not |it is not )?(?:not )?(?:my )?(?:first|second|main|native|mother|home|1st|2nd) (?:language|lang|tongue)`,
      String.raw`(?:i|im|i am|me)(?: (?:still|just|only))? (?:(?:dont|do not|cant|can not|cannot|not) (?:speak|understand|read|write|know)(?: (?:much|good|very good|well|a lot of|a lot|so good|so well|very well))? english(?: (?:well|good|very well|so well|that well|much|a lot|very good))?|(?:speak|understand|know|read) (?:only )?(?:a )?(?:little|bit|a bit of|some|basic|not much|not good|bad|poor) english|(?:learning|learn|new to|beginner in|beginner at|bad at|bad in|weak at|weak in|not good at|not good in|not good with|no good in|not so good in|not so good at|not very good at|not very good in|struggling with|struggle with) english)`,
      String.raw`(?:sorry|sry|excuse|forgive me|sorry about|sorry for) (?:for |about )?(?:my )?(?:bad |poor |broken |weak |terrible )?english`,
    ].join('|') +
    String.raw`)${POLITE_END}$`,
);
/** What such a student asks beside it, and asks nothing of the course: "what i do", "what should i do", "help me", "any tips". */
const WHAT_DO_I_DO = new RegExp(
  String.raw`^${POLITE}(?:what (?:i|can i|should i|do i|must i|i can|i should|i must|to|can you) (?:do|doing)(?: now)?|how (?:i|can i|do i|should i|can you) (?:do|use|learn|understand|ask|help)(?: (?:it|this|you|me|this bot|the bot|better))?(?: (?:better|then|now))?|(?:can|could) (?:you|u) help(?: me)?|help(?: me)?|any (?:tips?|advice|ideas?|help)|(?:give|tell) me (?:tips?|advice)|is (?:it|that) (?:ok|okay|a problem|problem)|(?:it is|its) (?:ok|okay)|you understand(?: me)?|do you understand(?: me)?|can you understand(?: me)?|you can understand(?: me)?)${POLITE_END}$`,
);

/** "What is 3x + 5 = 20", "solve 2x - 4 = 10", "x^2 + 3 = 12": a sum with an unknown, or one asked to be worked out. */
function isSum(text: string): boolean {
  const s = text.toLowerCase().replace(/[?!.]+\s*$/, '').trim();
  // A slogan of the course ("2+2=5", the plan in four years) names no unknown: a sum needs a letter beside a number or a sign.
  const ask = /^(?:(?:pls|please|can you|could you|help me|how do i|how to|how can i|what is|whats|what's|what are|find|solve|calculate|work out|answer|simplify)\s+)*(?:(?:solve|calculate|work out|simplify|find x|find y)\s+)?/;
  const rest = s.replace(ask, '');
  if (!/[=+*/^×÷]|\s-\s/.test(rest)) return false;
  // Only numbers, single letters (with a number: "3x"), signs and brackets.
  const tokens = rest.match(/\d+(?:\.\d+)?[a-z]?|[a-z]+|[=+\-*/^×÷()²³]/g) ?? [];
  if (tokens.join('').length < rest.replace(/\s+/g, '').length) return false;
  const unknown = tokens.some((t) => /^(?:\d+(?:\.\d+)?)?[a-z]$/.test(t));
  const words = tokens.filter((t) => /^[a-z]{2,}$/.test(t));
  return unknown && words.length === 0 && tokens.some((t) => /\d/.test(t));
}

/** A message that asks nothing of the course but something of the tutor's language: another one, or simpler English. */
function readLanguage(typed: string): 'language' | 'english' | null {
  // "Don't", "can't": the "not" kept, which normaliseText drops ("i don't speak english" is not "i do").
  const text = typed.replace(/\bcan['’]t\b/gi, 'cannot').replace(/\bwon['’]t\b/gi, 'will not').replace(/n['’]t\b/gi, ' not');
  const s = normaliseText(text);
  if (!s) return null;
  if (ANOTHER_LANGUAGE.test(s)) return 'language';
  // "my english not so good, what i do": each part the remark or what to do about it, and the remark among them.
  const parts = text
    .toLowerCase()
    .split(/[,;.!?]+|\s+(?:but|and|then)\s+/)
    .map((p) => normaliseText(p))
    .filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  const remarks = parts.filter((p) => WEAK_ENGLISH.test(p));
  const asks = parts.filter((p) => ANOTHER_LANGUAGE.test(p));
  if (remarks.length === 0 && asks.length === 0) return null;
  if (!parts.every((p) => WEAK_ENGLISH.test(p) || ANOTHER_LANGUAGE.test(p) || WHAT_DO_I_DO.test(p) || readWords(p) !== null)) return null;
  return asks.length > 0 ? 'language' : 'english';
}

/** What kind of pleasantry a message is, when it is nothing else. */
export function readPleasantry(typed: string): Pleasantry | null {
  if (isSum(typed)) return 'maths';
  const text = unmasked(typed);
  return readLanguage(text) ?? readWords(normaliseText(text));
}

/** A pleasantry in words alone: thanks, a greeting, a goodbye, frustration. */
function readWords(normalised: string): Pleasantry | null {
  // "What a useless bot" lets off steam; "what was the worst" asks: only "what a" opens a pleasantry.
  const words = normalised.replace(/^what (?=an? )/, '').split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 12) return null;
  let kind: Pleasantry | null = null;
  for (const w of words) {
    const found = KINDS.find(([, set]) => set.has(w));
    // A word of frustration beside boredom ("this is boring stfu") lets off steam.
    if (found) kind = kind === null || (found[0] === 'frustration' && kind === 'bored') ? found[0] : kind;
    else if (!AROUND.has(w)) return null;
  }
  return kind;
}
