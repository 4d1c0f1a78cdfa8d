// Follow-up questions: "how long did it take?", "why?", "what about Kamenev?" lean on what the student
// asked just before. Per student and channel the tutor remembers the last entry it answered with for a
// while; a question that leans on it is read together with that entry's question, and the reply says so.
// A question that stands on its own is never bent towards the last one.
//
// What makes a question lean (leansOnPrevious): it carries on ("and…", "what about…"), it points back
// (he, it, they, that, the other one…), or it has no subject of its own ("how many died?", "what were the
// results?"). What makes it stand alone: it names a thing of the course itself (Bukharin, the kolkhoz,
// 1932, the Great Terror). Which entry answers it (chooseFollowUp): the one that fits both the question
// read with the last one and the question alone, keeping to the last answer's topic.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { DYING_WORDS } from './dying-words.js';
import { everydayWords, slipOfEverydayWord } from './everyday-words.js';
import { EXPLAINED_INTENTS, intentsOf, type Intent } from './intent.js';
import { escapeRegExp, normaliseText, sentencesOf } from './normalise.js';
import { createLexicon, isContentTerm, PLAIN_LEXICON, QUESTION_WORDS, STOPWORDS, typoDistance, type Lexicon } from './vocabulary.js';

export const FOLLOW_UP_DEFAULTS = Object.freeze({
  /** How many of the entries ranked first a question's decade or a man's end may choose among. */
  closeBehind: 4,
  /** How long the last answer is remembered. */
  rememberMs: 15 * 60_000,
  /** Students remembered at once (the oldest are forgotten first). */
  remembered: 10_000,
  /** A question that names nothing of its own leans for sure with at most this many content words ("how many died"). */
  maxBareTerms: 1,
  /** …and one that points back ("how long did it take to build?") with at most this many. */
  maxOwnTermsPointingBack: 3,
  /** A question with more content words than this stands on its own, whatever its pronouns. */
  maxOwnTermsDoubtful: 6,
  /** "And…", "what about…" carries on with at most this many content words ("what about economic factors?"). */
  maxCarryOnTerms: 3,
  /**
   * How an entry is chosen for a follow-up (chooseFollowUp): its ranking key read with the last question,
   * plus this share of its key for the question alone (a sure follow-up; more for a doubtful one), plus a
   * bonus for keeping to the last answer's topic, less a penalty for repeating the last answer to a
   * question that asks something of its own. Set on the conversation sets (bench/conversations.ts).
   */
  aloneWeight: 0.5,
  aloneWeightDoubtful: 0.75,
  sameTopicBonus: 0.3,
  /** …and for an entry whose own question asks for the same kind of answer ("how many were in it?" and "how many were in the gulag?"). */
  sameIntentBonus: 0.3,
  /** 0.8 since "it" is read as the last question's names (followUpAlone): 0.7–0.85 did as well on the conversation sets, 1 and 0.6 worse. */
  repeatPenalty: 0.8,
  /** …and for an entry about another man than the follow-up's "he" (aboutAnotherMan). */
  anotherManPenalty: 0.5,
  /** …and the bonus for an entry asked of him by name ("what happened to him in the end?" after Bukharin's card: his trial, not all the rivals' fates). */
  hisOwnBonus: 0.3,
  /**
   * A follow-up whose ranking still puts the last answer first, by no more than this, is answered with the entry
   * next to it: the last answer again would say nothing new. Set on the conversation sets (bench/conversations.ts).
   */
  nextBestMargin: 0.05,
  /** A follow-up's answer is offered with the entries scoring within this much of it ("Not quite what you asked?"). */
  hedgeMargin: 0.4,
  maxHedged: 3,
  /** A follow-up read as the last answer again is answered as asked alone when alone it is answered with this confidence or more. */
  sureAlone: 0.85,
  /** A question that may lean is read with the last answer when alone it is answered with less confidence than this. */
  doubtfulBelow: 0.4,
});

/** Personal pronouns, and words that point at something said before ("the other", "the same", "then"). */
const POINTS_BACK = /\b(it|its|they|them|their|theirs|he|him|his|she|her|hers|that|this|those|these|then|there|same|other|others|else|former|latter|afterwards|instead)\b|\b(the|that|this|which|other|first|second|third|last|next|previous|same|each|another|new|old|main|big) ones?\b/;
/** "What was it like in/for/being …": an "it" standing for nothing (the life asked of follows). */
const IMPERSONAL_IT = /\b(?:what|wat|how) (?:was|is|were|would) it (?:have been |be )?like (?=(?:in|at|inside|on|for|to be|being|living|working|growing up|as)\b)/;
/**
 * "How is it different from Leninism?", "was that worse than the famine?": what a pronoun is compared with is never
 * what it stands for, so the thing compared with is the question's own and the pronoun the last answer's subject.
 */
const COMPARED = /\b(it|that|this|they|he|she)\b.*\b(different (?:from|to|than)|differ from|the same (?:as|thing as)|similar to|compared? (?:to|with)|worse than|better than|more \w+ than|less \w+ than)\b/;
/**
 * A question that stops where what it is about should follow: "how did Stalin respond?" (to what?), "what happened
 * after?" (after what?), "were there women too?" (as well as what?). What is missing is the last answer's subject.
 */
const DANGLING = /\b(?:respond|responded|react|reacted|reply|replied|retaliate|retaliated|cope|coped|after|too|as well|either)$/;
/** Words pointing back that never stand for something the same question names (as "it" may): "was Bukharin in that one?", "who else ran the NKVD?". */
const THAT_OR_THEN = /\b(that|then|else)\b/;
/** The same, less "they", "them" and "their", which may stand for anyone ("how did they edit people out of photos?"). */
const POINTS_BACK_BUT_THEY = new RegExp(POINTS_BACK.source.replace('|they|them|their|theirs', ''));
/**
 * Words that look as if they point back but do not: "the newspaper that spread…" (a relative clause),
 * "did Stalin know that Kirov would be killed" (a clause said, known or thought: "did he know that?" still points),
 * "was there…" (there is), "stage one", "socialism in one country" (a number).
 */
const POINTS_NOWHERE = /(?<=\b(?:know|knew|known|think|thought|say|said|says|believe|believed|claim|claimed|true|realise|realised|realize|realized|fact|sure|hope|hoped|show|showed|shows|prove|proved|proves|argue|argued|agree|agreed|mean|meant) )that(?= (?!(?:one|ones|time|year|day|person|man|trial|plan|law|bit|part|stuff|thing|things|idea|policy|speech|book|document|letter|decision)\b)[a-z0-9])|\b(?!(?:is|was|were|are|be|been|do|did|does|with|in|on|of|to|for|at|by|from|about|after|before|like|than|and|or|but|so|if|what|who|why|how|when|where|which|mean|meant|said|say|think|thought|know|believe|believed)\b)([a-z0-9]+) that\b|\b(is|was|were|are|be|been) there\b|\bthere (is|was|were|are|been)\b/g;
/** Openings that carry on a conversation with something new and little else: "and Kamenev?", "what about in the camps?". */
const CARRY_ON = /^(?:and what about|and how about|what about|how about|what of|and|or|plus|same for)\b\s*/;
/** Words that open any turn of a conversation and say nothing of what it leans on: "so", "ok", "wait", "but". */
const OPENING = /^(?:(?:so|ok|okay|k|wait|but|also|hmm+|right|well|yeah|yes|no|oh|um+|lol|hey|alright|cool|thanks|ty)\b\s*)+/;
/** "Actually", "really", "in practice": what happened, set against what was aimed at, planned or claimed. */
const ACTUALLY = /\b(?:actually|really|in (?:fact|reality|practice|the end))\b/;
/** What a question asks of aims rather than results ("What were the aims and targets of the First Five-Year Plan?"). */
const AIMED = /\b(?:aims?|aimed|targets?|goals?|planned|promised|promises|intended|intentions?|supposed)\b/g;
/**
 * "What happened next?", "what came after that?", "and then?": what followed the last answer. After one of a series
 * ("the first show trial") it is the next of the series.
 */
const NEXT_ASKED = /^(?:and )?(?:what (?:happened|came|comes|happens|followed)(?: (?:next|after(?:wards)?|after (?:that|this|it)|then))|what next|whats next|then what|next|then|after that|what was next)$/;
/** …and what came before it: "what happened before that?", "and before that?". */
const BEFORE_ASKED = /^(?:and )?(?:what (?:happened|came)(?: before (?:that|this|it)| earlier)|what was before (?:that|it|this)|before (?:that|this|it))$/;
/** "What happened to him (in the end)?", "how did she die?": how the life of the one just described ended. */
const HIS_END = /^(?:what happened to (?:him|her)(?: in the end| after(?:wards| that)?| later)?|how did (?:he|she) die|did (?:he|she) die|when did (?:he|she) die)$/;
/** An answer that tells how a life ended. */
const ENDED = /\b(?:died|shot|executed|killed|murdered|suicide|exiled|deported|assassinated)\b/;
/** The ordinals of a series, in order, for the next of it. */
const SERIES = ['first', 'second', 'third', 'fourth', 'fifth'];
/** Ordinals that step through a series from the last one asked of: "and the next one?" after the first plan is the second. */
const STEP_WORDS: Readonly<Record<string, number>> = { next: 1, later: 1, previous: -1, earlier: -1 };
/** "Who else ran the NKVD?": someone besides the one the last answer was about. */
const WHO_ELSE = /^who else\b/;
/** Ordinals: "and the second one?" asks the last question of another of a series. */
const ORDINAL = /\b(first|second|third|fourth|fifth|last|next|previous|earlier|later)\b/;
/**
 * Words that name an aspect of a subject rather than a subject: "and the failures?" after the successes
 * of the plan asks the same about the failures, so the last question's aspect gives way to the new one.
 */
const ASPECT = /\b(successe?s?|successful|failures?|failed|strengths?|weaknesses?|achievements?|problems?|aims?|goals?|causes?|reasons?|results?|effects?|consequences?|impacts?|outcomes?|advantages?|disadvantages?|positives?|negatives?|pros|cons|benefits?|costs?|features?|dates?|significance|importance|short term|long term)\b/g;
/** How an aspect is weighed: "the most important reason", "the main effects", "the biggest cause". */
const WEIGHED = /\b(most|main|biggest|greatest|key|important|importance|significant|major|chief|best|worst)\b/g;
const AN_ASPECT_WEIGHED = /\b(most|main|biggest|greatest|key|major|chief)\b/;

/** A question's opening: a question word or a verb put first ("was it…", "did they…"). */
const ASKS = /^(why|how|when|who|whom|whose|where|what|whats|which|was|were|is|are|did|does|do|can|could|would|will|has|have|had)\b/;
/** "What is a…", "who was an…": a question about something it brings in as new. */
const INDEFINITE = /^(who|what|whats)( is| was| were| are)? (a|an)\b/;
/** "Who was X?", "what were the X?": a question that asks what its subject is. */
const DEFINITION = /^(who|what) (is|was|were|are)\b|^whats\b/;
/** Pronouns that stand for the last subject: left out when it is added ("why did Lenin bring it in" reads "bring in"). */
const STANDS_FOR_SUBJECT = /\b(it|its|they|them|their)\b/g;
/** A name of many ("the kulaks", "the Nepmen"), which "they" may stand for, where "collectivisation" cannot. */
const PLURAL = /(?:[^s]s|men)$/;
/** A man the last question named: "what happened to him?" after Yezhov's part in the Terror. */
const HE = /\b(he|him|his)\b/;
/**
 * A word that can stand only for a person ("him", "she"), never for a thing or a body the question names. Not "his" or
 * "her", which may own what the question names and asks about ("his son Yakov?").
 */
const ONLY_A_MAN = /\b(he|him|himself|she|herself)\b/;
/** "What is propaganda?", "whats communism": what one word is, asked of that word (where "what was the punishment?" leans). */
const WHAT_A_WORD_IS = /^(?:what (?:is|was|are|were)|whats) [a-z]+$/;
/** "Is Russia still communist?", "do people still like him now?": a question about today, not about the last answer. */
const ABOUT_TODAY = /^(?:is|are|does|do|has|have)\b.*\b(?:still|today|nowadays|now|currently|anymore|these days)\b/;
/** "What is the main difference question?", "how do I do the 8 marker": a kind of exam question, asked of the exam, not of the last answer. */
const EXAM_QUESTION = /\bthe (?:[a-z0-9]+ ){1,3}(?:question|questions|marker|markers)$/;
/** "Which one…", "which of them…": one of the things just named, never a subject of its own. */
const WHICH_OF_THEM = /^(?:which|wich) (?:one|ones|of them|of the two|of those|of these|of both)\b/;
/** Whether a question picks one of the things the last answer set side by side ("which one was better for the peasant?"): what else it names is what they are compared on. */
export function asksWhichOfThem(question: string): boolean {
  return WHICH_OF_THEM.test(normaliseText(question).replace(OPENING, ''));
}
/** A preposition that opens "and on the economy?", "what about in the camps?". */
const PREPOSITION = /^(on|in|for|to|at|with|during|after|before|under|by|among|from)\b/;

/** A share or a count asked by, in or at a year, and nothing of what: "what % by 1937", "how many by 1932?". */
const FIGURE_BY_YEAR = /^(?:what|whats|how many|how much)(?: (?:was|were|is|are|the))? (?:percent|percentage|proportion|share|number|many|much)?\s*(?:by|in|at|for) (?:1[89]\d\d)$|^(?:how many|how much|what percent(?:age)?|what proportion|what share)(?: (?:was|were|is|are|by|in|at|for))* (?:1[89]\d\d)$/;

/** Polite openings of a request ("can you", "pls"): they say nothing of what it is about. */
const ASKING = /^(?:(?:can|could|would|will) (?:you|u) |(?:pls|plz|please) )*/;
/** Asking to have the last answer said more simply: "explain that simpler", "explain like I'm 10", "in simple words please" ("i dont get it" is CONFUSED's). */
const SIMPLER =
  /^(?:(?:explain|say|put) (?:(?:it|that|this) )?(?:to me )?(?:like|as if) (?:i|im|i m|i am|i was|to|youre talking to|you are talking to) (?:a |an )?(?:\d+|five|ten|twelve|child|kid|baby|beginner|year \d+)(?: year old| yr old| years old)?|explain (?:that|it|this)(?: (?:again|simpler|more simply|simply|easier|more easily|in (?:simple|simpler|easy|easier|plain|normal) (?:terms|words|english)))*|explain (?:simpler|more simply|simply|easier|in (?:simple|simpler|easy|easier|plain|normal) (?:terms|words|english))|(?:make|keep) (?:that|it|this) (?:short|shorter|simple|simpler|easy|easier|brief|briefer|quick)|shorter(?: version)?|(?:the )?short version|tl ?dr|too long(?: didn ?t read| didnt read)?|sum (?:that|it|this) up|in short|(?:in |with |use )?(?:simple|simpler|easy|easier|plain|normal|basic) (?:terms|words|english|language)|(?:say|put) (?:that|it|this) (?:more )?(?:simply|simpler|easier|in (?:simple|simpler|easy|easier|plain|normal) (?:terms|words|english))|simplify(?: (?:that|it|this))?|simpler|easier|more simply|dumb (?:it|that|this) down|eli\d*|(?:what|wat|wot) (?:do|does|did) (?:you|that|it|this) (?:mean|meen)|(?:what|wat|wot) (?:was|is) (?:that|it|this) (?:supposed to mean|meaning))\b/;
/**
 * Asking for it simpler as a student new to English does: "more simple please", "can you say it more easy", "simple
 * words pls", "explain me easy", "a bit easier".
 */
/** "Easy" and "simple" as a student new to English may spell them ("esay", "simpel"), for SIMPLER_PLAINLY. */
const PLAIN_WORD = '(?:simple|simpler|simply|simpel|simle|easy|easier|easily|esay|eazy|easey|easyer|easer|basic|plain|clear|clearer|clearly)';
const SIMPLER_PLAINLY = new RegExp(
  '^(?:' +
    [
      // A verb, what it is said of, then how: "say it more easy", "explain me simple", "write it in easy words" ("explian": a slip).
      `(?:explain|explian|expain|explane|explan|say|tell|write|put|make|give|do)(?: (?:it|that|this|me|to me|for me|the answer|answer|again))* (?:in )?(?:(?:a|an|much|more|bit|little|lil) )*${PLAIN_WORD}`,
      // "More simple", "a bit easier", "little bit more easy".
      `(?:more|much|a bit|bit|a little|little|lil)(?: (?:more|bit|little))* (?:${PLAIN_WORD}|understandable)`,
      // "Simple words", "in easy english", "easy version", "in a simple way".
      `(?:in )?(?:a |an )?(?:${PLAIN_WORD}|short|shorter) (?:words?|english|language|way|version|terms|explanation|answer)`,
      // "Simple pls", "easier please": the word alone, asked politely.
      '(?:simple|easy)(?= (?:pls|plz|please)\\b)',
      '(?:less|not so|not that) (?:hard|difficult|complicated|complex)',
    ].join('|') +
    ')\\b',
);
/**
 * Saying the last answer was not understood: "i don't understand", "i not understand", "i dont get it", "too
 * difficult". Read on the words as typed ("don't" keeps its "not"), the whole message and nothing else.
 */
const CONFUSED =
  /^(?:(?:sorry|but|ok|okay|hmm+|um+|sir|miss|teacher|pls|please|still|really|so|very|i|me|im|i m|i am) )*(?:(?:(?:do|did|does|can|ca|could|would) not|dont|didnt|cant|cannot|couldnt|doesnt|not|no|never) (?:really |quite |fully |totally )?(?:understand|understood|undrestand|understnad|unerstand|understant|get|got|follow|know what (?:you|it|that) means?)(?: (?:it|that|this|you|anything|nothing|at all|the answer|your answer|the text|what you (?:mean|said|say|wrote)|what (?:it|that|this) means?|much|well|very well|properly|sorry))*|confused|lost|(?:(?:it is|its|it s|that is|thats|that s|this is) )?(?:too|very|so) (?:hard|difficult|complicated|complex|confusing)(?: to understand)?|hard to understand)(?: (?:pls|plz|please|sorry|sir|miss|teacher))*$/;

/** Asking to go further with the last answer: "give me an example", "tell me more", a bare "and?" (issue 19: "more on it"). */
const FURTHER = /^(?:(?:give|show) (?:me )?(?:an? |some )?examples?|any examples?|examples?|for example|like what|and(?: then)?(?=$)|tell me more|more (?:detail|details|info|information)|go on|elaborate|expand(?: on (?:that|it|this))?)\b/;
/** Asking for the last answer again as it was: "say it again", "repeat that". */
const AGAIN = /^(?:(?:say|repeat|read|show) (?:that|it|this)(?: one more time)?|repeat|one more time|come again|what did you say)$/;
/** …and, of those, one that asks for examples ("give me an example", "like what"), answered with the answer's own. */
const FOR_EXAMPLE = /\b(?:examples?|instance|like what)\b/i;

/** Whether a request to go further with the last answer asks for examples. */
export function asksForExample(question: string): boolean {
  return FOR_EXAMPLE.test(question);
}

