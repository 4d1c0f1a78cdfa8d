// Revision requests are not questions about history: "test me on the famine", "quick summary of the
// whole topic", "key dates for collectivisation", "what should I revise", "can you write my essay". They
// go where they can be met (a topic page, a quiz button, a must-know list, a kind no) instead of to
// whichever entry shares their words. The patterns are everyday English, not the course's words.
//
// What a request is about is what is left of it once the request itself ("test me on"), the words
// around it ("can you", "pls") and what the student says of themselves ("exam tmrw", "im so behind",
// "need it for a 12 marker") are taken out: "the famine", "kirov's murder and what came after".
import { everydayWords } from './everyday-words.js';
import { normaliseText } from './normalise.js';
import { SpellingCorrector } from './vocabulary.js';

/**
 * `lesson-plan`: a teacher asks for a lesson ("a one hour lesson plan on the NEP", "what do I need to teach about the purges"),
 * which the tutor does not write; `mistakes`: the common mistakes students make about a topic (knowledge/misconceptions.yaml).
 */
export type RevisionKind = 'test-me' | 'summary' | 'key-dates' | 'key-terms' | 'what-to-revise' | 'write-essay' | 'lesson-plan' | 'mistakes';

export interface RevisionRequest {
  readonly kind: RevisionKind;
  /** What it is about, as typed around the request ("famine" for "key words for the famine topic"); empty when nothing is named. */
  readonly subject: string;
  /** The student says they are worried about the exam ("im so stressed about the exam", "i think im going to fail"): ordinary exam nerves. */
  readonly worried?: true;
  /** A revision plan is asked for ("make me a revision plan for this week", "7 day revision timetable"). */
  readonly plan?: true;
  /** It asks what will come up in the exam, which no one knows. */
  readonly comesUp?: true;
  /** For a worried student, a question asked beside the worry ("…, how do i answer a 12 marker"), as typed after it. */
  readonly asks?: string;
  /** The people to know are asked for ("key people for the course", "who are the main people in the terror"): a what-to-revise. */
  readonly people?: true;
  /** The whole course is named ("key dates for the whole course", "all topics", "1924 to 1941"): no earlier topic is read into it. */
  readonly wholeCourse?: true;
  /**
   * What to learn is asked of everything at once ("what should I learn for the test", "…for all of it", "everything"), not a
   * topic: with no topic named, the whole course's must-know list.
   */
  readonly everything?: true;
}

/**
 * The words of a revision request a student may misspell ("hole corse", "sylabus", "revishun", "shud"), read as /ask's
 * speller reads a question: a word no everyday English word, one or two slips from one of these, is read as it.
 */
const REQUEST_WORDS = [
  'course', 'syllabus', 'specification', 'revision', 'revise', 'revising', 'summary', 'summarise', 'summarize', 'overview',
  'timeline', 'chronology', 'dates', 'important', 'vocabulary', 'keywords', 'definitions', 'flashcards', 'questions',
  'essay', 'homework', 'everything', 'topics', 'learn', 'should', 'whole', 'entire', 'mistakes', 'misconceptions', 'lesson',
  'teach', 'timetable', 'schedule',
];
/** Words spelt as they sound, too short or too far for letters alone: "shud" is "should", "hole" before "course" is "whole". */
const SOUNDS = new Map(Object.entries({ shud: 'should', shd: 'should', shoud: 'should', shuld: 'should', wat: 'what', wot: 'what', revishun: 'revision', revison: 'revision', everythin: 'everything', evrything: 'everything', evrythin: 'everything' }));
let requestCorrector: SpellingCorrector | undefined;
/** The typed text with the words of a request read as meant ("key dates for the hole corse" is "…the whole course"). */
function spelt(typed: string): string {
  requestCorrector ??= new SpellingCorrector(new Map(REQUEST_WORDS.map((w) => [w, 1])));
  const everyday = everydayWords().all;
  const words = typed.split(' ').map((w) => SOUNDS.get(w) ?? (w.length < 5 || everyday.has(w) || /\d/.test(w) ? w : (requestCorrector?.correct(w) ?? w)));
  // "the hole course", "the hole topic": "whole", as it sounds.
  return words.join(' ').replace(/\bhole (?=(?:course|syllabus|spec|specification|topic|unit|thing|lot|period|module|paper)\b)/g, 'whole ');
}

const either = (...patterns: RegExp[]) => new RegExp(patterns.map((p) => p.source).join('|'));

/** A piece of work a student hands in. */
const WORK = /(?:essay|essays|homework|hw|coursework|assignment|answer|paragraph|project|\d+ ?marker)/.source;
/** How many and what kind of questions: "some", "5 quick", "a few exam". */
const SOME_KIND = /(?: some| a few| a couple of| \d+| more| a set of)?(?: practice| practise| quiz| test| exam| revision| quick)?/.source;

