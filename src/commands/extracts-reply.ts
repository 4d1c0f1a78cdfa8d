// The reply to a pasted interpretations question: where each extract stands among the historians of the fact base
// (src/matching/extract-reading.ts), then the notes on the debate and on how to answer, a button each. Judging the
// extracts is the student's task, so the reply says where they stand, never which is more convincing.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { historiansNamed, placeExtracts, readExtracts, stanceOf, type ExtractsQuestion, type PlacedExtract } from '../matching/extract-reading.js';
import type { Matcher } from '../matching/matcher.js';
import { MESSAGES } from '../messages.js';
import { clipAtWord } from './answer-opening.js';
import { ASK_ACTION } from './ask.js';
import type { Reply } from './types.js';

/** Room for a historian's sentence under each extract (three extracts and the lines around them stay far inside 2000). */
const SENTENCE_ROOM = 300;

/** How many of the entries nearest the question asked of the extracts give the debate's topics. */
const SUBJECT_DEPTH = 5;

/** What the question asks the extracts about: "the causes of the Great Terror" in "…interpretation of the causes of the Great Terror?". */
function subjectOf(asking: string): string | undefined {
  const m = /\b(?:interpretations?|views?|extracts?|explanations?|accounts?) (?:of|about|on|for|into) (.+?)\s*(?:[?.[(]|$)/i.exec(asking);
  return m?.[1] && m[1].split(/\s+/).length >= 2 ? m[1] : undefined;
}

/**
 * Where each extract stands, the debate's entry and the exam skill's, or undefined when no extract is placed (the
 * question is then answered as any other: its method, from the skills entries). `debate`: what a follow-up ("what's
 * the evidence?") leans on.
 */
export function extractsReply(kb: KnowledgeBase, matcher: Matcher, read: ExtractsQuestion): { reply: Reply; debate?: AnswerEntry; placed: readonly PlacedExtract[]; subjectTopics: ReadonlySet<string> } | undefined {
  const cards = historianCards(kb, matcher);
  const subjectTopics = topicsAsked(matcher, read.asking);
  const placed = placeExtracts(matcher, cards, read, subjectTopics);
  if (!placed.some((p) => p.historian)) return undefined;
  const subject = subjectOf(read.asking);
  const debate = subject ? matcher.match(`how have historians interpreted ${subject}`) : undefined;
  const debateEntry = debate?.status === 'answered' && debate.entry && debate.entry.kind !== 'skill' ? debate.entry : undefined;
  // The method as the question asks it ("…which of these two extracts…"), else the interpretations question's in general.
  const method = [read.asking, 'how do I answer a question on extracts or interpretations'].map((q) => matcher.match(q)).find((r) => r.entry?.kind === 'skill');
  const methodEntry = method?.entry;
  const lines = placed.map(placingLine);
  const further = [debateEntry ? MESSAGES.extractDebate(debateEntry.question) : undefined, methodEntry ? MESSAGES.extractMethod(methodEntry.question) : undefined].filter(Boolean);
  const historians = placed.flatMap((p) => (p.historian ? [p.historian.card] : p.opposedBy ? [p.opposedBy.card] : [])).filter((c, i, all) => all.indexOf(c) === i);
  const reply: Reply = {
    title: MESSAGES.extractsTitle,
    body: [MESSAGES.extractsIntro, ...lines, ...(further.length > 0 ? ['', ...further] : [])].join('\n'),
    buttons: [...(debateEntry ? [debateEntry] : []), ...(methodEntry ? [methodEntry] : []), ...historians].slice(0, 5).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
    tone: 'answer',
  };
  return { reply, ...(debateEntry ? { debate: debateEntry } : {}), placed, subjectTopics };
}

/** A historian's name as their card asks it ("Who was Robert Conquest?"). */
const nameOf = (card: AnswerEntry) => card.question.replace(/^Who was (.+)\?$/, '$1');

/** Where one extract stands: beside its historian, or against one who argued otherwise, or nowhere clear. */
const placingLine = (p: PlacedExtract) =>
  p.historian
    ? MESSAGES.extractPlaced(p.extract.label, nameOf(p.historian.card), clipAtWord(p.historian.sentence, SENTENCE_ROOM), p.historian.named)
    : p.opposedBy
      ? MESSAGES.extractOpposedOnly(p.extract.label, nameOf(p.opposedBy.card), clipAtWord(p.opposedBy.sentence, SENTENCE_ROOM))
      : MESSAGES.extractNotPlaced(p.extract.label);

/** The people's cards, each with its topics, as placeExtracts weighs them. */
const historianCards = (kb: KnowledgeBase, matcher: Matcher) =>
  kb.people.flatMap((p) => {
    const card = matcher.entry(`person-${p.id}`);
    return card ? [{ card, topics: p.topics }] : [];
  });

/** The debate's topics: those of the entries the question asked of the extracts comes nearest (not the exam skills'). */
const topicsAsked = (matcher: Matcher, asking: string): ReadonlySet<string> =>
  new Set(matcher.rank(asking).candidates.filter((c) => c.entry.kind !== 'skill').slice(0, SUBJECT_DEPTH).map((c) => c.entry.topic));

/** How long extracts placed are remembered for what is asked of them next: as long as the last answer is. */
const REMEMBER_MS = 15 * 60_000;

/** The extracts last placed in a conversation (its memory key), by the conversation memory it belongs to. */
const lastPlaced = new WeakMap<object, Map<string, { readonly placed: readonly PlacedExtract[]; readonly subjectTopics: ReadonlySet<string>; readonly at: number }>>();

/** Where /ask keeps a conversation: its memory (any object one app keeps), the conversation's key and the time now. */
export interface ExtractsMemory {
  readonly memory: object;
  readonly key: string;
  readonly now: number;
}

/** "Which historians would agree with that extract?": asks whom the extracts just placed stand with. */
const WHO_AGREES = /\b(?:historians?|who (?:would |else )?(?:agree|argue|support|think|say|said)s?)\b/i;
/** Words that point at the extracts pasted ("that extract", "this interpretation", "the second one"). */
const POINTS_AT_EXTRACT = /\b(?:extracts?|interpretations?|(?:that|this|these|those|the|both|each|first|second|other) (?:sources?|one|ones|view|views|argument))\b/i;

/**
 * The hook /ask calls for each question it reads in full (src/commands/ask.ts): a question about extracts placed just
 * before ("which historians would agree with that extract?", "but interpretation 1 is more like conquest, no? not
 * getty") is answered from that placing; pasted extracts are placed, and remembered for what is asked next. Undefined
 * for any other question.
 */
export function extractsTurn(kb: KnowledgeBase, matcher: Matcher, question: string, memory: ExtractsMemory): { reply: Reply; debate?: AnswerEntry } | undefined {
  const read = readExtracts(question);
  if (read) {
    const placed = extractsReply(kb, matcher, read);
    const kept = lastPlaced.get(memory.memory) ?? new Map();
    lastPlaced.set(memory.memory, kept);
    // Placings no longer remembered are dropped as new ones come.
    for (const [key, old] of kept) if (memory.now - old.at > REMEMBER_MS) kept.delete(key);
    if (placed) kept.set(memory.key, { placed: placed.placed, subjectTopics: placed.subjectTopics, at: memory.now });
    else kept.delete(memory.key);
    return placed;
  }
  const last = lastPlaced.get(memory.memory)?.get(memory.key);
  if (!last || memory.now - last.at > REMEMBER_MS) return undefined;
  const reply = aboutPlaced(kb, matcher, question, last.placed, last.subjectTopics);
  return reply ? { reply } : undefined;
}

/** The extracts a question names by label ("interpretation 1", "extract b", "source A"), or by place ("the second one"). */
function extractsNamed(question: string, placed: readonly PlacedExtract[]): PlacedExtract[] {
  const labels = [...question.matchAll(/\b(extract|interpretation|view|source)\s+([a-d1-4])\b/gi)].map((m) => (m[2] ?? '').toUpperCase());
  const byPlace = /\bthe (first|second|third)\b/i.exec(question)?.[1]?.toLowerCase();
  const place = byPlace ? ['first', 'second', 'third'].indexOf(byPlace) : -1;
  return placed.filter((p, i) => labels.includes(p.extract.label.split(' ')[1] ?? '') || i === place);
}

/** The reply to a question about the extracts last placed, or undefined when it asks something else. */
function aboutPlaced(kb: KnowledgeBase, matcher: Matcher, question: string, placed: readonly PlacedExtract[], subjectTopics: ReadonlySet<string>): Reply | undefined {
  const cards = historianCards(kb, matcher);
  const named = historiansNamed(cards, question);
  const pointed = extractsNamed(question, placed);
  const onlyOne = placed.length === 1 ? placed : [];
  const about = pointed.length > 0 ? pointed : onlyOne;
  // "Interpretation 1 is more like Conquest, no? not Getty": the student's own placing, checked against the notes.
  if (named.length > 0 && about.length > 0 && (pointed.length > 0 || POINTS_AT_EXTRACT.test(question))) {
    const extract = about[0];
    if (!extract) return undefined;
    // "not getty": a name after "not" is one the student rules out.
    const ruledOut = (card: AnswerEntry) => new RegExp(`\\bnot\\s+(?:\\w+\\s+){0,2}(?:${(card.names ?? []).map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i').test(question);
    const lines = named.map((card) => {
      const stance = card === extract.historian?.card ? { stance: 'argues' as const, sentence: extract.historian.sentence } : stanceOf(matcher, cards, extract.extract.text, card, subjectTopics);
      const out = ruledOut(card);
      const sentence = clipAtWord(stance.sentence, SENTENCE_ROOM);
      if (stance.stance === 'argues') return out ? MESSAGES.extractNotRuledOut(extract.extract.label, nameOf(card), sentence) : MESSAGES.extractFits(extract.extract.label, nameOf(card), sentence);
      if (stance.stance === 'against') return out ? MESSAGES.extractRuledOut(nameOf(card), sentence) : MESSAGES.extractAgainst(extract.extract.label, nameOf(card), sentence);
      return MESSAGES.extractUnclear(extract.extract.label, nameOf(card), sentence);
    });
    return {
      title: MESSAGES.extractsTitle,
      body: lines.join('\n'),
      buttons: named.slice(0, 5).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
      tone: 'answer',
    };
  }
  // "Which historians would agree with that extract?": where it stands, as placed.
  if (named.length === 0 && WHO_AGREES.test(question) && (pointed.length > 0 || POINTS_AT_EXTRACT.test(question))) {
    const shown = about.length > 0 ? about : placed;
    const lines = shown.map(placingLine);
    const historians = shown.flatMap((p) => (p.historian ? [p.historian.card] : p.opposedBy ? [p.opposedBy.card] : [])).filter((c, i, all) => all.indexOf(c) === i);
    return {
      title: MESSAGES.extractsTitle,
      body: [MESSAGES.extractsIntro, ...lines].join('\n'),
      buttons: historians.slice(0, 5).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
      tone: 'answer',
    };
  }
  return undefined;
}
