// The opening of an answer, as a list of points shows it beside each entry's question (/ask's "points to build
// your answer from", and the essay plans of src/commands/ask-subject.ts).
import { sentencesOf } from '../matching/normalise.js';

/** A first sentence shorter than this says too little alone ("Probably not.", "Several factors combined."). */
const SAYS_LITTLE = 60;

/** The opening of an answer: its first sentence, with the next while what it has says too little alone. */
export function answerOpening(text: string, room: number): string {
  const [first = text, ...rest] = sentencesOf(text);
  let said = first;
  for (const next of rest) {
    if (said.length >= SAYS_LITTLE || said.length + 1 + next.length > room) break;
    said = `${said} ${next}`;
  }
  return clipAtWord(said, room);
}

/** Sentences an essay point gives at most: a claim and its evidence, not the whole note. */
const POINT_SENTENCES = 3;

/**
 * An essay point from a note: its opening sentences while they fit the room (at most POINT_SENTENCES), so the point
 * carries its evidence and not only the note's opening claim ("Stalin became General Secretary in April 1922, when
 * the job looked like dull paperwork." gives a student nothing to write from; the appointments that follow do).
 */
export function answerPoint(text: string, room: number): string {
  const [first = text, ...rest] = sentencesOf(text);
  let said = first;
  for (const next of rest.slice(0, POINT_SENTENCES - 1)) {
    if (said.length + 1 + next.length > room) break;
    said = `${said} ${next}`;
  }
  return clipAtWord(said, room);
}

/**
 * Text cut to `room` characters at most, never inside a word: at the end of its last whole sentence that fits, when that
 * keeps most of it, else after its last whole word, with "…" ("…wanted to protect t…" read as broken to a student).
 */
export function clipAtWord(text: string, room: number): string {
  if (text.length <= room) return text;
  const cut = text.slice(0, room - 1);
  const sentence = [...sentencesOf(cut)].slice(0, -1).join(' ');
  if (sentence.length >= room / 2) return sentence;
  const space = cut.lastIndexOf(' ', text[room - 1] === ' ' ? room - 1 : undefined);
  const words = space > 0 ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,;:–—(-]+$/, '')}…`;
}
