// Sweeping claims an A-level answer asserts with nothing to back them ("Stalin always hated the peasants", "Every
// worker hated the plans and most wanted the NEP back"): an absolute ("every", "all", "always", "never",
// "most wanted") in the student's own voice, with no evidence in that sentence or the next (a figure or a year, an
// example, the records, or a dated event of the course named). Not a wrong fact: the feedback asks the student to
// support it. Strict on purpose, since asking for support of a claim that has it is worse than missing one: an absolute
// hedged ("not all", "almost every", "above all"), one reporting a historian or the extract, and one in a quotation
// are never noted.

/**
 * An absolute said of a whole group or for all time: "every" or "all" before a group ("every worker", "all the
 * peasants"; not "all the grain", "all his power", "all this shows", "all across the USSR", nor "they all confessed"), "always" or "never" before what they did or felt, and
 * "most wanted".
 */
const ABSOLUTE = /\b(?:everyone|everybody|every \w+|all (?:of )?(?:the |these |those |his |their )?(?!(?:his|its|this|was|has|is|us|as|across)\b)\w+s\b|always|never|most (?:of them |people |peasants |workers )?wanted)/g;

/** Words just before an absolute that hedge or turn it ("not all", "almost every", "nearly always"), or make it no claim ("above all"). */
const HEDGED_BEFORE = /\b(?:not|nor|almost|nearly|virtually|practically|hardly|above|after|at|in|of|first of|for|by|with|to|from|on)\s+$/;
/** Words of time or of an answer's own parts after "every" or "all": "every year", "all three extracts", "all these factors". */
const NOT_A_GROUP = /^(?:every|all) (?:of )?(?:the |these |those |his |their )?(?:years?|days?|months?|weeks?|times?|stages?|ways?|factors|reasons|points|extracts|interpretations|sides|aspects|things|kinds|types|sorts|three|two|four|five)\b/;
/** Words before "always" or "never" in its clause that make it some of a group, or often ("many communists had always…"). */
const SOME = /\b(?:many|some|several|a few|few|often|usually|mostly|most|a lot of|lots of|a number of|large numbers of)\b[^,;:]*$/;

/** A sentence reporting someone's view ("Getty argues that all…", "the extract claims…", "Conquest wrote"): theirs, not the student's. */
const REPORTED = /\b(?:argues?|argued|claims?|claimed|says?|said|suggests?|suggested|believes?|believed|writes?|wrote|thinks?|thought|stresses|stressed|insists?|insisted|states?|stated|according to|extracts?|interpretations?|historians?|the author|propaganda|slogans?|officially|official)\b/;

/** Evidence given: a figure or a year, an example, or the record of it. */
const EVIDENCE = /\d|\b(?:for example|for instance|such as|including|like the|e\.g\.|as shown by|shown by|as seen in|as seen by|evidence|records?|archives?|census|a case of|in the case of|like when|when in)\b/;

/**
 * A year that only bounds a claim in time ("Every worker hated the regime by 1937"): no evidence for it, so left out
 * before EVIDENCE is looked for. A year dating an event ("in the grain crisis of 1928") still is.
 */
const TIME_BOUND = /\b(?:by|until|till|throughout|since|after)\s+(?:the (?:end|start|middle) of\s+)?(?:(?:early|late|mid)\s+)?1[89]\d\d(?:s)?\b/g;
const evidenced = (text: string): boolean => EVIDENCE.test(text.replace(TIME_BOUND, ' '));

/** The absolute a sentence asserts in the student's own voice, as written ("always"), or undefined. */
export function absoluteIn(reading: string, text: string): string | undefined {
  if (/["“”]/.test(text) || REPORTED.test(reading)) return undefined;
  for (const m of reading.matchAll(ABSOLUTE)) {
    const before = reading.slice(0, m.index);
    if (HEDGED_BEFORE.test(before) || NOT_A_GROUP.test(m[0])) continue;
    if ((m[0] === 'always' || m[0] === 'never') && SOME.test(before)) continue;
    return m[0].split(' ')[0] === 'most' ? m[0] : (m[0].split(' ')[0] ?? m[0]);
  }
  return undefined;
}

/**
 * The sentences (by index) asserting an absolute with no evidence in them or the next: `reading` and `text` give each
 * sentence's words as the marker reads them and as written; `namesEvent(i)` whether sentence i names a dated event of
 * the course ("the liquidation of the kulaks", "Order 00447"), which is evidence too; `namesHistorian(i)` whether it
 * names a historian, whose view it gives ("Conquest - Stalin planned it all").
 */
export function unsupportedClaims(reading: readonly string[], text: readonly string[], namesEvent: (i: number) => boolean, namesHistorian: (i: number) => boolean = () => false): { sentence: number; absolute: string }[] {
  const backed = (i: number) => i < reading.length && (evidenced(reading[i] ?? '') || evidenced(text[i] ?? '') || namesEvent(i));
  const out: { sentence: number; absolute: string }[] = [];
  reading.forEach((r, i) => {
    const absolute = namesHistorian(i) ? undefined : absoluteIn(r, text[i] ?? '');
    if (absolute && !backed(i) && !backed(i + 1)) out.push({ sentence: i, absolute });
  });
  return out;
}
