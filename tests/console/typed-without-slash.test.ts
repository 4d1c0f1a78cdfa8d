// A GCSE student's trial (console): a question typed without /ask was told "Commands start with a slash…", and
// /quit while writing a practice answer left at once, the answer lost.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { readsAsCorrection, readsAsQuestion } from '../../src/adapters/console/console.js';
import { hedgedLetter } from '../../src/adapters/console/typed-answer.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { MESSAGES, PRACTICE_MESSAGES as P, QUIZ_MESSAGES, REVISION_MESSAGES } from '../../src/messages.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript, liveConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

/** A quiz round on the NEP whose first question's answer is B (1921), with `lines` typed while it is open. */
async function quizSession(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0.999999, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const c = liveConsole(app, { messenger });
  c.input.end(['/quiz start topic:nep questions:3 seconds:20 kind:facts', '', ...lines, '/quit'].map((l) => `${l}\n`).join(''));
  await c.done;
  return c.text();
}

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
    for (const q of ['why did stalin do the purges', 'so why did stalin do the purges', 'what was the nep', 'wot was the great terrer', 'explain the show trials', 'the kulaks?', 'is it true that Kirov was murdered',
      '1. What was dekulakisation? (2 marks) 2. How did peasants resist collectivisation? (4 marks)', '(a) Who was Yezhov? (b) What was the NKVD? [4]', 'Q2) the kulaks? [2]'])
      expect(readsAsQuestion(q), q).toBe(true);
    for (const t of ['b?', 'why', 'C A D B', '1921', 'the purges', 'stalin and trotsky', 'hello there']) expect(readsAsQuestion(t), t).toBe(false);
  });

  it('does not take what is typed while a quiz question is open: letters answer it, and a question is told kindly to type the letter', async () => {
    const out = await quizSession(['is it 1921?', 'B']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain(QUIZ_MESSAGES.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
    expect(out).toContain('Answer locked in for question 1.');
  });

  it('takes a letter said with words that change nothing as that letter ("b i think", a Year-10 trial), and "a or b" as no answer', async () => {
    const out = await quizSession(['a or b', 'b i think']);
    expect(out).toContain(QUIZ_MESSAGES.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(1\):\nPlayer 1 \+1,000/);
  });

  it('answers words of distress typed during a quiz question with /ask\'s help, not a hint about letters', async () => {
    const out = await quizSession(['i want to die']);
    expect(out).toContain(MESSAGES.askWellbeingNotKept);
    expect(out).not.toContain(QUIZ_MESSAGES.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
  });

  it('takes a pasted worksheet, numbered and with its marks, as /ask (a Year-10 trial)', async () => {
    const out = await session(['1. Why did Stalin end the NEP? (4 marks) 2. Why was the NEP brought in? [2]', '/quit']);
    expect(out).toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain('Why did Stalin end the NEP?');
  });

  it('takes a request about the last answer ("shorter pls") and a worried student\'s words as /ask', async () => {
    const out = await session(['why did stalin get rid of the nep', 'shorter pls', 'i am so stress my history test is friday and i dont understand nothing', '/quit']);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain(MESSAGES.askSimpler);
    expect(out).toContain(REVISION_MESSAGES.worryTitle);
  });

  it('is answer text while a practice answer is being written', async () => {
    const out = await session(['/practice nep explain', 'why did Lenin bring in the NEP? Because War Communism had ruined the economy.', '/done', '/quit']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toMatch(/== \d+\/\d+ marks/);
  });
});

// A Year-11 trial (console): "no like what were the reasons he won" and "no i mean lenins cult" were told "Commands
// start with a slash…", while "ok but…" and "so what was…" were taken as /ask. Students correct the tutor with "no…".
describe('a correction typed without /ask ("no i mean…")', () => {
  it('reads several words after "no", "nope", "nah" or "not that" as a correction, but not a polite no or a bare one', () => {
    for (const t of ['no like what were the reasons he won', 'no i mean lenins cult', 'nope, i meant the second plan', 'nah the other one about trotsky', 'not that, the kulaks', 'No no I mean Bukharin', 'noo i meant the famine'])
      expect(readsAsCorrection(t), t).toBe(true);
    for (const t of ['no', 'no.', 'nope', 'no kamenev', 'no thanks', 'no thank you', "nope i'm good", 'no i dont know', 'no not really', 'no idea sorry', 'no worries mate', 'nah im done for today', 'nobody knows why', 'now the kulaks', 'nothing else'])
      expect(readsAsCorrection(t), t).toBe(false);
  });

  it('is answered as /ask, with the last answer, as "ok but…" is', async () => {
    const out = await session(['/ask why was the nep brought in', 'no i mean why did stalin get rid of it', '/quit']);
    expect(out).toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain('== Why did Stalin end the NEP? ==');
  });

  it('leaves a bare "no" and a polite no as they were, and a yes-or-no step still takes its keys', async () => {
    const out = await session(['/ask why was the nep brought in', 'no', 'no thanks', '/tutor reset-leaderboard', 'no', 'no dont reset it', 'N', '/quit']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain(MESSAGES.consoleNoSuchButton('no', ['1', 'N', 'R']));
    expect(out).toContain(MESSAGES.consoleNoSuchButton('no', ['Y', 'N']));
    expect(count(out, MESSAGES.consoleNotACommand)).toBe(2);
    expect(out).toContain(MESSAGES.tutorResetCancelled);
  });

  it('takes a polite no that ends the talk ("no i have to go", "no more questions please") as no question: the command hint, not /ask', async () => {
    const declines = ['no i have to go', 'no i dont want to', 'no more questions please', 'nah i gotta go', 'no i need to stop now'];
    for (const t of declines) expect(readsAsCorrection(t), t).toBe(false);
    for (const t of ['no i want the second plan', 'no i have a question about trotsky']) expect(readsAsCorrection(t), t).toBe(true);
    const out = await session(['/ask why was the nep brought in', ...declines, '/quit']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(count(out, MESSAGES.consoleNotACommand)).toBe(declines.length);
  });

  it('leaves a review card\'s keys working: "no idea" is no question, and the card goes on', async () => {
    const out = await session(['/ask why was the nep brought in', 'R', '/review', 'no idea', 'no i dont know', 'S', 'no', '3', '/quit']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain(MESSAGES.consoleNoSuchButton('no', ['1', '2', '3', '4', 'X']));
    expect(out).toContain('== Review session over ==');
  });

  it('is not taken while a quiz question is open: what is typed then is meant for it', async () => {
    const out = await quizSession(['no i mean the other one', 'B']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain('Answer locked in for question 1.');
  });
});

describe('a letter typed with words around it', () => {
  it('is that letter when the words only hedge it, and nothing when they say more', () => {
    for (const [typed, letter] of [['a i think', 'A'], ['maybe b?', 'B'], ["i think it's c", 'C'], ['D pls', 'D'], ['the answer is a', 'A']] as const) expect(hedgedLetter(typed), typed).toBe(letter);
    for (const typed of ['a', 'b.', 'a or b', 'not a', 'is it a kulak', 'a b', 'is it 1921?']) expect(hedgedLetter(typed), typed).toBeUndefined();
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
