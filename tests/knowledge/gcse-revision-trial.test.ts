// Put right after a Year-11 student's blind trial a week before the exam (scratch s33): "how did Stalin control the
// USSR?" has an overview of its own (it got the gulag's part in it), and "what was the NEP and why did Lenin bring it
// in" answers its second part as "why did Lenin bring in the NEP" alone does.
import { describe, expect, it } from 'vitest';
import { formatProblem, loadKnowledgeTexts } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { answeredEntryId, answerOf, useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

describe('how Stalin controlled the USSR', () => {
  it('is answered by its overview, however it is asked', () => {
    for (const q of ['how did stalin control the ussr', 'What methods did Stalin use to control the Soviet Union?', 'how did stalin keep control of the country', 'how did stalin stay in power in the 1930s'])
      expect(answeredEntryId(matcher, q), q).toBe('stalinism-how-control');
  });

  it('names the terror and the NKVD, propaganda and the cult, censorship, the party, the gulag, and the young', () => {
    const answer = answerOf(matcher, 'how did stalin control the ussr');
    for (const part of [/NKVD/, /show trials/, /gulag/, /Propaganda/, /cult of personality/, /censorship/, /party/, /Komsomol/]) expect(answer).toMatch(part);
    // The gulag's figure as the archives give it (about 1.5–2 million at the late-1930s peak), not an old estimate.
    expect(answer).toMatch(/well over a million/);
    expect(answer).not.toMatch(/\b[5-9] million\b/);
  });

  it('leaves the questions of its parts to their own entries', () => {
    expect(answeredEntryId(matcher, 'How were workers kept under control?')).toBe('industrial-workers-discipline');
    expect(answeredEntryId(matcher, 'how did the gulag help stalin keep control')).toBe('gulag-control');
  });
});

describe('a part that is a clause after "and"', () => {
  it('is answered with the subject of the part before it, as it would be asked alone', () => {
    const outcome = askQuestion(matcher, 'what was the NEP and why did lenin bring it in');
    expect(outcome.parts.map((p) => p.entry?.id)).toEqual(['nep-what-was', 'nep-why-introduced']);
    expect(answeredEntryId(matcher, 'why did lenin bring in the nep')).toBe('nep-why-introduced');
    expect(askQuestion(matcher, 'who was kirov and why was he killed').parts).toHaveLength(2);
  });
});

describe('the topics every board asks about (knowledge/revision.yaml)', () => {
  const topic = 'sources: [{ id: s, title: S }]\ntopic: { id: nep, title: NEP, order: 1, summary: The NEP., keyDates: [{ date: "1921", label: NEP }], keyTerms: [NEP] }\n';

  it('are topics of the course, in the fact base a teacher may edit', () => {
    expect(kb.revision?.coreTopics.length).toBeGreaterThanOrEqual(3);
    for (const id of kb.revision?.coreTopics ?? []) expect(kb.topics.map((t) => t.id), id).toContain(id);
  });

  it('name a topic by its id: a slip is a problem with its line and the id it most likely meant, and an empty list is refused', () => {
    const slip = loadKnowledgeTexts([{ file: 'nep.yaml', text: topic }, { file: 'revision.yaml', text: 'revision:\n  coreTopics: [nepp]\n' }]);
    expect(slip.ok ? [] : slip.problems.map(formatProblem)).toEqual(['revision.yaml:2:16: revision.coreTopics[0]: unknown topic "nepp": did you mean "nep"?']);
    const empty = loadKnowledgeTexts([{ file: 'nep.yaml', text: topic }, { file: 'revision.yaml', text: 'revision:\n  coreTopics: []\n' }]);
    expect(empty.ok ? [] : empty.problems.map(formatProblem).join('\n')).toMatch(/revision\.coreTopics.*at least one topic/);
  });
});
