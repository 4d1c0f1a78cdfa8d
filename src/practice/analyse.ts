// Reading a student's answer the way /ask reads a question (src/matching: normalising, spelling correction,
// synonyms, stems), but kept in sentences, with each word's place, so that the marker can ask whether the
// words that state a concept stand together in one sentence.
import { isContentTerm, STOPWORDS, surfaceWords, type Lexicon } from '../matching/vocabulary.js';

/**
 * What getting rid of people is read as, as the course's phrase has it ("the liquidation of the kulaks as a class") and
 * as students write it ("eliminate the kulaks", listed under "liquidate" in answerSynonyms; "get rid of": see
 * spellOutWords). An answer's "liquidate" also states "end" (ALSO_STATES); "ended" does not state "liquidated" ("the NEP
 * ended … the kulaks" liquidated no one).
 */
const LIQUIDATED = 'liquid';

/**
 * Forms of an English word the stemmer leaves apart ("fell" and "fall", "took" and "take", "slower" and "slow"),
 * mapped to one term after stemming, in answers and mark schemes alike. Only the language's own forms are kept here:
 * irregular verbs, "-er" and "-ly" forms, and "betray" (stemmed "betrai") with "betrayal" ("betray"). Words of the
 * course that say the same thing ("seized" for "take", "starvation" for "famine") are the fact base's, where a teacher
 * adds to them: answerSynonyms in knowledge/vocabulary.yaml (see answerLexicon).
 */
const WORD_FORMS: Readonly<Record<string, string>> = {
  fell: 'fall', fallen: 'fall', rose: 'rise', risen: 'rise',
  sold: 'sell', bought: 'buy', built: 'build', lost: 'lose', fed: 'feed', hid: 'hide', led: 'lead', gave: 'give', given: 'give',
  took: 'take', taken: 'take', fought: 'fight', thought: 'think', brought: 'bring', kept: 'keep', spent: 'spend', sent: 'send', becam: 'becom',
  chose: 'choos', chosen: 'choos', drove: 'drive', driven: 'drive', wrote: 'write', written: 'write', held: 'hold',
  betrai: 'betray',
  // "More slowly", "slower", "slowed".
  slowli: 'slow', slower: 'slow',
};

const wordForm = (term: string): string => WORD_FORMS[term] ?? term;

/** The course's words for a word of the mark schemes (knowledge/vocabulary.yaml, answerSynonyms), as written there. */
export interface AnswerSynonym {
  readonly means: string;
  readonly words: readonly string[];
}

/**
 * A lexicon that also reads the course's answer synonyms, as the marker reads answers and mark schemes: each
 * synonym's term mapped to its meaning's term.
 */
export interface AnswerLexicon extends Lexicon {
  readonly answerSynonyms: ReadonlyMap<string, string>;
}

const NO_SYNONYMS: ReadonlyMap<string, string> = new Map();

/**
 * A whole word as the marker reads it: its term (through the lexicon's synonyms, stemmed: "seized" is "seiz"), with
 * the English forms above ("took" is "take"). The answer synonyms are written as words and read this way.
 */
export function answerTerm(word: string, lexicon: Lexicon): string {
  const [term = ''] = lexicon.termsOf(surfaceWords(word));
  return wordForm(term);
}

/**
 * The lexicon with the course's answer synonyms ("seized" read as "take"): what the marker reads with. Each word is
 * stemmed as the answers are, so one form of it covers all of them ("eliminate", listed under "liquidate", is read as
 * LIQUIDATED, and so is "eliminated").
 */
export function answerLexicon(lexicon: Lexicon, synonyms: readonly AnswerSynonym[] = []): AnswerLexicon {
  const map = new Map<string, string>();
  for (const { means, words } of synonyms) {
    const meaning = answerTerm(means, lexicon);
    for (const w of words) map.set(answerTerm(w, lexicon), meaning);
  }
  return { ...lexicon, answerSynonyms: map };
}

const synonymsOf = (lexicon: Lexicon): ReadonlyMap<string, string> => ('answerSynonyms' in lexicon ? (lexicon as AnswerLexicon).answerSynonyms : NO_SYNONYMS);

/** A term as the marker compares it: its English form ("fell" as "fall"), then the course's word for it ("drop" as "fall"). */
const equivalent = (term: string, synonyms: ReadonlyMap<string, string>): string => {
  const form = wordForm(term);
  return synonyms.get(form) ?? form;
};

/**
 * Terms of an answer that state a broader term of a mark scheme as well as their own: "they got rid of the NEP" states
 * "the NEP ended", though "the NEP ended" does not state "the kulaks were liquidated".
 */
export const ALSO_STATES: ReadonlyMap<string, readonly string[]> = new Map([[LIQUIDATED, ['end']]]);

/** What parting with something is read as ("surrendered"): see readGivingUp. */
const SURRENDER = 'surrend';
/** After a form of "give", words that make it parting with one's own ("give their land", "gave up", "gave all"). */
const GIVING_UP_AFTER: ReadonlySet<string> = new Set(['their', 'his', 'her', 'its', 'all', 'up', 'over', 'everything']);

