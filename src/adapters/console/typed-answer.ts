// What a student at one keyboard types around a quiz answer ("a i think", "maybe b", "its c pls"): the letter is
// the answer when it stands alone among words that change nothing. Anything else with more in it ("a or b",
// "not a", "is it 1921?") is no answer, and the student is told to type just the letter.

/**
 * Words before the letter that only hedge or announce it: "i think", "maybe", "is it", "my answer is", "going with",
 * "i think its". Apostrophes are dropped first ("it's" is "its", "I'm" is "im"). Several may follow one another.
 */
const HEDGE_BEFORE = phrases(
  'i think|i thnk|i guess|i reckon|i believe|i say|i would say|id say|ill say|i pick|i choose|i go with|i go for|ill go with|ill go for|' +
    'im going with|im going for|i am going with|i am going for|going with|going for|go with|lets go with|lets go for|' +
    'maybe|mayb|probably|prob|definitely|def|defo|deffo|obviously|surely|pretty sure|im sure|im pretty sure|i bet|' +
    'it must be|must be|it has to be|has to be|its gotta be|gotta be|is it|its|it is|thats|that is|' +
    'the answer is|answer is|answer|my answer is|my answer|my final answer is|my final answer|final answer|my guess is|my guess|' +
    'ok|okay|um|umm|uh|hmm|erm|so|well|yeah|yes|oh|easy',
);
/**
 * Words after the letter that only hedge or confirm it: "i think", "pls", "not sure", "is my answer", "for sure",
 * "final answer". Never one that changes it ("is wrong", "or b", "lot of people died").
 */
const HEDGE_AFTER = phrases(
  'i think|i thnk|i guess|i reckon|i suppose|i believe|i hope|hopefully|maybe|mayb|probably|prob|' +
    'pls|plz|please|thanks|not sure|im not sure|idk|i dont know|lol|haha|' +
    'is my answer|is my final answer|is the answer|is my guess|is right|is correct|is the right answer|is the one|it is|is it|' +
    'final answer|my final answer|for sure|for definite|definitely|def|defo|deffo|obviously|surely|for real|fr|100|100 percent|' +
    'im sure|im pretty sure|then|yeah|right|ok|for me',
);

/** Phrases ("i think|is it"), each as its words. */
function phrases(list: string): readonly (readonly string[])[] {
  return list.split('|').map((p) => p.split(' '));
}

/** Whether the words are nothing but such phrases, one after another (none at all counts). */
function onlyHedges(words: readonly string[], hedges: readonly (readonly string[])[]): boolean {
  // ok[i]: the first i words are whole phrases.
  const ok = [true, ...words.map(() => false)];
  for (let i = 0; i < words.length; i++) {
    if (!ok[i]) continue;
    for (const p of hedges) if (p.every((w, j) => words[i + j] === w)) ok[i + p.length] = true;
  }
  return ok[words.length] === true;
}

/**
 * The one letter a hedged answer gives ("A" for "a i think", "maybe b?", "its c pls", "D is my answer", "c for sure"),
 * upper case; undefined when the line is anything more (two letters, a denial, a sentence the letter is a word of:
 * "a lot of people died", a question of its own) or no hedge at all (a bare letter is a key).
 */
export function hedgedLetter(line: string): string | undefined {
  const words = line
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  if (words.length < 2) return undefined;
  const found = words.flatMap((w, i) =>
    /^[a-f]$/.test(w) && onlyHedges(words.slice(0, i), HEDGE_BEFORE) && onlyHedges(words.slice(i + 1), HEDGE_AFTER) ? [w] : [],
  );
  return found.length === 1 ? found[0]?.toUpperCase() : undefined;
}

/** "1. What was…", "(a) Who was…", "Q2) How…": the number or letter a worksheet's question starts with. */
const LIST_MARK = /^(?:\(?(?:q(?:uestion)?\s*)?(?:\d{1,2}|[a-h])\s*[.):]|\(\s*(?:\d{1,2}|[a-h])\s*\))\s+/i;
/** "(2 marks)", "[4]", "(8 marks)" after a question, as exam papers print them. */
const MARKS_AFTER = /(?:\s*[([]\s*\d{1,2}\s*(?:marks?)?\s*[)\]])+\s*$/i;

/** A line as a question reads, without a worksheet's numbering before it or its marks after it. */
export function withoutWorksheetMarks(line: string): string {
  return line.trim().replace(LIST_MARK, '').replace(MARKS_AFTER, '').trim();
}
