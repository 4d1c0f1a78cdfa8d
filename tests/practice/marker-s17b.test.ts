// Slips a head of history found marking two A-level paragraphs (an essay on why collectivisation came, an answer on
// Getty's extract): a true sentence on Getty's view of the toll put "on the wrong side of the debate", a claim that
// Stalin always planned to crush the peasants corrected as if it said he led the October Revolution, 'Dizzy with
// Success' given a wrong year with no fact to check, the evidence for Getty's side and the points after a corrected
// clause not credited, a point credited from the closing verdict's bare mention, a point explained with "which
// suggests that" called only stated, and a sweeping claim with no evidence passed in silence. Each answer is our own;
// each test asserts what a student would see.
import { describe, expect, it } from 'vitest';
import { practiceQuestion } from '../helpers/knowledge.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const { made, checks } = real;
const GETTY = 'pq-terror-assessment-extract-getty';
const THREE = 'pq-terror-assessment-three-extracts-causes';
const WHY = 'pq-collectivisation-essay-industry';

/** The answer marked as written (no padding: where its last sentence stands matters). */
const markWhole = (id: string, answer: string) => real.marker.mark(practiceQuestion(real.kb, id), answer);

describe('a historian given their own view is not put on the wrong side (a three-extracts point challenges its own extract\'s historian)', () => {
  it('leaves Getty\'s view that the older estimates are too high alone, and credits the archive figure', () => {
    const answer = 'Getty held that the old estimates of many millions of victims are too high, and the NKVD\'s own records of about 680,000 people shot in 1937–38 bear him out.';
    expect(checks(GETTY, answer)).toEqual([]);
    expect(made(GETTY, answer)).toContain('figures');
    expect(checks(THREE, 'Extract B is convincing on the toll: Getty says estimates of many millions are too high, and the NKVD records count about 680,000 shot in 1937-38.')).toEqual([]);
  });

  it('still puts a historian given the other side\'s view right', () => {
    expect(checks(GETTY, 'Getty argued that the Terror was Stalin\'s own project, directed from the top.').join('\n')).toContain('wrong side of the debate');
    expect(checks(GETTY, 'Conquest argued that the Terror was driven from below by local officials.').join('\n')).toContain('puts Conquest on the wrong side of the debate');
  });
});

describe('a correction is about what the sentence says', () => {
  it('corrects "Stalin had always planned to crush the peasants from 1917" with the NEP, not with the October Revolution', () => {
    const found = checks(WHY, 'Stalin had always planned to crush the peasantry from 1917 onwards, which is why he forced them into collective farms.').join('\n');
    expect(found).toContain('backed the NEP');
    expect(found).not.toContain('October Revolution');
  });

  it('still corrects a claim that Stalin led the October Revolution, and leaves the NEP years and a far-off ideal alone', () => {
    expect(checks(WHY, 'Stalin led the Bolsheviks in the October Revolution of 1917.').join('\n')).toContain('Lenin led the Bolsheviks');
    expect(checks(WHY, 'Stalin backed the NEP until the grain crisis of 1927-28 and then turned on the peasants.')).toEqual([]);
    expect(checks(WHY, 'Stalin had always wanted collective farming as a far-off ideal, but in the mid-1920s he backed the NEP.')).toEqual([]);
  });

  it('credits what the sentence\'s other clauses say: the ideology and the kulaks after a corrected clause', () => {
    const answer = 'Stalin had always planned to destroy the peasantry from 1917 onwards, and the kulaks were seen as capitalists, so their liquidation as a class was announced in December 1929.';
    expect(checks(WHY, answer).join('\n')).toContain('backed the NEP');
    expect(made(WHY, answer)).toEqual(expect.arrayContaining(['ideology', 'kulaks']));
  });
});

describe('a dated event of the notes is checked wherever the sentence names it ("\'Dizzy with Success\', published in Pravda in March 1931")', () => {
  it('gives the article\'s date where a year is wrong, though the sentence names the article before saying it was published', () => {
    for (const answer of [
      'The chaos forced Stalin to call a halt in \'Dizzy with Success\', published in Pravda in March 1931.',
      'The retreat came when Stalin\'s article \'Dizzy with Success\' was published in Pravda in 1932.',
    ])
      expect(checks(WHY, answer).join('\n'), answer).toContain('March 1930');
  });

  it('leaves the right year alone', () => {
    expect(checks(WHY, 'The chaos forced Stalin to call a halt in \'Dizzy with Success\', published in Pravda in March 1930.')).toEqual([]);
  });
});

