// The marking sets (tests/fixtures/practice/): a development set of 160 answers to 20 questions, used while
// the marker was built, a held-out set of 60 answers to 12 other questions, written and marked after it was
// frozen, and three blind sets of 168 answers to 24 questions each, each marked by two markers. The first four
// sets were used to tune the marker in December 2026 (see the README there), so their floors hold the marker
// where it is rather than prove it right; the third blind set is held out, its floors the targets.
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
  // December 2026, after the second tuning (on all four sets): level 90.0%, within one 99.4%, Spearman 0.96,
  // precision 90.2%, recall 93.3%. Since a judgement question's level 3 takes 7.5 words a mark (an A-level student's
  // trial; the blind sets' markers gave level 3 to no 16-mark answer under 131 words), 80.0%: the set's author put 16
  // answers of 22–43 words to 12- and 16-mark questions at level 3, which now get level 2.
  it('development set: level 78%, within one level 97%, Spearman 0.92, points precision 88%', () => {
    const { answers, marks } = loadMarkingSet('development');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.78);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.97);
    expect(f.spearman).toBeGreaterThanOrEqual(0.92);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.88);
  });

  // December 2026, after the second tuning: level 83.3%, within one 100%, Spearman 0.95, precision 98.3%,
  // recall 93.5%. Since the words a mark for a judgement question's level 3 (marked by the same author; its answers
  // were not read, only the figures): level 70.0%, within one 98.3%.
  it('held-out set: level 68%, within one level 97%, Spearman 0.9, points precision 95%', () => {
    const { answers, marks } = loadMarkingSet('held-out');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.68);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.97);
    expect(f.spearman).toBeGreaterThanOrEqual(0.9);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.95);
  });

  it('Spearman\'s rho is 1 for the same order, -1 for the reverse, and averages ties', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 1, 2], [1, 1, 2])).toBeCloseTo(1);
  });
});

describe('the blind marking set (answers written by a helper who never saw the marker; two markers, blind to each other and to it; a tuning set since December 2026)', () => {
  it('holds at least 150 answers to at least 20 questions, marked by both markers on each question\'s own scheme', () => {
    const { answers, a, b } = loadBlindMarkers();
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((x) => x.question)).size).toBeGreaterThanOrEqual(20);
    expect(a.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    expect(b.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    const dev = new Set(loadMarkingSet('development').answers.map((x) => x.question));
    expect(answers.filter((x) => dev.has(x.question))).toEqual([]);
  });

  // Measured blind once (December 2026): level 63.6% of the 162 answers the markers agree on, within one
  // 96.3%, Spearman 0.88, points precision 92.1%. Then used to tune the marker and its mark schemes: level
  // 83.3%, within one 98.8%, Spearman 0.92, precision 93.4%, recall 90.7%; after the second tuning, 86.4%,
  // 98.8%, 0.93, 93.4% and 90.7%. These figures flatter it now.
  it('the marker against the markers\' agreed levels: level 82%, within one level 97%, Spearman 0.9, points precision 91%', () => {
    const { answers, marks } = loadMarkingSet('blind');
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(0.82);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(0.97);
    expect(f.spearman).toBeGreaterThanOrEqual(0.9);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(0.91);
  });
});

/** Shared checks of a blind set: its size, that both markers marked every answer, on the question's own points. */
function itHoldsABlindSet(set: 'blind-2' | 'blind-3'): void {
  it('holds 168 answers to 24 questions, of every quality, marked by both markers on each question\'s own scheme', () => {
    const { answers, a, b } = loadBlindMarkers(set);
    expect(answers.length).toBeGreaterThanOrEqual(150);
    expect(new Set(answers.map((x) => x.question)).size).toBeGreaterThanOrEqual(20);
    expect(a.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    expect(b.map((m) => m.id)).toEqual(answers.map((x) => x.id));
    for (const [i, x] of answers.entries()) {
      const q = kb.practice.find((p) => p.id === x.question);
      expect(q, x.id).toBeTruthy();
      for (const m of [a[i], b[i]]) expect(m?.points.filter((p) => !q?.points.some((pt) => pt.id === p)), x.id).toEqual([]);
    }
  });
}

/** The marker against the level both markers agree on, held at floors. */
function itMarksAtLeast(set: 'blind-2' | 'blind-3', title: string, floors: { level: number; withinOne: number; spearman: number; precision: number }): void {
  it(title, () => {
    const { answers, marks } = loadMarkingSet(set);
    const f = evaluateMarker(createMarker(kb), kb.practice, answers, marks);
    expect(f.levelAgreement).toBeGreaterThanOrEqual(floors.level);
    expect(f.withinOneLevel).toBeGreaterThanOrEqual(floors.withinOne);
    expect(f.spearman).toBeGreaterThanOrEqual(floors.spearman);
    expect(f.pointsPrecision).toBeGreaterThanOrEqual(floors.precision);
  });
}

describe('the second blind marking set (written and marked after the first tuning, by others blind to the marker; a tuning set since)', () => {
  itHoldsABlindSet('blind-2');

  // Measured once on the marker before the first tuning (56.6%) and once after it (58.4% of the 166 answers the
  // markers agree on; within one 96.4%, Spearman 0.85, precision 90.5%, recall 80.8%), then used to tune the
  // marker: level 80.7%, within one 99.4%, Spearman 0.94, precision 92.5%, recall 80.5%. These figures flatter it now.
  itMarksAtLeast('blind-2', 'the marker against the markers\' agreed levels: level 76%, within one level 97%, Spearman 0.9, points precision 90%', {
    level: 0.76,
    withinOne: 0.97,
    spearman: 0.9,
    precision: 0.9,
  });
});

describe('the third blind marking set (written and marked while the last tuning went on, by others blind to the marker; held out)', () => {
  itHoldsABlindSet('blind-3');

  // Measured on the marker before this round of tuning (56.9% of the 167 answers the markers agree on) and once
  // after it: level 76.6%, within one 95.2%, Spearman 0.88, precision 93.8%, recall 76.1%. Never read answer by answer.
  itMarksAtLeast('blind-3', 'the marker against the markers\' agreed levels meets the issue\'s targets: level 65%, within one level 95%, Spearman 0.8, points precision 90%', {
    level: 0.65,
    withinOne: 0.95,
    spearman: 0.8,
    precision: 0.9,
  });
});
