// Turning text into the terms the matcher compares: stems, synonyms, stopwords and typo correction.
import { stemmer } from 'stemmer';
import { escapeRegExp, normaliseText } from './normalise.js';

/** Words that carry no meaning for matching. Question words are kept apart: they carry intent. */
export const STOPWORDS = new Set(
  ('a an the of to in on at by for from with without into onto about as and or but nor so if then than between during within through towards upon ' +
    'is are was were be been being am do does did done doing have has had having will would shall should can could may might must ' +
    'i me my mine we us our you u ur your he him his she her it its they them their this that these those there here ' +
    'please pls plz thanks thank tell give explain describe outline assess evaluate discuss analyse examine consider ' +
    'extent far much many some any very really actually basically even like just kinda sorta lol yo hey hi hello bro guys ' +
    'mean meant means know need help im ive id dont doesnt didnt wasnt isnt get got gonna wanna one two important main key ' +
    'thing things stuff question answer way ways also about again ' +
    'simply simple literally exactly quick quickly briefly short summary summarise essay revision exam teacher class lesson ' +
    'ok okay so wait omg idk tbh ppl people guy someone anyone everyone everything something anything wasn isn didn don doesn t ' +
    'meaning definition define defined term word keep keeps nah honestly true ' +
    'hav b4 thats tho cuz coz bc rly abt smth sth lemme gimme dunno yeah yea seems seem use used uses using now ' +
    // "…Trotsky specifically": an adverb that says how to read the question, not what it is about ("special").
    'specifically particularly especially precisely')
    .split(' '),
);

export const QUESTION_WORDS = new Set(['why', 'who', 'when', 'what', 'how', 'where', 'which', 'whom', 'whose']);

/**
 * Everyday phrases students use for one idea, replaced by one word before single words are mapped (index
 * and query alike). The course's own ("new economic policy", "labour camps") are in knowledge/vocabulary.yaml.
 */
const PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/\bget(ting)? rid of\b|\bdo(ne)? away with\b|\bput an end to\b|\bbring (it )?to an end\b/, 'end'],
  [/\b(brought|bring) in\b/, 'start'],
  // A light verb before a policy's name, as learners of English write it: "why did Stalin make collectivisation"
  // asks why he collectivised.
  [/\b(?:make|makes|made|making) (?:the |a )?(?=\w+isations?\b)/, ''],
  // "How was collectivisation made?", "how has it been made": how it was carried out. Not "how much steel was
  // made", "how many tractors were made": those ask how much, of a thing made.
  // (The look back runs only where "made" ends the text: at every position of a long answer it would be slow.)
  [/\b(?:(?:has|have|had) been )?(?:made|done)$(?<=\bhow (?:was|were|is|are|has|have|had|the)\b.*)/, 'carried out'],
  // "Why did Lenin bring the NEP": brought in. Only in a why-question: "what did the plans bring the workers" asks
  // what they gave them.
  [/\b(?:bring|brings|brought|bringing) (?=the\b)(?<=\bwhy\b.*)/, 'start '],
  // "How did Stalin get power?" asks how he won it ("get" is a stopword: read alone it is "how much power").
  // "After gaining power…" only says when.
  [/(?<!\b(?:after|once|since|before|having|when) )\b(get|gets|got|getting|gain|gains|gained|gaining|take|takes|took|taking|seize|seized|seizing|come to|came to|rise to|rose to) power\b/, 'win power'],
  // "What was it like in the gulag?" asks what life was like there, as "what was life like in the gulag?" does.
  [/\b(?:it|things) like (?:inside|in|on)\b/, 'life in'],
  // "On purpose" is "deliberately", not the aim of something (below, "purpose" is read as "aim").
  [/\bon purpose\b|\bdeliberately\b/, 'deliberate'],
  // Exam paper furniture ("How far do you agree with this statement? Explain your answer. (16 marks)"):
  // it says what kind of answer is wanted (read before this, from the question's words) but not about what.
  [/\b(do|would) you agree( with (this|the) (statement|view|interpretation))?\b|\bexplain your answer\b|\b\d+ marks?\b|\buse your own knowledge\b/, ''],
];

