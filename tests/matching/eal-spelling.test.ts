// Students with English as an additional language: letters of their alphabets, names spelt the way their
// language spells them, and calques of their languages' phrasings (the EAL trial, scratch s31).
import { describe, expect, it } from 'vitest';
import type { AnswerEntry } from '../../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { matchReply } from '../../src/commands/ask.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { normaliseText } from '../../src/matching/normalise.js';
import { createSpeller } from '../../src/matching/spelling.js';
import { transliterationKeys } from '../../src/matching/spelling-transliteration.js';
import { MESSAGES } from '../../src/messages.js';
import { answeredEntryId, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

/** The id of the entry /ask answers with, or undefined when it does not answer. */
const answered = (q: string) => answeredEntryId(matcher, q);

describe('letters that Unicode decomposition leaves whole', () => {
  it('folds them to the letters an English keyboard has, instead of cutting the word in two', () => {
    expect(normaliseText('Kołchoz')).toBe('kolchoz');
    expect(normaliseText('Mołotow')).toBe('molotow');
    expect(normaliseText('Straße Øresund Æsop Œuvre Đilas Işık')).toBe('strasse oresund aesop oeuvre dilas isik');
  });

  it('reads Polish spellings with ł as the course words they are', () => {
    expect(answered('what is kołchoz')).toMatch(/kolkhoz/);
    expect(answered('who were kułacy')).toMatch(/kulak/);
  });

  it('never quotes the pieces of a word cut at a letter it cannot read', () => {
    // "kolхoz" with a Cyrillic х, as a Russian keyboard left switched on types it.
    const reply = matchReply({ kb, matcher }, matcher.match('what is the kolхoz ziqqurbat'));
    expect(reply.body).not.toMatch(/“kol”|“oz”/);
    expect(reply.body).toContain('“ziqqurbat”');
  });
});

describe('course names spelt the way another language spells them', () => {
  it.each([
    ['who was Jeżow', /yezhov/],
    ['who was Ejov', /yezhov/],
    ['who was Iagoda', /yagoda/],
    ['what was the ejovschina', /yezhovshchina/],
    ['Tuhacevski why was executed', /tukhachevsky/],
    ['what means colhoz', /kolkhoz/],
    ['Buhalin is who', /bukharin/],
    ['who was Trocki', /trotsky/],
    ['who was Kirow', /kirov/],
  ])('%s', (question, entry) => {
    expect(answered(question)).toMatch(entry);
  });

  it('gives the Polish, Romanian and English spellings of a name one skeleton', () => {
    const english = (w: string) => transliterationKeys(w)[0];
    expect(transliterationKeys('trocki')).toContain(english('trotsky'));
    expect(transliterationKeys('jezow')).toContain(english('yezhov'));
    expect(transliterationKeys('ejov')).toContain(english('yezhov'));
    expect(transliterationKeys('tuchaczewski')).toContain(english('tukhachevsky'));
    expect(transliterationKeys('buhalin', { lr: true })).toContain(english('bukharin'));
    expect(transliterationKeys('buhalin')).not.toContain(english('bukharin'));
  });

  const card = (id: string, name: string): AnswerEntry => ({
    id, topic: 't', question: `Who was ${name}?`, phrasings: [name], answer: `${name} was a person of the course.`, related: [], sources: [], kind: 'person', names: [name],
  });
  const speller = createSpeller(
    [card('yezhov', 'Yezhov'), card('bukharin', 'Bukharin'), card('carr', 'Carr'), card('york', 'York'), card('anne', 'Anne'), card('hugo', 'Hugo'), card('nadya', 'Nadya'), card('moshe', 'Moshe')],
    new Set(['khrushchev']),
  );

  it('reads a word as a course name only when it is no English word', () => {
    expect(speller.spell('jezow')).toBe('yezhov');
    expect(speller.spell('buharin')).toBe('bukharin');
    for (const w of ['church', 'yoga', 'chess', 'jury', 'kitchen', 'which', 'chorus', 'bucharest', 'yes', 'hazard']) expect(speller.spell(w)).not.toMatch(/^(yezhov|bukharin|carr|york|anne)$/);
  });

  it('leaves rare words alone that only a short name shares a skeleton with', () => {
    // "orts" and "york", "haar" and "carr", "jane" and "anne" meet in the skeleton: short names are not read so.
    expect(speller.spell('orts')).not.toBe('york');
    expect(speller.spell('haar')).not.toBe('carr');
    expect(speller.spell('jane')).not.toBe('anne');
    // "Hugo" keeps a skeleton of four letters ("kugo"), which "chugo" shares: still not read as the short name.
    expect(speller.spell('chugo')).not.toBe('hugo');
  });

  it('reads a typed word of four letters as a name only when it has a letter another script puts there', () => {
    // "Nada", "mose" are words of other languages, though "Nadya" and "Moshe" shrink to their skeletons.
    expect(speller.spell('nada')).not.toBe('nadya');
    expect(speller.spell('mose')).not.toBe('moshe');
    expect(speller.spell('ejov')).toBe('yezhov');
  });
});

describe('a refused word close to a course name', () => {
  it('offers the name and its card instead of blaming the spelling', () => {
    const result = matcher.match('who was Jezhof');
    expect(result.status).toBe('unknown');
    const reply = matchReply({ kb, matcher }, result);
    expect(reply.body).toMatch(/did you mean [^?]*Yezhov\?/);
    expect(reply.body).not.toMatch(/check the spelling/);
    expect(reply.buttons?.map((b) => b.action)).toContain('ask:person-yezhov');
  });

  it('reads a word beside a dash, as phones type it, as a whole word', () => {
    for (const q of ['Jezhof—who was he', 'Jezhof–who was he', 'Jezhof…who was he']) {
      const reply = matchReply({ kb, matcher }, matcher.match(q));
      expect(reply.buttons?.map((b) => b.action), q).toContain('ask:person-yezhov');
    }
  });

  it('says kindly that it does not know a word near no course name, and shows no button', () => {
    const reply = matchReply({ kb, matcher }, matcher.match('what was the zqxwv'));
    expect(reply.body).toBe(MESSAGES.askUnknownWords(['zqxwv']));
    expect(reply.body).toMatch(/^I don't know the word “zqxwv”/);
    expect(reply.body).toMatch(/try the English spelling/);
    expect(reply.buttons ?? []).toEqual([]);
  });
});

describe('calques and false friends', () => {
  it('reads "efficient" as effective', () => {
    expect(answered('the cult of personality was it efficient?')).toBe(answered('the cult of personality was it effective?'));
    expect(answered('how efficient was propaganda')).toBe(answered('how effective was propaganda'));
  });

  it('reads "the 30s" and "30s years" as the 1930s, and leaves "30 years" alone', () => {
    expect(normaliseText('women in 30s years')).toBe('women in 1930s');
    expect(normaliseText('in the 30s')).toBe('in the 1930s');
    expect(normaliseText("in the 30's")).toBe('in the 1930s');
    expect(normaliseText("the 1930's")).toBe('the 1930s');
    expect(normaliseText('for 30 years')).toBe('for 30 years');
    expect(answered('how was situation of women in 30s years')).toBe(answered('how was situation of women in 1930s'));
  });

  it('reads the Five-Year Plan calqued or named in another language', () => {
    const plan = answered('what was the five year plan');
    expect(plan).toBeDefined();
    expect(answered('what was the plan of five years')).toBe(plan);
    expect(answered('what was the five years plan')).toBe(plan);
    expect(answered('what was the plan cincinal')).toBe(plan);
  });

  it('reads a light verb before a policy, "bring the …" and "how was it made" as English says them', () => {
    expect(answered('why stalin make collectivisation')).toBe(answered('why did stalin collectivise'));
    expect(answered('why lenin bring the NEP')).toBe(answered('why did lenin bring in the NEP'));
    expect(answered('how the collectivisation has been made')).toBe(answered('how was collectivisation carried out'));
    // "Made" ends other questions too: only "how was … made" asks how it was carried out, not "how much … made".
    expect(answered('What is the first mistake that Trotsky made?')).toMatch(/trotsky/);
    expect(answered('how much steel was made')).toBe(answered('how much steel was produced'));
    expect(answered('how much steel was made')).toBeDefined();
    expect(answered('how many tractors were made')).toBeDefined();
    // "Bring the" is "bring in" only in a why-question: "what did the plans bring the workers" asks what they gave.
    expect(answered('what did the five year plans bring the workers')).not.toMatch(/why/);
  });
});

describe('course words written in the learner\'s own language', () => {
  it.each([
    ['kolektywizacja', 'collectivisation'],
    ['what was kolektywizacja', 'what was collectivisation'],
    ['kolektivizare', 'collectivisation'],
    ['colectivizarea', 'collectivisation'],
    ['colectivización', 'collectivisation'],
    ['Kollektivierung', 'collectivisation'],
    ['industrializacja', 'industrialisation'],
    ['industrializare', 'industrialisation'],
    ['industrialización', 'industrialisation'],
    ['Industrialisierung', 'industrialisation'],
    ['czystki', 'the purges'],
    ['Säuberungen', 'the purges'],
    ['what was the plan pięcioletni', 'what was the five year plan'],
    ['what was the Fünfjahresplan', 'what was the five year plan'],
    ['what was kułak', 'what was a kulak'],
    ['chiaburi', 'kulak'],
  ])('%s is read as "%s"', (question, english) => {
    expect(answered(question)).toBeDefined();
    expect(answered(question)).toBe(answered(english));
  });

  it('reads the famine and the show trials in Polish, Romanian, Spanish and German', () => {
    for (const q of ['głód', 'hambruna', 'Hungersnot', 'what was the foametea']) expect(answered(q), q).toMatch(/famine|holodomor/);
    expect(answered('what were the Schauprozesse')).toMatch(/show-trial/);
  });
});

describe('a question asked subject first, question word last', () => {
  it.each([
    ['gulag is what place', 'gulag-what-was'],
    ['NEP is what', 'nep-what-was'],
    ['collectivisation is what', 'collectivisation-what-was-it'],
    ['kulak is who', 'collectivisation-kulaks-who'],
    ['yezhov is who', 'person-yezhov'],
  ])('%s', (question, entry) => {
    expect(answered(question)).toBe(entry);
  });
});
