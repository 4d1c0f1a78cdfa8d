// Telling a question about exam technique ("how do I answer an 8 marker?", "should I use bullet points?")
// from a history question with exam furniture ("Explain why Stalin launched the Terror. [8 marks]"). The
// difference is the student speaking of themselves, or asking how a thing is done; the exam's own words
// (marks, essay, examiner…) are the fact base's to list (knowledge/vocabulary.yaml, examSkillWords).
import { normaliseText } from './normalise.js';

/** The student speaking of themselves or asking how it is done: exam questions are in the imperative. */
const SPEAKS_OF_DOING = /\b(i|me|my|we|us|our)\b|\bhow (to|do you|should you|would you|can you)\b|\b(should|can|would) (you|u)\b|\bdo u\b|\bw(h?at|ats|hats) do (examiners|markers|they) (want|look for)\b|\b(tips|advice|techniques?)\b|\b(ur|your|youre)\b|\bis it (ok|okay|alright|better|best|worth|fine|allowed|acceptable)\b|\b(valid|acceptable) answer\b/;

/** Whether a question asks for exam advice: it speaks of doing and uses one of the exam's words. */
export function examSkillReader(examSkillWords: readonly string[]): (question: string) => boolean {
  const words = new Set(examSkillWords);
  if (words.size === 0) return () => false;
  return (question) => {
    const text = normaliseText(question);
    return SPEAKS_OF_DOING.test(text) && text.split(' ').some((w) => words.has(w) || /^\d+marker$/.test(w));
  };
}
