// The opening of an answer, as a list of points shows it beside each entry's question (/ask's "points to build
// your answer from", and the essay plans of src/commands/ask-subject.ts).
import { clip } from '../knowledge/question-autocomplete.js';
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
  return clip(said, room);
}
