// Telling a question about exam technique ("how do I answer an 8 marker?", "should I use bullet points?")
// from a history question with exam furniture ("Explain why Stalin launched the Terror. [8 marks]"). The
// difference is the student speaking of themselves, or asking how a thing is done, or naming a kind of
// exam question as such ("the describe two q", "a 16 marker"); the exam's own words (marks, essay,
// examiner…) are the fact base's to list (knowledge/vocabulary.yaml, examSkillWords).
//
// The kinds of question are named in words the matcher reads as stopwords ("describe", "explain", "how
// far", "more important"), so a question naming one is searched with a word the skills entries for that
// kind use in their phrasings (knowledge/skills.yaml): "how do I answer a describe two question" is
// searched as "… features".
import type { ExamBoard } from '../knowledge/schema.js';
import { normaliseText } from './normalise.js';

/** The words a normalised question names each board by ("Pearson Edexcel", "WJEC Eduqas"). */
export const BOARD_WORDS: Readonly<Record<ExamBoard, RegExp>> = Object.freeze({ aqa: /\baqa\b/, edexcel: /\b(edexcel|pearson)\b/, ocr: /\bocr\b/, eduqas: /\b(eduqas|wjec)\b/ });

/** Any board's name, everywhere in a normalised text. */
const ANY_BOARD = new RegExp(Object.values(BOARD_WORDS).map((r) => r.source).join('|'), 'g');

/** The student speaking of themselves or asking how it is done: exam questions are in the imperative. */
const SPEAKS_OF_DOING = new RegExp(
  [
    /\b(i|im|ive|me|my|we|us|our)\b/,
    /\bhow (to|do you|do u|should you|would you|can you|does it|do they)\b/,
    /\b(should|can|would) (you|u)\b|\bdo u\b/,
    /\bw(h?at|ats|hats) (do|does|will) (examiners?|markers?|they|the mark scheme|it) (want|look for|reward|mean|expect)\b/,
    /\b(tips?|tricks?|advice|techniques?)\b|\b(best|good|easy|easiest|quick|quickest|right) (way|structure|approach|method)\b/,
    /\b(ur|your|youre)\b/,
    /\bis it (ok|okay|alright|better|best|worth|fine|allowed|acceptable|bad|wrong|enough|roughly|about|true|really)\b/,
    /\b(valid|acceptable|good|bad) (answer|approach|idea)\b/,
    // "What is a good conclusion?", "what makes a strong paragraph": the quality of a piece of the student's writing.
    /\b(good|strong|great|top|perfect|decent|model|best|better) (conclusion|introduction|intro|paragraph|essay|judgement|judgment|opening|plan)s?\b/,
    /\bhow (long (is|are|should|for|on|do|does|to|can)|much time|many (minutes|marks|paragraphs|reasons|factors|points|words|details|sources|examples|facts|dates|stats|events|sentences))\b/,
    /\bwhat (counts|goes|should go|to put|to write)\b/,
    // "The difference between an account question and an explain one", not between historians' views of a
    // thing: "the totalitarian and revisionist interpretations of the Terror" asks for the history.
    /\bdifference between\b(?!.*\b(interpretations?|views?|schools?) (of|on|about)\b)/,
    /\b(enough|too (long|short|much|little|vague|general|narrative))\b/,
  ]
    .map((p) => p.source)
    .join('|'),
);

/** Beyond this many words, an exam word with "I" or "how to" is taken to be there by the way. */
const MAX_WORDS_BY_THE_WAY = 40;

const FIRST_PERSON = /\b(i|im|ive|me|my|we|us|our)\b/;

/**
 * Talk about marks and the paper that no exam question carries: "for 8 marks", "an 8 marker", "full
 * marks", "the mark scheme". An exam question states its marks after it ("… [8 marks]"), which this leaves alone.
 */
const TALKS_OF_THE_PAPER =
  /\b(an?|the|for|on|in|my|this|that|each|per|every|of) \d+ ?(mark|marks|marker|markers|mark question|mark q)\b|\b\d+ ?markers?\b|\b(full|top|more|extra|max|maximum|all the|the|get|lose|losing|gain|marks per) marks\b|\bmark ?scheme\b|\bexaminers?\b|\bspag\b|\bpast papers?\b|\bper mark\b|\b(substantiated|sustained|supported) judgements?\b|\bpeel\b/;

/** Marks in words, as a student may type them ("a sixteen marker", "the twelve mark question"). */
const MARK_NUMBERS: Readonly<Record<string, string>> = {
  two: '2', three: '3', four: '4', five: '5', six: '6', eight: '8', ten: '10', twelve: '12', fifteen: '15', sixteen: '16', twenty: '20',
  'twenty five': '25', thirty: '30',
};
const MARKS_IN_WORDS = new RegExp(`\\b(${Object.keys(MARK_NUMBERS).sort((a, b) => b.length - a.length).join('|')}) (?=(mark|marks|marker|markers)\\b)`, 'g');

