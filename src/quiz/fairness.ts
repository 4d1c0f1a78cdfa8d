// What makes a round feel fair, worked out once from the fact base: which subtopics each quiz question is
// on, which questions give another's answer away, and which are for A-level classes only. Pure; questions.ts
// uses it to pick a round.
import type { KnowledgeBase, QuizQuestion } from '../knowledge/schema.js';
import { tokenize } from '../matching/normalise.js';
import { stem } from '../matching/vocabulary.js';
import { QUIZ_DEFAULTS } from './defaults.js';

/** The class a server's rounds are for (/tutor level); a server that has set none (null) gets every question. */
export type ClassLevel = 'gcse' | 'a-level';

/**
 * The class a question is for: A-level when it is trivia a GCSE class cannot be expected to know, which is a
 * hard question unless its `level` says otherwise (or an easier one whose `level` says a-level).
 */
export function questionLevel(q: Pick<QuizQuestion, 'difficulty' | 'level'>): ClassLevel {
  return q.level ?? (q.difficulty === 'hard' ? 'a-level' : 'gcse');
}

/** Whether rounds for `level` ask the question: a GCSE class gets GCSE questions, anyone else gets all. */
export function suitsClass(q: Pick<QuizQuestion, 'difficulty' | 'level'>, level: ClassLevel | null): boolean {
  return level !== 'gcse' || questionLevel(q) === 'gcse';
}

export interface RoundFairness {
  /** The subtopics a question is on; none when it names no course person or term. */
  subtopics(questionId: string): readonly string[];
  /** Whether asking `earlierId` first (its prompt, answer and explanation) gives away the answer to `laterId`. */
  givesAway(earlierId: string, laterId: string): boolean;
  /** Whether the two ask the same thing (either way round): the same answer about largely the same subject. */
  asksAgain(earlierId: string, laterId: string): boolean;
}

/** No rules, for questions the tutor knows nothing else about. */
export const NO_FAIRNESS_RULES: RoundFairness = Object.freeze({ subtopics: () => [], givesAway: () => false, asksAgain: () => false });

/** Words that say nothing about what a question is on. */
const FILLER = new Set(
  ('a an the of to in on at by for from with into as and or but nor so than then not no this that these those it its ' +
    'he him his she her they them their there is are was were be been being do does did have has had will would could ' +
    'should can may might what which who whom whose when where why how year roughly about main most many much also ' +
    'only after before during under over up out one all any some such other own').split(' '),
);

/** Words as compared here: normalised as /ask normalises them, plural and singular alike. */
function words(text: string): string[] {
  return tokenize(text).map((w) => (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !/\d/.test(w) ? w.slice(0, -1) : w));
}

/** Text as a phrase padded with spaces, so `includes(' nkvd ')` finds whole words. */
const phrase = (text: string) => ` ${words(text).join(' ')} `;

const contentWords = (text: string) => words(text).filter((w) => !FILLER.has(w));

/** Every course person and glossary term, each with the phrases that name it (name and aliases). */
function namedThings(kb: Pick<KnowledgeBase, 'people' | 'terms'>): Map<string, string[]> {
  const things = new Map<string, string[]>();
  const add = (key: string, names: readonly string[]) => things.set(key, [...new Set(names.map(phrase).filter((p) => p.trim() !== ''))]);
  for (const p of kb.people) add(`person:${p.id}`, [p.name, ...p.aliases]);
  for (const t of kb.terms) {
    // "Machine Tractor Station (MTS)" is also "MTS"; "Family Code (1936)" is not "1936".
    const brackets = [...t.term.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').filter((b) => /\p{L}/u.test(b));
    add(`term:${t.id}`, [t.term.replace(/\s*\([^)]*\)/g, ''), ...brackets, ...t.aliases]);
  }
  return things;
}

/**
 * Reads the course people and glossary terms a text names (keys of `things`), as whole words. Each name is
 * kept under its first word, so a text is checked only against names that start with one of its words.
 */
