// A GCSE student's trial (console): a question typed without /ask was told "Commands start with a slash…", and
// /quit while writing a practice answer left at once, the answer lost.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { readsAsQuestion } from '../../src/adapters/console/console.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { MESSAGES, PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript, liveConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

async function session(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  return consoleTranscript(buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING }), lines);
}

const count = (text: string, part: string) => text.split(part).length - 1;
const ANSWER = ['Lenin introduced the NEP because War Communism had ruined the economy, so output collapsed.', 'The Kronstadt sailors rebelled in 1921.'];

describe('a question typed without /ask', () => {
  it('is answered as /ask, saying so once, the first time', async () => {
    const out = await session(['why did stalin get rid of the nep', 'why was the nep brought in?', '/quit']);
    expect(count(out, MESSAGES.consoleTakenAsAsk)).toBe(1);
    expect(out).toContain('== Why did Stalin end the NEP? ==');
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out.indexOf(MESSAGES.consoleTakenAsAsk)).toBeLessThan(out.indexOf('== Why did Stalin end the NEP? =='));
  });

  it('gets /ask\'s friendly word for a greeting or thanks, and the hint for text that asks nothing', async () => {
    const out = await session(['hello', 'thanks', 'the nep', '/quit']);
    expect(out).toContain(MESSAGES.askPleasantry.greeting);
    expect(out).toContain(MESSAGES.askPleasantry.thanks);
    expect(count(out, MESSAGES.consoleNotACommand)).toBe(1);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
  });

  it('reads questions by their first words or a question mark, never a key or a lone word', () => {
    for (const q of ['why did stalin do the purges', 'so why did stalin do the purges', 'what was the nep', 'wot was the great terrer', 'explain the show trials', 'the kulaks?', 'is it true that Kirov was murdered'])
      expect(readsAsQuestion(q), q).toBe(true);
    for (const t of ['b?', 'why', 'C A D B', '1921', 'the purges', 'stalin and trotsky', 'hello there']) expect(readsAsQuestion(t), t).toBe(false);
  });

  it('does not take what is typed while a quiz question is open: letters answer it, and a question gets the hint', async () => {
    const time = new FakeTime();
    const messenger = createConsoleMessenger({ clock: time, scheduler: time });
    const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0.999999, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
    const c = liveConsole(app, { messenger });
    c.input.end(['/quiz start topic:nep questions:3 seconds:20 kind:facts', '', 'is it 1921?', 'B', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain('Answer locked in for question 1.');
  });

  it('is answer text while a practice answer is being written', async () => {
    const out = await session(['/practice nep explain', 'why did Lenin bring in the NEP? Because War Communism had ruined the economy.', '/done', '/quit']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toMatch(/== \d+\/\d+ marks/);
  });
});

describe('/quit while a practice answer is being written', () => {
  it('says the answer would be lost, and /done still hands it in', async () => {
    const out = await session(['/practice nep explain', ...ANSWER, '/quit', '/done', '/quit']);
    expect(out).toContain(P.consoleQuitWhileWriting(2));
    expect(out).toMatch(/== \d+\/8 marks/);
    expect(out).not.toContain(P.consoleNothingToHandIn);
    expect(out.trim().endsWith(MESSAGES.consoleBye)).toBe(true);
  });

  it('leaves at a second /quit in a row, and at once with nothing written', async () => {
    const twice = await session(['/practice nep explain', ...ANSWER, '/quit', '/quit', '/done']);
    expect(twice).toContain(P.consoleQuitWhileWriting(2));
    expect(twice).not.toMatch(/== \d+\/8 marks/);
    expect(twice.trim().endsWith(MESSAGES.consoleBye)).toBe(true);
    const empty = await session(['/practice nep explain', '/quit', '/done']);
    expect(empty).not.toContain(P.consoleQuitWhileWriting(0));
    expect(empty.trim().endsWith(MESSAGES.consoleBye)).toBe(true);
  });

  it('asks again after more is written: a /quit, then more lines, then /quit', async () => {
    const out = await session(['/practice nep explain', ANSWER[0] ?? '', '/quit', ANSWER[1] ?? '', '/quit', '/done', '/quit']);
    expect(out).toContain(P.consoleQuitWhileWriting(1));
    expect(out).toContain(P.consoleQuitWhileWriting(2));
    expect(out).toMatch(/== \d+\/8 marks/);
  });
});
