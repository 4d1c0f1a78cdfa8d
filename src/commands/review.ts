// /review: a private session of the cards due in the student's deck, one at a time, up to
// REVIEW_DEFAULTS.sessionCards. A quiz card is answered with its four choices (right: Good, wrong: Again);
// a note card is shown, then revealed and rated Again / Hard / Good / Easy. FSRS (src/review/cards.ts)
// reschedules each card. Buttons carry the session id and the card's number in it
// (`review:<session>:<number>:<verb>[:<arg>]`): a button of an ended session, or of a card already done,
// says so. "Remember this" (`remember:<entry id>`) under /ask answers keeps an answer as a card. `/review exam:<date>`
// sets the student's exam date (src/review/exam-date.ts): cards come back before it, the weakest first in its last days.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase, QuizQuestion } from '../knowledge/schema.js';
import { REVIEW_MESSAGES as R } from '../messages.js';
import { REVIEW_DEFAULTS } from '../review/defaults.js';
import { dueKeys, nextDue, parseCardKey, previewGrades, REVIEW_GRADES, type ReviewGrade } from '../review/cards.js';
import type { ReviewDeck } from '../review/deck.js';
import { examDayText, examPlan, readExamDate, type ExamPlan } from '../review/exam-date.js';
import type { ReviewDeckCards } from '../store/study-schema.js';
import type { ReviewSession, ReviewSessions } from '../review/session.js';
import { formatWallTime } from '../time/zones.js';
import { cardReply, choiceOrder, quizOutcomeReply, REMEMBER_ACTION, REVIEW_ACTION, revealedReply, type CardContent } from './review-view.js';
import type { ReadAloud } from './voice.js';
import { shownAsTyped, stringOption, type ActionHandler, type Command, type CommandContext, type Reply } from './types.js';

export interface ReviewDeps {
  readonly kb: KnowledgeBase;
  /** Answer entries by id (the matcher's, which has every kind /ask answers with). */
  readonly entry: (id: string) => AnswerEntry | undefined;
  /** Quiz questions by id, as a round asks them: the written ones and the date questions (one press each). */
  readonly quizQuestion: (id: string) => QuizQuestion | undefined;
  readonly deck: ReviewDeck;
  readonly sessions: ReviewSessions;
  readonly now: () => number;
  /** Where a student's deck is kept in direct messages (no server). */
  readonly dmGuildId: string;
  /** The server's time zone, for when the next card is due. */
  readonly timeZone: (guildId: string) => Promise<string>;
  /** Told when a review could not be saved; the student still gets the next card. */
  readonly onRecordError: (error: unknown) => void;
  /** Whether a quiz round running in the server asks this question: its card is held back (it stays due) meanwhile. */
  readonly inPlay?: (guildId: string, questionId: string) => boolean;
  /** A Read aloud button under a card once its answer is shown (its question and answer, from the fact base), where the student can hear it. */
  readonly readAloud?: ReadAloud;
}

const deckGuild = (deps: Pick<ReviewDeps, 'dmGuildId'>, ctx: CommandContext) => ctx.guildId ?? deps.dmGuildId;

function contentOf(deps: Pick<ReviewDeps, 'quizQuestion' | 'entry'>, key: string): CardContent | undefined {
  const parsed = parseCardKey(key);
  if (!parsed) return undefined;
  if (parsed.kind === 'quiz') {
    const question = deps.quizQuestion(parsed.ref);
    return question ? { kind: 'quiz', question } : undefined;
  }
  const entry = deps.entry(parsed.ref);
  return entry ? { kind: 'note', entry } : undefined;
}

const topicTitle = (kb: KnowledgeBase, content: CardContent) => {
  const id = content.kind === 'quiz' ? content.question.topic : content.entry.topic;
  return kb.topics.find((t) => t.id === id)?.title ?? null;
};

/** "in 3 days (Friday 10 January 2025, 09:00)", in the server's time zone. */
export const whenText = (ms: number, now: number, timeZone: string): string => R.dueWhen(ms - now, formatWallTime(ms, timeZone));

const stale = (): Reply => ({ body: R.stale, private: true, tone: 'info' });

/** A student's exam date as it applies now, and the line a reply shows for it. */
interface ExamNow {
  readonly plan: ExamPlan;
  readonly line: string;
}

