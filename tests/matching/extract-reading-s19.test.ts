// Pasted Edexcel interpretations placed wrongly (nineteenth session): "Interpretation 1: The purges happened because
// Stalin was paranoid and wanted to destroy all possible rivals…" was said to argue "much as J. Arch Getty does", whose
// card says he challenged that very view; "which historians would agree with that extract?" got another debate, and
// "but interpretation 1 is more like conquest, no? not getty" got exam advice. The extracts here are written for the test.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { historiansNamed, placeExtracts, readExtracts, stanceOf } from '../../src/matching/extract-reading.js';
import type { Matcher } from '../../src/matching/matcher.js';
import { MESSAGES } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript } from '../helpers/console-session.js';
import { useRealMatcher } from '../helpers/knowledge.js';

let kb: KnowledgeBase;
let matcher: Matcher;
useRealMatcher((real) => ({ kb, matcher } = real), 60_000);

const TOP_DOWN_SHORT =
  'The purges happened because Stalin was paranoid and wanted to destroy all possible rivals. He used the NKVD to remove anyone who might one day challenge him.';
const TOP_DOWN =
  'The purges happened because Stalin was paranoid and wanted to destroy all possible rivals. The terror was directed from the top: Stalin planned it and signed the lists of those to be shot.';
const FROM_BELOW =
  "The purges spread because local officials and ordinary people denounced their neighbours and bosses, to settle scores and protect themselves, so the terror ran out of Moscow's control.";
const EDEXCEL = (one: string, two: string) =>
  `Interpretation 1: ${one} Interpretation 2: ${two} How far do you agree with interpretation 2 about the causes of the purges? Explain your answer, using both interpretations and your knowledge of the historical context. (16 marks)`;

const cards = () =>
  kb.people.flatMap((p) => {
    const card = matcher.entry(`person-${p.id}`);
    return card ? [{ card, topics: p.topics }] : [];
  });
const placed = (question: string) => {
  const read = readExtracts(question);
  if (!read) throw new Error('no extracts read');
  return placeExtracts(matcher, cards(), read);
};

/** The console on the real fact base: each typed line's reply, in order. */
async function session(lines: readonly string[]): Promise<string[]> {
  const time = new FakeTime();
  const app = buildApp({ kb, clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING });
  const out = await consoleTranscript(app, [...lines, '/quit']);
  return out.split('\n> ').slice(1, lines.length + 1);
}
const SLOW = { timeout: 90_000 };

describe('placing an extract', () => {
  it('never beside a historian whose card says he argued against its view: a top-down extract is not Getty\'s', () => {
    const [one, two] = placed(EDEXCEL(TOP_DOWN_SHORT, FROM_BELOW));
    expect(one?.historian?.card.id).not.toBe('person-getty');
    // Placed with no one, it is still said to be the view Getty argued against.
    expect(one?.opposedBy?.card.id).toBe('person-getty');
    expect(one?.opposedBy?.sentence).toMatch(/challenged the view/);
    expect(two?.historian?.card.id).toBe('person-getty');
  });

  it('places the top-down interpretation with Conquest and the one from below with Getty', () => {
    expect(placed(EDEXCEL(TOP_DOWN, FROM_BELOW)).map((p) => [p.extract.label, p.historian?.card.id])).toEqual([
      ['Interpretation 1', 'person-conquest'],
      ['Interpretation 2', 'person-getty'],
    ]);
  });

  it('reads Edexcel\'s "Interpretation 1/2", "Extract A/B" and "Source A/B" labels alike', () => {
    for (const label of ['Interpretation', 'Extract', 'Source']) {
      const [a, b] = label === 'Interpretation' ? ['1', '2'] : ['A', 'B'];
      const read = readExtracts(`${label} ${a}: ${TOP_DOWN} ${label} ${b}: ${FROM_BELOW} How far do you agree with ${label} ${b}? (16 marks)`);
      expect(read?.extracts.map((e) => e.label), label).toEqual([`${label} ${a}`, `${label} ${b}`]);
    }
  });

  it('tells a student\'s own placing from the cards: Conquest argues as the top-down extract does, Getty against it', () => {
    const [conquest, getty] = historiansNamed(cards(), 'but interpretation 1 is more like conquest, no? not getty');
    expect([conquest?.id, getty?.id]).toEqual(['person-conquest', 'person-getty']);
    if (!conquest || !getty) return;
    expect(stanceOf(matcher, cards(), TOP_DOWN_SHORT, conquest).stance).toBe('argues');
    expect(stanceOf(matcher, cards(), TOP_DOWN_SHORT, getty)).toEqual({ stance: 'against', sentence: expect.stringMatching(/challenged the view that the Terror was a long-planned scheme/) });
    expect(stanceOf(matcher, cards(), FROM_BELOW, getty).stance).toBe('argues');
  });
});

describe('what is asked next of extracts just pasted', SLOW, () => {
  it('"but interpretation 1 is more like conquest, no? not getty" is answered: yes, with Conquest\'s sentence, and not Getty, with his', async () => {
    const replies = await session([EDEXCEL(TOP_DOWN_SHORT, FROM_BELOW), 'but interpretation 1 is more like conquest, no? not getty']);
    expect(replies[0]).toContain(`== ${MESSAGES.extractsTitle} ==`);
    expect(replies[0]).not.toMatch(/Interpretation 1\*{0,2} argues much as \*{0,2}J\. Arch Getty/);
    const reply = replies[1] ?? '';
    expect(reply).toContain('Yes: Interpretation 1 fits Robert Conquest. My notes: "He argued that Stalin planned and directed the Terror himself');
    expect(reply).toContain('And right, not J. Arch Getty, who argued against that view. My notes: "In Origins of the Great Purges (1985) he challenged the view');
    expect(reply).not.toMatch(/How do I/);
  });

  it('"which historians would agree with that extract?" gets the placing again, not another debate', async () => {
    const replies = await session([EDEXCEL(TOP_DOWN, FROM_BELOW), 'which historians would agree with that extract?', 'is interpretation 2 more like getty?']);
    expect(replies[1]).toContain(`== ${MESSAGES.extractsTitle} ==`);
    expect(replies[1]).toContain('Interpretation 1 argues much as Robert Conquest does');
    expect(replies[1]).not.toMatch(/NEP|power struggle/);
    expect(replies[2]).toContain('Yes: Interpretation 2 fits J. Arch Getty');
  });

  it('leaves a question of its own after them as it was: "who was conquest" is his card', async () => {
    const replies = await session([EDEXCEL(TOP_DOWN, FROM_BELOW), 'who was conquest']);
    expect(replies[1]).toContain('== Who was Robert Conquest? ==');
  });
});
