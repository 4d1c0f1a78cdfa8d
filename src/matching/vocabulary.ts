// Turning text into the terms the matcher compares: stems, synonyms, stopwords and typo correction.
import { stemmer } from 'stemmer';
import { escapeRegExp, normaliseText, rememberLatest } from './normalise.js';

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
    'specifically particularly especially precisely ' +
    // "what were the camps often used for": how often, not what about.
    'often usually mostly generally commonly typically')
    .split(' '),
);

/**
 * An answer's words as they were before being split (the same as joining them again): reading an answer's terms
 * reads its text whole for phrases, and joining tens of thousands of words again for each was much of that.
 */
const joinedAs = new WeakMap<readonly string[], string>();

export const QUESTION_WORDS = new Set(['why', 'who', 'when', 'what', 'how', 'where', 'which', 'whom', 'whose']);

/**
 * What a text must hold for a phrase to be found in it: in each list, one of its strings at least (any text where the
 * phrase matches holds them). A text without them is not scanned for the phrase: scanning every text for every phrase,
 * at every place, was much of what reading the fact base's answers cost.
 */
type Needs = readonly (readonly string[])[];

/**
 * A reader of which of `strings` a text holds anywhere (each one's place in `found` set to 1), in one pass over the
 * text's letters: an Aho-Corasick automaton, its moves in one table by state and letter class. Whether it found any.
 */
function neededFinder(strings: readonly string[]): (text: string, found: Uint8Array) => boolean {
  // Letter classes: 0 for every letter no string uses (it leads back to the start), then one for each that one does.
  const classes = new Map<number, number>();
  for (const s of strings) for (let i = 0; i < s.length; i++) if (!classes.has(s.charCodeAt(i))) classes.set(s.charCodeAt(i), classes.size + 1);
  const width = classes.size + 1;
  const asciiClass = new Int32Array(128);
  classes.forEach((c, code) => {
    if (code < 128) asciiClass[code] = c;
  });
  // The trie of the strings, state 0 its root; each state's strings ending there.
  const next: number[][] = [new Array<number>(width).fill(-1)];
  const ends: number[][] = [[]];
  strings.forEach((s, j) => {
    let state = 0;
    for (let i = 0; i < s.length; i++) {
      const c = classes.get(s.charCodeAt(i)) as number;
      let to = (next[state] as number[])[c] as number;
      if (to < 0) {
        to = next.length;
        next.push(new Array<number>(width).fill(-1));
        ends.push([]);
        (next[state] as number[])[c] = to;
      }
      state = to;
    }
    (ends[state] as number[]).push(j);
  });
  // Breadth first, each state's missing moves taken from its longest proper suffix's, and its strings joined by that suffix's.
  const moves = new Int32Array(next.length * width);
  const fail = new Int32Array(next.length);
  const queue: number[] = [];
  for (let c = 0; c < width; c++) {
    const to = (next[0] as number[])[c] as number;
    moves[c] = to < 0 ? 0 : to;
    if (to > 0) queue.push(to);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q] as number;
    ends[state] = [...(ends[state] as number[]), ...(ends[fail[state] as number] as number[])];
    for (let c = 0; c < width; c++) {
      const to = (next[state] as number[])[c] as number;
      const viaSuffix = moves[(fail[state] as number) * width + c] as number;
      if (to < 0) moves[state * width + c] = viaSuffix;
      else {
        moves[state * width + c] = to;
        fail[to] = viaSuffix;
        queue.push(to);
      }
    }
  }
  const rootEnds = ends[0] as number[];
  const endsAt = ends.map((e) => (e.length ? Int32Array.from(e) : undefined));
  return (text, found) => {
    for (const j of rootEnds) found[j] = 1;
    let any = rootEnds.length > 0;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = moves[state * width + (code < 128 ? (asciiClass[code] as number) : (classes.get(code) ?? 0))] as number;
      const at = endsAt[state];
      if (at !== undefined) {
        any = true;
        for (let k = 0; k < at.length; k++) found[at[k] as number] = 1;
      }
    }
    return any;
  };
}

/**
 * Everyday phrases students use for one idea, replaced by one word before single words are mapped (index
 * and query alike), each with what a text must hold to have it (Needs: keep them in step with the pattern). The
 * course's own ("new economic policy", "labour camps") are in knowledge/vocabulary.yaml.
 */
