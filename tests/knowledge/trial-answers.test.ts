// Wrong answers that blind trials of /ask left (scratch s32), put right in the fact base: what was "new" about the
// NEP, "revolution" in plain words, who ran Kazakhstan in the famine, books asked for by their titles, and full
// Russian names with the patronymic.
import { describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { booksOf } from '../../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { createInMemoryMissedQuestions } from '../../src/missed/missed-questions.js';
import { answeredEntryId, answerOf, useRealMatcher } from '../helpers/knowledge.js';
import { TRIAL_MORNING, useRealApp } from '../helpers/conversation.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

/** The entry /ask answers with (undefined when it does not answer). */
const answeredWith = (q: string) => answeredEntryId(matcher, q);

describe('what was "new" about the New Economic Policy', () => {
  it.each(['why is it called new', 'why was it called the New Economic Policy', 'what was new about the NEP'])('%s', (q) => {
    expect(answeredWith(q)).toBe('nep-why-new');
    const answer = answerOf(matcher, q);
    // New against War Communism: a market, private trade, a tax in kind instead of requisitioning.
    for (const fact of [/War Communism/, /tax in kind replaced requisitioning/, /market/, /private\s+trade/]) expect(answer).toMatch(fact);
  });
});

describe('"revolution" asked in plain words', () => {
  it.each(['what does revolution mean', 'what is a revolution', 'revolution meaning'])('%s gets the plain meaning, not permanent revolution', (q) => {
    expect(answeredWith(q)).toBe('term-revolution');
    expect(answerOf(matcher, q)).toMatch(/^A sudden, deep change in who holds power/);
  });

  it('keeps the named revolutions on their own entries', () => {
    expect(answeredWith('what was permanent revolution')).toBe('power-struggle-permanent-revolution');
    expect(answeredWith('what was the cultural revolution')).toBe('culture-cultural-revolution');
    expect(answeredWith('what was the russian revolution')).toBe('term-russian-revolution');
  });

  describe('as /ask replies in a channel', () => {
    let app: App;
    const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
    useRealApp((real) => ({ app } = real), { missed: createInMemoryMissedQuestions(), now: TRIAL_MORNING });

    it('answers "what does revolution mean" with the card, not a course card for another revolution', async () => {
      const reply = await app.router.runCommand('ask', { options: { question: 'what does revolution mean' } }, ctx);
      expect(reply?.title).toBe('What was meant by "revolution"?');
    });
  });
});

describe('who ran Kazakhstan during the famine', () => {
  it.each(['who ran Kazakhstan during the famine', 'who was in charge of Kazakhstan in the famine'])('%s: Goloshchekin, not the famine’s name', (q) => {
    expect(answeredWith(q)).toBe('person-goloshchekin');
    expect(answerOf(matcher, q)).toMatch(/From 1925 to 1933 he led the\s+party in Kazakhstan/);
  });

  it('still answers the famine itself with the famine', () => {
    expect(answeredWith('kazakh famine')).not.toBe('person-goloshchekin');
    expect(answeredWith('why did so many kazakhs die')).toBe('famine-kazakhstan');
  });
});

describe('books asked for by their titles', () => {
  it('reads the titles a role names after "author of", an apostrophe inside a title and all', () => {
    expect(booksOf("Social historian, author of 'Stalin's Peasants' (1994) and 'Everyday Stalinism' (1999)")).toEqual(["Stalin's Peasants", 'Everyday Stalinism']);
    // Quotation marks that name no book of the person's: no titles.
    expect(booksOf("Former Moscow party official whose 1932 'Ryutin Platform' attacked Stalin's leadership")).toEqual([]);
  });

  it.each([
    ['what is Bloodlands', 'Snyder'],
    ['who wrote bloodlands', 'Snyder'],
    ['who wrote the harvest of sorrow', 'Conquest'],
    ['who wrote the great terror', 'Conquest'],
    ['who wrote magnetic mountain', 'Kotkin'],
    ['who wrote everyday stalinism', 'Fitzpatrick'],
    ["who wrote stalin's peasants", 'Fitzpatrick'],
    ['who wrote origins of the great purges', 'Getty'],
    ['who wrote the revolution betrayed', 'Trotsky'],
  ])('%s → %s', (q, author) => {
    const answer = answerOf(matcher, q);
    expect(answer).toMatch(new RegExp(author));
  });

  it('answers "who wrote" every book a historian’s card names with that historian, but one title two share in all but order', () => {
    // "Gulag: A History" (Applebaum) and "The History of the Gulag" (Khlevniuk) are the same words to the matcher.
    const sameWords = new Set(['Gulag: A History']);
    const wrong = kb.people.flatMap((p) =>
      booksOf(p.role)
        .filter((b) => !sameWords.has(b))
        .filter((b) => !answerOf(matcher, `who wrote ${b}`).includes(p.name.split(' ').at(-1) ?? p.name))
        .map((b) => `${b} (${p.name})`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('a full Russian name, with the patronymic', () => {
  it.each([
    ['who was nikolai ivanovich bukharin', 'person-bukharin'],
    ['who was Lavrentiy Pavlovich Beria', 'person-beria'],
    ['stalin iosif vissarionovich', 'person-stalin'],
    ['who was vyacheslav mikhailovich molotov', 'person-molotov'],
    ['who was pavel petrovich postyshev', 'person-postyshev'],
  ])('%s', (q, card) => {
    expect(answeredWith(q)).toBe(card);
  });

  it('chooses no one for a patronymic alone, and suggests the people so named', () => {
    for (const q of ['petrovich', 'petrovih', 'who was ivanovich']) expect(matcher.match(q).status, q).toBe('unsure');
    expect(matcher.match('ivanovich').suggestions.map((s) => s.id)).toEqual(expect.arrayContaining(['person-bukharin', 'person-yezhov']));
    // "Ilyich" alone is what Lenin was called.
    expect(answeredWith('ilyich')).toBe('person-lenin');
  });
});
