// Which skill answers "the N mark question" on each board's paper is the fact base's (knowledge/skills.yaml,
// boardMarks), where a teacher can change it: the check says when a skill it names is missing or not for that board.
import { beforeAll, describe, expect, it } from 'vitest';
import { adviceForClass } from '../../src/commands/exam-advice.js';
import { formatProblem, loadKnowledgeTexts, readKnowledgeTexts, type KnowledgeText } from '../../src/knowledge/loader.js';
import { askQuestion } from '../../src/matching/ask-question.js';
import { createLazyCourseMatcher } from '../../src/matching/matcher.js';

let texts: KnowledgeText[];

beforeAll(async () => {
  const read = await readKnowledgeTexts('knowledge');
  if (!read.ok) throw new Error('knowledge/ did not read');
  texts = read.texts;
});

/** The fact base with skills.yaml's boardMarks section as `section` says. */
function withBoardMarks(section: string) {
  return loadKnowledgeTexts(
    texts.map((t) => (t.file === 'skills.yaml' ? { ...t, text: `${t.text.slice(0, t.text.indexOf('\nboardMarks:'))}\nboardMarks:\n${section}` } : t)),
  );
}

const problems = (section: string) => {
  const r = withBoardMarks(section);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('boardMarks in knowledge/skills.yaml', () => {
  it('is what /ask gives for "the 8 mark question": a teacher who changes it changes the advice', () => {
    const edited = withBoardMarks('  - board: aqa\n    marks: 8\n    skills: [skill-interpretation-convincing-gcse]\n');
    if (!edited.ok) throw new Error(edited.problems.map(formatProblem).join('\n'));
    const matcher = createLazyCourseMatcher(edited.kb);
    const outcome = askQuestion(matcher, 'how i do the 8 mark question');
    expect(adviceForClass(edited.kb, matcher, outcome, 'aqa').primary.entry?.id).toBe('skill-interpretation-convincing-gcse');
    // Edexcel's marks are no longer listed: the matcher's choice stands there.
    expect(adviceForClass(edited.kb, matcher, outcome, 'edexcel')).toBe(outcome);
  });

  it('names a skill that is missing, with the closest id', () => {
    const found = problems('  - board: aqa\n    marks: 8\n    skills: [skill-in-what-way]\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/skills\.yaml.*boardMarks\[0\]\.skills\[0\].*unknown skill "skill-in-what-way": did you mean "skill-in-what-ways"/);
  });

  it('names a skill written for another board\'s papers only', () => {
    const found = problems('  - board: aqa\n    marks: 12\n    skills: [skill-explain-why-stimulus]\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"skill-explain-why-stimulus" is for edexcel\'s papers only (its boards), not aqa\'s');
  });

  it('refuses a board it does not know, and the same board and marks twice', () => {
    expect(problems('  - board: cambridge\n    marks: 8\n    skills: [skill-in-what-ways]\n').join('\n')).toMatch(/boardMarks\[0\]\.board/);
    const twice = problems('  - board: aqa\n    marks: 8\n    skills: [skill-in-what-ways]\n  - board: aqa\n    marks: 8\n    skills: [skill-interpretation-convincing-gcse]\n');
    expect(twice).toHaveLength(1);
    expect(twice[0]).toMatch(/boardMarks\[1\]\.marks.*aqa's 8-mark question is named already \(line \d+\)/);
  });
});
