// A course person who is also another period's (Khrushchev), or the threat the USSR faced (Hitler), in the real fact
// base: named with a later year that one entry names too, the question is the course's; refused, the course's entries
// that involve them are offered (A-level trial, F6).
import { beforeAll, describe, expect, it } from 'vitest';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let matcher: Matcher;
beforeAll(async () => {
  matcher = createCourseMatcher(await loadRealKnowledge());
}, 120_000);

describe('a course person named with a later year, and Hitler', () => {
  it('answers Khrushchev with 1956 by the entry that names both, the Secret Speech', () => {
    for (const q of ['what did khrushchev say about stalin in 1956', 'what did khrushchev say in 1956'])
      expect(matcher.match(q), q).toMatchObject({ status: 'answered', entry: { id: 'terror-assessment-khrushchev-speech' } });
  });

  it('refuses Khrushchev with a year no entry gives him, offering his card; Hitler, offering the Pact', () => {
    const later = matcher.match('what did khrushchev do in 1962');
    expect(later.status).toBe('unknown');
    expect(later.unfamiliar?.involving).toContain('person-khrushchev');
    const hitler = matcher.match('who was hitler');
    expect(hitler.status).toBe('unknown');
    expect(hitler.unfamiliar?.involving).toContain('stalinism-nazi-soviet-pact');
  });

  it('offers nothing for another subject the course never meets, nor beside one ("Hitler and Goebbels")', () => {
    for (const q of ['who was goebbels', 'what was the cold war', 'hitler and goebbels'])
      expect(matcher.match(q).unfamiliar?.involving, q).toBeUndefined();
  });
});