export const EVERYDAY_PHRASES: ReadonlyArray<readonly [RegExp, string, Needs]> = [
  [/\bget(ting)? rid of\b|\bdo(ne)? away with\b|\bput an end to\b|\bbring (it )?to an end\b/, 'end', [['rid of', 'away with', 'an end to', 'to an end']]],
  [/\b(brought|bring) in\b/, 'start', [['brought in', 'bring in']]],
  // A light verb before a policy's name, as learners of English write it: "why did Stalin make collectivisation"
  // asks why he collectivised.
  [/\b(?:make|makes|made|making) (?:the |a )?(?=\w+isations?\b)/, '', [['isation'], ['make', 'made', 'making']]],
  // "How was collectivisation made?", "how has it been made": how it was carried out. Not "how much steel was
  // made", "how many tractors were made": those ask how much, of a thing made.
  // (The look back runs only where "made" ends the text: at every position of a long answer it would be slow.)
  [/\b(?:(?:has|have|had) been )?(?:made|done)$(?<=\bhow (?:was|were|is|are|has|have|had|the)\b.*)/, 'carried out', [['made', 'done'], ['how ']]],
  // "Why did Lenin bring the NEP": brought in. Only in a why-question: "what did the plans bring the workers" asks
  // what they gave them.
  [/\b(?:bring|brings|brought|bringing) (?=the\b)(?<=\bwhy\b.*)/, 'start ', [['bring', 'brought'], ['why']]],
  // "How did Stalin get power?" asks how he won it ("get" is a stopword: read alone it is "how much power").
  // "After gaining power…" only says when.
  [/(?<!\b(?:after|once|since|before|having|when) )\b(get|gets|got|getting|gain|gains|gained|gaining|take|takes|took|taking|seize|seized|seizing|come to|came to|rise to|rose to) power\b/, 'win power', [[' power']]],
  // "What was it like in the gulag?" asks what life was like there, as "what was life like in the gulag?" does.
  [/\b(?:it|things) like (?:inside|in|on)\b/, 'life in', [['it like ', 'things like ']]],
  // "On purpose" is "deliberately", not the aim of something (below, "purpose" is read as "aim").
  [/\bon purpose\b|\bdeliberately\b/, 'deliberate', [['on purpose', 'deliberately']]],
  // "How important was Kirov's murder?", "why was the Ryutin affair important": asks its significance, as "how
  // significant" does ("important" alone is a stopword: "the most important reason", "an important point" ask nothing of it).
  [/(?<=\b(?:how|was|were|is|are|so|very|particularly|especially|be) )important\b|\bimportant$(?<=\b(?:why|how)\b.*)/, 'significant', [['important']]],
  // "Did the First Plan meet its targets?", "when did it achieve its targets for steel": whether it succeeded, which
  // the entries on its successes and failures say (the entry listing the targets does not), so the target is not
  // read either ("its steel target" keeps "steel"). Only in a question
  // asking whether or when ("why did factories rush to meet targets" asks about the rush).
  [/\b(?:meet|meets|met|reach|reached|achieve|achieved|fulfil|fulfill|fulfilled|hit) (?:its |their |the |all |any |all its |all their )?(?:\w+ )?(?:targets?|quotas?)\b(?<=^(?:when |how )?(?:did|does|do|has|have|had|was|were)\b.*)/, 'success', [['target', 'quota'], ['meet', 'met ', 'reach', 'achieve', 'fulfil', 'hit ']]],
  // "How much steel was made in 1932 compared to the target?" asks the same: output against the plan.
  [/\b(?:compared (?:to|with)|against|versus|vs) (?:the |its |their )?(?:\w+ )?(?:targets?|quotas?)\b/, 'success', [['target', 'quota'], ['compared to', 'compared with', 'against', 'versus', 'vs ']]],
  // Exam paper furniture ("How far do you agree with this statement? Explain your answer. (16 marks)"):
  // it says what kind of answer is wanted (read before this, from the question's words) but not about what.
  [/\b(do|would) you agree( with (this|the) (statement|view|interpretation))?\b|\bexplain your answer\b|\b\d+ marks?\b|\buse your own knowledge\b/, '', [['you agree', 'explain your answer', ' mark', 'use your own knowledge']]],
  // How many an exam question asks for ("describe 2 features of", "give three reasons why") says how many, not about
  // what: the count is not read, so "describe 2 features of collectivisation" is not the labour camps' "describe 2 features".
  [/\b(?:2|3|4|5|two|three|four|five) (?=(?:main |key |important )?(?:features?|reasons?|ways?|examples?|factors?|aspects?|characteristics|consequences?|causes?|effects?|results?|problems?|changes?|methods?|points?)\b)/, '', [
    ['2 ', '3 ', '4 ', '5 ', 'two ', 'three ', 'four ', 'five '],
    ['feature', 'reason', 'way', 'example', 'factor', 'aspect', 'characteristics', 'consequence', 'cause', 'effect', 'result', 'problem', 'change', 'method', 'point'],
  ]],
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
  // "The importance of the Lenin Enrolment" asks its significance.
  significant: 'importance',
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
    .map(([p, means]): readonly [RegExp, string, Needs] => [new RegExp(`\\b${escapeRegExp(p)}\\b`), means, [[p]]]);
  const phrases = [...EVERYDAY_PHRASES, ...coursePhrases];
  // The phrases a text may hold in one pattern, so it is scanned once; the named group p<i> says phrase i matched. The
  // phrases it cannot hold (Needs) are left out: the rest are tried in the same order, so the same is found. One pattern
  // for each set of phrases met (few: most texts may hold none, or one or two).
  const needed = [...new Set(phrases.flatMap(([, , needs]) => needs.flat()))].sort((a, b) => b.length - a.length);
  const neededAt = new Map(needed.map((n, i) => [n, i]));
  const neededNeeds = phrases.map(([, , needs]) => needs.map((any) => any.map((n) => neededAt.get(n) as number)));
  const held = new Uint8Array(needed.length);
  // Every needed string a text holds, found in one pass over its letters by one automaton for all (Aho and Corasick):
  // a pattern looking ahead for any of them at every place cost as much as the rest of reading a long answer.
  const finder = neededFinder(needed);
  const patterns = new Map<string, RegExp>();
  const patternFor = (text: string): RegExp | undefined => {
    held.fill(0);
    const any = finder(text, held);
    if (!any) return undefined;
    let key = '';
    phrase: for (let i = 0; i < neededNeeds.length; i++) {
      for (const oneOf of neededNeeds[i] as number[][]) {
        let some = false;
        for (const j of oneOf) if (held[j] === 1) some = true;
        if (!some) continue phrase;
      }
      key += `${i} `;
    }
    if (!key) return undefined;
    let pattern = patterns.get(key);
    if (!pattern) {
      const may = key.trim().split(' ').map(Number);
      pattern = new RegExp(may.map((i) => `(?<p${i}>${(phrases[i] as (typeof phrases)[number])[0].source})`).join('|'), 'g');
      if (patterns.size >= MAX_PHRASE_PATTERNS) patterns.clear();
      patterns.set(key, pattern);
    }
    return pattern;
  };
  const synonyms = new Map([
    ...Object.entries(WORD_GROUPS).flatMap(([to, words]) => words.split(' ').map((w): [string, string] => [w, to])),
    ...course.flatMap((g) => g.words.map((w): [string, string] => [w, g.means])),
  ]);
  // The groups' names, made once rather than for each phrase found.
  const groupNames = phrases.map((_, i) => `p${i}`);
  // Remembered for the last texts read: a question's words are read as typed, as spelt right and for another subject's
  // phrases, most often the same text each time (the pattern is long, and scanning is much of reading a question).
  const replacePhrases = rememberLatest((normalised: string): string => {
    const pattern = patternFor(normalised);
    return pattern
      ? normalised.replace(pattern, (found: string, ...rest: unknown[]) => {
          const groups = rest.at(-1) as Record<string, string | undefined>;
          return phrases.find((_, i) => groups[groupNames[i] as string] !== undefined)?.[1] ?? found;
        })
      : normalised;
  });
  const applySynonyms = (normalised: string): string =>
    replacePhrases(normalised)
      .split(' ')
      .filter(Boolean)
      .map((w) => synonyms.get(w) ?? w)
      .join(' ');
  // Every synonym is one word (the schema says so): the terms are then read off the words in one pass, without
  // joining and splitting them again (the index reads every phrasing and answer, and this is much of its garbage).
  const oneWordSynonyms = [...synonyms.values()].every((w) => /^\S+$/.test(w));
  const termOf = (w: string) => (STOPWORDS.has(w) || QUESTION_WORDS.has(w) ? w : stem(w));
  // Each word's term once it is read (synonym, stopword or stem), up to a bound as stems are: the index reads
  // thousands of answers and phrasings whose words recur, and one look-up a word is much less than four and a test.
  const termOfWord = new Map<string, string>();
  // One word's terms, remembered (up to a bound, as stems are): the matcher reads many words of a question one at a time.
  const ofOneWord = new Map<string, readonly string[]>();
  const termsOf = (words: readonly string[]): string[] => {
    if (words.length === 1) {
      const word = words[0] as string;
      let terms = ofOneWord.get(word);
      if (terms === undefined) {
        terms = termsOfWords(words);
        if (ofOneWord.size < MAX_REMEMBERED_STEMS) ofOneWord.set(word, terms);
      }
      return [...terms];
    }
    return termsOfWords(words);
  };
  const termsOfWords = (words: readonly string[]): string[] => {
    if (!oneWordSynonyms) {
      const s = applySynonyms(words.join(' '));
      return s ? s.split(' ').map(termOf) : [];
    }
    const terms: string[] = [];
    const add = (w: string) => {
      if (!w) return;
      let term = termOfWord.get(w);
      if (term === undefined) {
        term = termOf(synonyms.get(w) ?? w);
        if (termOfWord.size < MAX_REMEMBERED_STEMS) termOfWord.set(w, term);
      }
      terms.push(term);
    };
    const joined = joinedAs.get(words) ?? words.join(' ');
    const replaced = replacePhrases(joined);
    if (replaced !== joined) {
      for (const w of replaced.split(' ')) add(w);
    } else {
      // No phrase replaced (most phrasings): the words as split apart again, but not copied (their hashes are known).
      for (const w of words) if (w.includes(' ')) w.split(' ').forEach(add);
      else add(w);
    }
    return terms;
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
/** The phrase patterns a lexicon keeps (one for each set of phrases a text may hold): far more than are ever met. */
const MAX_PHRASE_PATTERNS = 1000;
const stems = new Map<string, string>();

/** Words as typed, normalised but not stemmed: what typo correction compares against. */
export function surfaceWords(text: string): string[] {
  const s = normaliseText(text);
  return s ? s.split(' ') : [];
}

/** An entry's texts as words (as `surfaceWords`): read once, for the speller and the index, which both read them. */
export interface EntryWords {
  readonly question: readonly string[];
  readonly phrasings: readonly (readonly string[])[];
  readonly answer: readonly string[];
}

export function entryWords(entry: { readonly question: string; readonly phrasings: readonly string[]; readonly answer: string }): EntryWords {
  const text = normaliseText(entry.answer);
  const answer = text ? text.split(' ') : [];
  joinedAs.set(answer, text);
  return { question: surfaceWords(entry.question), phrasings: entry.phrasings.map(surfaceWords), answer };
}


export function isContentTerm(term: string): boolean {
  return !STOPWORDS.has(term) && !QUESTION_WORDS.has(term);
}

/** Damerau-Levenshtein (optimal string alignment) distance, giving up past `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  // Three rows in one reused buffer (the one before last, the last, the current): typo correction compares
  // thousands of words while the index is built, and fresh rows for each were much of its garbage.
  if (distanceRows.length < 3 * width) distanceRows = new Int32Array(6 * width);
  const rows = distanceRows;
  let prev2 = 0;
  let prev = width;
  let cur = 2 * width;
  for (let j = 0; j < width; j++) {
    rows[prev2 + j] = 0;
    rows[prev + j] = j;
  }
  for (let i = 1; i <= a.length; i++) {
    rows[cur] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[prev2 + j - 2]! + 1);
      rows[cur + j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    const oldest = prev2;
    prev2 = prev;
    prev = cur;
    cur = oldest;
  }
  return rows[prev + b.length]!;
}
let distanceRows = new Int32Array(96);

/**
 * The distance a typo corrector wants: as `editDistance`, but a swapped pair may be edited again
 * (Lowrance and Wagner's Damerau-Levenshtein): "holomdor" is two edits from "holodomor", a swap and a
 * missing letter, where the optimal string alignment counts three. The alignment's count is given where it is within
 * `max`, the swaps' where only that is, and the swaps' only where `max` allows two typos or more.
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (max < 2 || Math.abs(a.length - b.length) > max) return editDistance(a, b, max);
  // The swaps' count is never more than the alignment's (every alignment is an edit of that count): most words tried
  // are past `max` by it, and then by the alignment too, which need not be counted. Within it, the alignment's count
  // where that is within `max` too, else the swaps'.
  const swapped = swapDistance(a, b, max);
  if (swapped > max) return max + 1;
  const aligned = editDistance(a, b, max);
  return aligned <= max ? aligned : swapped;
}

/** Lowrance and Wagner's distance (as `typoDistance`), `max` + 1 for any past `max`. */
function swapDistance(a: string, b: string, max: number): number {
  const width = b.length + 2;
  const far = a.length + b.length;
  // d[(i + 1) * width + (j + 1)] is the distance between a's first i letters and b's first j. The buffer is
  // reused (every cell read is written first): correction tries thousands of words while the index is built.
  if (swapDistances.length < (a.length + 2) * width) swapDistances = new Int32Array(2 * (a.length + 2) * width);
  const d = swapDistances;
  d[0] = far;
  for (let i = 0; i <= a.length; i++) {
    d[(i + 1) * width] = far;
    d[(i + 1) * width + 1] = i;
  }
  for (let j = 0; j <= b.length; j++) {
    d[j + 1] = far;
    d[width + j + 1] = j;
  }
  // The last row of a in which each letter was seen (by its code; a map for letters past ASCII).
  lastRowAscii.fill(0);
  // Made only for a word with a letter past ASCII (few are): one for each word compared was garbage.
  let lastRowOther: Map<string, number> | undefined;
  const lastRow = (c: string) => {
    const code = c.charCodeAt(0);
    return code < 128 ? (lastRowAscii[code] ?? 0) : (lastRowOther?.get(c) ?? 0);
  };
  for (let i = 1; i <= a.length; i++) {
    let lastMatchCol = 0;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const swapRow = lastRow(b[j - 1] as string);
      const swapCol = lastMatchCol;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      if (cost === 0) lastMatchCol = j;
      const v = Math.min(
        (d[i * width + j] ?? far) + cost,
        (d[(i + 1) * width + j] ?? far) + 1,
        (d[i * width + j + 1] ?? far) + 1,
        (d[swapRow * width + swapCol] ?? far) + (i - swapRow - 1) + 1 + (j - swapCol - 1),
      );
      d[(i + 1) * width + j + 1] = v;
      rowMin = Math.min(rowMin, v);
    }
    // No row's least is below the row before's (a swap from k rows up costs at least the k - 1 rows' rises it
    // skips, and one more): past `max`, so is the distance. Most words tried are far off.
    if (rowMin > max) return max + 1;
    const code = a.charCodeAt(i - 1);
    if (code < 128) lastRowAscii[code] = i;
    else (lastRowOther ??= new Map()).set(a[i - 1] as string, i);
  }
  const distance = d[(a.length + 1) * width + b.length + 1] ?? far;
  return distance > max ? max + 1 : distance;
}
let swapDistances = new Int32Array(512);
const lastRowAscii = new Int32Array(128);

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

/** How many times each letter a–z (and anything else, as one) occurs in a word, into `counts` from `at`. */
function letterCounts(word: string, counts: Uint8Array = new Uint8Array(27), at = 0): Uint8Array {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    counts[at + (c >= 0 && c < 26 ? c : 26)]! += 1;
  }
  return counts;
}

