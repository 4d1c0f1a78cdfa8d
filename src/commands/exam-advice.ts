// /ask's exam advice for the class (adviceForClass): for its level (/tutor level, or one the question names), then for
// its exam board (/tutor board), or the board a question names ("for AQA", "edexcel 12 marker"). The skills entries
// (knowledge/skills.yaml) may say which boards set their kind of question (`boards`; left out, every board). Three
// things change the advice the matcher chose for the board:
//  - a question about "the 8 mark question" (marks, and no kind of question named: "the 16-marker", "the sixteen mark
//    q") gets the board's question of that many marks on its paper on this course (AQA's 8-marker is "In what
//    ways…", Edexcel's 12-marker its "Explain why…" with two points), as knowledge/skills.yaml lists them
//    (boardMarks), in place of any advice on a kind of question, or on planning or timing that the question's other
//    words do not ask about ("how do I do the 16 marker" is not "how do I plan a 16 marker"); marks its paper does not
//    set ("the 16 marker" for AQA, whose paper tops out at 12) get its question of the nearest marks, with a line
//    above the advice saying so (a board these notes list no paper for, OCR or Eduqas, keeps the advice as it was);
//  - general advice, or advice for several boards, gives way to advice for this board's paper alone on the same kind
//    of question when that fits the question's words at least as well (Edexcel's "main difference" question);
//  - advice written for other boards' papers gives way to advice of the same kind for this board's (or for every
//    board), when that fits the question's words about as well: "explain why 12 marker" in an AQA class gets the
//    general "Explain why" advice, not Edexcel's; "give two things you can infer" keeps Edexcel's inference advice,
//    the only advice on that question.
// Pure: the fact base and the matcher only. The board's advice keeps to the level (/tutor level, or one the
// question names); an A-level question naming only its marks or an essay ("the 20 mark essay for Edexcel A level")
// gets A-level advice on a kind of question, not the GCSE kind its marks suggest. Advice given in place of the
// matcher's keeps only the buttons to other advice (its alternatives) that suit the class's level and board.
// Also here: the time an essay plan of a practice question gives (planMinutes), by the class's level.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { A_LEVEL_KINDS, EXAM_BOARDS, EXTRACT_KINDS, JUDGEMENT_KINDS, type ExamBoard, type KnowledgeBase, type PracticeQuestion, type Skill } from '../knowledge/schema.js';
import type { AskOutcome } from '../matching/ask-question.js';
import { asksEssayAlone, BOARD_WORDS, levelNamed, marksInDigits } from '../matching/exam-skills.js';
import type { Matcher, MatchResult } from '../matching/matcher.js';
import { normaliseText } from '../matching/normalise.js';
import type { ClassLevel } from '../quiz/fairness.js';

/** The kinds of skill that teach how to answer one kind of question (not planning, timing or revising). */
const QUESTION_KINDS: ReadonlySet<Skill['kind']> = new Set(['describe', 'explain', 'account', 'how-far', 'more-important', 'how-successful', 'source-utility', 'interpretation']);

/** The exam boards as students and teachers name them. */
const BOARD_NAMES: Readonly<Record<ExamBoard, string>> = Object.freeze({ aqa: 'AQA', edexcel: 'Edexcel', ocr: 'OCR', eduqas: 'Eduqas' });

/** What /ask says of the class's exam advice. */
export const EXAM_ADVICE_MESSAGES = Object.freeze({
  /** Above the advice on the question of a board's paper nearest to one of marks it does not set ("the 16 marker" for AQA). */
  noQuestionOfMarks: (board: string, marks: number, nearest: number) =>
    `*${board}'s GCSE paper on this course sets no ${marks}-mark question. The nearest it sets is worth ${nearest} marks: here is how to answer that one.*`,
});

/** The board a question names ("for AQA", "edexcel 12 marker", "WJEC Eduqas"); none when it names none, or two. */
export function boardNamed(question: string): ExamBoard | undefined {
  const text = normaliseText(question);
  const named = EXAM_BOARDS.filter((board) => BOARD_WORDS[board].test(text));
  return named.length === 1 ? named[0] : undefined;
}

/** Marks a question names ("the 8 mark question", "a 12 marker", "16-mark"): the number, if one. */
const MARKS = /\b(\d{1,2}) ?(mark|marks|marker|markers)\b/;

