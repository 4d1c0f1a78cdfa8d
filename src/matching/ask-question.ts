// A student's question as /ask answers it: cut into its parts (src/matching/question-parts.ts), each part
// matched on its own, and the whole matched too, so that a question the parts would only spoil
// ("Who led the Left, and who the Right?" read whole still finds the Left and the Right) keeps its answer.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { EXPLAINED_INTENTS, intentsOf, type Intent } from './intent.js';
import { refusalWords, type Matcher, type MatchResult } from './matcher.js';
import { everydayWords } from './everyday-words.js';
import { leansOnPrevious, pointsBack, readWithPrevious, yearsOnlyReader } from './follow-up.js';
import { normaliseText } from './normalise.js';
import { MATCHER_DEFAULTS } from './defaults.js';
import { readEssayForm } from './essay-form.js';
import { asksEssayJudgement, isEssayQuestion, splitQuestion, twoDefined } from './question-parts.js';
import { readSourceQuestion } from './source-question.js';
import { sideOf } from './subject-request.js';
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
function pointsFor(question: string, result: MatchResult, matcher?: Matcher): AnswerEntry[] {
  if (!isEssayQuestion(question) || result.status === 'unknown' || result.entry?.kind === 'skill') return [];
  // A judgement entry found only weakly that judges something else ("…responsible for the Terror" for "power rested on terror") is no answer.
  const offAnswer = !!matcher && !!result.entry && result.confidence < WEAK_ANSWER && offTheTitle(matcher, question, result.entry);
  if (result.status === 'answered' && result.entry && weighsItUp(question, result.entry) && !offAnswer) return [];
  const found = matcher ? onTheTitle(matcher, question, offeredEntries(result), offAnswer ? undefined : (result.entry ?? undefined)) : offeredEntries(result);
  const points = matcher ? withTheOtherSide(matcher, question, found) : found;
  return points.length >= 2 ? points.slice(0, MAX_POINTS) : [];
}

/**
 * A question asking how far something went well ("How far was the First Five-Year Plan a success?") weighs both sides:
 * points led by an entry on one side only (its achievements) get that entry's own linked entry on the other side (its
 * failures) next, so that the answer is not built from one side alone.
 */
function withTheOtherSide(matcher: Matcher, question: string, points: readonly AnswerEntry[]): AnswerEntry[] {
  const [first] = points;
  if (!first || !asksEssayJudgement(question)) return [...points];
  const side = sideOf(first.question);
  if (!side || points.slice(1).some((e) => sideOf(e.question) !== undefined && sideOf(e.question) !== side)) return [...points];
  const other = first.related.map((id) => matcher.entry(id)).find((e): e is AnswerEntry => !!e && e.kind !== 'skill' && sideOf(e.question) !== undefined && sideOf(e.question) !== side);
  if (!other) return [...points];
  return [first, other, ...points.slice(1).filter((e) => e.id !== other.id)];
}

/**
 * The points for a title that says what it judges, on that subject: "…the success of Stalin's industrialisation was the
 * use of terror" wants the notes on industrialisation's success, not on the Terror's causes, which share only the
 * factor's word (the factor's own note is added with the title's other factors). The entries offered when fewer than
 * two are on it, or the title names no subject.
 */
function onTheTitle(matcher: Matcher, question: string, offered: readonly AnswerEntry[], kept: AnswerEntry | undefined): AnswerEntry[] {
  const form = readEssayForm(question);
  if (!form || form.kind !== 'factor' || !form.about) return [...offered];
  const onIt = offered.filter((e) => e.id === kept?.id || !offTheTitle(matcher, question, e));
  if (onIt.length === offered.length) return [...offered];
  const more = matcher.rank(form.about).candidates.map((c) => c.entry).filter((e) => e.kind !== 'skill');
  const points = [...new Map([...onIt, ...more].map((e) => [e.id, e])).values()];
  return points.length >= 2 ? points : [...offered];
}

/** Below this confidence the entry answering a title is a weak find, dropped when it judges something else. */
const WEAK_ANSWER = 0.5;

/** Words the whole course shares, which tell no subject from another. */
const COURSE_WIDE = new Set(['stalin', 'stalins', 'soviet', 'ussr', 'union']);
/** A text's words that tell its subject: story words but the course-wide ones. */
const ownWords = (text: string) => [...storyWords(text)].filter((w) => !COURSE_WIDE.has(w));

/** A word's first letters, so that "success" and "successes", "industrialisation" and "industrialise" meet. */
const stem = (w: string) => w.slice(0, 5);

/**
 * Whether a judgement entry answering a title that says what it judges ("'Stalin's power rested above all on terror.'")
 * judges something else: its question has none of the judged subject's words but its name ("power"), and the subject
 * asked alone does not find it, while it has a word of the factor ("How far was Stalin personally responsible for the
 * Terror?" judges the Terror, not the power said to rest on it).
 */
function offTheTitle(matcher: Matcher, question: string, entry: AnswerEntry): boolean {
  const form = readEssayForm(question);
  if (!form || form.kind !== 'factor' || !form.about) return false;
  const subject = ownWords(form.about);
  if (subject.length === 0) return false;
  const asks = new Set([...storyWords(entry.question)].map(stem));
  // Only an entry found by the factor's word ("terror") is suspect: one on paranoia for "…a cause of the purges" is not.
  if (subject.some((w) => asks.has(stem(w))) || !ownWords(form.factors.join(' ')).some((w) => asks.has(stem(w)))) return false;
  return !matcher.rank(form.about).candidates.some((c) => c.entry.id === entry.id);
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
    .find((c) => c.entry.id !== earlier.id && c.coverage >= KIND_COVERAGE && asked.some((i) => intentsOf(c.entry.question).has(i)) && !losesTheName(part, earlier, c.entry));
  return next ? { ...found, entry: next.entry, matchedQuestion: next.text, alternatives: [] } : undefined;
}