/** Words a student adds to a request that say nothing more of it: "pls", "again", "bro". */
const FILLERS = 'pls|plz|please|again|exactly|quick|quickly|thanks|ty|bro|mate|lol';
/**
 * What a student says of themselves beside a request, in normalised words ("don't" reads "do", "I'm" reads "i"): their
 * English ("my english not so good", "english is my second language", "sorry for my bad english"), or that they did not
 * understand ("i dont understand"). It says why they ask, not what: "english" here is no subject of the course.
 */
const ASIDES = [
  '(?:sorry )?(?:for )?my (?:bad |poor |broken |weak )?english(?: (?:is|s|isnt|is not))?(?: (?:not|no|very|so|too|that|really|a bit|bit))*(?: (?:good|great|well|bad|poor|weak|basic|broken|perfect))?',
  'english (?:is |s )?(?:not )?my (?:first|second|third|native|1st|2nd|3rd) language',
  'i (?:am |m )?(?:not|no) (?:so |very |that |too |really )?(?:good|great) (?:at|in|with) english',
  'i (?:am |m )?(?:still )?(?:learning|new to|bad at|weak in|weak at|bad in) english',
  'i (?:do not |do |dont |can not |cannot |cant |can )?(?:speak|read|understand|know) (?:much |good |very good )?english(?: (?:well|good|very well|so well|much))?',
  'i (?:do not |do |dont |did not |didnt |did |not |no |can not |cant |can |still )?(?:really )?(?:understand|understood|undrestand|understant|understnad|unerstand|get it|get this|get that)(?: (?:it|that|this|anything|nothing|at all|well))*',
  'sorry',
].join('|');
/** What a student adds to a request that says nothing more of it: those words, or what they say of themselves. */
const SAYS_NOTHING_MORE = new RegExp(`\\b(${FILLERS}|${ASIDES})\\b`, 'g');
/** What they say of themselves, wherever it is in the request ("my english is bad, explain simpler", "i dont understand explain more easy"). */
const ASIDES_ANYWHERE = new RegExp(`\\b(?:${ASIDES})\\b`, 'g');
/** The longer of the two readings of a request for it simpler: "explain it more easy" is more than "explain it". */
function simplerRequest(s: string): RegExpExecArray | null {
  const [formal, plain] = [SIMPLER.exec(s), SIMPLER_PLAINLY.exec(s)];
  return formal && plain ? (plain[0].length > formal[0].length ? plain : formal) : (formal ?? plain);
}
/** A request as read: its asides, the words that open any turn and polite openings taken off. */
function asRequest(question: string): string {
  return normaliseText(question).replace(ASIDES_ANYWHERE, ' ').replace(/\s+/g, ' ').trim().replace(OPENING, '').replace(ASKING, '');
}
/** Those words before or after a message ("bro i dont understand", "i dont get it lol"). */
const FILLERS_AROUND = new RegExp(`^(?:(?:${FILLERS}) )+|(?: (?:${FILLERS}))+$`, 'g');

/** What a student may ask of the last answer itself: it said more simply, taken further, or said again; or that they did not understand it. */
export type RequestAboutLast = 'simpler' | 'confused' | 'further' | 'again';

/**
 * A request about the last answer itself, not a question of its own: to have it said more simply
 * ("explain that simpler"), to go further with it ("give me an example", "tell me more"), or to have it
 * again ("say it again"). A request that names its own subject ("give me an example of propaganda") is a
 * question like any other.
 */