// A student in a panic, both a request (what to revise) and words about themselves, not its subject: one copy of each.
const KNOWS_NOTHING = String.raw`(?:i|we) (?:know|remember) (?:literally |basically |absolutely )?(?:nothing|none of it)`;
const DOESNT_KNOW = String.raw`(?:i|we) (?:do|did|dont|didnt|don t|didn t|really|literally) (?:know|remember) (?:anything|any of it|a thing)`;
const GONNA_FAIL = String.raw`(?:im|i(?: m| am)?) (?:going to|gonna) fail`;
/** "i dont understand nothing", "i don't get any of it": said of the whole topic by a worried student (after an answer, it asks for it more simply). */
const UNDERSTANDS_NOTHING = String.raw`(?:i|we) (?:dont|do not|don t|didnt|cant|can t|cannot|no|still dont|really dont) (?:understand|get|remember|know) (?:nothing|anything|any of it|none of it|it all|all of it|a thing)`;

/** The exam, as a worried student names it: "the exam", "my mocks", "tomorrows test", "my history gcse". */
/** The exam's own names, and their usual slips ("exm", "exsam", "mok"). */
const EXAM_NAME = String.raw`(?:exa?ms?|exsams?|examz|tests?|mocks?|moks?|gcses?|a levels?|finals|papers?|assessments?)`;
const EXAM = String.raw`(?:(?:the|my|this|our|an?|these|all the|all my|all these|tomorrows|next weeks|mondays|fridays|upcoming)(?: [a-z]+)? )?${EXAM_NAME}`;
/**
 * Feeling words of ordinary exam nerves (distress itself is src/matching/wellbeing.ts's, read before any of this), as
 * students write them: "stress" for "stressed" (English as a second language) and the usual slips ("stresed",
 * "nervus", "worryed", "panicing").
 */
const NERVES = String.raw`(?:stre+s+e?d?(?: out)?|stre+s+ing(?: out)?|anxious|anxius|anxous|anxiety|nervous|nervouse|nervus|nervos|worried|worryed|worryd|worrid|woried|worrying|worry|panicking|panicing|paniking|panikin|panicked|paniced|panic|scared|scard|scaredd|terrified|terrifed|freaking out|freakin out|freaked out|dreading|overwhelmed|bricking it|nervy)`;
/** The student saying it of themselves: "i am so stress", "im really worried", "i feel nervous". */
const I_FEEL = String.raw`(?:i|im|iam|i am|i m|i feel|i get|i got|i feel so|i am feeling|im feeling)(?: (?:so+|really|rly|realy|very|super|proper|well|kinda|quite|literally|too|getting|a bit|a little|bit))*`;
/** An exam word before or after, anywhere in the message ("… my history test is friday"): read without taking it in. */
const EXAM_WORD = String.raw`\b${EXAM_NAME}\b`;
const EXAM_SAID = String.raw`(?:(?<=${EXAM_WORD}.*)|(?=.*${EXAM_WORD}))`;
/** How much: "so", "really", "lowkey". */
const SO = String.raw`(?:so+|really|rly|realy|very|super|proper|kinda|literally|lowkey|bare)`;
/**
 * Ordinary exam worry: "im so stressed about the exam next week", "scared for my mocks", "exam stress", "the test is stressing me
 * out", "i think im going to fail", "worried ill fail". Said of the exam, not of a kind of question ("stressed about the 16 marker",
 * which asks for exam advice).
 */
const WORRY = new RegExp(
  [
    String.raw`\b${NERVES} (?:(?:about|for|over|of|before|with|because of|bc of|abt) )?${EXAM}\b`,
    String.raw`\b(?:exam|exams|test|tests|mock|mocks|gcse|gcses)(?: [a-z]+){0,3} (?:stress|stressing me(?: out)?|is stressing|are stressing|anxiety|nerves|panic|freaking me out|scaring me|scares me)\b`,
    String.raw`\b${GONNA_FAIL}\b`,
    // "i am so stress, my history test is friday", "exam on monday and im stresed": the feeling and the exam apart.
    // The feeling word only, so the exam said just after it ("i feel so nervous for tomorrows test") goes with it.
    // A feeling word opening the message, the student unsaid, is OPENS_WITH_FEELING's.
    String.raw`${EXAM_SAID}(?<=\b${I_FEEL} (?:${SO} )*)${NERVES}\b`,
    String.raw`\b(?:i|ill|i will|i ll|im gonna|i might|i could)(?: (?:probably|definitely|totally|literally|just))? (?:fail|flunk|bomb)(?! to\b)`,
    String.raw`\b(?:scared|worried|afraid|terrified|nervous) (?:(?:that )?(?:i|ill|i ll|i will|im going to|im gonna) )?(?:fail|failing|flunk|flunking)\b`,
  ].join('|'),
);
/**
 * A feeling word opening a message that names an exam, the student unsaid: "panicing bc my mock is in 2 days", "so stressed,
 * exam tmrw". Worry only as a clause of its own or beside no subject (opensWithNerves): "panic of 1932 in the famine, is it on
 * the test" and "scared peasants in the 1932 famine, test question: …" ask about history.
 */
