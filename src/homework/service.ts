// Homework on top of the GuildStore: each step of a student's attempt is one store update, which also
// counts the answers in the class's daily activity and, when the attempt finishes, puts what was missed
// into the student's review deck. Keeps the latest ids per server for the teacher's autocomplete.
import { cardKey, addMisses } from '../review/cards.js';
import { changeDeck } from '../review/deck-text.js';
import { recordAnswer } from '../report/activity.js';
import type { Clock } from '../quiz/clock.js';
import type { GuildStore } from '../store/guild-store.js';
import type { GuildDocument } from '../store/schema.js';
import type { Assignment } from '../store/study-schema.js';
import { addAssignment, answerQuestion, attemptOf, closeAssignment, findAssignment, isOpen, progress, type AnswerOutcome, type AttemptState, type NewAssignment, type SetOutcome } from './assignments.js';

/** A quiz question's topic, for the daily activity (the fact base knows it; the store does not). */
export type TopicOf = (questionId: string) => string;

export interface AssignmentSummary {
  readonly id: string;
  readonly topic: string | null;
  readonly due: string;
  readonly open: boolean;
}

export interface HomeworkService {
  set(guildId: string, req: NewAssignment): Promise<SetOutcome>;
  /** Remembers the channel post with the Start button. */
  setMessage(guildId: string, id: string, messageId: string): Promise<void>;
  close(guildId: string, id: string, now: number): Promise<{ readonly outcome: 'closed' | 'already' | 'unknown'; readonly assignment?: Assignment }>;
  /** Oldest first. */
  assignments(guildId: string): Promise<readonly Assignment[]>;
  find(guildId: string, id: string): Promise<Assignment | undefined>;
  /** Starts or goes on with a student's attempt. Undefined when there is no such assignment. */
  start(guildId: string, id: string, student: Student, now: number, topicOf: TopicOf): Promise<{ readonly assignment: Assignment; readonly state: AttemptState } | undefined>;
  answer(
    guildId: string,
    id: string,
    answer: Student & { readonly index: number; readonly choice: string; readonly correct: boolean },
    now: number,
    topicOf: TopicOf,
  ): Promise<{ readonly assignment: Assignment; readonly outcome: AnswerOutcome; readonly state: AttemptState } | undefined>;
  /** The server's assignments as last seen, newest first, for autocomplete (which cannot wait for the store). */
  recent(guildId: string): readonly AssignmentSummary[];
}

export interface Student {
  readonly userId: string;
  readonly userName: string;
}

/**
 * Runs a step of an attempt in a store update: the answers it adds go into the day's activity, and when it
 * finishes the attempt, the questions missed go into the student's deck.
 */
function step<T extends { state: AttemptState }>(draft: GuildDocument, a: Assignment, userId: string, now: number, topicOf: TopicOf, run: () => T): T {
  const before = attemptOf(a, userId)?.answers.length ?? 0;
  const wasFinished = attemptOf(a, userId)?.finishedAt != null;
  const result = run();
  const attempt = attemptOf(a, userId);
  if (!attempt) return result;
  attempt.answers.slice(before).forEach((given, i) => {
    const questionId = a.questionIds[before + i] ?? '';
    recordAnswer(draft, { userId, questionId, topic: topicOf(questionId), correct: given.correct, at: now });
  });
  if (!wasFinished && attempt.finishedAt !== null) {
    const missed = a.questionIds.filter((_, i) => !attempt.answers[i]?.correct);
    if (missed.length > 0) changeDeck(draft, userId, (deck) => addMisses(deck, missed.map((q) => cardKey('quiz', q)), now));
  }
  return result;
}

export function createHomeworkService(store: GuildStore, clock: Clock): HomeworkService {
  const seen = new Map<string, readonly AssignmentSummary[]>();
  const remember = (doc: GuildDocument, now: number) => {
    seen.set(
      doc.guildId,
      [...doc.homework.assignments].reverse().map((a) => ({ id: a.id, topic: a.topic, due: a.due, open: isOpen(a, now) })),
    );
    return doc;
  };
  const load = async (guildId: string) => remember(await store.load(guildId), clock.now());

  return {
    async set(guildId, req) {
      let outcome: SetOutcome = { ok: false, reason: 'too-many', open: 0 };
      const doc = await store.update(guildId, (draft) => {
        outcome = addAssignment(draft, req);
      });
      remember(doc, req.now);
      return outcome;
    },
    async setMessage(guildId, id, messageId) {
      await store.update(guildId, (draft) => {
        const a = findAssignment(draft, id);
        if (a) a.messageId = messageId;
      });
    },
    async close(guildId, id, now) {
      let outcome: 'closed' | 'already' | 'unknown' = 'unknown';
      const doc = await store.update(guildId, (draft) => {
        outcome = closeAssignment(draft, id, now);
      });
      remember(doc, now);
      const assignment = findAssignment(doc, id);
      return assignment ? { outcome, assignment } : { outcome };
    },
    async assignments(guildId) {
      return (await load(guildId)).homework.assignments;
    },
    async find(guildId, id) {
      return findAssignment(await load(guildId), id);
    },
    async start(guildId, id, student, now, topicOf) {
      if (!findAssignment(await store.load(guildId), id)) return undefined;
      let state: AttemptState = { kind: 'closed' };
      const doc = await store.update(guildId, (draft) => {
        const a = findAssignment(draft, id);
        if (a) state = step(draft, a, student.userId, now, topicOf, () => ({ state: progress(a, student.userId, student.userName, now) })).state;
      });
      const assignment = findAssignment(doc, id);
      return assignment ? { assignment, state } : undefined;
    },
    async answer(guildId, id, answer, now, topicOf) {
      if (!findAssignment(await store.load(guildId), id)) return undefined;
      let result: { outcome: AnswerOutcome; state: AttemptState } = { outcome: 'not-started', state: { kind: 'closed' } };
      const doc = await store.update(guildId, (draft) => {
        const a = findAssignment(draft, id);
        if (a) result = step(draft, a, answer.userId, now, topicOf, () => answerQuestion(a, { ...answer, now }));
      });
      const assignment = findAssignment(doc, id);
      return assignment ? { assignment, ...result } : undefined;
    },
    recent(guildId) {
      return seen.get(guildId) ?? [];
    },
  };
}
