// Slips two blind trials of the console found (session 16): "D is my answer" refused while a question was open; a
// teacher who had typed /as Ms Okafor to set homework made a player of later rounds, each question waiting for her
// until time ran out; "this bot is sh*t" answered with "I don't know the word 'bot'"; "who is the best teacher at this
// school" answered with the notes on propaganda for the young.
import { describe, expect, it } from 'vitest';
import { CONSOLE_MESSAGES as C } from '../../src/adapters/console/console-messages.js';
import { hedgedLetter } from '../../src/adapters/console/typed-answer.js';
import { buildApp } from '../../src/app.js';
import { readPleasantry } from '../../src/matching/pleasantry.js';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { consoleTranscript, typedAtConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';

/** Questions in file order, choices unshuffled: the fixture's NEP answers are B (1921), A, A. */
const unshuffled = () => 0.999999;

/** The console on the fixture's notes, typed into line by line; what it printed once the lines ran out. */
async function keyboard(lines: readonly string[], time = new FakeTime()): Promise<string> {
  return typedAtConsole(await loadFixtureKnowledge(), lines, { time, random: unshuffled });
}

/** The line a round opens with that names its players, if any. */
const playingLine = (out: string, from = 0): string => out.slice(out.indexOf('Playing at this keyboard:', from)).split('\n')[0] ?? '';

describe('a letter said with words that change nothing, while a question is open', () => {
  it('is that letter: "D is my answer", "c for sure", "b final answer" and the like', () => {
    const said: readonly (readonly [string, string])[] = [
      ['D is my answer', 'D'],
      ['my answer is b', 'B'],
      ['its c', 'C'],
      ["it's c", 'C'],
      ['c for sure', 'C'],
      ['i think its a', 'A'],
      ['going with b', 'B'],
      ["I'm going with d", 'D'],
      ['b final answer', 'B'],
      ['final answer: b', 'B'],
      ['a is the answer', 'A'],
      ['definitely b', 'B'],
      ['i would say d', 'D'],
      ['b is correct i think', 'B'],
      ['a i think', 'A'],
    ];
    for (const [typed, letter] of said) expect(hedgedLetter(typed), typed).toBe(letter);
  });

  it('is no answer when the letter is a word of a sentence, two letters are named, or it is denied', () => {
    const lines = ['a lot of people died', 'a or b', 'b or c i think', 'not a', 'its not a', 'a is wrong', 'a bit', 'i think a lot', 'is it 1921?', 'a b', 'a', 'b.', 'its a trick'];
    for (const typed of lines) expect(hedgedLetter(typed), typed).toBeUndefined();
  });

  it('answers the open question in a round ("D is my answer" was told to type one letter)', async () => {
    const out = await keyboard(['/as Sasha', '/quiz nep 3 20', '', 'B is my answer', 'a lot of people died']);
    expect(out).toContain(Q.consoleAnswerLockedFor(1));
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(1\):\nSasha \+1,000/);
    // A sentence with a letter in it is not an answer: the hint, and question 2 still open.
    expect(out).toContain(Q.consoleJustTheLetter(['A', 'B', 'C', 'D'], false));
    expect(out).not.toContain(Q.consoleAnswerLockedFor(2));
  });
});

