// A person's name that is an everyday English word ("Ward", "Pipes") names them only when the question shows
// it means them: "what is a hospital ward" is not about the historian Chris Ward (src/matching/name-words.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import { createCourseMatcher, createMatcher, type Matcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

describe('a name that is an everyday word, in the fact base', () => {
  let matcher: Matcher;
  // Loading the fact base and building the index takes seconds on a busy 2-core machine.
  beforeAll(async () => {
    matcher = createCourseMatcher(await loadRealKnowledge());
  }, 60_000);

  it('is the historian when the question shows it: capitalised, with the first name, beside words of history writing, or asked alone', () => {
    for (const [q, id] of [
      ['what did Pipes argue about the revolution', 'person-pipes'],
      ['what did pipes argue about the revolution', 'person-pipes'],
      ['richard pipes', 'person-pipes'],
      ['who was pipes', 'person-pipes'],
      ['what did Ward argue', 'person-chris-ward'],
      ['what did the historian ward write', 'person-chris-ward'],
    ] as const)
      expect(matcher.match(q), q).toMatchObject({ status: 'answered', entry: { id } });
  });

  it('is the everyday word otherwise: refused outside the course, never the card in a history question', () => {
    for (const q of ['what is a hospital ward', 'how do water pipes work', 'WHAT IS A HOSPITAL WARD', 'what is a viola'])
      expect(matcher.match(q), q).toMatchObject({ status: 'unknown', entry: null });
    for (const q of ['how were pipes laid in magnitogorsk', 'what was the civil service like']) {
      const r = matcher.match(q);
      expect([r.entry, ...r.suggestions, ...r.alternatives].map((e) => e?.id), q).not.toEqual(expect.arrayContaining([expect.stringMatching(/^person-(pipes|service)$/)]));
    }
  });
});

describe('a name that is an everyday word, read from the word list', () => {
  const person = (id: string, name: string, aliases: string[], summary: string): AnswerEntry => ({
    id: `person-${id}`, topic: 'historians', question: `Who was ${name}?`, phrasings: [name, ...aliases, `${name}: historian`], answer: summary,
    related: [], sources: [], kind: 'person', names: [name, ...aliases],
  });
  const entries: AnswerEntry[] = [
    // No list in code names "teapot": it is everyday English, so the name is read with care.
    person('teapot', 'Jane Teapot', ['Teapot'], 'Jane Teapot is a historian of Soviet housing. Teapot argued that flats were shared.'),
    { id: 'housing-flats', topic: 'society', question: 'What were communal flats like?', phrasings: ['kommunalka', 'communal flats'], answer: 'Families shared a kitchen and a bathroom.', related: [], sources: [], kind: 'question' },
  ];
  const matcher = createMatcher(entries, { historians: { 'person-teapot': [] }, historianViewWords: ['argue'] });

  it('names the person with a capital in mid-sentence, the first name, or a word of history writing', () => {
    for (const q of ['what about Teapot', 'jane teapot', 'what did teapot argue', 'teapot'])
      expect(matcher.match(q), q).toMatchObject({ status: 'answered', entry: { id: 'person-teapot' } });
  });

  it('does not otherwise: a word in lower case, first in a sentence, a quotation or a list\'s line, or in a question all in capitals', () => {
    for (const q of ['what about teapot', 'WHAT ABOUT TEAPOT', 'Teapot in communal flats', 'how do you make a pot of tea in a teapot', '‘Teapot’ what about it', '- Teapot, what about it'])
      expect(matcher.match(q).entry?.id, q).not.toBe('person-teapot');
    expect(matcher.match('teapots in communal flats').entry?.id).toBe('housing-flats');
  });
});
