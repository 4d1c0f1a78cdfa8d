// The console's lettered keys, in one place: the buttons that carry one (ReplyButton.key), the keys the console
// reads itself (src/adapters/console), the console's lines that name a key, and /help's list of them all take
// them from here, so /help cannot name a key the console does not take. Only the console reads the terminal;
// this module imports nothing.

/** The keys of a quiz question's choices, in order (a quiz question has four: A to D; an order question's events too). */
export const CHOICE_KEYS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;

/** The first and last keys that answer a quiz question, which has four choices (src/knowledge/schema.ts): A to D. */
export const ANSWER_KEYS = Object.freeze({ first: CHOICE_KEYS[0], last: CHOICE_KEYS[3] });

export const KEYS = Object.freeze({
  /**
   * Under an answer: "Not what I asked" (the console gives it by its action, so it never moves between the
   * numbered related questions: src/adapters/console/render-text.ts), "Remember this" and "Read aloud" (also
   * under a topic, a revealed review card and a practice question).
   */
  notWhatIAsked: 'N',
  remember: 'R',
  readAloud: 'V',
  /** In /review: a card's answer shown, the next card, stop. */
  showAnswer: 'S',
  nextCard: 'N',
  stopReview: 'X',
  /** Homework: starts it, and goes on to the next question once a question's time is up. */
  startHomework: 'S',
  /** Typed in a quiz round (no button): the open question and its choices again, with the time left. */
  repeatQuestion: 'Q',
  /** A step that cannot be undone (/tutor reset, /forget-me): yes, or cancel. */
  confirm: 'Y',
  cancel: 'N',
} as const);
