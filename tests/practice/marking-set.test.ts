// The marking sets (tests/fixtures/practice/): a development set of 160 answers to 20 questions, used while
// the marker was built, and a held-out set of 60 answers to 12 other questions, written and marked after it
// was frozen. Both were written and marked by the marker's author (see the README there), so these floors
// hold the marker where it is rather than prove it right; `npm run bench` prints the figures.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { evaluateMarker, spearman } from '../../src/practice/evaluate.js';
import { createMarker } from '../../src/practice/marker.js';
import { loadBlindMarkers, loadMarkingSet } from '../../bench/practice.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

const QUALITIES = ['strong', 'medium', 'one-line', 'list', 'misspelt', 'bullets', 'narrative', 'off-topic', 'copied', 'one-sided'];

describe('the marking sets', () => {
  it('hold at least 150 answers to at least 20 questions, of every quality, each marked on its own question\'s scheme', () => {
    const dev = loadMarkingSet('development');
    expect(dev.answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(dev.answers.map((a) => a.question)).size).toBeGreaterThanOrEqual(20);
    expect(QUALITIES.filter((q) => !dev.answers.some((a) => a.quality === q))).toEqual([]);
    for (const set of [dev, loadMarkingSet('held-out')])
      for (const a of set.answers) {
        const q = kb.practice.find((p) => p.id === a.question);
        const m = set.marks.get(a.id);
        expect(q && m, a.id).toBeTruthy();
        if (!q || !m) continue;
        expect(m.points.filter((p) => !q.points.some((x) => x.id === p)), a.id).toEqual([]);
        const band = q.levels[m.level - 1];
        if (m.level === 0) expect(m.mark, a.id).toBe(0);
        else expect(band && m.mark >= band.marks[0] && m.mark <= band.marks[1], a.id).toBe(true);
      }
  });

  it('the held-out set asks other questions than the development set', () => {
    const dev = new Set(loadMarkingSet('development').answers.map((a) => a.question));
    expect(loadMarkingSet('held-out').answers.filter((a) => dev.has(a.question))).toEqual([]);
  });
});

describe('the marker against the marking sets (floors; targets in the issue: level 65%, within one 95%, Spearman 0.8, precision 90%)', () => {
  it('development set: level 65%, within one level 95%, Spearman 0.85, points precision 88%', () => {
    const { answers, marks } = loadMarkingSet('development');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.65);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.95);
    expect(f.spearman).toBeGreaterThanOrEqual(0.85);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.88);
  });

  it('held-out set: level 60%, within one level 95%, Spearman 0.85, points precision 90%', () => {
    const { answers, marks } = loadMarkingSet('held-out');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.6);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.95);
    expect(f.spearman).toBeGreaterThanOrEqual(0.85);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.9);
  });

  it('Spearman\'s rho is 1 for the same order, -1 for the reverse, and averages ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2], [1, 1, 2])).toBeCloseTo(1);
  });
});

describe('the blind marking set (answers written by a helper who never saw the marker; two markers, blind to each other and to it)', () => {
  it('holds at least 150 answers to at least 20 questions, marked by both markers on each question\'s own scheme', () => {
    const { answers, a, b } = loadBlindMarkers();
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((x) => x.question)).size).toBeGreaterThanOrEqual(20);
    expect(a.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    expect(b.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    const dev = new Set(loadMarkingSet('development').answers.map((x) => x.question));
    expect(answers.filter((x) => dev.has(x.question))).toEqual([]);
  });

  // Measured once, December 2026: level 63.6% (of the 162 answers the markers agree on), within one 96.3%,
  // Spearman 0.88, points precision 92.1%.
  it('the marker against the markers\' agreed levels: level 60%, within one level 95%, Spearman 0.85, points precision 90%', () => {
    const { answers, marks } = loadMarkingSet('blind');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.6);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.95);
    expect(f.spearman).toBeGreaterThanOrEqual(0.85);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.9);
  });
});