/** Words that name a kind of question (or what it asks about): "the 8 mark explain why question" names one. */
const NAMES_A_KIND =
  /\b(describe|explain|explaining|why|ways?|account|narrative|how far|agree|extent|important|importance|successful|success|significant|significance|useful|usefulness|utility|sources?|interpretations?|convincing|infer|inference|differ|different|difference|extracts?|features?|causes?|causation|consequences?)\b/;

/** "The 8 mark question" ("the 16-marker", "the sixteen mark q"), asked with no kind named: its marks; undefined otherwise. */
function marksAlone(question: string): number | undefined {
  const text = marksInDigits(normaliseText(question));
  const marks = MARKS.exec(text);
  return marks && !NAMES_A_KIND.test(text.replace(MARKS, ' ')) ? Number(marks[1]) : undefined;
}

/** Words of a question that say nothing of which question is meant. */
const GLUE = new Set(
  'a an the i im me my we you u ur your how do does did doing to is are was were be for of on in at it this that these and or with what whats wat wot wut can could should would will question questions q qs answer answers answering write writing get got do so pls please plz tips help best way'.split(' '),
);

/** Any board's name (BOARD_WORDS) or a level's ("gcse", "a level"). */
const BOARD_OR_LEVEL_WORD = new RegExp(`${Object.values(BOARD_WORDS).map((r) => r.source).join('|')}|\\b(gcses?|igcses?|a ?levels?|alevels?)\\b`, 'g');

/** A question's words that may say which question is meant ("12 marker" as "12 mark"), a board's or level's name left out. */
function wordsOf(text: string): Set<string> {
  return new Set(
    marksInDigits(normaliseText(text))
      .replace(BOARD_OR_LEVEL_WORD, ' ')
      .split(' ')
      .filter((w) => w !== '' && !GLUE.has(w))
      .map((w) => w.replace(/^(mark)(s|er|ers)$/, '$1').replace(/(?<=[a-z]{3})s$/, '')),
  );
}

/** How well a skill's question or phrasings fit the question's words: the largest share of them one of its wordings has. */
function fit(asked: ReadonlySet<string>, skill: Skill): number {
  if (asked.size === 0) return 0;
  return Math.max(...[skill.question, ...skill.phrasings].map((p) => {
    const own = wordsOf(p);
    return [...asked].filter((w) => own.has(w)).length / asked.size;
  }));
}

/**
 * Whether a question about "the N mark question" asks what a skill that teaches no kind of question is about: "how
 * do I plan a 16 marker" asks for planning, "how long for a 16 mark question" for timing; "how do I do the 16 marker"
 * says nothing beyond the marks, and asks how to answer that question.
 */
function asksOfItsOwn(question: string, skill: Skill): boolean {
  const asked = new Set([...wordsOf(question)].filter((w) => w !== 'mark' && !/^\d+$/.test(w)));
  return asked.size > 0 && fit(asked, skill) > 0;
}

/** Advice of another kind's skill this close to the one chosen, as a share of its fit, is as much what was asked. */
const CLOSE_ENOUGH = 0.6;

const forBoard = (skill: Skill, board: ExamBoard) => skill.boards === undefined || skill.boards.includes(board);

/**
 * /ask's exam advice for the class: the skills answer the matcher chose, swapped for one that fits the class better
 * (its entry and question; primary and parts alike, anything else as it was). First for the level: advice written
 * for the other level gives way to the same kind's for this one (adviceForLevel); then for the board's papers
 * (adviceForBoard). `board`: the class's (/tutor board; null or undefined, none); a board the question names wins.
 * `level`: the class's (/tutor level); one the question names wins, and the advice keeps to it.
 */
export function adviceForClass(
  kb: Pick<KnowledgeBase, 'skills' | 'boardMarks'>,
  matcher: Pick<Matcher, 'entry' | 'rank'>,
  outcome: AskOutcome,
  board: ExamBoard | null | undefined,
  level?: ClassLevel | null,
): AskOutcome {
  // The buttons to the next closest advice of a result given other advice keep to the class's level and board too:
  // an A-level OCR class's essay advice offers no Edexcel GCSE question beside it.
  const skillOf = (id: string) => kb.skills.find((s) => s.id === id);
  const forTheClass = (r: MatchResult) => (e: AnswerEntry) => {
    const skill = e.kind === 'skill' ? skillOf(e.id) : undefined;
    const asked = { level: levelNamed(r.query) ?? level ?? undefined, board: boardNamed(r.query) ?? board ?? undefined };
    return e.id !== r.entry?.id && (!skill || ((asked.level === undefined || skill.level === 'both' || skill.level === asked.level) && (asked.board === undefined || forBoard(skill, asked.board))));
  };
  const forLevel = swapped(outcome, adviceForLevel(kb, matcher, outcome, level), forTheClass);
  return swapped(forLevel, adviceForBoard(kb, matcher, board, level), forTheClass);
}