/**
 * Terms (each mapped by `equivalent` already) with a form of "give" that parts with one's own ("peasants had to give
 * their land", "gave up their animals") and "hand over" read as "surrender", as a mark scheme writes it; "members were
 * given a plot of land" parts with nothing. Term for term, so that places stay.
 */
function readGivingUp(terms: readonly string[]): string[] {
  return terms.map((t, i) => {
    const next = terms[i + 1] ?? '';
    return (t === 'give' && GIVING_UP_AFTER.has(next)) || (t === 'hand' && next === 'over') ? SURRENDER : t;
  });
}

/** What starting something again is read as ("resumed"): see readStartingAgain. */
const RESUMED = 'resum';

/**
 * Terms with "started again" ("then it started again more slowly", "began again") read as "resumed", as a mark scheme
 * writes it: "again" is a little word, so "started" alone would be all that is left of it. Term for term, so that
 * places stay ("again" stays where it was).
 */
function readStartingAgain(terms: readonly string[]): string[] {
  return terms.map((t, i) => (t === 'start' && terms[i + 1] === 'again' ? RESUMED : t));
}

/** A sentence's terms as the marker compares them: synonyms of the answer mapped to the mark scheme's (see above). */
function compared(terms: readonly string[], synonyms: ReadonlyMap<string, string>): string[] {
  return readStartingAgain(readGivingUp(terms.map((t) => (isContentTerm(t) ? equivalent(t, synonyms) : t))));
}

/** Content terms of a text as the marker compares them (no spelling correction: for mark schemes, written with care). */
export function contentTerms(text: string, lexicon: Lexicon): string[] {
  const terms = lexicon.termsOf(surfaceWords(spellOutWords(text)));
  const read = compared(terms, synonymsOf(lexicon));
  return read.filter((t, i) => isContentTerm(terms[i] ?? '') || t === SURRENDER);
}

export interface Sentence {
  /** The sentence as the student wrote it (trimmed). */
  readonly text: string;
  /** Its terms, stopwords included, in order (spelling corrected, synonyms mapped, stemmed). */
  readonly terms: readonly string[];
  /** Words as written (normalised), for counting and for telling a sentence from a fragment. */
  readonly words: number;
  /** The share of its words that are little words (the, of, was…): a list of key words has few. */
  readonly functionWords: number;
  /** Its pieces between commas, in words: a list of key words is made of very short ones. */
  readonly pieces: readonly number[];
  /** Its words, normalised and spelling corrected ("becuase" read as "because"), for the marker's link and judgement words. */
  readonly reading: string;
  /** A bullet point (a line that starts with a dash, a star, a bullet or a number). */
  readonly bullet: boolean;
  /** A bullet point that joins a point to its detail or result with a dash or a colon. */
  readonly elaborated: boolean;
}

export interface AnalysedAnswer {
  readonly sentences: readonly Sentence[];
  readonly words: number;
  /** Every content term of the answer, in order. */
  readonly content: readonly string[];
}