describe('evidence for an extract\'s argument is credited as its own point', () => {
  it('credits the centre\'s weak grip on regional bosses (family circles, the checks of party documents) apart from the NKVD quotas', () => {
    const answer =
      'Party bosses in Smolensk kept family circles of clients that Moscow could not reach, and the 1935 check of party documents showed how weak central control was. Regional NKVD chiefs also asked for their quotas to be raised.';
    expect(made(GETTY, answer)).toEqual(expect.arrayContaining(['centre-regions', 'quotas-raised']));
  });
});

describe('an essay\'s closing verdict that only names a point does not make it', () => {
  const body =
    'Collectivisation was brought in above all to pay for industry. Grain exports earned the foreign currency to buy Western machinery, so the peasants paid for the First Five-Year Plan. ' +
    'The kulaks were seen as capitalists in the village, and their liquidation as a class was announced in December 1929, so ideology mattered too. ';

  it('does not credit control of the peasants from a last line that only names it, but the verdict stays supported', () => {
    const r = markWhole(WHY, `${body}Overall, paying for industry was the main reason, though it went with the regime's wish to control the peasantry.`);
    expect(r.made.map((m) => m.point.id)).not.toContain('control');
    expect(r.judgement?.reached).toBe(true);
    expect(r.judgement?.supported).toBe(true);
  });

  it('credits it where the answer makes it before the verdict', () => {
    const r = markWhole(
      WHY,
      `${body}The grain crisis of 1927–28 had shown that the peasants could hold the regime to ransom, so collective farms were a way to control the peasants. Overall, paying for industry was the main reason, though it went with the regime's wish to control the peasantry.`,
    );
    expect(r.made.map((m) => m.point.id)).toContain('control');
  });
});

describe('"which suggests that…" explains a point', () => {
  it('counts the quotas point as explained and does not ask for it to be explained again', () => {
    const r = markWhole(
      GETTY,
      'Getty is partly convincing. Local NKVD chiefs asked for their quotas to be raised, which suggests that pressure from below made the purges worse. However, Stalin signed lists of thousands to be shot, so the extract underrates him. Overall the extract is only partly convincing because the archives show Stalin in charge.',
    );
    expect(r.made.find((m) => m.point.id === 'quotas-raised')?.explained).toBe(true);
    expect(r.next).not.toEqual(expect.objectContaining({ kind: 'explain-point', point: expect.objectContaining({ id: 'quotas-raised' }) }));
  });

  it('does not ask the answer to add a point it made with a wrong date (Order 00447 "in July 1938")', () => {
    const r = markWhole(
      GETTY,
      'The extract is partly convincing, because local officials drove much of the Terror, but it underrates Stalin. Local NKVD chiefs asked for their quotas to be raised, which suggests that pressure from below made the purges worse. ' +
        'Denunciations of neighbours and forced confessions made arrests snowball, so the Terror gained a momentum of its own. However, the mass operations were launched by NKVD Order No. 00447 in July 1938 with quotas for each region, which shows that the centre set the pace. ' +
        'Stalin signed lists of thousands of people to be shot, so he directed it personally. Overall the extract is only partly convincing, because the archives show Stalin in charge even though local officials widened the Terror.',
    );
    expect(r.wrong.map((w) => w.correction?.when ?? '').join(' ')).toContain('July 1937');
    expect(r.next.kind).toBe('add-point');
    expect(r.next).not.toEqual(expect.objectContaining({ point: expect.objectContaining({ id: 'order-00447' }) }));
  });
});

describe('a sweeping claim the notes can say no evidence supports is flagged, and nothing true is', () => {
  it('flags "most ordinary people welcomed the Terror", saying what is known', () => {
    expect(checks(GETTY, 'Most ordinary Soviet citizens welcomed the Terror as a purge of corrupt officials.').join('\n')).toContain('No evidence shows that most Soviet citizens welcomed the Terror');
  });

  it('leaves some people, the Politburo and the historians alone', () => {
    for (const answer of [
      'Some workers welcomed the purges because they hated their bosses.',
      'Most historians now support the view that the Terror was directed by Stalin.',
      'Most of the Politburo approved the Terror and signed the lists.',
    ])
      expect(checks(GETTY, answer), answer).toEqual([]);
  });
});
