// What an answer's words say, not only which words it uses: a post given to the wrong person whoever the sentence's
// subject is, a point not credited from the words that argue its other side, a concept that says "not" or "fell" not
// stated by a sentence that says the opposite, a project put in the wrong place, and plain-word versions of the
// collectivisation labour point and the grain crisis that ended the NEP (without the loose words that made them before).
import { describe, expect, it } from 'vitest';
import { useRealMarker } from '../helpers/marker.js';

const { mark, made, checks } = useRealMarker();

describe('a post given to the wrong person, whoever the subject is', () => {
  const TERROR = 'pq-great-terror-account';

  it('Beria put in Yezhov\'s place is flagged without Stalin, with or without a year', () => {
    for (const slip of ['Beria replaced Yagoda in 1936.', 'Yagoda was replaced by Beria in 1936.', 'Beria replaced Yagoda as head of the NKVD.']) {
      const lines = checks(TERROR, slip);
      expect(lines, slip).toHaveLength(1);
      expect(lines[0], slip).toContain('It was Yezhov, not Beria');
    }
  });

  it('the right successions, and a sentence that leaves the two apart, are not flagged', () => {
    for (const right of [
      'Yezhov replaced Yagoda and was himself replaced by Beria.',
      'Beria replaced Yezhov, who had replaced Yagoda.',
      'After Yagoda, Yezhov ran the NKVD and then Beria replaced him.',
      'Yagoda was replaced in 1936, and later Beria took charge.',
    ])
      expect(mark(TERROR, right).wrong, right).toEqual([]);
  });
});

describe('one clause does not argue both sides', () => {
  it('"women got jobs which gave them wages" earns the jobs, not lower pay; saying lower pay in full earns both', () => {
    const jobs = made('pq-society-how-far-women', 'Women got jobs in factories, which gave them wages.');
    expect(jobs).toContain('jobs');
    expect(jobs).not.toContain('lower-pay');
    expect(made('pq-society-how-far-women', 'Women got jobs in factories but were paid lower wages than men.')).toEqual(expect.arrayContaining(['jobs', 'lower-pay']));
  });
});

describe('a sentence saying the opposite of a concept does not state it', () => {
  it('"the targets were met" is no point on targets not met; "not met" is', () => {
    expect(made('pq-five-year-plans-how-successful-first', 'The targets were met in most industries.')).not.toContain('targets-missed');
    expect(made('pq-five-year-plans-how-successful-first', 'Many targets were not met.')).toContain('targets-missed');
  });

  it('"collective farms worked" is no point on farms that did not work', () => {
    expect(made('pq-famine-how-far-policy', 'The collective farms worked well in the end.')).not.toContain('disruption');
    expect(made('pq-famine-how-far-policy', 'Collective farms did not work because the best farmers had gone.')).toContain('disruption');
  });

  it('peasants selling their grain at the markets is no grain crisis; selling less is', () => {
    expect(made('pq-nep-how-successful', 'Under the NEP peasants sold their grain at the markets and there was enough grain for everyone.')).not.toContain('grain-crisis');
    expect(made('pq-nep-how-successful', 'Peasants sold less grain to the state in 1927.')).toContain('grain-crisis');
  });
});

describe('a project or place put somewhere else', () => {
  const PROJECTS = 'pq-five-year-plans-describe-projects';

  it('is flagged with where it is', () => {
    expect(checks(PROJECTS, 'Dnieprostroi was built in Moscow.').some((l) => l.includes('Dnieprostroi (Ukraine)'))).toBe(true);
    expect(checks(PROJECTS, 'Magnitogorsk was a huge steel city in Ukraine.').some((l) => l.includes('Magnitogorsk (the Urals)'))).toBe(true);
    expect(checks(PROJECTS, 'The White Sea Canal was dug in Siberia by prisoners.')).toHaveLength(1);
    expect(checks('pq-terror-origins-describe-consequences', 'Kirov was shot at the Smolny in Moscow.').some((l) => l.includes('Smolny (Leningrad)'))).toBe(true);
  });

  it('right places, broader ones and years are not', () => {
    for (const right of [
      'Magnitogorsk was a new steel city built in the Ural mountains almost from nothing.',
      'Magnitogorsk was built in 1930 in the Urals.',
      'The Dnieprostroi dam on the Dnieper river was one of the biggest dams in the world.',
      'Magnitogorsk and the Dnieper dam in Ukraine were built.',
      'The Dnieper dam in the Ukraine made electricity.',
      'The Moscow Metro in Moscow opened in 1935.',
      'Most camps were in remote places such as Kolyma in the far east or the Arctic north of Siberia.',
    ])
      expect(mark(PROJECTS, right).wrong, right).toEqual([]);
  });
});

describe('collectivisation\'s labour point needs peasants freed or moving, not workers fed', () => {
  const WHY = 'pq-collectivisation-explain-why';

  it('feeding the workers in the factory towns is the grain point only', () => {
    const points = made(WHY, 'Stalin needed grain to feed the workers in the factory towns.');
    expect(points).toContain('pay-industry');
    expect(points).not.toContain('labour');
  });

  it('peasants freed for the factories or moving to the towns make it', () => {
    for (const labour of ['Big farms with tractors would free peasants to work in the new factories.', 'Millions of peasants moved to the towns to become workers.', 'Collective farms needed fewer hands, so millions of peasants left for the factories.'])
      expect(made(WHY, labour), labour).toContain('labour');
  });
});

describe('the grain crisis that ended the NEP, in plain words', () => {
  const PLAIN = "Stalin stopped the NEP because grain wasn't reaching the towns.";

  it('earns each question\'s grain-crisis point', () => {
    expect(made('pq-end-of-nep-explain-why-ended', PLAIN)).toContain('procurement');
    expect(made('pq-nep-how-successful', PLAIN)).toContain('grain-crisis');
    expect(made('pq-end-of-nep-how-far-grain', PLAIN)).toContain('towns-short');
    expect(made('pq-end-of-nep-explain-why-ended', 'There was a shortage of grain in 1927-28.')).toContain('procurement');
  });

  it('grain reaching the towns is the opposite', () => {
    expect(made('pq-nep-how-successful', 'Under the NEP grain reached the towns again and the markets filled up.')).not.toContain('grain-crisis');
  });
});