function nameReader(things: ReadonlyMap<string, readonly string[]>): (text: string) => string[] {
  const byFirstWord = new Map<string, Array<{ key: string; name: string }>>();
  for (const [key, names] of things) {
    for (const name of names) {
      const first = name.trim().split(' ')[0] ?? '';
      byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { key, name }]);
    }
  }
  return (text) => {
    const textWords = words(text);
    const padded = ` ${textWords.join(' ')} `;
    const found = new Set<string>();
    for (const w of new Set(textWords)) for (const { key, name } of byFirstWord.get(w) ?? []) if (padded.includes(name)) found.add(key);
    return [...found];
  };
}

/**
 * The subtopic rule. A question, written or a date question ("In which year did this happen? Stalin's article
 * 'Dizzy with Success'…", which is on Dizzy with Success like the written ones that name it), is on every course
 * person and glossary term (knowledge `people` and `terms`, by name or alias, as whole words) that its prompt or
 * correct answer names, except:
 * - one that more than a tenth of all quiz questions name (Stalin): that is the course, not a subtopic;
 * - one named in the title of the question's own topic (Kirov in "Kirov and the origins of the Terror"): a
 *   round on that topic is meant to be about it.
 * A teacher's `subtopic:` on a question replaces this reading; naming a person or term there (its id or a
 * name) puts the question on that person's or term's subtopic.
 */
function subtopicsOf(
  kb: Pick<KnowledgeBase, 'quiz' | 'people' | 'terms' | 'topics'>,
  things: ReadonlyMap<string, readonly string[]>,
  bank: readonly QuizQuestion[] = kb.quiz,
): Map<string, readonly string[]> {
  const named = nameReader(things);
  const readOf = (q: QuizQuestion) => [...new Set([...named(q.prompt), ...named(q.correct)])];
  const read = new Map([...kb.quiz, ...bank].map((q) => [q.id, readOf(q)]));
  // What is background is counted over the written questions: the date questions' templates would skew it.
  const questionsNaming = new Map<string, number>();
  for (const q of kb.quiz) for (const key of read.get(q.id) ?? []) questionsNaming.set(key, (questionsNaming.get(key) ?? 0) + 1);
  const background = (key: string) => (questionsNaming.get(key) ?? 0) > kb.quiz.length * QUIZ_DEFAULTS.backgroundShare;
  const titles = new Map(kb.topics.map((t) => [t.id, phrase(t.title)]));
  const inTitle = (key: string, topicId: string) => (things.get(key) ?? []).some((n) => titles.get(topicId)?.includes(n));

  const byName = new Map<string, string>();
  for (const [key, names] of things) {
    byName.set(phrase(key.slice(key.indexOf(':') + 1)), key);
    for (const n of names) if (!byName.has(n)) byName.set(n, key);
  }
  const out = new Map<string, readonly string[]>();
  for (const q of [...kb.quiz, ...bank]) {
    if (out.has(q.id)) continue;
    if (q.subtopic !== undefined) {
      const own = phrase(q.subtopic);
      out.set(q.id, [byName.get(own) ?? `own:${own.trim()}`]);
    } else {
      out.set(q.id, (read.get(q.id) ?? []).filter((key) => !background(key) && !inTitle(key, q.topic)));
    }
  }
  return out;
}

interface AnswerClues {
  /** The correct answer's words, stemmed. */
  readonly answer: ReadonlySet<string>;
  /**
   * When the correct answer is nothing but the names of course people ("Genrikh Yagoda", "Zinoviev and Kamenev"):
   * each one's name and aliases, any of which shows them ("Yagoda was shot" shows Genrikh Yagoda).
   */
  readonly named: readonly (readonly string[])[];
  /** The prompt's own words, stemmed (not the answer's, nor background words): what the question is about. */
  readonly cues: ReadonlySet<string>;
  /** Everything the question shows the class (prompt, correct answer and explanation): its words stemmed, and as a phrase. */
  readonly shown: ReadonlySet<string>;
  readonly shownText: string;
  /** False for a prompt other questions share word for word ("Which of these happened first?"): what it asks is in its choices. */
  readonly ownPrompt: boolean;
}

