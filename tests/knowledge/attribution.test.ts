// An A-level teacher's blind trial: a death toll, a historian's judgement or a "first" is given as a student
// must write it in an essay, with whose figure or model it is, and the debates answer the questions asked of them.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

/** The answer of the question with this id (fails the test when it is gone). */
function answer(id: string): string {
  const entry = kb.questions.find((q) => q.id === id);
  if (!entry) throw new Error(`no question ${id}`);
  return entry.answer;
}

describe('figures and judgements say whose they are', () => {
  it("gives the Terror's older estimates as Conquest's, dated, against the NKVD's own count", () => {
    for (const id of ['terror-assessment-death-toll', 'great-terror-how-many']) {
      const text = answer(id);
      expect(text, id).toMatch(/Conquest/);
      expect(text, id).toMatch(/1968/);
      expect(text, id).toMatch(/Reassessment \(1990\)/);
      expect(text, id).toContain('681,692');
      // The course notes' unattributed "10–15 million" is gone.
      expect(text, id).not.toMatch(/10–15 million/);
    }
  });

  it('names the historians behind the famine death tolls', () => {
    const text = answer('famine-death-toll');
    expect(text).toMatch(/Davies and Stephen Wheatcroft \(The Years of Hunger, 2004\)/);
    expect(text).toMatch(/Conquest \(The Harvest of Sorrow, 1986\)/);
    expect(text).toMatch(/Ellman \(2005\)/);
    expect(text).not.toMatch(/some accounts go as high as 10 million/);
  });

  it("brings Lenoe's archive study into the Kirov debate and gives him a card", () => {
    expect(answer('terror-origins-stalin-order-kirov')).toMatch(/Lenoe.*Kirov Murder and Soviet History \(2010\)/);
    expect(kb.people.find((p) => p.id === 'lenoe')?.role).toMatch(/Kirov Murder and Soviet History' \(2010\)/);
  });

  it('calls Soviet Russia the first country in the world, not only in Europe, to legalise abortion', () => {
    const texts = [...kb.questions.map((q) => q.answer), ...kb.topics.map((t) => t.summary), ...kb.events.map((e) => e.title)];
    expect(texts.filter((t) => /first European country/.test(t))).toEqual([]);
  });

  it("gives Friedrich and Brzezinski's six features as their model, not as a fact", () => {
    expect(answer('stalinism-totalitarian')).toMatch(/on their model, Stalin's USSR had all six/);
  });
});

describe("the trial's questions about historians reach the entry that answers them", () => {
  it('routes each to its debate or card', async () => {
    const { createCourseMatcher } = await import('../../src/matching/matcher.js');
    const matcher = createCourseMatcher(kb);
    const asked: [string, string][] = [
      ['did kotkin think lenins testament was fake', 'interpretations-kotkin'],
      ['what does khlevniuk say about kirovs murder', 'interpretations-khlevniuk'],
      ['what did trotsky say about stalin in revolution betrayed', 'interpretations-power-struggle'],
      ['totalitarian vs revisionist', 'stalinism-totalitarian'],
      ['when was yezhov appointed head of the nkvd', 'great-terror-yezhov-role'],
    ];
    const wrong = asked.flatMap(([q, id]) => {
      const r = matcher.match(q);
      return r.status === 'answered' && r.entry?.id === id ? [] : [`${q} → ${r.entry?.id ?? r.status}`];
    });
    expect(wrong).toEqual([]);
  });
});
