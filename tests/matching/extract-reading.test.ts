// A pasted interpretations question: each extract placed beside the historian of the fact base who argues as it does
// (a covering teacher pasted two extracts and got only general advice). The extracts here are written for the test.
import { describe, expect, it } from 'vitest';
import { extractsReply } from '../../src/commands/extracts-reply.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { placeExtracts, readExtracts } from '../../src/matching/extract-reading.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

const TOP_DOWN =
  'The Terror was not a blind, chaotic process. It was planned and directed from the centre. Stalin personally signed the lists of those to be shot and drove the purges forward to destroy any possible rival.';
const FROM_BELOW =
  'The purges grew out of confusion and conflict within the party. Regional party bosses, protecting their own circles, and pressure from below turned a campaign against a few enemies into a chaotic wave of denunciations that Moscow could not control.';
const TERROR_QUESTION = `Extract A: ${TOP_DOWN} Extract B: ${FROM_BELOW} With reference to these extracts and your understanding of the historical context, which of these two extracts provides the more convincing interpretation of the causes of the Great Terror? [25 marks]`;

const cards = () => kb.people.flatMap((p) => {
  const card = matcher.entry(`person-${p.id}`);
  return card ? [{ card, topics: p.topics }] : [];
});
const placedAs = (question: string) => {
  const read = readExtracts(question);
  if (!read) throw new Error('no extracts read');
  return placeExtracts(matcher, cards(), read).map((p) => [p.extract.label, p.historian?.card.id]);
};

describe('reading pasted extracts', () => {
  it('finds each extract with its label and keeps the question asked of them apart', () => {
    const read = readExtracts(TERROR_QUESTION);
    expect(read?.extracts.map((e) => e.label)).toEqual(['Extract A', 'Extract B']);
    expect(read?.extracts[1]?.text).not.toMatch(/With reference/);
    expect(read?.asking).toMatch(/^With reference to these extracts.*causes of the Great Terror/);
  });

  it('reads numbered extracts and interpretations too, and nothing in a question without pasted extracts', () => {
    expect(readExtracts(`Interpretation 1: ${TOP_DOWN} Interpretation 2: ${FROM_BELOW} How convincing are these interpretations?`)?.extracts.map((e) => e.label)).toEqual(['Interpretation 1', 'Interpretation 2']);
    expect(readExtracts('Is Extract A more convincing than Extract B about the Terror?')).toBeUndefined();
    // A label named again in the question is a mention of it, not a third extract.
    const mentioned = readExtracts(`Extract A: ${TOP_DOWN} Extract B: ${FROM_BELOW} With reference to Extract A and Extract B, which provides the more convincing interpretation of the Terror?`);
    expect(mentioned?.extracts.map((e) => e.label)).toEqual(['Extract A', 'Extract B']);
    expect(mentioned?.asking).toMatch(/^With reference to Extract A and Extract B.*convincing interpretation of the Terror/);
    expect(readExtracts(`Extract A: ${TOP_DOWN} Extract B: ${FROM_BELOW} How far do you agree with Extract A that Stalin was responsible?`)?.extracts).toHaveLength(2);
    expect(readExtracts('How convincing is the view that the Terror was planned by Stalin?')).toBeUndefined();
  });

  it("places a top-down extract beside Conquest and one stressing chaos and regional bosses beside Getty", () => {
    expect(placedAs(TERROR_QUESTION)).toEqual([
      ['Extract A', 'person-conquest'],
      ['Extract B', 'person-getty'],
    ]);
  });

  it('names no historian for an extract no card argues, and the one an extract names itself', () => {
    const q = `Extract A: The weather in the autumn of that year was unusually mild and the trains mostly ran on time between the towns. Extract B: As Sheila Fitzpatrick puts it, ${FROM_BELOW} Which extract is more convincing?`;
    expect(placedAs(q)).toEqual([
      ['Extract A', undefined],
      ['Extract B', 'person-fitzpatrick'],
    ]);
  });
});

describe('the reply to a pasted interpretations question', () => {
  it("says where each extract stands, leaves the judgement to the student, and offers the debate and the method", () => {
    const read = readExtracts(TERROR_QUESTION);
    const reply = read && extractsReply(kb, matcher, read)?.reply;
    expect(reply?.title).toBe('Where the extracts stand in the debate');
    expect(reply?.body).toMatch(/for you to judge/);
    expect(reply?.body).toMatch(/\*\*Extract A\*\* argues much as \*\*Robert Conquest\*\*/);
    expect(reply?.body).toMatch(/\*\*Extract B\*\* argues much as \*\*J\. Arch Getty\*\*/);
    const buttons = reply?.buttons?.map((b) => b.label) ?? [];
    expect(buttons.some((b) => /interpretations of the Terror/i.test(b))).toBe(true);
    expect(buttons.some((b) => /extracts or interpretations/i.test(b))).toBe(true);
    expect(reply?.body.length).toBeLessThanOrEqual(2000);
  });
});