const OPENS_WITH_FEELING = new RegExp(String.raw`^(?:${SO} )*${NERVES}\b(?=.*${EXAM_WORD})`);
/** The worry however it is said, the opening feeling word too: what a worried student's question beside it is read without. */
const WORRY_OR_OPENING = either(WORRY, OPENS_WITH_FEELING);

/** What a worried student says of themselves, left out of what the request is about: "im so stressed about the exam", "i think". */
const WORRY_WORDS = new RegExp(
  [
    WORRY.source,
    String.raw`\b${NERVES}\b`,
    String.raw`\b(?:think|reckon|feel|feeling|felt|honestly|literally|seriously|really|realy|rly|so+|super|very|kinda|quite|killing|kills|omg|ugh|pass|fail|failing|tho|though|rn|af|asf|sm|bro|innit|anymore)\b`,
  ].join('|'),
  'g',
);

/** A revision plan: "make me a revision plan for this week", "revision timetable", "plan my revision", "a 7 day plan". Not an essay plan. */
const PLAN = new RegExp(
  [
    String.raw`\b(?:revision|study|revise|revising|studying) (?:plan|plans|timetable|schedule|planner|calendar)\b`,
    String.raw`\bplan (?:out )?(?:my|our|the|a) (?:revision|revising|studying|week|weekend)\b`,
    String.raw`\b(?:plan|timetable|schedule) (?:to|for) (?:revise|revising|revision|study|studying)\b`,
    String.raw`\b(?:\d+|one|two|three|four|five|six|seven|a|one) ?(?:day|days|week|weeks)(?: long)?(?: revision)? (?:plan|timetable|schedule)\b`,
    String.raw`\b(?:plan|timetable|schedule) (?:for|over) (?:this|the|next|a|my|the next|the last) (?:\d+ |few |couple of |seven |last )?(?:week|weekend|days?|nights?)\b`,
    String.raw`\b(?:plan|timetable|schedule) (?:for|before|until) (?:the|my|an?|our) (?:[a-z]+ )?(?:exam|exams|test|tests|mock|mocks|gcse|gcses)\b`,
  ].join('|'),
);

/** The exam, as a student asks whether a thing is on it: "on the exam", "in my paper", "on the spec". */
const ON_EXAM = String.raw`(?:on|in) (?:the|my|this|our|an?) (?:[a-z]+ )?(?:exam|exams|test|paper|papers|mock|mocks|gcse|a level|spec|specification|syllabus)`;
/** Opening a question: "Is that on the exam?", "is the famine on the exam", "will the NEP come up in my paper" (not "can I use bullet points in the exam"). */
const ON_THE_EXAM = new RegExp(String.raw`^(?:so |and |but |ok |okay |wait |hey )?(?:is|are|will|would|could|does|do|can|might)\b(?! (?:i|we|you|u|me)\b)(?! it (?:ok|okay|alright|allowed|better|best|worth|fine|bad|wrong|true|possible|enough|important)\b)(?<onExam>(?: [a-z0-9]+){1,6}?) (?:be |come up |appear |get asked |asked )?${ON_EXAM}\b`);

/** "What is most likely to come up", "what will be on the exam", "predictions": no one knows, and the reply says so. */
const COMES_UP = either(
  ON_THE_EXAM,
  /\b(?:likely|going|gonna|will|might|expected) (?:to )?come up\b|\bcomes? up (?:most|a lot|often)\b|\bwhat (?:will|might|is going to|s going to) be (?:on|in) (?:the|my|this|our) (?:exam|test|paper|mock)\b|\bpredictions?\b|\bpredicted (?:questions|topics|paper)\b/,
);

/**
 * The people to know: "key people", "the main people in the terror", "who are the important people", "people i need to know".
 * Not "key figures", which may be numbers ("key figures for the famine").
 */
const PEOPLE = either(
  /\b(?:key|important|main|big|major|most important|leading|essential) (?:people|persons|individuals|characters|personalities|players|names)\b/,
  /\b(?:people|persons|individuals|names) (?:(?:do |should )?(?:i|we) (?:need to|should|must|have to|gotta) |to )(?:know|learn|remember|revise)\b/,
);

