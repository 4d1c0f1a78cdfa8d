// Revision requests routed where they can be met (issue 19): the kind of request ("test me", "summary",
// "key dates", "key words", "what should I revise", "write my essay") and the topic it names. Measured on
// 90 requests written by a helper who never saw the patterns. Both halves were read to choose the
// patterns from December 2026, so their figures flatter; a new blind set measures how far this holds.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { topicOfAnswer } from '../../src/commands/ask.js';
import { requestedTopic } from '../../src/commands/revision.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createTopicFinder, type TopicFinder } from '../../src/knowledge/topic-finder.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { readRevisionRequest } from '../../src/matching/revision-request.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
let finder: TopicFinder;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
  finder = createTopicFinder(kb.topics);
});

type Case = { q: string; kind: string; topic: string | null };
const load = (half: string): Case[] => readFileSync(`tests/fixtures/revision/${half}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case);

function routed(c: Case): { kind: boolean; topic: boolean } {
  const request = readRevisionRequest(c.q);
  const kind = request?.kind === 'key-terms' ? 'key-words' : request?.kind;
  const topic = request ? (requestedTopic(finder, kb, request, undefined, (s) => topicOfAnswer(matcher, s))?.id ?? null) : null;
  return { kind: kind === c.kind, topic: topic === c.topic };
}

describe('routing revision requests', () => {
  it('reads the kind and the topic: "quiz me on lenins testament" is a quiz on Lenin’s legacy; "what should I revise for stalin" is the whole course', () => {
    expect(routed({ q: 'quiz me on lenins testament and why it mattered', kind: 'test-me', topic: 'lenin-legacy' })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'what should i revise for stalin', kind: 'what-to-revise', topic: null })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'tldr of the grain crisis and why nep ended?', kind: 'summary', topic: 'end-of-nep' })).toEqual({ kind: true, topic: true });
  });

  it('finds the subject wherever the request puts it, less what the student says of themselves', () => {
    expect(routed({ q: 'exam tmrw, can you fire some questions at me about the 5 year plans', kind: 'test-me', topic: 'five-year-plans' })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'whats the nep in a nutshell', kind: 'summary', topic: 'nep' })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'write my essay on lenins legacy, 1000 words, due friday', kind: 'write-essay', topic: 'lenin-legacy' })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'give me all the important dates from 1924 to 1941', kind: 'key-dates', topic: null })).toEqual({ kind: true, topic: true });
  });

  it('reads a panic about a test on Stalin as the whole course to revise, and flashcards on a topic as a quiz on it (a student trial)', () => {
    expect(routed({ q: 'help i have a test tomorrow on stalin and i know nothing', kind: 'what-to-revise', topic: null })).toEqual({ kind: true, topic: true });
    expect(routed({ q: 'can you make me flashcards on stakhanovites', kind: 'test-me', topic: 'industrial-workers' })).toEqual({ kind: true, topic: true });
  });

  // December 2026: 100% kind and topic on both halves (97.9%/87.5% and 66.7%/57.1% before; the second half was then blind).
  // The blind set (tests/fixtures/revision/blind.jsonl), written later by a helper who never saw the code and never
  // read line by line: 78.6% kind, 69.0% kind and topic on the routing before that day's tuning; 92.9%, 85.7% after.
  for (const [half, kindFloor, bothFloor] of [['tuning', 0.95, 0.93], ['held-out', 0.95, 0.93], ['blind', 0.9, 0.83]] as const)
    it(`routes the ${half} half: kind right ≥ ${kindFloor * 100}%, kind and topic right ≥ ${bothFloor * 100}%`, () => {
      const cases = load(half);
      const results = cases.map(routed);
      expect(results.filter((r) => r.kind).length / cases.length).toBeGreaterThanOrEqual(kindFloor);
      expect(results.filter((r) => r.kind && r.topic).length / cases.length).toBeGreaterThanOrEqual(bothFloor);
    });
});
