// Everything /ask can answer: the question/answer entries, plus a "who was…?" entry for every person
// and a "what was…?" entry for every glossary term, so a student asking "who was yezhov" gets the
// person's summary without a teacher having to write the same text twice. A quiz question whose right
// choice is a person or a term is one more way of asking for that card.
import type { KnowledgeBase } from './schema.js';

export interface AnswerEntry {
  readonly id: string;
  readonly topic: string;
  readonly question: string;
  readonly phrasings: readonly string[];
  readonly answer: string;
  readonly related: readonly string[];
  readonly sources: readonly string[];
  readonly kind: 'question' | 'person' | 'term' | 'skill';
  /** A person's or term's names and aliases: a question naming one is about the course. */
  readonly names?: readonly string[];
}

/** Skills entries belong to no course topic; replies name them with this. */
export const SKILLS_TOPIC = 'exam-skills';

/** A glossary term's card id: the term's own id, with "term-" before it unless it has it already. */
const termCardId = (id: string) => (id.startsWith('term-') ? id : `term-${id}`);

/**
 * The quiz bank's questions whose answer is a person or a glossary term ("Who was the state prosecutor at
 * the Moscow show trials?" → Andrei Vyshinsky), by the card's id: each is one more way to ask for that card.
 */
function quizPromptsByCard(kb: KnowledgeBase): Map<string, string[]> {
  const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
  const cards = new Map<string, string>();
  for (const p of kb.people) for (const n of [p.name, ...p.aliases]) cards.set(key(n), `person-${p.id}`);
  for (const t of kb.terms) for (const n of [t.term, ...t.aliases]) cards.set(key(n), termCardId(t.id));
  const prompts = new Map<string, string[]>();
  for (const q of kb.quiz) {
    const card = cards.get(key(q.correct));
    if (card) prompts.set(card, [...(prompts.get(card) ?? []), q.prompt]);
  }
  return prompts;
}

/**
 * The books a person's role names as theirs: the titles in single quotes after "author of" ("author of 'Bloodlands'
 * (2010) and …"). Each is one more way to ask for the card ("who wrote the book Bloodlands"): the phrasing says
 * "the book", so that a title made of the course's own words ("Stalin as Revolutionary") is not all a question
 * such as "was Stalin a revolutionary" needs to find the card. A quote's closing mark is one no letter follows, so
 * "'Stalin's Peasants'" is one title.
 */
export function booksOf(role: string): string[] {
  const after = /\bauthor of\b/i.exec(role);
  if (!after) return [];
  return [...role.slice(after.index).matchAll(/(?<![A-Za-z])'(.+?)'(?![A-Za-z])/g)].map((m) => m[1] as string);
}

/** The question a person's card answers. */
export const personCardQuestion = (name: string) => `Who was ${name}?`;
/** The question a glossary term's card answers. */
export const termCardQuestion = (term: string) => `What was meant by "${term}"?`;

export function answerableEntries(kb: KnowledgeBase): AnswerEntry[] {
  const fromQuiz = quizPromptsByCard(kb);
  const questions = kb.questions.map((q): AnswerEntry => ({ ...q, kind: 'question' }));
  const people = kb.people.map((p): AnswerEntry => ({
    id: `person-${p.id}`,
    topic: p.topics[0] ?? '',
    question: personCardQuestion(p.name),
    phrasings: [p.name, ...p.aliases, ...p.aliases.map((a) => `who was ${a}`), `${p.name}: ${p.role}`, ...booksOf(p.role).map((b) => `who wrote the book ${b}`), ...(fromQuiz.get(`person-${p.id}`) ?? [])],
    answer: p.summary,
    related: [],
    sources: p.sources,
    kind: 'person',
    names: [p.name, ...p.aliases],
  }));
  const terms = kb.terms.map((t): AnswerEntry => ({
    id: termCardId(t.id),
    topic: t.topics[0] ?? '',
    question: termCardQuestion(t.term),
    phrasings: [t.term, ...t.aliases, `what was ${t.term}`, `define ${t.term}`, ...t.aliases.map((a) => `what is ${a}`), ...(fromQuiz.get(termCardId(t.id)) ?? [])],
    answer: t.definition,
    related: [],
    sources: t.sources,
    kind: 'term',
    names: [t.term, ...t.aliases],
  }));
  // Exam advice: how to answer, then a paragraph on the course that does it.
  const skills = kb.skills.map((s): AnswerEntry => ({
    id: s.id,
    topic: SKILLS_TOPIC,
    question: s.question,
    phrasings: s.phrasings,
    answer: `${s.answer}\n\n**Example:** ${s.example}`,
    related: s.related,
    sources: [],
    kind: 'skill',
  }));
  return [...questions, ...people, ...terms, ...skills];
}

/** Topic titles and aliases: names of the course's things that are no one entry's. */
export function topicNames(kb: KnowledgeBase): string[] {
  return kb.topics.flatMap((t) => [t.title, ...t.aliases]);
}
