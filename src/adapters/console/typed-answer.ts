// What a student at one keyboard types around a quiz answer ("a i think", "maybe b", "its c pls"): the letter is
// the answer when it stands alone among words that change nothing. Anything else with more in it ("a or b",
// "not a", "is it 1921?") is no answer, and the student is told to type just the letter.

/** Words before the letter that only hedge it: "i think", "maybe", "is it", "the answer is". */
const HEDGE_BEFORE =
  /^(?:(?:i think(?: its| it is| it s)?|i thnk|i guess|i reckon|i say|i pick|i choose|i go with|im going with|going with|maybe|mayb|probably|prob|is it|its|it s|it is|the answer is|answer is|answer|my answer is|my answer|ok|okay|um|umm|hmm|erm)\s+)+/;
/** Words after the letter that only hedge it: "i think", "maybe", "pls", "not sure". */
const HEDGE_AFTER =
  /(?:\s+(?:i think|i thnk|i guess|i reckon|maybe|mayb|probably|prob|pls|plz|please|not sure|im not sure|i m not sure|idk|i dont know|i don t know|lol|final answer))+$/;

/**
 * The one letter a hedged answer gives ("A" for "a i think", "maybe b?", "its c pls"), upper case; undefined when the
 * line is anything more (two letters, a denial, a question of its own) or no hedge at all (a bare letter is a key).
 */
export function hedgedLetter(line: string): string | undefined {
  const text = line
    .toLowerCase()
    .replace(/[’‘`´']/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const letter = text.replace(HEDGE_BEFORE, '').replace(HEDGE_AFTER, '').trim();
  return /^[a-f]$/.test(letter) && letter !== text ? letter.toUpperCase() : undefined;
}

/** "1. What was…", "(a) Who was…", "Q2) How…": the number or letter a worksheet's question starts with. */
const LIST_MARK = /^(?:\(?(?:q(?:uestion)?\s*)?(?:\d{1,2}|[a-h])\s*[.):]|\(\s*(?:\d{1,2}|[a-h])\s*\))\s+/i;
/** "(2 marks)", "[4]", "(8 marks)" after a question, as exam papers print them. */
const MARKS_AFTER = /(?:\s*[([]\s*\d{1,2}\s*(?:marks?)?\s*[)\]])+\s*$/i;

/** A line as a question reads, without a worksheet's numbering before it or its marks after it. */
export function withoutWorksheetMarks(line: string): string {
  return line.trim().replace(LIST_MARK, '').replace(MARKS_AFTER, '').trim();
}
