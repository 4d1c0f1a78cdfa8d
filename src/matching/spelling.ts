// Correcting misspelt words, in students' questions and in the fact base's own phrasings alike.
//
// The words typos are corrected towards are those of the canonical questions, answers, names and terms,
// which are edited with care, and any other form of them ("persecute" beside "persecuted"). A slip
// repeated in several phrasings ("happend") is still a slip. Phrasings may be written as students type ("wat was
// the holodomer"); their slips are corrected like a student's, so that a misspelling in one phrasing
// neither counts as a rare word of its own nor stops the same slip in a question from being corrected.
import { doubleMetaphone } from 'double-metaphone';
import type { AnswerEntry } from '../knowledge/answerable.js';
import { everydayWords, type EverydayWords } from './everyday-words.js';
import { englishSkeleton, transliterationKeys } from './spelling-transliteration.js';
import { editDistance, entryWords, QUESTION_WORDS, SpellingCorrector, stem, STOPWORDS, type EntryWords } from './vocabulary.js';

export interface Speller {
  /** The word corrected to one the fact base uses (or, spelt as it sounds, to an everyday English word), or as it was (stopwords, numbers, known and uncorrectable words). */
  spell(word: string): string;
  /**
   * For a word the speller could not read: the course's name or term it comes close to once spelt the English
   * way, though not close enough to read it as that ("Jezhof" and "yezhov"), for a refusal to offer.
   */
  nearName(word: string): string | undefined;
}

const MAX_REMEMBERED_CORRECTIONS = 50_000;

/**
 * Short everyday words spelt as they sound (dyslexic students, texting), too short to correct by letters or sound
 * without guessing ("meny" could be "many", "men" or "menu"). Read before anything else, so "five yeer plan" is
 * the course's name for the plans.
 */
const SPELT_AS_SOUNDS: ReadonlyMap<string, string> = new Map(
  Object.entries({ wy: 'why', whi: 'why', wos: 'was', woz: 'was', wuz: 'was', meny: 'many', meen: 'mean', yeer: 'year', yeers: 'years', wrok: 'work', rite: 'right', ppl: 'people', peple: 'people', dyed: 'died', skool: 'school', wer: 'were', thay: 'they', thier: 'their' }),
);

/** A short token with no vowel ("mtc", "nkvb"): an acronym typed with a slip, when it is no English word. */
const CONSONANTS_ONLY = /^[bcdfghjklmnpqrstvwxz]{3,5}$/;

/**
 * The course's acronyms, as its entries write them in capitals ("MTS", "NKVD", "OGPU"), in lower case: the only
 * words a vowelless token is read as.
 */
function courseAcronyms(entries: readonly AnswerEntry[], trusted: ReadonlyMap<string, number>): Set<string> {
  const found = new Set<string>();
  for (const e of entries)
    for (const text of [e.question, e.answer, ...(e.names ?? [])])
      for (const m of text.matchAll(/\b[A-Z]{3,5}\b/g)) {
        const w = m[0].toLowerCase();
        if (trusted.has(w)) found.add(w);
      }
  return found;
}

/** QWERTY rows, for the keys beside a key. */
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters that sound alike in an acronym said aloud or spelt by ear ("mtc" for MTS). */
const SOUND_PAIRS = new Set(['cs', 'sc', 'ck', 'kc', 'sz', 'zs', 'kq', 'qk']);

/** Whether two keys touch on a QWERTY keyboard (the same row, or the row above or below, a key or so across). */
function keysTouch(a: string, b: string): boolean {
  const place = (c: string) => KEY_ROWS.map((row, r) => [r, row.indexOf(c)] as const).find(([, i]) => i >= 0);
  const [p, q] = [place(a), place(b)];
  if (!p || !q) return false;
  const across = q[1] - p[1] + (q[0] - p[0]) * 0.5;
  return Math.abs(p[0] - q[0]) <= 1 && Math.abs(across) <= 1;
}

/**
 * Whether two words of one length differ at one letter only, by a letter that sounds alike, or (four letters or more)
 * by a key beside it: three consonants a key apart are too often an abbreviation of their own ("mrs" is not MTS).
 */
function oneSlipApart(a: string, b: string): boolean {
  const at = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  if (at.length !== 1) return false;
  const [x, y] = [a[at[0] as number] as string, b[at[0] as number] as string];
  return SOUND_PAIRS.has(x + y) || (a.length >= 4 && keysTouch(x, y));
}

/**
 * A vowelless token no English word, read as the one course acronym of its length a slip off (a key beside, a
 * letter that sounds alike) with its first letter ("mtc" as MTS); none when two fit, as a guess between them would be no better than a refusal.
 */
function asAcronym(word: string, acronyms: ReadonlySet<string>, everyday: EverydayWords): string | undefined {
  if (!CONSONANTS_ONLY.test(word) || everyday.all.has(word)) return undefined;
  const near = [...acronyms].filter((a) => a.length === word.length && a[0] === word[0] && oneSlipApart(a, word));
  return near.length === 1 ? near[0] : undefined;
}