/**
 * The whole course named: "the whole course", "the entire syllabus", "all the topics", "the course", "1924 to 1941",
 * "the whole stalin unit". Not "the whole topic", which is one topic.
 */
const WHOLE_COURSE = either(
  /\b(?:whole|entire|full|complete)(?: [a-z]+)? (?:course|syllabus|spec|specification|unit|module|period|paper)\b/,
  /\b(?:whole|entire|all) of (?:the course|stalins? (?:russia|ussr|rule)|the ussr)\b/,
  /\ball (?:the |of the |my |our )?(?:topics|units)\b|\b(?:the|this|our|my) course\b|\b1924 ?(?:to|-|until|till) ?1941\b/,
  /\b(?:all of it|it all|everything)\b|\b(?:whole|entire) topic of stalins? (?:russia|ussr|rule)\b/,
);

/** What to learn asked of the test as a whole, or everything: "for the test", "for all of it", "everything". */
const EVERYTHING = either(/\b(?:all of it|it all|everything)\b/, /\bfor (?:the|my|our|an?|this|tomorrows|next weeks) (?:[a-z]+ )?(?:exa?ms?|tests?|mocks?|gcses?|a levels?|finals|papers?|assessments?)$/);

/**
 * A teacher asking for a lesson: "a one hour lesson plan on the NEP for year 13", "plan a lesson on the famine", "what do I need
 * to teach about the purges in a week", "scheme of work for collectivisation".
 */
const LESSON = either(
  /\blesson ?plans?\b|\bplan (?:a|my|the|me a|out a) (?:[a-z]+ )?lessons?\b|\bschemes? of work\b|\b(?:an?|one|two|\d+) (?:hour|hours|hr|period|minute|min) lessons?\b/,
  /\b(?:what|how much|how) (?:do|should|shall|must|can|would) (?:i|we) (?:need to |have to |actually )?teach\b|\b(?:i|we) (?:need|have|want|got) to teach\b|\bhow (?:to|do i|should i) teach\b/,
);
/** A lesson's own words, left out of what it is about: its length, its class. */
const LESSON_WORDS = /\b(?:lesson|lessons|plan|plans|planning|scheme|schemes|work|teach|teaching|taught|class|classes|group|groups|set|students|pupils|kids|year|years|yr|y|ks ?\d|key stage|sixth form|one|two|three|half|an|hour|hours|hr|hrs|period|periods|minute|minutes|min|mins|week|weeks|fortnight|term|double|single|starter|plenary|activities|activity|resources|about|cover|covering)\b/g;

/**
 * The common mistakes students make about a topic: "what mistakes do students usually make about the Terror", "common
 * misconceptions about the famine", "what do students get wrong about the NEP". Not the mistakes of history ("what mistakes did
 * Stalin make", "the biggest mistakes of collectivisation"): they are said to be common, or students', or called misconceptions.
 */
const ABOUT = String.raw`(?:[a-z ]{0,40}? (?:about|on|with|regarding|re|in|for|of|over|when it comes to))?`;
const MISTAKES = either(
  new RegExp(String.raw`\b(?:common|usual|typical|popular|frequent|classic|most common)(?: [a-z]+)? (?:mistakes?|misconceptions?|errors?|myths?|misunderstandings?|slip ?ups?)\b${ABOUT}`),
  new RegExp(String.raw`\b(?:mistakes?|misconceptions?|errors?|misunderstandings?) (?:do |that |which )?(?:students|pupils|people|kids|candidates|learners|we|i|my class) (?:usually |often |commonly |always |tend to |normally |typically )?(?:make|have|get|fall for|believe)\b${ABOUT}`),
  new RegExp(String.raw`\bmisconceptions?\b${ABOUT}`),
  new RegExp(String.raw`\bwhat (?:do|does|did) (?:students|pupils|people|kids|candidates|learners|most people) (?:usually |often |commonly |always |tend to |normally |typically )?(?:get wrong|mix up|confuse|misunderstand)\b${ABOUT}`),
);

/**
 * People asked of as history, not as a list to learn: "who were the main people in the power struggle" (the past), "the
 * main people who opposed stalin", "the key people involved in collectivisation" (what they did). Not when the student
 * says they are to be learnt ("who were the key people to know", "…i need to revise"): PEOPLE_TO_KNOW.
 */
