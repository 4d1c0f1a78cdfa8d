// Homework's numbers in one place: how many assignments may be open, how long a question lasts, how far
// ahead a due time may be, and what a due day without a time means.
export const HOMEWORK_DEFAULTS = Object.freeze({
  /** Assignments open at once in a server (not closed, not past due). */
  maxOpen: 10,
  /** Assignments kept, open and closed, for reports; the oldest closed ones go first. */
  maxKept: 50,
  minQuestions: 1,
  maxQuestions: 20,
  defaultQuestions: 10,
  /** Seconds per question, as in quiz rounds. */
  minSeconds: 10,
  maxSeconds: 120,
  defaultSeconds: 20,
  /** A due day typed without a time ("friday") means this time of day. */
  defaultDueTime: '9am',
  /** The questions the report names as most missed. */
  mostMissedShown: 3,
});