export function createReviewFlow(deps: ReviewDeps) {
  const usable = (key: string) => contentOf(deps, key) !== undefined;
  /** A quiz card whose question a round in the server is asking: shown now, it would answer the quiz. */
  const heldBack = (guildId: string, key: string) => {
    const parsed = parseCardKey(key);
    return parsed?.kind === 'quiz' && (deps.inPlay?.(guildId, parsed.ref) ?? false);
  };
  /** The cards a session may show in a server now. */
  const showable = (guildId: string) => (key: string) => usable(key) && !heldBack(guildId, key);
  /** Says so when a card due now is held back (and nothing of which question, nor why). */
  const heldNote = (guildId: string, cards: Readonly<ReviewDeckCards>, now: number) =>
    dueKeys(cards, now, usable).some((key) => heldBack(guildId, key)) ? R.heldBack : undefined;

  /** The student's exam date here, unless none is set or it has lapsed (its day has passed). */
  const examOf = async (guildId: string, userId: string, now: number): Promise<ExamNow | undefined> => {
    const date = await deps.deck.examDate(guildId, userId);
    if (date === undefined) return undefined;
    const timeZone = await deps.timeZone(guildId);
    const plan = examPlan(date, now, timeZone);
    return plan && { plan, line: R.examLine(examDayText(plan.date, now, timeZone), plan.daysLeft) };
  };

  /** What a session says when it stops: how many were reviewed, and what is left or when the next is due. */
  const ending = async (guildId: string, userId: string, reviewed: number, reason: 'done' | 'limit' | 'stopped'): Promise<string> => {
    const cards = await deps.deck.cards(guildId, userId);
    const now = deps.now();
    const exam = await examOf(guildId, userId, now);
    const left = dueKeys(cards, now, showable(guildId)).length;
    const held = heldNote(guildId, cards, now);
    const said = async () => {
      if (reason === 'stopped') return R.stopped(reviewed, left);
      if (left > 0) return R.limitReached(reviewed, left);
      const next = nextDue(cards, showable(guildId));
      return R.allDone(reviewed, next === undefined ? null : whenText(next, now, await deps.timeZone(guildId)));
    };
    return [await said(), held, exam?.line].filter(Boolean).join('\n\n');
  };

  /** Shows the next due card of the session, or its end. */
  const nextCard = async (session: ReviewSession, note?: string): Promise<Reply> => {
    if (session.reviewed >= REVIEW_DEFAULTS.sessionCards) {
      deps.sessions.end(session.id);
      return { title: R.endTitle, body: [note, await ending(session.guildId, session.userId, session.reviewed, 'limit')].filter(Boolean).join('\n\n'), private: true, update: true, tone: 'success' };
    }
    const cards = await deps.deck.cards(session.guildId, session.userId);
    const now = deps.now();
    const exam = await examOf(session.guildId, session.userId, now);
    const weakestFirst = exam?.plan.finalDays ?? false;
    const due = dueKeys(cards, now, showable(session.guildId), weakestFirst);
    const key = due[0];
    const content = key === undefined ? undefined : contentOf(deps, key);
    if (key === undefined || !content) {
      deps.sessions.end(session.id);
      return { title: R.endTitle, body: [note, await ending(session.guildId, session.userId, session.reviewed, 'done')].filter(Boolean).join('\n\n'), private: true, update: true, tone: 'success' };
    }
    const number = session.reviewed + 1;
    session.current = { key, number };
    const exams = exam ? { exam: exam.line, weakestFirst } : {};
    return cardReply({ sessionId: session.id, number, due: due.length, topicTitle: topicTitle(deps.kb, content), content, ...(note ? { note } : {}), ...exams });
  };

  /**
   * `/review exam:…`: sets the exam date (bringing forward cards due after it allows) or clears it. A refusal or a
   * clear is a reply of its own, and changes nothing else; a date set is said above the session that follows.
   */
  const changeExam = async (ctx: CommandContext, guildId: string, typed: string): Promise<{ readonly reply: Reply } | { readonly note: string }> => {
    const now = deps.now();
    const timeZone = await deps.timeZone(guildId);
    const read = readExamDate(typed, now, timeZone);
    const said = (body: string): { reply: Reply } => ({ reply: { title: R.title, body, private: true, tone: 'info' } });
    if (read.kind === 'unreadable') return said(R.examUnreadable(shownAsTyped(ctx, typed.trim().slice(0, 40))));
    if (read.kind === 'past') return said(R.examPast(examDayText(read.date, now, timeZone)));
    if (read.kind === 'too far') return said(R.examTooFar(examDayText(read.date, now, timeZone), REVIEW_DEFAULTS.examMaxMonthsAhead));
    if (read.kind === 'clear') return said((await deps.deck.clearExamDate(guildId, ctx.userId)) ? R.examCleared : R.examNoneToClear);
    const moved = await deps.deck.setExamDate(guildId, ctx.userId, read.date, now);
    const daysLeft = examPlan(read.date, now, timeZone)?.daysLeft ?? 0;
    const day = examDayText(read.date, now, timeZone);
    return { note: R.examSet({ day, daysLeft, moved, finalDays: REVIEW_DEFAULTS.examFinalDays, inServer: ctx.guildId !== null }) };
  };

  const start = async (ctx: CommandContext, examText?: string): Promise<Reply> => {
    const guildId = deckGuild(deps, ctx);
    let note: string | undefined;
    if (examText !== undefined && examText.trim() !== '') {
      const changed = await changeExam(ctx, guildId, examText);
      if ('reply' in changed) return changed.reply;
      note = changed.note;
    }
    const cards = await deps.deck.cards(guildId, ctx.userId);
    const now = deps.now();
    // The exam line, unless the note just said it all.
    const examLine = note ? undefined : (await examOf(guildId, ctx.userId, now))?.line;
    const total = Object.keys(cards).filter(usable).length;
    if (total === 0) return { title: R.title, body: [note, R.emptyDeck, examLine].filter(Boolean).join('\n\n'), private: true, tone: 'info' };
    if (dueKeys(cards, now, showable(guildId)).length === 0) {
      const next = nextDue(cards, showable(guildId));
      const held = heldNote(guildId, cards, now);
      const nothing = next === undefined && held ? undefined : R.nothingDue(whenText(next ?? now, now, await deps.timeZone(guildId)), total);
      return { title: R.title, body: [note, nothing, held, examLine].filter(Boolean).join('\n\n'), private: true, tone: 'info' };
    }
    const reply = await nextCard(deps.sessions.start(guildId, ctx.userId), note);
    // The first card is a reply of its own; the buttons under it then replace it, card by card.
    return { ...reply, update: false };
  };

  /** Saves a grade; a store that cannot save must not stop the session. */
  const grade = async (session: ReviewSession, key: string, g: ReviewGrade): Promise<number | undefined> => {
    const now = deps.now();
    session.reviewed += 1;
    try {
      return (await deps.deck.grade(session.guildId, session.userId, key, g, now))?.due;
    } catch (error) {
      deps.onRecordError(error);
      return undefined;
    }
  };

  const press = async ([sessionId, numberText, verb, arg]: readonly string[], ctx: CommandContext): Promise<Reply> => {
    const session = sessionId ? deps.sessions.get(sessionId, deckGuild(deps, ctx), ctx.userId) : undefined;
    if (!session) return stale();
    const current = session.current;
    if (verb === 'stop') {
      deps.sessions.end(session.id);
      return { title: R.endTitle, body: await ending(session.guildId, session.userId, session.reviewed, 'stopped'), private: true, update: true, tone: 'info' };
    }
    if (verb === 'next') {
      if (current !== undefined || String(session.reviewed) !== numberText) return { body: R.alreadyDone, private: true, tone: 'info' };
      return nextCard(session);
    }
    // The card on show only: a second press, or a press on an older card, changes nothing.
    if (!current || String(current.number) !== numberText) return { body: R.alreadyDone, private: true, tone: 'info' };
    const content = contentOf(deps, current.key);
    if (!content) {
      session.current = undefined;
      await deps.deck.drop(session.guildId, session.userId, current.key).catch(deps.onRecordError);
      return nextCard(session, R.gone);
    }
    const now = deps.now();
    const timeZone = await deps.timeZone(session.guildId);
    // Read aloud once the answer is on show: the card as the fact base has it, never how the student did or when it comes back.
    const aloud = (reply: Reply): Reply =>
      deps.readAloud ? deps.readAloud(reply, ctx, content.kind === 'quiz' ? { kind: 'quiz-card', questionId: content.question.id } : { kind: 'answer', entryId: content.entry.id }) : reply;
    // A card shown before a round began to ask its question: answered now, it would answer the quiz. It stays due.
    if (verb === 'choice' && heldBack(session.guildId, current.key)) {
      session.current = undefined;
      return nextCard(session);
    }
    if (verb === 'choice' && content.kind === 'quiz') {
      const choices = choiceOrder(content.question, `${session.id}/${content.question.id}`);
      const chosen = choices[Number(arg)];
      if (chosen === undefined) return { body: R.alreadyDone, private: true, tone: 'info' };
      session.current = undefined;
      const correct = chosen === content.question.correct;
      const due = await grade(session, current.key, correct ? 'good' : 'again');
      const more = session.reviewed < REVIEW_DEFAULTS.sessionCards && dueKeys(await deps.deck.cards(session.guildId, session.userId), deps.now(), showable(session.guildId)).length > 0;
      const outcome = aloud(quizOutcomeReply({ sessionId: session.id, number: session.reviewed, question: content.question, correct, comesBack: due === undefined ? R.notSaved : whenText(due, now, timeZone), more }));
      if (more) return outcome;
      deps.sessions.end(session.id);
      const reason = session.reviewed >= REVIEW_DEFAULTS.sessionCards ? 'limit' : 'done';
      return { ...outcome, fields: [...(outcome.fields ?? []), { name: R.endTitle, value: await ending(session.guildId, session.userId, session.reviewed, reason) }] };
    }
    if (verb === 'show' && content.kind === 'note') {
      const cards = await deps.deck.cards(session.guildId, session.userId);
      const card = Object.hasOwn(cards, current.key) ? cards[current.key] : undefined;
      if (!card) return nextCard(session);
      const preview = previewGrades(card, now, (await examOf(session.guildId, session.userId, now))?.plan.cap);
      const comesBack = Object.fromEntries(REVIEW_GRADES.map((g) => [g, R.shortTime(preview[g] - now)])) as Record<ReviewGrade, string>;
      return aloud(revealedReply({ sessionId: session.id, number: current.number, entry: content.entry, topicTitle: topicTitle(deps.kb, content), comesBack }));
    }
    if (verb === 'grade' && content.kind === 'note' && REVIEW_GRADES.includes(arg as ReviewGrade)) {
      session.current = undefined;
      const due = await grade(session, current.key, arg as ReviewGrade);
      return nextCard(session, due === undefined ? R.notSaved : R.saved(whenText(due, now, timeZone)));
    }
    return { body: R.alreadyDone, private: true, tone: 'info' };
  };

  return { start, press };
}

