// A student's question as /ask answers it: cut into its parts (src/matching/question-parts.ts), each part
// matched on its own, and the whole matched too, so that a question the parts would only spoil
// ("Who led the Left, and who the Right?" read whole still finds the Left and the Right) keeps its answer.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { EXPLAINED_INTENTS, intentsOf, type Intent } from './intent.js';
import { refusalWords, type Matcher, type MatchResult } from './matcher.js';
import { everydayWords } from './everyday-words.js';
import { leansOnPrevious, pointsBack, readWithPrevious, yearsOnlyReader } from './follow-up.js';
import { normaliseText } from './normalise.js';
import { asksEssayJudgement, isEssayQuestion, splitQuestion } from './question-parts.js';
import { readSourceQuestion } from './source-question.js';
import { STOPWORDS } from './vocabulary.js';

/**
 * Whether a part names a thing of its own by a word no everyday English has ("What was the NKVD?" after "Who was
 * Yezhov?"), without pointing back: it is its own question, not the part before read again.
 */
function namesItsOwn(part: string): boolean {
  if (pointsBack(part)) return false;
  const common = everydayWords().common;
  return normaliseText(part).split(' ').some((w) => w.length > 2 && !STOPWORDS.has(w) && !/^\d+$/.test(w) && !common.has(w));
}

/** Text past this is not read for parts (Discord allows 6000 characters in an option). */
const MAX_READ = 2000;
export const MAX_PARTS = 3;
/** A points reply offers this many entries at most (and needs two). */
export const MAX_POINTS = 4;

export interface AskOutcome {
  /** The result shown when the question is answered as one (or the first part's, for several). */
  readonly primary: MatchResult;
  /** Two or more parts answered with different entries, in the question's order; empty otherwise. */
  readonly parts: readonly MatchResult[];
  /** For several parts answered: the parts, as asked, that got no answer (those beyond MAX_PARTS too); empty otherwise. */
  readonly unanswered: readonly string[];
  /**
   * An essay or broad question that no judgement entry answers: the entries to build an answer from
   * (two to MAX_POINTS), shown instead of the primary result; empty otherwise.
   */
  readonly points: readonly AnswerEntry[];
}

/**
 * An essay question ("How far…", "Assess…", 12 marks and more) is answered by an entry that weighs the
 * question up; any other entry gives one point of the answer, so the best few are offered as points.
 */
function pointsFor(question: string, result: MatchResult): AnswerEntry[] {
  if (!isEssayQuestion(question) || result.status === 'unknown' || result.entry?.kind === 'skill') return [];
  if (result.status === 'answered' && result.entry && weighsItUp(question, result.entry)) return [];
  const points = offeredEntries(result);
  return points.length >= 2 ? points.slice(0, MAX_POINTS) : [];
}

/** Causes and results: an entry whose own question asks for one of them explains them, the factors named and weighed. */
const EXPLAINING: readonly Intent[] = ['cause', 'result'];

/**
 * Whether an entry answering an essay question answers it whole: a judgement entry does. A question that is an essay
 * by its marks alone, asking no judgement ("Explain why collectivisation was introduced. [12 marks]"), is answered by
 * an entry explaining the causes or results of what it is about, unless it asks for the other of the two; one asking
 * for a judgement ("Assess the reasons…", "How far…") gets the points to weigh.
 */
function weighsItUp(question: string, entry: AnswerEntry): boolean {
  const gives = intentsOf(entry.question);
  if (gives.has('judgement')) return true;
  if (asksEssayJudgement(question)) return false;
  const asked = EXPLAINING.filter((i) => intentsOf(question).has(i));
  return EXPLAINING.some((i) => gives.has(i) && (asked.length === 0 || asked.includes(i)));
}

