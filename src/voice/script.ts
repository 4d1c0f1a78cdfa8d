// What is said aloud for a quiz round: each question with its choices, the answer with its explanation,
// and the end. The words themselves are passed in (src/messages.ts), as the quiz's date questions do.
import type { EndReason, PlayerStanding, RoundEvent } from '../quiz/round.js';

/** A choice with the letter of its button. */
export interface Lettered {
  readonly letter: string;
  readonly text: string;
}

export interface SpokenWords {
  question(number: number, total: number, prompt: string, choices: readonly Lettered[]): string;
  timeLeft(seconds: number): string;
  answer(choice: Lettered, explanation: string): string;
  /** The right order of an order question, first to last. */
  order(choices: readonly Lettered[], explanation: string): string;
  /** `winners`: the names sharing the top score, none when nobody scored. */
  end(reason: EndReason, winners: readonly string[], points: number): string;
}

/** The button letters: A, B, C… */
const letter = (index: number) => String.fromCharCode(65 + index);

/**
 * Text as it should be read: without the Markdown, mentions, emoji and escapes that replies carry, on
 * one line, ending as a sentence does (so the engine pauses before what follows). Stricter than the console's
 * plain() (src/adapters/console/render-text.ts), which prints what is not Markdown as typed, keeping its lines.
 */
export function speakable(text: string): string {
  const plain = text
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<(?:@[!&]?|#)\d+>/g, '')
    .replace(/<t:\d+(?::[a-zA-Z])?>/g, '')
    .replace(/\\([\\*_~`|>#-])/g, '$1')
    .replace(/(\*\*|__|~~|\|\||`)/g, '')
    .replace(/(^|\s)[*_](\S(?:.*?\S)?)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
    .replace(/\p{Extended_Pictographic}\uFE0F?/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain === '' || /[.!?:;…]$/.test(plain) ? plain : `${plain}.`;
}

/** The lines of one event, or none (a question's time warning is timed by the host, not an event). */
export function linesFor(event: RoundEvent, words: SpokenWords): string[] {
  switch (event.kind) {
    case 'question': {
      const q = event.question;
      const choices = q.choices.map((text, i) => ({ letter: letter(i), text: speakable(text) }));
      return [words.question(event.index + 1, event.round.questionCount, speakable(q.prompt), choices)];
    }
    case 'reveal': {
      const q = event.question;
      const explanation = speakable(q.explanation);
      if (q.order && q.order.length > 0) return [words.order(q.order.map((i) => ({ letter: letter(i), text: speakable(q.choices[i] ?? '') })), explanation)];
      return [words.answer({ letter: letter(q.correctIndex), text: speakable(q.choices[q.correctIndex] ?? '') }, explanation)];
    }
    case 'end': {
      const top = winners(event.standings);
      return [words.end(event.reason, top.map((s) => speakable(s.userName).replace(/\.$/, '')), top[0]?.score ?? 0)];
    }
  }
}

function winners(standings: readonly PlayerStanding[]): PlayerStanding[] {
  return standings.filter((s) => s.rank === 1 && s.score > 0);
}

/** An answer to read aloud, cut at the last full sentence that fits `maxChars`. */
export function answerToRead(question: string, answer: string, maxChars: number): string {
  const text = `${speakable(question)} ${speakable(answer)}`;
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
  return end > 0 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