/**
 * Everyday words students use for one idea, each mapped to one spelling (index and query alike). The
 * course's own (the purges as the Terror, "fyp", misspelt names) are in knowledge/vocabulary.yaml.
 */
const WORD_GROUPS: Readonly<Record<string, string>> = {
  end: 'scrap scraps scrapped scrapping abolish abolishes abolished abolishing abandon abandons abandoned abandoning ditch ditches ditched ended ending finish finishes finished',
  what: 'whats wats wat wot wht',
  why: 'whys y',
  // Texting spellings: "hw did stalin get power" ("hw" for homework asks nothing either way).
  how: 'hw',
  when: 'wen',
  many: 'mny',
  everyone: 'evry1 every1 evryone',
  difference: 'diff',
  start: 'begin began begun beginning started starting introduced introduce introducing launched launch',
  reason: 'reasons cause causes caused motive motives motivation',
  result: 'results effect effects consequence consequences impact impacts outcome outcomes',
  murder: 'killed kill killing murder murdered assassinated assassination',
  death: 'died dying deaths dead',
  farm: 'farm farms farming farmer farmers agriculture agricultural',
  peasant: 'peasant peasants peasantry',
  failure: 'fail failed failure failures failing',
  win: 'won win winning wins victory',
  women: 'woman women female females',
  worker: 'worker workers labour labor labourers workforce',
  // "What was the purpose of the Five-Year Plans?" asks for their aims.
  aim: 'aim aims purpose purposes goal goals objective objectives',
  // Everyday words students use for the words the course uses.
  children: 'kid kids child children youngsters',
  mother: 'mum mums mom moms mother mothers motherhood',
  execution: 'shot shoot shooting executed execute executing execution executions',
  growth: 'grew grow grows growing growth',
  ban: 'ban bans banned banning outlaw outlawed prohibit prohibited forbid forbade forbidden',
  ordinary: 'normal ordinary average regular everyday',
  wage: 'pay paid wage wages salary salaries',
  target: 'quota quotas target targets',
  ally: 'mate mates friend friends allies ally allied',
  rich: 'wealthy richer richest rich',
  // "Efficient" for effective: a false friend of learners of English (Romanian "eficient", Polish "efektywny").
  effective: 'efficient',
  // Kept apart from "responsible", which the stemmer would otherwise make of them.
  reaction: 'respond responds responded responding response responses react reacts reacted reaction reactions',
};

/** Words and phrases of the course read as one word (knowledge/vocabulary.yaml, `synonyms`). */
export interface SynonymGroup {
  readonly means: string;
  readonly words: readonly string[];
  readonly phrases: readonly string[];
}

/**
 * How text becomes the terms the matcher compares: the everyday synonyms above and the course's own, then
 * stems. Built once per fact base (courseLexicon in src/knowledge/lexicon.ts); PLAIN_LEXICON has the
 * everyday ones only.
 */
export interface Lexicon {
  /** Normalised text with each synonym phrase and word replaced by the word it means. */
  applySynonyms(normalised: string): string;
  /** Synonym-mapped, stemmed terms of already-normalised words. Stopwords and question words are kept unstemmed. */
  termsOf(words: readonly string[]): string[];
  /** Normalised, synonym-mapped, stemmed terms (stopwords included: callers decide). */
  analyse(text: string): string[];
}

export function createLexicon(course: readonly SynonymGroup[] = []): Lexicon {
  // The course's phrases, longest first, so "five year plans" is read whole before "five year plan".
  const coursePhrases = course
    .flatMap((g) => g.phrases.map((p): [string, string] => [p, g.means]))
    .sort((a, b) => b[0].length - a[0].length)
    .map(([p, means]): [RegExp, string] => [new RegExp(`\\b${escapeRegExp(p)}\\b`), means]);
  const phrases = [...PHRASES, ...coursePhrases];
  // All the phrases in one pattern, so a text is scanned once; the named group p<i> says phrase i matched.
  const anyPhrase = new RegExp(phrases.map(([p], i) => `(?<p${i}>${p.source})`).join('|'), 'g');
  const synonyms = new Map([
    ...Object.entries(WORD_GROUPS).flatMap(([to, words]) => words.split(' ').map((w): [string, string] => [w, to])),
    ...course.flatMap((g) => g.words.map((w): [string, string] => [w, g.means])),
  ]);
  const applySynonyms = (normalised: string): string =>
    normalised
      .replace(anyPhrase, (found: string, ...rest: unknown[]) => {
        const groups = rest.at(-1) as Record<string, string | undefined>;
        return phrases.find((_, i) => groups[`p${i}`] !== undefined)?.[1] ?? found;
      })
      .split(' ')
      .filter(Boolean)
      .map((w) => synonyms.get(w) ?? w)
      .join(' ');
  const termsOf = (words: readonly string[]): string[] => {
    const s = applySynonyms(words.join(' '));
    return s ? s.split(' ').map((w) => (STOPWORDS.has(w) || QUESTION_WORDS.has(w) ? w : stem(w))) : [];
  };
  return { applySynonyms, termsOf, analyse: (text) => termsOf(surfaceWords(text)) };
}