const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+/;
/** Where a sentence ends: after a full stop, question or exclamation mark or semicolon, but not after an initial ("R. W. Davies"). */
const SENTENCE_END = /(?<![\s(]\p{Lu}\.|^\p{Lu}\.)(?<=[.!?;])\s+/u;

/**
 * Sentences: split at full stops, question and exclamation marks, semicolons and line breaks, and at bullet
 * marks, so that bullet points and lines of a list count as fragments of their own; each says whether it
 * was a bullet point.
 */
export function splitFragments(text: string): { text: string; bullet: boolean }[] {
  const out: { text: string; bullet: boolean }[] = [];
  for (const line of text.replace(/\r/g, '').split(/\n+/)) {
    const inline = line.split(/\s+[•·]\s+/);
    const bullet = BULLET.test(line) || inline.length > 1;
    for (const part of inline)
      for (const s of part.replace(BULLET, '').split(SENTENCE_END)) {
        const t = s.replace(BULLET, '').trim();
        if (/[a-z0-9]/i.test(t)) out.push({ text: t, bullet });
      }
  }
  return out;
}

export function splitSentences(text: string): string[] {
  return splitFragments(text).map((f) => f.text);
}

/** A note's point and what it meant, joined by a dash or a colon ("decree same day – quick trials, no appeal"). */
function elaborates(text: string): boolean {
  const at = text.search(/\s[–—-]\s|:\s/);
  return at > 0 && surfaceWords(text.slice(0, at)).length >= 2 && surfaceWords(text.slice(at)).length >= 2;
}

/** "Didn't", "wasnt", "can't": a negation the text normaliser drops ("didn't" reads "did"), spelt out as "not". */
const CONTRACTED_NOT = /\b(?:(do|does|did|is|are|was|were|has|have|had|could|would|should|must|need|might)n['’]?t|(ca)n['’]t|(wo)n['’]t|(sha)n['’]t)\b/gi;
const FULL_FORM: Readonly<Record<string, string>> = { ca: 'can', wo: 'will', sha: 'shall' };

/** The text with its contracted negations spelt out, so that the marker sees the "not" ("they didn't confess"). */
export function spellOutNegations(text: string): string {
  return text.replace(CONTRACTED_NOT, (_, aux?: string, ca?: string, wo?: string, sha?: string) => {
    const verb = aux ?? ca ?? wo ?? sha ?? '';
    return `${FULL_FORM[verb.toLowerCase()] ?? verb} not`;
  });
}

/** A per cent sign after a figure ("70%", "about 90 %"), which the text normaliser drops, and "percent", spelt "per cent" as mark schemes write it. */
const PERCENT = /(\d)\s*%|\bpercent\b/gi;
/** "Get rid of", which the lexicon reads as "end" (as it is, of a policy: "got rid of the NEP"). */
const RID_OF = /\b(?:get|gets|got|gotten|getting) rid of\b/gi;

/**
 * A text with the words the marker reads otherwise than the lexicon spelt out: a per cent sign as "per cent" ("70%",
 * "70 per cent"), and "get rid of" as "liquidate", which also states "end" (ALSO_STATES). One word for one, or a
 * sign for words, so that a sentence's pieces still add up to its terms (breaksOf).
 */
export function spellOutWords(text: string): string {
  return text.replace(PERCENT, (_, digit?: string) => (digit ? `${digit} per cent` : 'per cent')).replace(RID_OF, 'liquidate');
}

/**
 * A sentence as its terms are read: its contracted negations and the words of spellOutWords spelt out ("didn't" as
 * "did not", "70%" as "70 per cent", "got rid of" as "liquidate"). What breaksOf and bracketsOf are given, so that their pieces add up to the
 * sentence's terms.
 */
export function spellOutForTerms(text: string): string {
  return spellOutNegations(spellOutWords(text));
}

/**
 * Where the punctuation inside a sentence falls, as the term indices that start each piece after the first ("tax in
 * kind, Nepmen"; after a comma, semicolon, colon, bracket or dash): each piece read on its own, and none when the
 * pieces do not add up to the sentence's `total` terms (a phrase read across a comma). `text` is the sentence with
 * its negations, per cent signs and "get rid of" spelt out (spellOutForTerms), as its terms were read. Read only when the
 * marker needs it.
 */
export function breaksOf(text: string, total: number, spell: (word: string) => string, lexicon: Lexicon): number[] {
  const parts = text.split(/[,;:()]|\s[–—-]\s/);
  if (parts.length < 2) return [];
  const breaks: number[] = [];
  let at = 0;
  for (const part of parts) {
    const n = lexicon.termsOf(surfaceWords(part).map(spell)).length;
    if (n === 0) continue;
    if (at > 0) breaks.push(at);
    at += n;
  }
  return at === total ? breaks : [];
}

/**
 * The term indices at which a bracket opens in a sentence ("Magnitogorsk (Ukraine)" opens one at 1), read as breaksOf
 * reads punctuation: none when the pieces do not add up to the sentence's `total` terms.
 */
export function bracketsOf(text: string, total: number, spell: (word: string) => string, lexicon: Lexicon): number[] {
  const parts = text.split('(');
  if (parts.length < 2) return [];
  const opens: number[] = [];
  let at = 0;
  parts.forEach((part, k) => {
    if (k > 0) opens.push(at);
    at += lexicon.termsOf(surfaceWords(part).map(spell)).length;
  });
  return at === total ? opens : [];
}

export function analyseAnswer(text: string, spell: (word: string) => string, lexicon: Lexicon): AnalysedAnswer {
  const sentences: Sentence[] = [];
  let words = 0;
  const content: string[] = [];
  const synonyms = synonymsOf(lexicon);
  for (const { text: raw, bullet } of splitFragments(text)) {
    const surface = surfaceWords(raw);
    if (surface.length === 0) continue;
    const little = surface.filter((w) => STOPWORDS.has(w)).length;
    const spelt = surface.map(spell);
    // Terms keep the negations and per cent signs spelt out; the counts above and the reading below stay as written.
    const spelledOut = spellOutForTerms(raw);
    const termWords = spelledOut === raw ? spelt : surfaceWords(spelledOut).map(spell);
    const terms = compared(lexicon.termsOf(termWords), synonyms);
    const pieces = raw.split(/[,:/]|\s-\s|\band\b/).map((p) => surfaceWords(p).length).filter((n) => n > 0);
    sentences.push({ text: raw, terms, words: surface.length, functionWords: little / surface.length, pieces, reading: spelt.join(' '), bullet, elaborated: bullet && elaborates(raw) });
    words += surface.length;
    for (const t of terms) if (isContentTerm(t)) content.push(t);
  }
  return { sentences, words, content };
}
