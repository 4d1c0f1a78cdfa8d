// Slips left from the last session in /practice's marking: true statements put under "Facts to check" (a date read
// from what a fact says was ordered, a statement about "they" taken for another man's fact, a view of an idea taken for
// belief in it) and a factor said to be "never a minor factor" read as a minor one. Each answer is our own; each test
// asserts the fact to check or the point a student would see.
import { describe, expect, it } from 'vitest';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const { made, checks } = real;
const PLANS = 'pq-five-year-plans-how-successful-first';
const WON = 'pq-power-struggle-explain-why-won';
const IDEAS = 'pq-power-struggle-more-important-ideas';

describe('what a fact says was meant to happen dates no happening (the First Plan "ordered to be completed", December 1929)', () => {
  it('leaves the First Plan declared complete in January 1933 alone, on any question', () => {
    for (const id of [PLANS, WON, 'pq-five-year-plans-account-three']) {
      expect(checks(id, 'The First Plan was declared complete in January 1933.'), id).toEqual([]);
      expect(checks(id, 'The First Plan was declared complete in 1933.'), id).toEqual([]);
    }
  });

  it('still flags the order given another year, and the Plan said to be finished early, with what is right', () => {
    expect(checks(PLANS, 'The First Plan was ordered to be completed in four years in 1931.').join('\n')).toContain('December 1929');
    // Before, 1929 passed as the order's year; the Plan ran to December 1932.
    expect(checks(PLANS, 'The First Plan was completed in 1929.').join('\n')).toContain('January 1933');
    expect(checks(PLANS, 'The First Plan was complete in 1931 because the workers worked very hard.').join('\n')).toContain('January 1933');
  });
});

describe('"they" names no one: a fact about another man is not what the sentence says', () => {
  it('leaves "they lost their Politburo seats in 1926" alone (Trotsky, Zinoviev and Kamenev did; Bukharin lost his in 1929)', () => {
    expect(checks(WON, 'All three lost their Politburo seats in 1926.')).toEqual([]);
    expect(checks(WON, 'They lost their Politburo seats in 1926.')).toEqual([]);
    expect(checks(WON, 'Bukharin lost his Politburo seat in 1926.').join('\n')).toContain('November 1929');
  });

  it('takes no sentence of a topic summary that gives a year for a fact to check, on any question of that topic', () => {
    const { kb, marker } = real;
    const wrong: string[] = [];
    for (const q of kb.practice) {
      const summary = kb.topics.find((t) => t.id === q.topic)?.summary ?? '';
      const sentences = summary.replace(/\s+/g, ' ').split(/(?<=[.!?])\s+(?=[A-Z])/).filter((s) => /\b1[89]\d\d\b/.test(s));
      for (const s of sentences) for (const w of marker.mark(q, s).wrong) wrong.push(`${q.id}: ${s} -> ${w.right ?? w.point.id}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000); // marks every dated sentence of every summary on each question of its topic
});

describe('what one man believed of the other\'s idea is no claim that he held it', () => {
  it('leaves Trotsky\'s view of Socialism in One Country and Stalin\'s of permanent revolution alone', () => {
    for (const answer of [
      'Trotsky believed socialism in one country would fail.',
      'Trotsky believed socialism in one country could never work.',
      'Trotsky thought socialism in one country was a betrayal of the revolution.',
      'Trotsky wanted socialism in one country replaced by permanent revolution.',
      'Stalin believed permanent revolution was too risky.',
    ])
      expect(checks(WON, answer), answer).toEqual([]);
  });

  it('still flags the idea given to the wrong man', () => {
    expect(checks(WON, 'Trotsky believed in socialism in one country.').join('\n')).toContain("Socialism in One Country was Stalin's idea");
    expect(checks(WON, 'Trotsky wanted socialism in one country.').join('\n')).toContain("Socialism in One Country was Stalin's idea");
    expect(checks(WON, 'Stalin wanted permanent revolution, so the party trusted him to spread communism.').join('\n')).toContain('Permanent revolution was Trotsky');
  });

  it('still flags the idea given to the wrong man where what he is said to have believed of it is in its favour', () => {
    for (const answer of ['Trotsky believed socialism in one country would work.', 'Trotsky believed socialism in one country was the best way forward.'])
      expect(checks(WON, answer).join('\n'), answer).toContain("Socialism in One Country was Stalin's idea");
    expect(checks(WON, 'Stalin believed permanent revolution was the answer.').join('\n')).toContain('Permanent revolution was Trotsky');
  });

  it('leaves a view that denies or faults the idea alone, in the verb or in words of fault, and not a "no" further on', () => {
    for (const answer of [
      'Stalin believed permanent revolution was unrealistic.',
      'Stalin thought permanent revolution was doomed.',
      'Trotsky believed socialism in one country would not work.',
      'Trotsky believed socialism in one country was a mistake.',
    ])
      expect(checks(WON, answer), answer).toEqual([]);
    expect(checks(WON, 'Trotsky believed socialism in one country would work with no help from abroad.').join('\n')).toContain("Socialism in One Country was Stalin's idea");
  });
});

describe('a negated word of little worth affirms the factor', () => {
  it('credits a point said to be "never", "not", "by no means" or "far from" a minor factor', () => {
    const goal = ': it gave members a patriotic goal after years of war.';
    for (const said of ['was never a minor factor', 'was not a minor factor', 'was by no means a minor factor', 'was far from a minor factor', 'was not a small reason'])
      expect(made(IDEAS, `Socialism in One Country ${said}${goal}`), said).toContain('socialism-one-country');
  });

  it('still credits no point said not to matter, "far from" too', () => {
    expect(made(IDEAS, 'Socialism in One Country was not the main reason he won.')).not.toContain('socialism-one-country');
    expect(made(IDEAS, 'Socialism in One Country was far from the main reason he won.')).not.toContain('socialism-one-country');
  });
});
