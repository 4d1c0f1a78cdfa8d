// /ask's exam advice for the class's exam board (/tutor board), or the board a question names ("for AQA",
// "edexcel 12 marker"). The skills entries (knowledge/skills.yaml) may say which boards set their kind of question
// (`boards`; left out, every board). Two things change the advice the matcher chose:
//  - a question about "the 8 mark question" (marks, and no kind of question named) gets the board's question of
//    that many marks on its paper on this course (AQA's 8-marker is "In what ways…", Edexcel's 12-marker its
//    "Explain why…" with two points), as BOARD_MARK_SKILLS lists them;
//  - advice written for other boards' papers gives way to advice of the same kind for this board's (or for every
//    board), when that fits the question's words about as well: "explain why 12 marker" in an AQA class gets the
//    general "Explain why" advice, not Edexcel's; "give two things you can infer" keeps Edexcel's inference advice,
//    the only advice on that question.
// Pure: the fact base and the matcher's entries only. The level (/tutor level, or one the question names) is kept.
import type { ExamBoard, KnowledgeBase, Skill } from '../knowledge/schema.js';
import type { AskOutcome } from '../matching/ask-question.js';
import { levelNamed } from '../matching/exam-skills.js';
import type { Matcher, MatchResult } from '../matching/matcher.js';
import { normaliseText } from '../matching/normalise.js';
import type { ClassLevel } from '../quiz/fairness.js';

/**
 * Each board's GCSE questions on this course by their marks, as its papers set them, the question "the N mark
 * question" means first: AQA's Paper 1 period study (Russia, 1894–1945) sets "Describe two…" and two 4-mark
 * interpretation questions, "In what ways…" and "Which interpretation… more convincing" for 8 and "Which was the more
 * important reason…" for 12; Edexcel's Paper 3 (Russia and the Soviet Union, 1917–41) "Give two things you can infer"
 * and two 4-mark interpretation questions, "How useful are Sources B and C" for 8, "Explain why…" for 12 and "How far do
 * you agree with Interpretation 2" for 16. OCR and Eduqas set no paper on this course that the fact base follows.
 */
export const BOARD_MARK_SKILLS: Readonly<Partial<Record<ExamBoard, Readonly<Record<number, readonly string[]>>>>> = Object.freeze({
  aqa: { 4: ['skill-describe-two', 'skill-interpretation-differ'], 8: ['skill-in-what-ways', 'skill-interpretation-convincing-gcse'], 12: ['skill-more-important'] },
  edexcel: {
    4: ['skill-source-inference', 'skill-interpretation-differ'],
    8: ['skill-source-utility-gcse'],
    12: ['skill-explain-why-stimulus'],
    16: ['skill-interpretation-convincing-gcse'],
  },
});

/** The kinds of skill that teach how to answer one kind of question (not planning, timing or revising). */
const QUESTION_KINDS: ReadonlySet<Skill['kind']> = new Set(['describe', 'explain', 'account', 'how-far', 'more-important', 'how-successful', 'source-utility', 'interpretation']);

/** The board a question names ("for AQA", "edexcel 12 marker", "WJEC Eduqas"); none when it names none, or two. */
export function boardNamed(question: string): ExamBoard | undefined {
  const text = normaliseText(question);
  const named = new Set<ExamBoard>();
  if (/\baqa\b/.test(text)) named.add('aqa');
  if (/\b(edexcel|pearson)\b/.test(text)) named.add('edexcel');
  if (/\bocr\b/.test(text)) named.add('ocr');
  if (/\b(eduqas|wjec)\b/.test(text)) named.add('eduqas');
  return named.size === 1 ? [...named][0] : undefined;
}

/** Marks a question names ("the 8 mark question", "a 12 marker", "16-mark"): the number, if one. */
const MARKS = /\b(\d{1,2}) ?(mark|marks|marker|markers)\b/;

/** Words that name a kind of question (or what it asks about): "the 8 mark explain why question" names one. */
const NAMES_A_KIND =
  /\b(describe|explain|explaining|why|ways?|account|narrative|how far|agree|extent|important|importance|successful|success|significant|significance|useful|usefulness|utility|sources?|interpretations?|convincing|infer|inference|differ|different|difference|extracts?|features?|causes?|causation|consequences?)\b/;

