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
}

/** An extract's label where the paper sets it out: "Extract A:", "Interpretation 2 -", "EXTRACT C". */
const LABEL = /\b(extract|interpretation|view)\s+([a-c1-3])\b\s*[:.\-–—)]?/gi;
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

/** Below this closeness no historian is named for an extract: it argues nothing the cards argue. */
const LEAST_CLOSENESS = 0.15;
/** How much a historian of another debate's sentence counts. */
const OFF_SUBJECT = 0.6;
/** The closest card must be this much closer than the next historian's, or the extract is not placed. */
const LEAD = 1.3;

/**
 * Each extract placed beside the historian whose card argues most nearly what it argues, or beside the one it names
 * ("— adapted from Robert Conquest, The Great Terror"); none when no card is clearly closest. The cards' sentences
 * that tell of a life or a book only are passed over: what a historian argued is what places an extract.
 */
export function placeExtracts(
  matcher: Pick<Matcher, 'readTerms'>,
  cards: readonly { readonly card: AnswerEntry; readonly topics: readonly string[] }[],
  read: ExtractsQuestion,
  subjectTopics: ReadonlySet<string> = new Set(),
): PlacedExtract[] {
  const historians = cards.filter((c) => isHistorian(c.card)).map((c) => c.card);
  // A historian of another debate ("the Stakhanovites" for an extract on the Terror) argues little that fits.
  const offSubject = new Set(cards.filter((c) => subjectTopics.size > 0 && !c.topics.some((t) => subjectTopics.has(t))).map((c) => c.card.id));
  const arguing = historians.flatMap((card) =>
    sentencesOf(card.answer)
      .filter((s) => /\b(?:argu|stress|saw|see|sees|held|hold|claim|show|suggest|insist|emphasi[sz]|call|challeng|question|found|find|blam|view|contend|maintain)/i.test(s))
      .map((sentence) => ({ card, sentence, terms: matcher.readTerms(sentence) })),
  );
  const df = new Map<string, number>();
  for (const a of arguing) for (const t of new Set(a.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const rarity = (t: string) => Math.log(1 + arguing.length / (df.get(t) ?? 0.5));
  return read.extracts.map((extract) => {
    const lower = extract.text.toLowerCase();
    const named = historians.find((card) => (card.names ?? []).some((n) => n.length > 3 && new RegExp(`\\b${n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lower)));
    const terms = matcher.readTerms(extract.text);
    const scored = arguing.map((a) => ({ ...a, score: closeness(terms, a.terms, rarity) * (offSubject.has(a.card.id) ? OFF_SUBJECT : 1) })).sort((x, y) => y.score - x.score);
    if (named) {
      const own = scored.find((s) => s.card.id === named.id);
      return { extract, historian: { card: named, sentence: own?.sentence ?? sentencesOf(named.answer)[0] ?? '', named: true } };
    }
    const best = scored[0];
    const next = scored.find((s) => s.card.id !== best?.card.id);
    if (!best || best.score < LEAST_CLOSENESS || (next && best.score < next.score * LEAD)) return { extract };
    return { extract, historian: { card: best.card, sentence: best.sentence, named: false } };
  });
}
