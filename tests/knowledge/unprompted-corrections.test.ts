// An answer corrects only a mistake the student made (a Year-11 trial: "…took over as head of the NKVD on 25 November
// 1938, not in 1939" to a student who never said 1939). The date stands alone in the answer; a student who does say
// 1939 is put right by the premise machinery (knowledge/misconceptions.yaml), in a line above the answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createPremiseReader, type PremiseReader } from '../../src/matching/premise.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
let premises: PremiseReader;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
  premises = createPremiseReader(kb.misconceptions ?? [], matcher);
}, 120_000);

describe("Beria's takeover of the NKVD", () => {
  it('is dated in the answers without a correction no one asked for', () => {
    for (const q of ['who replaced yezhov as head of the nkvd', 'did beria improve the camps']) {
      const r = matcher.match(q);
      expect(r.status, q).toBe('answered');
      expect(r.entry?.answer, q).toContain('25 November 1938');
      expect(r.entry?.answer, q).not.toMatch(/not in 1939/);
    }
  });

  it('is put right, above the answer, for a student who says 1939', () => {
    for (const q of ['Why did Beria take over the NKVD in 1939?', 'why did beria replace yezhov in 1939', 'when beria became head of the nkvd in 1939 what changed']) {
      expect(premises.corrections(q).join(' '), q).toMatch(/25 November 1938, not in 1939/);
      expect(matcher.match(q).entry?.answer, q).toContain('25 November 1938');
    }
  });

  it('is not put right when the student has it right, or asks what Beria did in 1939 (he ran the NKVD then)', () => {
    for (const q of ['Why did Beria replace Yezhov in November 1938?', 'what did beria do as head of the nkvd in 1939', 'did the camps improve under beria in 1939'])
      expect(premises.corrections(q), q).toEqual([]);
  });
});
