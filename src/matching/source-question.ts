// An exam's source question ("Source A: "The kulaks are … exploiters" - Lenin. How useful is Source A for an
// enquiry into why Stalin attacked the kulaks? [8 marks]") asks for two things: how to judge a source, and what
// the student knows of the enquiry's subject to judge it with. The quoted source is material to judge, not the
// question: its stray words ("brutal", "exploiters", the author's name) must not choose the entries.

/** Quoted text: the source itself (straight or curly quotes; a single-quoted passage of some length). */
const QUOTED = /["“„«][^"”“„«»]*["”“»]|‘[^’]{12,}’|(?<![a-z])'[^']{12,}'(?![a-z])/gi;

/** The source named as the exam names it: "Source A", "Sources B and C", "this source", "these sources". */
const NAMES_SOURCE = /\bsources? (?:[a-f]|[1-9])\b|\b(?:this|these|the|both) sources?\b/i;

/** What the exam asks of a source: its use, its reliability, what can be learnt or inferred from it. */
const ASKS_OF_SOURCE = /\bhow (?:useful|reliable|valuable|accurate|trustworthy)\b|\b(?:usefulness|reliability|utility)\b|\bwhat can (?:you|we|a historian) (?:learn|infer|tell)\b|\b(?:infer|learn) from\b/i;

/** What the enquiry is into: "for an enquiry into why…", "to a historian studying…", "about the show trials". */
const SUBJECT = /\b(?:enquiry|inquiry|investigation|historian (?:studying|investigating)|studying|understanding|finding out)(?: (?:into|about|of|on))? (.+)|\babout (.+)/i;

/** Where the question ends: its mark, a bracket, a question mark or full stop. */
const END = /\s*(?:[[(]|\?|\.(?:\s|$)).*$/s;

export interface SourceQuestion {
  /** The question as a request for the method, in the words of the exam ("how do I answer: How useful is Source A…"). */
  readonly advice: string;
  /** What the enquiry is into, as typed ("why Stalin attacked the kulaks"), when the question says. */
  readonly subject: string | undefined;
  /** Whether it asks what can be inferred or learnt from the source ("Give two things you can infer from Source A about…"). */
  readonly infers?: true;
  /** For an inference question, whether the source itself is pasted with it ("Source A: a 1930 poster showing…", or quoted). */
  readonly presented?: true;
}

/** A source set out in the question: "Source A: …", "Source B – …", or a quoted passage. */
const PRESENTS_SOURCE = /\bsource [a-f1-9]\s*[:\-–—]\s*\S/i;

/** A source question of the exam, read without the source it quotes; undefined for any other question. */
export function readSourceQuestion(question: string): SourceQuestion | undefined {
  const unquoted = question.replace(QUOTED, ' ');
  // The sentence that asks of the source: "Source A: … - Lenin." before it only presents the source (and may be
  // all that names it: "Study Source A. How reliable is it?").
  if (!NAMES_SOURCE.test(unquoted)) return undefined;
  const asking = unquoted.split(/(?<=[.?!])\s+|\n+/).find((s) => ASKS_OF_SOURCE.test(s));
  if (!asking) return undefined;
  const m = SUBJECT.exec(asking);
  const subject = (m?.[1] ?? m?.[2] ?? '').replace(END, '').trim();
  // The method is searched without the subject, whose words would choose among the skills entries by their
  // examples ("…the famine"); what can be learnt from a source is what can be inferred from it.
  const kind = (m ? asking.slice(0, m.index) : asking.replace(END, '')).replace(/\s+(?:for|to|into|about|of|on)(?: (?:an?|the))?\s*$/i, '').trim();
  const infers = /\b(?:learn|infer|tell)\b/i.test(kind) && !/\b(?:useful|reliable|valuable|usefulness|reliability|utility)\b/i.test(kind);
  const named = NAMES_SOURCE.test(kind) ? '' : ' (source)';
  return { advice: `how do I answer: ${kind}${named}${infers ? ' (infer)' : ''}`, subject: subject.split(/\s+/).length >= 2 ? subject : undefined, ...(infers ? { infers: true as const } : {}), ...(infers && (PRESENTS_SOURCE.test(question) || unquoted !== question) ? { presented: true as const } : {}) };
}
