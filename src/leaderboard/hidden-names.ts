// A student may keep their name off what the class sees (the DPO's review, finding 14: /privacy
// leaderboard:hide): the leaderboard's list, its podium picture and alt text, and a quiz round's posts (who got
// it right, the fastest, the leaders, the podium, everyone's standings, the winner said aloud) show "a player"
// in their place. They still play and score as before; their own /leaderboard shows them their place, privately;
// teachers still see their results. Kept per student in the server's document (`hiddenNames`), as pure functions here.
import type { GuildDocument } from '../store/schema.js';

/** The students of a server whose names are hidden. */
export function hiddenNames(doc: Pick<GuildDocument, 'hiddenNames'>): ReadonlySet<string> {
  return new Set(Object.keys(doc.hiddenNames));
}

export const isNameHidden = (doc: Pick<GuildDocument, 'hiddenNames'>, userId: string): boolean => Object.hasOwn(doc.hiddenNames, userId);

/** Hides (or shows again) a student's name on a draft of the server's document; `at` is kept for the retention sweep. */
export function setNameHidden(draft: GuildDocument, userId: string, hidden: boolean, at: Date): void {
  if (hidden) Object.defineProperty(draft.hiddenNames, userId, { value: at.toISOString(), enumerable: true, writable: true, configurable: true });
  else delete draft.hiddenNames[userId];
}

/** A student who plays while hidden keeps it as long as they play: their choice is swept only with the rest of their activity. */
export function touchHiddenNames(draft: GuildDocument, userIds: Iterable<string>, at: Date): void {
  for (const userId of userIds) if (isNameHidden(draft, userId)) setNameHidden(draft, userId, true, at);
}

/** Choices neither made nor used (played with) since `cutoff` (ISO). */
export const oldHiddenNames = (doc: Pick<GuildDocument, 'hiddenNames'>, cutoff: string): string[] =>
  Object.entries(doc.hiddenNames)
    .filter(([, at]) => at < cutoff)
    .map(([userId]) => userId);

/** Deletes a student's choice (with the rest of their data); whether there was one. */
export function forgetHiddenName(draft: GuildDocument, userId: string): boolean {
  if (!isNameHidden(draft, userId)) return false;
  delete draft.hiddenNames[userId];
  return true;
}

/** Entries with a name (standings, answers) with the hidden students' names replaced by `shownAs`. */
export function withNamesHidden<T extends { readonly userId: string }, K extends keyof T>(entries: readonly T[], key: K, hidden: ReadonlySet<string>, shownAs: T[K]): T[] {
  return entries.map((e) => (hidden.has(e.userId) ? { ...e, [key]: shownAs } : e));
}
