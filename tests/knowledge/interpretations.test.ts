// Issue 18: historians' interpretations. The debates, their quiz questions and the historians' cards are
// there, and each rests on the public reference pages its names, works and years were checked against.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

const REFERENCE = 'ref-historians';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

/** The ids of the people in knowledge/people/historians.yaml. */
function historianIds(): string[] {
  const file = parse(readFileSync(path.resolve('knowledge/people/historians.yaml'), 'utf8')) as { people: { id: string }[] };
  return file.people.map((p) => p.id);
}

describe("historians' interpretations", () => {
  it('has at least 12 debates, each resting on the checked reference pages and within the course topics', () => {
    const debates = kb.questions.filter((q) => q.id.startsWith('interpretations-'));
    expect(debates.length).toBeGreaterThanOrEqual(12);
    expect(debates.filter((q) => !q.sources.includes(REFERENCE)).map((q) => q.id)).toEqual([]);
    const topics = new Set(kb.topics.map((t) => t.id));
    expect(debates.filter((q) => !topics.has(q.topic)).map((q) => q.id)).toEqual([]);
  });

  it('has at least 30 quiz questions on interpretations, none answered by a disputed figure', () => {
    const quiz = kb.quiz.filter((q) => q.id.startsWith('interpretations-quiz-'));
    expect(quiz.length).toBeGreaterThanOrEqual(30);
    expect(quiz.filter((q) => !q.sources.includes(REFERENCE)).map((q) => q.id)).toEqual([]);
    // Death tolls and camp totals are disputed: they are never the answer to a quiz question.
    expect(quiz.filter((q) => /\d[\d,.]*\s*(million|thousand|000)/i.test(q.correct)).map((q) => q.id)).toEqual([]);
  });

  it('has cards for at least 8 historians, each naming a work and resting on the reference pages', () => {
    const ids = historianIds();
    expect(ids.length).toBeGreaterThanOrEqual(8);
    const cards = kb.people.filter((p) => ids.includes(p.id));
    expect(cards.map((p) => p.id).sort()).toEqual([...ids].sort());
    expect(cards.filter((p) => !p.sources.includes(REFERENCE)).map((p) => p.id)).toEqual([]);
    // A card says which work a student would cite: a year in brackets in the role.
    expect(cards.filter((p) => !/\(\d{4}/.test(p.role)).map((p) => p.id)).toEqual([]);
  });

  it('answers the questions students ask about the debates from the debates, not from a card or a guess', async () => {
    const { createCourseMatcher } = await import('../../src/matching/matcher.js');
    const matcher = createCourseMatcher(kb);
    const asked: [string, string][] = [
      ['what do historians say about the terror', 'terror-assessment-interpretations'],
      ['revisionist view of the terror', 'terror-assessment-getty'],
      ["conquest's view", 'terror-assessment-conquest'],
      ['interpretations of collectivisation', 'famine-historians'],
      ['historians views on the famine', 'interpretations-famine-debate'],
      ['was stalin really necesary', 'interpretations-stalin-necessary'],
      ['historians on the great retreat', 'interpretations-great-retreat'],
      ["fitzpatrick's view", 'interpretations-fitzpatrick'],
      ["kotkin's view of stalin", 'interpretations-kotkin'],
      ['what did davies and wheatcroft argue', 'interpretations-davies-wheatcroft'],
    ];
    const wrong = asked.flatMap(([q, id]) => {
      const r = matcher.match(q);
      return r.status === 'answered' && r.entry?.id === id ? [] : [`${q} → ${r.entry?.id ?? r.status}`];
    });
    expect(wrong).toEqual([]);
  });
});
