// "Not what I asked": a student can say an answer missed their question, and the teacher sees it beside
// the questions the tutor could not answer. The question is not put in the button (Discord allows 100
// characters there); recent answers are remembered in memory by a short token instead. No user id is
// kept on disk: who pressed is remembered in memory only, so each student counts once per answer.
import { randomBytes } from 'node:crypto';

export const FEEDBACK_ACTION = 'ask-wrong';
export const FEEDBACK_DEFAULTS = Object.freeze({
  /** Answers remembered for the button; older buttons say they can no longer be reported. */
  remembered: 5000,
});

interface Answered {
  readonly guildId: string;
  readonly question: string;
  readonly entryId: string;
  /** For a follow-up, the entry whose answer it followed. */
  readonly after?: string;
  readonly pressedBy: Set<string>;
}

export interface AnswerFeedback {
  /** Remembers an answer given (to a follow-up of the answer `after`); resolves the token its button carries. */
  remember(guildId: string, question: string, entryId: string, after?: string): string;
  /** A press: 'recorded' the first time a student presses for an answer, 'again' after, 'unknown' for a forgotten one. */
  press(token: string, userId: string): { outcome: 'recorded'; answer: Omit<Answered, 'pressedBy'> } | { outcome: 'again' | 'unknown' };
}

export function createAnswerFeedback(remembered: number = FEEDBACK_DEFAULTS.remembered): AnswerFeedback {
  const answers = new Map<string, Answered>();
  return {
    remember(guildId, question, entryId, after) {
      const token = randomBytes(9).toString('base64url');
      answers.set(token, { guildId, question, entryId, ...(after !== undefined ? { after } : {}), pressedBy: new Set() });
      // A Map keeps insertion order: the oldest answer goes first.
      while (answers.size > remembered) answers.delete(answers.keys().next().value as string);
      return token;
    },
    press(token, userId) {
      const answer = answers.get(token);
      if (!answer) return { outcome: 'unknown' };
      if (answer.pressedBy.has(userId)) return { outcome: 'again' };
      answer.pressedBy.add(userId);
      const { pressedBy: _pressedBy, ...given } = answer;
      return { outcome: 'recorded', answer: given };
    },
  };
}