/** A better entry for a result's skill, or undefined to keep it. */
type Better = (r: MatchResult) => AnswerEntry | undefined;

/**
 * The outcome with each result (primary and parts) given the entry `better` picks for it; the same outcome when none is.
 * A result given another entry keeps the alternatives `keeps` keeps of those it had.
 */
function swapped(outcome: AskOutcome, better: Better, keeps: (r: MatchResult) => (e: AnswerEntry) => boolean = () => () => true): AskOutcome {
  const swap = (r: MatchResult): MatchResult => {
    const entry = better(r);
    if (!entry) return r;
    const given = { ...r, entry, matchedQuestion: entry.question };
    return { ...given, alternatives: r.alternatives.filter(keeps(given)) };
  };
  const primary = swap(outcome.primary);
  const parts = outcome.parts.map(swap);
  const same = primary === outcome.primary && parts.every((p, i) => p === outcome.parts[i]);
  return same ? outcome : { ...outcome, primary, parts };
}

/**
 * Exam advice for the class's level: "how do I answer a how far question" in an A-level class gets the A-level
 * advice on that kind of question, as the teacher set with /tutor level, where the words alone fit the GCSE one.
 * A level the question names ("my A level essay", "a GCSE 8 marker", or marks only A-level gives: 25, 30) is the one
 * it asks about, in any class. The primary's skill is swapped wherever it is shown (a source question shows it as its
 * first part), for the skill of its kind and level the matcher ranks first for the question, or, when the ranking
 * leaves them all out, the first in the fact base's order.
 */
function adviceForLevel(kb: Pick<KnowledgeBase, 'skills'>, matcher: Pick<Matcher, 'entry' | 'rank'>, outcome: AskOutcome, level: ClassLevel | null | undefined): Better {
  const keep: Better = () => undefined;
  const skillOf = (id: string) => kb.skills.find((s) => s.id === id);
  const given = outcome.primary.entry;
  const skill = given ? skillOf(given.id) : undefined;
  const asked = levelNamed(outcome.primary.query) ?? level;
  if (!asked || !skill) return keep;
  const forALevel = asked === 'a-level' ? essayForALevel(kb, matcher, outcome.primary.query, skill) : undefined;
  if (forALevel) return (r) => (r.entry?.id === skill.id ? forALevel : undefined);
  if (skill.level === 'both' || skill.level === asked) return keep;
  const fits = (id: string) => {
    const other = skillOf(id);
    return other !== undefined && other.kind === skill.kind && (other.level === asked || other.level === 'both');
  };
  const ranked = matcher.rank(outcome.primary.query).candidates.find((c) => fits(c.entry.id))?.entry;
  const better = ranked ?? kb.skills.filter((s) => fits(s.id)).flatMap((s) => matcher.entry(s.id) ?? [])[0];
  return better ? (r) => (r.entry?.id === skill.id ? better : undefined) : keep;
}

/** An A-level essay or its marks named ("the 20 mark essay question for Edexcel A level", "my a level 25 marker"). */
const ESSAY_OR_MARKS = /\bessays?\b|\b\d{1,2} ?(mark|marks|marker|markers)\b/;

/**
 * "How do I answer the 20 mark essay question for Edexcel A level": an A-level question that names its marks or an
 * essay and no kind of question is none of the GCSE kinds the matcher guessed from its marks ("Explain why", set for
 * 12), nor advice for both levels: it gets the A-level advice on a kind of question the matcher ranks first for it.
 */
function essayForALevel(kb: Pick<KnowledgeBase, 'skills'>, matcher: Pick<Matcher, 'entry'>, question: string, skill: Skill): AnswerEntry | undefined {
  const text = marksInDigits(normaliseText(question));
  if (!QUESTION_KINDS.has(skill.kind) || skill.level === 'a-level' || !ESSAY_OR_MARKS.test(text)) return undefined;
  if (NAMES_A_KIND.test(text.replace(ESSAY_OR_MARKS, ' '))) return undefined;
  // The one whose wordings share most of the question's ("how to write a 20 mark essay"); a tie, the fact base's order.
  const words = wordsOf(question);
  const best = kb.skills
    .filter((s) => s.level === 'a-level' && QUESTION_KINDS.has(s.kind))
    .map((s) => ({ s, fit: fit(words, s) }))
    .reduce<{ s: Skill; fit: number } | undefined>((top, c) => (top === undefined || c.fit > top.fit ? c : top), undefined);
  return best ? matcher.entry(best.s.id) : undefined;
}

