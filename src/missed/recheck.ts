// Asking the missed questions again of the notes as they are now, for every list a teacher reads (/tutor
// missed, /missed, /tutor report): a question the tutor could not answer leaves the list once the notes
// answer it; an answer students flagged "Not what I asked" stays until the notes answer that question with
// another entry, since the report is about the answer the student got, not about the question alone.
import type { MatchResult } from '../matching/matcher.js';
import type { MissedQuestion } from './missed-questions.js';

/** Asks a recorded question again: a follow-up (`after`) is read with the answer it followed, as it was asked. */
export type AskAgain = (question: string, after?: string) => MatchResult;

export interface Rechecked {
  /** Those still to list, in the order given. */
  readonly still: readonly MissedQuestion[];
  /** How many the notes answer now (otherwise than flagged), so are not listed. */
  readonly nowAnswered: number;
  /** What the re-check gave for each one still listed (why a refusal was one). */
  readonly results: ReadonlyMap<MissedQuestion, MatchResult>;
}

/** Whether a recorded question still belongs on the teacher's list, given what the notes answer now. */
function stillMissed(m: MissedQuestion, now: MatchResult): boolean {
  if (m.entryId === undefined) return now.status !== 'answered';
  return !(now.status === 'answered' && now.entry !== null && now.entry.id !== m.entryId);
}

export function recheckMissed(list: readonly MissedQuestion[], askAgain: AskAgain): Rechecked {
  const results = new Map<MissedQuestion, MatchResult>();
  for (const m of list) {
    const now = askAgain(m.question, m.after);
    if (stillMissed(m, now)) results.set(m, now);
  }
  return { still: list.filter((m) => results.has(m)), nowAnswered: list.length - results.size, results };
}
