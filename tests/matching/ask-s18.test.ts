// What two blind users asked on 7 December 2026 (issue 12) and got wrong, each kind fixed in general: a misspelt
// Stalin beside Hitler, the kind of answer asked (why, when, how quickly, did it work) against the entry's own
// question, a broad judgement weighed in two entries, "what would a top answer on X include", who came after whom,
// and the war after June 1941.
import { describe, expect, it } from 'vitest';
import { askQuestion, offeredEntries } from '../../src/matching/ask-question.js';
import { intentsOf } from '../../src/matching/intent.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let matcher: Matcher;
useRealMatcher((real) => ({ matcher } = real), 60_000);

const answer = (q: string) => {
  const outcome = askQuestion(matcher, q);
  return { outcome, id: outcome.primary.status === 'answered' ? outcome.primary.entry?.id : undefined };
};

describe('Stalin misspelt beside Hitler', () => {
  it('is the course’s question, as it is spelt right', () => {
    expect(answer('was stallin worse than hitler').id).toBe('stalinism-compared-with-hitler');
    expect(answer('what did stallin think of hitler').outcome.primary.status).toBe('answered');
  });

  it('leaves a question about Hitler alone refused', () => {
    expect(answer('how did hitler reduce unemployment').outcome.primary.status).toBe('unknown');
  });
});

describe('the kind of answer asked', () => {
  it('gets the entry that gives it, not one on the same thing giving another kind', () => {
    expect(answer('why kill the army generals').id).toBe('terror-assessment-why-army-purge');
    expect(answer('did the 5 yr plans work').id).toBe('industrialisation-how-far');
    expect(answer('culture socialist realism').id).toBe('culture-socialist-realism');
  });

  it('answers "when did it start" with the entry that dates it', () => {
    const { id } = answer('when did collectivisation start');
    expect(id).toBe('collectivisation-pace');
    expect(matcher.entry(id ?? '')?.answer).toMatch(/1929/);
  });

  it('reads "did X work" as asking whether it worked', () => {
    expect(intentsOf('did the five year plans work').has('judgement')).toBe(true);
    expect(intentsOf('did women work in factories').has('judgement')).toBe(false);
  });
});

describe('a judgement on Stalin’s economic policies', () => {
  it('is weighed by industrialisation’s judgement, with collectivisation’s a click away', () => {
    for (const q of [
      "'Stalin's economic policies were a success by 1941.' Assess the validity of this view.",
      "were stalin's economic policies a success by 1941",
      "how successful were Stalin's economic policies",
    ]) {
      const { outcome, id } = answer(q);
      expect(id, q).toBe('industrialisation-how-far');
      expect(offeredEntries(outcome.primary).map((e) => e.id), q).toContain('famine-how-far-strengthened');
    }
  });

  it('does not take another policy’s judgement for them', () => {
    expect(answer("were stalin's economic policies a success by 1941").id).not.toBe('society-education-success');
    expect(answer("how successful was stalin's education policy").id).toBe('society-education-success');
  });
});

describe('what a top answer on a subject includes', () => {
  it('gets the judgement an essay on it weighs, not what it was', () => {
    const { outcome, id } = answer('what would a top answer on collectivisation include');
    const shown = id ?? outcome.points[0]?.id;
    expect(shown).toBeDefined();
    expect(shown).not.toBe('collectivisation-what-was-it');
    expect(intentsOf(matcher.entry(shown ?? '')?.question ?? '').has('judgement')).toBe(true);
  });
});

describe('who came after a man', () => {
  it('gets the card of the one the person cards say came after him', () => {
    for (const q of ['who succeeded kirov', 'who replaced kirov', 'who succeeded kirov in leningrad', "who was kirov's successor", 'who was kirovs successor']) expect(answer(q).id, q).toBe('person-zhdanov');
    expect(answer('who replaced yagoda').id).toBe('person-yezhov');
    expect(answer('who replaced yezhov').id).toBe('person-beria');
    expect(answer('who succeeded frunze').id).toBe('person-voroshilov');
  });

  it('of several, the one whose card names the post asked, and none picked when nothing tells them apart', () => {
    expect(answer('who succeeded lenin as chairman of sovnarkom').id).toBe('person-rykov');
    expect(answer('who succeeded lenin').id).not.toBe('person-rykov');
  });
});

describe('the war after June 1941', () => {
  it('gets the entry saying the course ends there', () => {
    expect(answer('what happened to the USSR in the Second World War').id).toBe('stalinism-1941-invasion');
    expect(answer('how did the purges affect the ussr in ww2').id).toBe('terror-assessment-army-1941');
  });
});