/**
 * Whether an entry asks of another one than the part names: "what happened to Yezhov" after his fall is not Yagoda's
 * fall, though that entry asks what happened and names Yezhov in its answer. A name no everyday English has, asked
 * of in the earlier entry's question and not in this one's, is lost.
 */
function losesTheName(part: string, earlier: AnswerEntry, entry: AnswerEntry): boolean {
  const common = everydayWords().common;
  const [was, is] = [storyWords(earlier.question), storyWords(entry.question)];
  return [...storyWords(part)].some((w) => !/^\d+$/.test(w) && !common.has(w) && was.has(w) && !is.has(w));
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
  // "Give two things you can infer from Source A about… Source A: a 1930 poster showing…": with the source pasted, the
  // inferences come from the source itself (its caption is no part of the question), so the method answers it whole.
  if (source.infers && source.presented) return { primary, parts: [], unanswered: [], points: [] };
  const subject = source.subject !== undefined ? matcher.match(source.subject) : undefined;
  const about = subject?.status === 'answered' ? [subject.entry, ...subject.alternatives].filter((e): e is AnswerEntry => !!e && e.kind !== 'skill') : [];
  if (!subject || about.length === 0) return { primary, parts: [], unanswered: [], points: [] };
  const parts = about.slice(0, MAX_PARTS - 1).map((entry): MatchResult => ({ ...subject, entry, matchedQuestion: entry.question, alternatives: [] }));
  return { primary, parts: [primary, ...parts], unanswered: [], points: [] };
}

/** Words that open a request to the tutor: "please", "can you", "I want you to". */
const ADDRESS = String.raw`(?:(?:please|pls|plz|ok|okay|now|just|hey|bot|tutor|can (?:you|u)|could (?:you|u)|will (?:you|u)|would (?:you|u)|i (?:want|need) (?:you|u) to)\W+)*`;
/**
 * Between two words of an instruction, anything but letters and digits that does not end a clause: "forget it, notes on
 * kulaks" sets nothing aside (what it forgets is "it"; the notes are asked for after the comma).
 */
const GAP = String.raw`[^a-z0-9_,;:.!?\n]+`;
/** Between setting aside and what is set aside, a few words of the same clause: "forget ALL YOUR PREVIOUS instructions". */
const BETWEEN = String.raw`(?:[a-z]+(?:['’][a-z]+)?${GAP}){0,3}?`;

/** The tutor-instruction phrases of knowledge/vocabulary.yaml, as the fact base gives them. */
export interface TutorInstructionWords {
  readonly setAside: readonly string[];
  readonly tutorRules: readonly string[];
  readonly playAnother: readonly string[];
}

/** A phrase as a pattern: words apart by any non-letters of one clause, a typed apostrophe allowed inside a word ("don’t" for "dont"). */
function phrasePattern(phrase: string): string {
  return phrase
    .split(' ')
    .map((word) => [...word].join(`['’]?`))
    .join(GAP);
}

/** Alternatives, longest first so that "forget about" is read before "forget"; a pattern that never matches for none. */
function anyOf(phrases: readonly string[]): string {
  if (phrases.length === 0) return '(?!)';
  const sorted = [...phrases].sort((a, b) => b.length - a.length).map(phrasePattern);
  return `(?:${sorted.join('|')})`;
}

/**
 * Reads an instruction to the tutor, opening the message, to step outside its notes or its part ("ignore your notes
 * and…", "pretend you are ChatGPT,…"): what the message asks beside it, "" for none ("ignore your notes"), "tell me a
 * joke" for "ignore your notes and tell me a joke"; undefined when it gives no such instruction. Only at the start:
 * "why did Stalin ignore the rules…" asks about Stalin.
 */
export function createInstructionReader(words: TutorInstructionWords | undefined): (question: string) => string | undefined {
  if (!words) return () => undefined;
  // The word setting aside and what it sets aside in one clause: "ignore the typos, what do your notes say" sets nothing aside.
  const setAside = String.raw`${anyOf(words.setAside)}${GAP}${BETWEEN}${anyOf(words.tutorRules)}`;
  const instruction = new RegExp(String.raw`^\W*${ADDRESS}(?:${setAside}|${anyOf(words.playAnother)})\b[^,;:.!?\n]*?(?:[,;:.!?\n]+|\s+(?:and|then|n|&)\s+|$)`, 'i');
  return (question) => {
    const m = instruction.exec(question.trim());
    return m ? question.trim().slice(m[0].length).trim() : undefined;
  };
}

/**
 * The everyday shapes of a general-knowledge question ("what is the capital of France", "what's 2+2", "how many legs
 * does a spider have"): asked with nothing of the course in it, it is outside the course, not a gap in the notes.
 */
const GENERAL_KNOWLEDGE: readonly RegExp[] = [
  /\bcapital (?:city )?of\b/,
  /\bwho (?:is|s) the (?:current )?(?:president|prime minister|king|queen|pm) of\b/,
  /\b(?:what|whats) (?:is )?\d+ ?(?:plus|minus|times|x|\+|-|\*|divided by) ?\d+/,
  /\bsquare root of\b/,
  /\bhow many (?:legs|planets|continents|oceans|bones|teeth|countries|people live)\b/,
  /\b(?:what|whats) (?:is )?the (?:time|weather|date today)\b|\bwhat (?:time|day) is it\b/,
  /\b(?:what|whats|which) (?:is )?the (?:biggest|largest|tallest|longest|smallest|highest|deepest|fastest) \w+(?: \w+)? (?:in|on) the (?:world|earth|planet|universe)\b/,
  /\bhow (?:tall|high|far|old|big) is (?:the )?(?:moon|sun|earth|everest|mount everest|eiffel tower)\b/,
  /\bwho (?:invented|discovered|painted)\b/,
  /\bhow do (?:you|u|i) spell\b/,
];