const PEOPLE_IN_HISTORY = either(
  /^(?:(?:so|and|but|ok|okay|wait|hey|then) )?(?:who|which) (?:were|was)\b/,
  /\b(?:people|persons|individuals|characters|personalities|players|names) (?:who|that|which|whom|whose|involved|behind|responsible|opposed|opposing|against|in charge)\b/,
);
/** The people asked for as what to learn: "to know", "to revise", "i need to know", "for the exam". */
const PEOPLE_TO_KNOW = either(
  /\b(?:to|(?:i|we) (?:need to|should|must|have to|gotta)) (?:know|learn|remember|revise)\b/,
  /\bfor (?:the|my|an?|our) (?:exam|exams|test|mock|mocks|gcse|a level|paper|revision)\b/,
);
/** Whether the people to know are asked for: PEOPLE, not asked of as history (PEOPLE_IN_HISTORY) unless said to be learnt. */
const asksForPeople = (s: string) => PEOPLE.test(s) && (!PEOPLE_IN_HISTORY.test(s) || PEOPLE_TO_KNOW.test(s));

// Checked in order: "write my essay on the key dates" is an essay request, "test me on the key words" a test.
const REQUESTS: ReadonlyArray<readonly [RevisionKind, RegExp]> = [
  ['lesson-plan', LESSON],
  ['mistakes', MISTAKES],
  [
    'write-essay',
    either(
      // "write my essay", "do my stalinism homework", "write me a 16 marker", "just do the whole essay for me"
      // not "write me an essay plan", which asks for a plan (src/matching/subject-request.ts)
      new RegExp(`\\b(?:write|do|make|finish)(?: me)? (?:my|an?|the|this|that|our)(?: [a-z0-9]+){0,3} ${WORK}\\b(?! (?:plans?|outline|structure)\\b)`),
      /\bwrite (?:me )?(?:an? |my |the )?(?:\d+ )?(?:words|pages|lines)\b/,
      /\b(?:write|do) (?:it|this|that|them) for me\b/,
    ),
  ],
  [
    'test-me',
    either(
      /\b(?:test|quiz) (?:me|myself|us)\b|\btest my (?:knowledge|memory)\b|\b(?:be|get|being) (?:tested|quizzed)\b/,
      /\b(?:quiz|revision|practice|practise|test|mock) (?:questions|qs|qns)\b/,
      // "ask me some questions", "hit me with questions", "gimme 5 qs", "fire some questions at me", "practise some questions"
      new RegExp(`\\b(?:(?:give|send|set|ask|show|get|hit|tell) (?:me|us)(?: with)?|gimme|(?:practi[cs]e|try|want|wanna|need)(?: to (?:do|try|practi[cs]e))?)${SOME_KIND} (?:questions|qs|qns)\\b`),
      /\b(?:fire|throw|send|chuck) (?:some |a few |\d+ )?(?:questions|qs) (?:at|to) (?:me|us)\b|\bpractice questions\b/,
      // Flashcards asked of the tutor: "can you make me flashcards on the stakhanovites", "flashcards for the nep pls";
      // not "should i make flashcards or do past papers" (exam advice)
      /\b(?:(?:can|could|will|would) (?:you|u) (?:make|give|write|create|do|send)(?: me| us)?|(?:make|give|write|create|send) (?:me|us)|gimme)(?: some| a few| a set of| \d+)? (?:flash ?cards|cue cards|revision cards)\b/,
      /^(?:some |a few )?(?:flash ?cards|cue cards|revision cards) (?:on|for|about|of)\b/,
      // "practise some collectivisation questions"
      /\b(?:practi[cs]e|try)(?<practised>(?: [a-z0-9]+){0,3}) (?:questions|qs)\b/,
      // "give me a quick quiz", "can we do a revision quiz"; not "I have to do a test on Friday"
      /(?<!\b(?:to|have|got) )\b(?:give me|gimme|do|start|run|set|make|try|want|wanna|play)(?: me| us)? (?:a |an |another )(?:quick |short |little |mini |practice |revision )?(?:quiz|test)\b/,
    ),
  ],
  [
    'what-to-revise',
    either(
      /\bwhat (?:should|do|must|shall|will) (?:i|we) (?:need to |have to |actually )?(?:revise|learn|know|study|focus on|concentrate on|prioriti[sz]e)\b/,
      // As learners of English ask it, without the auxiliary: "what i need to revise for the terror", "what we must learn".
      /\bwhat (?:i|we) (?:need to|needs to|have to|has to|got to|gotta|should|must) (?:revise|learn|know|study|focus on|concentrate on|prioriti[sz]e)\b/,
      /\bhow much (?:do|should) (?:i|we) (?:need to |have to )?(?:know|revise|learn)\b/,
      /\b(?:most important|main|key|important|essential|big) (?:things?|bits?|stuff|facts?|points?)(?: (?:i |you |we )?(?:need to |should |must |have to )?(?:know|revise|learn|remember|focus on))? (?:on|about|for|from|of|in|re|with)\b/,
      /\b(?:most important|main|key|important) (?:things?|bits?|stuff|facts?|points?) to (?:revise|learn|know|remember)\b/,
      /\b(?:important|key|essential|vital) to (?:revise|know|learn|remember)\b/,
      /\b(?:essentials|basics|need to knows|must ?knows?)\b|\bwhat to revise\b/,
      /\bwhere (?:do|should|can|shall) (?:i|we) (?:even )?(?:start|begin)\b|\bwhere to (?:start|begin)\b/,
      // A student in a panic: "help i have a test tomorrow", "i know nothing", "i don't know anything", "im gonna fail"
      /\bhelp\b.{0,20}\b(?:i have|ive got|i ve got|i got|got) an? (?:test|exam|mock|assessment)\b/,
      // Not "i don't get any of it" after an answer: that asks for it again, more simply.
      new RegExp(`\\b${KNOWS_NOTHING}\\b`),
      new RegExp(`\\b${DOESNT_KNOW}\\b`),
      new RegExp(`\\b${GONNA_FAIL}\\b`),
      /\bwhat do (?:examiners|they|teachers) (?:want|expect) (?:us|me|you) to know\b/,
      /\b(?:likely|going|gonna) to come up\b|\bcomes? up (?:most |a lot |often )?(?:on|in|about|for)\b|\b(?:topics?|questions?|things|bits)\b.{0,20}\bcomes? up\b/,
      // "What will come up this year in the OCR exam", "exam predictions?".
      /^(?:so |and |ok )?what (?:will|might|could|is going to|s going to|do you think will) (?:come up|be asked|appear)\b|\b(?:exam|paper|gcse|a level) predictions?\b|\bpredictions? for (?:the|my|this|our|an?) (?:[a-z]+ )?(?:exam|paper|test|mock)\b/,

      /\b(?:which|what) (?:bits|parts|topics|areas|sections|things)(?: (?:of|on|in|about) (?<within>.*?))? (?:actually |really |even )?(?:matter|are important|count|to revise|should i (?:revise|learn|focus on))\b/,
      // A revision plan, and a student worried about the exam: a starting point (src/commands/revision.ts).
      PLAN,
      WORRY,
      OPENS_WITH_FEELING,
    ),
  ],
  [
    'key-dates',
    either(
      /\b(?:key|important|main|big) dates\b|\btimeline\b|\bchronology\b/,
      /\b(?:what |which |the |all the )?dates (?:(?:do|should|must) (?:i|we) (?:need|know|learn|remember)|i need|to know|i should know|for|of)\b/,
      /\bwhen did (?:everything|it all|all of it) happen\b|\bdates (?:to|i|we|you) (?:remember|know|learn|need)\b/,
    ),
  ],
  [
    'key-terms',
    either(
      /\b(?:key|important|main) (?:words|terms|vocab|vocabulary|terminology|concepts)\b|\b(?:keywords|glossary|terminology)\b/,
      /\b(?:vocab|vocabulary|word|words|terms|definitions) lists?\b|\bvocab(?:ulary)? (?:for|on|of|about)\b/,
      /\bdefinitions (?:(?:i|we) (?:need|should|must)|for|to (?:know|learn))\b|\b(?:list of|all the|key|the main) definitions\b/,
      /\b(?:words|terms|vocab|vocabulary|keywords|key words|key terms) (?:do |should )?(?:i|we) (?:need|should|shd|must|have to|use|learn)\b/,
    ),
  ],
  // "Key people for the course", "who are the main people in the terror": what to know, its people (not "who were…": PEOPLE_IN_HISTORY).
  ['what-to-revise', PEOPLE],
  [
    'summary',
    either(
      /\b(?:summary|summarise|summarize|overview|recap|sum up|sum it up|gist|tldr|tl dr|in a nutshell|rundown|run down)\b/,
      /\b(?:short|shorter|simple|simpler|brief|quick|basic|dumbed down) version\b/,
      /\b(?:explain|go over|go through|run through|talk me through|walk me through|teach me) (?:the )?(?:whole|entire) (?:topic|unit)\b/,
    ),
  ],
  // "Is the famine on the exam?": whether a thing is examined, answered with what every board asks about it.
  ['what-to-revise', ON_THE_EXAM],
  // Last, as any of the above may say it too: "what's important about the NEP for the exam".
  ['what-to-revise', /\b(?:need|important|key|know|learn|focus)\b(?<forExam>.{0,40})\bfor (?:the|my|an?|our) (?:exam|exams|test|mock|mocks|gcse|a level|paper)\b/],
];

