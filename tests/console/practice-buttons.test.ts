// A practice question in the console shows its buttons ([1] Answer, [2] Model answer, [3] Another question)
// while it takes the answer's lines: a button's number typed as the first line presses it; after that, and
// any other first line, is the answer.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

async function session(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  return consoleTranscript(buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0 }), lines);
}

const count = (text: string, part: string) => text.split(part).length - 1;
const ANSWER = ['Lenin introduced the NEP because War Communism had ruined the economy, so output collapsed.', 'The Kronstadt sailors rebelled in 1921, which showed that loyal supporters had turned against the regime.'];

describe('buttons pressed while a practice answer is being taken', () => {
  it('presses Another question, then Model answer, by their numbers typed first, and still takes the answer after', async () => {
    const out = await session(['/practice nep', '3', '2', ...ANSWER, '/done', '/quit']);
    // Another question: a second question is set.
    expect(count(out, '== Practice: ')).toBe(2);
    // Model answer: its plan, and a reminder that the answer is still open, with what to type (item 15: not silently).
    expect(out).toContain(`== ${P.modelTitle} ==`);
    expect(out).toContain(P.consoleStillWriting(0));
    // The answer is the lines typed after, not "3" and "2".
    expect(out).toMatch(/== \d+\/\d+ marks/);
    expect(out).not.toContain(P.tooShort(2));
  });

  it('takes a number as answer text once the answer has begun, and an answer that starts with a number as text', async () => {
    const out = await session(['/practice nep', '1921: the Tenth Party Congress brought in the NEP after Kronstadt.', '2', ...ANSWER, '/done', '/quit']);
    expect(out).not.toContain(`== ${P.modelTitle} ==`);
    expect(count(out, '== Practice: ')).toBe(1);
    expect(out).toMatch(/== \d+\/\d+ marks/);
  });

  it('opens the answer again with 1 (Answer), without counting the 1 as a word of it', async () => {
    const out = await session(['/practice nep', '1', 'the economy was ruined badly', '/done', '/quit']);
    expect(out).toContain(P.consoleTaking);
    expect(out).toContain(P.tooShort(5));
  });
});

// An A-level student's trial, item 15: "/ask when did the first five year plan start?" typed while writing a
// practice answer was taken as answer text, and "/done" then marked it 0/4 as off the question.
describe('a command typed while a practice answer is being written', () => {
  it('runs, and the answer stays open: the lines before and after it are the answer, and the command is not', async () => {
    const out = await session(['/practice nep explain', ANSWER[0] ?? '', '/ask why did Lenin introduce the NEP?', ANSWER[1] ?? '', '/done', '/quit']);
    expect(out).toContain('== Why did Lenin introduce the NEP? ==');
    expect(out).toContain(P.consoleStillWriting(1));
    expect(out).toMatch(/== [1-8]\/8 marks/);
    // The answer marked is the two lines typed: the Kronstadt sentence after the /ask is in it.
    expect(out).toContain('The Kronstadt sailors rebelled in 1921');
    expect(out).not.toContain('why did Lenin introduce the NEP?”');
  });

  it('after Model answer, /ask runs and the answer is still taken after it (the trial\'s own steps)', async () => {
    const out = await session(['/practice nep explain', '2', '/ask why did Stalin end the NEP?', ...ANSWER, '/done', '/quit']);
    expect(out).toContain(`== ${P.modelTitle} ==`);
    expect(out).toContain('== Why did Stalin end the NEP? ==');
    expect(out).toContain(P.consoleStillWriting(0));
    expect(out).toMatch(/== [1-8]\/8 marks/);
    expect(out).not.toContain(P.offTopic(null, 'Explain why Lenin introduced the NEP in 1921.').slice(0, 30));
  });

  it('Model answer pressed under the feedback shows the plan and opens no answer: a line typed after it is not taken as one', async () => {
    const out = await session(['/practice nep explain', ...ANSWER, '/done', '2', 'the economy was ruined', '/done', '/quit']);
    expect(out).toContain(`== ${P.modelTitle} ==`);
    expect(out).not.toContain(P.consoleStillWriting(0));
    expect(count(out, '/8 marks')).toBe(1);
    expect(out).toContain(P.consoleNothingToHandIn);
  });

  it('sets a new question when nothing has been written of the last one, and the answer is then taken for it', async () => {
    const out = await session(['/practice nep describe', '/practice nep explain', ...ANSWER, '/done', '/quit']);
    expect(count(out, '== Practice: ')).toBe(2);
    expect(out).toMatch(/== \d+\/8 marks/);
  });

  it('with an answer begun, does not set a new question or take another player, and says how to hand the answer in or drop it first', async () => {
    const out = await session(['/practice nep explain', ANSWER[0] ?? '', '/practice nep describe', '/as Bea', '/nonsense here', ANSWER[1] ?? '', '/done', '/quit']);
    expect(count(out, '== Practice: ')).toBe(1);
    expect(out).toContain(P.consoleWritingAnswer('/practice'));
    expect(out).toContain(P.consoleWritingAnswer('/as'));
    expect(out).toContain(P.consoleWritingAnswer('/nonsense'));
    expect(out).toMatch(/== [1-8]\/8 marks/);
    expect(out).not.toContain('/nonsense here”');
  });
});

