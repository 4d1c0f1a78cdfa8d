// The course's common misconceptions found in a question (knowledge/misconceptions.yaml, src/matching/premise.ts):
// a question built on one is put right; one that has the fact right, asks something else, or denies the premise is not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createPremiseReader, MAX_CORRECTIONS, type PremiseReader } from '../../src/matching/premise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
let reader: PremiseReader;
/** The correction of one misconception of the fact base, by id. */
const correction = (id: string) => kb.misconceptions?.find((m) => m.id === id)?.correction ?? `no misconception ${id}`;

beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
  reader = createPremiseReader(kb.misconceptions ?? [], matcher);
}, 120_000);

describe('false premises in a question', () => {
  it('puts right the head of history trial\'s questions and other classic errors, however they are spelt', () => {
    const cases: [string, string][] = [
      ['why did Beria start the Great Terror in 1934?', 'beria-started-the-terror'],
      ['Beria was in charge of the NKVD during the Great Terror, right?', 'beria-started-the-terror'],
      ['why did berya start the purges', 'beria-started-the-terror'],
      ['did Beria start the terror?', 'beria-started-the-terror'],
      ['Why did Stalin introduce the NEP in 1921?', 'stalin-introduced-the-nep'],
      ['How did Trotsky win the power struggle in 1927?', 'trotsky-won-the-power-struggle'],
      ['Why did Stalin murder Trotsky in 1936?', 'trotsky-killed-before-1940'],
      ['what happened when trotsky was killed in 1929', 'trotsky-killed-before-1940'],
      ['Why did Stalin collectivise in 1925?', 'collectivisation-in-the-mid-1920s'],
      ["Zinoviev and Kamenev were shot in 1938 weren't they", 'zinoviev-kamenev-shot-in-another-year'],
      ['Why did Bukharin support rapid industrialisation in 1928?', 'bukharin-wanted-rapid-industrialisation'],
      ['did Stalin plan the Holodomor from 1929', 'the-famine-planned-from-the-start'],
      ['is it true that the holodomor never happened', 'the-famine-never-happened'],
      ["the famine didn't happen right", 'the-famine-never-happened'],
      ['was the holodomor a hoax', 'the-famine-never-happened'],
      ['why did Yezhov kill Kirov', 'someone-else-killed-kirov'],
      ['did stalin kill kirov', 'stalin-had-kirov-killed'],
      ['why did Stalin create the gulag', 'stalin-created-the-gulag'],
      ['Was the famine only in Ukraine?', 'the-famine-only-in-ukraine'],
      ["kulaks were rich landlords weren't they", 'kulaks-were-landlords'],
      ['was stakhanovs record legit', 'stakhanov-record-unaided'],
      ['Did Lenin choose Stalin as his successor?', 'lenin-chose-a-successor'],
      ['how did stalin lead the october revolution', 'stalin-led-the-october-revolution'],
      ['were the show trials held in secret', 'show-trials-held-in-secret'],
      ['why did dizzy with success end collectivisation', 'dizzy-with-success-ended-collectivisation'],
      ['why did yagoda run the great terror in 1937', 'yagoda-ran-the-great-terror'],
      // A-level trial (F13): Trotsky put on the Right, the NEP ended when it began, the famine's toll as 20 million.
      ['was trotsky leader of the right opposition', 'trotsky-led-the-right'],
      ['was the nep ended in 1921', 'nep-ended-in-1921'],
      ['how many people died in the famine, was it 20 million', 'famine-killed-20-million'],
    ];
    for (const [question, id] of cases) expect(reader.corrections(question), question).toEqual([correction(id)]);
  });

  it('says nothing to a question that has the fact right, asks something else, or denies the premise', () => {
    const right = [
      'Why did Beria replace Yezhov?',
      'who started the Great Terror',
      'Why did Lenin introduce the NEP?',
      'why did stalin end the nep',
      'why did trotsky lose the power struggle',
      'how did stalin beat trotsky in the power struggle',
      'could trotsky have seized power with the army',
      'why did stalin have trotsky killed in 1940',
      'why did bukharin oppose rapid industrialisation',
      'why did the soviet government deny the famine',
      'how did soviet propaganda hide the famine',
      'were kulaks richer peasants',
      'why was the gulag administration set up in 1930',
      'what did lenin\'s testament say about stalin',
      'Why did Lenin want Stalin removed as General Secretary',
      "what was stalin's role in the october revolution",
      'what happened to zinoviev and kamenev in 1936',
      "how did Kirov's murder affect Zinoviev and Kamenev",
      'Describe two ways Stalin used Kirov\'s murder to strengthen his position.',
      'did Beria purge the Georgian party in 1937',
      'Beria did not start the terror, did he?',
      'To what extent were the Five-Year Plans from 1928 to 1937 successful in achieving their goals?',
      'Who was Beria? When did the Terror start?',
      'Stalin was born in 1878 wasnt he',
      'was trotsky right about stalin',
      'how did trotsky and the right differ',
      'why did the nep end',
      'was the nep introduced in 1921',
      'did stalin kill 20 million people in the terror and the famine',
    ];
    for (const question of right) expect(reader.corrections(question), question).toEqual([]);
  });

  it('puts right a question that is the premise alone, leaving out what was won (trial 2, finding 4)', () => {
    for (const question of ['how did trotsky win', 'why did trotsky win?', 'when did trotsky win'])
      expect(reader.corrections(question), question).toEqual([correction('trotsky-won-the-power-struggle')]);
    // Something else said beside it, or the premise denied, is no bare premise.
    for (const question of ['did trotsky not win', 'how did trotsky win the civil war', 'why did yezhov kill'])
      expect(reader.corrections(question), question).toEqual([]);
  });

  it('reads each part of a several-part question, and puts right at most two', () => {
    expect(reader.corrections('Who was Beria and did he start the terror?')).toEqual([correction('beria-started-the-terror')]);
    expect(reader.corrections('Why did Beria start the Great Terror and why did Stalin introduce the NEP?')).toEqual([
      correction('beria-started-the-terror'),
      correction('stalin-introduced-the-nep'),
    ]);
    const three = 'Why did Beria start the Great Terror? Why did Stalin introduce the NEP? How did Trotsky win the power struggle?';
    expect(reader.corrections(three)).toHaveLength(MAX_CORRECTIONS);
    // The same misconception twice is put right once.
    expect(reader.corrections('Why did Beria start the terror? When did Beria start the purges?')).toEqual([correction('beria-started-the-terror')]);
  });

  it('finds every misconception in a question made of its own words, however the matcher reads them ("invent", "picked")', () => {
    for (const m of kb.misconceptions ?? []) {
      expect(reader.corrections(m.words.map((group) => group[0]).join(' ')), m.id).toContain(m.correction);
      for (const group of m.words) for (const words of group) {
        const question = m.words.map((g) => (g === group ? words : g[0])).join(' ');
        expect(reader.corrections(question), `${m.id}: ${question}`).toContain(m.correction);
      }
    }
  });
});
