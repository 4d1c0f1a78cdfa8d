// The everyday phrases (src/matching/vocabulary.ts) each list the strings a text must hold to contain them, so that
// a text without them is not scanned for the phrase. A list stricter than its pattern would silently lose the phrase:
// "why did Stalin bring the NEP" would no longer be read as "start". Every text of the fact base and every readable
// real question is checked: wherever a pattern matches, its needs are held.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerableEntries } from '../../src/knowledge/answerable.js';
import { normaliseText } from '../../src/matching/normalise.js';
import { EVERYDAY_PHRASES } from '../../src/matching/vocabulary.js';
import { useRealKnowledge } from '../helpers/knowledge.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';

let kb: KnowledgeBase;
useRealKnowledge(() => ({}), (real) => (kb = real.kb), 60_000);

const READABLE_SETS = ['tuning-course', 'third-course', 'fourth-course', 'tuning-near-miss', 'tuning-2-near-miss'];
const readableQuestions = () =>
  READABLE_SETS.flatMap((name) =>
    readFileSync(`bench/ask-real/${name}.jsonl`, 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { q: string }).q),
  );

describe('the strings each everyday phrase needs', () => {
  it('are held by every text of the fact base and every readable question the phrase is found in', () => {
    const texts = [
      ...answerableEntries(kb).flatMap((e) => [e.question, ...e.phrasings, e.answer]),
      ...readableQuestions(),
    ].map(normaliseText);
    const found = new Array<number>(EVERYDAY_PHRASES.length).fill(0);
    const missing: string[] = [];
    for (const text of texts) {
      EVERYDAY_PHRASES.forEach(([pattern, , needs], i) => {
        if (!new RegExp(pattern.source).test(text)) return;
        found[i] = (found[i] ?? 0) + 1;
        for (const oneOf of needs) if (!oneOf.some((n) => text.includes(n))) missing.push(`${pattern.source} needs one of ${oneOf.join('|')}: "${text.slice(0, 80)}"`);
      });
    }
    expect(missing).toEqual([]);
    // The check means something only where the phrase occurs: most do in these texts.
    expect(found.filter((n) => n > 0).length).toBeGreaterThan(EVERYDAY_PHRASES.length / 2);
  });
});
