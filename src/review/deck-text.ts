// A review deck as the store keeps it: text, a card a line (reviewDeckTextSchema), read into a record of
// cards to work on and written back, sorted by key so the same deck is always the same text.
import type { GuildDocument } from '../store/schema.js';
import type { ReviewCard, ReviewDeckCards } from '../store/study-schema.js';

function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function decodeDeck(text: string): ReviewDeckCards {
  const deck: ReviewDeckCards = {};
  if (!text) return deck;
  for (const line of text.split('\n')) {
    const [key, due, stability, difficulty, reps, lapses, state, step, scheduledDays, lastReview, added] = line.split(' ');
    if (!key || added === undefined) continue;
    const card: ReviewCard = {
      added: Number(added),
      due: Number(due),
      stability: Number(stability),
      difficulty: Number(difficulty),
      reps: Number(reps),
      lapses: Number(lapses),
      state: Number(state),
      step: Number(step),
      scheduledDays: Number(scheduledDays),
      lastReview: lastReview === '-' ? null : Number(lastReview),
    };
    setOwn(deck, key, card);
  }
  return deck;
}

export function encodeDeck(deck: Readonly<ReviewDeckCards>): string {
  return Object.keys(deck)
    .sort()
    .flatMap((key) => {
      const c = deck[key];
      if (!c) return [];
      return [[key, c.due, c.stability, c.difficulty, c.reps, c.lapses, c.state, c.step, c.scheduledDays, c.lastReview ?? '-', c.added].join(' ')];
    })
    .join('\n');
}

/** A student's deck in a document (empty when they have none). */
export function readDeck(doc: GuildDocument, userId: string): ReviewDeckCards {
  return Object.hasOwn(doc.decks, userId) ? decodeDeck(doc.decks[userId] ?? '') : {};
}

/** Changes a student's deck in a draft and writes it back (a deck left empty goes); returns what `change` does. */
export function changeDeck<T>(draft: GuildDocument, userId: string, change: (deck: ReviewDeckCards) => T): T {
  const deck = readDeck(draft, userId);
  const result = change(deck);
  const text = encodeDeck(deck);
  if (text) setOwn(draft.decks, userId, text);
  else delete draft.decks[userId];
  return result;
}
