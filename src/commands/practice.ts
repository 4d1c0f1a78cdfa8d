// /practice [topic] [kind]: one exam-style question, privately, with an Answer button that opens a form
// (a Discord modal; in the console, the lines up to /done). The answer is marked on the question's mark
// scheme (src/practice/marker.ts), kept in the student's practice history for /stats, and answered with
// the mark, the points made and missed, and one next step. Action ids carry the question and when it was
// set (`practice:answer:<question>:<set at, base 36>`), so an answer is marked even after a restart, and
// one given after PRACTICE_DEFAULTS.answerableForMs is marked and said to be late.
import type { ExamBoard, KnowledgeBase, PracticeKind, PracticeQuestion } from '../knowledge/schema.js';
import { A_LEVEL_KINDS, practiceKindSchema } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import { PRACTICE_MESSAGES as P } from '../messages.js';
import { PRACTICE_DEFAULTS } from '../practice/defaults.js';
import { onHistoriansViews, pickQuestion, type PracticeHistory } from '../practice/history.js';
import type { Marker } from '../practice/marker.js';
import type { Random } from '../quiz/clock.js';
import type { ClassLevel } from '../quiz/fairness.js';
import { nearTopics } from '../practice/near-topics.js';
import { resolveTopic, topicChoices } from './quiz.js';
import { answerForm, answerText, feedbackReply, kindName, modelAnswerReply, PRACTICE_ACTION, questionReply } from './practice-view.js';
import { topicNotFoundReply } from './topics.js';
import type { ReadAloud } from './voice.js';
import type { ActionHandler, Command, CommandContext, Reply } from './types.js';
import { stringOption } from './types.js';

export interface PracticeDeps {
  readonly kb: KnowledgeBase;
  readonly marker: Marker;
  readonly history: PracticeHistory;
  readonly topics: TopicFinder;
  readonly now: () => Date;
  readonly random: Random;
  /** Told when an attempt could not be saved; the student still gets the feedback. */
  readonly onRecordError: (error: unknown) => void;
  /** The student's review deck (/review): each point an answer missed goes in, as the entry that teaches it. */
  readonly deck?: { remember(guildId: string, userId: string, entryId: string, now: number): Promise<boolean> };
  /** Whose deck a direct message uses (as /review's). */
  readonly dmGuildId?: string;
  /** A Read aloud button under the question and the model answer's plan, where the student can hear it. */
  readonly readAloud?: ReadAloud;
  /**
   * The class's level (/tutor level): with no kind asked for, an A-level class is set the A-level essay and
   * interpretation questions first, any other class the rest (see pickQuestion).
   */
  readonly classLevel?: (guildId: string) => Promise<ClassLevel | null>;
  /** The class's exam board (/tutor board): its questions are set first, others only when it has none to give (see pickQuestion). */
  readonly classBoard?: (guildId: string) => Promise<ExamBoard | null>;
}

/**
 * The question, with Read aloud. Only the question and the model answer's plan are read aloud, never the mark
 * or the feedback: a voice channel is shared, and a mark is personal (its reply is private).
 */
function shownQuestion(deps: PracticeDeps, ctx: CommandContext, question: PracticeQuestion, note?: string): Reply {
  const shown = questionReply(deps.kb, question, deps.now().getTime(), ctx.surface ?? 'discord');
  const reply = note ? { ...shown, body: `${note}\n\n${shown.body ?? ''}` } : shown;
  return deps.readAloud ? deps.readAloud(reply, ctx, { kind: 'practice', questionId: question.id }) : reply;
}

const stale = (): Reply => ({ body: P.stale, private: true, tone: 'error' });

/**
 * The questions last shown to each student, newest last, in memory only (never stored): a question shown but not
 * answered is in no history, and "/practice terror how far" typed again, or Another question, set it again.
 */
const SHOWN = new WeakMap<PracticeDeps, Map<string, string[]>>();
const SHOWN_PER_STUDENT = 5;
const SHOWN_STUDENTS = 5000;
const shownKey = (ctx: CommandContext) => `${ctx.guildId ?? 'dm'}:${ctx.userId}`;
const recentlyShown = (deps: PracticeDeps, ctx: CommandContext): readonly string[] => SHOWN.get(deps)?.get(shownKey(ctx)) ?? [];
function rememberShown(deps: PracticeDeps, ctx: CommandContext, questionId: string): void {
  const students = SHOWN.get(deps) ?? new Map<string, string[]>();
  SHOWN.set(deps, students);
  const key = shownKey(ctx);
  const list = [...(students.get(key) ?? []).filter((id) => id !== questionId), questionId].slice(-SHOWN_PER_STUDENT);
  students.delete(key);
  students.set(key, list);
  // The oldest student first out, so the memory stays small on a busy bot.
  if (students.size > SHOWN_STUDENTS) students.delete(students.keys().next().value ?? key);
}

