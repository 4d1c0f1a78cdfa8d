// Counts of the fact base, per kind and per topic, for `npm run kb -- stats`.
import type { KnowledgeBase } from './schema.js';

export interface KnowledgeStats {
  totals: { topics: number; questions: number; phrasings: number; quiz: number; people: number; terms: number; events: number; skills: number; practice: number };
  perTopic: Record<string, { questions: number; quiz: number; events: number; people: number; terms: number; summaryWords: number; practice: number }>;
}

export function knowledgeStats(kb: KnowledgeBase): KnowledgeStats {
  const perTopic: KnowledgeStats['perTopic'] = {};
  for (const t of kb.topics) {
    perTopic[t.id] = {
      questions: kb.questions.filter((q) => q.topic === t.id).length,
      quiz: kb.quiz.filter((q) => q.topic === t.id).length,
      events: kb.events.filter((e) => e.topic === t.id).length,
      people: kb.people.filter((p) => p.topics.includes(t.id)).length,
      terms: kb.terms.filter((x) => x.topics.includes(t.id)).length,
      summaryWords: t.summary.split(/\s+/).filter(Boolean).length,
      practice: kb.practice.filter((q) => q.topic === t.id).length,
    };
  }
  return {
    totals: {
      topics: kb.topics.length,
      questions: kb.questions.length,
      phrasings: kb.questions.reduce((n, q) => n + q.phrasings.length, 0),
      quiz: kb.quiz.length,
      people: kb.people.length,
      terms: kb.terms.length,
      skills: kb.skills.length,
      events: kb.events.length,
      practice: kb.practice.length,
    },
    perTopic,
  };
}