/**
 * Whether the letters alone put two words more than `max` edits apart: each edit changes at most one letter's count
 * each way. `b`'s counts start at `at`. Most candidates are ruled out before all letters are counted.
 */
function lettersFartherThan(a: Uint8Array, b: Uint8Array, at: number, max: number): boolean {
  let extra = 0;
  let missing = 0;
  for (let i = 0; i < 27; i++) {
    const d = a[i]! - b[at + i]!;
    if (d > 0) extra += d;
    else missing -= d;
    if (extra > max || missing > max) return true;
  }
  return false;
}

/** Which of the letters a–z (and anything else, as one) a word has, as bits. */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i) - 97;
    mask |= 1 << (c >= 0 && c < 26 ? c : 26);
  }
  return mask;
}

/**
 * How many letters one word has that the other lacks, the more of the two ways: each is one edit at least, so more
 * than `max` puts them farther apart than `max` (as `lettersFartherThan` would say, counting).
 */
function lettersApart(a: number, b: number): number {
  return Math.max(bitCount(a & ~b), bitCount(b & ~a));
}

function bitCount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const MIRRORED: Readonly<Record<string, string>> = { b: 'd', d: 'b', p: 'q', q: 'p' };

/** The key of the known words of a length that start with a letter (a UTF-16 unit). */
const bucketKey = (length: number, first: number) => length * 0x10000 + first;