/** What students call the kinds of question ("agree", "explain why", "which was more important"), by the first that fits. */
const KIND_WORDS: ReadonlyArray<readonly [PracticeKind, RegExp]> = [
  ['three-extracts', /\b((three|3) extracts?|extracts? a b and c)\b/],
  ['extract', /\b(extracts?|(how )?convincing|passages?)\b/],
  ['essay', /\b((a level )?essays?|25 marks?)\b/],
  ['how-far', /\b(how far|agree|to what extent|extent|assess the validity|validity)\b/],
  ['how-successful', /\b(how successful|success|successful)\b/],
  ['more-important', /\b(more important|most important|which was more|important)\b/],
  ['account', /\b(account|narrative)\b/],
  ['describe', /\b(describe|features?)\b/],
  ['explain', /\b(explain|why)\b/],
];

/** What students call the questions on historians' views: a choice of its own, beside the kinds. */
const HISTORIANS = 'interpretation';
const HISTORIANS_WORDS = /\b(interpretations?|historians?|historiography)\b/;

/**
 * The GCSE source question ("How useful are Sources A and B…?"), which the fact base has none of yet: asked for, it is
 * said so, not read as a topic ("I have no topic called source", a Year-11 trial). Its name: P.sourcesKindName.
 */
const SOURCES = 'sources';
const SOURCES_WORDS = /\b(sources?|how useful|usefulness|provenance)\b/;

/**
 * What students call each choice of /practice's kind box, the historians' views first but for the A-level
 * interpretation and essay questions ("how convincing is this interpretation", "interpretations essay"): the first that fits is meant.
 */
const KIND_NAMES: ReadonlyArray<readonly [PracticeKind | typeof HISTORIANS | typeof SOURCES, RegExp]> = [
  ...KIND_WORDS.slice(0, 3),
  [HISTORIANS, HISTORIANS_WORDS],
  [SOURCES, SOURCES_WORDS],
  ...KIND_WORDS.slice(3),
];

/** Typed words as KIND_NAMES reads them: lower case, "how-far" and "how_far" as "how far". */
const normaliseKind = (typed: string) => typed.toLowerCase().replace(/[-_]/g, ' ');

/**
 * A question named by its marks, as students and exam papers name them: "8 mark", "an 8 marker", "16-marker", "12 marks
 * question". Which kinds that is, the fact base says (the marks of its questions): a board's or a teacher's own.
 */
const MARKS_NAME = /\b(?:an? )?(\d{1,2}) ?mark(?:s|er|ers)?(?: questions?| qs?)?\b/;

/** The marks a typed kind names ("8 mark" → 8), if it names them. */
const marksNamed = (typed: string): number | undefined => {
  const m = MARKS_NAME.exec(normaliseKind(typed));
  return m ? Number(m[1]) : undefined;
};

/** Whether a phrase is wholly a kind's name ("interpretation", "explain", "how far", "how-far", "Explain why", "8 marker"), not only holds one. */
function isKindPhrase(phrase: string): boolean {
  const text = normaliseKind(phrase).trim();
  const whole = (words: RegExp) => new RegExp(`^(?:${words.source})$`).test(text);
  return (
    KIND_NAMES.some(([, words]) => whole(words)) ||
    whole(MARKS_NAME) ||
    practiceKindSchema.options.some((k) => text === k.replace(/-/g, ' ') || text === kindName(k).toLowerCase())
  );
}

/** The kinds of question worth `marks` in the fact base, in the kind box's order ("8": Explain why, then Write an account). */
const kindsWorth = (kb: KnowledgeBase, marks: number): readonly PracticeKind[] =>
  practiceKindSchema.options.filter((k) => kb.practice.some((q) => q.kind === k && q.marks === marks));

/** Each kind's name with the marks its questions are worth ("Describe (4 marks)"), so a student who names marks sees which they mean. */
const kindsWithMarks = (kb: KnowledgeBase): string[] =>
  practiceKindSchema.options.map((k) => P.kindWithMarks(kindName(k), [...new Set(kb.practice.filter((q) => q.kind === k).map((q) => q.marks))].sort((a, b) => a - b)));

/** The most words a kind's name takes ("how far do you agree"). */
const KIND_PHRASE_WORDS = 5;

