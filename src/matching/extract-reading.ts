// A pasted interpretations question ("Extract A: … Extract B: … With reference to these extracts …, which provides the
// more convincing interpretation of …?"): the exam asks the student to judge the extracts, which the tutor cannot do for
// them, but it can say where each extract stands in the debate, by the historians' cards of the fact base: the card
// sentence that argues most nearly what the extract argues. A teacher covering an A-level class asked for this.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { Matcher } from './matcher.js';

/** One extract as pasted: its label as the paper gives it ("Extract A", "Interpretation 2") and its text. */
export interface PastedExtract {
  readonly label: string;
  readonly text: string;
}

export interface ExtractsQuestion {
  readonly extracts: readonly PastedExtract[];
  /** The question asked of them, without the extracts ("… which provides the more convincing interpretation of …?"). */
  readonly asking: string;
}

/** Where an extract stands: the historian whose card argues most nearly the same, with that card's sentence. */
export interface PlacedExtract {
  readonly extract: PastedExtract;
  readonly historian?: { readonly card: AnswerEntry; readonly sentence: string; readonly named: boolean };
  /** For an extract placed with no one: a historian who argued against its view, with the sentence that says so. */
  readonly opposedBy?: { readonly card: AnswerEntry; readonly sentence: string };
}

/** An extract's label where the paper sets it out: "Extract A:", "Interpretation 2 -" (Edexcel's), "Source B", "EXTRACT C". */
const LABEL = /\b(extract|interpretation|view|source)\s+([a-d1-4])\b\s*[:.\-–—)]?/gi;
/** What an interpretations question asks of its extracts. */
const ASKS = /\bconvincing\b|\bhow far do you agree\b|\binterpretations?\b|\bwith reference to (?:these|the|both|all) (?:two |three )?extracts\b/i;
/** An extract shorter than this (in words) is a label in a sentence ("Extract A is more convincing"), not a pasted text. */
const LEAST_WORDS = 8;
/** The sentences that ask (a question's own), which end the extract they follow. */
const ASKING_SENTENCE = /(?:^|(?<=[.?!"”]\s))(?:with reference to|using your (?:understanding|knowledge)|which (?:of|extract|interpretation)|how (?:convincing|far)|in the light of|evaluate|assess|compare)\b/i;

/** The extracts of a pasted interpretations question, each with its own text; undefined for any other question. */
export function readExtracts(question: string): ExtractsQuestion | undefined {
  const labels = [...question.matchAll(LABEL)];
  if (labels.length === 0) return undefined;
  const extracts: PastedExtract[] = [];
  const asked: string[] = [question.slice(0, labels[0]?.index ?? 0)];
  // Once the question has begun, a label is a mention in it ("With reference to Extract A and Extract B, which…").
  let inQuestion = false;
  labels.forEach((m, i) => {
    const start = (m.index ?? 0) + m[0].length;
    const end = labels[i + 1]?.index ?? question.length;
    const label = `${m[1]?.charAt(0).toUpperCase()}${m[1]?.slice(1).toLowerCase()} ${m[2]?.toUpperCase()}`;
    let text = question.slice(start, end);
    // The question after the last extract (or between them) is not the extract's.
    const ask = ASKING_SENTENCE.exec(text);
    if (ask) {
      asked.push(text.slice(ask.index));
      text = text.slice(0, ask.index);
    }
    text = text.replace(/\s+/g, ' ').trim();
    // A label seen already, or one inside the question, or with too few words to be a pasted text, is a mention.
    if (inQuestion || extracts.some((e) => e.label === label) || text.split(' ').length < LEAST_WORDS) {
      asked.splice(ask ? asked.length - 1 : asked.length, 0, `${m[0]} ${text}`);
      inQuestion ||= extracts.length > 0;
    } else extracts.push({ label, text });
    if (ask) inQuestion = true;
  });
  const asking = asked.join(' ').replace(/\s+/g, ' ').trim();
  if (extracts.length === 0 || !ASKS.test(asking || question)) return undefined;
  return { extracts, asking };
}

/** A historian's card: a person whose card says they are a historian. */
const isHistorian = (e: AnswerEntry) => e.kind === 'person' && /\bhistorian\b/i.test(e.phrasings.join(' '));

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+(?=[A-Z"“])/).map((s) => s.trim()).filter(Boolean);

/** How far two term lists argue the same: the rarer their shared terms among the historians' sentences, the more (0–1). */
function closeness(a: readonly string[], b: readonly string[], rarity: (t: string) => number): number {
  const A = new Set(a);
  const B = new Set(b);
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const t of A) {
    wa += rarity(t);
    if (B.has(t)) shared += rarity(t);
  }
  for (const t of B) wb += rarity(t);
  return wa > 0 && wb > 0 ? shared / Math.sqrt(wa * wb) : 0;
}

/**
 * The part of a card's sentence that reports a view the historian argued AGAINST: "the view that the Terror was a
 * long-planned scheme run entirely by Stalin" in "he challenged the view that…", "the leaders from above" in "society
 * from below rather than the leaders from above", "a planned genocide" in "…, not a planned genocide", "that Stalin
 * arranged the killing" in "against the long-held Western view, popularised by Robert Conquest, that…". Each runs to the
 * end of its clause.
 */
const ARGUED_AGAINST = [
  /\b(?:challeng\w*|reject\w*|question\w*|disput\w*|den(?:y|ied|ies)|dismiss\w*|refut\w*|went against|go(?:es)? against|against|opposed)\s+(?:(?:the|a|an|this|that)\s+)?(?:[\w'’-]+\s+){0,3}?(?:view|idea|picture|claim|belief|argument|notion|assumption|image|interpretation|thesis|account|theory)\b(?:,[^,;]*,)?\s*(?:that|of)?[^;]*/gi,
  /\b(?:challeng\w*|question\w*|disput\w*|den(?:y|ied|ies)|doubt\w*)\s+(?:whether|that)\b[^;]*/gi,
  /\brather than\b[^,;]*/gi,
  /,\s*not\s+(?:a|an|the)?\b[^,;]*/gi,
];
/** A sentence that tells another's view ("Critics said…", "Historians who deny a plan… dispute that conclusion"): not what the card's historian argued. */
const OTHERS_VIEW = /^(?:critics|some critics|his critics|her critics|other historians|others|historians who|some historians|many historians)\b/i;

/** A card's sentence split into what the historian argued and what they argued against (ARGUED_AGAINST). */
function argument(sentence: string): { readonly argued: string; readonly against: string } {
  const against: string[] = [];
  let argued = sentence;
  for (const pattern of ARGUED_AGAINST)
    argued = argued.replace(pattern, (part) => {
      against.push(part);
      return ' ';
    });
  return { argued, against: against.join(' ') };
}

/** Below this closeness no historian is named for an extract: it argues nothing the cards argue. */
const LEAST_CLOSENESS = 0.15;
/** How much a historian of another debate's sentence counts. */
const OFF_SUBJECT = 0.6;
/** The closest card must be this much closer than the next historian's, or the extract is not placed. */
const LEAD = 1.3;

/** What the historians' cards say of one extract (weigher). */
interface Weighed {
  /** The historian the extract names ("— adapted from Robert Conquest"), if any. */
  readonly named?: AnswerEntry;
  /** The cards' sentences, nearest first, without those of historians who argued against the extract's view. */
  readonly scored: readonly { readonly card: AnswerEntry; readonly sentence: string; readonly score: number }[];
  /** The historians who argued against what the extract argues, each with the sentence that says so. */
  readonly opposed: ReadonlyMap<string, string>;
}

type Cards = readonly { readonly card: AnswerEntry; readonly topics: readonly string[] }[];

/** Weighs extracts against the historians' cards: what each card argues, and what it argued against. */
function weigher(matcher: Pick<Matcher, 'readTerms'>, cards: Cards, subjectTopics: ReadonlySet<string>): { historians: AnswerEntry[]; weigh: (text: string) => Weighed } {
  const historians = cards.filter((c) => isHistorian(c.card)).map((c) => c.card);
  // A historian of another debate ("the Stakhanovites" for an extract on the Terror) argues little that fits.
  const offSubject = new Set(cards.filter((c) => subjectTopics.size > 0 && !c.topics.some((t) => subjectTopics.has(t))).map((c) => c.card.id));
  const arguing = historians.flatMap((card) =>
    sentencesOf(card.answer)
      .filter((s) => /\b(?:argu|stress|saw|see|sees|held|hold|claim|show|suggest|insist|emphasi[sz]|call|challeng|question|found|find|blam|view|contend|maintain)/i.test(s) && !OTHERS_VIEW.test(s))
      .map((sentence) => {
        // What a historian argued against places no extract with them: only what they argued is matched.
        const { argued, against } = argument(sentence);
        return { card, sentence, terms: matcher.readTerms(argued), against: against ? matcher.readTerms(against) : [] };
      }),
  );
  const df = new Map<string, number>();
  for (const a of arguing) for (const t of new Set(a.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const rarity = (t: string) => Math.log(1 + arguing.length / (df.get(t) ?? 0.5));
  const weigh = (text: string): Weighed => {
    const lower = text.toLowerCase();
    const named = historians.find((card) => (card.names ?? []).some((n) => n.length > 3 && new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)));
    const terms = matcher.readTerms(text);
    const all = arguing.map((a) => ({ ...a, score: closeness(terms, a.terms, rarity) * (offSubject.has(a.card.id) ? OFF_SUBJECT : 1) }));
    // A historian who argued against what the extract argues (its words nearer a view their card says they rejected
    // than anything it says they argued) is never its place: "Getty challenged the view that … Stalin" is no Getty extract.
    const opposed = new Map<string, string>();
    for (const card of historians) {
      const own = all.filter((a) => a.card.id === card.id);
      const against = own.map((a) => ({ a, score: a.against.length > 0 ? closeness(terms, a.against, rarity) : 0 })).sort((x, y) => y.score - x.score)[0];
      if (against && against.score >= LEAST_CLOSENESS && against.score >= Math.max(0, ...own.map((a) => a.score))) opposed.set(card.id, against.a.sentence);
    }
    // …and it stands with those who argued the view that historian rejected: each sentence counts more by how nearly it
    // argues that view (Conquest's "Stalin planned and directed the Terror" beside Getty's rejected "long-planned scheme").
    const rejected = all.filter((a) => opposed.has(a.card.id) && a.against.length > 0).map((a) => a.against);
    const siding = (a: (typeof all)[number]) => 1 + Math.max(0, ...rejected.map((view) => closeness(a.terms, view, rarity)));
    const scored = all
      .filter((a) => !opposed.has(a.card.id))
      .map((a) => ({ card: a.card, sentence: a.sentence, score: a.score * siding(a) }))
      .sort((x, y) => y.score - x.score);
    return { ...(named ? { named } : {}), scored, opposed };
  };
  return { historians, weigh };
}

/**
 * Each extract placed beside the historian whose card argues most nearly what it argues, or beside the one it names
 * ("— adapted from Robert Conquest, The Great Terror"); none when no card is clearly closest. The cards' sentences
 * that tell of a life or a book only are passed over: what a historian argued is what places an extract, and what a
 * historian argued against never does.
 */
export function placeExtracts(matcher: Pick<Matcher, 'readTerms'>, cards: Cards, read: ExtractsQuestion, subjectTopics: ReadonlySet<string> = new Set()): PlacedExtract[] {
  const { historians, weigh } = weigher(matcher, cards, subjectTopics);
  return read.extracts.map((extract) => {
    const { named, scored, opposed } = weigh(extract.text);
    if (named) {
      const own = scored.find((s) => s.card.id === named.id);
      return { extract, historian: { card: named, sentence: own?.sentence ?? sentencesOf(named.answer)[0] ?? '', named: true } };
    }
    const best = scored[0];
    const next = scored.find((s) => s.card.id !== best?.card.id);
    if (!best || best.score < LEAST_CLOSENESS || (next && best.score < next.score * LEAD)) {
      // Still worth saying: who argued against it ("Getty challenged the view that…"), which tells the student its side.
      const [id, sentence] = [...opposed][0] ?? [];
      const card = historians.find((h) => h.id === id);
      return card && sentence ? { extract, opposedBy: { card, sentence } } : { extract };
    }
    return { extract, historian: { card: best.card, sentence: best.sentence, named: false } };
  });
}

/** How a historian's card stands to an extract: arguing much as it does, arguing against it, or neither clearly. */
export interface Stance {
  readonly stance: 'argues' | 'against' | 'unclear';
  /** The card's sentence that shows it: the nearest it argues, or the one telling what it argued against. */
  readonly sentence: string;
}

/** Below this closeness a historian's nearest sentence does not argue what an extract argues (for a student's own placing). */
const FITS = LEAST_CLOSENESS * 0.6;

/** How `card`'s historian stands to an extract's text, by the same weighing as placeExtracts. */
export function stanceOf(matcher: Pick<Matcher, 'readTerms'>, cards: Cards, text: string, card: AnswerEntry, subjectTopics: ReadonlySet<string> = new Set()): Stance {
  const { opposed, scored } = weigher(matcher, cards, subjectTopics).weigh(text);
  const against = opposed.get(card.id);
  if (against) return { stance: 'against', sentence: against };
  const own = scored.find((s) => s.card.id === card.id);
  return { stance: own && own.score >= FITS ? 'argues' : 'unclear', sentence: own?.sentence ?? sentencesOf(card.answer)[0] ?? '' };
}

/** The historians' cards a text names ("more like conquest, not getty"), in the order it names them. */
export function historiansNamed(cards: Cards, text: string): AnswerEntry[] {
  const lower = text.toLowerCase();
  const at = (card: AnswerEntry) =>
    Math.min(...(card.names ?? []).filter((n) => n.length > 3).map((n) => lower.search(new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`))).filter((i) => i >= 0), Infinity);
  return cards
    .map((c) => c.card)
    .filter(isHistorian)
    .map((card) => ({ card, i: at(card) }))
    .filter((x) => x.i < Infinity)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.card);
}