/** A word's vowels in order: what Double Metaphone leaves out, and what tells "skools" (schools) from "skills". */
const vowels = (word: string) => word.replace(/[^aeiouy]/g, '');

/**
 * The nearest of `found` that sounds like `word` (Double Metaphone: "colectivizashun" and "collectivisation"):
 * then the one with its vowels, then the commoner.
 */
function nearestSoundingLike(word: string, found: { word: string; distance: number }[], weigh: (w: string) => number): string | undefined {
  const [w1, w2] = doubleMetaphone(word);
  const soundsAlike = (other: string) => {
    const [o1, o2] = doubleMetaphone(other);
    return w1 === o1 || w1 === o2 || w2 === o1;
  };
  const vowelDistance = (w: string) => editDistance(vowels(word), vowels(w), 9);
  return found
    .filter((c) => soundsAlike(c.word))
    .sort((a, b) => a.distance - b.distance || vowelDistance(a.word) - vowelDistance(b.word) || weigh(b.word) - weigh(a.word))[0]?.word;
}

/** Whether a word is one a sound-alike may stand for: five letters or more, no digits, no English word itself. */
const mayBeSpeltAsSounds = (word: string, everyday: EverydayWords) => word.length >= 5 && !/\d/.test(word) && !everyday.all.has(word);

/**
 * A word spelt as it sounds, corrected to one of the fact base's that sounds the same and is spelt nearly so
 * ("colectivizashun", "grane" for grain rather than "grant"). Read before typos: a slip that sounds right is what
 * was meant more often than a word a letter away that sounds otherwise.
 */
function soundsLikeCourseWord(word: string, course: SpellingCorrector): string | undefined {
  return nearestSoundingLike(word, course.within(word, Math.max(2, Math.floor(word.length / 3))), (w) => course.frequencyOf(w));
}

/** …else to an everyday English word that sounds the same and is a letter or two away ("skools", "diffrence"). */
function soundsLikeEnglish(word: string, everyday: EverydayWords): string | undefined {
  return nearestSoundingLike(word, englishCorrector(everyday).within(word, word.length <= 5 ? 1 : 2), () => 0);
}

/** Core English (SCOWL up to size 35) as correction targets, built on first use and shared by every speller (the matcher's, the marker's). */
const englishCorrectors = new WeakMap<EverydayWords, SpellingCorrector>();
function englishCorrector(everyday: EverydayWords): SpellingCorrector {
  let built = englishCorrectors.get(everyday);
  if (!built) englishCorrectors.set(everyday, (built = new SpellingCorrector(new Map([...everyday.common].filter((w) => w.length >= 3).map((w) => [w, 1])))));
  return built;
}

/**
 * Whether a word may be another language's spelling of a course name: no digits, no English word, and five letters
 * or more, or four with a letter only another script's convention puts there ("Ejov", "Kirow"): a short word
 * without one is more often another language's word ("nada", "mose") than a name.
 */
const mayBeTransliterated = (word: string, everyday: EverydayWords) =>
  (word.length >= 5 || (word.length === 4 && /[jwqx]|cz|sz/.test(word))) && !/\d/.test(word) && !everyday.all.has(word);

/**
 * The course's names and terms (its words that are no English words) by their transliteration skeleton
 * (src/matching/spelling-transliteration.ts): where two share one, the commoner.
 */
function namesBySkeleton(trusted: ReadonlyMap<string, number>, keep: ReadonlySet<string>, everyday: EverydayWords): Map<string, string> {
  const bySkeleton = new Map<string, string>();
  trusted.forEach((n, w) => {
    // Short names are left out, but for initials ("nkvd"): "york" or "carr" would take too many rare words that
    // sound like them ("orts", "haar"). Other subjects' names are not the course's to read a word as.
    if ((w.length < 5 && /[aeiou]/.test(w)) || w.length < 4 || /\d/.test(w) || everyday.all.has(w) || keep.has(w)) return;
    const key = englishSkeleton(w);
    const had = bySkeleton.get(key);
    if (key.length >= 4 && (had === undefined || (trusted.get(had) ?? 0) < n)) bySkeleton.set(key, w);
  });
  return bySkeleton;
}

/** The skeletons a typed word may have: l read as r too in a longer word only, where it seldom makes another word. */
const skeletonsOf = (word: string) => transliterationKeys(word, { lr: word.length >= 6 });

/** How many entries use a word, and the last that did (by its place). */
interface WordCount {
  entries: number;
  last: number;
}
/** What a stopword counts: nothing. */
const STOPWORD_COUNT: WordCount = { entries: 0, last: -1 };

/** Counts a word list's words for entry `at`, each once however often it uses them. */
function countOnce(counted: Map<string, WordCount>, at: number, words: readonly string[]): void {
  for (const w of words) {
    let c = counted.get(w);
    if (!c) counted.set(w, (c = STOPWORDS.has(w) ? STOPWORD_COUNT : { entries: 0, last: -1 }));
    if (c !== STOPWORD_COUNT && c.last !== at) {
      c.last = at;
      c.entries++;
    }
  }
}