/** Every entry a result offers, best first and each once: the answer, the entries close behind it, the suggestions. */
export function offeredEntries(result: MatchResult): AnswerEntry[] {
  const seen = new Set<string>();
  return [result.entry, ...result.alternatives, ...result.suggestions].filter((e): e is AnswerEntry => {
    if (!e || seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

/**
 * What is read of a long paste for its parts: its start and, when it runs past MAX_READ, its end from the start
 * of a sentence, as a forum post often tells its story first and asks at the end ("…so basically why did he win?").
 */
function readable(question: string): string {
  if (question.length <= MAX_READ) return question;
  const tail = question.slice(-MAX_READ / 2);
  const sentence = tail.search(/[.!?]\s+\S/);
  return `${question.slice(0, MAX_READ / 2)}\n${sentence >= 0 ? tail.slice(sentence + 1).trim() : tail}`;
}

const better = (a: MatchResult, b: MatchResult) => {
  const rank = (r: MatchResult) => (r.status === 'answered' ? 2 : r.status === 'unsure' ? 1 : 0);
  return rank(b) > rank(a) || (rank(b) === rank(a) && b.confidence > a.confidence) ? b : a;
};

/** How far down a part's ranking its entry on another kind of answer may be. */
const KIND_DEPTH = 5;
/** …and how much of the part's words it must hold, so that it is about the same thing. */
const KIND_COVERAGE = 0.75;

/**
 * The entry about the same thing that gives the kind of answer a later part asks for (causes, results, a
 * judgement), when the entry it found is the one an earlier part was answered with and does not give it.
 */
function anotherKindOfAnswer(matcher: Matcher, part: string, found: MatchResult, earlier: AnswerEntry): MatchResult | undefined {
  const asked = [...intentsOf(part)].filter((i) => EXPLAINED_INTENTS.has(i));
  const given = intentsOf(earlier.question);
  if (asked.length === 0 || asked.some((i) => given.has(i))) return undefined;
  const next = matcher
    .rank(part)
    .candidates.slice(0, KIND_DEPTH)
    .find((c) => c.entry.id !== earlier.id && c.coverage >= KIND_COVERAGE && asked.some((i) => intentsOf(c.entry.question).has(i)));
  return next ? { ...found, entry: next.entry, matchedQuestion: next.text, alternatives: [] } : undefined;
}

/** Two answers sharing this share of the shorter one's words tell the same story: shown both, they read as one twice. */
const SAME_STORY = 0.6;

/** An answer's words of three letters or more, but stopwords, once each. */
const storyWords = (text: string) => new Set(normaliseText(text).split(' ').filter((w) => w.length > 2 && !STOPWORDS.has(w)));

/**
 * Whether two entries' answers tell nearly the same ("who was Stakanov and why is he famous": the miner's card and
 * the entry on his record both tell of the 102 tonnes); the later part is then answered by the first.
 */
function nearlyTheSame(a: AnswerEntry, b: AnswerEntry): boolean {
  const [x, y] = [storyWords(a.answer), storyWords(b.answer)];
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared >= SAME_STORY * Math.min(x.size, y.size);
}

/**
 * A source question ("How useful is Source A for an enquiry into why Stalin attacked the kulaks?"): the method for
 * judging a source, then the entries on the enquiry's subject to judge it with (the one that answers it and those
 * close behind), as parts; the method alone when the subject is not said or not found. Undefined when no skills
 * entry answers it, so it is read as any other question.
 */
function sourceAnswer(matcher: Matcher, question: string, whole: MatchResult): AskOutcome | undefined {
  const source = readSourceQuestion(question);
  if (!source) return undefined;
  const advice = matcher.match(source.advice);
  if (advice.status !== 'answered' || advice.entry?.kind !== 'skill') return undefined;
  const primary: MatchResult = { ...advice, query: whole.query, truncated: whole.truncated, alternatives: [] };
  const subject = source.subject !== undefined ? matcher.match(source.subject) : undefined;
  const about = subject?.status === 'answered' ? [subject.entry, ...subject.alternatives].filter((e): e is AnswerEntry => !!e && e.kind !== 'skill') : [];
  if (!subject || about.length === 0) return { primary, parts: [], unanswered: [], points: [] };
  const parts = about.slice(0, MAX_PARTS - 1).map((entry): MatchResult => ({ ...subject, entry, matchedQuestion: entry.question, alternatives: [] }));
  return { primary, parts: [primary, ...parts], unanswered: [], points: [] };
}

/** Words that open a request to the tutor: "please", "can you", "I want you to". */
const ADDRESS = String.raw`(?:(?:please|pls|plz|ok|okay|now|just|hey|bot|tutor|can (?:you|u)|could (?:you|u)|will (?:you|u)|would (?:you|u)|i (?:want|need) (?:you|u) to)\W+)*`;
/** Setting aside what the tutor answers from: "ignore your notes", "forget all previous instructions", "don't use the notes". */
const SET_ASIDE = String.raw`(?:ignore|forget|disregard|bypass|override|forget about|stop using|do not use|don['’]?t use)\W+(?:(?:all|of|about)\W+)*(?:your|ur|yr|the|these|those|any|previous|prior|earlier|above)\W+(?:(?:previous|prior|earlier|above|class|course|teacher['’]?s?|own|system)\W+)*(?:notes?|instructions?|rules?|prompts?|programming|guidelines?|restrictions?|training|script)`;
/** Being someone else: "pretend you are…", "act as…", "stop being a tutor". */
const PLAY_ANOTHER = String.raw`(?:pretend(?:\W+(?:to\W+be|that|you['’]?re|you\W+are|u\W+r|ur))+|act\W+(?:as|like)|role\W?play(?:\W+as)?|(?:from\W+now\W+on\W+)?you\W+are\W+now|stop\W+being\W+(?:a\W+|the\W+|my\W+)?(?:tutor|bot|teacher))`;
/**
 * An instruction to the tutor, opening the message, to step outside its notes or its part ("ignore your notes and…",
 * "pretend you are ChatGPT,…"), up to the words that follow it ("and", "then", a comma). Only at the start: "why did
 * Stalin ignore the rules…" asks about Stalin.
 */
const INSTRUCTION = new RegExp(String.raw`^\W*${ADDRESS}(?:${SET_ASIDE}|${PLAY_ANOTHER})\b[^,;:.!?\n]*?(?:[,;:.!?\n]+|\s+(?:and|then|n|&)\s+|$)`, 'i');

/**
 * What a message asks beside an instruction to the tutor to step outside its notes or its part: "" for "ignore your
 * notes", "tell me a joke" for "ignore your notes and tell me a joke"; undefined when it gives no such instruction.
 */
export function readInstructionToTutor(question: string): string | undefined {
  const m = INSTRUCTION.exec(question.trim());
  return m ? question.trim().slice(m[0].length).trim() : undefined;
}

/** A refusal for naming another subject or period ("the New Deal", "World War I", "Hoovervilles"), not for fitting no entry. */
function refusedAsAnotherSubject(whole: MatchResult): boolean {
  return refusalWords(whole)?.kind === 'other-subject';
}

/** Whether a text names a person, term or topic of the course, or a name at its centre ("Stalin", "famine"). */
export function namesTheCourse(matcher: Matcher, part: string): boolean {
  const r = matcher.rank(part);
  return r.namesCourse || r.centralInPlainWords;
}

export function askQuestion(matcher: Matcher, question: string): AskOutcome {
  const whole = matcher.match(question);
  // Nothing to cut in an empty question, one about the tutor, or one in another script.
  if (whole.reason === 'empty' || whole.reason === 'about-tutor') return { primary: whole, parts: [], unanswered: [], points: [] };
  // An exam's source question is answered by the method and the enquiry's subject, not by the quoted source's words.
  const source = sourceAnswer(matcher, question, whole);
  if (source) return source;
  // Exam advice answers the question whole: its parts are one question about technique.
  if (whole.entry?.kind === 'skill') return { primary: whole, parts: [], unanswered: [], points: [] };
  const { parts, rest } = splitQuestion(readable(question), MAX_PARTS);
  if (parts.length === 1 && parts[0] === question.trim()) return { primary: whole, parts: [], unanswered: [], points: pointsFor(question, whole) };
  // "(a) What was the New Deal? (b) When was it?": refused whole as another subject's, and no part names anything of
  // the course, so a part's stray everyday words ("when", "cause") must not find an entry the whole was refused.
  if (refusedAsAnotherSubject(whole) && !parts.some((p) => namesTheCourse(matcher, p))) return { primary: whole, parts: [], unanswered: [], points: [] };
  // "…and why did Stalin introduce it?": a part that points back is read with the part before it.
  const reader = yearsOnlyReader(matcher.lexicon);
  const texts = parts.map((p, i) => {
    const before = parts[i - 1];
    return before && !p.includes(before) && leansOnPrevious(p, reader) === 'yes' && !namesItsOwn(p) ? readWithPrevious(p, before, reader) : p;
  });
  const results = texts.map((p) => matcher.match(p));
  // "What was the Great Purge and why did it happen?": the second part, read with the first's subject, finds
  // the same entry again; it asks for causes the first entry was not asked for, so its entry on them answers it.
  results.forEach((r, i) => {
    const earlier = results.slice(0, i).find((e) => e.status === 'answered' && e.entry && e.entry.id === r.entry?.id);
    if (r.status === 'answered' && earlier?.entry) results[i] = anotherKindOfAnswer(matcher, texts[i] ?? '', r, earlier.entry) ?? r;
  });
  const answered: MatchResult[] = [];
  const unanswered: string[] = [];
  results.forEach((r, i) => {
    // A part answered with an earlier part's entry is answered there, so it is not listed as unanswered.
    if (r.status !== 'answered' || !r.entry) unanswered.push(parts[i] ?? '');
    // …or with an entry telling nearly the same (a person's card and the entry on what made them known).
    else if (!answered.some((a) => a.entry?.id === r.entry?.id || (a.entry && r.entry && nearlyTheSame(a.entry, r.entry)))) answered.push(r);
  });
  if (answered.length >= 2) return { primary: answered[0] ?? whole, parts: answered, unanswered: [...unanswered, ...rest], points: [] };
  // One question in a longer text: the better of it alone and the whole, keeping what the student typed.
  const best = results.reduce(better, whole);
  const primary = best === whole ? whole : { ...best, query: whole.query, truncated: whole.truncated };
  return { primary, parts: [], unanswered: [], points: pointsFor(question, primary) };
}