/** The everyday synonyms only: for text that is not the course's, and tests of the rules themselves. */
export const PLAIN_LEXICON: Lexicon = createLexicon();
/** Porter stems, so "weaknesses" and "weak", "punished" and "punishment" meet. Numbers stay as they are. */
export function stem(word: string): string {
  if (/\d/.test(word) || word.length <= 3) return word;
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = stemmer(word);
    if (stems.size < MAX_REMEMBERED_STEMS) stems.set(word, stemmed);
  }
  return stemmed;
}

// Stemming is pure and the same few thousand words recur in every text, so results are remembered
// (up to a bound, so that junk pasted into questions cannot grow the memory without limit).
const MAX_REMEMBERED_STEMS = 50_000;
const stems = new Map<string, string>();

/** Words as typed, normalised but not stemmed: what typo correction compares against. */
export function surfaceWords(text: string): string[] {
  const s = normaliseText(text);
  return s ? s.split(' ') : [];
}

export function isContentTerm(term: string): boolean {
  return !STOPWORDS.has(term) && !QUESTION_WORDS.has(term);
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev2: number[] = new Array<number>(b.length + 1).fill(0);
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    for (let j = 0; j <= b.length; j++) prev2[j] = prev[j] ?? 0;
    prev = cur;
  }
  return prev[b.length] ?? max + 1;
}

/**
 * The distance a typo corrector wants: as `editDistance`, but a swapped pair may be edited again
 * (Lowrance and Wagner's Damerau-Levenshtein): "holomdor" is two edits from "holodomor", a swap and a
 * missing letter, where the optimal string alignment counts three. Both count the same up to two edits,
 * so the slower count runs only where the alignment is past `max` and `max` allows two typos or more.
 */
export function typoDistance(a: string, b: string, max: number): number {
  const aligned = editDistance(a, b, max);
  if (aligned <= max || max < 2 || Math.abs(a.length - b.length) > max) return aligned;
  const width = b.length + 2;
  const far = a.length + b.length;
  // d[(i + 1) * width + (j + 1)] is the distance between a's first i letters and b's first j.
  const d = new Int32Array((a.length + 2) * width);
  d[0] = far;
  for (let i = 0; i <= a.length; i++) {
    d[(i + 1) * width] = far;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    d[j + 1] = far;
    d[width + j + 1] = j;
  }
  // The last row of a in which each letter was seen.
  const lastRow = new Map<string, number>();
  for (let i = 1; i <= a.length; i++) {
    let lastMatchCol = 0;
    for (let j = 1; j <= b.length; j++) {
      const swapRow = lastRow.get(b[j - 1] as string) ?? 0;
      const swapCol = lastMatchCol;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) lastMatchCol = j;
      d[(i + 1) * width + j + 1] = Math.min(
        (d[i * width + j] ?? far) + cost,
        (d[(i + 1) * width + j] ?? far) + 1,
        (d[i * width + j + 1] ?? far) + 1,
        (d[swapRow * width + swapCol] ?? far) + (i - swapRow - 1) + 1 + (j - swapCol - 1),
      );
    }
    lastRow.set(a[i - 1] as string, i);
  }
  const distance = d[(a.length + 1) * width + b.length + 1] ?? far;
  return distance > max ? max + 1 : distance;
}

/** How many typos a word of this length may hold and still be corrected. */
export function typoAllowance(length: number): number {
  if (length <= 4) return 0;
  if (length <= 7) return 1;
  if (length <= 11) return 2;
  return 3;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i;
}

