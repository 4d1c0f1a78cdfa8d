// A Year-10 trial (console, English as a second language): "and after him", "it was real or fake", "to hard, explain
// like im 10" and "messi or ronaldo who better" were told "Commands start with a slash…" while other lines were taken
// as /ask; a friend who had played the first quiz round at the keyboard was left out of question 1 of the second; and
// a practice answer typed after "1" had pressed an /ask reply's button (not Answer again) was lost, line by line.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { onlyDeclines, readsAsSaying } from '../../src/adapters/console/console.js';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { MESSAGES, PRACTICE_MESSAGES as P, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript, liveConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

async function session(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  return consoleTranscript(buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING }), lines);
}

/** The console with quiz rounds (questions in file order, choices unshuffled: the NEP round's answers are B, A, A). */
async function quizConsole(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), store: createMemoryGuildStore(), clock: time, scheduler: time, random: () => 0.999999, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const c = liveConsole(app, { messenger });
  c.input.end([...lines, '/quit'].map((l) => `${l}\n`).join(''));
  await c.done;
  return c.text();
}

const count = (text: string, part: string) => text.split(part).length - 1;
/** What /ask itself replies to a line, its body as the console prints it. */
const replyOf = async (line: string) => {
  const out = await session([`/ask ${line}`, '/quit']);
  return out.slice(out.indexOf('> ') + 2).split('\n')[0] ?? '';
};

describe('a line said to the tutor without a slash', () => {
  it('is read as saying something when it asks or tells the tutor anything, in a learner\'s word order too', () => {
    for (const t of [
      'and after him',
      'and in the gulag how many',
      'it was real or fake',
      'to hard, explain like im 10',
      'my english not so good, what i do',
      'messi or ronaldo who better',
      'stalin was paranoid',
      'so if u take some grain they shoot u',
      "he wasn't a good general",
    ])
      expect(readsAsSaying(t), t).toBe(true);
    for (const t of ['the nep', 'stalin and trotsky', 'the purges', 'nep', 'no thanks', 'no i have to go', 'i have to go', 'im done', 'C A D B', '1921'])
      expect(readsAsSaying(t), t).toBe(false);
  });

  it('takes a polite no or a sign-off as no request', () => {
    for (const t of ['no thanks', 'nope i dont know', 'i have to go', 'ok im done for today', 'ok i see', 'i understand now', 'yeah makes sense']) expect(onlyDeclines(t), t).toBe(true);
    for (const t of ['no i mean the kulaks', 'it was real or fake', 'and after him']) expect(onlyDeclines(t), t).toBe(false);
  });

  it('answers the trial\'s lines as /ask would, never with "Commands start with a slash"', async () => {
    const lines = ['and after him', 'it was real or fake', 'to hard, explain like im 10', 'my english not so good, what i do'];
    const out = await session(['/ask why was the nep brought in', ...lines, '/quit']);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(count(out, MESSAGES.consoleTakenAsAsk)).toBe(1);
    // Every line got a reply of /ask's: as many replies as lines, each followed by the prompt.
    expect(count(out, '\n> ')).toBeGreaterThanOrEqual(lines.length + 1);
  });

  it('gives an off-course line /ask\'s own polite refusal, the same as typed with /ask', async () => {
    const refusal = await replyOf('messi or ronaldo who better');
    expect(refusal.length).toBeGreaterThan(20);
    const out = await session(['messi or ronaldo who better', '/quit']);
    expect(out).toContain(refusal);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
  });

  it('still tells a bare topic and a polite no how commands work, and leaves a review card\'s keys to the card', async () => {
    const out = await session(['the nep', 'no thanks', 'ok i see', '/ask why was the nep brought in', 'R', '/review', 'i think it was 1921', 'S', '3', '/quit']);
    expect(count(out, MESSAGES.consoleNotACommand)).toBe(4);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain('== Review session over ==');
  });
});

