// /review's numbers in one place: a session's length, a deck's size, and FSRS's settings.
export const REVIEW_DEFAULTS = Object.freeze({
  /** Cards in one /review session at most. */
  sessionCards: 20,
  /** Cards kept per student and server; when full, the best-known card (due furthest ahead) makes room. */
  maxCardsPerStudent: 1000,
  /** The chance of remembering a card that FSRS schedules for (0.9: reviews come when 1 in 10 would be forgotten). */
  requestRetention: 0.9,
  /** The longest gap between reviews, in days: a school year. */
  maximumIntervalDays: 365,
  /** A session nobody has pressed for this long has ended (its buttons say so). */
  sessionIdleMs: 60 * 60 * 1000,
  /** Sessions kept at once across servers (the oldest ends first). */
  maxSessions: 5000,
});
