// The form of a judgement question that names what it weighs: "'The main reason Stalin won the power struggle was
// his position as General Secretary.' How far do you agree?" names one factor (the General Secretary) and what it
// is a reason for (Stalin's victory); "Which was the more important reason why Stalin was able to control the USSR:
// propaganda or the terror?" names two. An answer to either needs a paragraph on each factor named, the others
// beside a single one, and a judgement on the question asked (src/commands/ask-subject.ts builds the plan). The
// patterns are the exam's own wording, not the course's words.
import { stripFurniture } from './question-parts.js';

export interface EssayForm {
  /** One factor weighed against the others ("how far do you agree"), or two against each other ("which was more important"). */
  readonly kind: 'factor' | 'compare';
  /** The factors named, as typed: one for 'factor', two for 'compare'. */
  readonly factors: readonly string[];
  /** What they are reasons for, as typed ("stalin won the power struggle"); empty when the question does not say. */
  readonly about: string;
}

/** Lower case, quotes and marks gone, the exam's furniture stripped ("How far do you agree?", "[16 marks]"). */
function plain(question: string): string {
  return stripFurniture(question)
    .toLowerCase()
    .replace(/[‘’“”"`]/g, "'")
    .replace(/(^|\s)'|'(?=\s|$|[.?!,:;])/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A piece of the question, without the words that only frame it ("how far do you agree that", "the view that"). */
function piece(text: string | undefined): string {
  return (text ?? '')
    .replace(/^(?:(?:how far|to what extent) (?:do you agree|would you agree|is it (?:true|valid|right))(?: with the (?:view|statement|claim))?(?: that)? |(?:assess|evaluate) the (?:view|claim) that |the view that |it is (?:often )?(?:said|argued|claimed) that )/, '')
    .replace(/^(?:how far|to what extent) (?:was|were|did|is|are) /, '')
    .replace(/^that /, '')
    .replace(/[\s,;:.?!'-]+$/, '')
    .trim();
}

const MAIN = String.raw`(?:main|most important|key|chief|principal|biggest|primary|real|decisive|single most important)`;
const REASON = String.raw`(?:reason|cause|factor|explanation)s?`;
const FOR = String.raw`(?:for|why|behind|of|in|that led to)`;
/** "was (mainly) due to": what a factor is said to have brought about. */
const RESULT_OF = String.raw`(?:mainly |largely |mostly |primarily |chiefly |only |simply )?(?:due to|the result of|caused by|because of|a result of)`;

const COMPARE: readonly RegExp[] = [
  // "Which was the more important reason why Stalin was able to control the USSR: propaganda or the terror?", "Which was the main reason for the famine: …"
  new RegExp(String.raw`\b(?:which|what)(?: of (?:the following|these|the two|these two))?(?: (?:factors?|reasons?|causes?))? (?:was|were|is|had) (?:the )?(?:(?:more|most|greater|bigger) (?:important|significant|effect|impact)|main|key|chief|biggest)(?: ${REASON})?(?: ${FOR})?(?: (?<about>[^:?]*?))? ?[:?,–—-] ?(?<a>[^?.:]+?),? or (?<b>[^?.:]+)`),
  // "Propaganda or terror: which was more important in Stalin's control of the USSR?"
  new RegExp(String.raw`^(?<a>[^?.:]+?),? or (?<b>[^?.:]+?) ?[:?,–—-] ?(?:which|what) (?:was|were|is) (?:the )?(?:more|most) (?:important|significant)(?: ${REASON})?(?: ${FOR})?(?: (?<about>[^?.]*))?`),
  // "Was propaganda or terror more important in keeping Stalin in power?"
  new RegExp(String.raw`^(?:was|were|is) (?<a>[^?.:]+?),? or (?<b>[^?.:]+?) (?:the )?more (?:important|significant)(?: ${REASON})?(?: ${FOR}| to| as a reason for)? (?<about>[^?.]*)`),
];

const FACTOR: readonly RegExp[] = [
  // "The main reason Stalin won the power struggle was his position as General Secretary."
  new RegExp(String.raw`\b(?:the )?${MAIN} ${REASON}(?: ${FOR})? (?<about>[^.?!]+?) (?:was|were|is) (?<x>[^.?!]+)`),
  // "His position as General Secretary was the main reason why Stalin won the power struggle."
  new RegExp(String.raw`(?:^|[.?!] )(?<x>[^.?!]+?) (?:was|were|is) (?:the )?${MAIN} ${REASON} ${FOR} (?<about>[^.?!]+)`),
  // "How far was Stalin's paranoia a cause of the purges?", "To what extent was the cult the key factor in his control…?"
  new RegExp(String.raw`\b(?:how far|to what extent|how important|how significant) (?:was|were|is|did) (?<x>[^.?!]+?) (?:the (?:${MAIN} )?${REASON} ${FOR}|an? (?:important |significant |major )?${REASON} ${FOR}|responsible for|important in|important for|significant in|the key to|explain) (?<about>[^.?!]+)`),
  // "How far was Stalin's rise the result of Trotsky's weaknesses?", "To what extent was the Terror due to Stalin's paranoia?"
  new RegExp(String.raw`\b(?:how far|to what extent) (?:was|were) (?<about>[^.?!]+?) ${RESULT_OF} (?<x>[^.?!]+)`),
  // "Stalin's control over the USSR was due to his use of propaganda."
  new RegExp(String.raw`(?:^|[.?!] )(?<about>[^.?!]+?) (?:was|were) ${RESULT_OF} (?<x>[^.?!]+)`),
  // "Stalin's power rested above all on terror.", "Soviet industry depended mainly on forced labour."
  new RegExp(String.raw`(?:^|[.?!] )(?<about>[^.?!]+?) (?:rested|depended|relied|was based|was built|was founded) (?:above all |mainly |largely |mostly |primarily |chiefly |principally |only |simply )?(?:up)?on (?<x>[^.?!]+)`),
];

/** The form of a judgement question that names what it weighs, or undefined for any other question. */
export function readEssayForm(question: string): EssayForm | undefined {
  const s = plain(question);
  for (const pattern of COMPARE) {
    const m = pattern.exec(s);
    const [a, b] = [piece(m?.groups?.['a']), piece(m?.groups?.['b'])];
    // "Which was the most important: A, B or C?" weighs three, not "A, B" against C.
    if (m && a && b && !a.includes(',')) return { kind: 'compare', factors: [a.replace(/^(?:was|were|is) /, ''), b], about: piece(m.groups?.['about']) };
  }
  for (const pattern of FACTOR) {
    const m = pattern.exec(s);
    const [x, about] = [piece(m?.groups?.['x']), piece(m?.groups?.['about'])];
    // "Which was the main reason for…: A, B or C?" names no one factor: "which" is none.
    if (m && x && about && !/^(?:which|what|who)\b/.test(x)) return { kind: 'factor', factors: [x], about };
  }
  return undefined;
}
