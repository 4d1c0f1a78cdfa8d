// Each student's review deck in a server, on top of the GuildStore: a finished quiz round puts what each
// player got wrong or left unanswered into their deck (and its answers into the class's daily activity),
// "Remember this" keeps an answer, and a review reschedules a card (before their exam, when they gave its date).
import type { RoundResult } from '../quiz/round.js';
import { recordAnswer, recordReview } from '../report/activity.js';
import type { GuildStore } from '../store/guild-store.js';
import type { ReviewCard, ReviewDeckCards } from '../store/study-schema.js';
import { addCard, addMisses, cardKey, gradeCard, type ReviewGrade } from './cards.js';
import { changeDeck, readDeck } from './deck-text.js';
import { examDateOf, examPlanOf, forgetExamDate, setExamDate, touchExamDate } from './exam-date.js';

export interface ReviewDeck {
  /** A finished round: each player's misses into their deck, every answer into the day's activity. */
  recordRound(result: RoundResult): Promise<void>;
  /** Keeps an answer entry as a card; resolves whether it is new to the deck. */
  remember(guildId: string, userId: string, entryId: string, now: number): Promise<boolean>;
  cards(guildId: string, userId: string): Promise<Readonly<ReviewDeckCards>>;
  /** Reviews a card with a grade; resolves the rescheduled card, or undefined when it is not in the deck. */
  grade(guildId: string, userId: string, key: string, grade: ReviewGrade, now: number): Promise<ReviewCard | undefined>;
  /** Drops a card whose question is gone from the notes. */
  drop(guildId: string, userId: string, key: string): Promise<void>;
  /** The student's exam date kept here ("2027-05-20"), lapsed or not; undefined when none. */
  examDate(guildId: string, userId: string): Promise<string | undefined>;
  /** Sets the exam date (a day readExamDate accepted), bringing forward the cards due after it allows; resolves how many moved. */
  setExamDate(guildId: string, userId: string, date: string, now: number): Promise<number>;
  /** Clears the exam date; resolves whether there was one. */
  clearExamDate(guildId: string, userId: string): Promise<boolean>;
}

/**
 * The quiz questions each player of a round got wrong or left unanswered. A player is counted from the
 * first question they answered: one who joined late did not leave the earlier ones unanswered.
 */
export function roundMisses(result: RoundResult): Map<string, string[]> {
  const misses = new Map<string, string[]>();
  for (const s of result.standings) {
    const mine = result.answers.filter((a) => a.userId === s.userId);
    const first = result.questionIds.findIndex((id) => mine.some((a) => a.questionId === id));
    if (first < 0) continue;
    const missed = result.questionIds.slice(first).filter((id) => !mine.some((a) => a.questionId === id && a.correct));
    if (missed.length > 0) misses.set(s.userId, missed);
  }
  return misses;
}

export function createReviewDeck(store: GuildStore): ReviewDeck {
  return {
    async recordRound(result) {
      const misses = roundMisses(result);
      if (misses.size === 0 && result.answers.length === 0) return;
      await store.update(result.round.guildId, (draft) => {
        for (const [userId, ids] of misses) changeDeck(draft, userId, (deck) => addMisses(deck, ids.map((id) => cardKey('quiz', id)), result.endedAt));
        for (const a of result.answers) recordAnswer(draft, { userId: a.userId, questionId: a.questionId, topic: a.topic, correct: a.correct, at: result.endedAt });
      });
    },
    async remember(guildId, userId, entryId, now) {
      let added = false;
      await store.update(guildId, (draft) => {
        added = changeDeck(draft, userId, (deck) => addCard(deck, cardKey('note', entryId), now));
      });
      return added;
    },
    async cards(guildId, userId) {
      return readDeck(await store.load(guildId), userId);
    },
    async grade(guildId, userId, key, grade, now) {
      let graded: ReviewCard | undefined;
      await store.update(guildId, (draft) => {
        graded = changeDeck(draft, userId, (deck) => {
          const card = Object.hasOwn(deck, key) ? deck[key] : undefined;
          if (!card) return undefined;
          return (deck[key] = gradeCard(card, grade, now, examPlanOf(draft, userId, now)?.cap));
        });
        if (graded) {
          recordReview(draft, userId, now);
          touchExamDate(draft, userId, now);
        }
      });
      return graded;
    },
    async drop(guildId, userId, key) {
      await store.update(guildId, (draft) => {
        changeDeck(draft, userId, (deck) => delete deck[key]);
      });
    },
    async examDate(guildId, userId) {
      return examDateOf(await store.load(guildId), userId);
    },
    async setExamDate(guildId, userId, date, now) {
      let moved = 0;
      await store.update(guildId, (draft) => {
        moved = setExamDate(draft, userId, date, now);
      });
      return moved;
    },
    async clearExamDate(guildId, userId) {
      let had = false;
      await store.update(guildId, (draft) => {
        had = forgetExamDate(draft, userId);
      });
      return had;
    },
  };
}
