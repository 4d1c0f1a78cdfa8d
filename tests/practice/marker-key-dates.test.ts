// Key dates a teacher expects the marker to know (collectivisation began in 1928–30, not 1925; Trotsky was murdered
// in Mexico in August 1940; deported in 1929; Kirov was shot on 1 December 1934), and what several wrong facts cost.
import { describe, expect, it } from 'vitest';
import { useRealMarker } from '../helpers/marker.js';
import { practiceQuestion } from '../helpers/knowledge.js';

const real = useRealMarker();
const COLLECTIVISATION = 'pq-collectivisation-account-how';
const POWER = 'pq-power-struggle-explain-why-won';
const KIROV = 'pq-terror-origins-explain-kirov';
/** The facts to check a sentence gets, as the fact each names. */
const flagged = (id: string, sentence: string) => real.mark(id, sentence).wrong.flatMap((w) => w.right ?? []);

describe('when collectivisation began', () => {
  it('"Collectivisation started in 1925" is a wrong date, in an answer and in a question to /ask, however the start is worded', () => {
    for (const s of ['Collectivisation started in 1925.', 'Stalin began collectivisation in 1925.', 'Mass collectivisation began in 1926.', 'Collectivisation started in 1924-25.']) {
      expect(flagged(COLLECTIVISATION, s), s).toEqual(['Collectivisation begins: voluntary at first, forced on a mass scale from late 1929 (1928–1930)']);
    }
    expect(real.marker.wrongDates('why did collectivisation start in 1925')).toHaveLength(1);
    expect(real.checks(COLLECTIVISATION, 'Collectivisation started in 1925.').join('\n')).toContain('Collectivisation begins in 1928–1930, not 1925.');
  });

  it('a start the notes allow is no slip: voluntary from 1928, the Fifteenth Congress in 1927, the forced drive of 1929–30, the drive resumed in 1931', () => {
    for (const s of [
      'Collectivisation started in 1928.',
      'Collectivisation started in 1927.',
      'Mass collectivisation began in late 1929.',
      'Forced collectivisation began in the winter of 1929.',
      'Collectivisation began in 1930.',
      'Collectivisation started in 1929-30.',
      'The collectivisation drive started again in 1931.',
      'Collectivisation did not start in 1925 but in 1929.',
      'Peasants began slaughtering their animals in 1930 rather than hand them over to collectivisation.',
    ]) {
      expect(flagged(COLLECTIVISATION, s), s).toEqual([]);
      expect(real.marker.wrongDates(s), s).toEqual([]);
    }
  });
});

describe('a year beside a word that says nothing happened', () => {
  it('"under Lenin in 1921" is no date of his death ("under way" in the fact of January 1924), nor "voluntary in 1925" a start', () => {
    for (const q of ['Collective farms were set up under Lenin in 1921.', 'what happened under lenin in 1921', 'In 1925 collectivisation was voluntary and few peasants joined.'])
      expect(real.marker.wrongDates(q), q).toEqual([]);
    expect(real.marker.wrongDates('why did lenin die in 1921')).toEqual([expect.stringMatching(/^Lenin dies.*\(January 1924\)$/)]);
  });

  it('"He lost his Politburo seat in 1926" is about someone the sentence leaves unnamed (Zinoviev), not Bukharin; named, Bukharin is flagged', () => {
    for (const s of ['He lost his Leningrad base and Politburo seat in 1926.', 'Condemned as part of the Right Opposition, he lost the trade union leadership in 1929 and his Politburo seat in 1930.'])
      expect(real.marker.wrongDates(s), s).toEqual([]);
    expect(real.marker.wrongDates('Bukharin lost his Politburo seat in 1926.')).toEqual([expect.stringContaining('Bukharin loses his Politburo seat (November 1929)')]);
  });
});

describe('the fact base against its own date check', () => {
  it("no sentence with a year of any answer, card or event description is told it has a wrong date by /ask's check", () => {
    const texts = [...real.kb.questions.map((e) => e.answer), ...real.kb.people.map((p) => p.summary), ...real.kb.events.flatMap((e) => e.description ?? [])];
    const sentences = [...new Set(texts.flatMap((t) => t.split(/(?<=[.!?])\s+(?=[A-Z])/)).filter((x) => /\b1[89]\d\d\b/.test(x)))];
    expect(sentences.length).toBeGreaterThan(500);
    expect(sentences.filter((x) => real.marker.wrongDates(x).length > 0)).toEqual([]);
  });
});

