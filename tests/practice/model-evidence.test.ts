// The model answer gives each point the notes' evidence for it, a date or a figure (a GCSE student's trial, finding
// 22: a bare list of six points gave her nothing to write from), and still fits one Discord message.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { modelAnswerReply } from '../../src/commands/practice-view.js';
import { loadRealKnowledge, practiceQuestion } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

describe('the model answer with evidence', () => {
  it('shows points of the famine question with a date or figure from the notes under them', () => {
    const body = modelAnswerReply(kb, practiceQuestion(kb, 'pq-famine-explain-causes')).body ?? '';
    const evidence = body.split('\n').filter((l) => l.trim().startsWith('Evidence:'));
    expect(evidence.length).toBeGreaterThanOrEqual(3);
    for (const line of evidence) expect(line).toMatch(/\d/);
    // Under the exports point, the exports' figures.
    expect(body).toMatch(/Grain was still exported[^\n]*\n\s+Evidence:[^\n]*exports/);
  });

  it('fits one message for every question, and never gives two points the same evidence', () => {
    for (const q of kb.practice) {
      const plain = modelAnswerReply(kb, { ...q, points: q.points.map((p) => ({ ...p, entries: [] })) }).body ?? '';
      const body = modelAnswerReply(kb, q).body ?? '';
      expect(body.length <= 2000 || body === plain, q.id).toBe(true);
      const lines = body.split('\n').filter((l) => l.trim().startsWith('Evidence:'));
      expect(new Set(lines).size, q.id).toBe(lines.length);
    }
  });
});