/** Corrects misspelt words against a known vocabulary; never touches numbers. */
export class SpellingCorrector {
  /**
   * Known words by length and first letter (people rarely get the first letter wrong), as places in `words`;
   * their letter counts are in `letters`, 27 from 27 times the place. One array for all, not one for each:
   * an index builds a corrector of thousands of words.
   */
  private readonly buckets = new Map<number, number[]>();
  private readonly words: string[];
  private readonly letters: Uint8Array;
  /** Which letters each word has (as `letterMask`), by place: a quicker test than counting, ruling out most words. */
  private readonly masks: Int32Array;

  constructor(private readonly frequency: ReadonlyMap<string, number>) {
    this.words = [...frequency.keys()];
    this.letters = new Uint8Array(27 * this.words.length);
    this.masks = new Int32Array(this.words.length);
    this.words.forEach((word, i) => {
      // An empty word is no candidate for any word (none is of length 0).
      if (word.length === 0) return;
      letterCounts(word, this.letters, 27 * i);
      this.masks[i] = letterMask(word);
      const key = bucketKey(word.length, word.charCodeAt(0));
      const list = this.buckets.get(key);
      if (list) list.push(i);
      else this.buckets.set(key, [i]);
    });
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
    const mask = letterMask(word);
    this.eachCandidate(word, max, (candidate, at) => {
      if (lettersApart(mask, this.masks[at / 27] as number) > max || lettersFartherThan(letters, this.letters, at, max)) return;
      const distance = typoDistance(word, candidate, max);
      if (distance <= max) found.push({ word: candidate, distance });
    });
    return found.sort((a, b) => a.distance - b.distance);
  }