describe("Trotsky's and Kirov's deaths, and Trotsky's deportation", () => {
  it('Trotsky murdered in Mexico in 1938, or assassinated in 1936, is flagged with August 1940; 1940 is not', () => {
    const MURDER = 'Trotsky is murdered in Mexico by Ramón Mercader, an NKVD agent (August 1940)';
    expect(flagged(POWER, 'Trotsky was murdered in Mexico in 1938.')).toEqual([MURDER]);
    expect(real.marker.wrongDates('why was trotsky assassinated in 1936')).toEqual([MURDER]);
    for (const s of ['Trotsky was murdered in Mexico in 1940.', 'Trotsky was killed with an ice axe in August 1940.']) expect(flagged(POWER, s), s).toEqual([]);
  });

  it('Trotsky deported in 1926, or expelled from the USSR in 1927, is flagged with February 1929; Kirov shot in 1933 or 1936 with December 1934', () => {
    expect(flagged(POWER, 'Trotsky was deported in 1926.')).toEqual(['Trotsky is deported from the USSR (February 1929)']);
    // Expelled from the USSR is his deportation, though he was expelled from the party in 1927.
    for (const s of ['Trotsky was expelled from the USSR in 1927.', 'Trotsky was expelled from the Soviet Union in 1928.'])
      expect(flagged(POWER, s), s).toEqual(['Trotsky is deported from the USSR (February 1929)']);
    for (const s of ['Trotsky was expelled from the USSR in 1929.', 'Trotsky was expelled from the party in 1927.', 'Trotsky was exiled to Alma-Ata in 1928.'])
      expect(flagged(POWER, s), s).toEqual([]);
    for (const s of ['Kirov was murdered in 1936.', 'Kirov was shot in 1933.']) expect(flagged(KIROV, s), s).toEqual(['Sergei Kirov is shot dead in the Smolny in Leningrad (December 1934)']);
    expect(flagged(KIROV, 'Kirov was murdered on 1 December 1934.')).toEqual([]);
  });
});

describe('several wrong facts cost more than one', () => {
  const END_NEP = 'pq-end-of-nep-explain-why-ended';
  // A level-4 answer (tests/practice/marker.test.ts), then one wrong date after another.
  const STRONG =
    'In 1927 there was a grain procurement crisis: peasants sold much less grain to the state because prices were low, so the towns and the army were short of food. ' +
    'This meant Stalin believed the NEP could not feed the country. He also wanted rapid industrialisation, and grain exports were needed to buy machinery from abroad. ' +
    'The war scare of 1927 made this urgent because Stalin feared an attack by Britain. Finally, ending the NEP let him attack Bukharin and the Right Opposition, ' +
    'who defended it, so he strengthened his own power.';
  const ERRORS = [
    'Stalin had become General Secretary in 1924.',
    'Trotsky was deported in 1926.',
    'Collectivisation started in 1925.',
    'Kirov was murdered in 1936.',
    'Trotsky was murdered in Mexico in 1938.',
    'Yezhov replaced Yagoda as head of the NKVD in 1934.',
  ];
  const markWith = (n: number) => real.marker.mark(practiceQuestion(real.kb, END_NEP), [STRONG, ...ERRORS.slice(0, n)].join(' '));

  it('one or two keep a strong answer off the top level; three or more hold it to level 2 of 4, with each listed', () => {
    expect(markWith(0).level).toBe(4);
    for (const n of [1, 2]) expect(markWith(n).level, `${n} wrong`).toBe(3);
    for (const n of [3, 6]) {
      const r = markWith(n);
      expect(r.wrong, `${n} wrong`).toHaveLength(n);
      expect(r.level, `${n} wrong`).toBe(2);
      expect(r.mark).toBeLessThan(markWith(2).mark);
    }
  });
});

describe('deaths in the gulag, a toll over years (knowledge/series.yaml: each figure with its span)', () => {
  const GULAG = 'pq-gulag-describe';
  const checked = (sentence: string) => real.checks(GULAG, sentence).join('\n');

  it('a toll far above the records is flagged with the figures for its span: 20 million in all, 1.6 million or 5 million by 1941', () => {
    expect(checked('About 20 million people died in the gulag.')).toContain('Deaths in the gulag: most estimates run from 1.5 to 1.8 million (camps and colonies, 1930–53)');
    for (const s of ['About 1.6 million people had died in the gulag by 1941.', 'By 1941 about 5 million people had died in the gulag.'])
      expect(checked(s), s).toContain('Deaths in the gulag: most estimates run from 0.4 to 0.6 million (camps and colonies, 1930–41)');
  });

  it('the records\' totals, a higher count some historians give, a part of the toll (one year, one project) and a historian\'s estimate reported are no slip', () => {
    for (const s of [
      'About 1.6 million people died in the gulag between 1930 and 1953.',
      'About 3 million people died in the gulag.',
      'About half a million people had died in the gulag by 1941.',
      'About 100,000 prisoners died in the gulag in 1941.',
      'About 25,000 prisoners died in the gulag building the White Sea Canal.',
      'Conquest said 12 million died in the gulag.',
      'Millions died in the gulag.',
    ])
      expect(flagged(GULAG, s), s).toEqual([]);
  });
});