describe('friends at one keyboard, round after round', () => {
  it('keeps the first round\'s players in the next one, says who is playing, and waits for each of them on question 1', async () => {
    // Round 1: Amir and Yusuf take turns. Round 2 is started by Amir with no /as in between, as in the trial.
    const round1 = ['/as Amir', '/as Yusuf', '/quiz nep 3 20', '', 'B', '/as Amir', 'B', 'A', '/as Yusuf', 'A', 'A', '/as Amir', 'A'];
    const out = await quizConsole([...round1, '/quiz nep 3 20', '', 'B', '/as Yusuf', 'B']);
    const second = out.slice(out.lastIndexOf('== Quiz: '));
    expect(second).toMatch(/Playing at this keyboard: (Amir and Yusuf|Yusuf and Amir)\./);
    expect(second).not.toContain(Q.consoleTogether);
    // Amir's answer does not close question 1: Yusuf is still in, and his answer counts too.
    expect(second).toMatch(/Answer locked in for question 1\.\nWaiting for Yusuf to answer[^\n]*\n> You are now playing as Yusuf\./);
    expect(second).toMatch(/== The answer: B · 1921 ==[^=]*Right \(2\):\n(Amir|Yusuf) \+1,000, (Amir|Yusuf) \+1,000/);
  });

  it('keeps them in when one of them switches back in between rounds', async () => {
    const round1 = ['/as Amir', '/as Yusuf', '/quiz nep 3 20', '', 'B', '/as Amir', 'B', 'A', '/as Yusuf', 'A', 'A', '/as Amir', 'A'];
    const out = await quizConsole([...round1, '/as Yusuf', '/as Amir', '/quiz nep 3 20', '', 'B']);
    const second = out.slice(out.lastIndexOf('== Quiz: '));
    expect(second).toMatch(/Playing at this keyboard: (Amir and Yusuf|Yusuf and Amir)\./);
    expect(second).toMatch(/Answer locked in for question 1\.\nWaiting for Yusuf to answer/);
  });

  it('leaves what players say to each other during a round to them: only a question is taken as /ask then', async () => {
    const out = await quizConsole(['/quiz nep 3 20', 'we are ready', '', 'B']);
    expect(out).not.toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain('Answer locked in for question 1.');
  });

  it('says who plays when two switched in before the first round, and a lone player still gets the hint about /as', async () => {
    const pair = await quizConsole(['/as Kayla', '/as Dev', '/quiz nep 3 20']);
    expect(pair).toContain(C.playing(['Kayla', 'Dev']));
    const alone = await quizConsole(['/as Kayla', '/quiz nep 3 20']);
    expect(alone).toContain(Q.consoleTogether);
    expect(alone).not.toContain('Playing at this keyboard');
  });
});

describe('a practice answer typed when none is open', () => {
  const FIRST = ['Lenin brought in the NEP because War Communism had ruined the economy.', 'The Kronstadt sailors rebelled in 1921.'];
  const AGAIN = ['Lenin brought in the NEP because War Communism had ruined the economy.', 'This meant that peasants could sell their surplus grain again.'];

  it('is kept, not lost: it says to press Answer again, which opens the answer with those lines, and /done hands them in', async () => {
    // The mark, then an /ask, then "1" meant for Answer again presses the /ask reply's first button (the trial's slip).
    const out = await session(['/practice nep explain', ...FIRST, '/done', '/ask why was the nep brought in', '1', ...AGAIN, '/done', '1', '/done', '/quit']);
    expect(count(out, '/8 marks')).toBe(2);
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toContain(C.practiceNotOpen('1', 1));
    expect(out).toContain(C.practiceStillNotOpen('1', 2));
    expect(out).toContain(C.practiceDoneNotOpen('1', 2));
    // The notice shows the practice's buttons again, so 1 is Answer again; it opens the answer with both lines kept.
    expect(out).toContain(`${C.practiceNotOpen('1', 1)}\n\n  [1] ${P.againButton}`);
    expect(out).toContain(P.consoleStillWriting(2));
    // The lines were no questions to /ask.
    const afterSlip = out.slice(out.indexOf(C.practiceNotOpen('1', 1)));
    expect(afterSlip).not.toContain(MESSAGES.consoleTakenAsAsk);
  });

  it('still answers a question typed after the mark, and /cancel drops the kept lines', async () => {
    const out = await session(['/practice nep explain', ...FIRST, '/done', 'why did the sailors rebel?', AGAIN[1] ?? '', '/cancel', '/done', '/quit']);
    expect(out).toContain(MESSAGES.consoleTakenAsAsk);
    expect(out).toContain(C.practiceNotOpen('1', 1));
    expect(out).toContain(P.consoleCancelled);
    expect(out).toContain(P.consoleNothingToHandIn);
  });

  it('is said to the tutor again once another command has run since the practice', async () => {
    const out = await session(['/practice nep explain', ...FIRST, '/done', '/topics', 'stalin was paranoid about the peasants', '/quit']);
    expect(out).not.toContain(C.practiceNotOpen('1', 1));
    // A line that only says something: /ask of the small fact base has no sure answer to it, so it is told how to ask
    // (tests/console/console-chatter.test.ts).
    expect(out).toContain(C.howToAsk);
  });
});
