// The cards a balance audit found missing: the historians the famine and nationalities debates rely on, the
// national leaders in Ukraine and Kazakhstan, the grain commissions of late 1932 on the Molotov and Kaganovich
// cards, Kazakhstan on Stalin's card, and how the voice says the names added with them.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { createRespeller } from '../../src/voice/pronunciations.js';
import { answerOf, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

/** The answer /ask gives, failing the test when it gives none. */
const answerTo = (question: string): string => answerOf(matcher, question);

const card = (id: string): string => {
  const person = kb.people.find((p) => p.id === id);
  expect(person, id).toBeDefined();
  return `${person?.role ?? ''} ${person?.summary ?? ''}`;
};

describe('the historians of the famine and nationalities debates', () => {
  // Each asked as a student would, answered with the card: the main book and year and the view in brief.
  const cases: [question: string, facts: RegExp[]][] = [
    ['who was graziosi', [/Great Soviet Peasant War \(1996\)/, /autumn of 1932/, /genocide/]],
    ['who is terry martin', [/The\s+Affirmative Action Empire/, /2001/, /Ukrainisation/]],
    ['who is sarah cameron', [/The Hungry\s+Steppe/, /2018/, /1930–33/, /1\.5\s+million/]],
    ['who is timothy snyder', [/Bloodlands/, /2010/, /Polish operation/]],
    ['who is naimark', [/Stalin's Genocides \(2010\)/, /broader definition/]],
    ['who was kulchytsky', [/Anatomy of the Holodomor/, /2018/, /genocide/]],
    ['who is michael ellman', [/Europe-Asia Studies/, /2007/, /Davies and Wheatcroft/]],
  ];
  for (const [question, facts] of cases) {
    it(`answers "${question}" with the historian's card, book, year and view`, () => {
      const answer = answerTo(question);
      for (const fact of facts) expect(answer, question).toMatch(fact);
    });
  }

  it('finds a Ukrainian historian under the other ways his name is spelt', () => {
    for (const question of ['who is kulchitsky', 'what did kulchytskyi argue']) expect(answerTo(question)).toMatch(/Stanislav Kulchytsky/);
  });
});

describe('the national leaders in Ukraine and Kazakhstan', () => {
  it('tells who Skrypnyk was: education commissar, Ukrainisation, and his suicide in July 1933', () => {
    const answer = answerTo('who was skrypnyk');
    expect(answer).toMatch(/Commissar for Justice[^.]*Education \(1927–33\)/);
    expect(answer).toMatch(/Ukrainisation/);
    expect(answer).toMatch(/shot himself in Kharkiv on\s+7 July 1933/);
  });

  it('tells who Goloshchekin was: party chief in Kazakhstan 1925–33, the settling of the nomads, shot in 1941', () => {
    const answer = answerTo('who was goloshchekin');
    expect(answer).toMatch(/From 1925 to 1933 he led the\s+party in Kazakhstan/);
    expect(answer).toMatch(/forced settlement of the nomadic herders/);
    expect(answer).toMatch(/28 October 1941/);
    expect(answerTo('who was goloshchyokin')).toBe(answer);
  });
});

describe('the leaders’ cards', () => {
  it('sends Molotov to Ukraine and Kaganovich to the North Caucasus and Ukraine in late 1932', () => {
    expect(card('molotov')).toMatch(/October 1932[^.]*commission sent to Ukraine/);
    expect(card('kaganovich')).toMatch(/November 1932[^.]*commission sent to the North\s+Caucasus/);
    expect(card('kaganovich')).toMatch(/in December he went to Ukraine/);
  });

  it('names Kazakhstan’s famine of 1930–33 on Stalin’s card, not a famine of 1932–33 alone', () => {
    const stalin = answerTo('who was stalin');
    expect(stalin).toMatch(/famines of 1930–33 in Kazakhstan and of 1932–33 in Ukraine/);
    expect(stalin).not.toMatch(/including the famine of 1932–33/);
  });
});

describe('how the voice says the names added today', () => {
  const names = [
    'Voroshilov', 'Mikoyan', 'Litvinov', 'Dzerzhinsky', 'Menzhinsky', 'Khrushchev', 'Lysenko', 'Akhmatova', 'Pasternak',
    'Bulgakov', 'Mandelstam', 'Kosior', 'Postyshev', 'Chicherin', 'Krzhizhanovsky', 'Voznesensky', 'Mezhlauk', 'Timoshenko',
    'Kalinin', 'Asharshylyk', 'Goloshchekin', 'Skrypnyk', 'Graziosi', 'Kulchytsky', 'Naimark',
  ];

  it('has a respelling for every one, read in place of the written name', () => {
    const listed = new Set(kb.pronunciations.map((p) => p.word.toLowerCase()));
    expect(names.filter((n) => !listed.has(n.toLowerCase()))).toEqual([]);
    const respell = createRespeller(kb.pronunciations);
    const said = respell('Skrypnyk in Ukraine, Goloshchekin in Kazakhstan; Krzhizhanovsky and Graziosi\'s essay.');
    expect(said).toBe('Skrip nick in Ukraine, Gollosh chokin in Kazakhstan; Ker zhee zhah noff skee and Grah tsee oh zee\'s essay.');
  });
});

describe('a namesake of a historian', () => {
  it('refuses "who is David Cameron" (a prime minister, not the historian of the Kazakh famine)', () => {
    expect(matcher.match('who is david cameron').status).toBe('unknown');
    expect(matcher.match('who is sarah cameron').entry?.id).toBe('person-sarah-cameron');
  });
});