/** Exam advice for the board's papers (see the top of this file), each result read by its own words. */
function adviceForBoard(kb: Pick<KnowledgeBase, 'skills' | 'boardMarks'>, matcher: Pick<Matcher, 'entry'>, board: ExamBoard | null | undefined, level: ClassLevel | null | undefined): Better {
  const skillOf = (id: string | undefined) => (id === undefined ? undefined : kb.skills.find((s) => s.id === id));
  /** The board's advice for a result: another skill, with a line to show above it when it is not the one asked about. */
  const better = (r: MatchResult): { readonly skill: Skill; readonly note?: string } | undefined => {
    const skill = skillOf(r.entry?.kind === 'skill' ? r.entry.id : undefined);
    const asked = boardNamed(r.query) ?? board ?? undefined;
    if (!skill || !asked) return undefined;
    const askedLevel = levelNamed(r.query) ?? level ?? (skill.level === 'both' ? undefined : skill.level);
    const fitsLevel = (s: Skill) => askedLevel === undefined || s.level === 'both' || s.level === askedLevel;
    // "How do I do the 8 mark question": the board's question of that many marks.
    // Planning, timing or any advice not on one kind of question gives way too, unless the question asks of its own subject.
    const marks = askedLevel !== 'a-level' && (QUESTION_KINDS.has(skill.kind) || !asksOfItsOwn(r.query, skill)) ? marksAlone(r.query) : undefined;
    const onPaper = (n: number) => (kb.boardMarks?.[asked]?.[n] ?? []).flatMap((id) => skillOf(id) ?? []).filter((s) => forBoard(s, asked));
    const byMarks = marks === undefined ? [] : onPaper(marks);
    if (byMarks.length > 0) return byMarks.some((s) => s.id === skill.id) ? undefined : { skill: byMarks[0] as Skill };
    // "The 16 marker" on a paper that sets none (AQA's tops out at 12): its nearest question, and a line saying so.
    // A board whose paper these notes do not list (no boardMarks) keeps the advice the question got.
    const nearest = marks === undefined ? undefined : nearestMarks(kb.boardMarks?.[asked], marks);
    const atNearest = nearest === undefined ? [] : onPaper(nearest);
    if (marks !== undefined && nearest !== undefined && atNearest.length > 0) {
      const given = atNearest.find((s) => s.id === skill.id) ?? (atNearest[0] as Skill);
      return { skill: given, note: EXAM_ADVICE_MESSAGES.noQuestionOfMarks(BOARD_NAMES[asked], marks, nearest) };
    }
    // "How do I answer the essay question" in a class whose board's paper these notes list, when that paper sets no
    // question of the advice given (AQA's sets no "How far do you agree?" and tops out at 12 marks): the paper's longest
    // question, with a line saying so when it is worth less than the GCSE essay (the most any listed paper sets, 16).
    // Edexcel's longest is its 16-mark "How far do you agree with Interpretation 2?"; a board with no paper listed keeps the advice.
    const paper = kb.boardMarks?.[asked];
    if (paper && askedLevel !== 'a-level' && asksEssayAlone(r.query) && !Object.values(paper).flat().includes(skill.id)) {
      const longest = Math.max(...Object.keys(paper).map(Number));
      const essay = Math.max(...Object.values(kb.boardMarks ?? {}).flatMap((p) => Object.keys(p ?? {}).map(Number)));
      const given = onPaper(longest)[0];
      if (given) return longest < essay ? { skill: given, note: EXAM_ADVICE_MESSAGES.noQuestionOfMarks(BOARD_NAMES[asked], essay, longest) } : { skill: given };
    }
    // General advice (or advice for several boards) gives way to advice written for this board's paper alone on the same
    // kind of question, when that fits the question's words at least as well ("how useful are Sources B and C", "what is
    // the main difference question" in an Edexcel class: Edexcel's own questions).
    if (skill.boards === undefined || skill.boards.length > 1) {
      const words = wordsOf(r.query);
      const own = fit(words, skill);
      const boards = kb.skills
        .filter((s) => s.id !== skill.id && s.boards?.length === 1 && s.boards[0] === asked && s.kind === skill.kind && fitsLevel(s))
        .map((s) => ({ s, fit: fit(words, s) }))
        .filter((c) => c.fit > 0 && c.fit >= own)
        .sort((a, b) => b.fit - a.fit);
      if (boards[0] || forBoard(skill, asked)) return boards[0] ? { skill: boards[0].s } : undefined;
    }
    if (forBoard(skill, asked)) return undefined;
    // Advice for other boards' papers: the same kind's for this board's, when it fits the question about as well.
    const words = wordsOf(r.query);
    const own = fit(words, skill);
    const ranked = kb.skills
      .filter((s) => s.id !== skill.id && s.kind === skill.kind && forBoard(s, asked) && fitsLevel(s))
      .map((s) => ({ s, fit: fit(words, s) }))
      .filter((c) => c.fit >= own * CLOSE_ENOUGH)
      .sort((a, b) => b.fit - a.fit);
    return ranked[0] ? { skill: ranked[0].s } : undefined;
  };
  return (r) => {
    const chosen = better(r);
    const entry = chosen ? matcher.entry(chosen.skill.id) : undefined;
    return entry && chosen?.note ? { ...entry, answer: `${chosen.note}\n\n${entry.answer}` } : entry;
  };
}

