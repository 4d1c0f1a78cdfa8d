// Text normalising shared by everything that compares what students type with the knowledge base.

const NUMBER_WORDS: Record<string, string> = {
  '1st': 'first', '2nd': 'second', '3rd': 'third', '1': 'one', '2': 'two', '3': 'three', '5': 'five',
};

/**
 * A function of a text alone, remembered for the last few hundred texts it read (two generations of `size`, the older
 * dropped when the newer fills: nothing grows). /ask reads one question's text several times over (its exam words, its
 * ranking, its exact form), and the same answers and phrasings for each question.
 */
export function rememberLatest<T>(read: (text: string) => T, size = 32): (text: string) => T {
  let recent = new Map<string, T>();
  let older = new Map<string, T>();
  return (text) => {
    let value = recent.get(text);
    if (value !== undefined) return value;
    value = older.get(text);
    if (value === undefined) value = read(text);
    if (recent.size >= size) {
      older = recent;
      recent = new Map();
    }
    recent.set(text, value);
    return value;
  };
}

/**
 * Lower-case, accents and markdown removed, punctuation to spaces, -ize spelt -ise, and
 * "5-year plan"/"1st plan" forms spelt out, so "The 1st 5-Year Plan's aims?" and
 * "the first five year plans aims" compare equal. Years and other numbers are kept.
 */
export const normaliseText: (input: string) => string = rememberLatest(normaliseAnew, 64);

function normaliseAnew(input: string): string {
  // Each step runs only when its text can occur: most phrasings need few, and the index normalises thousands.
  // Printable ASCII has no accents to take off, and of the quotes below only the backtick.
  const ascii = !/[^ -~\t\n\r]/.test(input);
  let s = ascii ? input : foldLetters(input.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''));
  s = s.toLowerCase();
  if (s.includes('@') || s.includes('<#')) s = s.replace(/<@[!&]?\d+>|<#\d+>|@(everyone|here)/g, ' '); // Discord mentions carry no meaning here
  if (ascii ? s.includes('`') : /[’‘`´]/.test(s)) s = s.replace(/[’‘`´]/g, "'");
  // "The 1930's", "the 30's": a decade, written with the apostrophe many do, kept before "'s" is taken off.
  if (s.includes("'")) s = s.replace(/\b(\d*0)'s\b/g, '$1s').replace(/'s\b/g, '').replace(/n't\b|'(t|re|ve|ll|d|m)\b/g, '');
  // Every run of anything but letters and digits becomes one space, so no rewrite below makes two.
  s = spaced(s);
  if (/\d/.test(s)) {
    // (Each only where its words can be: a pattern tried on every text with a digit was much of normalising the index.)
    if (s.includes(' y')) s = s.replace(/\b(1st|2nd|3rd|[1235])\s+(year|yr)s?\b/g, (_, n: string) => `${NUMBER_WORDS[n] ?? n} year`);
    if (s.includes('1st') || s.includes('2nd') || s.includes('3rd')) s = s.replace(/\b(1st|2nd|3rd)\b/g, (n) => NUMBER_WORDS[n] ?? n);
    // "The 30s" are the 1930s here; "in the 30s years" is how Polish and Romanian say it ("lata 30.", "anii 30").
    if (s.includes('0s')) s = s.replace(/\b(?:19)?([2-5]0s)(?: years)?\b/g, '19$1');
  }
  if (s.includes('iz')) s = s.replace(/\b(\w{3,}?)iz(e|es|ed|ing|ation|ations)\b/g, '$1is$2');
  if (s.includes('fiveyear')) s = s.replace(/\bfiveyear\b/g, 'five year');
  // The subject first and the question word last, as speakers of Mandarin and other topic-comment languages ask
  // ("gulag is what place", "kulak is who"): read in English order ("what place is gulag").
  s = s.trim();
  return s.endsWith(' what') || s.endsWith(' who') || s.endsWith(' place') ? s.replace(TOPIC_FIRST, '$3 $2 $1') : s;
}

/**
 * Every run of anything but a–z and 0–9 as one space, as `text.replace(/[^a-z0-9]+/g, ' ')` does, in one pass over the
 * letters: most texts need only their last "?" changed (or nothing), and the pattern built every text anew.
 */
function spaced(text: string): string {
  let out = '';
  // Where the text not yet copied to `out` begins.
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) break;
      j++;
    }
    // One space alone stays as it is.
    if (j === i + 1 && c === 32) {
      i = j;
      continue;
    }
    out += `${text.slice(from, i)} `;
    from = i = j;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** "<subject> is what", "<subject> was who", "<subject> is what place": not when the subject is itself a question ("do you know who"). */
const TOPIC_FIRST = /^(?!(?:what|whats|who|whom|which|when|where|why|how|is|was|are|were|do|does|did|can|could)\b)(\S.*?) (is|was|are|were) ((?:what|who)(?: place| thing| person)?)$/;

/**
 * Latin letters that Unicode decomposition leaves whole, spelt as English keyboards spell them: the Polish ł of
 * "kołchoz", the Danish ø, the German ß, the Turkish dotless ı. Taken off, they would cut a word in two ("ko", "choz").
 */
const FOLDED: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D', ø: 'o', Ø: 'O', ß: 'ss', ẞ: 'SS', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE',
  ı: 'i', þ: 'th', Þ: 'TH', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L', ĸ: 'k', ŋ: 'ng', Ŋ: 'NG', ƒ: 'f', ſ: 's',
};
const UNFOLDED = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');
const foldLetters = (s: string): string => s.replace(UNFOLDED, (c) => FOLDED[c] ?? c);

/**
 * The words of a text that normalising cut out of a longer word at a letter it cannot read ("kol" and "oz" of
 * "kolхoz" typed with a Cyrillic х): fragments, never to be quoted back to the student as words of theirs.
 */
export function brokenWords(input: string): Set<string> {
  const broken = new Set<string>();
  if (!/[^ -~\t\n\r]/.test(input)) return broken;
  // Cut at everything but letters, marks and digits (a dash or an ellipsis too, as phones put them between words):
  // then only a letter normalising cannot read cuts a word.
  for (const typed of input.split(/[^\p{L}\p{M}\p{N}]+/u)) {
    const parts = normaliseText(typed).split(' ').filter(Boolean);
    if (parts.length > 1) for (const p of parts) broken.add(p);
  }
  return broken;
}

export function tokenize(input: string): string[] {
  const s = normaliseText(input);
  return s ? s.split(' ') : [];
}

/** Text to match literally inside a regular expression. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text's sentences: cut only where a full stop, "!" or "?" meets a space, so "5.5 million" stays whole. */
export function sentencesOf(text: string): string[] {
  return text.trim().split(/(?<=[.!?])\s+/);
}