/** Whether a question has the shape of everyday general knowledge (read in lower case, apostrophes off). */
function hasGeneralKnowledgeShape(question: string): boolean {
  const text = question.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
  return GENERAL_KNOWLEDGE.some((shape) => shape.test(text));
}

/** A general-knowledge question ("what is the capital of France") with nothing of the course in it. */
export function asksGeneralKnowledge(matcher: Pick<Matcher, 'rank'>, question: string): boolean {
  return hasGeneralKnowledgeShape(question) && !namesTheCourse(matcher, question);
}

/** A refusal for naming another subject or period ("the New Deal", "World War I", "Hoovervilles"), not for fitting no entry. */
function refusedAsAnotherSubject(whole: MatchResult): boolean {
  return refusalWords(whole)?.kind === 'other-subject';
}

/** Whether a text names a person, term or topic of the course, or a name at its centre ("Stalin", "famine"). */
export function namesTheCourse(matcher: Pick<Matcher, 'rank'>, part: string): boolean {
  const r = matcher.rank(part);
  return r.namesCourse || r.centralInPlainWords;
}

/**
 * Who the student heard it from ("my teacher say holodomor, what is this?", "our textbook said that…"): no part of what
 * is asked, though "say" and "said" would find entries on what was said (denials, propaganda).
 */
const HEARSAY = /^\s*(?:so |and |but |ok |hi |hey )?(?:my|our|the|me) (?:history )?(?:teacher|teachers|tutor|sir|miss|textbook|text book|book|mum|dad|friend|friends|class|revision guide)(?: (?:just|always|once|keeps?|kept))? (?:say|says|said|saying|told (?:me|us)|tells (?:me|us)|mentioned|mentions|talked about|talks about|was talking about|used the word|uses the word)(?: (?:that|about))?\s*[,:]?\s*/i;

/** A question with who the student heard it from left off; the question itself when nothing would be left. */
export function withoutHearsay(question: string): string {
  const bare = question.replace(HEARSAY, '');
  return bare.trim() && bare !== question ? bare : question;
}

/**
 * A tag asking to be agreed with after a statement ("stalin was a bad guy tho right", "…, right?"): no question about
 * the Right Opposition. Only after a comma or a chatty "tho", so "who led the right" keeps its Right.
 */
const AGREE_TAG = /(?:\s*,\s*|\s+(?:tho|though|yeah|yh|lol|innit)\s+)right\s*[?!.]*\s*$/i;

/** A question with its tag asking to be agreed with left off. */
export function withoutAgreeTag(question: string): string {
  const bare = question.replace(AGREE_TAG, '');
  return bare.trim() ? bare : question;
}

/**
 * "What do your notes say about the NEP?", "what's in ur notes on the kulaks": a question about what follows, asked of
 * the notes every answer comes from; not a question about notes (which revision advice would answer).
 */
