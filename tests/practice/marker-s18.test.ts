// What a covering teacher found marking an A-level AQA class's practice: a wrong start year for the First Plan not
// caught, sweeping claims with no evidence never noted, points credited from sentences that do not say them (and two
// paraphrases missed), and /practice interpretation giving a one-extract question to an AQA class. Each answer is our
// own; each test asserts what the student or the teacher sees.
import { describe, expect, it } from 'vitest';
import { feedbackParts } from '../../src/commands/practice-view.js';
import { buildApp } from '../../src/app.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { FakeTime } from '../fakes/time.js';
import { useRealMarker } from '../helpers/marker.js';

const real = useRealMarker();
const { made, checks } = real;
const WHY_COLLECTIVISE = 'pq-collectivisation-essay-industry';
const TRANSFORM = 'pq-five-year-plans-essay-transform';
const GETTY = 'pq-terror-assessment-extract-getty';

/** The feedback's "Claims to support" lines for the padded answer. */
const supports = (id: string, answer: string): string[] =>
  (feedbackParts(real.kb, real.mark(id, answer)).fields ?? []).filter((f) => f.name.startsWith('Claims to support')).flatMap((f) => f.value.split('\n'));

describe('a plan given a start or an end inside its years, as students name it ("the First Plan")', () => {
  it('flags "the First Plan, which began in 1930" with the plan\'s start, as "December 1931" for the kulaks was', () => {
    const lines = checks(WHY_COLLECTIVISE, 'The First Plan, which began in 1930, needed cheap grain for the growing towns.').join('\n');
    expect(lines).toContain('The First Five-Year Plan began in October 1928, not 1930.');
    expect(checks(WHY_COLLECTIVISE, 'Stalin called for the liquidation of the kulaks as a class in December 1931.').join('\n')).toContain('December 1929');
  });

  it('flags a plan said to end inside its years, with its end', () => {
    expect(checks(TRANSFORM, 'The Second Plan ended in 1935, with the Metro opened.').join('\n')).toContain('The Second Five-Year Plan ended in December 1937, not 1935.');
  });

  it('leaves the right starts and ends alone, and a denial', () => {
    for (const s of [
      'The First Plan began in 1928 and needed grain for the towns.',
      'The First Five-Year Plan began in 1928.',
      'The Second Plan began in 1933.',
      'The Second Five-Year Plan ended in 1937.',
      'The First Plan ended in 1932, declared fulfilled early.',
      'The Third Plan started in 1938.',
      'The First Plan did not end in 1930.',
      'The First Plan ended unemployment in 1930.',
    ])
      expect(checks(TRANSFORM, s), s).toEqual([]);
  });
});

describe('sweeping claims with no evidence, at A-level: "Support this", not a fact to check', () => {
  const ANSWER =
    'Collectivisation was partly introduced to pay for industry, but also because Stalin always hated the peasants and wanted to destroy them. ' +
    'Every worker hated the plans and most wanted the NEP back.';

  it('notes both claims to support, and puts neither under the facts to check', () => {
    const lines = supports(WHY_COLLECTIVISE, ANSWER);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^Support this: “.*Stalin always hated the peasants.*” — “always” is a sweeping claim/);
    expect(lines[1]).toMatch(/^Support this: “Every worker hated the plans and most wanted the NEP back\.” — “every”/);
    expect(checks(WHY_COLLECTIVISE, ANSWER)).toEqual([]);
  });

  it('notes no claim backed in its sentence or the next (a figure, a date, an example, a named event), nor a hedged one', () => {
    for (const s of [
      'Stalin always distrusted the peasants: in the grain crisis of 1928 they held back their grain.',
      'Every worker was tied to the job. For example, labour books recorded every move from 1938.',
      'The peasants never trusted the party. About 2,000 revolts broke out in early 1930.',
      'Not all peasants resisted; many poor peasants joined the farms willingly.',
      'Above all, the plans needed grain, and all three factors mattered.',
      'Almost every village lost its most capable farmers.',
      'Conquest argues that Stalin always saw the peasants as enemies.',
      'Many communists had always seen private farming as capitalism in the village.',
      'Stalin took all the grain he could, since the towns had to be fed.',
      'Stalin used all his power against the kulaks.',
      'All this shows that the peasants resisted.',
      'Resistance spread all across the countryside.',
    ])
      expect(supports(WHY_COLLECTIVISE, s), s).toEqual([]);
  });

  it('is asked only of A-level answers: a GCSE answer is not told to support "every"', () => {
    expect(real.mark('pq-collectivisation-explain-why', 'Every worker hated the plans and most wanted the NEP back.').unsupported).toBeUndefined();
  });
});