/** "How do I write an essay on…" asks how it is done (exam advice), not for the essay. */
const ASKS_HOW = /\bhow (?:do|should|can|would|to|does)\b.*\b(?:write|do)\b/;

/** What the student says of themselves: "exam tmrw", "i missed those lessons", "need it for a 12 marker", "ill copy it", "i know nothing". */
const ABOUT_THE_STUDENT = new RegExp(
  String.raw`\b(?:${[
    KNOWS_NOTHING,
    DOESNT_KNOW,
    GONNA_FAIL,
    UNDERSTANDS_NOTHING,
    String.raw`hand (?:it )?in|turn (?:it )?in|copy (?:it|this|that)|missed (?:all )?(?:those |the |that )?(?:lessons?|classes?)|(?:i have|ive got|got) an? (?:exam|test|mock)|due (?:in|on|by)?|dont give (?:me )?(?:the )?answers?|(?:until|till) .*`,
  ].join('|')})\b`,
  'g',
);

/** Words around the subject: the frame of the request ("can you", "what are the"), the student's own words, times, and numbers. */
const FILLER = new RegExp(
  `\\b(?:${[
    // When ("this year"), before "this" alone: not a subject's "five year plan".
    'a level|key (?:words|terms|dates)|bullet points?|(?:this|next|last) (?:year|yr)',
    'what|whats|wats|which|how|am|are|is|was|were|be|been|do|does|did|done|have|has|had|got|get|i|im|ive|ill|id|we|me|my|our|us|you|u|ur|your|it|its|they|them|this|that|these|those|there|here|dont|didnt|cant|idk',
    'can|could|would|will|should|shall|must|need|needs|want|wanna|gonna|gotta|give|gimme|send|show|tell|list|provide|make|let|lets|pls|please|plz|thanks|thank|ty|hey|hi|yo|ok|okay|so|just|like|lol|help|really|actually|even|also|then|till|until|again|now',
    'of|on|for|about|abt|from|in|to|the|a|an|w|at|by|as|any|some|all|few|couple|most|more|much|many|bit|little|etc|around|re',
    // The requests' own words, when a request says it twice ("when did everything happen with the nep? need a timeline")
    'timeline|chronology|dates|summary|overview|recap|gist|rundown|version|quiz|questions|qs|glossary|vocab|vocabulary|terms|keywords|terminology|definitions|tested|quizzed|start|begin',
    'whole|entire|topic|topics|unit|units|chapter|course|module|syllabus|spec|everything|stuff|things?|bits?|parts?|areas?|points?|facts?|basics|essentials',
    'quick|quickly|short|brief|briefly|simple|easy|lines?|sentences?|paragraphs?|words?|pages?|list',
    'revise|revising|revision|learn|know|remember|study|matter|important|main|key|essential|vital|big',
    'answers?|essay|mark|marks|marker|markers|history|gcse|level|paper|exam|exams|test|tests|mock|mocks|homework|hw|class|lesson|lessons|teacher',
    'ocr|aqa|edexcel|eduqas|wjec|board',
    // "tomorrow" as students spell it: "tomorow", "tommorrow", "tmrw", "2moro", "tomoz".
    't+o*m+o*r+o*w*s?|2mo+r+o*w*s?|tomoz|tmw|2day|2nite|tonite|morning|afternoon|evening',
    'first|next|now|often|usually|always|ever|today|tonight|tomorrow|tmrw|tmr|days?|weeks?|hours?|mins?|minutes|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|due|behind|late|asap|soon|stressed|panicking',
    // Numbers, and times of day ("its 11pm", "at 9.30am").
    '\\d+s?|\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:am|pm)|midnight|o ?clock',
  ].join('|')})\\b`,
  'g',
);