  /**
   * Each known word that could be within `max` edits of `word`, shortest first: those of a length in reach that
   * start with its first letter, or with its first two swapped, or with the mirror of its first letter.
   * `visit` is given the word and where its letter counts start.
   */
  private eachCandidate(word: string, max: number, visit: (candidate: string, at: number) => void): void {
    if (word.length === 0) return;
    const first = word.charCodeAt(0);
    // Words whose first two letters are the typed word's swapped.
    const second = word.length > 1 && word[1] !== word[0] ? word.charCodeAt(1) : undefined;
    // b and d, p and q: the letters dyslexic students most often turn round ("dukharin").
    const mirror = MIRRORED[word[0] as string]?.charCodeAt(0);
    const { buckets, words } = this;
    for (let len = Math.max(1, word.length - max); len <= word.length + max; len++) {
      for (const i of buckets.get(bucketKey(len, first)) ?? []) visit(words[i] as string, 27 * i);
      if (second !== undefined) for (const i of buckets.get(bucketKey(len, second)) ?? []) if (words[i]!.charCodeAt(1) === first) visit(words[i] as string, 27 * i);
      if (mirror !== undefined) for (const i of buckets.get(bucketKey(len, mirror)) ?? []) visit(words[i] as string, 27 * i);
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
    const mask = letterMask(word);
    this.eachCandidate(word, max, (candidate, at) => {
      // Counting letters is cheaper than aligning them, and rules out most candidates; which letters, cheaper still.
      const most = Math.min(max, bestDistance);
      if (lettersApart(mask, this.masks[at / 27] as number) > most || lettersFartherThan(letters, this.letters, at, most)) return;
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
