// /ask on real questions copied from public pages (bench/ask-real/README.md): the measure that counts.
// The held-out half is read here as figures only. Floors are today's figures less a little, so a change
// that loses real questions fails; raise them as /ask improves (issue 12's targets: 85% answered right,
// 93% on the first reply, 90% of near misses refused).
import { describe, expect, it } from 'vitest';
import { loadNearMisses, loadRealSet, REAL_HALVES, realFigures, realSetName, SECOND_TUNING_NEAR_MISSES, type RealHalf } from '../../bench/ask.js';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { useRealMatcher } from '../helpers/knowledge.js';

const FLOORS = {
  // Collected and judged on 7 December 2026 (eighteenth session) from pages no earlier collection used (few were left:
  // 40 course questions, 61 near misses); figures only: 37.5% / 67.5% / 10.0% refused, near misses 80.3% refused, on
  // the code the session started from (ace5d18).
  eighth: { answeredRight: 0.35, shownFirst: 0.62, refusedCourseAtMost: 0.13, nearMissRefused: 0.77 },
  // Collected and judged on 7 December 2026 (fourteenth session) from pages no earlier collection used; figures only:
  // 40.9% / 67.0% / 7.0% refused, near misses 80.7% refused, on the code the session started from (ed3bbf8).
  seventh: { answeredRight: 0.38, shownFirst: 0.64, refusedCourseAtMost: 0.09, nearMissRefused: 0.78 },
  // Collected and judged on 7 December 2026 (twelfth session) from pages no earlier collection used; figures only:
  // 43.0% / 65.8% / 12.3% refused, near misses 83.1% refused, on the code the session started from (0ced35c); at its
  // end, measured once, 43.0% / 66.7% / 12.3% and 84.6%.
  sixth: { answeredRight: 0.41, shownFirst: 0.64, refusedCourseAtMost: 0.14, nearMissRefused: 0.82 },
  // Collected and judged on 6 December 2026 from 62 pages no earlier collection used (course questions only);
  // figures only, measured first on 6 December's third session: 43.8% / 70.1% / 8.8% with the code it started
  // from, 41.6% / 71.5% / 8.8% after its changes (chosen on the other sets). Its 115 near misses, collected in the
  // fourth session that day from pages no earlier collection used: 91.3% refused with the code it started from
  // and at three points near its end, when the course questions gave 41.6% / 72.3% / 8.0%, 41.6% / 74.5% / 5.8%
  // and at last 41.6% / 75.2% / 5.1%.
  fifth: { answeredRight: 0.39, shownFirst: 0.73, refusedCourseAtMost: 0.07, nearMissRefused: 0.88 },
  // Collected and judged on 6 December 2026 from pages no earlier collection used (course questions only);
  // figures only: 51.0% / 68.6% / 11.8% with the code of that morning, 50.3% / 71.9% / 12.4% after the day's work,
  // 52.3% / 73.9% / 12.4% after its second session (in which one setting was decided on it and the third set);
  // read question by question in the third (a tuning set since), 53.6% / 75.8% / 12.4% after it; 54.2% / 81.0% / 4.6%
  // after the fourth.
  fourth: { answeredRight: 0.51, shownFirst: 0.78, refusedCourseAtMost: 0.07, nearMissRefused: 0 },
  // Collected and judged later in December 2026 from pages neither earlier collection used (course questions
  // only); figures only: 44.4% / 63.3% / 12.1% before that day's changes, 46.4% / 61.8% / 12.1% after, and
  // 46.4% / 66.7% / 12.1% after most of 6 December's (more buttons on the first reply, honester hedging), 46.4% / 66.2% at its end,
  // 48.8% / 67.1% / 12.1% after that day's second session; read question by question in the third (a tuning
  // set since), 49.8% / 68.6% / 11.6% after it; 50.7% / 72.0% / 6.3% after the fourth.
  third: { answeredRight: 0.47, shownFirst: 0.69, refusedCourseAtMost: 0.08, nearMissRefused: 0 },
  // Collected and judged in December 2026 from pages the first collection did not use; measured once, then
  // again after the learned reranker (41.3%, 64.5%); a helper's check printed a few of its questions since.
  // Used to choose settings since (42.6%, 68.1% on 6 December 2026; 44.2%, 69.7%, 5.8% refused and 82.8% of its near
  // misses refused after most of the fourth session that day; 44.5%, 71.3%, 4.2% and 81.8% at its end).
  fresh: { answeredRight: 0.42, shownFirst: 0.69, refusedCourseAtMost: 0.06, nearMissRefused: 0.8 },
  // Raised with the learned reranker (41.2% answered right, 63.9% on the first reply: docs/ask-tuning.md), and
  // again on 6 December 2026 (44.4%, 70.0%), when it was used to choose settings.
  // Its near misses 87.7% → 85.2% → 84.0% refused on the fourth session of 6 December, when questions naming
  // Stalin or a topic's own word in plain words got suggestions (issue 12: such a question is not refused unless
  // it names another subject); its course questions refused 8.7% → 5.1%.
  'held-out': { answeredRight: 0.42, shownFirst: 0.7, refusedCourseAtMost: 0.07, nearMissRefused: 0.83 },
  // The fact base was extended from this half's misses, so its figures flatter (see bench/ask-real/README.md).
  // 90.6% answered right until essay questions answered loosely got points instead (hedgeFit 0.8): 89.2%.
  tuning: { answeredRight: 0.88, shownFirst: 0.94, refusedCourseAtMost: 0.03, nearMissRefused: 0.85 },
} as const;

