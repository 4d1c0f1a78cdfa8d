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
    // Model answer: its plan, and a reminder that the answer is still being taken.
    expect(out).toContain(`== ${P.modelTitle} ==`);
    expect(out).toContain(P.consoleTaking);
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