/** A normalised text with marks in words given in digits: "the sixteen marker" is "the 16 marker". */
export const marksInDigits = (text: string): string => (text.includes('mark') ? text.replace(MARKS_IN_WORDS, (_, n: string) => `${MARK_NUMBERS[n] ?? n} `) : text);

/** Marks only A-level papers give one question (25- and 30-mark essays, sources and extracts; GCSE tops out at 16 plus 4 for SPaG). */
const A_LEVEL_MARKS = /\b(2[5-9]|3\d) ?(mark|marks|marker|markers)\b/;

/** Whether a question names marks only an A-level question carries ("the 30 mark interpretations question"). */
const namesALevelMarks = (question: string): boolean => A_LEVEL_MARKS.test(marksInDigits(normaliseText(question)));

/** The level a question names ("for my A level", "a GCSE 8 marker"), which its advice is for whatever class the teacher set. */
export function levelNamed(question: string): 'gcse' | 'a-level' | undefined {
  const text = marksInDigits(normaliseText(question));
  const aLevel = /\ba ?levels?\b(?! ?(?:[1-9]|one|two|three|four|five|six)\b)|\balevels?\b/.test(text) || A_LEVEL_MARKS.test(text);
  const gcse = /\bgcses?\b|\bigcses?\b/.test(text);
  // Both named ("the difference between GCSE and A level answers"): the question says nothing of one class.
  return aLevel === gcse ? undefined : aLevel ? 'a-level' : 'gcse';
}

/**
 * The words beside an essay named as the question to answer that say nothing of which advice is wanted: "how do I
 * answer the OCR essay question", "how do i do the 25 mark essay", "how do i write an essay for a level" (a board's name
 * is taken out before). "How do I plan the essay", "essay conclusion tips" ask something of their own.
 */
const ESSAY_ALONE_WORDS = new Set(
  'how do does i you u we to the a an my our your this that for on in of it what should can could would will answer answering write writing do doing tackle approach go about question questions q qs essay essays mark marks marker markers level levels gcse gcses alevel alevels tips tip help advice any some give me with pls please'.split(' '),
);

/** An essay named as the question, and nothing else asked of it: the words of a normalised text, board names out. */
const namesAnEssayAlone = (text: string): boolean => /\bessays?\b/.test(text) && text.split(' ').every((w) => w === '' || ESSAY_ALONE_WORDS.has(w) || /^\d+$/.test(w));

/**
 * The words an essay named alone is searched with: the "How far…" or "To what extent…" question, which the skills for
 * that kind word as KINDS does ("essay" is a stopword to the matcher). That is the A-level essay, and the GCSE
 * 16-marker on the papers that set one; not every board's paper on this course does (AQA's sets none, and tops out at
 * 12 marks; Edexcel's 16-marker asks how far one agrees with an interpretation). The class's level and board decide
 * the advice given (src/commands/exam-advice.ts: a board's paper that sets no such question gets its longest one).
 */
const ESSAY_KIND = 'agree statement';

/** Whether a question names an essay as the question to answer and asks nothing else of it, no kind of question named ("how do i write an essay", "the AQA essay question"). */
export function asksEssayAlone(question: string): boolean {
  const text = marksInDigits(normaliseText(question));
  return kindsIn(text).length === 0 && namesAnEssayAlone(text.replace(ANY_BOARD, ' ').replace(/\s+/g, ' ').trim());
}

/** Marks in a normalised text ("25 marker", "16 marks"). */
const MARKS_IN_TEXT = /\b\d+ ?(mark|marks|marker|markers)\b/g;

/** The paper's own instructions, which say "your" to every candidate: "Explain your answer", "Use your own knowledge". */
const PAPER_INSTRUCTIONS = /\b(explain|support|justify) your (answer|judgement|view)\b|\buse your own knowledge\b|\breasons for your answer\b/g;

