// An event's own description (knowledge `events[].description`): the "In which year…?" explanation says it after
// the year. Twelve questions explained with their topic's name alone ("…: 1925. (Topic: The New Economic Policy
// (NEP).)"), because no passage of the notes on their event read alone.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, parseKnowledgeFile } from '../../src/knowledge/loader.js';
import type { KnowledgeBase, TimelineEvent } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES } from '../../src/messages.js';
import { chronologyQuestions } from '../../src/quiz/chronology.js';
import { createEventContext, createLeaning } from '../../src/quiz/event-context.js';
import { sentencesOf, tokenize } from '../../src/matching/normalise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const nep = { id: 'nep', title: 'The New Economic Policy (NEP)', order: 1, aliases: [], summary: 'x', keyDates: [{ date: '1921', label: 'x' }], keyTerms: ['x'] };
const entry = (answer: string, id: string) => ({ id, topic: 'nep', question: 'q', phrasings: ['a', 'b'], related: [], sources: ['notes'], answer });
const notesWith = (...answers: string[]) => ({ people: [], terms: [], topics: [nep], questions: answers.map((a, i) => entry(a, `q${i}`)) });

const NOTE = 'In 1925 Bukharin told the peasants to enrich themselves, hoping they would sell more grain.';
const DESCRIPTION = 'Bukharin hoped richer peasants would sell more grain and buy more goods; the Left called it a gift to the kulaks.';
const enrich = (description?: string): TimelineEvent => ({
  id: 'e-enrich',
  date: '1925-04',
  title: 'Bukharin urges the peasants to enrich themselves',
  topic: 'nep',
  ...(description === undefined ? {} : { description }),
  sources: ['notes'],
});
const yearExplanation = (event: TimelineEvent, notes = notesWith(NOTE)) =>
  chronologyQuestions([event], CHRONOLOGY_MESSAGES, createEventContext(notes)).find((q) => q.id.startsWith('chrono-year-'))?.explanation;

describe('an event with a description', () => {
  it('explains its year with the description, not a passage of the notes', () => {
    expect(yearExplanation(enrich(DESCRIPTION))).toBe(`Bukharin urges the peasants to enrich themselves: 1925. ${DESCRIPTION}`);
  });

  it('explains with it even when no note is on the event (where the topic alone was shown)', () => {
    expect(yearExplanation(enrich(DESCRIPTION), notesWith('Grain prices fell sharply in 1926.'))).toBe(
      `Bukharin urges the peasants to enrich themselves: 1925. ${DESCRIPTION}`,
    );
  });

  it('falls back on a passage of the notes when the description would make the explanation too long', () => {
    const title = 'Bukharin urges the peasants to enrich themselves in a speech to party activists in Moscow, angering the Left';
    const note = 'In 1925 Bukharin told the peasants, in a speech to Moscow party activists that angered the Left, to enrich themselves, hoping they would sell more grain.';
    const long = `${'Bukharin argued for the peasants at length. '.repeat(6)}The Left disagreed with him sharply.`;
    // As long as a description may be, yet too long after this title.
    expect(long.length).toBe(300);
    expect(yearExplanation({ ...enrich(long), title }, notesWith(note, 'Grain prices fell sharply in 1926.'))).toBe(`${title}: 1925. ${note}`);
  });
});

describe('an event without a description', () => {
  it('explains with a passage of the notes on it, as before', () => {
    expect(yearExplanation(enrich())).toBe(`Bukharin urges the peasants to enrich themselves: 1925. ${NOTE}`);
  });

  it('explains with its topic when no passage is on it, as before', () => {
    expect(yearExplanation(enrich(), notesWith('Grain prices fell sharply in 1926.'))).toBe(
      'Bukharin urges the peasants to enrich themselves: 1925. (Topic: The New Economic Policy (NEP).)',
    );
  });
});

describe('a description in a knowledge file', () => {
  const file = (description: string) =>
    `events:\n  - id: event-enrich\n    date: "1925"\n    title: Bukharin urges the peasants to enrich themselves\n    topic: nep\n    description: ${description}\n    sources: [notes]\n`;
  const problemsOf = (description: string) => {
    const r = parseKnowledgeFile('nep.yaml', file(description));
    return r.ok ? [] : r.problems.map(formatProblem);
  };

  it('is refused when empty, naming the event and the field', () => {
    for (const empty of ['""', '"   "']) {
      const problems = problemsOf(empty);
      expect(problems, empty).toHaveLength(1);
      expect(problems[0], empty).toMatch(/events\[0\]\.description \(id "event-enrich"\): must not be empty/);
    }
  });

  it('is accepted when it says something', () => {
    expect(problemsOf('Bukharin hoped richer peasants would sell more grain.')).toEqual([]);
  });
});

describe('the descriptions of the real fact base', () => {
  let kb: KnowledgeBase;
  beforeAll(async () => {
    kb = await loadRealKnowledge();
  });
  const described = () => kb.events.filter((e) => e.description !== undefined);
  const yearQuestions = () => chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, createEventContext(kb)).filter((q) => q.id.startsWith('chrono-year-'));

  it('are each shown whole in their event\'s "In which year…?" explanation', () => {
    const questions = yearQuestions();
    const asked = described().filter((e) => questions.some((q) => q.events?.includes(e.id)));
    expect(asked.length).toBeGreaterThanOrEqual(10);
    for (const e of asked) {
      const explanation = questions.find((q) => q.events?.includes(e.id))?.explanation;
      expect(explanation, e.id).toBe(`${e.title}: ${e.date.slice(0, 4)}. ${e.description}`);
    }
  });

  it('read alone: none opens on a word that points back to a sentence not shown', () => {
    const names = new Set(kb.people.flatMap((p) => [p.name, ...p.aliases].map((n) => tokenize(n).at(-1) ?? '')));
    const leans = createLeaning(names);
    for (const e of described()) expect(leans(sentencesOf(e.description ?? '')[0] ?? ''), e.id).toBe(false);
  });

  it('leave few "In which year…?" questions explained with their topic\'s name alone (there were 12)', () => {
    const topicOnly = yearQuestions().filter((q) => q.explanation.endsWith('.)') && q.explanation.includes(' (Topic: '));
    expect(topicOnly.length, topicOnly.map((q) => q.id).join(', ')).toBeLessThanOrEqual(1);
  });
});
