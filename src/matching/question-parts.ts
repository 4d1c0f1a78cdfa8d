// Reading a pasted question the way a teacher would: exam furniture taken off (marks in any bracket,
// "Discuss.", "Assess the validity of this view", "Write a few lines to show what you know about"), and
// a question of several parts ("(a) (i) Who…? (ii) What…?", "What was X and when did it occur?", a forum
// post that tells a story and then asks) cut into the parts to answer. The furniture says what kind of
// answer is wanted, which the matcher reads from the whole text; it never says what about.
import { sentencesOf } from './normalise.js';
import { subjectlessAsk } from './subject-request.js';

/** Marks and labels in any bracket: "[4]", "(12 marks)", "(22 mks)", "[30]", "(4)". */
const MARKS = /[[(]\s*\d{1,3}\s*(marks?|mks?|pts?|points?)?\s*[\])]|\b\d{1,3}\s*(marks|mks)\b/gi;

/** Instructions around the question that carry no subject. Whole phrases only; case does not matter. */
const FURNITURE: readonly RegExp[] = [
  /\b(assess|evaluate|consider) the (validity|accuracy) of (this|the) (view|statement|interpretation|claim|judgement)\b/gi,
  /\bhow (valid|accurate|convincing) is (this|the) (view|statement|interpretation|claim|judgement)\b/gi,
  /\b(how far|to what extent) do you agree( with (this|the) (view|statement|interpretation|claim))?\b/gi,
  /\b(do|would) you agree( with (this|the) (view|statement|interpretation|claim))?\b/gi,
  /\bexplain your (answer|reasoning)\b/gi,
  /\b(use|using) (your own knowledge|evidence)( to (support|explain) your answer)?\b/gi,
  /\bsupport your (answer|judgement) with (evidence|examples)\b/gi,
  /\bbe prepared to (defend|justify|explain) your answer\b/gi,
  /\bbonus \d+ points?[^.?!]*/gi,
  /\bwrite (a few lines|a paragraph|a short note|a short account|brief notes?) (to show what you know )?(about|on)\b/gi,
  /\bwrite an account of\b/gi,
  /\baccount for\b/gi,
  /\b(based (up)?on|according to|citing( specific)? evidence from) what you('ve| have) (read|learned|learnt|studied)( in [a-z]+)?\b/gi,
  /^\s*(essay|question|questions|task|tasks|q\d*|homework|homework sheet|worksheet|exercise|activity|revision questions)\s*[:.)-]/gi,
];
/** A command word alone at the end, after a quoted statement: "'…' Discuss." */
const CLOSING_COMMAND = /(^|[.?!'"’”]\s*)(discuss|explain|evaluate|assess|justify)\s*[.!]?\s*$/gi;

/** Strips exam furniture, keeping the question's own words (and its question marks). */
export function stripFurniture(text: string): string {
  let s = text.replace(MARKS, ' ');
  for (const pattern of FURNITURE) s = s.replace(pattern, ' ');
  s = s.replace(CLOSING_COMMAND, '$1');
  // A full stop left behind after a quoted statement ("'…alone.' Discuss." → "'…alone.' .").
  return s.replace(/\s+/g, ' ').replace(/([.?!'"’”])\s*[.!]+(?=\s|$)/g, '$1').trim();
}

/** Part labels: "(a)", "b)", "(ii)", "iii." at a word boundary; "1)", "2." opening the text or a sentence, before a question. */
const PART_LABEL = /(?:^|\s)(?:(?:\(\s*(?:[a-e]|i{1,3}|iv|v)\s*\)|(?:[a-e]|i{1,3}|iv|v)\))\s+)+|(?:^|(?<=[?.:!;]\s+))\(?[1-9][.)]\s+(?=[A-Z]|(?:who|whom|what|whats|when|where|why|how|which|was|were|did|describe|explain|name|give|list)\b)/gi;
/**
 * A second question joined by "and" or a comma: "…, and who the Right?", "… and when did it occur?"; after "and", also as
 * texted ("who was kirov and y was he killed": "y" is "why").
 */
const JOINED_QUESTION = /,?\s+(?:and|n|&)\s+(?=(?:who|when|why|where|how|which|what|y|wen|wat|wot|hw)\b)|,\s+(?=(?:who|when|why|where|how|which)\b)|\s+[-–—]+\s+(?=(?:who|when|why|where|how|which|what)\b)/gi;
/** A dash after a sentence's end, opening the next question: "…a success? [25 marks] - what did Getty argue". */
const DASH_AFTER_END = /([?.!])\s*[-–—]+\s+(?=\S)/g;
const QUESTION_START = /^(who|whom|whose|what|whats|when|where|why|how|which|was|were|did|do|does|is|are|can|could|should|would|name|list|describe|explain|give|identify|outline|define|state)\b/i;

/** A word linking a sentence to the one before, then the question it opens: "And how many executions…", "Also, who…". */
const LINKING = /^(?:and|also|plus|but|&)\b[,\s]*(?=(?:who|whom|whose|what|whats|when|where|why|how|which|was|were|did|do|does|is|are)\b)/i;

/**
 * "Who is Zinoviev and Kamenev", "who were Bukharin and Rykov": two people (or terms) asked about at once, each a few
 * words, neither a question: "who was X" for each.
 */
const TWO_DEFINED = /^\s*(who|what)(?:'s| is| was| were| are)\s+((?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*(?:,\s*|\s+)and\s+((?:[a-z'’-]+\s+){0,2}[a-z'’-]+)\s*[?.!]*\s*$/i;

/** The two questions of "who is X and Y", or undefined for any other question. */
export function twoDefined(text: string): readonly [string, string] | undefined {
  const m = TWO_DEFINED.exec(stripFurniture(text));
  if (!m) return undefined;
  const [, wh = 'who', x = '', y = ''] = m;
  if (QUESTION_START.test(y) || QUESTION_START.test(x)) return undefined;
  const verb = wh.toLowerCase() === 'who' ? 'who was' : 'what was';
  return [`${verb} ${x}`, `${verb} ${y}`];
}

/** An instruction that asks more of the question before it: "Give 2 examples", "Explain your answer", "List three". */
const INSTRUCTION = /^(give|list|name|state|identify|include|mention|use|explain|describe)\b(?!.*\b(of|about|on|for)\b)/i;

/** Content-poor parts ("when did it occur", "who was he") lean on the part before them. */
const FEW_WORDS = 4;
/**
 * A part that names what the part before it named by a word for it ("who came up with the term?", "when was the law
 * passed?") leans on that part, however many words it has: "the term" is the Great Retreat of "what was the Great Retreat".
 */
const NAMES_IT_AGAIN = /\b(?:the|this|that|these|those) (?:terms?|phrases?|names?|words?|expressions?|labels?|ideas?|concepts?|books?|policy|policies|laws?|decrees?|theory|theories|slogans?|events?)\b(?!\s+(?:of|for|on|about)\b)/i;

/** "What was the NEP", "who was Kirov", "what were the Five-Year Plans": a question asking what its subject is, and that subject. */
const DEFINES = /^\s*(?:what|who)(?:'s| is| was| were| are)\s+(?!the (?:main|most|best|first|last|reasons?|causes?|results?|effects?|impact)\b)(.+?)\s*[?.!]*$/i;
/** A word that stands for what the part before named: "why did Lenin bring it in", "why was he killed". */
const STANDS_FOR = /\b(?:it|they|them|he|him|she|her)\b/i;

/**
 * A part that leans on the part before it, read as it would be asked alone: the subject of a question asking what
 * something is put in place of the word that stands for it ("what was the NEP and why did Lenin bring it in" → "why
 * did Lenin bring the NEP in"), or after it when none does; the whole part before, when that asks something else.
 */
function carriedOver(part: string, before: string): string {
  const subject = DEFINES.exec(before)?.[1];
  if (!subject || subject.split(/\s+/).length > 6) return askedOfSubject(part, before) ?? `${part} ${before}`;
  return STANDS_FOR.test(part) ? part.replace(STANDS_FOR, subject) : `${part} ${subject}`;
}

/** "When were [the show trials] held", "why was [Kirov] killed": the subject of a question asking a fact of it. */
const BE_ASKED = /^\s*(?:when|why|how|where|who|whom|what|which)\s+(?:was|were|is|are)\s+(.+?)\s*[?.!]*$/i;
/** "When did [Yezhov] fall from power": the one a question asks what they did, named by a word or a run of capitals. */
const DID_ASKED = /^\s*(?:[Ww]hen|[Ww]hy|[Hh]ow|[Ww]here|[Ww]hat)\s+(?:did|does|do)\s+((?:[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)*|(?!(?:the|a|an|this|that|these|those|his|her|its|their|they|he|she|it|you|we|i|people|stalin's|lenin's)\b)[a-z][\w-]*)\s+[a-z]/;
/** The verb ending a subject asked of ("…adopted", "…held in"): past participles, and what follows them. */
const PARTICIPLE_ON = /\s+(?:[a-z]+ed|held|made|built|begun|brought|drawn|taken|given|shown|known|won|lost|chosen|set|put|sent|shot|seen|thrown|overthrown|written|done|run|kept)\b.*$/;
/** A pronoun for a person as its object: "what happened to him" ("what did he do next" keeps the whole part before). */
const FOR_A_PERSON = /\b(?:him|her)\b/i;
/** A word for a thing or things, or for each of them: "what was different about it", "who were tried in each". */
const FOR_A_THING = /\b(?:it|its|they|them|their|each)\b/i;
const PRONOUNS_OPENING = /^(?:the )?(?:it|its|they|them|their|he|him|his|she|her|this|that|these|those)\b/i;

/**
 * A part whose word for its subject stands for the subject of a part before that asks a fact of it, not what it is
 * ("When did Yezhov fall from power, and what happened to him?": Yezhov, not his fall; "When were the three show trials,
 * and who were the defendants in each?": each of the trials). Undefined when the part before names no subject so.
 */
function askedOfSubject(part: string, before: string): string | undefined {
  if (FOR_A_PERSON.test(part)) {
    const one = DID_ASKED.exec(before)?.[1] ?? BE_ASKED.exec(before)?.[1]?.replace(PARTICIPLE_ON, '');
    if (!one || one.split(/\s+/).length > 3 || PRONOUNS_OPENING.test(one)) return undefined;
    return part.replace(/\b(?:him|her)\b/i, one);
  }
  if (!FOR_A_THING.test(part)) return undefined;
  const thing = BE_ASKED.exec(before)?.[1]?.replace(PARTICIPLE_ON, '').replace(/\s+(?:in|on|at|from|by) (?:\d{4}|the \d{4}s)\b.*$/, '');
  if (!thing || thing.split(/\s+/).length > 6 || PRONOUNS_OPENING.test(thing)) return undefined;
  return part.replace(/\beach\b(?!\s+of\b)/i, `each of ${thing}`).replace(/\b(?:it|they|them)\b/i, thing).replace(/\b(?:its|their)\b/i, `${thing}'s`);
}

/** A part ending on a word for what the part before named: "…in each", "…of them", "…to him". */
const EACH_OF_THEM = /\b(?:each|them|him|her|it)\s*[?.!]*$/i;

/** A few words that ask nothing themselves ("Stalin's wife"), put before the question about them. */
const fronted = (piece: string) => !QUESTION_START.test(piece) && !piece.includes('?') && wordCount(piece) <= FEW_WORDS && !/[.!;:]/.test(piece);

/** How the life of the one named ended: "how did she die", "what happened to him". */
const LIFE_END = /^(?:what happened to (?:him|her)(?: in the end)?|how did (?:he|she) die|when did (?:he|she) die|did (?:he|she) die)\s*[?.!]*$/i;

export interface QuestionParts {
  /** The parts to answer, each a question of its own (at most `max`). */
  readonly parts: readonly string[];
  /** The further parts, as asked, left unanswered. */
  readonly rest: readonly string[];
}

const wordCount = (s: string) => s.split(/\s+/).filter((w) => w.length > 2).length;

/**
 * The parts of a question, furniture stripped. One part for an ordinary question. A story followed by a
 * question gives the question (with the sentence before it when the question alone says little).
 */
export function splitQuestion(text: string, max = 3): QuestionParts {
  const stripped = stripFurniture(text).replace(DASH_AFTER_END, '$1 ');
  let pieces = stripped.split(PART_LABEL).map((p) => p.trim()).filter(Boolean);
  if (pieces.length <= 1) {
    // Sentences: questions end in "?"; a statement before them is context.
    // "1.5 million" and "c.1930" stay whole (sentencesOf).
    const sentences = sentencesOf(stripped).filter((s) => s.length > 0);
    // "…by 1939? and how many executions in 1937-38": a sentence opening with "and" asks a question of its own.
    const questions = sentences.filter((s) => s.endsWith('?') || QUESTION_START.test(s) || QUESTION_START.test(s.replace(LINKING, '')));
    if (questions.length === 0 || sentences.length === 1) pieces = [stripped];
    else {
      pieces = [];
      for (const q of questions) {
        const at = sentences.indexOf(q);
        const before = at > 0 ? sentences[at - 1] : undefined;
        // "Give 2 examples." after a question asks more of it, not something new.
        const last = pieces.length - 1;
        if (last >= 0 && wordCount(q) <= FEW_WORDS && INSTRUCTION.test(q) && before !== undefined && questions.includes(before)) {
          pieces[last] = `${pieces[last]} ${q}`;
          continue;
        }
        // "…? What do historians say": the historians' views of the question before, not a question of its own.
        if (last >= 0 && subjectlessAsk(q)) {
          pieces[last] = `${pieces[last]} ${q}`;
          continue;
        }
        const lean = wordCount(q) <= FEW_WORDS && before !== undefined && !questions.includes(before);
        // "What was the Great Retreat? Who came up with the term?": the term is the one the question before named.
        const namesBefore = before !== undefined && questions.includes(before) && NAMES_IT_AGAIN.test(q);
        const own = q.replace(LINKING, '');
        pieces.push(lean ? `${before} ${q}` : namesBefore ? carriedOver(own, before) : own);
      }
    }
  }
  // Within a part, questions joined by "and who…", ", when…".
  const parts: string[] = [];
  for (const piece of pieces) {
    const joined = piece.split(JOINED_QUESTION).map((p) => p.trim()).filter(Boolean);
    joined.forEach((p, i) => {
      const prev = joined[i - 1];
      if (i > 0 && subjectlessAsk(p)) parts[parts.length - 1] = `${parts[parts.length - 1] ?? ''} ${p}`.trim();
      // "Stalin's wife, how did she die": a subject put first, then the question about it, is one question ("she" is the wife).
      // "How did she die" of a person is what their card tells ("Stalin's wife" is Alliluyeva's; "how did Stalin's wife die" reads as Stalin's death).
      else if (i === 1 && prev !== undefined && fronted(prev)) parts[parts.length - 1] = LIFE_END.test(p) ? prev : STANDS_FOR.test(p) ? p.replace(STANDS_FOR, prev) : `${p} ${prev}`;
      else if (i > 0 && prev !== undefined && (wordCount(p) <= FEW_WORDS || NAMES_IT_AGAIN.test(p))) parts.push(carriedOver(p, prev));
      // "…and who were the main defendants in each?": a longer part whose "each" or "them" names nothing of its own.
      else parts.push(i > 0 && prev !== undefined && EACH_OF_THEM.test(p) ? (askedOfSubject(p, prev) ?? p) : p);
    });
  }
  const unique = [...new Set(parts.filter((p) => /[a-z]/i.test(p)))];
  if (unique.length === 0) return { parts: [stripped], rest: [] };
  return { parts: unique.slice(0, max), rest: unique.slice(max) };
}

/** Essay and judgement questions, which want an argument built from several points rather than one fact. */
const ESSAY = /\b(how far|to what extent|what extent|how (successful|significant|important|effective|valid|accurate)|assess|evaluate|discuss|do you agree|essay|analyse|examine)\b/i;
const BIG_MARKS = /[[(]\s*(\d{1,3})\s*(marks?|mks?)?\s*[\])]|\b(\d{1,3})\s*(marks|mks)\b/gi;

/** Whether a question asks for a judgement in an essay's words ("how far", "assess", "discuss"), not by its marks alone. */
export function asksEssayJudgement(text: string): boolean {
  return ESSAY.test(text);
}

export function isEssayQuestion(text: string): boolean {
  if (asksEssayJudgement(text)) return true;
  for (const m of text.matchAll(BIG_MARKS)) if (Number(m[1] ?? m[3]) >= 8) return true;
  return false;
}