/** How many times each letter a–z (and anything else, as one) occurs in a word. */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(27);
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[c >= 0 && c < 26 ? c : 26]! += 1;
  }
  return counts;
}

/** A lower bound of the edit distance from the letters alone: each edit changes at most one letter's count each way. */
function letterBound(a: Uint8Array, b: Uint8Array): number {
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < 27; i++) {
    const d = a[i]! - b[i]!;
    if (d > 0) extra += d;
    else missing -= d;
  }
  return Math.max(extra, missing);
}

const MIRRORED: Readonly<Record<string, string>> = { b: 'd', d: 'b', p: 'q', q: 'p' };

/** Corrects misspelt words against a known vocabulary; never touches numbers. */
export class SpellingCorrector {
  /** Known words by length and first letter: people rarely get the first letter wrong. */
  private readonly buckets = new Map<string, { word: string; letters: Uint8Array }[]>();

  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    for (const word of frequency.keys()) {
      const key = `${word.length}${word[0]}`;
      const list = this.buckets.get(key) ?? [];
      list.push({ word, letters: letterCounts(word) });
      this.buckets.set(key, list);
    }
  }

  has(word: string): boolean {
    return this.frequency.has(word);
  }

  /**
   * The known words within `max` edits of `word` (same first letter, or its first two swapped, as `correct`),
   * nearest first: for a caller that weighs them by something else too (how they sound).
   */
  within(word: string, max: number): { word: string; distance: number }[] {
    const found: { word: string; distance: number }[] = [];
    const letters = letterCounts(word);
    this.eachCandidate(word, max, (candidate, candidateLetters) => {
      if (letterBound(letters, candidateLetters) > max) return;
      const distance = typoDistance(word, candidate, max);
      if (distance <= max) found.push({ word: candidate, distance });
    });
    return found.sort((a, b) => a.distance - b.distance);
  }

  /**
   * Each known word that could be within `max` edits of `word`, shortest first: those of a length in reach that
   * start with its first letter, or with its first two swapped, or with the mirror of its first letter.
   */
  private eachCandidate(word: string, max: number, visit: (candidate: string, letters: Uint8Array) => void): void {
    for (let len = Math.max(1, word.length - max); len <= word.length + max; len++) {
      // Words with the same first letter, and words whose first two letters are the typed word's swapped.
      const sameStart = this.buckets.get(`${len}${word[0]}`) ?? [];
      const swapped = word[1] !== undefined && word[1] !== word[0] ? (this.buckets.get(`${len}${word[1]}`) ?? []).filter((c) => c.word[1] === word[0]) : [];
      // b and d, p and q: the letters dyslexic students most often turn round ("dukharin").
      const mirrored = this.buckets.get(`${len}${MIRRORED[word[0] ?? ''] ?? ''}`) ?? [];
      for (const list of [sameStart, swapped, mirrored]) for (const c of list) visit(c.word, c.letters);
    }
  }

  /** How often the fact base uses a known word (0 for one it only allows). */
  frequencyOf(word: string): number {
    return this.frequency.get(word) ?? 0;
  }

  correct(word: string): string | undefined {
    if (this.frequency.has(word)) return word;
    if (/\d/.test(word)) return undefined;
    const max = typoAllowance(word.length);
    if (max === 0) return undefined;
    let best: string | undefined;
    let bestDistance = max + 1;
    let bestFrequency = -1;
    const letters = letterCounts(word);
    this.eachCandidate(word, max, (candidate, candidateLetters) => {
      // Counting letters is cheaper than aligning them, and rules out most candidates.
      if (letterBound(letters, candidateLetters) > Math.min(max, bestDistance)) return;
      const d = typoDistance(word, candidate, Math.min(max, bestDistance));
      if (d > max || d > bestDistance) return;
      // Ties go to the word sharing the longer beginning (people misspell endings more), then the commoner.
      const f = (this.frequency.get(candidate) ?? 0) + 1000 * commonPrefix(word, candidate);
      if (d < bestDistance || f > bestFrequency) {
        best = candidate;
        bestDistance = d;
        bestFrequency = f;
      }
    });
    return bestDistance <= max ? best : undefined;
  }
}
