// How /review looks: a quiz card with its four choices, a note card shown then revealed with Again / Hard /
// Good / Easy, the outcome of a quiz card, and the end of a session. Text only; every reply is private.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { QuizQuestion } from '../knowledge/schema.js';
import { REVIEW_MESSAGES as R } from '../messages.js';
import { shuffled, seededRandom } from '../quiz/clock.js';
import { QUIZ_DEFAULTS } from '../quiz/defaults.js';
import { REVIEW_GRADES, type ReviewGrade } from '../review/cards.js';
import { KEYS } from './keys.js';
import { choiceKey } from './quiz-view.js';
import { encodeAction } from './router.js';
import type { Reply, ReplyButton } from './types.js';

export const REVIEW_ACTION = 'review';
export const REMEMBER_ACTION = 'remember';

/** What a card shows, found in the fact base. */
export type CardContent = { readonly kind: 'quiz'; readonly question: QuizQuestion } | { readonly kind: 'note'; readonly entry: AnswerEntry };

/** A number from text, the same every time (for choice order: a card shows its choices the same way all session). */
export function seedOf(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A quiz question's choices in the order a card shows them (the same for the same seed text). */
export function choiceOrder(question: QuizQuestion, seedText: string): string[] {
  return shuffled(question.choices, seededRandom(seedOf(seedText)));
}

function label(index: number, choice: string): string {
  const text = `${choiceKey(index)} · ${choice}`;
  return text.length <= QUIZ_DEFAULTS.buttonLabelLength ? text : `${text.slice(0, QUIZ_DEFAULTS.buttonLabelLength - 1)}…`;
}

export interface CardView {
  readonly sessionId: string;
  /** The card's number in this session, from 1. */
  readonly number: number;
  readonly due: number;
  readonly topicTitle: string | null;
  readonly content: CardContent;
  /** A line above the card (how the last one went). */
  readonly note?: string;
  /** The exam line, when the student has set an exam date; `weakestFirst` in its last days. */
  readonly exam?: string;
  readonly weakestFirst?: boolean;
}

const stopButton = (sessionId: string, number: number): ReplyButton => ({ action: encodeAction(REVIEW_ACTION, sessionId, String(number), 'stop'), label: R.stopButton, style: 'secondary', key: KEYS.stopReview });

export function cardReply(v: CardView): Reply {
  const footer = R.cardFooter(v.due, v.exam, v.weakestFirst);
  const title = R.cardTitle(v.number, v.topicTitle);
  const lead = v.note ? `*${v.note}*\n\n` : '';
  if (v.content.kind === 'quiz') {
    const q = v.content.question;
    const choices = choiceOrder(q, `${v.sessionId}/${q.id}`);
    return {
      title,
      body: `${lead}${q.prompt}`,
      footer,
      buttons: [
        ...choices.map((c, i) => ({ action: encodeAction(REVIEW_ACTION, v.sessionId, String(v.number), 'choice', String(i)), label: label(i, c), key: choiceKey(i), choice: true as const, style: 'primary' as const })),
        stopButton(v.sessionId, v.number),
      ],
      private: true,
      update: true,
      tone: 'info',
    };
  }
  return {
    title,
    body: `${lead}**${v.content.entry.question}**\n\n${R.recallFirst}`,
    footer,
    buttons: [{ action: encodeAction(REVIEW_ACTION, v.sessionId, String(v.number), 'show'), label: R.showButton, style: 'primary', key: KEYS.showAnswer }, stopButton(v.sessionId, v.number)],
    private: true,
    update: true,
    tone: 'info',
  };
}

/** A note card revealed: the answer, and a button per grade naming when the card would come back. */
export function revealedReply(v: { sessionId: string; number: number; entry: AnswerEntry; topicTitle: string | null; comesBack: Readonly<Record<ReviewGrade, string>> }): Reply {
  return {
    title: R.cardTitle(v.number, v.topicTitle),
    body: `**${v.entry.question}**\n\n${v.entry.answer}`,
    footer: R.gradeFooter,
    buttons: [
      ...REVIEW_GRADES.map((g, i) => ({
        action: encodeAction(REVIEW_ACTION, v.sessionId, String(v.number), 'grade', g),
        label: R.gradeButton(g, v.comesBack[g]),
        style: g === 'again' ? ('danger' as const) : g === 'good' ? ('success' as const) : ('secondary' as const),
        key: String(i + 1),
      })),
      stopButton(v.sessionId, v.number),
    ],
    private: true,
    update: true,
    tone: 'answer',
  };
}

/** A quiz card answered: right or not, the explanation, when it comes back, and the way on. */
export function quizOutcomeReply(v: { sessionId: string; number: number; question: QuizQuestion; correct: boolean; comesBack: string; more: boolean }): Reply {
  const q = v.question;
  return {
    title: v.correct ? R.right : R.wrong(q.correct),
    body: `${q.prompt}\n\n${q.explanation}`,
    fields: [{ name: R.comesBackField, value: v.comesBack, inline: true }],
    buttons: v.more
      ? [{ action: encodeAction(REVIEW_ACTION, v.sessionId, String(v.number), 'next'), label: R.nextButton, style: 'primary', key: KEYS.nextCard }, stopButton(v.sessionId, v.number)]
      : [],
    private: true,
    update: true,
    tone: v.correct ? 'success' : 'answer',
  };
}
