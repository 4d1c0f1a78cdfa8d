// Who held which post, 1924–41, and the people cards added with them: /ask answers a plain question about a
// post with the entry on that post, and the dates students will copy into their notes are the checked ones.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

const REFERENCE = 'ref-office-holders';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 120_000);

const question = (id: string) => {
  const q = kb.questions.find((e) => e.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const person = (id: string) => {
  const p = kb.people.find((e) => e.id === id);
  if (!p) throw new Error(`no person ${id}`);
  return p;
};
/** An answer or summary with its line breaks folded, so a date split over two lines still reads as one. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The questions /ask got wrong: each asked question with the entry it answered with, or how it failed. */
function wrongAnswers(asked: readonly (readonly [string, string])[]): string[] {
  return asked.flatMap(([q, id]) => {
    const r = matcher.match(q);
    return r.status === 'answered' && r.entry?.id === id ? [] : [`${q} → ${r.entry?.id ?? r.status}`];
  });
}

describe('who held which post, 1924–41', () => {
  it('answers plain questions about a post with the entry on that post', () => {
    expect(
      wrongAnswers([
        ['who held the top posts in the ussr', 'stalinism-top-posts'],
        ['who was the soviet prime minister in the 1930s', 'stalinism-head-of-government'],
        ['who became head of the government when lenin died', 'stalinism-head-of-government'],
        ['who was the soviet head of state', 'stalinism-head-of-state'],
        ['who was the soviet foreign minister in 1939', 'stalinism-foreign-affairs'],
        ['who was commissar for defence in 1938', 'stalinism-defence'],
        ['who ran the secret police in 1934', 'terror-origins-police-chiefs'],
        ['who was head of the ogpu', 'terror-origins-police-chiefs'],
        ['who was in charge of gosplan', 'industrialisation-gosplan-chairmen'],
        ['who was commissar for heavy industry', 'industrialisation-industry-chiefs'],
        ["what was stalin's official title", 'lenin-legacy-stalin-posts'],
      ]),
    ).toEqual([]);
  });

  it('still answers "what was Gosplan" and "what was the NKVD" from the entries on what they were', () => {
    expect(
      wrongAnswers([
        ['what was gosplan', 'industrialisation-gosplan'],
        ['when did the ogpu become the nkvd', 'terror-origins-ogpu-nkvd'],
      ]),
    ).toEqual([]);
  });

  it('gives the checked years for each head of the government, the police, foreign affairs and defence', () => {
    const government = flat(question('stalinism-head-of-government').answer);
    expect(government).toMatch(/Rykov succeeded him in February 1924/);
    expect(government).toMatch(/until December 1930/);
    expect(government).toMatch(/until 6 May 1941, when Stalin took the post himself/);

    const police = flat(question('terror-origins-police-chiefs').answer);
    for (const date of [/Cheka in December 1917/, /died in July 1926/, /death in May 1934/, /In July 1934 the OGPU was merged into the NKVD/, /Yezhov in September 1936/, /25 November 1938/])
      expect(police).toMatch(date);

    const foreign = flat(question('stalinism-foreign-affairs').answer);
    expect(foreign).toMatch(/July 1930 by his deputy Maxim Litvinov/);
    expect(foreign).toMatch(/On 3 May 1939 Stalin dismissed him and gave the post to Molotov/);

    const defence = flat(question('stalinism-defence').answer);
    expect(defence).toMatch(/until January 1925, when Mikhail Frunze replaced him/);
    expect(defence).toMatch(/in November 1925 Kliment Voroshilov/);
    expect(defence).toMatch(/Timoshenko in May 1940/);

    const overview = flat(question('stalinism-top-posts').answer);
    for (const name of ['Rykov', 'Molotov', 'Kalinin', 'Dzerzhinsky', 'Menzhinsky', 'Yagoda', 'Yezhov', 'Beria', 'Chicherin', 'Litvinov', 'Frunze', 'Voroshilov', 'Timoshenko', 'Kuibyshev', 'Ordzhonikidze'])
      expect(overview).toContain(name);
  });

  it('rests every post entry on the checked reference lists', () => {
    const ids = ['stalinism-top-posts', 'stalinism-head-of-government', 'stalinism-head-of-state', 'stalinism-foreign-affairs', 'stalinism-defence', 'lenin-legacy-stalin-posts', 'terror-origins-police-chiefs', 'industrialisation-industry-chiefs', 'industrialisation-gosplan-chairmen'];
    expect(ids.filter((id) => !question(id).sources.includes(REFERENCE))).toEqual([]);
  });
});

describe('people cards for those who held the posts, and for writers the course names', () => {
  it('answers "who was …" for each new card', () => {
    const ids = ['voroshilov', 'mikoyan', 'litvinov', 'dzerzhinsky', 'menzhinsky', 'lysenko', 'akhmatova', 'pasternak', 'bulgakov', 'mandelstam', 'kosior', 'postyshev'];
    expect(wrongAnswers(ids.map((id) => [`who was ${id}`, `person-${id}`] as const))).toEqual([]);
  });

  it('gives each card its key dates as checked', () => {
    const dates: [string, RegExp[]][] = [
      ['voroshilov', [/October 1925/, /Marshals of the Soviet Union in 1935/, /May 1940/]],
      ['litvinov', [/July 1930/, /On 3 May 1939 Stalin dismissed him/]],
      ['dzerzhinsky', [/December 1917/, /February 1924/, /20 July 1926/]],
      ['menzhinsky', [/July 1926/, /10 May 1934/]],
      ['mikoyan', [/August 1926/, /full member from 1935/]],
      ['mandelstam', [/November 1933/, /arrested in May 1934/, /In May 1938 he was arrested again/, /transit camp near Vladivostok on 27 December 1938/]],
      ['kosior', [/July 1928/, /January 1938/, /shot on 26 February 1939/]],
      ['postyshev', [/January 1933/, /shot on 26 February 1939/]],
      ['bulgakov', [/18 April 1930/, /March 1940/]],
      ['akhmatova', [/October 1935/, /again in 1938/, /1935–40/]],
      ['lysenko', [/In 1938 he became president of the Lenin Academy/, /arrested in 1940/]],
      ['khrushchev', [/Industrial Academy in Moscow in 1929/, /January 1938 he replaced Kosior/, /February 1956/]],
    ];
    const wrong = dates.flatMap(([id, patterns]) => patterns.filter((p) => !p.test(flat(person(id).summary))).map((p) => `${id}: ${p}`));
    expect(wrong).toEqual([]);
  });

  it('rests each new card on the checked reference pages, and says in its role when the person mattered', () => {
    const ids = ['voroshilov', 'mikoyan', 'litvinov', 'khrushchev', 'dzerzhinsky', 'menzhinsky', 'lysenko', 'akhmatova', 'pasternak', 'bulgakov', 'mandelstam', 'kosior', 'postyshev'];
    expect(ids.filter((id) => !person(id).sources.includes(REFERENCE))).toEqual([]);
    // The role is shown under the name: a year in it tells a student when the person mattered.
    expect(ids.filter((id) => !/\b19\d\d\b/.test(person(id).role))).toEqual([]);
  });
});

describe('a card whose name is also another period\'s word', () => {
  it('answers "who was Khrushchev?" with his card, and still refuses his later years', () => {
    for (const q of ['who was khrushchev', 'Khrushchev', 'who was Nikita Khrushchev?']) expect(matcher.match(q).entry?.id, q).toBe('person-khrushchev');
    expect(matcher.match("what was khrushchev's virgin lands campaign").status).toBe('unknown');
    expect(matcher.match('what did khrushchev do in 1962').status).toBe('unknown');
    // A later year one entry gives him is the course's (the Secret Speech of 1956: A-level trial F6).
    expect(matcher.match('what did khrushchev say in 1956').entry?.id).toBe('terror-assessment-khrushchev-speech');
  });
});