const pct = (x: number) => `${Math.round(x * 100)}%`;

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real));

describe('the real-question set', () => {
  it('has 110+ course questions in each set (200+ in the first three, 40+ in the eighth) and 60+ near misses in each with its own, no more than 10 from one page, and no question in two sets', () => {
    const halves = REAL_HALVES.map(loadRealSet);
    const least: Partial<Record<RealHalf, number>> = { eighth: 40, seventh: 110, sixth: 110, fifth: 120, fourth: 150 };
    for (const [i, h] of halves.entries()) {
      const half = REAL_HALVES[i] as RealHalf;
      expect(h.course.length).toBeGreaterThanOrEqual(least[half] ?? 200);
      if (['tuning', 'held-out', 'fresh', 'fifth', 'sixth', 'seventh', 'eighth'].includes(half)) expect(h.nearMisses.length).toBeGreaterThanOrEqual(60);
    }
    // The second readable near-miss set too: no question of it in another set.
    const tuning2 = loadNearMisses(SECOND_TUNING_NEAR_MISSES);
    expect(tuning2.length).toBeGreaterThanOrEqual(60);
    const all = [...halves.flatMap((h) => [...h.course, ...h.nearMisses]), ...tuning2] as { q: string; url: string }[];
    const perPage = new Map<string, number>();
    for (const c of all) perPage.set(c.url, (perPage.get(c.url) ?? 0) + 1);
    expect(Math.max(...perPage.values())).toBeLessThanOrEqual(10);
    const key = (q: string) => q.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    expect(new Set(all.map((c) => key(c.q))).size).toBe(all.length);
  });

  it('labels course questions only with entries that exist', () => {
    const ids = new Set(answerableEntries(kb).map((e) => e.id));
    const unknown = REAL_HALVES.map(loadRealSet).flatMap((h) => h.course.flatMap((c) => c.expect.filter((id) => !ids.has(id))));
    expect(unknown).toEqual([]);
  });

  for (const half of REAL_HALVES)
    it(`${realSetName(half)}: answered right ≥ ${pct(FLOORS[half].answeredRight)}, on the first reply ≥ ${pct(FLOORS[half].shownFirst)}, course questions refused ≤ ${pct(FLOORS[half].refusedCourseAtMost)}, near misses refused ≥ ${pct(FLOORS[half].nearMissRefused)}`, () => {
      const f = realFigures(kb, matcher, loadRealSet(half));
      const report = JSON.stringify(f);
      expect(f.answeredRight, report).toBeGreaterThanOrEqual(FLOORS[half].answeredRight);
      expect(f.shownFirst, report).toBeGreaterThanOrEqual(FLOORS[half].shownFirst);
      expect(f.refusedCourse, report).toBeLessThanOrEqual(FLOORS[half].refusedCourseAtMost);
      expect(f.nearMissRefused, report).toBeGreaterThanOrEqual(FLOORS[half].nearMissRefused);
    });
});

describe('everyday English and the course’s names', () => {
  it('does not refuse a course question for everyday words the notes never use', () => {
    for (const q of ['Why were so many Bolsheviks uneasy about the NEP?', 'Why did Stalin deem it imperative to industrialise?', 'What was the Lenin Enrolment and when did it occur?'])
      expect(matcher.match(q).status, q).not.toBe('unknown');
  });

  it('still refuses questions with no course content, or about another subject named in everyday words (knowledge/vocabulary.yaml)', () => {
    for (const q of ['how do i make pancakes', 'What was the New Deal?', 'explain the February revolution', 'who was goebbels', 'what happened to the gulag after stalin died'])
      expect(matcher.match(q).status, q).toBe('unknown');
    // 1917 by its own names; what the course says of 1917, the Civil War and the war to come is still the course's.
    for (const q of ['what did the petrograd soviet do', 'who led the red guards']) expect(matcher.match(q).status, q).toBe('unknown');
    expect(matcher.match('why did zinoviev and kamenev oppose the rising against the provisional government').entry?.id).toBe('lenin-legacy-zinoviev-kamenev-1917');
    expect(matcher.match('Why did Lenin introduce the NEP after the Civil War?').entry?.id).toBe('nep-why-introduced');
    expect(matcher.match('How far did the Five-Year Plans prepare the USSR for the Great Patriotic War?').entry?.id).toBe('industrialisation-war-readiness');
  });

  it('answers when Stalin died, saying that it is after this course', () => {
    const r = matcher.match('when did stalin die');
    expect(r.entry?.answer).toContain('5 March 1953');
    expect(r.entry?.answer).toContain('after this course');
  });
});

describe('a question with a wrong premise', () => {
  it('gets an answer whose own text gives the right date or figure, or says the figure is disputed', () => {
    const beria = matcher.match('Why did Beria take over the NKVD in 1939?');
    expect(beria.status).toBe('answered');
    expect(beria.entry?.answer).toContain('25 November 1938');
    const kulaks = matcher.match('6,500,000 were killed during dekulakization, why?');
    expect(kulaks.status).toBe('answered');
    expect(kulaks.entry?.answer).toMatch(/disputed|estimates/);
    expect(kulaks.entry?.answer).toContain('1.8 million');
  });
});