/** Words as compared for answers given away: stemmed, so "headed" is "head" and "deliberately" "deliberate". */
const stems = (text: string) => contentWords(text).map(stem);

/**
 * The course people a correct answer consists of (read by `named`), each with their names; none when it says more
 * than their names ("The worst years of the Terror, when Yezhov ran the NKVD"), or when its prompt names one of
 * them too. Glossary terms are left to their words: an alias of a term ("terror-famine" for the Holodomor) is no
 * name a student would take for the answer.
 */
function answerNames(q: QuizQuestion, named: (text: string) => string[], things: ReadonlyMap<string, readonly string[]>): (readonly string[])[] {
  const keys = named(q.correct).filter((key) => key.startsWith('person:'));
  if (keys.length === 0 || named(q.prompt).some((key) => keys.includes(key))) return [];
  let rest = phrase(q.correct);
  for (const key of keys) for (const name of things.get(key) ?? []) rest = rest.split(name).join(' ');
  return contentWords(rest).length === 0 ? keys.map((key) => things.get(key) ?? []) : [];
}

/**
 * An earlier question gives a later one's answer away when what it showed (its prompt, its correct answer
 * and its explanation) shows the later correct answer and at least two of the later prompt's own words (all of
 * them when it has fewer): the same fact about the same thing, not a year that merely recurs. It shows the answer
 * when it holds every word of it; for course people, any of each one's names ("Yagoda" for Genrikh Yagoda); for an
 * answer of several words ("The state used hunger deliberately against Ukraine"), most of them
 * (QUIZ_DEFAULTS.giveawayAnswerShare), as an explanation puts it in its own words. Words are compared stemmed.
 * Words that more than a tenth of all questions show are no cue.
 */
function answerClues(quiz: readonly QuizQuestion[], bank: readonly QuizQuestion[], things: ReadonlyMap<string, readonly string[]>): Map<string, AnswerClues> {
  const named = nameReader(things);
  const prompts = new Map<string, number>();
  for (const q of bank) prompts.set(q.prompt, (prompts.get(q.prompt) ?? 0) + 1);
  // Common words are counted as written, over the written questions: the date questions' years and templates would skew them.
  const used = new Map<string, number>();
  for (const q of quiz) for (const w of new Set(contentWords([q.prompt, q.correct, q.explanation].join(' ')))) used.set(w, (used.get(w) ?? 0) + 1);
  const common = (w: string) => (used.get(w) ?? 0) > quiz.length * QUIZ_DEFAULTS.backgroundShare;
  return new Map(
    bank.map((q) => {
      const answer = new Set(stems(q.correct));
      const shown = new Set([...stems(q.prompt), ...answer, ...stems(q.explanation)]);
      const cues = contentWords(q.prompt).filter((w) => !common(w)).map(stem).filter((w) => !answer.has(w));
      return [q.id, { answer, named: answerNames(q, named, things), cues: new Set(cues), shown, shownText: phrase([q.prompt, q.correct, q.explanation].join(' ')), ownPrompt: (prompts.get(q.prompt) ?? 0) === 1 }];
    }),
  );
}

/** Whether `earlier` showed the answer to `later` (answerClues says how). */
function answerShown(earlier: AnswerClues, later: AnswerClues): boolean {
  if (later.named.length > 0) return later.named.every((names) => names.some((name) => earlier.shownText.includes(name)));
  let shown = 0;
  for (const w of later.answer) if (earlier.shown.has(w)) shown += 1;
  if (shown === later.answer.size) return later.answer.size > 0;
  return later.answer.size >= QUIZ_DEFAULTS.giveawayAnswerWords && shown >= later.answer.size * QUIZ_DEFAULTS.giveawayAnswerShare;
}