/**
 * The words the fact base uses with care (its entries' questions and answers, a person's or term's names), each
 * with how many entries use it, and other forms of them its phrasings use ("persecute" beside "persecuted").
 * `read`: each entry's words.
 */
function trustedWords(entries: readonly AnswerEntry[], read: readonly EntryWords[], everyday: EverydayWords): Map<string, number> {
  // Counted in place, one look-up a word, in the order the words come, rather than by a list and a set of each
  // entry's words: those were much of the garbage building the index made. Stopwords are met, not counted.
  const counted = new Map<string, WordCount>();
  entries.forEach((e, at) => {
    const words = read[at] as EntryWords;
    countOnce(counted, at, words.question);
    // A person's or term's phrasings are its names and aliases, written with care. A skill's are typed as students
    // type ("how succesful was essay structure"): only their English words and exam codes ("ao3") are trusted, or
    // their slips would be what other students' slips are read as ("sucsesful" as "succesful").
    if (e.kind === 'person' || e.kind === 'term') for (const p of words.phrasings) countOnce(counted, at, p);
    else if (e.kind === 'skill') for (const p of words.phrasings) countOnce(counted, at, p.filter((w) => everyday.all.has(w) || /\d/.test(w)));
    countOnce(counted, at, words.answer);
  });
  const trusted = new Map<string, number>();
  counted.forEach((c, w) => {
    if (c !== STOPWORD_COUNT) trusted.set(w, c.entries);
  });
  const trustedStems = new Set<string>();
  for (const w of trusted.keys()) trustedStems.add(stem(w));
  for (const words of read)
    for (const p of words.phrasings) for (const w of p) if (!trusted.has(w) && !STOPWORDS.has(w) && trustedStems.has(stem(w))) trusted.set(w, 1);
  return trusted;
}

/**
 * `keep`: words never corrected (words of other subjects: "hitler" must stay "hitler"). `read`: the entries' words,
 * for a caller that reads them too (src/matching/matcher.ts).
 */
export function createSpeller(
  entries: readonly AnswerEntry[],
  keep: ReadonlySet<string>,
  everyday: EverydayWords = everydayWords(),
  read: readonly EntryWords[] = entries.map(entryWords),
): Speller {
  const trusted = trustedWords(entries, read, everyday);

  // Filler words are correction targets too, so "actualy" and "basicly" are read as the filler they are
  // rather than as unknown words that make a course question look like another subject's.
  const targets = new Map(trusted);
  for (const w of STOPWORDS) if (w.length >= 6 && !targets.has(w)) targets.set(w, 0);
  const corrector = new SpellingCorrector(targets);
  const corrections = new Map<string, string>();
  const transliterated = namesBySkeleton(trusted, keep, everyday);
  const acronyms = courseAcronyms(entries, trusted);
  // The skeletons as words, to find the near ones among: built on a refusal's first "did you mean".
  let skeletonCorrector: SpellingCorrector | undefined;
  return {
    nearName(w) {
      if (!mayBeTransliterated(w, everyday) || trusted.has(w) || keep.has(w) || w.length < 5) return undefined;
      skeletonCorrector ??= new SpellingCorrector(new Map([...transliterated.keys()].map((k) => [k, trusted.get(transliterated.get(k) ?? '') ?? 0])));
      for (const key of skeletonsOf(w)) {
        // One slip in the skeleton of four letters or more, two in one of eight or more.
        const max = key.length >= 8 ? 2 : key.length >= 4 ? 1 : 0;
        const near = max > 0 ? skeletonCorrector.within(key, max)[0] : undefined;
        if (near) return transliterated.get(near.word);
      }
      return undefined;
    },
    spell(w) {
      const sound = SPELT_AS_SOUNDS.get(w);
      if (sound) return sound;
      if (trusted.has(w) || STOPWORDS.has(w) || QUESTION_WORDS.has(w) || keep.has(w)) return w;
      let fixed = corrections.get(w);
      if (fixed === undefined) {
        // Spelt as another language spells a course name ("Jeżow", "Iagoda", "colhoz"): that name, before any guess at a slip.
        const asName = mayBeTransliterated(w, everyday) ? skeletonsOf(w).map((k) => transliterated.get(k)).find((n) => n !== undefined) : undefined;
        const bySound = mayBeSpeltAsSounds(w, everyday);
        fixed = asName ?? asAcronym(w, acronyms, everyday) ?? (bySound ? soundsLikeCourseWord(w, corrector) : undefined) ?? corrector.correct(w) ?? (bySound ? soundsLikeEnglish(w, everyday) : undefined) ?? w;
        // Remembered up to a bound: every new word students type would otherwise stay in memory.
        if (corrections.size < MAX_REMEMBERED_CORRECTIONS) corrections.set(w, fixed);
      }
      return fixed;
    },
  };
}
