// /review's numbers in one place: a session's length, a deck's size, FSRS's settings and the exam date's.
export const REVIEW_DEFAULTS = Object.freeze({
  /** Cards in one /review session at most. */
  sessionCards: 20,
  /** Cards kept per student and server; when full, the best-known card (due furthest ahead) makes room. */
  maxCardsPerStudent: 1000,
  /** The chance of remembering a card that FSRS schedules for (0.9: reviews come when 1 in 10 would be forgotten). */
  requestRetention: 0.9,
  /** The longest gap between reviews, in days: a school year. */
  maximumIntervalDays: 365,
  /** An exam date (/review exam:) may be at most this many months ahead: a GCSE or A-level course's last stretch. */
  examMaxMonthsAhead: 18,
  /** With an exam date, no card comes back later than the start of the day this many days before the exam. */
  examEveDays: 1,
  /** In the last this-many days before the exam, a session shows the cards most likely forgotten first. */
  examFinalDays: 7,
  /** A session nobody has pressed for this long has ended (its buttons say so). */
  sessionIdleMs: 60 * 60 * 1000,
  /** Sessions kept at once across servers (the oldest ends first). */
  maxSessions: 5000,
});
