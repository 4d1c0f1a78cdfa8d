// The course's years are the fact base's (courseYears in knowledge/vocabulary.yaml, which /ask reads too): one edit
// there changes the years /practice's marker looks for wrong dates in, the years date questions ask about and the last
// year a topic's timeline draws.
import { beforeAll, describe, expect, it } from 'vitest';
import { topicReply, topicTimelineParts } from '../../src/commands/topics.js';
import { formatProblem, loadKnowledgeTexts, readKnowledgeTexts } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES, PICTURE_MESSAGES } from '../../src/messages.js';
import { courseYearsOf, DEFAULT_COURSE_YEARS } from '../../src/practice/dates.js';
import { createMarker } from '../../src/practice/marker.js';
import { chronologyQuestions } from '../../src/quiz/chronology.js';

let real: KnowledgeBase;
let shorter: KnowledgeBase;

beforeAll(async () => {
  const read = await readKnowledgeTexts('knowledge');
  if (!read.ok) throw new Error(read.problems.map(formatProblem).join('\n'));
  const load = (edit: (yaml: string) => string) => {
    const loaded = loadKnowledgeTexts(read.texts.map((t) => (t.file === 'vocabulary.yaml' ? { ...t, text: edit(t.text) } : t)));
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    return loaded.kb;
  };
  real = load((yaml) => yaml);
  shorter = load((yaml) => yaml.replace(/^( {2}courseYears: )\[1917, 1941\]$/m, '$1[1917, 1936]'));
}, 60_000);

const yearsAsked = (kb: KnowledgeBase) =>
  chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, undefined, courseYearsOf(kb)).flatMap((q) => (q.events ?? []).map((id) => Number(kb.events.find((e) => e.id === id)?.date.slice(0, 4))));

describe("the course's years, from the fact base", () => {
  it('are 1917–1941 in the real fact base, and the same when a fact base gives none', () => {
    expect(courseYearsOf(real)).toEqual({ from: 1917, to: 1941 });
    expect(courseYearsOf(shorter)).toEqual({ from: 1917, to: 1936 });
    const { courseYears: _years, ...none } = real.vocabulary;
    expect(courseYearsOf({ vocabulary: none })).toEqual(DEFAULT_COURSE_YEARS);
    expect(DEFAULT_COURSE_YEARS).toEqual({ from: 1917, to: 1941 });
  });

  it('one edit changes the years date questions ask about', () => {
    expect(Math.max(...yearsAsked(real))).toBeGreaterThan(1936);
    expect(Math.max(...yearsAsked(shorter))).toBeLessThanOrEqual(1936);
  });

  it("one edit changes the last year a topic's timeline draws, and lists the later dates under it", () => {
    const terror = real.topics.find((t) => t.id === 'great-terror');
    expect(terror).toBeDefined();
    if (!terror) return;
    const year = (date: string) => Number(date.slice(0, 4));
    expect(topicTimelineParts(real, terror).later.filter((i) => year(i.date) <= 1941)).toEqual([]);
    expect(topicTimelineParts(shorter, terror).later.some((i) => year(i.date) === 1937)).toBe(true);
    expect(topicReply(shorter, terror).fields?.some((f) => f.name === PICTURE_MESSAGES.topicLaterField(1936))).toBe(true);
  });

  it('one edit changes the years the marker looks for a wrong date in', () => {
    const question = 'why was kirov murdered in 1937';
    expect(createMarker(real).wrongDates(question)).toEqual([expect.stringMatching(/Kirov.*\(December 1934\)$/)]);
    expect(createMarker(shorter).wrongDates(question)).toEqual([]);
  }, 60_000);
});