export function createReviewCommand(deps: ReviewDeps): Command {
  const flow = createReviewFlow(deps);
  return {
    spec: {
      name: 'review',
      description: 'Review the cards due in your deck: what you got wrong, and answers you kept (privately)',
      options: [{ name: 'exam', description: R.examOption, type: 'string', maxLength: 40 }],
    },
    run: (input, ctx) => flow.start(ctx, stringOption(input, 'exam')),
  };
}

export function createReviewAction(deps: ReviewDeps): ActionHandler {
  const flow = createReviewFlow(deps);
  return {
    prefix: REVIEW_ACTION,
    updatesMessage: true,
    run: (args, ctx) => flow.press(args, ctx),
  };
}

/** "Remember this" under an /ask answer: the answer goes into the student's deck, privately acknowledged. */
export function createRememberAction(deps: Pick<ReviewDeps, 'entry' | 'deck' | 'now' | 'dmGuildId'>): ActionHandler {
  return {
    prefix: REMEMBER_ACTION,
    async run([entryId], ctx) {
      const entry = entryId ? deps.entry(entryId) : undefined;
      if (!entry) return { body: R.rememberGone, private: true, tone: 'info' };
      const added = await deps.deck.remember(deckGuild(deps, ctx), ctx.userId, entry.id, deps.now());
      return { body: added ? R.remembered(entry.question) : R.rememberedAlready(entry.question), private: true, tone: added ? 'success' : 'info' };
    },
  };
}
