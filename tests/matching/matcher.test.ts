import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerableEntries, type AnswerEntry } from '../../src/knowledge/answerable.js';
import { createMatcher, type Matcher } from '../../src/matching/matcher.js';
import { MATCHER_DEFAULTS } from '../../src/matching/defaults.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createMatcher(answerableEntries(await loadFixtureKnowledge()));
});

describe('the /ask matcher', () => {
  it('answers the right entry however the question is phrased', () => {
    for (const q of ['why did stalin end the nep', 'Why did Stalin scrap the NEP?', 'whu did stallin get rid of the nep', 'Explain why the NEP was ended.'])
      expect(matcher.match(q), q).toMatchObject({ status: 'answered', entry: { id: 'nep-ended' } });
  });

  it('offers the entry close behind an answer when the question could mean either', () => {
    // "why nep": why it was brought in, or why it was ended?
    expect(matcher.match('why nep')).toMatchObject({ status: 'answered', entry: { id: 'nep-why-introduced' }, alternatives: [{ id: 'nep-ended' }] });
    expect(matcher.match('why did stalin end the nep').alternatives).toEqual([]);
  });

  it('answers "who was" questions from the people and terms', () => {
    expect(matcher.match('who was lenin')).toMatchObject({ status: 'answered', entry: { id: 'person-lenin' } });
    expect(matcher.match('nepmen?')).toMatchObject({ status: 'answered', entry: { id: 'term-nepmen' } });
  });

  it('refuses questions outside the course, including near misses', () => {
    for (const q of ['who was hitler', 'what happened at stalingrad', 'when did stalin die', 'what did khrushchev say in 1956', 'how do you make pancakes'])
      expect(matcher.match(q), q).toMatchObject({ status: 'unknown', entry: null });
  });

  it('says the question is empty when nothing is left after normalising', () => {
    for (const q of ['', '   ', '???', '@everyone', '🙂🙂', '**__**'])
      expect(matcher.match(q), q).toMatchObject({ status: 'unknown', reason: 'empty' });
  });

  it('takes small numbers alone for no question ("1", "2 3"), but numbers typed as a sum for one ("what was 2+2=5", the slogan)', () => {
    for (const q of ['1', '2 3']) expect(matcher.match(q).reason, q).toBe('empty');
    for (const q of ['what was 2+2=5', '2+2=5']) expect(matcher.match(q).reason, q).not.toBe('empty');
  });

  it('reads only the start of a very long question, and says so', () => {
    const r = matcher.match(`why did stalin end the nep ${'blah '.repeat(1000)}`);
    expect(r.truncated).toBe(true);
    expect(r.query.length).toBe(MATCHER_DEFAULTS.maxQueryLength);
  });

  it('never throws and always returns a valid result, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'grapheme', maxLength: 300 }), fc.array(fc.constantFrom('nep', 'stalin', 'why', '1921', '@everyone', '**', 'ё', '😀', ' '), { maxLength: 60 }).map((w) => w.join(' '))), (q) => {
        const r = matcher.match(q);
        expect(['answered', 'unsure', 'unknown']).toContain(r.status);
        expect(r.confidence).toBeGreaterThanOrEqual(0);
        expect(r.confidence).toBeLessThanOrEqual(1);
        expect(r.suggestions.length).toBeLessThanOrEqual(MATCHER_DEFAULTS.maxSuggestions);
        if (r.status === 'answered') expect(r.entry).not.toBeNull();
        else expect(r.entry).toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a one-word name of the course against a rare everyday word', () => {
  const entry = (id: string, question: string, phrasings: string[], answer: string): AnswerEntry => ({
    id, topic: id.split('-')[0] ?? '', question, phrasings, answer, related: [], sources: [], kind: 'question',
  });
  // Ten entries name the gulag, so its name alone would weigh little beside "costs", which only two use.
  const aspects = ['location', 'guards', 'labour', 'rations', 'growth', 'inmates', 'escapes', 'transport', 'climate', 'closure'];
  const entries = [
    ...aspects.map((a, i) => entry(`gulag-${i}`, `What about the gulag's ${a}?`, [`gulag ${a}`], 'Inmates of the labour camps.')),
    entry('gulag-economy', 'Did the gulag pay for itself?', ['gulag economics', 'was the gulag profitable'], 'No: the camps cost more to run than their prisoners produced.'),
    entry('industry-costs', 'What were the costs of industrialisation?', ['costs of industrialisation', 'industrialisation human costs'], 'Low wages, hunger and accidents.'),
  ];
  it('reads the question as about the name: "the costs of the gulag" are the gulag’s, not industry’s', () => {
    const matcher = createMatcher(entries, { courseNames: ['gulag'] });
    expect(matcher.rank('what were the costs of the gulag').candidates[0]?.entry.id).toBe('gulag-economy');
  });
});

describe('a patronymic alone', () => {
  const person = (id: string, name: string, aliases: string[]): AnswerEntry => ({
    id: `person-${id}`, topic: 't', question: `Who was ${name}?`, phrasings: [name, ...aliases], answer: `${name} was a person of the course.`, related: [], sources: [], kind: 'person', names: [name, ...aliases],
  });
  const entries = [
    person('postyshev', 'Pavel Postyshev', ['Postyshev', 'Pavel Petrovich Postyshev']),
    person('yezhov', 'Nikolai Yezhov', ['Yezhov', 'Nikolai Ivanovich Yezhov']),
    person('lenin', 'Vladimir Lenin', ['Lenin', 'Vladimir Ilyich Lenin', 'Ilyich']),
  ];
  const matcher = createMatcher(entries);

  it('names no one: the people so named are suggested, none chosen', () => {
    for (const q of ['petrovich', 'who was petrovich', 'ivanovich']) expect(matcher.match(q), q).toMatchObject({ status: 'unsure', entry: null });
    expect(matcher.match('petrovich').suggestions.map((s) => s.id)).toContain('person-postyshev');
  });

  it('still finds the person by the whole name, and by a middle name that is a name of its own too ("Ilyich")', () => {
    expect(matcher.match('who was pavel petrovich postyshev')).toMatchObject({ status: 'answered', entry: { id: 'person-postyshev' } });
    expect(matcher.match('ilyich')).toMatchObject({ status: 'answered', entry: { id: 'person-lenin' } });
  });
});
