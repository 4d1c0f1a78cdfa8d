// Checks the real fact base the way a reviewer would: the floors of the course, and the mistakes a
// schema cannot see.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe('the real knowledge base', () => {
  it('covers the course with at least 12 topics, each with a 150–400 word summary, key dates and terms', () => {
    expect(kb.topics.length).toBeGreaterThanOrEqual(12);
    for (const t of kb.topics) {
      expect(words(t.summary), t.id).toBeGreaterThanOrEqual(150);
      expect(words(t.summary), t.id).toBeLessThanOrEqual(400);
      expect(t.keyDates.length, t.id).toBeGreaterThan(0);
      expect(t.keyTerms.length, t.id).toBeGreaterThan(0);
    }
  });

  it('has question entries and quiz questions in every topic', () => {
    for (const t of kb.topics) {
      expect(kb.questions.filter((q) => q.topic === t.id).length, t.id).toBeGreaterThanOrEqual(10);
      expect(kb.quiz.filter((q) => q.topic === t.id).length, t.id).toBeGreaterThanOrEqual(8);
    }
  });

  it('meets the floors: 300 questions, 250 quiz questions, 40 people, 60 terms, 60 events', () => {
    expect(kb.questions.length).toBeGreaterThanOrEqual(300);
    expect(kb.quiz.length).toBeGreaterThanOrEqual(250);
    expect(kb.people.length).toBeGreaterThanOrEqual(40);
    expect(kb.terms.length).toBeGreaterThanOrEqual(60);
    expect(kb.events.length).toBeGreaterThanOrEqual(60);
  });

  it('gives every question at least 3 phrasings and an answer of 40–150 words', () => {
    const short = kb.questions.filter((q) => q.phrasings.length < 3).map((q) => q.id);
    expect(short).toEqual([]);
    const badLength = kb.questions.filter((q) => words(q.answer) < 40 || words(q.answer) > 150).map((q) => `${q.id}: ${words(q.answer)} words`);
    expect(badLength).toEqual([]);
  });

  it('has no quiz question whose choices could both be true ("all of the above", one choice inside another)', () => {
    const suspicious = kb.quiz.filter((q) => {
      const lower = q.choices.map((c) => c.toLowerCase());
      if (lower.some((c) => /\b(all|none|both) of (the|these) (above|choices)\b/.test(c))) return true;
      return lower.some((a, i) => lower.some((b, j) => i !== j && a.length > 3 && b.includes(a)));
    });
    expect(suspicious.map((q) => q.id)).toEqual([]);
  });

  it('mixes difficulties and varies where the correct choice stands', () => {
    const counts = { easy: 0, medium: 0, hard: 0 };
    const positions = [0, 0, 0, 0];
    for (const q of kb.quiz) {
      counts[q.difficulty]++;
      positions[q.choices.indexOf(q.correct)]!++;
    }
    for (const n of Object.values(counts)) expect(n).toBeGreaterThan(kb.quiz.length / 10);
    for (const n of positions) expect(n).toBeGreaterThan(kb.quiz.length / 10);
  });

  it('lists each event once: no two events of a topic in the same year whose titles say the same thing', () => {
    // A student found "the Short Course" twice on one timeline, once from the topic's events and once from the
    // historians' (their titles share five long words; a plan declared complete and the next one beginning share three).
    const words = (t: string) => new Set(t.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 3));
    const same: string[] = [];
    kb.events.forEach((a, i) =>
      kb.events.slice(i + 1).forEach((b) => {
        if (a.topic !== b.topic || a.date.slice(0, 4) !== b.date.slice(0, 4)) return;
        const [x, y] = [words(a.title), words(b.title)];
        const shared = [...x].filter((w) => y.has(w)).length;
        if (shared >= 4) same.push(`${a.id} ~ ${b.id}`);
      }),
    );
    expect(same).toEqual([]);
  });

  it('names a source for every entry and cites the seeds README where it corrects the notes', () => {
    const all = [...kb.questions, ...kb.quiz, ...kb.people, ...kb.terms, ...kb.events];
    expect(all.filter((e) => e.sources.length === 0)).toEqual([]);
  });

  const audit = '../shared/tools/kb-audit';
  it.skipIf(!existsSync(audit))('passes the course audits: every concept covered, nothing copied from the seeds', () => {
    for (const mode of ['coverage', 'originality']) {
      const r = spawnSync('python3', [audit, mode], { encoding: 'utf8' });
      expect(r.status, r.stdout).toBe(0);
    }
  });
});
