// Content put right after a blind trial by an AQA head of history (scratch s14, reports/trial-teacher.md): Stakhanov's
// record and the First Plan's steel target stated precisely, a Terror death toll of 20 million corrected, Stalin's
// 1935 slogan found, AQA's GCSE question forms, the exam board question, and Fitzpatrick's entry under the right topic.
import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createCourseMatcher, type Matcher } from '../../src/matching/matcher.js';
import { createPremiseReader, type PremiseReader } from '../../src/matching/premise.js';
import { answerOf, answeredEntryId, loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
let reader: PremiseReader;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  matcher = createCourseMatcher(kb);
  reader = createPremiseReader(kb.misconceptions ?? [], matcher);
}, 120_000);

/** The entry /ask answers a whole question with (undefined when it does not answer). */
const asked = (q: string) => {
  const { primary } = askQuestion(matcher, q);
  return primary.status === 'answered' ? primary.entry : undefined;
};

describe('Stakhanov’s record, as the standard account gives it', () => {
  it('102 tonnes in 5 hours 45 minutes, about fourteen times a quota of about 7 tonnes, nowhere sixteen times', () => {
    const answer = answerOf(matcher, 'when was the Stakhanov record and how much coal did he cut');
    for (const fact of [/31 August 1935/, /102\s+tonnes/, /5 hours 45 minutes/, /fourteen times/, /7 tonnes/]) expect(answer).toMatch(fact);
    const person = kb.people.find((p) => p.id === 'stakhanov');
    expect(person?.summary).toMatch(/5 hours 45 minutes/);
    const everything = JSON.stringify(kb);
    expect(everything).not.toMatch(/sixteen times|16 times/i);
  });
});

describe('the First Five-Year Plan’s steel target and what was produced', () => {
  it('gives the optimal variant’s 10.4 million tonnes and the 5.9 million produced in 1932, in one answer', () => {
    const entry = asked('what was the steel target of the first five year plan and what was produced');
    expect(entry?.id).toBe('five-year-plans-first-aims');
    expect(entry?.answer).toMatch(/10\.4 million tonnes/);
    expect(entry?.answer).toMatch(/5\.9 million tonnes of steel/);
    expect(entry?.answer).not.toMatch(/8–10 million/);
  });

  it('no answer gives the steel target as "about 10 million" beside 10.4', () => {
    const answers = kb.questions.filter((q) => /steel/.test(q.answer)).map((q) => q.answer);
    for (const a of answers) expect(a).not.toMatch(/target (of|had been) about 10 million/);
  });
});

describe('"my textbook says 20 million were killed in the Terror is that right"', () => {
  const q = 'my textbook says 20 million were killed in the Terror is that right';

  it('corrects the premise with the NKVD’s count of executions', () => {
    const corrections = reader.corrections(q);
    expect(corrections).toHaveLength(1);
    expect(corrections[0]).toMatch(/did not kill 20 million/);
    expect(corrections[0]).toMatch(/681,692/);
  });

  it('answers with the Terror’s death toll, not exam technique', () => {
    const entry = asked(q);
    expect(entry?.kind).not.toBe('skill');
    expect(['great-terror-how-many', 'terror-assessment-death-toll']).toContain(entry?.id);
  });

  it('leaves alone the famine’s toll and totals for all Stalin’s years', () => {
    expect(reader.corrections('did 20 million die under stalin in total')).toEqual([]);
    expect(reader.corrections('how many died in the great terror')).toEqual([]);
  });
});

describe('Stalin’s 1935 slogan', () => {
  it('"life has become better, comrades; life has become more joyous" finds living standards in 1935', () => {
    const entry = asked('who said life has become better comrades life has become more joyous and when');
    expect(entry?.id).toBe('industrial-workers-living-standards');
    expect(entry?.answer).toMatch(/November 1935/);
    expect(entry?.answer).toMatch(/Stakhanovites/);
    expect(entry?.answer).toMatch(/rationing ended in January 1935/);
    expect(answeredEntryId(matcher, 'life has become more joyous')).toBe('industrial-workers-living-standards');
  });
});

describe('AQA’s GCSE question forms and the exam board', () => {
  it('"what\'s the AQA GCSE \'in what ways\' question" reaches the in-what-ways skill, with AQA’s wording and 8 marks', () => {
    for (const q of ['what\'s the AQA GCSE "in what ways" question', 'aqa 8 marker in what ways', 'in what ways question']) {
      expect(asked(q)?.id, q).toBe('skill-in-what-ways');
    }
    const answer = answerOf(matcher, 'aqa 8 marker in what ways');
    expect(answer).toMatch(/In what ways were the lives of/);
    expect(answer).toMatch(/two or more ways/);
  });

  it('gives AQA’s interpretation questions their wording and marks', () => {
    const skill = (id: string) => kb.skills?.find((s) => s.id === id)?.answer ?? '';
    expect(skill('skill-interpretation-differ')).toMatch(/How does Interpretation B differ from Interpretation A/);
    expect(skill('skill-interpretation-convincing-gcse')).toMatch(/more convincing opinion.*8 marks/s);
    expect(skill('skill-marks')).toMatch(/8 for "In what ways" and 12 for "Which was the more important\s+reason"/);
  });

  it('"which exam board is this for" is answered: the boards covered, and the teacher knows the class’s', () => {
    for (const q of ['which exam board is this for', 'what exam board is this', 'is this for aqa']) {
      const entry = asked(q);
      expect(entry?.id, q).toBe('stalinism-exam-boards');
      expect(entry?.answer).toMatch(/AQA, Edexcel and OCR/);
      expect(entry?.answer).toMatch(/GCSE and A-level/);
      expect(entry?.answer).toMatch(/ask your teacher/);
    }
    // The marks of each kind of question are still the exam skill's.
    expect(asked('how many marks is the interpretations question')?.id).toBe('skill-marks');
  });
});

describe('Fitzpatrick’s view', () => {
  it('is not filed under women, family, education and religion', () => {
    const entry = asked('what did Sheila Fitzpatrick argue about the terror');
    expect(entry?.id).toBe('interpretations-fitzpatrick');
    expect(entry?.topic).toBe('stalinism');
  });
});