/** A kind of exam question, and the word the skills entries for it use in their phrasings. */
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdescribe (two|2)\b|\bdescribe (q|qs|question|questions|one|ones|answers?)\b/, 'features'],
  [/\bexplain why\b|\bexplain (q|qs|question|questions|one|ones|answers?)\b|\bexplaining causes\b|\bcausation\b/, 'causation'],
  [/\bexplain how\b|\bin what ways?\b/, 'ways affected'],
  [/\b(write an? |narrative )?account (q|qs|question|questions|one|answers?)\b|\bwrite an account\b|\bnarrative account\b/, 'account narrative'],
  [/\bhow far (do|would) (you|u) agree\b|\bhow far\b|\bto what extent\b|\bagree (or|and) disagree\b|\bother side\b|\bthe statement\b/, 'agree statement'],
  [/\b(which|what) was (the )?more important\b|\bmore important (one|q|question|reason|factor)\b|\bboth factors\b|\btwo factors\b/, 'more important factor'],
  [/\bhow successful\b|\bsuccesses and failures\b/, 'successful'],
  [/\bhow significant\b|\bsignificance\b/, 'significance'],
  [/\bhow useful\b|\busefulness\b|\butility\b|\b(source|sources|poster|posters|cartoon|photo|photograph|speech|diary) .{0,30}\b(useful|useless|reliable|unreliable|biased|bias)\b|\b(useful|useless|reliable|unreliable|biased) .{0,20}\b(source|sources)\b/, 'useful source'],
  [/\bhow convincing\b|\binterpretations?\b|\bhistorians? (disagree|differ)\b|\bextracts?\b|\bmain difference\b/, 'interpretation'],
];

/**
 * The paper's own questions on two interpretations, which the tutor never sees: "What is the main difference between
 * these views?", "Suggest one reason why Interpretations 1 and 2 give different views". Interpretations named by their
 * number or letter are the paper's; "the main difference between Stalin's and Trotsky's views" asks for the history.
 */
const PAPERS_INTERPRETATIONS = /\binterpretations? (1|2|3|one|two|three|a|b|c)\b|\bmain difference between (these|the two|both|the|those) (views|interpretations)\b(?! of)/;

/** The kinds of exam question a normalised text names. */
const kindsIn = (text: string) => KINDS.filter(([pattern]) => pattern.test(text));

/** A kind of question quoted as such: 'how do I answer "which was more important" questions'. */
const QUOTES_KIND = /(^|\s)["“‘']\s*(describe|explain|write an account|how far|to what extent|which was|how (successful|significant|useful|convincing)|in what ways)\b[^"”’'?]*["”’']/i;

/**
 * A claim reported and put to the tutor to check: "my textbook says the famine killed 10 million, is that right?",
 * "our teacher told us Kirov was killed on Stalin's orders - true or not?" (or said alone, as one part of such a
 * question). Its first group is the claim.
 */
const CHECKS_A_CLAIM =
  /(?<!\b(?:i|we|you|u|to|can|could|should|would|do|did|does|will) )\b(?:says|said|told (?:me|us)|tells (?:me|us)|claims|claimed|reckons|states|stated|writes|wrote|argues|argued) (?:that )?(.+?)(?:,? (?:(?:but |so |and )?(?:is|was|are|were) (?:that|this|it|they|he|she|this claim|that claim) (?:really |actually |even )?(?:right|true|correct|accurate|wrong|false|so|a myth)|(?:true|right|correct) or (?:not|false|wrong)))?$/;

/**
 * Whether a question puts a reported claim of history to the tutor: the claim itself says nothing of the student's
 * doing nor of the exam ("my teacher says I should write four paragraphs, is that right?" still asks for advice).
 */
function checksAClaim(text: string, examWords: ReadonlySet<string>): boolean {
  const claim = CHECKS_A_CLAIM.exec(text)?.[1];
  return claim !== undefined && !SPEAKS_OF_DOING.test(claim) && !TALKS_OF_THE_PAPER.test(claim) && !claim.split(' ').some((w) => examWords.has(w));
}

/** A question about exam technique: the text to search the skills entries with, else undefined. */
export type ExamSkillReader = (question: string) => string | undefined;


/** What a kind of question is called after its kind ("the describe two q", "a how far question"). */
const QUESTION_NAMES = 'q|qs|question|questions|one|ones|answer|answers|marker|markers|style|type|essay|essays';
/** A kind named as a kind of question ("the describe two q", "an explain why one"): each KINDS pattern built once, not per question. */
const KIND_NAMED_AS_QUESTION = KINDS.map(([pattern]) => new RegExp(`(${pattern.source})\\s+(${QUESTION_NAMES})\\b`));
/** A word naming a question at all: without one, no kind is named as a question (and the kinds are not looked for). */
const NAMES_A_QUESTION = new RegExp(`\\s(?:${QUESTION_NAMES})\\b`);
/**
 * Whether a question asks for exam advice: it talks of marks and the paper as no exam question does, or
 * names a kind of exam question as such ("the describe two q"), or speaks of doing and uses one of the
 * exam's words or names a kind of question. Returned: the question and the words of the kinds it names.
 */
