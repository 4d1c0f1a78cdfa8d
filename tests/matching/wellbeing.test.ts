import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeTexts } from '../../src/knowledge/loader.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createDistressReader } from '../../src/matching/wellbeing.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let distress: ReturnType<typeof createDistressReader>;
beforeAll(async () => {
  kb = await loadRealKnowledge();
  distress = createDistressReader(kb.wellbeing?.phrases);
});

describe('a student in distress, in their own words', () => {
  it.each([
    ['i want to kill myself', 'self'],
    ["I'm being bullied at school what do i do", 'harmed'],
    ['i feel really depressed and want to hurt myself', 'self'],
    ['someone hits me at home', 'harmed'],
    ['im being bullied', 'harmed'],
    ['i wanna die', 'self'],
    ["I don't want to live anymore", 'self'],
    ["i've been self harming", 'self'],
    ['i feel suicidal', 'self'],
    ['i wish i was dead', 'self'],
    ['my stepdad keeps hitting me', 'harmed'],
    ['he touches me', 'harmed'],
    ['they beat me up', 'harmed'],
    ['1) why did stalin end the nep 2) how do i tell Mr Khan that Priya Sharma is bullying me', 'harmed'],
  ])('is read as distress: "%s"', (text, kind) => {
    expect(distress(text)).toBe(kind);
  });

  it('reads the phrases a school adds in knowledge/wellbeing.yaml too', () => {
    expect(distress("i'm scared to go home tbh")).not.toBeNull();
    expect(createDistressReader([])("i'm scared to go home tbh")).toBeNull();
    expect(createDistressReader(['my own phrase'])('this is My Own Phrase.')).not.toBeNull();
  });
});

describe('course questions about suicide, bullying and violence in history', () => {
  it.each([
    'why did Tomsky kill himself',
    "did Stalin's wife kill herself",
    'how were prisoners bullied in the gulag',
    'who was bullied in the gulag',
    'how did the great depression affect the ussr',
    'why were so many people suicidal in the gulag',
    'how many people killed themselves in the famine',
    'did stalin bully his colleagues',
    'i think kulaks were attacked by the state',
    "i'm hopeless at dates how do i remember them",
    'beats me why stalin won',
    'hit me with some facts about the five year plans',
    "don't bully me but who was trotsky",
    'this is killing me, what was the nep',
  ])('are not read as distress: "%s"', (text) => {
    expect(distress(text)).toBeNull();
  });

  it("none of the fact base's own questions, phrasings, names or answers reads as distress", () => {
    const texts = [
      ...kb.questions.flatMap((q) => [q.question, ...q.phrasings, q.answer]),
      ...kb.skills.flatMap((s) => [s.question, ...s.phrasings, s.answer]),
      ...kb.people.flatMap((p) => [p.name, ...p.aliases]),
      ...kb.terms.flatMap((t) => [t.term, ...t.aliases]),
      ...kb.quiz.flatMap((q) => [q.prompt, ...q.choices]),
      ...kb.topics.flatMap((t) => [t.title, ...t.aliases, t.summary]),
    ];
    expect(texts.length).toBeGreaterThan(5000);
    expect(texts.filter((t) => distress(t) !== null)).toEqual([]);
  });
});

describe('the wellbeing section of the fact base', () => {
  const section = (title: string) =>
    `wellbeing:\n  title: ${title}\n  reply: Please talk to a teacher.\n  helplines:\n    - { name: Childline, how: call 0800 1111 }\n  danger: Call 999.\n`;

  it('gives the UK helplines by default', () => {
    expect(kb.wellbeing?.helplines.map((h) => `${h.name}: ${h.how}`).join('\n')).toMatch(/Childline: .*0800 1111[\s\S]*Shout: .*85258/);
    expect(kb.wellbeing?.danger).toContain('999');
  });

  it('is held in one file only, and its phrases are plain lower-case words', () => {
    const twice = loadKnowledgeTexts([
      { file: 'a.yaml', text: section('One') },
      { file: 'b.yaml', text: section('Two') },
    ]);
    expect(twice.ok ? [] : twice.problems.map((p) => `${p.file} ${p.field}: ${p.message}`)).toEqual([expect.stringMatching(/^b\.yaml wellbeing: only one file may hold the wellbeing section/)]);
    const apostrophe = loadKnowledgeTexts([{ file: 'a.yaml', text: `${section('One')}  phrases: ["don't feel safe"]\n` }]);
    expect(apostrophe.ok ? [] : apostrophe.problems.map((p) => p.message)).toEqual([expect.stringContaining('without apostrophes')]);
  });
});
