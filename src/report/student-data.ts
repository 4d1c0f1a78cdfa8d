// What issue 14 keeps per student (review decks, homework attempts, daily activity), deleted as the rest
// is: for one student on request (/forget-me, /tutor forget), and past a server's retention period.
import type { GuildDocument } from '../store/schema.js';
import { forgetActivity, oldActivityDays } from './activity.js';
import { changeDeck, readDeck } from '../review/deck-text.js';

/** Deletes a student's deck, homework attempts and activity from a draft; whether there was any. */
export function forgetStudyData(draft: GuildDocument, userId: string): boolean {
  let found = false;
  if (Object.hasOwn(draft.decks, userId)) {
    found = (draft.decks[userId] ?? '') !== '';
    delete draft.decks[userId];
  }
  for (const a of draft.homework.assignments)
    if (Object.hasOwn(a.attempts, userId)) {
      delete a.attempts[userId];
      found = true;
    }
  return forgetActivity(draft, userId) || found;
}

const cutoffOf = (days: number, now: Date) => now.getTime() - days * 86_400_000;

/** A card's last activity: its last review, or when it was added. */
const lastTouched = (card: { added: number; lastReview: number | null }) => Math.max(card.added, card.lastReview ?? 0);

/** Whether sweepOldStudyData would delete anything. */
export function hasOldStudyData(doc: GuildDocument, days: number, now: Date): boolean {
  const cutoff = cutoffOf(days, now);
  return (
    Object.keys(doc.decks).some((userId) => Object.values(readDeck(doc, userId)).some((c) => lastTouched(c) < cutoff)) ||
    doc.homework.assignments.some((a) => Date.parse(a.due) < cutoff) ||
    oldActivityDays(doc, new Date(cutoff).toISOString()).length > 0
  );
}

/**
 * Deletes what is older than `days` before `now`: cards neither added nor reviewed since, homework due
 * before then (with its attempts), and days of activity before then. Resolves how many of each went.
 */
export function sweepOldStudyData(draft: GuildDocument, days: number, now: Date): { cards: number; assignments: number; days: number } {
  const cutoff = cutoffOf(days, now);
  let cards = 0;
  for (const userId of Object.keys(draft.decks))
    changeDeck(draft, userId, (deck) => {
      for (const [key, card] of Object.entries(deck))
        if (lastTouched(card) < cutoff) {
          delete deck[key];
          cards++;
        }
    });
  const before = draft.homework.assignments.length;
  draft.homework.assignments = draft.homework.assignments.filter((a) => Date.parse(a.due) >= cutoff);
  const oldDays = oldActivityDays(draft, new Date(cutoff).toISOString());
  for (const key of oldDays) delete draft.activity[key];
  return { cards, assignments: before - draft.homework.assignments.length, days: oldDays.length };
}