/** A question in what a worried student wrote: "how do i answer…", "why did stalin…", "can you explain…". */
const QUESTION_IN = /(?:^|\b)(?:how|what|whats|why|when|who|which|where|explain|describe|did|was|were|can you|could you)\b(?: [a-z0-9]+){2,}/;

/** The words of a revision plan, left out of what it is about ("revision plan for this week" names no topic). */
const PLAN_WORDS = /\b(?:plans?|timetable|schedule|planner|calendar|out|study|studying|revising|week|weekend|nights?|seven|day|days|long|predictions?|predicted|likely|come|comes|up|will|might|expected)\b/g;

/** "and", "but" left at either end once the words around a subject are out ("… and i dont understand nothing"): they join nothing. */
const LOOSE_ENDS = /^(?:(?:and|but|or|so|because|bc|cause|cuz)(?: |$))+|(?:(?:^| )(?:and|but|or|so|because|bc|cause|cuz))+$/g;

const clean = (text: string, also?: RegExp) =>
  (also ? text.replace(also, ' ') : text).replace(ABOUT_THE_STUDENT, ' ').replace(FILLER, ' ').replace(/\s+/g, ' ').trim().replace(LOOSE_ENDS, '').trim();

/**
 * What a worried student asks beside the worry: the sentences that say nothing of it ("Why did the Great Terror happen?"
 * in "…? I have a mock on Monday and I'm panicking"); in one sentence, what is left once the worry is taken out.
 */