export function examSkillReader(examSkillWords: readonly string[]): ExamSkillReader {
  const words = new Set(examSkillWords);
  if (words.size === 0) return () => undefined;
  /** Whether a text, read alone, asks for exam advice. */
  // Each test is made only when those before it failed (most questions fail them all).
  const asksAdvice = (question: string): boolean => {
    const text = marksInDigits(normaliseText(question)).replace(PAPER_INSTRUCTIONS, ' ').replace(/\s+/g, ' ').trim();
    return (
      TALKS_OF_THE_PAPER.test(text) ||
      (NAMES_A_QUESTION.test(text) && KIND_NAMED_AS_QUESTION.some((pattern) => pattern.test(text))) ||
      PAPERS_INTERPRETATIONS.test(text) ||
      QUOTES_KIND.test(question) ||
      // A long text that says "I" and uses a word of the exam by the way ("as I understand it… argument") is a history question.
      (SPEAKS_OF_DOING.test(text) && text.split(' ').length <= MAX_WORDS_BY_THE_WAY && text.split(' ').some((w) => words.has(w))) ||
      // "How do I explain why…": the student's own doing, not "can you explain why…", which asks for the history.
      (FIRST_PERSON.test(text) && kindsIn(text).length > 0)
    );
  };
  return (question) => {
    if (!asksAdvice(question)) return undefined;
    const text = marksInDigits(normaliseText(question));
    const kinds = kindsIn(text).map(([, word]) => word);
    if (saidByTheWay(question, asksAdvice, words) || checksAClaim(text, words)) return undefined;
    // A board named says whose paper ("the OCR essay question", "aqa 8 marker"), which the class's advice follows
    // (src/commands/exam-advice.ts reads it from the question), not which kind of question: it is not searched for.
    const unboarded = text.replace(ANY_BOARD, ' ').replace(/\s+/g, ' ').trim();
    const boardless = unboarded !== text;
    // "How do I answer the OCR essay question", "the 25 mark essay": an essay and nothing else asked of it is searched
    // as the essay's kind of question; its marks, where they are the A-level's, say only its level (the level's own
    // advice on the kind follows, src/commands/exam-advice.ts).
    if (kinds.length === 0 && namesAnEssayAlone(unboarded)) {
      const aLevel = levelNamed(unboarded) === 'a-level';
      const bare = aLevel ? unboarded.replace(MARKS_IN_TEXT, ' ').replace(/\s+/g, ' ').trim() : unboarded;
      return `${bare}${aLevel && !/\ba ?levels?\b|\balevels?\b/.test(bare) ? ' a level' : ''} ${ESSAY_KIND}`;
    }
    // "A 12 mark question" is "a 12 marker" (the matcher drops "12 marks" as an exam question's furniture).
    const searched = /\b\d+ ?marks? (q|qs|question|questions|answer|answers|essay|essays|one)\b/.test(unboarded)
      ? unboarded.replace(/\b(\d+) ?marks? (?=q|question|answer|essay|one)/g, '$1 marker ')
      : boardless || text !== normaliseText(question) ? unboarded : question;
    // "The 30 mark interpretations question" is the A-level one, whatever else its words fit.
    const level = namesALevelMarks(text) ? ['a level'] : [];
    const added = [...kinds, ...level];
    return added.length > 0 ? `${searched} ${added.join(' ')}` : searched;
  };
}

/** A clause that asks or tells the tutor something: a question, or a request ("help me structure it"). */
const ASKING_CLAUSE = /^(who|whom|whose|what|whats|when|where|why|how|which|was|were|did|do|does|is|are|can|could|should|would|will|explain|describe|outline|define|help|tell|give|show|write|list|assess|evaluate|compare|account|pls|plz|please)\b/;

/**
 * Exam talk said by the way, beside a question of history: "What was the 1936 constitution, need it for a
 * 4 marker", "Why did the Terror happen? I have a mock on Monday". Every clause that speaks of the exam is a
 * statement, and another clause asks a question that, alone, is no question about technique.
 */
function saidByTheWay(question: string, asksAdvice: (clause: string) => boolean, examWords: ReadonlySet<string>): boolean {
  const clauses = question
    .split(/[.?!;,]+(?=\s|$)|\s[-–—]\s/)
    .map((c) => c.trim())
    .filter(Boolean);
  if (clauses.length < 2) return false;
  const talking = clauses.filter(asksAdvice);
  if (talking.length === 0) return false;
  const isAsking = (c: string) => ASKING_CLAUSE.test(normaliseText(c)) || question.includes(`${c}?`);
  // "What was the 1936 constitution": a question of some words that says nothing of the student or the exam.
  const asksHistory = (c: string) => {
    const text = normaliseText(c);
    return isAsking(c) && text.split(' ').length >= 3 && !SPEAKS_OF_DOING.test(text) && !text.split(' ').some((w) => examWords.has(w));
  };
  return talking.every((c) => !isAsking(c)) && clauses.some((c) => !talking.includes(c) && asksHistory(c));
}
