// The first things a Year-9 student new to the topic asks (a beginner's trial, December 2026): each gets a plain
// card or the entry that answers it, not a neighbour sharing a word ("what is communism" is not War Communism).
import { describe, expect, it } from 'vitest';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real));

const answerTo = (q: string) => matcher.match(q).entry;

describe('a beginner’s first questions', () => {
  it('get a plain card for the words the course takes for granted', () => {
    for (const [q, id] of [
      ['what is communism', 'term-communism'],
      ['what is socialism', 'term-socialism'],
      ['what is capitalism', 'term-capitalism'],
      ['what is the difference between communism and capitalism', 'nep-communism-capitalism'],
      ['what does soviet mean', 'term-soviet'],
      ['what is a bolshevik', 'term-bolsheviks'],
      ['what is the communist party', 'term-communist-party'],
      ['what is the central committee', 'term-central-committee'],
      ['whats the red army', 'term-red-army'],
      ['what is a peasant', 'term-peasant'],
      ['what is the proletariat', 'term-proletariat'],
      ['what is a comrade', 'term-comrade'],
    ] as const)
      expect(answerTo(q)?.id, q).toBe(id);
  });

  it('learn what the USSR was, when it began, and how it differs from Russia', () => {
    for (const q of ['what is the ussr', 'when was the ussr created', 'when did the ussr start']) expect(answerTo(q)?.id, q).toBe('stalinism-what-was-ussr');
    expect(answerTo('what is the ussr')?.answer).toMatch(/December 1922[\s\S]*Russia was by far the largest/);
    expect(answerTo('whats the difference between russia and the ussr')?.id).toBe('stalinism-russia-and-ussr');
  });

  it('are told that the tsar and the revolutions of 1917 come before the course', () => {
    for (const q of ['who was the tsar', 'what was the russian revolution of 1917', 'what was the october revolution']) {
      const card = answerTo(q);
      expect(card?.id, q).toBe('term-russian-revolution');
      expect(card?.answer).toMatch(/background to the course/);
    }
  });

  it('hear that the Communist Party was the only party allowed', () => {
    expect(answerTo('what is the communist party')?.answer).toMatch(/only party allowed/);
  });

  it('reach the entries that already answer them: Stalin’s name and origins, the famine, the NKVD, the kulaks, his rise', () => {
    for (const q of ['why is he called stalin', "what was stalin's real name", 'was stalin russian']) {
      const entry = answerTo(q);
      expect(entry?.id, q).toBe('lenin-legacy-stalin-background');
      expect(entry?.answer).toMatch(/Dzhugashvili[\s\S]*Georgian, not Russian[\s\S]*man of steel/);
    }
    // The famine itself, not the Ukrainian name for it (the Holodomor's card).
    for (const q of ['what was the famine', 'what is the famine']) expect(['term-famine-1932-33', 'famine-what-was-it'], q).toContain(answerTo(q)?.id);
    expect(answerTo('why was there a famine')?.id).toBe('famine-causes');
    expect(answerTo('what does nkvd stand for')?.answer).toMatch(/People's Commissariat of Internal Affairs/);
    expect(answerTo('wat happend to the kulacks')?.id).toBe('collectivisation-dekulakisation');
    // No single date: the entry on the stages of his rise says so.
    const takeover = answerTo('what year did stalin take over');
    expect(takeover?.id).toBe('power-struggle-stages');
    expect(takeover?.answer).toMatch(/not take over on a single day/);
  });
});