/** "The 8 mark question", asked with no kind named: its marks; undefined otherwise. */
function marksAlone(question: string): number | undefined {
  const text = normaliseText(question);
  const marks = MARKS.exec(text);
  return marks && !NAMES_A_KIND.test(text.replace(MARKS, ' ')) ? Number(marks[1]) : undefined;
}

/** Words of a question that say nothing of which question is meant. */
const GLUE = new Set(
  'a an the i im me my we you u ur your how do does did doing to is are was were be for of on in at it this that these and or with what whats can could should would will question questions q qs answer answers answering write writing get got do so pls please tips help best way'.split(' '),
);

/** A question's words that may say which question is meant ("12 marker" as "12 mark"), a board's or level's name left out. */
function wordsOf(text: string): Set<string> {
  return new Set(
    normaliseText(text)
      .replace(/\b(aqa|edexcel|pearson|ocr|eduqas|wjec|gcses?|igcses?|a ?levels?|alevels?)\b/g, ' ')
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

/** Advice of another kind's skill this close to the one chosen, as a share of its fit, is as much what was asked. */
const CLOSE_ENOUGH = 0.6;

const forBoard = (skill: Skill, board: ExamBoard) => skill.boards === undefined || skill.boards.includes(board);

/**
 * The advice for the board's papers. `board`: the class's (/tutor board; null or undefined, none); a board the
 * question names wins. `level`: the class's (/tutor level); one the question names wins, and the advice keeps to it.
 */
export function adviceForBoard(
  kb: Pick<KnowledgeBase, 'skills'>,
  matcher: Pick<Matcher, 'entry'>,
  outcome: AskOutcome,
  board: ExamBoard | null | undefined,
  level?: ClassLevel | null,
): AskOutcome {
  const skillOf = (id: string | undefined) => (id === undefined ? undefined : kb.skills.find((s) => s.id === id));
  const better = (r: MatchResult): Skill | undefined => {
    const skill = skillOf(r.entry?.kind === 'skill' ? r.entry.id : undefined);
    const asked = boardNamed(r.query) ?? board ?? undefined;
    if (!skill || !asked) return undefined;
    const askedLevel = levelNamed(r.query) ?? level ?? (skill.level === 'both' ? undefined : skill.level);
    const fitsLevel = (s: Skill) => askedLevel === undefined || s.level === 'both' || s.level === askedLevel;
    // "How do I do the 8 mark question": the board's question of that many marks.
    const marks = QUESTION_KINDS.has(skill.kind) && askedLevel !== 'a-level' ? marksAlone(r.query) : undefined;
    const byMarks = marks === undefined ? [] : (BOARD_MARK_SKILLS[asked]?.[marks] ?? []).flatMap((id) => skillOf(id) ?? []).filter((s) => forBoard(s, asked));
    if (byMarks.length > 0) return byMarks.some((s) => s.id === skill.id) ? undefined : byMarks[0];
    if (forBoard(skill, asked)) return undefined;
    // Advice for other boards' papers: the same kind's for this board's, when it fits the question about as well.
    const words = wordsOf(r.query);
    const own = fit(words, skill);
    const ranked = kb.skills
      .filter((s) => s.id !== skill.id && s.kind === skill.kind && forBoard(s, asked) && fitsLevel(s))
      .map((s) => ({ s, fit: fit(words, s) }))
      .filter((c) => c.fit >= own * CLOSE_ENOUGH)
      .sort((a, b) => b.fit - a.fit);
    return ranked[0]?.s;
  };
  const swap = (r: MatchResult): MatchResult => {
    const skill = better(r);
    const entry = skill ? matcher.entry(skill.id) : undefined;
    return entry ? { ...r, entry, matchedQuestion: entry.question } : r;
  };
  const primary = swap(outcome.primary);
  const parts = outcome.parts.map(swap);
  const same = primary === outcome.primary && parts.every((p, i) => p === outcome.parts[i]);
  return same ? outcome : { ...outcome, primary, parts };
}
