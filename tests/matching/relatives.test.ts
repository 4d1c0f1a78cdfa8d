// A possessive relative ("Stalin's wife") names that relative, read from the person cards (src/matching/relatives.ts):
// "how did Stalin's wife die" asks how Nadezhda Alliluyeva died, not how Stalin did.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createRelativeReader } from '../../src/matching/relatives.js';
import { PLAIN_LEXICON } from '../../src/matching/vocabulary.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

/** A person card as the fact base gives one: its names, and its role in the phrasing "Name: role". */
const card = (id: string, name: string, aliases: string[], role: string): AnswerEntry => ({
  id: `person-${id}`, topic: 't', question: `Who was ${name}?`, phrasings: [name, ...aliases, `${name}: ${role}`], answer: '', related: [], sources: [], kind: 'person', names: [name, ...aliases],
});

describe('reading a possessive relative from the cards', () => {
  const read = createRelativeReader(
    [
      card('alliluyeva', 'Nadezhda Alliluyeva', ["Stalin's wife"], "Stalin's second wife, who took her own life in 1932"),
      card('mandelstam-n', 'Nadezhda Mandelstam', [], "Osip Mandelstam's wife, who saved his poems"),
      card('a', 'Anna Example', [], "Ivan Example's daughter, a teacher"),
      card('b', 'Bella Example', [], "Ivan Example's daughter, a doctor"),
    ],
    PLAIN_LEXICON.termsOf,
  );

  it("puts the relative's name in place of the possessive, by an alias or by the role, typed with or without the apostrophe", () => {
    expect(read('how did stalin wife die')).toBe('how did nadezhda alliluyeva die');
    expect(read('how did stalins wife die')).toBe('how did nadezhda alliluyeva die');
    expect(read('who was stalin second wife')).toBe('who was nadezhda alliluyeva');
    expect(read('who was mandelstam wife')).toBe('who was nadezhda mandelstam');
    expect(read('who was osip mandelstam wife')).toBe('who was nadezhda mandelstam');
  });

  it('leaves the question as typed where no one card fits', () => {
    // No card for the son; two for the daughter; the question's "first" wife is not the card's "second".
    for (const q of ['how did stalin son die', 'who was ivan example daughter', 'who was stalin first wife', 'how did stalin die']) expect(read(q), q).toBe(q);
  });
});

describe('asked of the real fact base', () => {
  let kb: KnowledgeBase;
  let matcher: Matcher;
  beforeAll(async () => {
    kb = await loadRealKnowledge();
    matcher = createCourseMatcher(kb);
  });

  it("answers how Stalin's wife died with her suicide in 1932, and how Stalin died with his own death", () => {
    for (const q of ["how did stalin's wife die", 'how did stalins wife die', 'how did Stalin’s wife die?']) {
      const answer = askQuestion(matcher, q).primary;
      expect(answer.entry?.id, q).toBe('terror-origins-wife-suicide');
      expect(answer.entry?.answer, q).toMatch(/Alliluyeva, shot herself in November 1932/);
    }
    expect(askQuestion(matcher, 'how did stalin die').primary.entry?.id).toBe('stalinism-stalin-death');
    expect(askQuestion(matcher, "who was stalin's wife").primary.entry?.id).toBe('person-alliluyeva');
  });

  it("reads another man's wife the same way: Lenin's wife is Krupskaya, not Lenin", () => {
    expect(askQuestion(matcher, "how did lenin's wife die").primary.entry?.id).toBe('person-krupskaya');
    expect(askQuestion(matcher, "who was mandelstam's wife").primary.entry?.id).toBe('person-nadezhda-mandelstam');
  });
});