describe('a point credited only from what says it (its own words or figure), and two paraphrases read', () => {
  it('does not credit the NKVD chiefs asking for higher quotas from a sentence on Order 00447 setting them', () => {
    const points = made(GETTY, 'In July 1937 Order 00447 set quotas for arrests and shootings in each region, carried out by NKVD troikas.');
    expect(points).toContain('order-00447');
    expect(points).not.toContain('quotas-raised');
    expect(made(GETTY, 'Regional NKVD chiefs asked Moscow for higher quotas and went beyond them.')).toContain('quotas-raised');
  });

  it('credits the steel target from its figures, and inflated figures as their own point, not the steel target', () => {
    expect(made(TRANSFORM, 'However, official figures were inflated, so the real growth was smaller.')).not.toContain('targets');
    expect(made(TRANSFORM, 'However, official figures were inflated, so the real growth was smaller.')).toContain('inflated-figures');
    expect(made(TRANSFORM, 'Steel reached 5.9 million tonnes in 1932 against a target of 10.4 million.')).toContain('targets');
  });

  it('credits the labour point from peasants released for the factories, naming Magnitogorsk, and not from feeding the workers', () => {
    expect(made(WHY_COLLECTIVISE, 'Collectivisation released millions of peasants to work in factories like Magnitogorsk.')).toContain('labour');
    expect(made(WHY_COLLECTIVISE, 'Millions of peasants went to work in the new factories such as Magnitogorsk.')).toContain('labour');
    expect(made(WHY_COLLECTIVISE, 'The peasants had to feed the workers in the factories.')).not.toContain('labour');
  });

  it('credits Moscow struggling with regional bosses who protected their own circles', () => {
    expect(made(GETTY, 'Getty is right that regional bosses protected their own circles of clients.')).toContain('centre-regions');
    expect(made(GETTY, 'Moscow struggled to control the regional bosses.')).toContain('centre-regions');
  });
});

describe('/practice interpretation in an AQA class', () => {
  const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ann', canManageServer: false, ...over });
  const classWith = async (board: string | null, seed: number) => {
    const time = new FakeTime();
    const app = buildApp({ kb: real.kb, clock: time, scheduler: time, random: seededRandom(seed) });
    await app.router.runCommand('tutor', { subcommand: 'level', options: { class: 'a-level' } }, ctx({ canManageServer: true }));
    if (board) await app.router.runCommand('tutor', { subcommand: 'board', options: { board } }, ctx({ canManageServer: true }));
    return (options: Record<string, string>) => app.router.runCommand('practice', { options }, ctx()) as Promise<Reply>;
  };

  it("sets AQA's three-extract 30-mark question, its marks said once, where the topic has one", async () => {
    for (const seed of [1, 2, 3]) {
      const practice = await classWith('aqa', seed);
      for (const topic of ['terror assessment', 'collectivisation']) {
        const reply = await practice({ topic, kind: 'interpretation' });
        expect(reply.title, `${topic} ${seed}`).toBe('Practice: A-level three extracts (30 marks)');
      }
      const any = await practice({ kind: 'interpretation' });
      expect(any.title).toBe('Practice: A-level three extracts (30 marks)');
    }
  });

  it('keeps the one-extract question on a topic with no three-extract one, and for a class with no board', async () => {
    const aqa = await classWith('aqa', 1);
    expect((await aqa({ topic: 'five year plans', kind: 'interpretation' })).title).toBe('Practice: A-level interpretation (How convincing) (25 marks)');
    const none = await classWith(null, 1);
    const titles = new Set<string | undefined>();
    for (const topic of ['terror assessment', 'five year plans']) titles.add((await none({ topic, kind: 'interpretation' })).title);
    expect(titles).toContain('Practice: A-level interpretation (How convincing) (25 marks)');
  });
});