interface Asked {
  /** The correct answer, as compared: its words, normalised. */
  readonly answer: string;
  /** What the prompt is about: its own words, not the answer's nor the bank's common ones; none for a prompt many questions share. */
  readonly subject: ReadonlySet<string>;
}

/**
 * Two questions ask the same thing when they have the same correct answer and their prompts share at least
 * QUIZ_DEFAULTS.repeatSubjectShare of the shorter one's own words (and at least two): "Which year of the 1930s
 * was the worst for living standards in Soviet towns?" and the date question "In which year did this happen?
 * Living standards in the towns hit their lowest point of the decade", both 1933. Words
 * that more than a tenth of the bank's prompts use ("happen", "first") say nothing; nor does a prompt that
 * other questions share word for word ("Which of these happened first?"), whose subject is in its choices.
 */
function whatIsAsked(bank: readonly QuizQuestion[]): Map<string, Asked> {
  const prompts = new Map<string, number>();
  for (const q of bank) prompts.set(q.prompt, (prompts.get(q.prompt) ?? 0) + 1);
  const used = new Map<string, number>();
  for (const q of bank) for (const w of new Set(contentWords(q.prompt))) used.set(w, (used.get(w) ?? 0) + 1);
  const common = (w: string) => (used.get(w) ?? 0) > bank.length * QUIZ_DEFAULTS.backgroundShare;
  return new Map(
    bank.map((q) => {
      const answer = new Set(contentWords(q.correct));
      const template = (prompts.get(q.prompt) ?? 0) > 1;
      const subject = template ? [] : contentWords(q.prompt).filter((w) => !answer.has(w) && !common(w));
      return [q.id, { answer: words(q.correct).join(' '), subject: new Set(subject) }];
    }),
  );
}

function sameThingAsked(a: Asked, b: Asked): boolean {
  if (a.answer !== b.answer || a.answer === '') return false;
  let shared = 0;
  for (const w of a.subject) if (b.subject.has(w)) shared += 1;
  const shorter = Math.min(a.subject.size, b.subject.size);
  return shared >= QUIZ_DEFAULTS.giveawayPromptWords && shared >= shorter * QUIZ_DEFAULTS.repeatSubjectShare;
}

/**
 * The rules for rounds asked from `bank` (the fact base's quiz questions unless given: the date questions made
 * from its events too). Subtopics and answers given away are read for the whole bank, as a date question may be on
 * the subtopic of written ones and its explanation may answer a written question, and the other way round; which
 * names are background is counted over the written questions.
 */
export function createRoundFairness(kb: Pick<KnowledgeBase, 'quiz' | 'people' | 'terms' | 'topics'>, bank: readonly QuizQuestion[] = kb.quiz): RoundFairness {
  const things = namedThings(kb);
  const subtopics = subtopicsOf(kb, things, bank);
  const clues = answerClues(kb.quiz, bank, things);
  const asked = whatIsAsked(bank);
  return {
    subtopics: (id) => subtopics.get(id) ?? [],
    asksAgain(earlierId, laterId) {
      const earlier = asked.get(earlierId);
      const later = asked.get(laterId);
      return !!earlier && !!later && earlierId !== laterId && sameThingAsked(earlier, later);
    },
    givesAway(earlierId, laterId) {
      const earlier = clues.get(earlierId);
      const later = clues.get(laterId);
      if (!earlier || !later || earlierId === laterId || !later.ownPrompt || !answerShown(earlier, later)) return false;
      let shared = 0;
      for (const w of later.cues) if (earlier.shown.has(w)) shared += 1;
      return shared >= Math.min(QUIZ_DEFAULTS.giveawayPromptWords, later.cues.size);
    },
  };
}
