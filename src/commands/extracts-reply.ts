// The reply to a pasted interpretations question: where each extract stands among the historians of the fact base
// (src/matching/extract-reading.ts), then the notes on the debate and on how to answer, a button each. Judging the
// extracts is the student's task, so the reply says where they stand, never which is more convincing.
import type { AnswerEntry } from '../knowledge/answerable.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { placeExtracts, type ExtractsQuestion } from '../matching/extract-reading.js';
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
export function extractsReply(kb: KnowledgeBase, matcher: Matcher, read: ExtractsQuestion): { reply: Reply; debate?: AnswerEntry } | undefined {
  const cards = kb.people.flatMap((p) => {
    const card = matcher.entry(`person-${p.id}`);
    return card ? [{ card, topics: p.topics }] : [];
  });
  // The debate's topics: those of the entries the question asked of the extracts comes nearest (not the exam skills').
  const subjectTopics = new Set(matcher.rank(read.asking).candidates.filter((c) => c.entry.kind !== 'skill').slice(0, SUBJECT_DEPTH).map((c) => c.entry.topic));
  const placed = placeExtracts(matcher, cards, read, subjectTopics);
  if (!placed.some((p) => p.historian)) return undefined;
  const subject = subjectOf(read.asking);
  const debate = subject ? matcher.match(`how have historians interpreted ${subject}`) : undefined;
  const debateEntry = debate?.status === 'answered' && debate.entry && debate.entry.kind !== 'skill' ? debate.entry : undefined;
  // The method as the question asks it ("…which of these two extracts…"), else the interpretations question's in general.
  const method = [read.asking, 'how do I answer a question on extracts or interpretations'].map((q) => matcher.match(q)).find((r) => r.entry?.kind === 'skill');
  const methodEntry = method?.entry;
  const lines = placed.map((p) =>
    p.historian
      ? MESSAGES.extractPlaced(p.extract.label, p.historian.card.question.replace(/^Who was (.+)\?$/, '$1'), clipAtWord(p.historian.sentence, SENTENCE_ROOM), p.historian.named)
      : MESSAGES.extractNotPlaced(p.extract.label),
  );
  const further = [debateEntry ? MESSAGES.extractDebate(debateEntry.question) : undefined, methodEntry ? MESSAGES.extractMethod(methodEntry.question) : undefined].filter(Boolean);
  const historians = placed.flatMap((p) => (p.historian ? [p.historian.card] : [])).filter((c, i, all) => all.indexOf(c) === i);
  const reply: Reply = {
    title: MESSAGES.extractsTitle,
    body: [MESSAGES.extractsIntro, ...lines, ...(further.length > 0 ? ['', ...further] : [])].join('\n'),
    buttons: [...(debateEntry ? [debateEntry] : []), ...(methodEntry ? [methodEntry] : []), ...historians].slice(0, 5).map((e) => ({ action: `${ASK_ACTION}:${e.id}`, label: e.question, style: 'primary' as const })),
    tone: 'answer',
  };
  return { reply, ...(debateEntry ? { debate: debateEntry } : {}) };
}