/**
 * The marks of a board's paper (boardMarks) nearest those asked about, which it does not set; of two as near, the
 * larger. Undefined when these notes list none of its paper's questions.
 */
function nearestMarks(paper: Readonly<Record<number, readonly string[]>> | undefined, marks: number): number | undefined {
  const set = Object.keys(paper ?? {}).map(Number);
  if (set.includes(marks)) return undefined;
  return set.reduce<number | undefined>((best, n) => (best === undefined || Math.abs(n - marks) < Math.abs(best - marks) || (Math.abs(n - marks) === Math.abs(best - marks) && n > best) ? n : best), undefined);
}

/** Minutes a question names ("in 40 minutes", "a 45-min essay"): the time it is to be written in. */
const MINUTES_NAMED = /\b(\d{1,3}) ?(?:minutes?|mins?)\b/;

/** Marks a question names ("(25 marks)", "[16 marks]", "a 12 marker", "[8]"). */
const MARKS_NAMED = /\b(\d{1,2}) ?(?:marks?|markers?|mks)\b|[[(] ?(\d{1,2}) ?[\])]/;

/**
 * The time a plan of a practice question gives (its minutes, /ask's "give me an essay plan for…"): the minutes the
 * question names; else, for marks it names, those the practice bank gives its questions of those marks; else, for the
 * question's level (one it names, or marks only an A-level question carries, or the class's, /tutor level) where the
 * practice question is of the other level's form, those of that level's longest judgement question (not on extracts):
 * a GCSE 16-marker's plan in an A-level class is given an A-level essay's time. Otherwise the question's own.
 */
export function planMinutes(kb: Pick<KnowledgeBase, 'practice'>, practice: PracticeQuestion, asked: string, level?: ClassLevel | null): number {
  const text = marksInDigits(normaliseText(asked));
  const minutes = MINUTES_NAMED.exec(text);
  if (minutes) return Number(minutes[1]);
  const marksNamed = MARKS_NAMED.exec(asked.toLowerCase()) ?? MARKS_NAMED.exec(text);
  const marks = marksNamed ? Number(marksNamed[1] ?? marksNamed[2]) : undefined;
  if (marks === practice.marks) return practice.minutes;
  const ofMarks = marks === undefined ? undefined : kb.practice.find((q) => q.marks === marks);
  if (ofMarks) return ofMarks.minutes;
  const asksLevel = levelNamed(asked) ?? level ?? undefined;
  const isALevel = A_LEVEL_KINDS.has(practice.kind);
  if (asksLevel === undefined || (asksLevel === 'a-level') === isALevel || !JUDGEMENT_KINDS.has(practice.kind)) return practice.minutes;
  const longest = kb.practice
    .filter((q) => A_LEVEL_KINDS.has(q.kind) === (asksLevel === 'a-level') && JUDGEMENT_KINDS.has(q.kind) && !EXTRACT_KINDS.has(q.kind))
    .reduce<PracticeQuestion | undefined>((top, q) => (top === undefined || q.marks > top.marks ? q : top), undefined);
  return longest?.minutes ?? practice.minutes;
}