describe("a round's players at one keyboard", () => {
  it('leaves out a teacher who named herself to set homework: the round is the students\', and waits for nobody else', async () => {
    const time = new FakeTime();
    const set = '/tutor homework set topic:nep questions:3 seconds:10 due:2030-01-10T09:00';
    const out = await keyboard(['/as Ms Okafor', set, '/homework', '/as Jayden', '/as Amira', '/quiz nep 3 20', '', 'B', '/as Jayden', 'B', 'A', '/as Amira', 'A'], time);
    // Before: "Playing at this keyboard: Ms Okafor, Jayden and Amira", and each question waited for her till time ran out.
    expect(playingLine(out)).toBe(C.playing(['Jayden', 'Amira']).split('\n')[0]);
    expect(out).not.toContain(Q.consoleWaitingFor(['Ms Okafor']));
    expect(out).not.toContain(Q.consoleNotWaitingFor('Ms Okafor'));
    // Both answers close each question at once, with no time passing.
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(2\)/);
    expect(out).toContain('== Question 2 of 3');
    expect(out).toMatch(/Right \(2\):\n(Jayden|Amira) \+1,100 \(2 in a row\), (Jayden|Amira) \+1,100 \(2 in a row\)/);
  });

  it('keeps a player who asks a question between switching in and the round (review): only /tutor and /homework take a name off', async () => {
    const out = await keyboard(['/as Amir', 'why did stalin end the nep', '/as Yusuf', '/quiz nep 3 20']);
    expect(playingLine(out)).toBe(C.playing(['Amir', 'Yusuf']).split('\n')[0]);
  });

  it('says who plays and how to join or leave, and keeps the last round\'s players for the next', async () => {
    const round = (first: string, second: string) => ['', `/as ${first}`, 'B', `/as ${second}`, 'B', `/as ${first}`, 'A', `/as ${second}`, 'A', `/as ${first}`, 'A', `/as ${second}`, 'A'];
    const out = await keyboard(['/as Ann', '/as Ben', '/quiz nep 3 20', ...round('Ann', 'Ben'), '/leaderboard', '/quiz nep 3 20']);
    const opening = playingLine(out);
    expect(opening).toContain('Playing at this keyboard: Ann and Ben.');
    expect(opening).toContain('type /as and a name to take a turn or add a player');
    expect(opening).toContain('/as <name> out for one who is not playing (e.g. /as Ben out)');
    // Ben typed /leaderboard between the rounds, but he played the last one: he and Ann play on.
    expect(playingLine(out, out.lastIndexOf('== Quiz: '))).toBe(opening);
  });

  it('takes a player out with "/as <name> out": the open question stops waiting for them, and the next round starts without them', async () => {
    const out = await keyboard([
      '/as Ms Okafor',
      '/as Jayden',
      '/quiz nep 3 20',
      '',
      'B',
      '/as Ms Okafor',
      'B',
      '/as Jayden',
      'A',
      '/as Ms Okafor out',
      '/as Jayden',
      'A',
      '/as Ghost out',
      '/quiz nep 3 20',
    ]);
    expect(out).toContain(`${Q.consoleWaitingFor(['Ms Okafor'])}\n> ${C.playerOut('Ms Okafor')}`);
    // Her going out closes question 2 at once: Jayden had answered it.
    expect(out).toMatch(/== The answer: A · A tax in kind ==[^=]*Right \(1\):\nJayden \+1,100 \(2 in a row\)/);
    expect(out).toContain('== Question 3 of 3');
    expect(out).toContain(C.notAPlayer('Ghost'));
    // What she scored stays (question 1 was hers too), and the questions after she went out are not counted against her.
    const end = out.slice(out.indexOf('== Quiz over =='));
    expect(end).toContain('Ms Okafor, 1,000 points, 1 of 1 right\n');
    // The next round: Jayden alone, told how friends join.
    const next = out.slice(out.lastIndexOf('== Quiz: '));
    expect(next).not.toContain('Ms Okafor');
    expect(next).toContain(Q.consoleTogether);
  });
});

describe('taking out the player at the keyboard (review)', () => {
  it('says the keyboard still plays as them, so the next letter is not a surprise', async () => {
    const out = await keyboard(['/as Ann', '/as Ben', '/quiz nep 3 20', '', 'B', '/as Ben out']);
    expect(out).toContain(`${C.playerOut('Ben')}\n${C.stillAtKeyboard('Ben')}`);
    expect(out.split(C.stillAtKeyboard('Ann')).length).toBe(1);
  });
});

describe('rude words about the tutor, and questions about the student\'s own school', () => {
  it('read as letting off steam, masked swear words too', () => {
    for (const typed of ['this bot is sh*t', "you're a f***ing idiot", 'you are an idiot', 'this tutor is garbage', 'f*** off', 'what a useless bot', 'ur a fucking idiot']) {
      expect(readPleasantry(typed), typed).toBe('frustration');
    }
    // A grade, emphasis and a course question with a masked word are not.
    for (const typed of ['how do i get an A*', 'why was stalin such a b*stard', 'what did stalin do to the kulaks', 'what was the worst', 'answer is b']) expect(readPleasantry(typed), typed).toBeNull();
    expect(readPleasantry('**thanks**')).toBe('thanks');
  });

  it('get a calm line, and a question about the school a plain refusal, not the notes on propaganda for the young', async () => {
    const time = new FakeTime();
    const app = buildApp({ kb: await loadRealKnowledge(), clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING });
    const out = await consoleTranscript(app, ['this bot is sh*t', "you're a f***ing idiot", 'who is the best teacher at this school', '/quit']);
    expect(out.split(MESSAGES.askPleasantry.frustration).length - 1).toBe(2);
    expect(out).not.toContain("I don't know the word");
    expect(out).not.toContain('How did propaganda target young people?');
    expect(out).toContain(MESSAGES.askOtherSubject(['best teacher']).slice(0, 40));
  });
});