export function requestAboutLast(question: string, lexicon: Lexicon = PLAIN_LEXICON): RequestAboutLast | undefined {
  // "I don't understand": normaliseText drops the "n't", so the words are read as typed.
  const typed = question.toLowerCase().replace(/[’‘`´]/g, "'").replace(/n't\b/g, ' not').replace(/[^a-z0-9]+/g, ' ').trim();
  // Read with the words that open any turn ("ok", "lol") and the fillers around it ("bro", "pls") taken off.
  if (CONFUSED.test(typed.replace(OPENING, '').replace(FILLERS_AROUND, '').trim())) return 'confused';
  const s = asRequest(question);
  // "Say it again", "repeat that pls": the request with what says nothing more of it taken out.
  if (AGAIN.test(s.replace(SAYS_NOTHING_MORE, ' ').replace(/\s+/g, ' ').trim()) || /^(?:what|wat) was that again\b/.test(s)) return 'again';
  const simpler = simplerRequest(s);
  const found = simpler ?? FURTHER.exec(s);
  if (!found) return undefined;
  const rest = s.slice(found[0].length).replace(SAYS_NOTHING_MORE, ' ');
  if (lexicon.termsOf(rest.split(' ').filter(Boolean)).some((t) => isContentTerm(t))) return undefined;
  return simpler ? 'simpler' : 'further';
}

/** A way of asking for it simpler that reads the last answer only ("what does that mean"): never followed by a question of its own. */
const ONLY_ABOUT_LAST = /^(?:what|wat|wot)\b/;
/** Asking for it simpler after the question: "what was the NEP in simple words", "why did stalin win, explain like im 10", "the gulag, keep it short". */
const SIMPLER_AFTER =
  /\s(?:(?:(?:explain|say|put) (?:(?:it|that|this) )?(?:to me )?)?(?:like|as if) (?:i|im|i m|i am|i was|to|you re talking to|youre talking to) (?:a |an )?(?:\d+|five|ten|twelve|child|kid|baby|beginner|year \d+)(?: year old| yr old| years old)?|(?:for|to) (?:a |an )?(?:\d+|five|ten|twelve) (?:year|yr) old|(?:explain(?: (?:it|that|this))? )?(?:in |with |using )?(?:simple|simpler|easy|easier|plain|normal|basic) (?:terms|words|english|language)|(?:but )?(?:keep|make) (?:it|that|this) (?:short|shorter|simple|simpler|easy|brief|quick)|in short|tl ?dr|eli\d+|(?:(?:in )?(?:a |the )?short(?:er)? version))(?: (?:pls|plz|please))?$/;
/** "Explain the NEP simply": "simply" or "briefly" last, where the request opens with "explain". */
const EXPLAIN_SIMPLY = /^(?:explain|describe|summari[sz]e|tell me about)\b.*\s(?:simply|briefly|quickly|easily)(?: (?:pls|plz|please))?$/;

/**
 * The question of its own a request for a simpler answer carries: "why stalin won" in "explain like I'm 10 why
 * stalin won", "what was the gulag" in "shorter pls: what was the gulag", "what was the NEP" in "what was the NEP
 * in simple words". Undefined for a request about the last answer alone ("explain like I'm 10"), which
 * requestAboutLast reads, and for any message that asks nothing simpler.
 */
export function simplerAsking(question: string, lexicon: Lexicon = PLAIN_LEXICON): string | undefined {
  const s = asRequest(question);
  const owns = (rest: string) => {
    const words = rest.replace(SAYS_NOTHING_MORE, ' ').replace(OPENING, '').replace(/\s+/g, ' ').trim();
    return lexicon.termsOf(words.split(' ').filter(Boolean)).some((t) => isContentTerm(t)) ? words : undefined;
  };
  const before = simplerRequest(s);
  if (before) return ONLY_ABOUT_LAST.test(before[0]) ? undefined : owns(s.slice(before[0].length).replace(/^\s*(?:and|but|so|then)\b/, ''));
  const after = SIMPLER_AFTER.exec(s);
  if (after) return owns(s.slice(0, after.index).replace(/\s(?:and|but|so)$/, ''));
  return EXPLAIN_SIMPLY.test(s) ? owns(s.replace(/\s(?:simply|briefly|quickly|easily)(?: (?:pls|plz|please))?$/, '')) : undefined;
}

/** "What does requisitioned mean?", "what is meant by the Great Turn?", "define smychka": the word's meaning asked. */
const MEANING = [
  // "What did that mean": "did" is no part of the word asked.
  /^(?:what|wat|wot|whats|wats)(?: (?:does|do|dose|dos|did))? (.+?) (?:mean|means|meen|meens|stand for|stands for)$/,
  /^(?:what|wat|wot)(?: is|s| was) (?:meant by|the meaning of|the definition of) (.+)$/,
  /^(?:meaning of|definition of|define) (.+)$/,
];
/**
 * The same asked as a student new to English asks it: "what mean this word X", "what means X", "what is meaning of X",
 * "what does mean X", "what is X meaning", "X mean what", "X meaning?", "tell me the meaning of X".
 */
const MEANING_PLAINLY = [
  // Not "means of": "what means of propaganda helped Stalin" asks about means.
  /^(?:what|wat|wot)(?: is| was|s)? (?:the )?(?:means(?! of\b)|(?:mean|meaning|meanin|meen)(?: of)?) (.+)$/,
  /^(?:what|wat|wot)(?: does| do| did) (?:mean|means|meen) (.+)$/,
  /^(?:what|wat|wot)(?: is| was|s) (?:the )?(?!(?:the|main|real|true|actual|whole|hidden|deeper|overall|exact|its|their|his|her)\b)(.+?) (?:meaning|mean|means)$/,
  /^(?:explain|tell me|tell|say|give me|give) (?:the |me the )?(?:meaning|definition)(?: of)? (.+)$/,
  /^(?!(?:what|wat|why|how|who|when|where|which|does|did|do|is|was|were|are)\b)(.+?) (?:mean|means|meaning|meant) (?:what|wat)$/,
  /^(?!(?:what|wat|why|how|who|when|where|which|does|did|do|is|was|were|are)\b)(.+?) (?:meaning|definition)$/,
];
/** What a question of those patterns names is no word if it has a verb of its own: "what means did Stalin use" asks about means. */
const HAS_VERB = /\b(?:did|do|does|was|were|is|are|has|have|had|can|could|would|will|should|used?)\b/;

/** Where a word asked about was met: "here", "in this answer", "in that sentence", "in this context" (the last answer). */
const IN_THE_LAST_ANSWER = /\s(?:here|there|in (?:this|that|the|your|ur) (?:answer|text|sentence|context|case|bit|part|paragraph|reply|one))$/;

/** A word that points back ("that", "the name"): "what does that mean" asks about the last answer, not a word. */
const NO_WORD = /^(?:(?:that|this|it|they|those|these|he|she|his|its|them|the|a|an) )?(?:that|this|it|they|those|these|he|she|him|them|word|words|term|terms|name|names|phrase|acronym|abbreviation|letters|bit|part|one|first one|second one|last one)$/;

/**
 * The word or phrase whose meaning a question asks ("requisitioned" in "what does requisitioned mean?"), or
 * undefined when it asks no meaning, or the meaning of "that" (a request about the last answer).
 */
export function meaningAsked(question: string): string | undefined {
  const s = normaliseText(question)
    .replace(OPENING, '')
    .replace(ASKING, '')
    .replace(/\b(?:pls|plz|please|exactly)\b/g, ' ')
    // "What does quota mean here?", "what does purge mean in this answer": where the word was met, not part of it.
    .replace(IN_THE_LAST_ANSWER, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const plainly = MEANING_PLAINLY.map((m) => m.exec(s)?.[1]).find(Boolean);
  const asked = MEANING.map((m) => m.exec(s)?.[1]).find(Boolean) ?? (plainly && !HAS_VERB.test(plainly) ? plainly : undefined);
  // "What was that supposed to mean" points back as "what does that mean" does.
  if (!asked || NO_WORD.test(asked) || /^(?:was|is|did|does) (?:that|this|it)\b/.test(asked)) return undefined;
  const word = asked.replace(/^(?:the |a |an |this |that )?(?:word |term |phrase )?(?:the |a |an )?/, '').trim();
  if (!word || NO_WORD.test(word) || word.split(' ').length > 4) return undefined;
  return word;
}

/** Years and spans of years ("1927–28", "the 1930s"): a date, not a figure. */
const YEARS = /\b1[89]\d\d(?:s|\s*[–-]\s*\d{2,4})?\b/g;
/** "What was her name?", "which historian…", "who did it?": a person is asked for. */
const ASKS_A_NAME = /\b(?:name|names|named|called|historians?)\b/;
/** A person's full name as the notes write it: "Nadezhda Alliluyeva", "Lavrenty Beria" (not a sentence's first word alone). */
const FULL_NAME = /\b[A-Z][a-z]+ (?:[A-Z][a-z]+ )?[A-Z][a-z]{2,}\b/;
const FULL_NAMES = new RegExp(FULL_NAME.source, 'g');
/**
 * A full name as the notes write it that may be a person's: its last word is no everyday English word, as "the Red Army",
 * "the Soviet Union", "the Winter War" end in one. (A historian whose surname is a word, Robert Conquest, is one of the
 * course's people, which are read first.)
 */
function writtenAsAName(phrase: string): boolean {
  return !everydayWords().common.has((phrase.split(' ').at(-1) ?? '').toLowerCase());
}

/**
 * A sentence that gives a reason: "because", "so that", "fear of", what had happened before ("the Terror had damaged the
 * economy"), or an excuse or blame.
 */
const GIVES_A_REASON = /\b(?:because|so that|in order to|reasons?|motives?|feared|fears?|fearing|worried|wanted|needed|hoped|had (?:been |become |grown |begun |gone |made |seen |shown |\w+ed\b)|excuse|justif(?:y|ied)|blamed?|threat(?:ened)?|to (?:stop|prevent|avoid|save|end|protect|win|keep|get rid of))\b/i;
/** A sentence that says what came later: "afterwards", "by 1932", "resumed", "later". */
const GIVES_LATER = /\b(?:later|afterwards|after that|then|soon|resumed|again|by (?:the end of )?1[89]\d\d|from 1[89]\d\d|eventually|in the end|left|returned)\b/i;
/** "And after?", "what happened after?", "and then?": what followed, asked bare. */
const ASKS_AFTER = /^(?:and |so |ok )?(?:what (?:happened|came|comes|happens|followed) )?(?:after|afterwards|after that|then|next|later)$/;
/** "Which one was better for the peasants?", "which was worse": a comparison of the two things the last answer set side by side. */
const ASKS_WHICH_OF_TWO = /^(?:which|wich)(?: one| of them| of the two| of those| of these)?(?: (?:was|were|is|are|had|s))? (?:more|most|less|fewer|better|worse|best|worst)\b/;
/**
 * "Why did they matter?", "why was it so important?": what difference the thing made, asked with "why" (a cause to the
 * intents, where its significance is meant)…
 */
const ASKS_SIGNIFICANCE = /^(?:and |but )?(?:why|how) (?:did|does|do) (?:it|they|that|this|these|those|[a-z]+) (?:really |even )?(?:matter|mattered)\b|^(?:and |but )?why (?:was|were|is|are) (?:it|they|that|this|these|those) (?:so |really |that )?(?:important|significant)\b|\bwhat difference did\b/;
/** …and the sentence that says it: what the thing made, let or was a tool of ("so it was a tool of control"). */
const GIVES_SIGNIFICANCE = /\b(?:so (?:it|they|that) (?:was|were|could|became|made|gave)|which meant|this meant|meant that|making (?:it|them|him)|made (?:it|them|him) (?:a|an|the|possible)|tools? of|weapons? of|the base of|allowed|enabled|let (?:him|them|it|the)|gave (?:him|them|it|the))\b/i;
/** "What book was that in?", "which books did she write?": a book's title asked… */
const ASKS_A_BOOK = /\b(?:what|which|wat|wich) (?:book|books|title|titles)\b|\b(?:name|names|title|titles) of (?:the |her |his |that |this )?(?:book|books)\b/;
/** …and a sentence that gives one: a title with its year ("Everyday Stalinism (1999)"), or what someone wrote. */
const GIVES_A_BOOK = /\(\d{4}\)|\b(?:wrote|written|published)\b/;
/** Who may be asked for ("who did it?"): a person's name, else a name of the course's people as the reader finds them. */
type PeopleIn = (normalised: string) => readonly string[];
/** What a sentence gives that a kind of question asks for: a date for "when", a figure for "how many", a place for "where". */
const GIVES: readonly (readonly [(asked: ReadonlySet<Intent>, s: string) => boolean, (sentence: string) => boolean])[] = [
  // A year in brackets after a name is when a book or article came out ("Ellman (2007)"), not a date of the subject.
  [(asked) => asked.has('date'), (x) => /\b1[89]\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i.test(x.replace(CITED_YEAR, ' '))],
  [(asked) => asked.has('figures'), (x) => /\d|%|\b(?:hundreds?|thousands?|millions?|dozens?|half|third|quarter)\b/i.test(x.replace(YEARS, ' '))],
  [(_asked, s) => /^where\b|\bwhere (?:did|was|were|is|are|do)\b/.test(s), (x) => /\b(?:in|to|at|from|near) (?:the )?[A-Z][a-z]+/.test(x)],
  // "Which one was more common?" after how two things differed: the sentence that says which had more.
  [(_asked, s) => ASKS_WHICH_OF_TWO.test(s), (x) => /\b(?:most|more|fewer|less|majority|minority|better|worse)\b/i.test(x)],
  // "Why did Stalin stop it?" after how the Terror ended: the sentence giving the reason, where the last question asked none.
  [(asked, s) => asked.has('cause') && !ASKS_SIGNIFICANCE.test(s), (x) => GIVES_A_REASON.test(x)],
  // "Why did they matter?" after what the MTS were: the sentence saying what they made of the farms (a tool of control).
  [(_asked, s) => ASKS_SIGNIFICANCE.test(s), (x) => GIVES_SIGNIFICANCE.test(x)],
  // "What book was that in?" after a historian's card: the sentences giving the titles of her books.
  [(_asked, s) => ASKS_A_BOOK.test(s), (x) => GIVES_A_BOOK.test(x)],
  // "And after?": what the last answer says came later.
  [(_asked, s) => ASKS_AFTER.test(s), (x) => GIVES_LATER.test(x)],
];
/** A year in brackets: when a work came out ("Ellman (2007)"), which dates the historian's book, not the subject. */
const CITED_YEAR = /\(\d{4}\)/g;
/** Words a date question uses for what it asks ("what year", "which date"): no word of the subject a sentence could share. */
const DATE_ASKED_WORDS = /\b(?:year|years|date|dates|day|month|time|exactly)\b/g;
/** Sentences a follow-up's fitting part may quote, at most, and how much of the answer: more would be the answer again. */
const MAX_FITTING = 2;
const MAX_FITTING_SHARE = 0.6;

/**
 * The sentences of the last answer that give what a follow-up asks of it: "how many died?" after the kulaks'
 * deportation, its figures of the dead; "where did they go?", its places; "what was her name?", the sentence naming her;
 * "who did it?", the first naming someone (`people`: the course's people a text names); "why did he stop it?", the one
 * giving a reason. None when no sentence gives what the question asks for or shares two of its words, or when they are
 * most of the answer: then the answer as a whole is all there is.
 */
/** A question about someone's death ("when did he die"; not "how many cow they kill", which asks a figure)… */
const ASKS_DEATH = /\b(?:die|died|dies|dying|dead|death)\b/i;
/** …and the sentence that gives it, though it never says "die" ("Nikolaev shot him"). */
const DYING = new RegExp(`\\b(?:${DYING_WORDS.join('|')})\\b`, 'i');

export function fittingPart(question: string, answer: string, lexicon: Lexicon = PLAIN_LEXICON, people?: PeopleIn): string | undefined {
  const s = normaliseText(question).replace(OPENING, '').replace(FILLERS_AROUND, '').trim();
  const asked = intentsOf(question);
  const looksFor = GIVES.filter(([asks]) => asks(asked, s)).map(([, gives]) => gives);
  // "What year?": "year" is what is asked, not a word a sentence about "the famine years" answers by sharing.
  const ownWords = asked.has('date') ? s.replace(DATE_ASKED_WORDS, ' ') : s;
  const own = new Set(lexicon.termsOf(ownWords.split(' ').filter(Boolean)).filter((t) => isContentTerm(t)));
  const years = question.match(/\b1[89]\d\d\b/g) ?? [];
  const asksShare = /%|\bper ?cent|\bpercentage|\bproportion\b/i.test(question);
  const asksDeath = ASKS_DEATH.test(question);
  const asksBook = ASKS_A_BOOK.test(s);
  // "What was her name?", "who did it?": a sentence naming someone in full, else one naming any of the course's people.
  const asksName = asked.has('person') || ASKS_A_NAME.test(s);
  const sentences = sentencesOf(answer);
  // The course's people (and their aliases) first; else a name written in full that is no phrase of everyday words: "the
  // Red Army", "the Soviet Union", "the Winter War" are never who did it.
  const coursePerson = (x: string) => (people?.(normaliseText(x)).length ?? 0) > 0;
  const fullNamed = (x: string) => [...x.replace(/^\S+\s*/, '').matchAll(FULL_NAMES)].some((m) => writtenAsAName(m[0]));
  const named = asksName ? (people && sentences.some(coursePerson) ? coursePerson : sentences.some(fullNamed) ? fullNamed : coursePerson) : undefined;
  // "Who did it?": what it asks is said once, by the first sentence naming the one who did it.
  // "What year?", "when was that?" naming nothing of their own: the first sentence dating the subject, not every date after it.
  const most = named || (asked.has('date') && own.size === 0 && years.length === 0) ? 1 : MAX_FITTING;
  const scored = sentences.map((sentence) => {
    const terms = new Set(lexicon.termsOf(normaliseText(sentence).split(' ')));
    const shared = [...own].filter((t) => terms.has(t)).length;
    // "What % by 1937?": the sentence with that year, and a share, says it.
    const ownYear = years.some((y) => sentence.includes(y)) ? 2 : 0;
    const share = asksShare && /%|\bper ?cent\b/i.test(sentence) ? 1 : 0;
    // "When did he die?": the sentence where he is shot, killed or executed, though it never says "die".
    // "How did he die?" of a man: that sentence is his answer (issue 19: "he was killed… with an ice axe").
    const death = asksDeath && DYING.test(sentence) ? (/\b(?:he|she|him|her)\b/.test(s) ? 2 : 1) : 0;
    // "What book was that in?": the sentence giving most titles with their years.
    const titles = asksBook ? Math.max(0, (sentence.match(/\(\d{4}\)/g)?.length ?? 0) - 1) : 0;
    const gives = looksFor.some((g) => g(sentence)) || (named?.(sentence) ?? false);
    return { sentence, score: (gives ? 2 : 0) + shared + ownYear + share + death + titles };
  });
  const best = Math.max(...scored.map((x) => x.score));
  const fitting = scored.filter((x) => x.score === best).map((x) => x.sentence);
  if (best < 2) return undefined;
  // Two sentences that would be most of the answer ("how much steel" after the plans' output, every sentence a figure of
  // steel): the first alone, if it is not and it gives what was asked in a word of the question's own as well.
  const part = [fitting.slice(0, most).join(' '), ...(best > 2 ? [fitting[0] ?? ''] : [])].find((p) => p.length <= answer.length * MAX_FITTING_SHARE);
  return part || undefined;
}

/** Whether a question asks the title of a book ("what book was that in?"), which the last answer may give by name and year. */
export function asksATitle(question: string): boolean {
  return ASKS_A_BOOK.test(normaliseText(question).replace(OPENING, ''));
}

/** Whether a question asks for a fact a sentence can give: a figure, a date, a place or a name ("how many died there?", "what was her name?"). */
export function asksAFact(question: string): boolean {
  const s = normaliseText(question).replace(OPENING, '');
  const asked = intentsOf(question);
  return asked.has('figures') || asked.has('date') || asked.has('person') || ASKS_A_NAME.test(s) || ASKS_A_BOOK.test(s) || /^where\b/.test(s);
}

/** How much of an answer a reply showed: its first sentences ("explain that simpler"), or its examples ("give me an example"). */
export type AnswerPart = 'short' | 'examples';

/** A sentence that gives an example ("such as", "for example"). */
const EXAMPLE = /\b(?:for example|for instance|such as|e\.g\.|including|an example)\b/i;

/** The part of an answer a reply shows, the whole when it has no such part: what Read aloud reads too. */
export function answerPart(answer: string, part: AnswerPart | undefined): string {
  if (part === 'short') return sentencesOf(answer).slice(0, 2).join(' ');
  const examples = part === 'examples' ? sentencesOf(answer).filter((s) => EXAMPLE.test(s)) : [];
  return examples.length > 0 ? examples.join(' ') : answer;
}

/** Whether an answer gives examples of its own ("such as…"), which "give me an example" leads with. */
export function givesExamples(answer: string): boolean {
  return sentencesOf(answer).some((s) => EXAMPLE.test(s));
}

/**
 * What a question names of its own, when it names anything: a person, a term, a place, a year. A
 * question that names a thing of the course asks about that thing, not about the last answer's.
 */
export interface SubjectReader {
  /** The spans of normalised text that name a thing of their own ("bukharin", "socialism in one country", "1932"). */
  names(normalised: string): string[];
  /** Whether a word names only something every question of the course could be about ("stalin", "the party"). */
  isShared(word: string): boolean;
  /** The first person a normalised text names, by the name it uses. */
  person(normalised: string): string | undefined;
  /** Every person a normalised text names, in order, by the longest name it uses for each. */
  people?(normalised: string): string[];
  /** How words are read into terms (the course's synonyms among them): what counts a question's own words. */
  readonly lexicon: Lexicon;
  /**
   * The people whose cards say they came after a man in a post ("succeeded Kirov as Leningrad party boss"), by his
   * surname as normalised, with what their cards say of it: "who replaced him?" when the last answer does not say.
   */
  successorsOf?(surname: string): readonly { readonly name: string; readonly said: string }[];
}

export interface SubjectWords {
  /** Names of more than one word (people, terms, topics and their aliases): each names a thing whatever its words. */
  readonly names: readonly string[];
  /** Everyday English: a word of it names nothing by itself ("housing", "weapons", "line"). */
  readonly everyday: ReadonlySet<string>;
  /** Names every question of the course could use ("stalin", "soviet", "party"): knowledge/vocabulary.yaml, sharedNames. */
  readonly shared: readonly string[];
  /** People's names and aliases, each of which a pronoun may stand for. */
  readonly people?: readonly string[];
  /** The everyday synonyms alone by default. */
  readonly lexicon?: Lexicon;
  /** Whether a word is a misspelling of everyday English ("happend"), which names nothing. */
  readonly misspelt?: (word: string) => boolean;
  /** Who came after whom, as the person cards say (SubjectReader.successorsOf). */
  readonly successorsOf?: SubjectReader['successorsOf'];
}

/** A card's words saying its person came after another in a post: "succeeded Kirov as…", "after Kirov's murder… he took over". */
const CAME_AFTER = (surname: string) =>
  new RegExp(`\\b(?:succeeded|replaced|took over from|in place of) (?:[A-Z][a-z]+ )?${surname}\\b|\\bafter ${surname}['’]s (?:murder|death|fall|arrest|removal|execution|dismissal|killing)\\b[^.]*\\b(?:took over|took charge|replaced|succeeded)\\b`);

/** By a man's surname as normalised, the people whose cards (role, then summary) say they came after him, with the sentence saying it. */
function successorsIn(people: KnowledgeBase['people']): Map<string, { name: string; said: string }[]> {
  const found = new Map<string, { name: string; said: string }[]>();
  const surnames = people.map((p) => p.name.split(' ').at(-1) ?? p.name);
  for (const person of people) {
    const sentences = [person.role, ...sentencesOf(person.summary)];
    for (const surname of surnames) {
      if (person.name.endsWith(surname)) continue;
      const pattern = CAME_AFTER(escapeRegExp(surname));
      const said = sentences.find((x) => pattern.test(x));
      if (said) found.set(normaliseText(surname), [...(found.get(normaliseText(surname)) ?? []), { name: normaliseText(person.name), said }]);
    }
  }
  return found;
}

const YEAR = /^(1[89]\d\d|1[89]\d0s|[1-9]0s)$/;
/** Months and days, which date one of a series ("the second show trial in January 1937") and not the next. */
const DATE_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2})$/;

/** Reads the names a question uses: multi-word names of the course, years, and words that are no everyday English. */
export function subjectReader(words: SubjectWords): SubjectReader {
  const shared = new Set(words.shared);
  const phrases = [...new Set(words.names.map((n) => normaliseText(n)).filter((n) => n.includes(' ') && n.split(' ').some((w) => !STOPWORDS.has(w) && !shared.has(w))))];
  // Longest first, so "union of soviet writers" is found whole before "soviet writers".
  phrases.sort((a, b) => b.length - a.length);
  const pattern = phrases.length > 0 ? new RegExp(`\\b(${phrases.map(escapeRegExp).join('|')})\\b`, 'g') : undefined;
  const people = [...new Set((words.people ?? []).map((n) => normaliseText(n)).filter(Boolean))];
  const lexicon = words.lexicon ?? PLAIN_LEXICON;
  // "wat", "wen", "hw": texting spellings of question words name nothing either.
  const plainWord = (w: string) => lexicon.applySynonyms(w);
  const isName = (w: string) =>
    // A number picks out one thing ("article 136", "order 00447", "the trial of the 16").
    /\d/.test(w) || (w.length > 2 && !/^\d+$/.test(w) && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !QUESTION_WORDS.has(plainWord(w)) && !STOPWORDS.has(plainWord(w)) && !shared.has(w) && !words.everyday.has(w) && !(words.misspelt?.(w) ?? false));
  return {
    ...(words.successorsOf ? { successorsOf: words.successorsOf } : {}),
    names(s) {
      const found: string[] = [];
      const rest = pattern ? s.replace(pattern, (m) => (found.push(m), ' ')) : s;
      for (const w of rest.split(' ')) if (w && isName(w)) found.push(w);
      return found;
    },
    isShared: (w) => shared.has(w),
    lexicon,
    person(s) {
      let first: { name: string; at: number } | undefined;
      for (const name of people) {
        const at = ` ${s} `.indexOf(` ${name} `);
        if (at >= 0 && (!first || at < first.at || (at === first.at && name.length > first.name.length))) first = { name, at };
      }
      return first?.name;
    },
    people(s) {
      const found: { name: string; at: number }[] = [];
      for (const name of people) {
        const at = ` ${s} `.indexOf(` ${name} `);
        if (at >= 0) found.push({ name, at });
      }
      // "leonid nikolaev" and "nikolaev" are one man: the longest name found at or around a place is kept.
      found.sort((a, b) => a.at - b.at || b.name.length - a.name.length);
      return found.filter((f, i) => !found.slice(0, i).some((g) => f.at >= g.at && f.at + f.name.length <= g.at + g.name.length)).map((f) => f.name);
    },
  };
}

/** What the fact base names (people, terms, topics): a question naming one asks about it, not about the last answer. */
export function courseSubjectReader(kb: Pick<KnowledgeBase, 'people' | 'terms' | 'topics' | 'vocabulary'>): SubjectReader {
  const people = kb.people.flatMap((p) => [p.name, ...p.aliases]);
  const names = [...people, ...kb.terms.flatMap((t) => [t.term, ...t.aliases]), ...kb.topics.flatMap((t) => [t.title, ...t.aliases])];
  const courseWords = new Set(names.flatMap((n) => normaliseText(n).split(' ')));
  const everyday = everydayWords().common;
  // Names of the course no everyday word spells ("stalin", "kirov"): a slip of one names it ("who was Stailn?").
  const courseNames = [...courseWords, ...kb.vocabulary.sharedNames].filter((w) => w.length >= 5 && !everyday.has(w));
  const slipOfCourseName = (w: string) => courseNames.some((n) => Math.abs(n.length - w.length) <= 1 && typoDistance(w, n, 1) <= 1);
  const successors = successorsIn(kb.people);
  return subjectReader({
    successorsOf: (surname) => successors.get(surname) ?? [],
    names,
    everyday,
    shared: kb.vocabulary.sharedNames,
    // "Shostakovich" for Dmitri Shostakovich: a pronoun stands for the name as the question used it.
    people: [...people, ...kb.people.map((p) => p.name.split(' ').at(-1) ?? p.name)],
    lexicon: createLexicon(kb.vocabulary.synonyms),
    // "What happend to them": a slip of everyday English is no name, unless a name of the course is spelt so
    // or it is as near a name of the course ("stailn" is a slip of "stain" and of "Stalin").
    misspelt: (w) => !courseWords.has(w) && slipOfEverydayWord(w) && !slipOfCourseName(w),
  });
}

/** Without the fact base's names, only years count as names (and every word is everyday English). */
export function yearsOnlyReader(lexicon: Lexicon = PLAIN_LEXICON): SubjectReader {
  return { names: (s) => s.split(' ').filter((w) => YEAR.test(w)), isShared: () => false, person: () => undefined, lexicon };
}
const YEARS_ONLY = yearsOnlyReader();

/** "Was it the same as the Nazi camps?", "was that worse than the famine?": what it points back to, compared with something else. */
export function comparesLast(question: string): boolean {
  return COMPARED.test(normaliseText(question).replace(OPENING, ''));
}

/** Whether a question has a word that points back ("it", "him", "that one"), beyond those that point nowhere ("the newspaper that…"). */
export function pointsBack(question: string): boolean {
  return POINTS_BACK.test(normaliseText(question).replace(POINTS_NOWHERE, (_found, word?: string) => word ?? ' '));
}

/** "What were the purges then?": "then" last in a question asking what something is means "in that case", and points at nothing. */
const DISCOURSE_THEN = /^((?:who|what) (?:is|was|were|are)\b.*|whats\b.*) then$/;

/**
 * Whether a question has no word that makes it lean: nothing points back ("it", "he", "that", "those", "there"; a "then"
 * closing "what were the purges then?" does not), it does not carry on ("and…", "what about…"), ask what came next or
 * before, stop where its subject should follow ("how did Stalin respond?"), or ask a figure by a year alone. Such a
 * question leans only for naming little, and when alone it fits an entry near word for word it asks about that entry.
 */
export function leansByNoWord(question: string, lexicon: Lexicon = PLAIN_LEXICON): boolean {
  const s = normaliseText(question.replace(/%/g, ' percent ')).replace(OPENING, '').replace(FILLERS_AROUND, '').trim();
  if (!s) return false;
  const own = s.replace(DISCOURSE_THEN, '$1');
  return !pointsBack(own) && !carriesOn(s, lexicon) && !NEXT_ASKED.test(s) && !BEFORE_ASKED.test(s) && !DANGLING.test(s) && !FIGURE_BY_YEAR.test(s) && !COMPARED.test(s);
}

/** Words that say which of a series, not what: "the first line", "the second plan". */
const SERIES_WORD = /^(?:first|second|third|fourth|fifth|last|next|previous|other|same|main|whole|new|old)$/;

/**
 * Whether a question that may lean only for naming little (leansByNoWord: no word of it points back, carries on or
 * dangles) still leans on the last answer, when alone the notes have no sure answer to it: by an ellipsis, a thing of
 * one word put as known ("what happened in the vote?", "when did the first line open?", "what was wrong with the
 * weapons?": which vote, line, weapons but the last answer's?), or by asking about what the last answer said (at most
 * one word of its own, an aspect aside, that the last question and answer do not use: "why was housing so bad?" after
 * living conditions). "Why did the provisional government fail?" after War Communism does neither: it names a thing
 * of its own in words the last answer never uses, and is answered as asked alone, refused or unsure, never bent
 * towards the last answer. A question with a word that leans ("it", "and…", "what about…") always leans.
 */
export function leansByEllipsis(question: string, previous: { readonly question: string; readonly answer: string }, reader: SubjectReader = YEARS_ONLY): boolean {
  if (!leansByNoWord(question, reader.lexicon)) return true;
  const s = normaliseText(question.replace(/%/g, ' percent ')).replace(OPENING, '').replace(FILLERS_AROUND, '').trim();
  const content = (w: string) => !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && reader.lexicon.termsOf([w]).some((t) => isContentTerm(t));
  // "The vote", "the first line": "the" and one word of substance, then the question's end or a little word.
  const words = s.split(' ');
  for (const [i, w] of words.entries()) {
    if (w !== 'the') continue;
    const phrase: string[] = [];
    for (const next of words.slice(i + 1)) {
      if (!content(next) && !SERIES_WORD.test(next)) break;
      phrase.push(next);
    }
    if (phrase.filter((x) => !SERIES_WORD.test(x)).length === 1) return true;
  }
  const termsOf = (text: string) => reader.lexicon.termsOf(normaliseText(text).split(' ')).filter((t) => isContentTerm(t) && !reader.isShared(t));
  const said = termsOf(`${previous.question} ${previous.answer}`);
  const saidSet = new Set(said);
  const wasSaid = (t: string) => saidSet.has(t) || (t.length >= 3 && said.some((w) => w.length > t.length && w.startsWith(t)));
  const own = termsOf(s.replace(ASPECT, ' '));
  return own.filter((t) => !wasSaid(t)).length <= 1;
}

/**
 * Whether a question leans on what came before: 'yes' when it carries on ("and Kamenev?"), points back
 * and names little of its own ("how long did it take?"), or is a bare question ("why?", "how many
 * died?"); 'maybe' when it points back but names something too ("what did Stalin do about it in the
 * 30s?"… a year does not count; "that" and "then" lean for sure: "was Bukharin in that one?"), or is
 * short and names nothing ("why was housing so bad?"): /ask reads it
 * with the last answer only when alone it finds no answer or a weak one; 'no' when it names a thing of
 * its own ("who was Kirov?"), brings one in ("what is a purge?"), is a bare name ("famine"), is long, or
 * its pronoun stands for something it names itself ("what did Khrushchev reveal in his speech?").
 */
export function leansOnPrevious(question: string, reader: SubjectReader = YEARS_ONLY): 'yes' | 'maybe' | 'no' {
  // "What % of farms…" is not "what of…?": the sign is a word here, or the question would read as carrying on.
  const s = normaliseText(question.replace(/%/g, ' percent ')).replace(OPENING, '');
  if (!s) return 'no';
  if (carriesOn(s, reader.lexicon)) return asksOfItsOwn(s, reader) ? 'maybe' : 'yes';
  // "What happened next?": nothing of its own but what came after the last answer.
  if (NEXT_ASKED.test(s) || BEFORE_ASKED.test(s)) return 'yes';
  // "What is a purge?": "a" brings in something new, where "what were the results?" points back.
  if (INDEFINITE.test(s)) return 'no';
  const { named, rest, personBefore } = readNames(s, reader);
  const own = reader.lexicon.termsOf(s.split(' ')).filter((t) => isContentTerm(t));
  const shared = s.split(' ').some((w) => reader.isShared(w));
  // A long question says what it is about, whatever its pronouns ("Stalin didn't like dissidents. What did he do to them?").
  if (own.length > FOLLOW_UP_DEFAULTS.maxOwnTermsDoubtful) return 'no';
  // "Which one was better for the peasant?": one of the things the last answer set side by side, whatever else it names.
  if (WHICH_OF_THEM.test(s) && own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack) return 'yes';
  // "Is Russia still communist?", "what is propaganda?" just after an answer ask about today, or about one word: not about the answer.
  const aboutOneWord = WHAT_A_WORD_IS.test(s) && own.length === 1 && !s.match(ASPECT) && !ORDINAL.test(s);
  if (!POINTS_BACK.test(rest) && (ABOUT_TODAY.test(s) || aboutOneWord || EXAM_QUESTION.test(s))) return 'no';
  // "What was it like in the camps?": an "it" that stands for nothing, before the place or life it asks of.
  if (IMPERSONAL_IT.test(s) && own.length > 0 && !POINTS_BACK.test(rest.replace(IMPERSONAL_IT, ' '))) return 'no';
  if (POINTS_BACK.test(rest)) {
    // "What did Khrushchev reveal in his speech": "his" is Khrushchev, named just before; likewise in a second question.
    if (personBefore) return 'no';
    // A year says when, not what: "how did Stalin change it in the 30s?" still leans on "it".
    if (named.some((n) => !YEAR.test(n))) {
      // "Was Bukharin in that one?", "what happened to Zinoviev and Kamenev then?": "that" and "then" stand for what came
      // before, never for what the question names (where "it" often does: "what was Gosplan and what did it do?").
      if ((THAT_OR_THEN.test(rest) || COMPARED.test(s)) && own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack) return 'yes';
      // "How did the govt use him?" after Stakhanov's record: "him" is a man, and the question names none (the
      // government is no man), so he is the one who came before, as surely as in "how did they use him".
      if (ONLY_A_MAN.test(rest) && !reader.person(s) && own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack) return 'yes';
      return 'maybe';
    }
    // "How did they edit people out of photos?": a "they" that is all that points back may be anyone (the
    // authorities), so a question saying this much of its own only may lean.
    const theyAlone = !POINTS_BACK_BUT_THEY.test(rest);
    if (theyAlone && own.length >= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack) return 'maybe';
    return own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack ? 'yes' : 'maybe';
  }
  // "How did Stalin respond?", "did peasants leave the collective farms after?": whatever it names, what it is about is missing.
  if (DANGLING.test(s)) return 'yes';
  // "What % by 1937?": a share or a count by a year says when, not of what: that is the last answer's subject.
  if (named.length > 0 && named.every((n) => YEAR.test(n)) && FIGURE_BY_YEAR.test(s) && own.filter((t) => !/^\d/.test(t)).length <= FOLLOW_UP_DEFAULTS.maxBareTerms + 1) return 'yes';
  if (named.length > 0) return 'no';
  // "What was the most important reason?", "what were the main effects?": an aspect and how it weighs, nothing it is of.
  if (own.length > 0 && ASKS.test(s) && !shared && AN_ASPECT_WEIGHED.test(s) && s.replace(ASPECT, ' ').replace(WEIGHED, ' ').split(' ').every((w) => !w || reader.lexicon.termsOf([w]).every((t) => !isContentTerm(t)))) return 'yes';
  // A bare question ("why?", "how many died?"), not a bare name ("famine", "right opposition"), which is asked on its own.
  if (own.length <= FOLLOW_UP_DEFAULTS.maxBareTerms && ASKS.test(s) && !shared) return 'yes';
  // A short question that names nothing may lean ("why was housing so bad?", "how did Stalin respond?"), but
  // "who was Molotov?" names its subject as much as "who was Kirov?".
  return own.length <= FOLLOW_UP_DEFAULTS.maxOwnTermsPointingBack && ASKS.test(s) && !(shared && DEFINITION.test(s)) ? 'maybe' : 'no';
}

/** "The famine, how many died": a thing, then a question asked of it. */
const THING_THEN_QUESTION = /^(.+?) ((?:how|why|when|who|where|what|which) .+)$/;
/**
 * "Was he right?", "were they right to…": "right" as correct, not the Right (the Right Opposition), when it follows "was"
 * and a word that points back.
 */
const RIGHT_AS_CORRECT = /\b((?:was|were|is|are|wasnt|werent|isnt|arent) (?:he|she|it|that|this|they|those|these)(?: (?:really|actually|even|ever|just|completely|totally|partly|at all|not))*) right\b(?! (?:opposition|wing|deviation|deviationists?|and the left)\b)/;

/**
 * The question with "right" as an adjective ("was he right?") left out, so the Right Opposition is not what it asks about.
 * Not swapped for "correct": the matcher reads that as the word in "corrective labour camp".
 */
export function rightAsCorrect(question: string): string {
  const s = normaliseText(question);
  return RIGHT_AS_CORRECT.test(s) ? s.replace(RIGHT_AS_CORRECT, '$1') : question;
}

/** "Kazakhstan too?", "the army as well?": something new and the word that says the last question is asked of it too. */
const TOO = /^(.+?) (?:too|as well|also)$/;

/**
 * What a question carries on with: "kamenev" in "and Kamenev?", "economic factors" in "what about economic factors?",
 * "kazakhstan" in "Kazakhstan too?". Undefined for a question that goes on, naming its own subject ("and how many were
 * sent to the gulag in the 1930s after the famine?"), or for one that asks anew ("were there women too?").
 */
function carriedOnWith(s: string, lexicon: Lexicon): string | undefined {
  const opening = CARRY_ON.exec(s);
  const said = opening ? s.slice(opening[0].length) : TOO.exec(s)?.[1];
  if (said === undefined || (!opening && ASKS.test(said))) return undefined;
  const rest = said.replace(/ (?:too|as well|also)$/, '');
  const terms = lexicon.termsOf(rest.split(' ')).filter((t) => isContentTerm(t)).length;
  // "Me too", "that too": "too" with nothing new is no carrying on.
  if (!opening && terms === 0) return undefined;
  return terms <= FOLLOW_UP_DEFAULTS.maxCarryOnTerms ? rest : undefined;
}

/** "And Kamenev?", "what about economic factors?", "Kazakhstan too?": carrying on and little else (a question that goes on names its own subject). */
function carriesOn(s: string, lexicon: Lexicon): boolean {
  return carriedOnWith(s, lexicon) !== undefined;
}

/**
 * "And how many were sent to the gulag?": after its "and", a whole question that names a thing of its own (not a year)
 * and points back at nothing asks about that thing, as it would alone; "and how many died?", "and Kamenev?" do not.
 */
function asksOfItsOwn(s: string, reader: SubjectReader): boolean {
  const rest = carriedOnWith(s, reader.lexicon) ?? s;
  if (!ASKS.test(rest) || ORDINAL.test(rest)) return false;
  const { named, rest: unnamed } = readNames(rest, reader);
  return named.some((n) => !YEAR.test(n)) && !POINTS_BACK.test(unnamed);
}

/** The names a question uses, the rest of its text (less its names and words that only look as if they point back), and whether a pronoun stands for something the question names itself. */
function readNames(s: string, reader: SubjectReader): { named: string[]; rest: string; personBefore: boolean } {
  let rest = s.replace(POINTS_NOWHERE, (_found, word?: string) => word ?? ' ');
  const names = reader.names(s);
  for (const n of names) rest = rest.replace(new RegExp(`\\b${n}\\b`), ' ');
  const person = reader.person(s);
  const firstName = Math.min(...[...names, ...(person ? [person] : [])].map((n) => ` ${s} `.indexOf(` ${n} `)).filter((i) => i >= 0), Infinity);
  // "He", "his", "its", "their" after a name stand for it ("why did the Ukrainians not give up their land"),
  // but an object "him" never does ("why did Stalin turn on him": himself would be Stalin).
  const pronoun = /\b(he|his|she|her|hers|its|their)\b/.exec(s);
  // "What are collectives and why were they created?": a pronoun in a second question stands for the first's subject.
  const second = /^(.*?)\b(and|but|or)\b.*?\b(it|its|they|them|their|he|him|his|she|her)\b/.exec(s);
  const firstPart = second ? reader.lexicon.termsOf((second[1] ?? '').split(' ').filter(Boolean)).filter((t) => isContentTerm(t)) : [];
  return { named: names, rest, personBefore: (!!pronoun && firstName < pronoun.index) || firstPart.length >= 2 };
}

/**
 * The last question's words less its question words and stopwords: what it was about. A name of the course is kept
 * whole, stopwords and all: "the short course" is not "course" ("who wrote it?" after the Short Course).
 */
function subjectOf(previous: string, reader: SubjectReader): string {
  const names = new Set(reader.names(previous).flatMap((n) => n.split(' ')));
  return previous
    .split(' ')
    .filter((w) => w && (names.has(w) || (!QUESTION_WORDS.has(w) && !STOPWORDS.has(w))))
    .join(' ');
}

/**
 * The question to ask for a follow-up. A question that carries on with something new asks the last
 * question again about it: its name in place of the last one's ("what about Kamenev?" after "Who was
 * Zinoviev?" is "who was kamenev"), its aspect in place of the last one's ("and the failures?" after the
 * successes of the plan), its ordinal ("and the third one?"), its place or time ("and on the economy?").
 * Anything else ("how long did it take?") is read with the last question's subject, its words less the
 * question words ("how long did it take to build moscow metro").
 */
export function readWithPrevious(question: string, previousQuestion: string, reader: SubjectReader = YEARS_ONLY, previousAnswer?: string): string {
  const s = asOutput(normaliseText(question).replace(OPENING, ''));
  const previous = normaliseText(previousQuestion);
  // "And next?" after the first five-year plan is the second plan, not the last question carried on with the word
  // "next": a step through the series comes before carrying on (undefined when the last question names no member of one).
  const stepped = nextInSeries(s, previous);
  if (stepped) return stepped;
  const carriedOn = carriedOnWith(s, reader.lexicon);
  if (carriedOn !== undefined) {
    const rest = carriedOn.replace(/^(the )?(same|other) (for|with|about) /, '').trim();
    // "Kazakhstan too?" after the regions worst hit by the famine: as well as what the last one named, not in its place.
    if (!CARRY_ON.test(s)) return `${previous} ${rest}`;
    // "And the famine, how many died?": a question of its own about what it carries on with, not the last one's asked of it.
    const asked = THING_THEN_QUESTION.exec(rest);
    if (asked && reader.lexicon.termsOf((asked[1] ?? '').split(' ')).some((t) => isContentTerm(t))) return `${asked[2]} ${asked[1]}`;
    // "What about women?" after Stakhanov's record: a new subject, nothing of the last question's to put it in place of, is
    // asked about on its own ("women"); the last answer's topic is preferred where the follow-up is ranked, never that answer.
    if (newSubject(rest, previous, reader, previousAnswer)) return `${rest} ${withoutNames(subjectOf(previous, reader), previous, reader)}`.trim();
    if (reader.lexicon.termsOf(rest.split(' ')).some((t) => isContentTerm(t)) || ORDINAL.test(rest)) return carryOn(rest, previous, reader);
  }
  const named = namingTheMan(s, previous, reader);
  // "Did Stalin order it?" after who Nikolaev was: "it" is what the answer says he did, not the man.
  const deed = named === s && /\bit\b/.test(s) && previousAnswer !== undefined ? deedOf(reader.names(previous).filter((n) => !YEAR.test(n)), previousAnswer, reader) : undefined;
  if (deed) return s.replace(/\bit\b/g, deed);
  const own = (named !== s ? named : s.replace(STANDS_FOR_SUBJECT, ' ')).replace(WHO_ELSE, 'who');
  // A time of its own replaces the last question's ("…in the 30s?" after the 1920s).
  const ownTime = s.split(' ').some((w) => YEAR.test(w));
  const said = (movesOn(own, previous, reader, previousAnswer) ?? subjectOf(previous, reader))
    .split(' ')
    .filter((w) => !(ownTime && YEAR.test(w)))
    .join(' ');
  // "How much did they actually produce?" after the plan's targets: what it achieved, not what it aimed at again.
  const subject = ACTUALLY.test(s) && new RegExp(AIMED.source).test(said) ? `${said.replace(AIMED, ' ')} achieve results` : said;
  return `${own} ${subject}`.replace(/\s+/g, ' ').trim();
}

/**
 * A correction of what the last answer took a question to mean: "no, I mean the economy - industry and farming, not
 * education", "not education, the economy", "I meant Zinoviev". What was meant, and what was not (if it says).
 */
const CORRECTION = [
  /^(?:no+|nope|nah|not quite|wrong)?,?\s*(?:i|i ?m|im) (?:mean|meant|was asking about|was asking|asked about|am asking about|m asking about) (?<meant>.+?)(?:,?\s*(?:-+|–|—)?\s*not (?<not>[^,.;!?]+))?[.!?]*$/i,
  /^(?:(?:no+|nope|nah),?\s*)?not (?<not>[^,.;!?]+?)\s*(?:,|-+|–|—)\s*(?:i mean |i meant )?(?<meant>[^.;!?]+)[.!?]*$/i,
];

/** A question of its own after "I mean" or "not …,": asked, not a correction of the last one. */
const ASKS_ITS_OWN = /\?\s*$/;
const QUESTION_OPENING = /^(?:who|what|when|where|why|how|which|whose|did|does|do|was|were|is|are|can|could|should|would|will)\b/i;
/** What a correction says it is not must name something: not "sure", "really", "that one", "quite", "exactly". */
const NAMES_WHAT_IT_IS_NOT = /^(?! (?:sure|really|quite|exactly|that|this|that one|this one|so|yet|now|much|bad|great|good|bothered|ok|okay) $)/;

export interface Correction {
  readonly meant: string;
  readonly not?: string;
}

/** What a correction says was meant, and not; undefined for any other question. */
export function readCorrection(question: string): Correction | undefined {
  const s = question.trim().replace(/\s+/g, ' ');
  for (const pattern of CORRECTION) {
    const g = pattern.exec(s)?.groups;
    const meant = g?.['meant']?.replace(/^(?:the|a|an)\s+(?=\S)/i, '').replace(/^[\s,:-]+|[\s,:-]+$/g, '').trim();
    const not = g?.['not']?.trim();
    // What was meant is a subject, not a question of its own ("I mean why did Stalin kill Kirov?", "not sure, what was
    // the NEP?"), and what it is not names something ("not sure", "not really", "not that one" correct nothing).
    if (!meant || ASKS_ITS_OWN.test(question) || QUESTION_OPENING.test(meant) || (not !== undefined && !NAMES_WHAT_IT_IS_NOT.test(` ${normaliseText(not)} `))) continue;
    if (normaliseText(meant).split(' ').some((w) => isContentTerm(w))) return { meant, ...(not ? { not } : {}) };
  }
  return undefined;
}

/**
 * The last question asked again with what a correction says was meant: "how successful were stalins economic policies"
 * and "no, I mean industry and farming, not education" is "…economic policies: industry and farming" (the words of what
 * it is not left out); "I meant Zinoviev" after who Kamenev was is "who was zinoviev". Undefined for a question that
 * corrects nothing.
 */
export function correctedQuestion(question: string, lastAsked: string | undefined, reader: SubjectReader = YEARS_ONLY): string | undefined {
  const correction = readCorrection(question);
  if (!correction || !lastAsked) return undefined;
  const last = lastAsked.trim().replace(/[?.!\s]+$/, '');
  // "I meant Zinoviev" after who Kamenev was: a name in the place of the last one's, as "and Zinoviev?" would be.
  const meantNames = reader.names(normaliseText(correction.meant)).filter((n) => !YEAR.test(n));
  const lastName = reader.names(normaliseText(last)).find((n) => !YEAR.test(n));
  if (meantNames.length > 0 && lastName && !correction.not) return normaliseText(last).replace(lastName, meantNames.join(' '));
  // What it is not, left out of the last question's words where they say it ("education" of "…education policy").
  const not = correction.not ? new Set(normaliseText(correction.not).split(' ').filter((w) => isContentTerm(w))) : new Set<string>();
  const kept = last.split(' ').filter((w) => !not.has(normaliseText(w))).join(' ');
  // What it is not is only left out: its words would find it again.
  return `${kept}: ${correction.meant}`;
}

/** "What did they make?", "what did it produce?\": what something turned out, its output (not what it was made of or for). */
const MADE_ASKED = /^(?:so |and )?what (?:did|do|does) (they|it|them|those|these) (?:make|made|produce|produced|manufacture|turn out)$/;

/** A question asking what something pointed back to made, as a question of its output ("what was their output"); else as it was. */
function asOutput(s: string): string {
  const m = MADE_ASKED.exec(s);
  return m ? `what was ${m[1] === 'it' ? 'its' : 'their'} output` : s;
}

/** A question's words less its names and years: what it asked of its subject ("record set" of Stakhanov's). */
function withoutNames(words: string, previous: string, reader: SubjectReader): string {
  const names = new Set(reader.names(previous).flatMap((n) => n.split(' ')));
  return words.split(' ').filter((w) => w && !names.has(w) && !YEAR.test(w)).join(' ');
}

/**
 * Whether what a question carries on with is a new subject in the place of the man the last question was about: no
 * name (a name takes the last one's place as it is), no aspect, ordinal, place or time (they take the last one's), and
 * words of its own none of which the last question or its answer uses ("women", "skools" after Stakhanov's record).
 * "And the failures?", "what about in the camps?", "what about Kamenev?" are not.
 */
function newSubject(rest: string, previous: string, reader: SubjectReader, previousAnswer: string | undefined): boolean {
  // Of a man, a new subject takes his place; of a thing, it may be a part of it ("what about universities" after education).
  const man = reader.person(previous);
  if (previousAnswer === undefined || !man || man.split(' ').every((w) => reader.isShared(w)) || ORDINAL.test(rest) || PREPOSITION.test(rest) || new RegExp(ASPECT.source).test(rest) || reader.names(rest).length > 0) return false;
  const termsOf = (text: string) => reader.lexicon.termsOf(text.split(' ').filter(Boolean)).filter((t) => isContentTerm(t) && !reader.isShared(t));
  const asked = [...new Set(termsOf(rest))];
  if (asked.length === 0) return false;
  const said = termsOf(normaliseText(`${previous} ${previousAnswer}`));
  return !asked.some((t) => said.some((w) => w === t || (t.length >= 4 && (w.startsWith(t) || t.startsWith(w)))));
}

/**
 * What a follow-up asking something of its own leans on: the last question's names alone ("collectivisation"), not its
 * other words. "How many cow they kill?" after how far collectivisation had strengthened the USSR asks of
 * collectivisation's livestock, not of its strength by 1941: two or more words of its own (not names every question
 * shares), none of which the last question or answer uses, say what it asks; the last question says only what of.
 * Undefined when the follow-up says less than that, or the last question names nothing.
 */
function movesOn(own: string, previous: string, reader: SubjectReader, previousAnswer: string | undefined): string | undefined {
  if (previousAnswer === undefined) return undefined;
  const termsOf = (text: string) => reader.lexicon.termsOf(text.split(' ').filter(Boolean)).filter((t) => isContentTerm(t) && !reader.isShared(t));
  const asked = [...new Set(termsOf(own))];
  if (asked.length < 2) return undefined;
  const said = termsOf(normaliseText(`${previous} ${previousAnswer}`));
  const wasSaid = (t: string) => said.some((w) => w === t || (t.length >= 4 && (w.startsWith(t) || t.startsWith(w))));
  if (asked.some(wasSaid)) return undefined;
  const names = reader.names(previous).filter((n) => !YEAR.test(n) && !n.split(' ').every((w) => reader.isShared(w)));
  return names.length > 0 ? names.join(' ') : undefined;
}

/**
 * "What happened next?" after the first show trial: the last question asked of the next of its series ("what happened
 * at the second moscow show trial"), its years left out, since the next has its own; "what happened before that?" of the
 * one before. Undefined when the question asks neither, or the last one names no ordinal of a series.
 */
function nextInSeries(s: string, previous: string): string | undefined {
  const step = NEXT_ASKED.test(s) ? 1 : BEFORE_ASKED.test(s) ? -1 : 0;
  const ordinal = step === 0 ? undefined : new RegExp(`\\b(${SERIES.join('|')})\\b`).exec(previous)?.[1];
  const other = ordinal ? SERIES[SERIES.indexOf(ordinal) + step] : undefined;
  if (!ordinal || !other) return undefined;
  return previous
    .replace(new RegExp(`\\b${ordinal}\\b`), other)
    .split(' ')
    .filter((w) => !YEAR.test(w) && !DATE_WORDS.test(w))
    .join(' ');
}

/** "What happened to him?" after what Yezhov did: "him" is the person the last question named. */
function namingTheMan(s: string, previous: string, reader: SubjectReader): string {
  const person = reader.person(previous);
  // By the name the notes use most ("kirov", not "sergei kirov": the first name weighs for his own card alone).
  const surname = person?.split(' ').at(-1);
  return surname && HE.test(s) ? s.replace(new RegExp(HE.source, 'g'), surname) : s;
}

/**
 * The follow-up as asked, with "he", "him" or "his" named as the man the last question named ("what happened to
 * nikolai yezhov"): read alone, "what happened to him" fits any entry that says "what happened to him" (Yagoda's);
 * likewise "it" as what the last question named ("when was labour book brought in"), where "when was it brought in"
 * alone fits any entry on something brought in.
 */
export function followUpAlone(question: string, previousQuestion: string, reader: SubjectReader = YEARS_ONLY, previousAnswer?: string): string {
  const s = asOutput(normaliseText(question).replace(OPENING, ''));
  // "What happened next?" alone fits whatever happened next to anything: it is the next of the last one's series.
  const stepped = nextInSeries(s, normaliseText(previousQuestion));
  if (stepped) return stepped;
  // "Who else ran the NKVD?": alone, who ran it ("else" is the one before, whom the last answer was about).
  if (WHO_ELSE.test(s)) return s.replace(WHO_ELSE, 'who');
  const named = namingTheMan(s, normaliseText(previousQuestion), reader);
  if (named !== s) return named;
  // "When was it brought in?" after the labour book: read alone, "it" is what the last question named (its names of
  // the course, not a year or a small number such as the 2 of "2+2=5"), so the question alone asks about that thing.
  // "Why did the party hate them?" after the Nepmen: "they" is what it named, if that is many. Where it named no
  // such thing, "they" may be anyone, so it is left out (read alone, "them" fits any entry saying so).
  const previousNames = reader.names(normaliseText(previousQuestion)).filter((n) => !YEAR.test(n) && !/^\d{1,2}$/.test(n));
  // "Did Stalin order it?" after who Nikolaev was: "it" is never the man, but what the answer says he did.
  const deed = /\bit\b/.test(s) && previousAnswer !== undefined ? deedOf(previousNames, previousAnswer, reader) : undefined;
  const names = deed ? [deed] : previousNames;
  // "Kazakhstan too?" after the regions the famine hit worst: alone, Kazakhstan's famine.
  const too = CARRY_ON.test(s) ? undefined : carriedOnWith(s, reader.lexicon);
  if (too && names.length > 0) return `${too} ${names.join(' ')}`;
  // "How did Stalin respond?": alone it fits any response of his; what is missing is what the last question named
  // ("did peasants leave the farms after?" names what it is about, and alone asks about that).
  if (DANGLING.test(s) && names.length > 0 && reader.names(s).length === 0) return `${s} ${names.join(' ')}`;
  const many = manyNamed(names, normaliseText(previousQuestion), reader);
  const resolved = s.replace(/\b(?:it|its)\b/g, (w) => (names.length > 0 ? ` ${names.join(' ')} ` : w)).replace(/\b(?:they|them)\b/g, (w) => (many.length > 0 ? ` ${many.join(' ')} ` : w));
  const bare = resolved.replace(STANDS_FOR_SUBJECT, ' ').replace(/\s+/g, ' ').trim();
  return bare !== s && bare ? bare : question;
}

/**
 * What "they" and "them" may stand for in the last question: its names of many ("the kulaks"), all its names when it asks
 * who they were ("how did stalin beat them" after who the Right Opposition were), else the words of many it uses
 * ("why did the state want them to" after how many women worked in industry: the women).
 */
function manyNamed(names: readonly string[], previous: string, reader: SubjectReader): string[] {
  const many = names.filter((n) => PLURAL.test(n));
  if (many.length > 0) return many;
  if (names.length > 0) return /^who (?:were|are)\b/.test(previous) ? [...names] : [];
  return previous
    .split(' ')
    .filter((w) => w.length > 3 && PLURAL.test(w) && !YEAR.test(w) && !STOPWORDS.has(w) && !QUESTION_WORDS.has(w) && !reader.isShared(w) && reader.lexicon.termsOf([w]).some((t) => isContentTerm(t)));
}

/**
 * What a man the last question named only did, as its answer's first sentence says ("…who shot Sergei Kirov dead at the
 * Smolny…"), less his own names and little words: what "it" stands for after "who was Nikolaev?". Undefined when the
 * last question names anything but people.
 */
function deedOf(names: readonly string[], answer: string, reader: SubjectReader): string | undefined {
  if (names.length === 0 || !reader.people) return undefined;
  const people = new Set(reader.people(names.join(' ')).flatMap((n) => n.split(' ')));
  if (!names.every((n) => n.split(' ').every((w) => people.has(w)))) return undefined;
  const first = normaliseText(sentencesOf(answer)[0] ?? '');
  // What he did to whom: each other person the sentence names, with the word before ("shot sergei kirov").
  const others = reader.people(first).filter((n) => !n.split(' ').some((w) => people.has(w) || reader.isShared(w)));
  const done = others.map((n) => {
    const before = ` ${first} `.split(` ${n} `)[0]?.trim().split(' ').at(-1) ?? '';
    return STOPWORDS.has(before) || QUESTION_WORDS.has(before) ? n : `${before} ${n}`;
  });
  return done.length > 0 ? done.join(' ') : undefined;
}

/** "Who replaced him?", "and his successor?", "who took over from him?": asks for the man who came after the one named before. */
const SUCCESSOR = /\b(?:replacement|replaced|replace|successors?|succeeded|succeed|took over from|take over from|came after|after him)\b/;
/** A name as the notes write it: capitalised words ("Beria", "Lavrentiy Beria"). */
const NAME_WRITTEN = '[A-Z][a-z]+(?: [A-Z][a-z]+)*';

/**
 * The man who came after the one the last question named, as the last answer says ("Yezhov was replaced by Beria",
 * "Rykov succeeded him"): "and his replacement?" after Yezhov's part in the Terror asks about Beria. Read with the
 * last question instead, the words of Yezhov's own entries outweigh the one word "replacement". Undefined when the
 * question asks no such thing, names no "him", or the answer does not say who came after.
 */
export function successorIn(question: string, previousQuestion: string, answer: string, reader: SubjectReader): string | undefined {
  const s = normaliseText(question).replace(OPENING, '');
  if (!SUCCESSOR.test(s) || !HE.test(s)) return undefined;
  const surname = reader.person(normaliseText(previousQuestion))?.split(' ').at(-1);
  if (!surname) return undefined;
  const man = `${surname.charAt(0).toUpperCase()}${surname.slice(1)}`;
  // In an answer about him, "he" and "him" are mostly the man ("In 1930 he was replaced by Stalin's ally Molotov").
  const him = `(?:${man}|[Hh]e|him)`;
  const by = `(?:[A-Z][a-z]+['’]s [a-z]+ )?(${NAME_WRITTEN})(?!['’])`;
  const said = [
    new RegExp(`\\b${him} was (?:replaced|succeeded) (?:as [a-z ]+ )?by ${by}`),
    new RegExp(`\\breplaced ${him} with ${by}`),
    new RegExp(`(${NAME_WRITTEN}) (?:replaced|succeeded) ${him}\\b`),
  ];
  for (const sentence of sentencesOf(answer)) {
    const found = said.map((re) => re.exec(sentence)?.[1]).find(Boolean);
    if (found) return normaliseText(found);
  }
  // Not in the last answer: the card that says its man came after him ("and who replaced him as Leningrad party boss?"
  // after Kirov's murder: Zhdanov, who succeeded Kirov as Leningrad party boss). Of several, the one whose card uses most
  // of the question's own words (the post asked), if one does more than the rest.
  // Only when the question names the post in its own words, which that card uses ("Leningrad party boss"): "and his
  // successor?" asks what the last answer says.
  const own = new Set(reader.lexicon.termsOf(s.replace(SUCCESSOR, ' ').split(' ').filter(Boolean)).filter((t) => isContentTerm(t) && !reader.isShared(t)));
  const uses = (said: string) => reader.lexicon.termsOf(normaliseText(said).split(' ')).filter((t) => own.has(t)).length;
  const [first, second] = [...(reader.successorsOf?.(surname) ?? [])].sort((a, b) => uses(b.said) - uses(a.said));
  return first && uses(first.said) > 0 && (!second || uses(first.said) > uses(second.said)) ? first.name : undefined;
}

/**
 * Whether a sentence of the last answer quoted for a follow-up (fittingPart) answers it, so the reply needs no "my notes
 * have nothing better" above it: any but a "who…?" that it answers by naming no one new ("who gave him the job?" after
 * the General Secretary's post, quoting "Stalin became General Secretary in April 1922").
 */
export function quoteAnswers(question: string, part: string, lastQuestion: string, reader: SubjectReader): boolean {
  if (!intentsOf(question).has('person') || !reader.people) return true;
  const named = new Set([...reader.people(normaliseText(question)), ...reader.people(normaliseText(lastQuestion))].flatMap((n) => n.split(' ')));
  return reader.people(normaliseText(part)).some((n) => !n.split(' ').some((w) => named.has(w) || reader.isShared(w)));
}

/** "Who were the main artists?", "who was the leading figure?": the foremost people of what the last answer was about. */
const WHO_LED = /^who (?:is|was|were|are) (?:the )?(?:main|leading|key|chief|top|most important|most famous|best known|biggest)\b/;
/** "Who shot him?", "who ran heavy industry?": asks who did something ("who was he?" asks who the last one was). */
const WHO_DID = /^who (?!(?:is|was|were|are|s)\b)[a-z]+\b/;

/**
 * Whether the last answer says who did what a "who did it?" follow-up asks of its subject, in the sentence that names both
 * the one who did it and that subject: "who came up with it?" after Socialism in One Country ("…was the idea, put forward
 * by Stalin from late 1924"), which no entry about him answers (personIn passes over Stalin, whom every question names).
 * Not a sentence naming someone else on the way ("halted… before Beria took over" for "who did the sentencing?" after
 * Order 00447); nor "who was the prosecutor?", which asks who someone was.
 */
export function saysWhoDidIt(question: string, previousQuestion: string, answer: string, reader: SubjectReader): boolean {
  const s = normaliseText(question).replace(OPENING, '');
  if (!WHO_DID.test(s) || WHO_ELSE.test(s) || !reader.people) return false;
  const part = fittingPart(question, answer, reader.lexicon, reader.people);
  if (!part) return false;
  const text = normaliseText(part);
  const subject = reader.names(normaliseText(previousQuestion)).filter((n) => !YEAR.test(n) && !/^\d+$/.test(n));
  return reader.people(text).length > 0 && subject.some((n) => ` ${text} `.includes(` ${n} `));
}

/**
 * The person the last answer says did what a "who did it?" follow-up asks: "who shot him?" after Kirov's murder is
 * Nikolaev ("The gunman was Leonid Nikolaev… Nikolaev was tried in secret and shot"); "who ran heavy industry?" after
 * how industry was managed is Ordzhonikidze ("run by Sergo Ordzhonikidze"). Of the answer's sentences that use the
 * question's own words, the one using most; of its people, the first who is neither named by either question nor a
 * name every question shares (Stalin). Read with the last question instead, that answer's own words outweigh the
 * question's one or two. Undefined when the answer names no such person.
 */
export function personIn(question: string, previousQuestion: string, answer: string, reader: SubjectReader): string | undefined {
  // "And who replaced him…?": the "and" carries on, and says nothing of who.
  const s = normaliseText(question).replace(OPENING, '').replace(/^and (?=who\b)/, '');
  // "Who else ran the NKVD?" asks for another holder of what the last one was, not anyone in his answer.
  const leading = WHO_LED.test(s);
  if ((!WHO_DID.test(s) && !leading) || WHO_ELSE.test(s) || !reader.people) return undefined;
  const successor = successorIn(question, previousQuestion, answer, reader);
  if (successor) return successor;
  const own = new Set(reader.lexicon.termsOf(s.split(' ')).filter((t) => isContentTerm(t)));
  const named = new Set([...reader.people(s), ...reader.people(normaliseText(previousQuestion))].flatMap((n) => n.split(' ')));
  // "Who done it?", "who did that?" after Kirov's murder: nothing of its own but the deed the last answer tells, so the first
  // of the course's people it says did something ("The gunman was Leonid Nikolaev"), neither the one the deed was done to
  // (named by the last question) nor a name every question shares.
  if (own.size === 0 && WHO_DID_IT.test(s))
    return sentencesOf(answer)
      .filter((sentence) => DEED.test(sentence))
      .flatMap((sentence) => reader.people?.(normaliseText(sentence)) ?? [])
      .find((n) => !n.split(' ').some((w) => named.has(w) || reader.isShared(w)));
  if (own.size === 0) return undefined;
  // "Who were the main artists?" after what constructivism was: the first of the course's people the answer names
  // ("Vladimir Tatlin and El Lissitzky were two leading figures"), whatever words it says it in.
  if (leading) return sentencesOf(answer).flatMap((sentence) => reader.people?.(normaliseText(sentence)) ?? []).find((n) => !n.split(' ').some((w) => named.has(w) || reader.isShared(w)));
  let best: { person: string; shared: number } | undefined;
  for (const sentence of sentencesOf(answer)) {
    const text = normaliseText(sentence);
    const shared = new Set(reader.lexicon.termsOf(text.split(' ')).filter((t) => own.has(t)));
    // "Who killed him?" and "the gunman was Leonid Nikolaev": one deed in other words.
    if (KILLING.test(s) && KILLING.test(text)) shared.add(' killing');
    const person = reader.people(text).find((n) => !n.split(' ').some((w) => named.has(w) || reader.isShared(w))) ?? agentIn(text, s, reader);
    if (person && shared.size > (best?.shared ?? 0)) best = { person, shared: shared.size };
  }
  return best?.person;
}

/** "Who did it?", "who done that?", "who was behind it?": who did the deed the last answer tells, in no words of its own. */
const WHO_DID_IT = /^who (?:did|done|do|does|has done|had done|was behind|did this|carried out|ordered) ?(?:it|that|this|them)?$/;
/** A sentence telling who did something: a killing, or a deed done by someone ("the gunman was…", "ordered by…", "led by…"). */
const DEED = /\b(?:kill|killed|killer|murder|murdered|murderer|shot|gunman|assassin|assassinated|ordered|organised|organized|carried out|led|founded|wrote|written|put forward|devised|invented|by [A-Z])\b/;

/** Words for a killing, any of which a "who killed him?" may find said in another ("shot", "the gunman", "assassinated"). */
const KILLING = /\b(?:kill|killed|kills|killing|killer|murder|murdered|murderer|murdering|shot|shoot|shooting|gunman|assassin|assassinated|assassinate|assassination)\b/;

/** Words after "by" that still name the one who did it: "by three-person troikas", "by the local party bosses". */
const AGENT_AFTER_BY = /\bby (?:the |a |an )?((?:[a-z0-9]+ ){0,2}[a-z0-9]+)/g;

/**
 * A body of the course that the sentence says did something ("cases were decided by three-person troikas"): who did
 * it, when no person did ("who decided the sentences?" after Order 00447). Not a name the question itself uses.
 */
function agentIn(text: string, question: string, reader: SubjectReader): string | undefined {
  for (const m of text.matchAll(AGENT_AFTER_BY)) {
    const agent = reader.names(m[1] ?? '').find((n) => !YEAR.test(n) && !/\d/.test(n) && !` ${question} `.includes(` ${n} `));
    if (agent) return agent;
  }
  return undefined;
}

/** The last question asked again about what a carrying-on question names. */
function carryOn(rest: string, previous: string, reader: SubjectReader): string {
  // "And the next one?" after the first plan: the second, not "the next plan" (which names none of the series).
  const step = STEP_WORDS[ORDINAL.exec(rest)?.[1] ?? ''];
  const member = step === undefined ? undefined : SERIES.find((o) => new RegExp(`\\b${o}\\b`).test(previous));
  const stepped = member !== undefined && step !== undefined ? SERIES[SERIES.indexOf(member) + step] : undefined;
  const ordinal = stepped ?? ORDINAL.exec(rest)?.[1];
  // Another of a series has its own dates: "the third" is not in 1936 because the first was.
  if (ordinal && ORDINAL.test(previous))
    return previous
      .replace(ORDINAL, ordinal)
      .split(' ')
      .filter((w) => !YEAR.test(w))
      .join(' ');
  const preposition = PREPOSITION.exec(rest)?.[1];
  if (preposition) {
    const at = previous.lastIndexOf(` ${preposition} `);
    if (at > 0) return `${previous.slice(0, at)} ${rest}`;
  }
  // A year says when, not what: "what about grain by 1940?" does not put 1940 in place of collectivisation.
  const newNames = reader.names(rest).filter((n) => !YEAR.test(n));
  if (newNames.length > 0) {
    const oldName = reader.names(previous)[0];
    if (oldName) return previous.replace(oldName, newNames.join(' '));
  } else if (rest.match(ASPECT) && previous.match(ASPECT)) {
    return `${previous.replace(ASPECT, ' ')} ${rest}`.replace(/\s+/g, ' ').trim();
  }
  // Nothing to put in the last one's place: the last question and what is new, whose own year replaces the last one's.
  const ownTime = rest.split(' ').some((w) => YEAR.test(w));
  return `${ownTime ? previous.split(' ').filter((w) => !YEAR.test(w)).join(' ') : previous} ${rest}`;
}

/** What chooseFollowUp weighs. */
type FollowUpWeights = Pick<typeof FOLLOW_UP_DEFAULTS, 'aloneWeight' | 'aloneWeightDoubtful' | 'sameTopicBonus' | 'sameIntentBonus' | 'repeatPenalty'> & { readonly anotherManPenalty?: number; readonly hisOwnBonus?: number };

/** How a follow-up was read (leansOnPrevious, followUpAlone, asksSomethingNew, intentsOf). */
export interface FollowUpOptions {
  readonly sure: boolean;
  readonly asksAnew: boolean;
  /** The kinds of answer the follow-up asks for (intentsOf): an entry whose own question asks the same fits better. */
  readonly intents?: ReadonlySet<Intent>;
  /** The follow-up asks nothing but its kind of answer of the last subject ("why did it happen": asksOnlyItsKind). */
  readonly onlyKind?: boolean;
  /** Whether an entry is about another man than the one the follow-up's "he" stands for (aboutAnotherMan); an entry asked of him by name gains. */
  readonly anotherMan?: AboutAnotherMan;
}

/**
 * "Was he popular?" after Stalin's post of General Secretary: "he" is Stalin, so an entry whose question names a man
 * neither he nor the follow-up names ("Why might Stalin have seen Kirov as a threat?", where Kirov was the popular one)
 * is about someone else. Undefined when the follow-up's "he" stands for no man of the last question. Likewise for the
 * one whose view it asks of the last subject by name ("what did Trotsky think about it?": viewOf), marked `view`.
 */
export function aboutAnotherMan(question: string, previousQuestion: string, reader: SubjectReader): AboutAnotherMan | undefined {
  const s = normaliseText(question).replace(OPENING, '');
  const previous = normaliseText(previousQuestion);
  // "What did Trotsky think about it?" after why the NEP divided the party: the one whose view is asked is the man.
  const man = HE.test(s) ? reader.person(previous) : viewOf(s, previous, reader);
  if (!man || !reader.people) return undefined;
  const known = new Set([...man.split(' '), ...reader.people(s).flatMap((n) => n.split(' '))]);
  // His names as the notes may write them ("tukhachevsky" for "mikhail tukhachevsky"), less any name every question shares.
  // (Asked his view by name, even a name every question shares is his: "what did Trotsky think about it?".)
  const view = !HE.test(s);
  const his = man.split(' ').filter((w) => w.length > 2 && (view || !reader.isShared(w)));
  const names = (text: string) => his.length > 0 && normaliseText(text).split(' ').some((w) => his.includes(w));
  // "Why stalin kill him?" after Tukhachevsky's card: an entry that never names him (why the Terror happened) cannot say
  // what he did or what was done to him, however well its words fit; one asked of him by name ("What happened to
  // Marshal Tukhachevsky in 1937?") is about him.
  // His view of the last subject is in an entry about both, never asked of another man by name: "What did the Left want
  // to change about the NEP?" ("the Left, led by Trotsky"), not why Bukharin backed the NEP, nor Trotsky's idea of
  // permanent revolution, which says nothing of the NEP.
  const subject = reader.names(previous).filter((n) => !YEAR.test(n) && !n.split(' ').every((w) => reader.isShared(w)));
  const ofSubject = (text: string) => subject.length === 0 || subject.some((n) => ` ${normaliseText(text)} `.includes(` ${n} `));
  const about = (entryQuestion: string, entryAnswer?: string) =>
    (reader.people?.(normaliseText(entryQuestion)).some((n) => !n.split(' ').some((w) => known.has(w) || (!view && reader.isShared(w)))) ?? false) ||
    (entryAnswer !== undefined && his.length > 0 && !names(entryQuestion) && !names(entryAnswer)) ||
    (view && entryAnswer !== undefined && !ofSubject(`${entryQuestion} ${entryAnswer}`));
  // His view is something new, which the last answer, naming him in passing, does not give.
  return Object.assign(about, view ? { view: true as const } : { namesHim: names });
}

/** "What did Trotsky think about it?", "what was Bukharin's view on that?", "did Lenin agree with it?": someone's view of the last subject. */
const ASKS_A_VIEW = /^(?:and |so |but )?(?:what (?:did|does|do|would) (?:[a-z]+ ){1,3}(?:think|say|believe|feel|make) (?:about|of|on|to)|(?:what|how) (?:was|were|is) (?:[a-z]+ ){1,3}(?:view|views|opinion|attitude|position|stance) (?:on|of|to|towards|about)|(?:did|does|was|were) (?:[a-z]+ ){1,3}(?:agree with|support|oppose|like|for|against)) (?:it|that|this|them|those|these)\b/;

/**
 * The one whose view a follow-up asks of the last subject ("what did Trotsky think about it?"): a person it names whom
 * the last question did not name (even one every question shares, asked by name). Undefined for any other follow-up.
 */
function viewOf(s: string, previous: string, reader: SubjectReader): string | undefined {
  if (!ASKS_A_VIEW.test(s) || !reader.people) return undefined;
  const before = new Set(reader.people(previous).flatMap((n) => n.split(' ')));
  return reader.people(s).find((n) => !n.split(' ').some((w) => before.has(w)));
}


/** Whether an entry is about another man than a follow-up's "he" (or never names him), and whether a text names him. */
export interface AboutAnotherMan {
  (entryQuestion: string, entryAnswer?: string): boolean;
  /** Whether a text (an entry's question) names the man the follow-up's "he" stands for. */
  readonly namesHim?: (text: string) => boolean;
  /** The follow-up asks his view of the last subject ("what did Trotsky think about it?"), which is something new. */
  readonly view?: true;
}

/** "Why did it happen", "but how did that start": a follow-up whose only word of its own is what kind of answer it asks. */
const ONLY_ITS_KIND = /^(?:why|how|when|where) (?:did|does|do|was|were|is|could|would) (?:it|that|this|they|all (?:this|that)) (?:happen|happened|start|started|begin|began|occur|occurred|come about|take place)$/;

/**
 * Whether a follow-up asks only for a kind of answer about the last subject ("ok but why did it happen" after the Terror's
 * death toll): then that kind (its causes) tells entries apart more than the last question's words ("arrested", "executed").
 */
export function asksOnlyItsKind(question: string): boolean {
  return ONLY_ITS_KIND.test(normaliseText(question).replace(OPENING, '').replace(FILLERS_AROUND, '').trim());
}

/**
 * What an entry loses for being about another man than the follow-up's "he" (anotherManPenalty); asked someone's view, an
 * entry about another man, or never naming him or the last subject, loses twice that, and one about both gains hisOwnBonus.
 */
function viewOrMan(anotherMan: AboutAnotherMan, entryQuestion: string, entryAnswer: string | undefined, weights: FollowUpWeights): number {
  const penalty = weights.anotherManPenalty ?? 0;
  if (!anotherMan.view) return anotherMan(entryQuestion, entryAnswer) ? penalty : 0;
  return anotherMan(entryQuestion, entryAnswer) ? 2 * penalty : -(weights.hisOwnBonus ?? 0);
}

/** An entry as a ranking weighs it. */
export interface Ranked<E> {
  readonly entry: E;
  readonly key: number;
}

/**
 * The entry that answers a follow-up: the best-weighed of those ranked for the question read with the
 * last one (`together`) and for the question alone (`alone`). Read with the last question, the last
 * answer itself fits best, since its words were added; what the student asks of their own (the question
 * alone) tells which entry about that subject they want, and one on the same topic as the last answer is
 * more likely what they meant than one elsewhere that shares a word.
 */
export function chooseFollowUp<E extends { readonly id: string; readonly topic: string; readonly question?: string; readonly answer?: string }>(
  together: readonly Ranked<E>[],
  alone: readonly Ranked<E>[],
  previous: {
    readonly topic: string;
    /** The last answer, or the same thing said again (its person's or term's card). */
    readonly is: (entry: E) => boolean;
  },
  options: FollowUpOptions,
  weights: FollowUpWeights = FOLLOW_UP_DEFAULTS,
): E | undefined {
  return rankFollowUp(together, alone, previous, options, weights)[0]?.entry;
}

/** chooseFollowUp's scores for every entry either ranking found, best first: the runners-up are what a hedge offers. */
export function rankFollowUp<E extends { readonly id: string; readonly topic: string; readonly question?: string; readonly answer?: string }>(
  together: readonly Ranked<E>[],
  alone: readonly Ranked<E>[],
  previous: { readonly topic: string; readonly is: (entry: E) => boolean },
  options: FollowUpOptions,
  weights: FollowUpWeights = FOLLOW_UP_DEFAULTS,
): { entry: E; score: number }[] {
  // Someone's view of the last subject: the question alone ("what did trotsky think about nep") names both whose and of what.
  const aloneWeight = options.anotherMan?.view ? 1 : options.sure ? weights.aloneWeight : weights.aloneWeightDoubtful;
  const scores = new Map<string, { entry: E; score: number }>();
  const add = (r: Ranked<E>, weight: number) => {
    const had = scores.get(r.entry.id);
    scores.set(r.entry.id, { entry: r.entry, score: (had?.score ?? 0) + weight * r.key });
  };
  for (const r of together) add(r, 1);
  for (const r of alone) add(r, aloneWeight);
  // "How did…" asks for a method in most questions of the course, so it tells entries apart too little to count.
  const asked = [...(options.intents ?? [])].filter((i) => i !== 'method');
  const sameIntent = (entry: E) => asked.length > 0 && entry.question !== undefined && asked.some((i) => intentsOf(entry.question ?? '').has(i));
  const ranked = [...scores.values()].map((c) => ({
    entry: c.entry,
    score:
      c.score +
      (c.entry.topic === previous.topic ? weights.sameTopicBonus : 0) +
      (sameIntent(c.entry) ? weights.sameIntentBonus * (options.onlyKind ? 2 : 1) : 0) -
      ((options.asksAnew || options.anotherMan?.view) && previous.is(c.entry) ? weights.repeatPenalty : 0) -
      (options.anotherMan && c.entry.question !== undefined ? viewOrMan(options.anotherMan, c.entry.question, c.entry.answer, weights) : 0) +
      (options.anotherMan?.namesHim && c.entry.question !== undefined && options.anotherMan.namesHim(c.entry.question) && !previous.is(c.entry) ? (weights.hisOwnBonus ?? 0) : 0),
  }));
  // Stable: of two equal scores, the one found first (the ranking read with the last question) stays first.
  return ranked.sort((a, b) => b.score - a.score);
}

export interface Remembered {
  readonly entryId: string;
  readonly question: string;
  /**
   * The student's own words, when the answer was to a question that stood alone: "give me an essay plan for that"
   * after a points reply plans the question asked ("How successful were the Five-Year Plans?"), not the first point's.
   */
  readonly asked?: string;
  /**
   * The man a follow-up's "he" stood for, when the follow-up named another beside him ("what did Lenin think of him?"
   * after Stalin's post): the answer is about that other's words, but the next "he" ("so why wasn't he sacked?") is still him.
   */
  readonly man?: string;
  /** The reply was "my notes have nothing better than my last answer": said once, never twice in a row. */
  readonly same?: true;
}

/** The man a follow-up's "he" stands for (the last question's), when the follow-up names another person beside him; else undefined. */
export function manMeant(question: string, previousQuestion: string, reader: SubjectReader): string | undefined {
  const s = normaliseText(question).replace(OPENING, '');
  const man = reader.person(normaliseText(previousQuestion))?.split(' ').at(-1);
  if (!man || !HE.test(s) || !reader.people) return undefined;
  return reader.people(s).some((n) => !n.split(' ').includes(man)) ? man : undefined;
}

/** The last question as a follow-up's "he" reads it: with the man remembered for it first, when it does not name him. */
export function previousAsRead(question: string, previous: Pick<Remembered, 'question' | 'man' | 'asked'>, answer?: string, reader?: SubjectReader): string {
  // "What happened to him?" after "who replaced Yagoda…?": "him" is the man the last answer gave (Yezhov), not the one asked about.
  const given = answer !== undefined && reader && HE.test(normaliseText(question)) ? manTheAnswerGave(previous.asked ?? previous.question, answer, reader) : undefined;
  if (given) return `${given} ${previous.question}`;
  const ofTheAnswer = answer !== undefined && reader ? manOfTheAnswer(previous.question, answer, reader) : undefined;
  // A man remembered from before is "he" only while the last answer does not open on another man who it never says
  // is him: "what happened to him" after Kirov's murder, then the Yezhovshchina, is Yezhov (where Bukharin, then the
  // smychka "that Lenin and Bukharin believed in", is still Bukharin).
  const man = previous.man !== undefined && ofTheAnswer !== undefined && answer !== undefined && !opensNaming(previous.man, answer) ? ofTheAnswer : (previous.man ?? ofTheAnswer);
  if (!man || !HE.test(normaliseText(question)) || normaliseText(previous.question).split(' ').includes(man)) return previous.question;
  return `${man} ${previous.question}`;
}

/**
 * The man an answer is about when its question names no one: "what happened to him after?" after "What was the
 * Yezhovshchina?" is Yezhov, the first of the course's people its opening sentences name (not one every question
 * shares, Stalin). Undefined when the question names someone itself, or the opening names no one.
 */
function manOfTheAnswer(previousQuestion: string, answer: string, reader: SubjectReader): string | undefined {
  if (!reader.people || reader.person(normaliseText(previousQuestion))) return undefined;
  const opening = normaliseText(sentencesOf(answer).slice(0, 2).join(' '));
  return reader.people(opening).find((n) => !n.split(' ').some((w) => reader.isShared(w)))?.split(' ').at(-1);
}

/** "Who replaced Yagoda…?", "who succeeded Kirov": a question asking for the man who came after another. */
const ASKS_WHO_CAME_AFTER = /^(?:and |so )?who (?:replaced|succeeded|took over from|came after)\b/;

/**
 * The man a "who came after him?" question was answered with: "who replaced Yagoda as head of the NKVD?" is answered
 * by Yezhov ("Stalin replaced him with Nikolai Yezhov"), and the next "what happened to him?" asks about Yezhov, not
 * Yagoda, whom the question named. His surname; undefined for any other question, or where the answer names no one.
 */
export function manTheAnswerGave(asked: string, answer: string, reader: SubjectReader): string | undefined {
  if (!ASKS_WHO_CAME_AFTER.test(normaliseText(asked).replace(OPENING, ''))) return undefined;
  return successorIn('who replaced him', asked, answer, reader)?.split(' ').at(-1);
}

/**
 * "Who succeeded Kirov?", asked alone: the one man the person cards say came after him (Zhdanov, who "replaced him as
 * Leningrad party chief"). Undefined when the question asks no such thing, or the cards name none or several.
 */
export function successorAsked(question: string, reader: SubjectReader): string | undefined {
  const s = normaliseText(question).replace(OPENING, '');
  if (!ASKS_WHO_CAME_AFTER.test(s)) return undefined;
  const surname = reader.person(s)?.split(' ').at(-1);
  const after = surname ? [...new Set((reader.successorsOf?.(surname) ?? []).map((p) => p.name))] : [];
  return after.length === 1 ? after[0] : undefined;
}

/** Whether an answer's opening sentences (as manOfTheAnswer reads them) name a man by his remembered name. */
function opensNaming(man: string, answer: string): boolean {
  return normaliseText(sentencesOf(answer).slice(0, 2).join(' ')).split(' ').includes(normaliseText(man));
}

/** A word the last reply gave an everyday dictionary's meaning of (no entry of the course), with the entries of the notes that use it. */
export interface RememberedWord {
  readonly word: string;
  readonly cards: readonly string[];
}

export interface ConversationMemory {
  recall(key: string, now: number): Remembered | undefined;
  /** Remembers the last answer (and forgets any word remembered before it). */
  remember(key: string, entry: Remembered, now: number): void;
  /** Forgets the last answer and word, once a reply with none comes after it (a "did you mean" list, a refusal): "say it simpler" has nothing above to lean on. */
  forget(key: string): void;
  /**
   * The word the last reply explained from an everyday dictionary: "give me an example" just after it asks an example
   * of that word, never of the answer before it (which other follow-ups still lean on). A new answer forgets it.
   */
  recallWord(key: string, now: number): RememberedWord | undefined;
  rememberWord(key: string, word: RememberedWord, now: number): void;
  /** The topic the student was last on: the last answer's, or a revision reply's ("key words for the gulag"). */
  recallTopic(key: string, now: number): string | undefined;
  rememberTopic(key: string, topicId: string, now: number): void;
  /**
   * The topic whose summary the last reply showed ("quick summary of the great terror"): "shorter pls" next asks that
   * summary in short, not the answer before it. Any other reply after it forgets it (an answer, a forgetting, another
   * revision reply such as "key dates for the gulag": forgetSummary); a pleasantry or a kind word, which show nothing, do not.
   */
  recallSummary?(key: string, now: number): string | undefined;
  rememberSummary?(key: string, topicId: string, now: number): void;
  forgetSummary?(key: string): void;
}

export function createConversationMemory(): ConversationMemory {
  const last = new Map<string, Remembered & { at: number }>();
  const words = new Map<string, RememberedWord & { at: number }>();
  const topics = new Map<string, { topicId: string; at: number }>();
  const summaries = new Map<string, { topicId: string; at: number }>();
  /** Kept for rememberMs, at most `remembered` students at once, the oldest forgotten first. */
  const keep = <T>(map: Map<string, T>, key: string, value: T) => {
    map.delete(key); // re-inserted last: the Map's order is then oldest first
    map.set(key, value);
    while (map.size > FOLLOW_UP_DEFAULTS.remembered) map.delete(map.keys().next().value as string);
  };
  const fresh = (at: number, now: number) => now - at <= FOLLOW_UP_DEFAULTS.rememberMs;
  return {
    recall(key, now) {
      const found = last.get(key);
      return found && fresh(found.at, now) ? { entryId: found.entryId, question: found.question, ...(found.asked !== undefined ? { asked: found.asked } : {}), ...(found.man !== undefined ? { man: found.man } : {}), ...(found.same ? { same: found.same } : {}) } : undefined;
    },
    remember(key, entry, now) {
      // The same answer again ("what's the evidence?" and nothing more in the notes): the student's words it answered stay.
      const had = last.get(key);
      const asked = entry.asked ?? (had && had.entryId === entry.entryId && fresh(had.at, now) ? had.asked : undefined);
      keep(last, key, { ...entry, ...(asked !== undefined ? { asked } : {}), at: now });
      words.delete(key);
      summaries.delete(key);
    },
    forget(key) {
      last.delete(key);
      words.delete(key);
      summaries.delete(key);
    },
    recallWord(key, now) {
      const found = words.get(key);
      return found && fresh(found.at, now) ? { word: found.word, cards: found.cards } : undefined;
    },
    rememberWord(key, word, now) {
      keep(words, key, { ...word, at: now });
    },
    recallTopic(key, now) {
      const found = topics.get(key);
      return found && fresh(found.at, now) ? found.topicId : undefined;
    },
    rememberTopic(key, topicId, now) {
      keep(topics, key, { topicId, at: now });
    },
    recallSummary(key, now) {
      const found = summaries.get(key);
      return found && fresh(found.at, now) ? found.topicId : undefined;
    },
    rememberSummary(key, topicId, now) {
      keep(summaries, key, { topicId, at: now });
    },
    forgetSummary(key) {
      summaries.delete(key);
    },
  };
}


/**
 * Whether a follow-up asks what the last answer did not say: reasons, results or a judgement its
 * question did not ask for ("why did he write it?" after what the article said), or words of its own
 * that the last answer does not use ("why was housing so bad?" after living conditions). "When was it
 * brought in?" after the labour book may well be answered by the last answer itself.
 */
export function asksSomethingNew(question: string, previous: { readonly question: string; readonly answer: string }, lexicon: Lexicon = PLAIN_LEXICON): boolean {
  const had = intentsOf(previous.question);
  const asks = intentsOf(question);
  // "What about in the camps?", "and the army?": carrying on with something of its own moves off the last answer.
  const s = normaliseText(question).replace(OPENING, '');
  const carried = carriedOnWith(s, lexicon);
  if (carried !== undefined && lexicon.termsOf(carried.split(' ')).some((t) => isContentTerm(t))) return true;
  // "What happened to him?" after who Ordzhonikidze was, when that answer tells how his life ended: it answers it.
  if (HIS_END.test(s) && /^who (is|was)\b/i.test(previous.question) && ENDED.test(previous.answer)) return false;
  if ([...asks].some((i) => EXPLAINED_INTENTS.has(i) && !had.has(i))) return true;
  // "How was he used in propaganda?" after whether Stakhanov's record was genuine: how it was done, where the last asked no how.
  if (asks.has('method') && !had.has('method')) return true;
  // "What happened next?", "who else…?": never what the last answer was about.
  if (NEXT_ASKED.test(s) || BEFORE_ASKED.test(s) || WHO_ELSE.test(s)) return true;
  // "Who killed him?" after who Kirov was asks for someone else ("who was he again?" does not).
  if (asks.has('person') && /^who (is|was|were)\b/i.test(previous.question) && !/^who (is|was|were) (he|she|they|it|him|her|them|that)\b/.test(normaliseText(question))) return true;
  // "When was it passed?" after an answer that dates it: the last answer answers it.
  if (asks.has('date') && asks.size === 1 && /\b1[89]\d\d\b/.test(previous.answer)) return false;
  const own = lexicon.termsOf(normaliseText(question).split(' ')).filter((t) => isContentTerm(t));
  if (own.length === 0) return false;
  const said = lexicon.termsOf(normaliseText(`${previous.question} ${previous.answer}`).split(' '));
  const saidSet = new Set(said);
  // "Bad" was said in "badly": a word the last answer used in another form is not new.
  const wasSaid = (t: string) => saidSet.has(t) || (t.length >= 3 && said.some((w) => w.length > t.length && w.startsWith(t)));
  return own.filter(wasSaid).length / own.length < 0.5;
}

/** "Did it get better?", "did things improve?": how far it changed, which the notes ask as "how far did … improve". */
const ASKS_CHANGE = /\b(?:get|got|getting|become|became|go|went|grow|grew) (?:any |much |a lot )?(?:better|worse|easier|harder)\b|\b(?:improve|improved|improving|worsen|worsened)\b/;

/**
 * Whether another entry than the last answer fits what a follow-up asks of the last answer's subject, so it is answered
 * with that entry rather than told "my notes have nothing better": "so why didn't they get rid of him?" after what Lenin's
 * Testament said fits "Why was Lenin's Testament not published…?" (the same subject, and the why the last one did not
 * ask); "did it get better?" after workers' living conditions fits "How far did life improve for industrial workers…?".
 * The entry must be about the last question's subject: its names ("lenin testament"), else its words.
 */
export function fitsWhatIsAsked(question: string, previousQuestion: string, entryQuestion: string, reader: SubjectReader, entryAnswer?: string): boolean {
  if (!aboutTheSameAs(previousQuestion, entryQuestion, reader)) return false;
  const s = normaliseText(question).replace(OPENING, '');
  const termsOf = (text: string) => new Set(reader.lexicon.termsOf(text.split(' ')).filter((t) => isContentTerm(t) && !reader.isShared(t)));
  // "Why there?", "why?": a bare kind of answer says too little to leave the last answer for another.
  if (termsOf(s).size === 0) return false;
  // "What happened to him in the end?" after Yezhov's part in the Terror: an entry about him, not any end.
  const man = HE.test(s) ? reader.person(normaliseText(previousQuestion))?.split(' ').at(-1) : undefined;
  if (man && !normaliseText(entryQuestion).split(' ').includes(man)) return false;
  const entryTerms = termsOf(normaliseText(entryQuestion));
  const had = intentsOf(previousQuestion);
  const asks = intentsOf(question);
  if (ASKS_CHANGE.test(s)) asks.add('judgement');
  const entryAsks = intentsOf(entryQuestion);
  if ([...asks].some((i) => EXPLAINED_INTENTS.has(i) && !had.has(i) && entryAsks.has(i))) return true;
  // "How much did they actually produce?" after the plan's targets: an entry on what it achieved.
  if (asksWhatCameOfAims(question, previousQuestion) && CAME_OF.test(normaliseText(entryQuestion))) return true;
  // A word of its own the last question did not use, which the entry's question does ("and the peasants?").
  const previousTerms = termsOf(normaliseText(previousQuestion));
  if ([...termsOf(s)].some((t) => !previousTerms.has(t) && entryTerms.has(t))) return true;
  // "No, why did they make him a hero?" after Stakhanov's record: a why (or how) the last question did not ask, of a
  // man it named, with a word of its own ("hero") that an entry about him uses in its answer ("How was Stakhanov used in
  // propaganda?": "the regime turned him into a national hero").
  if (!man || entryAnswer === undefined || ![...asks].some((i) => EXPLAINED_INTENTS.has(i) && !had.has(i))) return false;
  const answerTerms = termsOf(normaliseText(entryAnswer));
  return [...termsOf(s)].some((t) => !previousTerms.has(t) && answerTerms.has(t));
}

/**
 * "How much did they actually produce?", "what really happened?" after a question on aims or targets: what came of them,
 * which an answer on the aims does not say, however many figures (the targets) it gives.
 */
export function asksWhatCameOfAims(question: string, previousQuestion: string): boolean {
  return ACTUALLY.test(normaliseText(question)) && new RegExp(AIMED.source).test(normaliseText(previousQuestion));
}

/** An entry's question on what came of something: its results, output, achievements. */
const CAME_OF = /\b(?:achieve|achieved|achievements?|results?|output|successes|successful|produced?|production|grow|grew|growth|failures?)\b/;

/** Whether an entry's question is about what the last question was: it uses the last one's names ("lenin testament"), else one of its words. */
export function aboutTheSameAs(previousQuestion: string, entryQuestion: string, reader: SubjectReader): boolean {
  const previous = normaliseText(previousQuestion);
  const entry = normaliseText(entryQuestion);
  const termsOf = (text: string) => new Set(reader.lexicon.termsOf(text.split(' ')).filter((t) => isContentTerm(t) && !reader.isShared(t)));
  const names = reader.names(previous).filter((n) => !YEAR.test(n) && !n.split(' ').every((w) => reader.isShared(w)));
  const entryTerms = termsOf(entry);
  return names.length > 0 ? names.some((n) => ` ${entry} `.includes(` ${n} `) || [...termsOf(n)].every((t) => entryTerms.has(t))) : [...termsOf(previous)].some((t) => entryTerms.has(t));
}

/**
 * "Which of those is the most important?", "what was the main one?", "which mattered most?": which of the reasons the last
 * answer gave weighs most, a judgement between them.
 */
const WHICH_WEIGHS_MOST =
  /^(?:which|what|wich|wat)(?: one| ones| reason| factor| cause)?(?: of (?:those|these|them|they|the (?:reasons|factors|causes)|all (?:those|these|of them)|that))? (?:is|was|were|are|s|would be|do you think (?:is|was)|mattered|matters)(?: the)? (?:most|main|biggest|greatest|key|more|chief)(?: (?:important|significant|one|reason|factor|cause|most))?$|^(?:which|what|wich|wat)(?: of (?:those|these|them|that))? (?:is|was|were|mattered|matters)(?: the)? (?:most important|most significant|main one|the main|most)$/;

/** Whether a follow-up asks which of the last answer's reasons weighs most ("which of those is the most important?"). */
export function asksWhichWeighsMost(question: string): boolean {
  return WHICH_WEIGHS_MOST.test(normaliseText(question).replace(OPENING, '').replace(FILLERS_AROUND, '').trim());
}

/** An entry's question that weighs how much something mattered ("How important was the grain crisis among the reasons…"). */
const WEIGHS_IMPORTANCE = /\b(?:how important|how significant|most important|main reason|main cause|more important|how far was .* responsible)\b/;

/** Whether an entry's question weighs how much a reason mattered, for asksWhichWeighsMost. */
export function weighsImportance(entryQuestion: string): boolean {
  return WEIGHS_IMPORTANCE.test(normaliseText(entryQuestion));
}

/**
 * "What happened to Bukharin in the end?", "what happend to him in the end", "how did Yagoda die?": how someone's story
 * ended (not what happened to him at some point, which "what happened to him?" alone may ask).
 */
const ASKS_THE_END =
  /\bwhat (?:happ[ae]n+e?d|became) (?:to|of) (?:[a-z]+ ){1,3}?(?:in the end|at the end|eventually|finally|in the long run)\b|\b(?:how|when|where) did (?:[a-z]+ ){1,2}die\b|^did (?:[a-z]+ ){1,2}die\b|\bhow did (?:[a-z]+ ){1,2}end up\b/;

/** Whether a question asks how someone's story ended ("what happened to him in the end?"). */
export function asksHowItEnded(question: string): boolean {
  const s = normaliseText(question).replace(OPENING, '');
  return ASKS_THE_END.test(s);
}

/** Whether an answer tells how the man ended: a sentence naming him (or "he") says he was shot, died, was executed… */
export function tellsTheEnd(man: string, answer: string): boolean {
  const surname = normaliseText(man).split(' ').at(-1) ?? '';
  return sentencesOf(answer).some((sentence) => {
    const words = normaliseText(sentence).split(' ');
    return (words.includes(surname) || words.includes('he') || words.includes('she')) && ENDED.test(words.join(' '));
  });
}

/**
 * Of the entries ranked for "what happened to Bukharin in the end?" (best first), the one to answer with: the first
 * unless it does not tell his end and one of the next few, about him by name, does (his trial in 1938, not how he lost
 * power in 1929). Undefined when the first will do or none of the next does better.
 */
export function endOfTheMan<E extends { readonly question: string; readonly answer: string }>(ranked: readonly E[], man: string, within: number = FOLLOW_UP_DEFAULTS.closeBehind, seen?: E): E | undefined {
  const [first] = ranked;
  // The answer just given tells his end only in passing ("Yagoda and Yezhov were both shot"): asked again, an entry about him says more.
  if (!first || (first !== seen && tellsTheEnd(man, first.answer))) return undefined;
  const surname = normaliseText(man).split(' ').at(-1) ?? '';
  return ranked.slice(1, within).find((e) => normaliseText(e.question).split(' ').includes(surname) && tellsTheEnd(man, e.answer));
}

/** A decade as asked ("in the 1920s"). */
const DECADE = /\b(1[89]\d)0s\b/;

/**
 * Whether an entry is about another time than the decade a follow-up, read with the last question, keeps to: "what about
 * Bukharin?" after what happened to Zinoviev and Kamenev in the 1920s is not his trial in 1938. Only an entry whose
 * question dates it, and only outside that decade, is.
 */
export function outsideDecade(readTogether: string, entryQuestion: string): boolean {
  const decade = DECADE.exec(normaliseText(readTogether))?.[1];
  if (!decade) return false;
  const years = normaliseText(entryQuestion).match(/\b1[89]\d\d\b/g) ?? [];
  return years.length > 0 && years.every((y) => !y.startsWith(decade));
}

/**
 * The kind of answer a follow-up asks of the last subject, which an entry close behind may give where the last answer
 * does not (two blind console trials, issue 19: "my notes have nothing better" while the right entry sat among the
 * buttons): who "he" is ("who was he again" after Lenin's Testament: Lenin's card), what "that" means ("whats that mean"
 * after what Gosplan did: its card), why ("why did he write it" after Dizzy with Success; "why tho" after why Stalin won:
 * more of the explanation), when ("when was he kicked out the ussr" after Trotsky's card: his expulsion), how far someone
 * was to blame ("did stalin order it" after the Holodomor) and the evidence ("what's the evidence Stalin ordered it").
 */
export type KindAsked = 'who' | 'meaning' | 'why' | 'when' | 'responsibility' | 'evidence' | 'for-whom' | 'success';

/** "Did it work", "was it a fail tho", "did they succeed": whether the last subject worked, a judgement of its success (issue 19). */
const WORKED = /^(?:and |but |so )?(?:did (?:it|that|this|they|these|those) (?:really |actually |even )?(?:work|succeed|fail|pay off)|(?:was|were) (?:it|that|this|they|these|those) (?:really |actually |even )?(?:a |an )?(?:fail|failure|flop|success|successful|worth it)|(?:was|were) (?:it|that|this|they) (?:a )?(?:success or (?:a )?(?:fail|failure)|(?:fail|failure) or (?:a )?success))(?: (?:though|tho|then|really|or not|overall|in the end))*$/;
/** An entry's question weighing whether something worked ("How far had industrialisation met Stalin's objectives…", "How successful was the Second Five-Year Plan?"). */
const WEIGHS_SUCCESS = /\b(?:how successful|how far|success|successful|objectives|aims been achieved)\b/;
/** …or, failing that, one on what came of it ("Why did industrial growth slow down…", "What were the failures…"). */
const SAYS_WHAT_CAME = /\b(?:results?|failures?|achieve|achieved|achievements?|successes|problems|slow down)\b/;

/** "Who was he again?", "who is she": who the one pointed back to is. */
const WHO_IS_HE = /^(?:who|hu)(?: is| was| s| were)? (?:he|she|him|her|that|this|they)(?: (?:again|then|exactly|even|guy|man|person|one))*$/;
/** "Whats that mean", "what is that meaning", "what does it stand for": the meaning of what was pointed back to. */
const THAT_MEANS = /^(?:what|wat|wot|whats|wats)(?: (?:does|do|did|dose|is|was|s))? (?:that|it|this)(?: (?:word|name|term|one))? (?:mean|means|meen|meaning|stand for|stands for)$|^(?:what|wat|whats) (?:is |s )?the meaning(?: of (?:that|it|this))?$/;
/** "Did Stalin order it?", "was he to blame?", "whose fault was it?": how far someone was responsible for the last subject. */
const RESPONSIBILITY =
  /\b(?:responsible|responsibility|to blame|blame|blamed|fault)\b|^(?:did|was|were) (?!(?:it|that|this|they|there|the|a|an)\b)[a-z]+ (?:order|ordered|plan|planned|intend|intended|organise|organised|organize|organized|arrange|arranged|behind)\b/;
/** "What's the evidence?", "is there proof?", "how do we know?": the evidence for a claim about the last subject. */
const EVIDENCE = /\b(?:evidence|proof|prove|proves|proved)\b|^how do (?:we|you|historians) know\b/;
/** An entry's question on how far someone was responsible or ordered something ("How far was Stalin responsible for the famine?"). */
const ASKS_RESPONSIBILITY = /\b(?:responsible|responsibility|to blame|blame|order|ordered|deliberate|deliberately|intended|genocide)\b/;
/** An entry's question or answer weighing the evidence ("no document proves it", "historians still disagree"). */
const WEIGHS_EVIDENCE = /\b(?:evidence|proof|proves?|proved|documents?|archives?|disagree|debate|debated|disputed?)\b/;

/** Verbs any event may take ("when was it brought in?", "when did he say it?"): no words of what is asked the date of. */
const ANY_EVENT = /\b(?:say|said|says|write|wrote|written|happen|happened|happens|start|started|begin|began|begun|bring|brought|introduce|introduced|pass|passed|launch|launched|end|ended|finish|finished|set|create|created|found|founded|take|took|place|come|came|make|made|do|did|does|done|get|got|go|went|become|became|there)\b/g;
/** An entry's question asking what something is ("What was Stalin's article 'Dizzy with Success'?"). */
const DEFINES_IT = /^(?:what|who) (?:is|was|were|are)\b/;

/** A text's content words as terms, less the names every question shares ("stalin"). */
function ownTermsOf(text: string, reader: SubjectReader): string[] {
  return reader.lexicon.termsOf(normaliseText(text).split(' ').filter(Boolean)).filter((t) => isContentTerm(t) && !reader.isShared(t));
}

/** The kind a follow-up asks of the last subject (KindAsked), or undefined for any other. */
/**
 * "Why did it matter for Stalin though", "what did it mean to the peasants", "how was it important for him": what the
 * last subject meant to someone it names (who is the last words; entryOfTheKind keeps to a person of the course).
 */
const FOR_WHOM = /^(?:and |but |so )?(?:(?:why|how) (?:did|does|do) (?:it|that|this|they|these|those) (?:really |even )?(?:matter|mattered|help|helped)|(?:why|how) (?:was|were|is|are) (?:it|that|this|they|these|those) (?:so |really )?(?:important|significant|useful)|what did (?:it|that|this|they) mean) (?:for|to) (?:[a-z]+ ){0,2}[a-z]+(?: (?:though|tho|then|exactly))?$/;
const FOR_WHOM_NAMED = /\b(?:for|to) ((?:[a-z]+ ){0,2}[a-z]+)$/;

/** Who a "why did it matter for…" follow-up names ("stalin" of "…for stalin though"). */
const forWhom = (question: string) => FOR_WHOM_NAMED.exec(normaliseText(question).replace(/ (?:though|tho|then|exactly)$/, ''))?.[1] ?? '';

export function kindAsked(question: string): KindAsked | undefined {
  const s = normaliseText(question).replace(OPENING, '').replace(FILLERS_AROUND, '').trim();
  if (WHO_IS_HE.test(s)) return 'who';
  if (THAT_MEANS.test(s)) return 'meaning';
  if (EVIDENCE.test(s)) return 'evidence';
  if (RESPONSIBILITY.test(s) && pointsBack(s)) return 'responsibility';
  if (FOR_WHOM.test(s)) return 'for-whom';
  if (WORKED.test(s)) return 'success';
  const asked = intentsOf(question);
  if (/^(?:why|y|whyy+)\b/.test(s) && asked.has('cause')) return 'why';
  if (asked.has('date') && /^(?:when|wen|what|which|wat)\b/.test(s)) return 'when';
  return undefined;
}

/**
 * A bare "when tho" after an answer whose question asked no date (issue 19): after a man's card, the entry on how his
 * story ended, by his surname, which dates it (Tukhachevsky's trial in June 1937, not the Civil War the card opens
 * with); else, when the last answer's dated sentence is not about the subject by name ("Its targets for 1932–33…" after
 * the First Plan's aims), the notes' entry dating the subject itself (the plans' dates, 1928–32). Undefined when the last
 * question asked a date, or no such entry is close.
 */
function bareWhen<E extends KindCandidate>(question: string, last: KindCandidate, others: readonly E[], aboutIt: (e: KindCandidate) => boolean, says: (text: string) => boolean, reader: SubjectReader): E | undefined {
  if (intentsOf(last.question).has('date')) return undefined;
  const dates = (e: KindCandidate) => /\b1[89]\d\d\b/.test(e.answer);
  const man = last.kind === 'person' ? reader.person(normaliseText(last.question)) : undefined;
  const surname = man?.split(' ').at(-1);
  if (man && surname) return others.find((e) => e.kind === 'question' && normaliseText(e.question).split(' ').includes(surname) && dates(e) && tellsTheEnd(man, e.answer));
  const quoted = fittingPart(question, last.answer, reader.lexicon, reader.people);
  // (Only after what something was: after how or why, its dated sentence is what the student is given already.)
  if (!DEFINES_IT.test(normaliseText(last.question)) || !quoted || says(quoted)) return undefined;
  return others.find((e) => e.kind === 'question' && intentsOf(e.question).has('date') && aboutIt(e) && dates(e));
}

/** An entry a follow-up may be answered with: what entryOfTheKind reads of it. */
interface KindCandidate {
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  readonly answer: string;
  readonly kind: string;
  readonly names?: readonly string[];
  readonly related?: readonly string[];
  readonly phrasings?: readonly string[];
}

/**
 * Of the entries close behind a follow-up (best first), the one that gives the kind it asks of the last subject
 * (kindAsked), when the entry chosen is the last answer or its card again (`same`) and so does not: the card of the man
 * the last question named, for "who was he again"; the card of the thing, for "whats that mean"; an entry on the same
 * subject asking why, for "why"; one dating what the follow-up names in its own words, for "when"; and, whatever was
 * chosen, one on how far someone was to blame, or on the evidence, when the one chosen is not. `lastAsked`: the student's
 * own words for the last answer, when they were not its question's ("did bukharin support the nep": no why was asked, so a
 * bare "why?" next asks it of that answer). Undefined when none does: then the last answer is all there is.
 */
export function entryOfTheKind<E extends KindCandidate>(
  question: string,
  last: KindCandidate,
  chosen: KindCandidate,
  candidates: readonly E[],
  reader: SubjectReader,
  same: boolean,
  lastAsked: string = last.question,
): E | undefined {
  const kind = kindAsked(question);
  if (!kind) return undefined;
  const previous = normaliseText(last.question);
  const subjectNames = reader.names(previous).filter((n) => !YEAR.test(n) && !/^\d+$/.test(n) && !n.split(' ').every((w) => reader.isShared(w)));
  // About the last subject: its question's names (or words) in the entry's question, else all its names in the entry's answer.
  // ("What happened to Trotsky…?" after Leon Trotsky's card: by his surname; "Why did Stalin pause collectivisation in
  // 1930?" after Dizzy with Success: a way of asking it names the article.)
  const surname = reader.person(previous)?.split(' ').at(-1);
  const says = (text: string) => subjectNames.length > 0 && subjectNames.every((n) => ` ${normaliseText(text)} `.includes(` ${n} `));
  const aboutIt = (e: KindCandidate) =>
    aboutTheSameAs(last.question, e.question, reader) ||
    (surname !== undefined && normaliseText(e.question).split(' ').includes(surname)) ||
    says(e.answer) ||
    (e.phrasings ?? []).some(says);
  const others = candidates.filter((e) => e.id !== last.id && e.id !== chosen.id);
  const namesIn = (e: KindCandidate) => (e.names ?? []).map((n) => normaliseText(n)).filter(Boolean);
  // The names of the course a normalised text uses (less years and names every question shares), and its people by surname.
  // (Its people whoever they are: Trotsky is a name many questions share, and still the one whose defeat is a reason.)
  const namesOf = (text: string) => [...reader.names(text).filter((n) => !YEAR.test(n) && !n.split(' ').every((w) => reader.isShared(w))), ...(reader.people?.(text) ?? []).map((n) => n.split(' ').at(-1) ?? n)];
  switch (kind) {
    case 'who': {
      // "Who was he again?" (a man: "she", "that" may be anyone the last answer named).
      if (!same || !/\b(?:he|him)\b/.test(normaliseText(question))) return undefined;
      // The man the last question named ("Lenin" of "Lenin's Testament"), when it was not about him alone.
      const man = reader.person(previous);
      if (!man || last.kind === 'person' || /^who (?:is|was|were)\b/.test(previous)) return undefined;
      const hisSurname = man.split(' ').at(-1) ?? man;
      return others.find((e) => e.kind === 'person' && namesIn(e).some((n) => n === man || n.split(' ').at(-1) === hisSurname));
    }
    case 'meaning': {
      if (!same || last.kind === 'term') return undefined;
      return others.find((e) => e.kind === 'term' && namesIn(e).some((n) => ` ${previous} `.includes(` ${n} `)));
    }
    case 'why': {
      if (!same) return undefined;
      const related = new Set(last.related ?? []);
      const why = (e: KindCandidate) => e.kind === 'question' && intentsOf(e.question).has('cause') && e.topic === last.topic && (aboutIt(e) || related.has(e.id));
      // "Why tho" after an answer that gave the reasons asked: more of the explanation, its related entries first. (A bare
      // "why?" after any other answer asks why of what it said, which that answer explains.)
      // Its part of the explanation: an entry asking why of something the last answer gave as a reason (Trotsky's defeat,
      // after why Stalin won), which the last question did not name, not another why of the same thing (why Lenin brought
      // the NEP in, after why Stalin ended it).
      const lastNames = new Set(namesOf(previous));
      const said = ` ${normaliseText(last.answer)} `;
      const partOfIt = (e: KindCandidate) => why(e) && namesOf(normaliseText(e.question)).some((n) => !lastNames.has(n) && said.includes(` ${n} `));
      if (ownTermsOf(question, reader).length === 0) return intentsOf(lastAsked).has('cause') ? (others.find((e) => related.has(e.id) && partOfIt(e)) ?? others.find(partOfIt)) : undefined;
      // "Why did he write it?" after what Dizzy with Success was: only an answer that says what a thing was, and asks no why.
      return (last.kind !== 'question' || DEFINES_IT.test(normaliseText(chosen.question))) && !intentsOf(chosen.question).has('cause') ? others.find(why) : undefined;
    }
    case 'when': {
      // "When was he kicked out?": words of its own (not the date asked, the subject, nor a verb any event takes, "brought
      // in", "said") that the last answer's dated sentences never use, and an entry about the subject that uses them.
      const own = ownTermsOf(normaliseText(question).replace(DATE_ASKED_WORDS, ' ').replace(ANY_EVENT, ' '), reader).filter((t) => !ownTermsOf(last.question, reader).includes(t));
      if (own.length === 0) return same ? bareWhen(question, last, others, aboutIt, says, reader) : undefined;
      const quoted = fittingPart(question, last.answer, reader.lexicon, reader.people);
      if (quoted && (ownTermsOf(quoted, reader).some((t) => own.includes(t)) || (ASKS_DEATH.test(question) && DYING.test(quoted)))) return undefined;
      const part = (e: KindCandidate) => fittingPart(question, e.answer, reader.lexicon, reader.people);
      // …in its question, a way of asking it, or the sentence dating it.
      const usesOwn = (e: KindCandidate) => [e.question, ...(e.phrasings ?? []), part(e) ?? ''].some((text) => ownTermsOf(text, reader).some((t) => own.includes(t)));
      const dated = (e: KindCandidate) => e.id !== last.id && e.kind === 'question' && aboutIt(e) && part(e) !== undefined && usesOwn(e);
      // The entry chosen first, when it is another about the subject (not to be passed over for the last answer's dates).
      return [...(same ? [] : candidates.filter((e) => e.id === chosen.id)), ...others].find(dated);
    }
    case 'responsibility': {
      if (ASKS_RESPONSIBILITY.test(normaliseText(chosen.question))) return undefined;
      return others.find((e) => e.kind === 'question' && ASKS_RESPONSIBILITY.test(normaliseText(e.question)) && (aboutIt(e) || e.topic === last.topic));
    }
    case 'for-whom': {
      // "Why did it matter for Stalin though" after the NEP's results: an entry on the last subject that names him (why he
      // ended it, how it served him in the power struggle), not one on what it meant to anyone (the smychka).
      const named = forWhom(question);
      const man = reader.person(named) ?? (/^(?:him|her)$/.test(named) ? reader.person(previous) : undefined);
      const hisSurname = man?.split(' ').at(-1);
      if (!hisSurname) return undefined;
      const namesHim = (e: KindCandidate) => normaliseText(e.question).split(' ').includes(hisSurname);
      if (namesHim(chosen) && chosen.id !== last.id && aboutIt(chosen)) return undefined;
      return others.find((e) => e.kind === 'question' && namesHim(e) && aboutIt(e) && !DEFINES_IT.test(normaliseText(e.question)));
    }
    case 'success': {
      // "Was it successful" after why the NEP came in: the entry ranked first for the notes' own way of asking it (kindQuery,
      // the first candidate), when it weighs success or says what came of it. "Did it work" after what the First Plan
      // achieved, where that is the last answer itself: the notes' judgement of whether it (or what it was part of)
      // worked; else an entry about it on what came of it, which the last was not.
      const judges = (e: KindCandidate) => e.kind === 'question' && intentsOf(e.question).has('judgement') && WEIGHS_SUCCESS.test(normaliseText(e.question));
      const came = (e: KindCandidate) => e.kind === 'question' && SAYS_WHAT_CAME.test(normaliseText(e.question)) && aboutIt(e);
      const [top] = candidates;
      if (top && top.id !== last.id) return top.id === chosen.id || !(judges(top) || came(top)) ? undefined : top;
      if (judges(chosen) && chosen.id !== last.id) return undefined;
      // (A judgement of a sibling, "How successful was the Second Five-Year Plan?", is no judgement of it; one of what it was
      // part of, industrialisation, another topic the notes rank for it, is.)
      return others.find((e) => judges(e) && (aboutIt(e) || e.topic !== last.topic)) ?? (same || !came(chosen) ? others.find(came) : undefined);
    }
    case 'evidence': {
      if (WEIGHS_EVIDENCE.test(normaliseText(`${chosen.question} ${chosen.answer}`)) && (chosen.id === last.id || aboutIt(chosen))) return undefined;
      return others.find((e) => e.kind === 'question' && WEIGHS_EVIDENCE.test(normaliseText(`${e.question} ${e.answer}`)) && aboutIt(e));
    }
  }
}

/**
 * What to rank to find an entry of the kind a follow-up asks (entryOfTheKind), before those close behind it: "how far was
 * stalin responsible for holodomor" for "did stalin order it" after the Holodomor, the notes' own way of asking it; "when
 * was trotsky kicked out the ussr" for "when was he kicked out the ussr" after his card. Undefined for any other kind.
 */
export function kindQuery(question: string, lastQuestion: string, reader: SubjectReader): string | undefined {
  const kind = kindAsked(question);
  // "When was he kicked out the ussr?" after Trotsky's card: asked of him by name, in its own words.
  if (kind === 'when') {
    // A bare "when tho": when the last subject was.
    if (ownTermsOf(normaliseText(question).replace(DATE_ASKED_WORDS, ' ').replace(ANY_EVENT, ' '), reader).length === 0) {
      const previous = normaliseText(lastQuestion);
      const subject = reader.names(previous).filter((n) => !YEAR.test(n)).join(' ') || subjectOf(previous, reader);
      return subject ? `when was ${subject}` : undefined;
    }
    const alone = followUpAlone(question, lastQuestion, reader);
    return alone !== question ? alone : undefined;
  }
  if (kind !== 'responsibility' && kind !== 'evidence' && kind !== 'for-whom' && kind !== 'success') return undefined;
  const previous = normaliseText(lastQuestion);
  const subject = reader.names(previous).filter((n) => !YEAR.test(n)).join(' ') || subjectOf(previous, reader);
  // "Did it work" after the First Plan: how far it was a success.
  if (kind === 'success') return `how far was ${subject} a success`;
  // "Why did it matter for Stalin?" after the NEP: why the NEP mattered to him.
  if (kind === 'for-whom') return `why did ${subject} matter to ${forWhom(question)}`.trim();
  const who = reader.person(normaliseText(question)) ?? reader.person(previous);
  return kind === 'responsibility' ? `how far was ${who ?? ''} responsible for ${subject}`.replace(/\s+/g, ' ') : `what evidence ${normaliseText(question).replace(STANDS_FOR_SUBJECT, ' ')} ${subject}`.replace(/\s+/g, ' ');
}

/**
 * Pushback on a date the last answer gave: "are you sure? I thought it was 1928", "wasn't it 1929?", "r u sure" (asTyped). A doubt of the answer as a whole ("are you sure?") or a year the student thought instead.
 */
const DOUBTS = /^(?:(?:are|r) (?:you|u)|you|u) (?:sure|certain)\b|^(?:is|was) that (?:right|true|correct)\b|^(?:hmm+ )?really\b|^(?:i (?:thought|think|heard|read)|wasnt it|was it not|isnt it|my teacher said|but i thought)\b/;
/** What the student thought instead: "I thought it was 1928", "wasn't it 1929". */
const THOUGHT_YEAR = /\b(?:thought|think|heard|read|said|wasnt it|was it not|isnt it|not)\b.*?\b(1[89]\d\d)\b/;
const A_YEAR = /\b1[89]\d\d\b/;

export interface DoubtedDate {
  /** The year the student thought instead, if they typed one. */
  readonly year?: string;
  /** The last answer's sentence that gives the date its question asked. */
  readonly quoted: string;
  /** Whether that sentence gives the student's year too ("yes, 1929"). */
  readonly agrees: boolean;
  /** A sentence of the notes on the same subject giving the student's year, when the quoted one does not. */
  readonly theirs?: string;
}

/**
 * "Are you sure? I thought it was 1928" after "when was Bukharin removed from the Politburo?" (November 1929): the
 * sentence of the last answer that gives the date asked, and whether it says the student's year. Undefined when the
 * message is no doubt, or the last question asked no date, or the last answer has no sentence giving one. `nearby`:
 * the answers of entries next to the last one, where the student's year may come from.
 */
export function doubtedDate(question: string, lastAsked: string, answer: string, nearby: readonly { readonly question: string; readonly answer: string }[] = [], lexicon: Lexicon = PLAIN_LEXICON): DoubtedDate | undefined {
  const s = asTyped(question).replace(OPENING, '');
  if (!DOUBTS.test(s)) return undefined;
  // A doubt, then a year or nothing: "are you sure? why did he do it" asks a question of its own.
  const rest = s.replace(DOUBTS, ' ').replace(/\b(?:it|was|is|that|in|about|the|year|actually|already|of|happened|maybe|so|but|i|thought|think|not|wasnt|isnt|you|sure|are|r|u|right|true)\b/g, ' ').replace(A_YEAR, ' ').trim();
  if (rest && lexicon.termsOf(rest.split(' ').filter(Boolean)).some((t) => isContentTerm(t))) return undefined;
  if (!intentsOf(lastAsked).has('date')) return undefined;
  const year = THOUGHT_YEAR.exec(s)?.[1] ?? (A_YEAR.exec(s)?.[0]);
  const part = fittingPart(lastAsked, answer, lexicon);
  // One sentence: the first of the fitting part that dates it.
  const quoted = sentencesOf(part ?? '').find((x) => A_YEAR.test(x)) ?? sentencesOf(answer).find((x) => A_YEAR.test(x));
  if (!quoted) return undefined;
  const agrees = !year || quoted.includes(year);
  // "I thought it was 1929" after the First Plan's start (October 1928): where the notes give 1929 on the same subject
  // (approved in April 1929 and backdated), that sentence too, so the student sees where their year comes from.
  const own = new Set(lexicon.termsOf(normaliseText(lastAsked).replace(DATE_ASKED_WORDS, ' ').split(' ').filter(Boolean)).filter((t) => isContentTerm(t)));
  // A sentence of the last answer on the subject asked, or of a neighbour whose question is on it (its "it" is that subject).
  const namesOwn = (x: string) => lexicon.termsOf(normaliseText(x).split(' ')).some((t) => own.has(t));
  const ofIt = (x: string) => namesOwn(x) || /^(?:it|this|they)\b/i.test(x);
  const onSubject = [...sentencesOf(answer).filter(namesOwn), ...nearby.filter((e) => namesOwn(e.question)).flatMap((e) => sentencesOf(e.answer).filter(ofIt))];
  const theirs = year && !agrees ? onSubject.find((x) => new RegExp(`\\b${year}\\b`).test(x)) : undefined;
  return { ...(year ? { year } : {}), quoted, agrees, ...(theirs ? { theirs } : {}) };
}

/**
 * A message as typed, in lower case with its apostrophes dropped and nothing else changed: "didn't" stays "didnt" and
 * "wasn't" "wasnt" (normaliseText reads them "did" and "was"), which a complaint or a doubt turns on.
 */
function asTyped(question: string): string {
  return question.toLowerCase().replace(/[’'`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** "That's not what I asked", "you didn't answer my question": the last answer missed (asTyped). */
const NOT_WHAT_ASKED = /^(?:(?:no+|nope|nah|but|hmm+|um+)\s+)*(?:(?:that|this|thats|that was|this was|thats just|it was|its) not what i (?:asked|meant|wanted|said|asked for|was asking)|not what i (?:asked|meant|was asking)(?: for)?|(?:you|u) (?:didnt|did not|dont|do not) answer (?:my|the) question|(?:you|u) (?:didnt|did not) answer (?:it|that)|wrong answer|that(?:s| is) the wrong answer)$/;
/** "You didn't mention Bukharin", "but you never said anything about Rykov": what the last answer left out. */
const LEFT_OUT_NAMED = /^(?:(?:but|and|hmm+|um+)\s+)*(?:you|u) (?:didnt|did not|never|dont|do not|havent|have not) (?:mention|mentioned|say anything about|said anything about|talk about|talked about|include|included|cover|covered) (?<what>.+)$/;

export type Complaint = { readonly kind: 'not-asked' } | { readonly kind: 'left-out'; readonly what: string };

/** A complaint about the last answer: it missed the question, or left out something the student names. */
export function readComplaint(question: string): Complaint | undefined {
  const s = asTyped(question).replace(FILLERS_AROUND, '').trim();
  if (NOT_WHAT_ASKED.test(s)) return { kind: 'not-asked' };
  const what = LEFT_OUT_NAMED.exec(s)?.groups?.['what']?.replace(/^(?:the|a|an|anything about)\s+/, '').trim();
  return what && what.split(' ').some((w) => isContentTerm(w)) ? { kind: 'left-out', what } : undefined;
}
