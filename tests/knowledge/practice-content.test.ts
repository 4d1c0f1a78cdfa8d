// The practice section of the fact base (knowledge/practice.yaml): enough questions over every topic and
// kind, each with a whole mark scheme; the loader names each mistake in one; and the feedback on any
// answer to any of them fits Discord's limits without cutting a point short.
import { beforeAll, describe, expect, it } from 'vitest';
import { renderReply, embedLength } from '../../src/adapters/discord/render.js';
import { DISCORD_LIMITS } from '../../src/adapters/discord/limits.js';
import { feedbackReply, modelAnswerReply } from '../../src/commands/practice-view.js';
import { JUDGEMENT_KINDS, practiceKindSchema, type KnowledgeBase } from '../../src/knowledge/schema.js';
import { createMarker } from '../../src/practice/marker.js';
import { loadRealKnowledge, knowledgeProblems } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
}, 60_000);

describe('the practice questions', () => {
  it('number at least 60, over every topic and every kind', () => {
    expect(kb.practice.length).toBeGreaterThanOrEqual(60);
    expect(kb.topics.filter((t) => !kb.practice.some((q) => q.topic === t.id)).map((t) => t.id)).toEqual([]);
    expect(practiceKindSchema.options.filter((k) => !kb.practice.some((q) => q.kind === k))).toEqual([]);
  });

  it('each has marks, a time guide, levels with descriptors covering its marks, and points that teach from entries', () => {
    for (const q of kb.practice) {
      expect(q.minutes, q.id).toBeGreaterThan(0);
      expect(q.levels.at(-1)?.marks[1], q.id).toBe(q.marks);
      expect(q.levels.every((l) => l.descriptor.length > 20), q.id).toBe(true);
      expect(q.points.length, q.id).toBeGreaterThanOrEqual(q.kind === 'describe' ? 3 : 4);
      for (const p of q.points) expect(p.entries.every((e) => kb.questions.some((x) => x.id === e)), `${q.id}/${p.id}`).toBe(true);
      if (JUDGEMENT_KINDS.has(q.kind)) {
        expect(q.factors, q.id).toBeDefined();
        expect(q.points.some((p) => p.side === 'for') && q.points.some((p) => p.side === 'against'), q.id).toBe(true);
      }
    }
  });
});

describe('the loader, on practice questions', () => {
  const base = `
topic: { id: nep, title: NEP, order: 1, summary: s, keyDates: [{ date: "1921", label: x }], keyTerms: [x] }
sources: [{ id: s, title: S }]
questions:
  - { id: nep-why, topic: nep, question: Why NEP?, phrasings: [a b, c d], answer: Because., sources: [s] }
practiceLevels:
  - kind: explain
    marks: 8
    levels:
      - { level: 1, marks: [1, 4], descriptor: Low. }
      - { level: 2, marks: [5, 8], descriptor: High. }
`;
  const load = (practice: string) => knowledgeProblems(`${base}practice:\n${practice}`);
  const point = (extra = '') => `      - { id: p1, point: A point., concepts: [grain procurement fell], entries: [nep-why]${extra} }\n      - { id: p2, point: Another., concepts: [war scare Britain], entries: [nep-why]${extra} }\n`;

  it('takes a valid question, its levels from its kind', () => {
    expect(load(`  - id: q1\n    topic: nep\n    kind: explain\n    prompt: Explain why.\n    marks: 8\n    minutes: 10\n    points:\n${point()}`)).toEqual([]);
  });

  it('names a wrong version of one word, which answers stating the point rightly would hold', () => {
    const problems = load(`  - id: q1\n    topic: nep\n    kind: explain\n    prompt: Explain why.\n    marks: 8\n    minutes: 10\n    points:\n${point(', wrong: [war scare with Japan, secret]')}`);
    expect(problems).toEqual([
      expect.stringMatching(/points\[0\]\.wrong\[1\].*"secret" has fewer than two words/),
      expect.stringMatching(/points\[1\]\.wrong\[1\].*"secret" has fewer than two words/),
    ]);
  });

  it('names an unknown entry, a one-word concept, a judgement without sides and levels that do not fit', () => {
    const problems = load(
      `  - id: q1\n    topic: nep\n    kind: explain\n    prompt: Explain why.\n    marks: 8\n    minutes: 10\n    points:\n` +
        `      - { id: p1, point: A point., concepts: [grain], entries: [nep-missing] }\n      - { id: p2, point: B., concepts: [war scare], entries: [nep-why] }\n` +
        `  - id: q2\n    topic: nep\n    kind: how-far\n    prompt: How far?\n    marks: 16\n    minutes: 20\n    points:\n${point()}`,
    );
    expect(problems).toEqual([
      expect.stringMatching(/practice\[0\]\.points\[0\]\.concepts\[0\] \(id "q1"\): "grain" has fewer than two words/),
      'p.yaml: practice[0].points[0].entries[0] (id "q1"): no question has the id "nep-missing"',
      'p.yaml: practice[1].points[0].side (id "q2"): a judgement question\'s point must say which side it supports: for or against',
      'p.yaml: practice[1].points[1].side (id "q2"): a judgement question\'s point must say which side it supports: for or against',
      'p.yaml: practice[1].factors (id "q2"): a judgement question must say what each side argues (factors: for, against)',
      'p.yaml: practice[1].points (id "q2"): a judgement question needs at least one point for the statement',
      'p.yaml: practice[1].points (id "q2"): a judgement question needs at least one point against the statement',
      'p.yaml: practice[1].levels (id "q2"): no levels: give the question its own, or set practiceLevels for how-far questions of 16 marks',
    ]);
  });
});

describe('feedback on the real questions', () => {
  it('fits one Discord message for every question, even with every point made and long quotes, and never cuts a point', () => {
    const marker = createMarker(kb);
    for (const q of kb.practice) {
      // Every concept of every point, each in a long sentence: every point made, with the longest quotes.
      const answer = q.points.map((p) => `It is very clear that ${p.concepts[0]} because it mattered greatly at the time, and this meant that many things changed for the better and for the worse in the years that followed`).join('. ');
      // And every wrong version too, each in a sentence of its own: every fact to check listed beside them.
      const wrong = q.points.flatMap((p) => (p.wrong ?? []).map((w) => `Everyone knows that ${w} in those years, whatever the textbooks and the teachers and the historians may have said about it`));
      for (const text of [answer, answer.slice(0, 300), [answer, ...wrong].join('. ')]) {
        const reply = feedbackReply(kb, marker.mark(q, text), { late: true, now: 0 });
        const message = renderReply(reply);
        const embed = message.embeds[0];
        expect(embed && embedLength(embed), q.id).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
        for (const field of embed?.fields ?? []) expect(field.value.length, q.id).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
        // Clipping ends with an ellipsis: no field or description may have been clipped.
        for (const [i, field] of (reply.fields ?? []).entries()) expect(embed?.fields?.[i]?.value, q.id).toBe(field.value);
        expect(embed?.description, q.id).toBe(reply.body);
      }
      const model = renderReply(modelAnswerReply(kb, q)).embeds[0];
      expect(model?.description, q.id).toBe(modelAnswerReply(kb, q).body);
    }
  });
});
