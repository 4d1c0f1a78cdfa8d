// Scheduling with FSRS, over days of a fake calendar: what a student notices is when a card comes back.
import { describe, expect, it } from 'vitest';
import { addCard, addMisses, dueKeys, gradeCard, newCard, nextDue, parseCardKey, previewGrades } from '../../src/review/cards.js';
import type { ReviewDeckCards } from '../../src/store/study-schema.js';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6, 9);

describe('review scheduling', () => {
  it('brings a card answered Good back later than one answered Again, and Easy later still', () => {
    const card = newCard(START);
    const again = gradeCard(card, 'again', START);
    const hard = gradeCard(card, 'hard', START);
    const good = gradeCard(card, 'good', START);
    const easy = gradeCard(card, 'easy', START);
    expect(again.due).toBeLessThan(good.due);
    expect(hard.due).toBeLessThanOrEqual(good.due);
    expect(good.due).toBeLessThan(easy.due);
    expect(again.due - START).toBeLessThan(10 * 60_000); // minutes, not days
    expect(easy.due - START).toBeGreaterThanOrEqual(DAY);
  });

  it('spaces the reviews of a card remembered every time further and further apart, over weeks', () => {
    let card = newCard(START);
    let now = START;
    const gaps: number[] = [];
    for (let i = 0; i < 6; i++) {
      card = gradeCard(card, 'good', now);
      gaps.push(card.due - now);
      now = card.due; // reviewed the moment it is due
    }
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]).toBeGreaterThan(gaps[i - 1] ?? 0);
    expect(now - START).toBeGreaterThan(14 * DAY);
  });

  it('brings a forgotten card back within minutes, and counts the lapse', () => {
    let card = newCard(START);
    let now = START;
    for (let i = 0; i < 4; i++) {
      card = gradeCard(card, 'good', now);
      now = card.due;
    }
    const lapsed = gradeCard(card, 'again', now);
    expect(lapsed.lapses).toBe(1);
    expect(lapsed.due - now).toBeLessThan(60 * 60_000);
    expect(gradeCard(card, 'good', now).due - now).toBeGreaterThan(DAY);
  });

  it('gives the same dates for the same answers (no random fuzz)', () => {
    const a = gradeCard(gradeCard(newCard(START), 'good', START), 'good', START + 3 * DAY);
    const b = gradeCard(gradeCard(newCard(START), 'good', START), 'good', START + 3 * DAY);
    expect(a).toEqual(b);
  });

  it('previews when each grade would bring the card back, in order', () => {
    const p = previewGrades(newCard(START), START);
    expect(p.again).toBeLessThan(p.good);
    expect(p.good).toBeLessThan(p.easy);
  });
});

describe('a deck', () => {
  it('takes a miss as a new card due at once, and a miss of a card already there as forgotten', () => {
    const deck: ReviewDeckCards = {};
    expect(addMisses(deck, ['quiz/q1', 'quiz/q2', 'quiz/q1'], START)).toBe(2);
    expect(dueKeys(deck, START)).toEqual(['quiz/q1', 'quiz/q2']);
    deck['quiz/q1'] = gradeCard(deck['quiz/q1'] ?? newCard(START), 'easy', START);
    expect(dueKeys(deck, START + 60_000)).toEqual(['quiz/q2']);
    expect(addMisses(deck, ['quiz/q1'], START + DAY)).toBe(0);
    expect(deck['quiz/q1']?.lapses).toBe(1);
    expect(nextDue(deck)).toBe(START);
  });

  it('keeps a Remember this card once, and makes room in a full deck by dropping the best-known card', () => {
    const deck: ReviewDeckCards = {};
    expect(addCard(deck, 'note/a', START, 2)).toBe(true);
    expect(addCard(deck, 'note/a', START, 2)).toBe(false);
    addCard(deck, 'note/b', START, 2);
    deck['note/b'] = gradeCard(deck['note/b'] ?? newCard(START), 'easy', START);
    addCard(deck, 'note/c', START, 2);
    expect(Object.keys(deck).sort()).toEqual(['note/a', 'note/c']);
  });

  it('reads card keys, and refuses what is none', () => {
    expect(parseCardKey('quiz/nep-q1')).toEqual({ kind: 'quiz', ref: 'nep-q1' });
    expect(parseCardKey('note/person-lenin')).toEqual({ kind: 'note', ref: 'person-lenin' });
    expect(parseCardKey('other/x')).toBeUndefined();
    expect(parseCardKey('quiz/')).toBeUndefined();
  });

  it('keeps "constructor" and "__proto__" as ordinary card keys', () => {
    const deck: ReviewDeckCards = {};
    addMisses(deck, ['__proto__', 'constructor'], START);
    expect(Object.keys(deck).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(deck)).toBe(Object.prototype);
  });
});

describe('a clock set back', () => {
  it('reviews a card as of its last review rather than failing', () => {
    const reviewed = gradeCard(newCard(START), 'good', START + DAY);
    const again = gradeCard(reviewed, 'again', START);
    expect(again.lastReview).toBe(START + DAY);
    expect(addMisses({ 'quiz/q': reviewed }, ['quiz/q'], START)).toBe(0);
  });
});