function askedBesideWorry(question: string): string {
  const sentences = question.split(/[.?!;\n]+/).map((part) => normaliseText(part)).filter(Boolean);
  const calm = sentences.filter((part) => !WORRY_OR_OPENING.test(part) && !new RegExp(ABOUT_THE_STUDENT.source).test(part));
  if (calm.length > 0 && calm.length < sentences.length) return calm.join(' ');
  return normaliseText(question).replace(new RegExp(WORRY_OR_OPENING.source, 'g'), ' ').replace(/\s+/g, ' ').trim();
}

/** Words joining an opening feeling to the reason for it: "panicing bc my mock is in 2 days". */
const BECAUSE = /^ (?:bc|because|cos|coz|cuz|cause|since)\b/;

/**
 * Whether a feeling word opening the message (OPENS_WITH_FEELING's, as read from it) is the student's worry: said as a clause
 * of its own ("so stressed, exam tmrw", "panicing bc my mock is in 2 days"), or beside no subject ("stressed mock tomorow").
 * Opening a course question it is a word of the question ("panic of 1932 in the famine, is it on the test").
 */
function opensWithNerves(question: string, opening: string, s: string): boolean {
  const rest = s.slice(opening.length);
  if (normaliseText(question.split(/[,;:.!?()\n\u2013\u2014]| - /)[0] ?? '') === opening || BECAUSE.test(rest)) return true;
  return clean(rest, new RegExp(`${WORRY_WORDS.source}|${PLAN_WORDS.source}`, 'g')) === '';
}

export function readRevisionRequest(question: string): RevisionRequest | undefined {
  const typed = spelt(normaliseText(question));
  // A feeling word opening a course question is read as a word of it ("scared peasants in the 1932 famine, test question: …"), left out;
  // not when it is said of the exam ("stressed about the famine exam tomorrow").
  const opening = WORRY.test(typed) ? undefined : OPENS_WITH_FEELING.exec(typed)?.[0];
  const opensWorried = opening !== undefined && opensWithNerves(question, opening, typed);
  const s = opening !== undefined && !opensWorried ? typed.slice(opening.length).trim() : typed;
  for (const [kind, pattern] of REQUESTS) {
    const m = pattern.exec(s);
    if (!m) continue;
    if (kind === 'write-essay' && ASKS_HOW.test(s.slice(0, m.index + m[0].length))) continue;
    // "Who were the main people who opposed Stalin" asks of the past, answered from the notes, not a list to learn.
    if (pattern === PEOPLE && !asksForPeople(s)) continue;
    // The request itself is no part of its subject; "do my stalinism homework" keeps "stalinism".
    const request = kind === 'write-essay' ? m[0].replace(/^\w+ /, ' ').replace(new RegExp(`${WORK}$`), ' ') : ` ${Object.values(m.groups ?? {}).join(' ')} `;
    const worried = opensWorried || WORRY.test(s);
    const plan = kind === 'what-to-revise' && PLAN.test(s);
    const comesUp = kind === 'what-to-revise' && COMES_UP.test(s);
    const people = kind === 'what-to-revise' && !plan && !comesUp && asksForPeople(s);
    const wholeCourse = WHOLE_COURSE.test(s);
    const everything = kind === 'what-to-revise' && !plan && !comesUp && !worried && EVERYTHING.test(s);
    // A worried student's words, and a plan's, say nothing of a topic ("i think", "for this week"); nor do a lesson's ("one hour").
    const also =
      kind === 'lesson-plan' ? LESSON_WORDS : worried || plan || comesUp ? new RegExp(`${worried ? `${WORRY_WORDS.source}|` : ''}${PLAN_WORDS.source}`, 'g') : undefined;
    // A question beside the worry: what is left once the worry is taken out, when it opens with a question word.
    const asks = worried ? askedBesideWorry(question) : '';
    return {
      kind,
      subject: clean(`${s.slice(0, m.index)} ${request} ${s.slice(m.index + m[0].length)}`, also),
      ...(worried ? { worried: true as const } : {}),
      ...(QUESTION_IN.test(asks) ? { asks } : {}),
      ...(plan ? { plan: true as const } : {}),
      ...(comesUp ? { comesUp: true as const } : {}),
      ...(people ? { people: true as const } : {}),
      ...(wholeCourse ? { wholeCourse: true as const } : {}),
      ...(everything ? { everything: true as const } : {}),
    };
  }
  return undefined;
}
