// Every quiz number in one place: limits of the /quiz options, scoring, timings. Frozen, so nothing
// changes them at run time; a deployment overrides timings through the wiring in app.ts.
export const QUIZ_DEFAULTS = Object.freeze({
  minQuestions: 3,
  maxQuestions: 20,
  defaultQuestions: 10,
  minSeconds: 10,
  maxSeconds: 60,
  defaultSeconds: 20,

  /** Points for a correct answer given at once; half of it for one given as time runs out. */
  maxPoints: 1000,
  /** Bonus per consecutive correct answer after the first... */
  streakStep: 100,
  /** ...up to this much. */
  streakCap: 500,

  /** The round ends by itself after this many questions in a row that nobody answered. */
  idleQuestionsToEnd: 2,
  /** With early reveal, a player who let this many questions in a row close unanswered is no longer waited for. */
  missedToStopWaiting: 2,
  /** Before the first question, so the start message is read first (0 in the console). */
  firstQuestionDelayMs: 3000,
  /** Between a reveal and the next question, to read the explanation (0 in the console). */
  revealPauseMs: 6000,
  /**
   * Reveal before time is up once everyone who has answered anything in this round has answered the
   * current question (with one player: as soon as they answer). Off by default: in a class channel the
   * first click on question 1 would close it for everyone else. The console turns it on.
   */
  earlyReveal: false,

  /** Rounds running at once in one server: enough for a class split over a few channels, not one in every channel. */
  maxRoundsPerServer: 5,
  /** Questions remembered per channel so the next rounds there avoid them. */
  recentPerChannel: 60,
  /** Questions on one subtopic (a person, a term) in a round, while the pool has others to ask. */
  maxPerSubtopic: 2,
  /**
   * A name or word that more than this share of all quiz questions use is the course's own background
   * (Stalin), not a subtopic, and not a clue that one question gives another's answer away.
   */
  backgroundShare: 0.1,
  /** A question gives a later one's answer away when it shows that answer and this many of the later prompt's own words. */
  giveawayPromptWords: 2,
  /**
   * An answer of at least giveawayAnswerWords words is shown by an explanation that has this share of them, in
   * its own words ("Conquest and Applebaum argue the famine was used deliberately against Ukraine" shows "The state
   * used hunger deliberately against Ukraine").
   */
  giveawayAnswerWords: 3,
  giveawayAnswerShare: 2 / 3,
  /**
   * Two questions with the same answer ask the same thing when their prompts share at least this share of the
   * shorter one's own words (and at least giveawayPromptWords): a round asks only one of them.
   */
  repeatSubjectShare: 0.5,
  /** Places on the podium at the end of a round. */
  podiumSize: 3,
  /** Discord's limit on a button label. */
  buttonLabelLength: 80,
});

export interface QuizTiming {
  readonly firstQuestionDelayMs: number;
  readonly revealPauseMs: number;
  readonly earlyReveal: boolean;
  /**
   * The first question waits for a cue (QuizRounds.cue: the console's Enter) instead of a delay, so its time does
   * not run while the rules are still being read (a screen reader reads them first).
   */
  readonly firstQuestionOnCue?: boolean;
}

/**
 * The console: one terminal shared by players taking turns (/as), often fed piped input. No pauses, a question
 * closes as soon as everyone playing has answered it, and question 1 comes at the next line typed (Enter).
 */
export const CONSOLE_QUIZ_TIMING: QuizTiming = Object.freeze({ firstQuestionDelayMs: 0, revealPauseMs: 0, earlyReveal: true, firstQuestionOnCue: true });