/**
 * The topic and kind as typed, with a kind written after the topic read as the kind: the console gives /practice's
 * words to its options in order, the first to the topic and the rest to the kind ("great" and "terror
 * interpretation"; "interpretation" alone as the topic), and a student may type one into Discord's topic box. Words
 * that end in no kind are a topic when together they name one ("end" and "of nep"); otherwise left as typed.
 */
function splitTopicAndKind(topic: string, kind: string, isTopic: (name: string) => boolean, kb: KnowledgeBase): { readonly topic: string; readonly kind: string } {
  const words = `${topic} ${kind}`.trim().split(/\s+/).filter((w) => w !== '');
  for (let n = Math.min(KIND_PHRASE_WORDS, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (isKindPhrase(tail)) return { topic: words.slice(0, -n).join(' '), kind: tail };
  }
  return kind && readKind(kb, kind) === null && isTopic(words.join(' ')) ? { topic: words.join(' '), kind: '' } : { topic, kind };
}

/**
 * What a typed kind asks for: a kind (`exact`: by its own name, as Discord's kind box gives it; `worth`: named by its
 * marks, and the kinds worth as many, in order), or HISTORIANS.
 */
type KindAsked =
  | { readonly kind: PracticeKind; readonly exact: boolean; readonly worth?: readonly PracticeKind[]; readonly marks?: number; readonly threeExtracts?: true }
  | typeof HISTORIANS
  | typeof SOURCES;

/**
 * AQA's A-level interpretations question (7042 component 1): three extracts for 30 marks. "30 mark" or "three extracts"
 * sets a three-extracts question, or, on a topic with none, the one-extract interpretation question, and says so.
 */
const THREE_EXTRACT_MARKS = 30;
const THREE_EXTRACTS_ASKED = { kind: 'three-extracts', exact: false, worth: ['three-extracts', 'extract'], threeExtracts: true } as const satisfies KindAsked;

/** The kind a typed name means (or HISTORIANS, the questions on historians' views), or null when it names none. */
function readKind(kb: KnowledgeBase, typed: string): KindAsked | null {
  // No kind's own name holds a historians' word, so reading it first leaves "interpretation" to KIND_NAMES.
  const exact = practiceKindSchema.safeParse(typed.trim().toLowerCase());
  if (exact.success) return { kind: exact.data, exact: true };
  const text = normaliseKind(typed);
  const found = KIND_NAMES.find(([, words]) => words.test(text))?.[0];
  if (found === 'three-extracts') return THREE_EXTRACTS_ASKED;
  if (found !== undefined) return found === HISTORIANS || found === SOURCES ? found : { kind: found, exact: false };
  // "8 mark": the kinds worth 8 marks; none is worth 5, so "5 mark" names no kind.
  const marks = marksNamed(typed);
  if (marks === THREE_EXTRACT_MARKS) return THREE_EXTRACTS_ASKED;
  const worth = marks === undefined ? [] : kindsWorth(kb, marks);
  return worth[0] === undefined || marks === undefined ? null : { kind: worth[0], exact: false, worth, marks };
}

/**
 * The kinds a kind asked for takes, in order: "how far" or "to what extent" typed in an A-level class is its essay
 * first (the 16-mark question when the topic has no essay); marks, every kind worth them ("8 mark": Explain why, or
 * Write an account where a topic has none); anything else, or the kind box's own choice, itself alone.
 */
const kindsFor = (asked: { readonly kind: PracticeKind; readonly exact: boolean; readonly worth?: readonly PracticeKind[] }, level: ClassLevel | null): readonly PracticeKind[] =>
  asked.worth ?? (asked.kind === 'how-far' && !asked.exact && level === 'a-level' ? ['essay', 'how-far'] : [asked.kind]);

/**
 * The questions for a class with a board: where the board's paper sets a kind of question in a form of its own
 * (Edexcel's 12-mark "Explain why…" with two points), that form on a topic, not the every-board one of the same kind
 * there (the 8-mark "Explain why", which Edexcel's paper never sets). Topics with no form of the board's own keep the
 * every-board questions, so an Edexcel class still meets the 8-mark "Explain why" on those.
 */
function boardsOwnForm(questions: readonly PracticeQuestion[], board: ExamBoard): readonly PracticeQuestion[] {
  const own = new Set(questions.filter((q) => q.boards?.includes(board)).map((q) => `${q.topic} ${q.kind}`));
  return own.size === 0 ? questions : questions.filter((q) => q.boards !== undefined || !own.has(`${q.topic} ${q.kind}`));
}

/**
 * What a question set is not, said in one line each rather than set silently: not worth the marks asked for ("12 mark":
 * the topic has none, so an 8-mark one); not in the class's board's form, where the notes have no question in that
 * board's form at all (OCR, Eduqas) or it is tagged for other boards only (AQA's three extracts in an Edexcel class).
 */
function formNotes(kb: KnowledgeBase, question: PracticeQuestion, board: ExamBoard | null, marks: number | undefined): string[] {
  const notes: string[] = [];
  const hasOwn = board !== null && kb.practice.some((q) => q.boards?.includes(board));
  if (marks !== undefined && question.marks !== marks) notes.push(P.otherMarks(marks, question.marks, hasOwn ? board : null));
  if (board && !question.boards?.includes(board) && (!hasOwn || question.boards !== undefined)) notes.push(P.noBoardForm(board, question.boards));
  return notes;
}

/**
 * A new question for this student: in `topic` (or their weakest), of `kind` (or the one they practised least, the
 * class's level deciding which kinds come first). A topic with none of the kind asked for lends a near topic's.
 */
async function newQuestion(deps: PracticeDeps, ctx: CommandContext, topic: string | null, kind: KindAsked | undefined, typedTopic?: string, shownId?: string): Promise<Reply> {
  const titles = (id: string) => deps.kb.topics.find((t) => t.id === id)?.title ?? id;
  if (kind === SOURCES) return { body: P.noKindQuestions(P.sourcesKindName, topic ? titles(topic) : null), private: true, tone: 'info' };
  // History is kept per server; a direct message keeps none (nothing of a student's outside a server is stored).
  const attempts = ctx.guildId === null ? [] : await deps.history.attempts(ctx.guildId, ctx.userId);
  const level = ctx.guildId === null ? null : ((await deps.classLevel?.(ctx.guildId).catch(() => null)) ?? null);
  const board = ctx.guildId === null ? null : ((await deps.classBoard?.(ctx.guildId).catch(() => null)) ?? null);
  const avoid = [...recentlyShown(deps, ctx).filter((id) => id !== shownId), ...(shownId ? [shownId] : [])];
  const marks = kind && kind !== HISTORIANS ? kind.marks : undefined;
  const wanted = { level, board, avoid, ...(kind === HISTORIANS ? { historians: true } : kind ? { kinds: kindsFor(kind, level), ...(marks ? { marks } : {}) } : {}) };
  const questions = board ? boardsOwnForm(deps.kb.practice, board) : deps.kb.practice;
  const pick = (on: string | null) => pickQuestion(questions, attempts, { ...(on ? { topic: on } : {}), ...wanted }, deps.random);
  const shown = (question: PracticeQuestion, note?: string) => {
    rememberShown(deps, ctx, question.id);
    const notes = [note, ...formNotes(deps.kb, question, board, marks)].filter((n): n is string => n !== undefined);
    return shownQuestion(deps, ctx, question, notes.length > 0 ? notes.join('\n') : undefined);
  };
  const picked = pick(topic);
  // "/practice great terror interpretation": the Terror's historians' question is under a near topic.
  if (!picked.ok && topic && typedTopic !== undefined && (picked.reason === 'no-kind-questions' || picked.reason === 'no-topic-historians'))
    for (const near of nearTopics(deps.kb, topic, typedTopic)) {
      const lent = pick(near);
      if (lent.ok) return shown(lent.question, P.nearTopic(titles(topic), titles(near)));
    }
  // An A-level class asking for no kind, on a topic with only GCSE kinds ("/practice great terror"): a near topic's
  // A-level question, as the README promises A-level kinds first.
  if (picked.ok && !kind && level === 'a-level' && topic && !A_LEVEL_KINDS.has(picked.question.kind))
    for (const near of nearTopics(deps.kb, topic, typedTopic)) {
      const lent = pick(near);
      if (lent.ok && A_LEVEL_KINDS.has(lent.question.kind)) return shown(lent.question, P.nearTopicALevel(titles(topic), titles(near)));
    }
  if (!picked.ok) {
    const historianTopics = () => [...new Set(deps.kb.practice.filter(onHistoriansViews).map((q) => titles(q.topic)))];
    const body =
      picked.reason === 'no-topic-historians' && topic
        ? P.noTopicHistorians(titles(topic), historianTopics())
        : picked.reason === 'no-topic-questions' && topic
        ? P.noTopicQuestions(titles(topic))
        : picked.reason === 'no-kind-questions' && kind && kind !== HISTORIANS
          ? P.noKindQuestions(kindName(kind.kind), topic ? titles(topic) : null)
          : P.noQuestions;
    return { body, private: true, tone: 'info' };
  }
  // Three extracts asked for, on a topic with none: one extract, said so.
  return shown(picked.question, kind && kind !== HISTORIANS && kind.threeExtracts && picked.question.kind !== 'three-extracts' ? P.threeExtracts : undefined);
}

export function createPracticeCommand(deps: PracticeDeps): Command {
  return {
    spec: {
      name: 'practice',
      description: 'Practise an exam question: write your answer and get it marked, privately',
      options: [
        { name: 'topic', description: 'A topic, or leave empty for your weakest', type: 'string', autocomplete: true },
        {
          name: 'kind',
          description: 'Kind of question, or empty for the one you practised least (A-level kinds first for A-level)',
          type: 'string',
          choices: [...practiceKindSchema.options.map((k) => ({ name: kindName(k), value: k })), { name: P.historiansKind, value: HISTORIANS }],
        },
      ],
    },
    async run(input, ctx) {
      const typed = splitTopicAndKind(stringOption(input, 'topic') ?? '', stringOption(input, 'kind') ?? '', (name) => resolveTopic(deps.topics, name) !== undefined, deps.kb);
      const topicName = typed.topic;
      const topic = resolveTopic(deps.topics, topicName);
      if (topic === undefined) return topicNotFoundReply(ctx, topicName);
      const kindValue = typed.kind.trim();
      const kind = kindValue ? readKind(deps.kb, kindValue) : undefined;
      // Discord offers only the kinds; typed in the console, an unknown one is said, not ignored (with each kind's marks, for "5 mark").
      if (kind === null) return { body: P.unknownKind(kindValue, [...kindsWithMarks(deps.kb), P.historiansKind]), private: true, tone: 'error' };
      return newQuestion(deps, ctx, topic, kind, topicName);
    },
    autocomplete(_option, partial) {
      return topicChoices(deps.topics, partial);
    },
  };
}

/** `practice:answer:<question>:<set at>` opens the answer form and marks what is submitted; `model` shows the plan; `another` sets a new question. */
export function createPracticeAction(deps: PracticeDeps): ActionHandler {
  const question = (id: string | undefined) => deps.kb.practice.find((q) => q.id === id);
  return {
    prefix: PRACTICE_ACTION,
    form([verb, id, setAt]) {
      if (verb !== 'answer') return undefined;
      const q = question(id);
      const issuedAt = parseInt(setAt ?? '', 36);
      return q && Number.isFinite(issuedAt) ? answerForm(q, issuedAt) : stale();
    },
    async run([verb, id, shownId], ctx) {
      if (verb === 'model') {
        const q = question(id);
        if (!q) return stale();
        const plan = modelAnswerReply(deps.kb, q);
        return deps.readAloud ? deps.readAloud(plan, ctx, { kind: 'practice', questionId: q.id, part: 'model' }) : plan;
      }
      // `another:<topic>:<question shown>` (a button from before 2026-12 has no question).
      if (verb === 'another') return newQuestion(deps, ctx, deps.kb.topics.some((t) => t.id === id) ? (id ?? null) : null, undefined, undefined, shownId);
      // An Answer button pressed where forms cannot open (an old client): the question again, to answer with /practice.
      if (verb === 'answer') {
        const q = question(id);
        return q ? shownQuestion(deps, ctx, q) : stale();
      }
      return stale();
    },
    async submit([verb, id, setAt], values, ctx) {
      const q = question(id);
      if (verb !== 'answer' || !q) return stale();
      const now = deps.now();
      const issuedAt = parseInt(setAt ?? '', 36);
      const late = Number.isFinite(issuedAt) && now.getTime() - issuedAt > PRACTICE_DEFAULTS.answerableForMs;
      const result = deps.marker.mark(q, answerText(values));
      // Nothing to keep of an empty or five-word answer; a store that cannot save must not cost the student the feedback.
      if (ctx.guildId !== null && result.status !== 'empty' && result.status !== 'too-short')
        await deps.history.record(ctx.guildId, ctx.userId, result, now).catch(deps.onRecordError);
      // What a real attempt missed comes back in /review; one after another, as the store saves them together.
      const deckGuild = ctx.guildId ?? deps.dmGuildId;
      if (deps.deck && deckGuild !== undefined && result.status === 'marked') {
        const notes = [...new Set(result.missing.flatMap((point) => point.entries.slice(0, 1)))].slice(0, PRACTICE_DEFAULTS.reviewCardsPerAnswer);
        for (const entryId of notes) await deps.deck.remember(deckGuild, ctx.userId, entryId, now.getTime()).catch(deps.onRecordError);
      }
      // No Read aloud under the mark and feedback: see shownQuestion.
      return feedbackReply(deps.kb, result, { late, now: now.getTime() });
    },
  };
}
