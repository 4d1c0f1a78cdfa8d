// What a blind teacher trial and an examiner's audit found wrong or missing in the real fact base, as a
// student meets it through /ask: each test fails on the fact base as it was before the correction.
import { describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { answerOf, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

/** The answer /ask gives, failing the test when it gives none. */
const answerTo = (question: string): string => answerOf(matcher, question);

describe('the corrected answers', () => {
  it('does not credit the 1936 Constitution with new rights for the union republics, and counts them going from seven to eleven', () => {
    const answer = answerTo('what did the 1936 constitution say');
    expect(answer).not.toMatch(/extra rights|primary education/);
    expect(answer).toMatch(/seven to eleven/);
  });

  it('gives the First Plan’s steel as the official 4.0 to 5.9 million tonnes, nearly half again, as the steel chart does', () => {
    const said = [
      ...kb.questions.map((q) => q.answer),
      ...kb.quiz.map((q) => q.explanation),
      ...kb.topics.map((t) => t.summary),
    ];
    expect(said.filter((text) => /steel[^.]*\bby (about )?(a|one) third/i.test(text))).toEqual([]);
    for (const question of ['how much did steel output grow', 'what did the first five year plan achieve']) {
      const answer = answerTo(question);
      expect(answer, question).toMatch(/steel rose by nearly half, from 4\.0 (million tonnes in 1927–28 )?to 5\.9 million/);
    }
    const steel = kb.series.find((s) => s.id === 'steel')?.points ?? [];
    expect(steel.find((p) => p.year === 1932 && p.kind === 'official')?.value).toBe(5.9);
    expect(steel.find((p) => p.year === 1928 && p.kind === 'official')?.range?.[0]).toBe(4.0);
  });

  it('answers "when did Lenin die?" with the day', () => {
    for (const question of ['when did Lenin die?', 'what year did lenin die']) expect(answerTo(question), question).toMatch(/21 January 1924/);
  });

  it('names the scholars behind the law of spikelets’ figures, with the lower count often quoted', () => {
    const answer = answerTo('what was the law of spikelets');
    expect(answer).toMatch(/Michael\s+Ellman \(2007\)/);
    expect(answer).toMatch(/Nicolas Werth[^.]*125,000[^.]*5,400/);
  });

  it('says who Nikolaev was where it asks whether Stalin ordered Kirov’s murder', () => {
    expect(answerTo('did stalin order the murder of kirov')).toMatch(/Leonid Nikolaev, a resentful young party member/);
  });

  it('explains the Five-Year Plans’ dates to a student rather than leaving an editor’s note', () => {
    const answer = answerTo('What were the dates of the three Five-Year Plans?');
    expect(answer).not.toMatch(/by mistake|sometimes given/);
    expect(answer).toMatch(/fulfilled early[^.]*four years and three months[^.]*so the Second Plan ran from January 1933/);
  });
});

describe('the Nazi–Soviet Pact', () => {
  it('answers the ways students ask about it with its entry or its card', () => {
    for (const question of ['what was the nazi soviet pact', 'molotov ribbentrop pact', 'why did stalin sign a pact with hitler', 'non-aggression pact 1939']) {
      const r = matcher.match(question);
      expect(r.status, question).toBe('answered');
      expect(['stalinism-nazi-soviet-pact', 'term-nazi-soviet-pact'], question).toContain(r.entry?.id);
    }
    const answer = answerTo('why did stalin sign a pact with hitler');
    for (const fact of ['23 August 1939', 'Munich', 'secret protocol', '22 June 1941']) expect(answer).toContain(fact);
  });

  it('still refuses Nazi Germany itself as another subject', () => {
    for (const question of ['what was the holocaust', 'who was hitler']) {
      const r = matcher.match(question);
      expect([r.status, r.reason], question).toEqual(['unknown', 'off-course']);
    }
  });

  it('compares the gulag with the Nazi camps as a question of the course, whatever the camps are called', () => {
    for (const question of ['was the gulag the same as the nazi camps', 'was the gulag as bad as auschwitz', 'gulags and the holocaust compared'])
      expect(matcher.match(question).entry?.id, question).toBe('gulag-vs-nazi-camps');
  });

  it('is asked in the stalinism quiz and shown on its timeline', () => {
    expect(kb.quiz.filter((q) => q.topic === 'stalinism' && q.correct === 'Nazi Germany')).toHaveLength(1);
    expect(kb.events.find((e) => e.date === '1939-08-23')?.topic).toBe('stalinism');
  });
});

/** Every text a student can be shown (answers, summaries, key dates, quiz prompts and explanations, cards, events, chart notes), with where it is. */
const shownTexts = (): { where: string; text: string }[] => [
  ...kb.questions.map((q) => ({ where: q.id, text: q.answer })),
  ...kb.topics.flatMap((t) => [{ where: t.id, text: t.summary }, ...t.keyDates.map((d) => ({ where: `${t.id} ${d.date}`, text: d.label }))]),
  ...kb.quiz.map((q) => ({ where: q.id, text: `${q.prompt} ${q.explanation}` })),
  ...kb.people.map((p) => ({ where: p.id, text: `${p.role}. ${p.summary}` })),
  ...kb.terms.map((t) => ({ where: t.id, text: t.definition })),
  ...kb.events.map((e) => ({ where: e.id, text: e.title })),
  ...kb.skills.map((s) => ({ where: s.id, text: `${s.answer} ${s.example}` })),
  ...kb.series.map((s) => ({ where: s.id, text: s.note })),
];
const saying = (pattern: RegExp) => shownTexts().filter((t) => pattern.test(t.text)).map((t) => t.where);
const sentences = (text: string) => text.split(/(?<=[.!?])\s+/);
const question = (id: string) => kb.questions.find((q) => q.id === id)?.answer ?? '';
const quiz = (id: string) => {
  const q = kb.quiz.find((x) => x.id === id);
  if (!q) throw new Error(`no quiz ${id}`);
  return q;
};

describe('what four historians’ audits found wrong', () => {
  it('gives Kamenev the chair of the Moscow Soviet, not the Moscow party', () => {
    const card = kb.people.find((p) => p.id === 'kamenev');
    expect(`${card?.role} ${card?.summary}`).not.toMatch(/Moscow party/);
    expect(answerTo('who was kamenev')).toMatch(/chaired the Moscow Soviet/);
  });

  it('sends Stalin to Siberia in January 1928, not to the Urals, and dates the name Urals-Siberian method to 1929', () => {
    expect(saying(/\b(tour|trip|visit|travel)\w*\b[^.]*\b(Siberia and the Urals|the Urals and Siberia)\b/i)).toEqual([]);
    const answer = answerTo('what was the urals siberian method');
    expect(answer).toMatch(/Siberia in January 1928/);
    expect(answer).toMatch(/1929[^.]*first used in the Urals and Siberia/);
  });

  it('says the Testament was kept from the public at the time, and when it was published', () => {
    expect(saying(/never published/)).toEqual([]);
    expect(answerTo('was lenins testament published')).toMatch(/abroad in 1926, but in the USSR only in 1956/);
  });

  it('has Stalin alone on the Politburo, Orgburo and Secretariat only until Molotov joined him in 1926', () => {
    const only = shownTexts().flatMap((t) => sentences(t.text).filter((s) => /only full Politburo member/.test(s)).map((s) => ({ where: t.where, s })));
    expect(only.length).toBeGreaterThan(0);
    for (const { where, s } of only) expect(s, where).toMatch(/Until 1926[^.]*Molotov/);
  });

  it('gives the Volga’s growth in sown area from the famine low, still below pre-war', () => {
    expect(answerTo('how did the nep affect peasants')).toMatch(/from its low point of 1922, though it stayed well below its pre-war level/);
  });

  it('draws the revised Soviet and the Western low grain estimates as separate lines, and says on which grain stayed below 1928 until 1935', () => {
    const grain = kb.series.find((s) => s.id === 'grain-harvest');
    const estimates = grain?.points.filter((p) => p.kind === 'estimate') ?? [];
    expect(new Set(estimates.map((p) => p.measure))).toEqual(new Set(['revised Soviet', 'Western low']));
    const at = (measure: string, year: number) => estimates.find((p) => p.measure === measure && p.year === year)?.value;
    expect([at('revised Soviet', 1928), at('Western low', 1928)]).toEqual([73.3, 63]);
    expect(estimates.every((p) => p.range === undefined)).toBe(true);
    // Each sentence that dates the harvest's recovery above 1928 to 1935 says it is the revised figures' story.
    const recovery = shownTexts().flatMap((t) =>
      sentences(t.text)
        .filter((s) => /1928/.test(s) && /1935/.test(s) && /grain|harvest|output/i.test(s) && /below|above|climbs? back/.test(s))
        .map((s) => ({ where: t.where, s })),
    );
    expect(recovery.length).toBeGreaterThan(4);
    for (const { where, s } of recovery) expect(s, where).toMatch(/revised/);
  });

  it('asks the 1934 grain question on the revised figures, so that only "It had fallen" can be defended', () => {
    const q = quiz('famine-quiz-05');
    expect(q.prompt).toMatch(/revised Soviet figures/);
    expect(q.correct).toBe('It had fallen');
    // "Risen slightly" is what the Western low estimates show (63 to 68 million tonnes).
    expect(q.choices).not.toContain('It had risen slightly');
  });

  it('gives the First Plan’s electricity and oil targets with the optimal variant the Party adopted', () => {
    const target = (id: string) => kb.series.find((s) => s.id === id)?.points.find((p) => p.kind === 'target' && p.year === 1932)?.range;
    expect(target('electricity')).toEqual([17, 22]);
    expect(target('oil')).toEqual([19, 21.7]);
    expect(kb.series.find((s) => s.id === 'oil')?.note).toMatch(/fell just short of the 21\.7/);
  });

  it('dates bread rationing to 1928–29, not 1927', () => {
    expect(answerTo('how did the grain crisis lead to collectivisation')).toMatch(/bread rationing spread\s+through the towns in 1928–29/);
    expect(saying(/By\s+1927 the towns were short of bread and rationing followed/)).toEqual([]);
  });

  it('says where education was free and that fees came in for upper school and higher education in 1940', () => {
    expect(answerTo('was education free under stalin')).toMatch(/October 1940, when fees came in for the upper years of secondary school and for higher\s+education/);
    expect(saying(/free up to 1940/)).toEqual([]);
    const free = shownTexts().filter((t) => /\bfree (education|schooling)\b|\b(education|schooling) was free\b/i.test(t.text));
    expect(free.length).toBeGreaterThan(2);
    for (const t of free) expect(t.text, t.where).toMatch(/1940/);
  });

  it('has school exams abolished in 1918 and brought back from 1931–32, not scrapped in the cultural revolution', () => {
    expect(saying(/(exams|examinations) (were )?scrapped/i)).toEqual([]);
    expect(answerTo('what happened to exams in the cultural revolution')).toMatch(/abolished by a decree of 1918[\s\S]*decrees of 1931–32 brought back exams/);
    expect(kb.quiz.find((q) => /abolished examinations in 1918/.test(q.prompt))?.correct).toMatch(/^From 1931–32/);
  });

  it('puts the party at about 2% of the population, not "under one in ten"', () => {
    expect(saying(/one in ten citizens|Under 10%/)).toEqual([]);
    expect(answerTo('how was the soviet union run')).toMatch(/about 2% of the population/);
    expect(quiz('stalinism-quiz-11').correct).toBe('About 2%');
  });

  it('gives the Red Army about 1.3 million men in 1936, and Khrushchev’s 139 as full and candidate members', () => {
    expect(answerTo('did the purges leave the red army unready for war in 1941')).toMatch(/about 1\.3 million\s+men at the start of 1936/);
    expect(question('terror-assessment-khrushchev-speech')).toMatch(/139 full and\s+candidate members of the Central Committee/);
  });

  it('counts the officers dismissed from the army’s own records before reinstatement, not the notes’ 23,000 beside "many were reinstated"', () => {
    const answer = answerTo('how many officers were purged');
    expect(answer).not.toMatch(/23,000/);
    expect(answer).toMatch(/records, published from 1989, show about\s+35,000–37,000[^.]*before any were reinstated/);
  });

  it('calls Conquest’s book the best-known Western study, not the first, and keeps its revision to glasnost material', () => {
    expect(saying(/first major Western/)).toEqual([]);
    expect(answerTo('who was robert conquest')).toMatch(/best-known Western history/);
    expect(quiz('interpretations-quiz-30').correct).toBe('Soviet material released under glasnost');
  });

  it('has Beria take on the atomic bomb from August 1945 while he still ran the NKVD', () => {
    expect(question('great-terror-beria-takeover')).toMatch(/until the end of 1945, from August 1945 also oversaw the atomic bomb/);
  });

  it('gives the White Sea Canal’s workforce without the single school page’s 250,000', () => {
    const answer = answerTo('what was the white sea canal');
    expect(answer).not.toMatch(/250,000/);
    expect(answer).toMatch(/about 126,000/);
  });
});
