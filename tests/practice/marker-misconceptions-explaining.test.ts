// A head of history's blind trial of /practice (P1, P2, P3, P5): a common misconception /ask corrects is a fact to
// check in an answer too, with /ask's own correction; a point only named as a cause ("because he wanted to control the
// peasants", "because of local officials") is stated, not explained; full marks never sit beside "most of your points
// are only stated". The answers are our own, written as the teacher's were.
import { describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { PRACTICE_MESSAGES } from '../../src/messages.js';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const ESSAY = 'pq-terror-assessment-essay-paranoia';
const WHY = 'pq-collectivisation-explain-why';
/** Marked with a sentence after it that carries nothing on (the helper's padding starts "This is…", which would). */
const markAlone = (id: string, answer: string) => real.marker.mark(practiceQuestion(real.kb, id), `${answer} Many other things also happened in those years.`);
const correctionOf = (id: string) => real.kb.misconceptions?.find((m) => m.id === id)?.correction ?? '';

describe('a misconception /ask corrects is a fact to check (P3)', () => {
  it("flags the teacher's sentence on Beria with the correction /ask gives, and credits no point from it", () => {
    const r = real.mark(ESSAY, 'The NKVD under Beria carried out the mass operations of 1937. Beria ran the Terror at its height and Stalin signed the lists.');
    const flagged = r.wrong.filter((w) => w.right === correctionOf('beria-started-the-terror'));
    expect(flagged.map((w) => w.quote)).toEqual(['Beria ran the Terror at its height and Stalin signed the lists.']);
    expect(r.made.filter((m) => m.sentence === flagged[0]?.sentence)).toEqual([]);
    expect(real.checks(ESSAY, 'Beria ran the Terror at its height.').join('\n')).toContain('Beria did not start or run the Great Terror');
  });

  it('does not flag Beria rightly placed, a denial, or a sentence that calls it a myth', () => {
    for (const answer of [
      'Beria took over the NKVD from Yezhov on 25 November 1938, and the mass arrests soon stopped.',
      'Yezhov ran the Terror at its height, and Beria only took over in late 1938.',
      'Beria did not start the Terror.',
      'Many people wrongly believe that Beria ran the Terror.',
    ])
      expect(real.mark(ESSAY, answer).wrong, answer).toEqual([]);
  });

  it('does not flag words of a misconception spread over the clauses of a long sentence', () => {
    const answer = 'After Lenin died in 1924 Stalin joined with Zinoviev and Kamenev to form a triumvirate against Trotsky.';
    expect(real.mark('pq-power-struggle-explain-why-won', answer).wrong.filter((w) => (real.kb.misconceptions ?? []).some((m) => m.correction === w.right))).toEqual([]);
  });

  it('counts like the other wrong facts: with three others it holds an essay at the middle level', () => {
    const body =
      'Stalin was deeply suspicious of his old rivals, and the show trials of Zinoviev, Kamenev and Bukharin removed every leader who might replace him. ' +
      'After Kirov was murdered in 1936, Stalin became convinced that enemies were everywhere. ' +
      'Yagoda replaced Yezhov in 1938 when Stalin decided the purges had gone too far. ' +
      'About 20 million people were executed in 1937-38, which shows how far the killing went. ';
    const r = real.marker.mark(practiceQuestion(real.kb, ESSAY), `${body}Beria ran the Terror at its height.`);
    expect(r.wrong.length).toBeGreaterThanOrEqual(4);
    expect(r.wrong.some((w) => w.right === correctionOf('beria-started-the-terror'))).toBe(true);
    expect(r.level).toBeLessThanOrEqual(3);
  });
});

describe('a point only named as a cause is stated, not explained (P1, P5)', () => {
  it('"because he wanted to control the peasants" explains nothing; saying what control gave the state does', () => {
    const bare = markAlone(WHY, 'Stalin introduced collectivisation because he wanted to control the peasants.');
    expect(bare.made.map((m) => [m.point.id, m.explained])).toEqual([['control', false]]);
    const explained = markAlone(WHY, 'Stalin wanted control of the villages, so that party officials could take the grain the towns and the army needed.');
    expect(explained.made.find((m) => m.point.id === 'control')?.explained).toBe(true);
  });

  it('"because of local officials" explains nothing; what the officials did and what it led to does', () => {
    const q = 'pq-interpretations-totalitarian';
    const bare = markAlone(q, 'Revisionists like Getty think the Terror happened because of local officials.');
    expect(bare.made.map((m) => [m.point.id, m.explained])).toEqual([['revisionists', false]]);
    const explained = markAlone(q, 'Revisionists such as Getty argued that local officials acted on their own, so arrests ran far beyond the quotas Moscow had set.');
    expect(explained.made.find((m) => m.point.id === 'revisionists')?.explained).toBe(true);
  });
});

describe('full marks never beside most points only stated (P2)', () => {
  const STRONG =
    'The grain procurement crisis of 1927-28 showed Stalin that the peasants would not sell enough grain to the state, so he needed collective farms that would deliver a reliable supply of grain to the towns and the army. ' +
    'Grain taken from the farms could be sold abroad to pay for industrialisation, which meant that the Five-Year Plan could buy foreign machines and build new factories. ' +
    'Stalin also saw farming as backward, with small strips. Communists saw the kulaks as capitalists. Stalin wanted control of the villages. More efficient farms would free peasants to move to the towns. ' +
    'Overall the grain crisis was the main reason, because without grain the plans for industry would fail and the cities would starve.';

  it('an answer at the top level with most points only stated is held below full marks, and told to explain one', () => {
    const r = real.marker.mark(practiceQuestion(real.kb, WHY), STRONG);
    expect(r.level).toBe(4);
    expect(r.explained).toBeLessThan(r.made.length / 2);
    expect(r.mark).toBe(r.maxMark - 1);
    expect(r.next.kind).toBe('explain-point');
  });

  it('at full marks the Explaining line does not call the other points only stated', () => {
    expect(PRACTICE_MESSAGES.explaining(4, 6, true)).not.toContain('only stated');
    expect(PRACTICE_MESSAGES.explaining(4, 6, false)).toContain('only stated');
    const r = real.marker.mark(practiceQuestion(real.kb, WHY), STRONG);
    const field = feedbackParts(real.kb, { ...r, mark: r.maxMark }).fields?.find((f) => f.name === PRACTICE_MESSAGES.explainingField);
    expect(field?.value).toContain('enough for full marks');
  });
});