const ASKED_OF_THE_NOTES = /\b(?:what (?:do|does) (?:your|ur|the) notes (?:say|have|tell (?:me|us))|what(?:['’]?s| is) in (?:your|ur|the) notes) (?:about|on|for) /gi;

/** A question with its asking of the notes read as asking about the thing itself ("tell me about the NEP"). */
export function withoutAskingTheNotes(question: string): string {
  return question.replace(ASKED_OF_THE_NOTES, 'tell me about ');
}

/** Card kinds that say who or what one thing is. */
const CARDS: ReadonlySet<AnswerEntry['kind']> = new Set(['person', 'term']);

/** A worksheet's "Briefly define X and Y", "Define the terms X and Y": asked as "what is X and Y". */
const DEFINE = /^\s*(?:briefly |please |can you )?(?:define|give (?:the )?(?:meaning|definition)s? of)\s+(?:the (?:terms?|words?) )?(?=\S)/i;

/** The question with a definition instruction put as "what is", so two terms defined at once are read as two cards. */
function asWhatIs(question: string): string {
  return DEFINE.test(question) ? question.replace(DEFINE, 'what is ') : question;
}

/** "who is Zinoviev and Kamenev": both cards as two parts, when each name finds a card of its own; undefined otherwise. */
function twoCards(matcher: Matcher, question: string, whole: MatchResult): AskOutcome | undefined {
  const defining = DEFINE.test(question);
  const asked = twoDefined(defining ? asWhatIs(question) : question);
  if (!asked) return undefined;
  const results = asked.map((q) => matcher.match(q));
  const [a, b] = results;
  if (!a?.entry || !b?.entry || a.status !== 'answered' || b.status !== 'answered' || a.entry.id === b.entry.id) return undefined;
  // Asked to define two things, an entry saying what one is ("What was the NEP?") defines it as well as its card does.
  const defines = (e: AnswerEntry) => CARDS.has(e.kind) || (defining && e.kind === 'question' && intentsOf(e.question).size === 0);
  if (!defines(a.entry) || !defines(b.entry)) return undefined;
  const parts = results.map((r) => ({ ...r, query: whole.query, truncated: whole.truncated }));
  return { primary: parts[0] ?? whole, parts, unanswered: [], points: [] };
}

const NAME_ASKING = new Set(['who', 'whom', 'whose', 'what', 'which']);

/**
 * Whether a part that carries the part before it ("who was tried when was the first show trial") asks only what an
 * answer already given tells: every word of its own (past the carried part and stopwords) is in that answer's text.
 */
function givenAlready(part: string, before: string, answered: readonly MatchResult[]): boolean {
  if (!before || !part.includes(before)) return false;
  // "who", "what", "which" ask for a name the answer gives; "why", "when" and "how" ask what its words do not show, so they stay (and fail).
  const own = new Set([...storyWords(part.replace(before, ' '))].filter((w) => !NAME_ASKING.has(w)));
  if (own.size === 0) return false;
  return answered.some((a) => {
    if (!a.entry) return false;
    const told = storyWords(`${a.entry.question} ${a.entry.answer}`);
    return [...own].every((w) => told.has(w));
  });
}

/** A guess after a who-question: one or two words ("stalin?", "or trotsky?"), no question word. */
function isAGuess(part: string, before: string): boolean {
  const words = normaliseText(part).replace(/^(?:or|maybe|was it|is it) /, '').split(' ').filter(Boolean);
  // Not after "who was X?": "kamenev?" then asks who he was too.
  return /^\s*(?:who|whom)\b/i.test(before) && !/^\s*who(?:m)? (?:is|was|were|are)\b/i.test(before) && words.length > 0 && words.length <= 2 && !/^(?:who|whom|what|when|why|how|where|which)$/.test(words[0] ?? '');
}

/** Words that ask without naming anything: "who did it", "why did he do that". */
const ASKING_ONLY = new Set(['why', 'when', 'how', 'where', 'did', 'does', 'was', 'were', 'who', 'happen', 'happened', 'him', 'her', 'them', 'that', 'this']);
/** A part with no words of its own ("who did it", "why?") read to the card of a man the part before names. */
function cardOfTheOneBefore(part: string, before: string, entry: AnswerEntry): boolean {
  if (entry.kind !== 'person') return false;
  const names = new Set((entry.names ?? []).flatMap((n) => normaliseText(n).split(' ')));
  // The part as split ("who did trotsky" for "who did it"): its pronoun given the man's name, which is no word of its own.
  if ([...storyWords(part)].some((w) => !NAME_ASKING.has(w) && !ASKING_ONLY.has(w) && !names.has(w))) return false;
  const said = ` ${normaliseText(before)} `;
  return (entry.names ?? []).some((n) => said.includes(` ${normaliseText(n).split(' ').at(-1) ?? ''} `));
}

/**
 * A post that tells its story first and ends on a short question leaning on the sentence before it ("…One such thing
 * is the 1936 Family Code. So what was it about?"): that question read with the sentence, when it finds an answer the
 * whole does not find as well. Undefined otherwise.
 */
function endingQuestion(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  if (whole.status === 'answered' && whole.confidence >= ENDING_READ_BELOW) return undefined;
  // Sentences end where a full stop, question or exclamation mark meets a space.
  const sentences = question.trim().split(/(?<=[.!?]["”’']?)\s+(?=\S)/);
  const [before, last] = sentences.slice(-2);
  if (sentences.length < 2 || !before || !last || !/\?\s*$/.test(last)) return undefined;
  const reader = yearsOnlyReader(matcher.lexicon);
  if (leansOnPrevious(last, reader) !== 'yes' || namesItsOwn(last)) return undefined;
  const read = matcher.match(readWithPrevious(last, before, reader));
  if (read.status !== 'answered' || (whole.status === 'answered' && read.confidence <= whole.confidence)) return undefined;
  return { ...read, query: whole.query, truncated: whole.truncated };
}

/** A whole post answered at this fit or better keeps its answer: its ending question is not read alone. */
const ENDING_READ_BELOW = 0.7;

/** How much of the question asked in its place ("what was life like in X") the entry found for it must hold. */
const ASKED_AGAIN_COVERAGE = 0.95;
/** As many "not quite" buttons as a match gives. */
const MAX_ASKED_AGAIN_ALTERNATIVES = 5;

/** "What was/were X …", as typed or texted. */
const WHAT_WAS = String.raw`^\s*(?:so |and |but )?(?:what|wat|wot)(?:'s|’s| was| were| is| are| r)\s+`;
/**
 * Questions whose asking words the matcher reads as little words ("like", "used for", "do in"), leaving only what they
 * are about, which a definition answers; each with the question it asks in words that say so.
 */
const ASKED_BY_LITTLE_WORDS: ReadonlyArray<readonly [RegExp, (thing: string) => string]> = [
  // "What were the gulags like?": what it was like to live in or under it (the conditions in the camps).
  [new RegExp(`${WHAT_WAS}(.+?)\\s+like\\s*[?.!]*\\s*$`, 'i'), (thing) => `what was life like in ${thing}`],
  // "What were the gulags used for?", "what was the gulag for": its purpose.
  [new RegExp(`${WHAT_WAS}(.+?)\\s+(?:used |there )?for\\s*[?.!]*\\s*$`, 'i'), (thing) => `what was the purpose of ${thing}`],
  // "What did they do in the gulag?": the work done there.
  [/^\s*(?:so |and |but )?(?:what|wat|wot) did (?:they|people|prisoners|inmates) do (?:in|at) (.+?)\s*[?.!]*\s*$/i, (thing) => `what work did people do in ${thing}`],
];

/**
 * A definition found for a question its little words ask something else of ("What was the gulag?" for "what were the
 * gulags like", whose "like" was read as a little word): the question asked in words that say so instead (the
 * conditions in the camps), when that finds an entry of its own holding all its words. The definition stays as the
 * first "not quite" button. Undefined otherwise, and for a person ("what was Stalin like" asks what he was like,
 * which his card tells).
 */
function askedByLittleWords(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const found = whole.entry;
  if (whole.status !== 'answered' || !found || found.kind === 'person') return undefined;
  const defines = found.kind === 'term' || (found.kind === 'question' && intentsOf(found.question).size === 0 && /^\s*what (?:was|were|is|are)\b/i.test(found.question));
  if (!defines) return undefined;
  for (const [shape, ask] of ASKED_BY_LITTLE_WORDS) {
    const thing = shape.exec(question)?.[1];
    if (!thing) continue;
    const asked = ask(thing);
    const again = matcher.match(asked);
    if (again.status !== 'answered' || !again.entry || again.entry.kind !== 'question' || again.entry.id === found.id) return undefined;
    // On that very thing: all the words asked found in it ("life in the gulag"), not life somewhere else.
    const chosen = again.entry.id;
    if ((matcher.rank(asked).candidates.find((c) => c.entry.id === chosen)?.coverage ?? 0) < ASKED_AGAIN_COVERAGE) return undefined;
    const alternatives = [found, ...again.alternatives.filter((e) => e.id !== found.id)].slice(0, MAX_ASKED_AGAIN_ALTERNATIVES);
    return { ...again, query: whole.query, truncated: whole.truncated, alternatives };
  }
  return undefined;
}

/**
 * "Did the purges work?", "did collectivisation really work out": whether a policy worked, which the course's judgement
 * entry on it weighs; read as "was X a success", since "work" alone finds entries on workers and labour.
 */
const DID_IT_WORK = /^\s*(?:so |and |but |ok |okay )?(?:did|do|does) (.+?) (?:really |actually |ever )?work(?:ed)?(?: out| well| overall| economically| in the end| at all)?\s*[?.!]*\s*$/i;
/** Who did work, not a policy that worked: "did women work", "did the prisoners work hard". */
const WHO_WORKED = /\b(?:women|woman|men|man|people|peasants?|kulaks?|workers?|prisoners?|inmates?|children|kids|youth|they|he|she|it|that|this|you|i|we|stalin|lenin|trotsky|stakhanov)\b(?!['’]s)/i;

/** A "did X work" question answered by the judgement entry on X; undefined when that finds none, or X is who worked. */
function didItWork(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const thing = DID_IT_WORK.exec(question)?.[1];
  if (!thing || WHO_WORKED.test(thing)) return undefined;
  const again = matcher.match(`was ${thing} a success`);
  if (again.status !== 'answered' || !again.entry || again.entry.kind !== 'question' || !intentsOf(again.entry.question).has('judgement')) return undefined;
  if (whole.status === 'answered' && whole.entry?.id === again.entry.id) return undefined;
  return { ...again, query: whole.query, truncated: whole.truncated };
}

/**
 * "What do you think about Stalin?", "your opinion on collectivisation": the tutor has no opinion of its own, but the
 * course's judgement of the thing is what the student can use (how Stalin's rule should be judged; whether a policy worked).
 */
const OPINION_ASKED = /^\s*(?:so |and |but |ok )?(?:what do (?:you|u) (?:think|reckon|feel) (?:about|of)|what(?:['’]s| is) (?:your|ur) (?:opinion|view|take|verdict) (?:on|of|about)|(?:your|ur) (?:opinion|view|thoughts|take) (?:on|of|about)|how do (?:you|u) (?:feel|rate) (?:about )?)\s*(.+?)\s*[?.!]*\s*$/i;

/** "Rate stalin out of 10", "how would you rate the nep": a mark asked, which is an opinion. */
const RATED = /^\s*(?:so |ok )?(?:can (?:you|u) |pls |please |how would (?:you|u) )?rate (.+?)(?: (?:out of|from 1 to|on a scale of(?: 1 to)?) (?:10|ten|100|5|five))?\s*[?.!]*\s*$/i;
/** How much of "how should X be judged" the judgement entry must hold: all of X. */
const OPINION_COVERAGE = 0.9;
/** An opinion asked: the course's judgement entry on the thing, as "was X a success" or "how should X be judged" finds it. */
function opinionAsked(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const thing = OPINION_ASKED.exec(question)?.[1] ?? RATED.exec(question)?.[1];
  if (!thing) return undefined;
  for (const asked of [`how should ${thing} be judged`, `was ${thing} a success`]) {
    const again = matcher.match(asked);
    const chosen = again.entry;
    // Of the thing asked about: "how should Trotsky be judged" is no question for the entry judging Stalin.
    const holds = (matcher.rank(asked).candidates.find((c) => c.entry.id === chosen?.id)?.coverage ?? 0) >= OPINION_COVERAGE;
    if (again.status === 'answered' && chosen?.kind === 'question' && intentsOf(chosen.question).has('judgement') && holds) return { ...again, query: whole.query, truncated: whole.truncated };
  }
  // No judgement of it: a person's card ("what do you think about Trotsky").
  const card = matcher.match(`tell me about ${thing}`);
  return card.status === 'answered' && card.entry?.kind === 'person' ? { ...card, query: whole.query, truncated: whole.truncated } : undefined;
}

/**
 * "The purges in Russia were known as the ...", "Stalin's purges of 1936-38 are also called": a quiz stem asking for a
 * thing's other name, which the card holding that thing's name among its names gives (name first, then the others).
 */
const KNOWN_AS = /^\s*(.+?),? (?:was|were|is|are|became|have been|has been) (?:also |often |sometimes |commonly |usually |later |popularly |widely )?(?:known|called|referred to|named|nicknamed|remembered) as(?: the| an| a)?\s*(?:_+|\.{2,}|…|-{2,}|what|\?)?\s*[.?!]*\s*$/i;
/** Where or when after the thing's name ("in Russia", "of 1936-38", "under Stalin"). */
const KNOWN_AS_AFTER_NAME = /^(?:in|of|under|during|from|between|by|after|before|at|across|throughout)\b/;

/** The card whose name or alias a "known as" stem's thing holds (the longest such name); undefined otherwise. */
function knownAs(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const thing = KNOWN_AS.exec(question)?.[1];
  if (!thing) return undefined;
  // The thing is the name, after whose it was ("Stalin's") and before where or when ("in Russia", "of 1936-38"): "richer
  // peasants" describes kulaks, which the clue reading finds; it is no other name for peasants.
  const core = normaliseText(thing.replace(/^\s*(?:the |a |an )?(?:[\p{L}-]+(?:['’]s|s['’]) )?/iu, '')).replace(/\b(?:the|a|an) /g, '');
  let best: { entry: AnswerEntry; length: number } | undefined;
  for (const { name, entry } of matcher.cardsNamedIn?.(thing) ?? []) {
    const named = core === name || (core.startsWith(`${name} `) && KNOWN_AS_AFTER_NAME.test(core.slice(name.length + 1)));
    if (named && name.length > (best?.length ?? 0)) best = { entry, length: name.length };
  }
  if (!best || (whole.status === 'answered' && whole.entry?.id === best.entry.id)) return undefined;
  const alternatives = [...(whole.entry ? [whole.entry] : []), ...whole.alternatives].filter((e) => e.id !== best.entry.id).slice(0, MAX_ASKED_AGAIN_ALTERNATIVES);
  return { ...whole, status: 'answered', reason: null, entry: best.entry, matchedQuestion: best.entry.question, confidence: Math.max(whole.confidence, 0.8), suggestions: [], alternatives };
}

/** How far down the ranking the entry on the one a question names may be, and how much of the question it must hold. */
const NAMED_DEPTH = 10;
const NAMED_COVERAGE = 0.7;
/** "Who succeeded Kirov", "who replaced Yagoda": asks for the one who came after the man named, not for him. */
const CAME_AFTER = /\bwho (?:succeeded|replaced|took over from|came after) ([a-z]+(?: [a-z]+)?)\b/i;
/** An entry on who came after someone: "Who were the contenders to succeed Lenin?" answers "who succeeded Lenin". */
const SUCCESSION = /\b(?:succe(?:ed|ssion|ssor)|replac|took over|came after)/i;
/** "What happened to Ordzhonikidze in February 1937": asks the man's own fate, not what happened around him then. */
const FATE_OF = /^\s*(?:so |and )?what happened to ([a-z]+)\b/i;

/** Whether an entry is about the one a word names: his card, or an entry asking of him by name. */
function isAbout(entry: AnswerEntry, name: string): boolean {
  if (entry.kind === 'person' && (entry.names ?? []).some((n) => normaliseText(n).split(' ').includes(name))) return true;
  return normaliseText(entry.question).split(' ').includes(name);
}

/**
 * A question about a man of the course named in it, answered with the wrong one's entry: "who succeeded Kirov as
 * party boss in Leningrad" with Kirov's own card (Zhdanov's card says he took over), "what happened to Ordzhonikidze
 * in February 1937" with that month's plenum (his card tells his death). The entry close behind that is, or is not,
 * about him; undefined when the answer is already right, the word names no one of the course, or none is close.
 */
function aboutTheOneNamed(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const found = whole.entry;
  if (whole.status !== 'answered' || !found) return undefined;
  const after = CAME_AFTER.exec(question)?.[1];
  const fate = after ? undefined : FATE_OF.exec(question)?.[1];
  const name = normaliseText(after ?? fate ?? '');
  if (!name || STOPWORDS.has(name)) return undefined;
  const candidates = matcher.rank(question).candidates.slice(0, NAMED_DEPTH);
  // Only a man the course has a card for.
  if (!candidates.some((c) => c.entry.kind === 'person' && (c.entry.names ?? []).some((n) => normaliseText(n).split(' ').includes(name)))) return undefined;
  const foundCoverage = candidates.find((c) => c.entry.id === found.id)?.coverage ?? 1;
  const chosen = after
    ? isAbout(found, name) && !SUCCESSION.test(found.question) ? candidates.find((c) => c.entry.id !== found.id && c.entry.kind === 'person' && !isAbout(c.entry, name) && c.coverage >= Math.max(NAMED_COVERAGE, foundCoverage)) : undefined
    : isAbout(found, name) ? undefined : candidates.find((c) => c.entry.id !== found.id && isAbout(c.entry, name) && c.coverage >= Math.max(NAMED_COVERAGE, 0.8));
  if (!chosen) return undefined;
  const alternatives = [found, ...whole.alternatives.filter((e) => e.id !== chosen.entry.id && e.id !== found.id)].slice(0, MAX_ASKED_AGAIN_ALTERNATIVES);
  return { ...whole, entry: chosen.entry, matchedQuestion: chosen.text, alternatives };
}

/** "Who was Kirov's successor?", "who followed Yagoda": asks for the one who came after the man named, as CAME_AFTER does. */
const SUCCESSOR_OF = /\bwho (?:was|is|were|became) ([a-z]+?)(?:['’]?s)? (?:successor|replacement)\b|\bwho (?:followed|came next after) ([a-z]+)\b/i;
/** The words of asking for a successor, which tell no post. */
const SUCCEEDING_WORDS = 'who succeeded succeed replaced replace took over from came after followed successor replacement next became';

/**
 * "Who succeeded Kirov?", "who replaced Yagoda?": the card of the one the person cards say came after the man named
 * (src/matching/successors.ts), when they name one, or, of several, the one whose card's sentence says the post the
 * question names ("…as chairman of Sovnarkom"). A post named that the sentence does not say, or several with none
 * told apart, is left to the ranking. Undefined then, and when the question asks no such thing.
 */
function successorAsked(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const named = CAME_AFTER.exec(question);
  const of = named ? undefined : SUCCESSOR_OF.exec(question);
  // "Who succeeded Vladimir Lenin": the surname, the last of two words that has successors ("lenin" of "lenin and").
  const words = normaliseText(named?.[1] ?? of?.[1] ?? of?.[2] ?? '').split(' ').filter(Boolean);
  const name = [...words].reverse().find((w) => !STOPWORDS.has(w) && (matcher.successorsOf?.(w).length ?? 0) > 0) ?? words[0] ?? '';
  if (!name || STOPWORDS.has(name) || !matcher.successorsOf) return undefined;
  // An entry on the succession itself answers already ("Who were the main contenders to succeed Lenin?").
  if (whole.status === 'answered' && whole.entry && whole.entry.kind === 'question' && SUCCESSION.test(whole.entry.question) && isAbout(whole.entry, name)) return undefined;
  const successors = matcher.successorsOf(name);
  if (successors.length === 0) return undefined;
  const asking = new Set(matcher.lexicon.termsOf([...words, ...SUCCEEDING_WORDS.split(' ')]));
  const post = new Set(matcher.readTerms(question).filter((t) => !asking.has(t)));
  const says = (said: string) => matcher.lexicon.termsOf(normaliseText(said).split(' ')).filter((t) => post.has(t)).length;
  const [first, second] = [...successors].sort((a, b) => says(b.said) - says(a.said));
  if (!first || (post.size > 0 && says(first.said) === 0) || (second && says(first.said) === says(second.said))) return undefined;
  if (whole.status === 'answered' && whole.entry?.id === first.entry.id) return undefined;
  const shown = [whole.entry, ...whole.alternatives, ...whole.suggestions].filter((e): e is AnswerEntry => !!e && e.id !== first.entry.id);
  const alternatives = [...new Map(shown.map((e) => [e.id, e])).values()].slice(0, MAX_ASKED_AGAIN_ALTERNATIVES);
  return { ...whole, status: 'answered', reason: null, entry: first.entry, matchedQuestion: first.entry.question, confidence: Math.max(whole.confidence, 0.6), suggestions: [], alternatives };
}

/**
 * Kinds of answer a question asks for that an entry giving another kind does not give: why, when, whether it worked.
 * Not results: a judgement weighs them, and "what happened to Kirov" asks his fate as much as what followed.
 */
const KINDS_ASKED: readonly Intent[] = ['cause', 'date', 'judgement'];
/** A kind an answer saying what a thing was gives in passing (its date): only an answer of another kind clashes with it. */
const TOLD_IN_PASSING: ReadonlySet<Intent> = new Set(['date']);
/**
 * A word pointing back ("why stalin stop it" after how the Terror ended): what the question asks of is the conversation's,
 * which its own few words cannot choose, so the entry they find is not traded for another of the kind asked.
 */
const POINTS_BACK = /\b(?:it|its|they|them|this|that|these|those|he|him|she|her)\b/i;
/** A fit this close to one of the answer's own phrasings asking the kind asked is never traded for another entry. */
const NEAR_EXACT_FIT = MATCHER_DEFAULTS.nearExactFit;
/** A decade as a question says when ("in the 1930s", "during the 30s"). */
const DECADE = /\b(?:in|during|of|through(?:out)?)? ?(?:the )?(?:19)?[1-4]0['’]?s\b/gi;
/** How much of the question the entry of the kind asked must hold, at least, besides as much as the answer holds. */
const KIND_ASKED_COVERAGE = 0.6;

/**
 * An answer whose own question asks for another kind than the question does ("why kill the army generals" with how many
 * officers were removed, "when did collectivisation start" with why Stalin collectivised, "purges why" with what a purge
 * was): the entry close behind that
 * asks for the kind asked, holding as much of the question, answers instead (the first as its first button).
 * Undefined when the answer gives the kind asked, or none close does.
 */
function ofTheKindAsked(matcher: Matcher, question: string, whole: MatchResult): MatchResult | undefined {
  const found = whole.entry;
  if (whole.status !== 'answered' || !found || found.kind !== 'question' || POINTS_BACK.test(question)) return undefined;
  const asked = KINDS_ASKED.filter((i) => intentsOf(question).has(i));
  const given = intentsOf(found.question);
  if (asked.length === 0 || asked.some((i) => given.has(i))) return undefined;
  // "When did the show trials start?" with what they were, which dates them: kept. "Why" with it is not.
  const clashes = [...given].some((i) => i !== 'method');
  if (!clashes && asked.every((i) => TOLD_IN_PASSING.has(i))) return undefined;
  const ofTheKind = (read: string) => {
    const candidates = matcher.rank(read).candidates.slice(0, KIND_DEPTH);
    const foundRanked = candidates.find((c) => c.entry.id === found.id);
    // Asked nearly word for word as one of the entry's own phrasings, which asks the kind asked ("how successful were the
    // purges"): the entry answers that, whatever its own question asks.
    if (foundRanked && foundRanked.fit >= NEAR_EXACT_FIT && asked.some((i) => intentsOf(foundRanked.text).has(i))) return 'kept' as const;
    const foundCoverage = foundRanked?.coverage ?? 1;
    // Of those, the one whose phrasing the question's words find best.
    return candidates
      .filter((c) => c.entry.id !== found.id && c.entry.kind === 'question' && c.coverage >= Math.max(KIND_ASKED_COVERAGE, foundCoverage) && asked.some((i) => intentsOf(c.entry.question).has(i)) && !losesTheName(question, found, c.entry))
      .sort((a, b) => b.score - a.score)[0];
  };
  const first = ofTheKind(question);
  if (first === 'kept') return undefined;
  // "Why did the terror happen in the 1930s": a decade only says when, and draws the entries that name it ("the late
  // 1930s") ahead of those of the kind asked; read without it when none of the kind comes close.
  const undated = question.replace(DECADE, ' ');
  const again = first ?? (undated !== question ? ofTheKind(undated) : undefined);
  const chosen = again === 'kept' ? undefined : again;
  if (!chosen) return undefined;
  const alternatives = [found, ...whole.alternatives.filter((e) => e.id !== chosen.entry.id && e.id !== found.id)].slice(0, MAX_ASKED_AGAIN_ALTERNATIVES);
  return { ...whole, entry: chosen.entry, matchedQuestion: chosen.text, alternatives };
}

/** A judgement entry this close behind the answer's (its score's share, holding as much of the question) weighs the other half. */
const OTHER_HALF_SCORE = 0.85;

/**
 * A judgement asked of something the course weighs in two entries ("how successful were Stalin's economic policies":
 * industrialisation's and collectivisation's): a judgement entry of another topic, holding as much of the question's words
 * and scoring nearly as well as the answer, is put first among the buttons, so that the answer is not one half alone.
 */
function withTheOtherHalf(matcher: Matcher, question: string, whole: MatchResult): MatchResult {
  const found = whole.entry;
  if (whole.status !== 'answered' || !found || !intentsOf(question).has('judgement') || !intentsOf(found.question).has('judgement')) return whole;
  const candidates = matcher.rank(question).candidates.slice(0, KIND_DEPTH);
  const top = candidates.find((c) => c.entry.id === found.id);
  if (!top) return whole;
  const half = candidates.find(
    (c) => c.entry.id !== found.id && c.entry.kind === 'question' && c.entry.topic !== found.topic && intentsOf(c.entry.question).has('judgement') && c.coverage >= top.coverage && c.score >= OTHER_HALF_SCORE * top.score,
  );
  if (!half || whole.alternatives[0]?.id === half.entry.id) return whole;
  return { ...whole, alternatives: [half.entry, ...whole.alternatives.filter((e) => e.id !== half.entry.id)].slice(0, MAX_ASKED_AGAIN_ALTERNATIVES) };
}

/**
 * "What would a top answer on collectivisation include?", "what should a good essay about the NEP cover": what an essay
 * on the subject weighs, which the essay question on it gets ("Assess collectivisation."): the subject.
 */
const TOP_ANSWER_ON =
  /^\s*(?:so |and |but )?what (?:would|should|does|do|must|will|could) (?:a |an |the |my )?(?:top|good|great|strong|excellent|perfect|model|full[- ]marks?|high[- ](?:level|mark|grade)|top[- ](?:level|mark|band|grade)|grade \d|level \d|a\*|a star|9) (?:mark |level |grade )?(?:answer|essay|response)s? (?:on|about|to a question on|for|to) (.+?) (?:include|contain|cover|need|have|say|look like|mention|talk about)\b[^?]*\??\s*$/i;

/** The essay question a request for what a top answer on a subject includes stands for; undefined for any other question. */
function essayOnTheSubject(question: string): string | undefined {
  const subject = TOP_ANSWER_ON.exec(question)?.[1]?.trim();
  return subject ? `Assess ${subject}.` : undefined;
}

export function askQuestion(matcher: Matcher, asked: string): AskOutcome {
  const question = withoutHearsay(withoutAskingTheNotes(withoutAgreeTag(asked)));
  const read = matcher.match(question);
  // "What would a top answer on collectivisation include?": the judgement an essay on it weighs, or its points.
  const essay = essayOnTheSubject(question);
  if (essay) {
    const asEssay = askQuestion(matcher, essay);
    const judged = asEssay.points.length > 0 || (asEssay.primary.status === 'answered' && !!asEssay.primary.entry && intentsOf(asEssay.primary.entry.question).has('judgement'));
    if (judged) return { ...asEssay, primary: { ...asEssay.primary, query: read.query, truncated: read.truncated } };
  }
  const whole = withTheOtherHalf(matcher, question, askedByLittleWords(matcher, question, read) ?? didItWork(matcher, question, read) ?? opinionAsked(matcher, question, read) ?? knownAs(matcher, question, read) ?? successorAsked(matcher, question, read) ?? aboutTheOneNamed(matcher, question, read) ?? ofTheKindAsked(matcher, question, read) ?? read);
  // Nothing to cut in an empty question, one about the tutor, or one in another script.
  if (whole.reason === 'empty' || whole.reason === 'about-tutor') return { primary: whole, parts: [], unanswered: [], points: [] };
  // An exam's source question is answered by the method and the enquiry's subject, not by the quoted source's words.
  const source = sourceAnswer(matcher, question, whole);
  if (source) return source;
  // Exam advice answers the question whole: its parts are one question about technique.
  if (whole.entry?.kind === 'skill') return { primary: whole, parts: [], unanswered: [], points: [] };
  // "who is Zinoviev and Kamenev": each one's card, not an entry on the two together.
  const both = twoCards(matcher, question, whole);
  if (both) return both;
  const split = splitQuestion(readable(question), MAX_PARTS);
  // "who kill kirov? stalin?": a name or two after a who-question is the student's guess at its answer, no part of its own.
  const parts = split.parts.filter((p, i) => !(i > 0 && isAGuess(p, split.parts[i - 1] ?? '')));
  const rest = split.rest;
  if (parts.length === 1 && parts[0] === question.trim()) {
    const primary = endingQuestion(matcher, question, whole) ?? whole;
    return { primary, parts: [], unanswered: [], points: pointsFor(question, primary, matcher) };
  }
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
  const toldBefore = new Set<number>();
  results.forEach((r, i) => {
    // "when was the first show trial and who was tried": a part read with the one before, whose own words the earlier
    // answer already gives ("were tried in Moscow"), is answered there, not by a third trial's entry.
    if (i > 0 && givenAlready(parts[i] ?? '', parts[i - 1] ?? '', answered)) return;
    // "when was trotsky killed and who did it": "who did it", read with the part before, finds the card of the man that
    // part names; it asks of the killing, which the earlier part's answer tells, not who he was.
    if (i > 0 && r.entry && cardOfTheOneBefore(parts[i] ?? '', parts[i - 1] ?? '', r.entry) && answered.length > 0) {
      toldBefore.add(i);
      return;
    }
    // A part answered with an earlier part's entry is answered there, so it is not listed as unanswered.
    if (r.status !== 'answered' || !r.entry) unanswered.push(parts[i] ?? '');
    // …or with an entry telling nearly the same (a person's card and the entry on what made them known).
    else if (!answered.some((a) => a.entry?.id === r.entry?.id || (a.entry && r.entry && nearlyTheSame(a.entry, r.entry)))) answered.push(r);
  });
  if (answered.length >= 2) return { primary: answered[0] ?? whole, parts: answered, unanswered: [...unanswered, ...rest], points: [] };
  // One question in a longer text: the better of it alone and the whole, keeping what the student typed.
  const best = results.filter((_, i) => !toldBefore.has(i)).reduce(better, whole);
  const primary = best === whole ? whole : withTheOtherHalf(matcher, question, { ...best, query: whole.query, truncated: whole.truncated });
  return { primary, parts: [], unanswered: [], points: pointsFor(question, primary, matcher) };
}
