// A quiz in the local console, with piped input: /as, /quiz, answers by letter, /leaderboard, /stats,
// /quiz stop, the countdown, and `npm start` writing the server's file under DATA_DIR.
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.js';
import { createConsoleMessenger } from '../src/adapters/console/console-messenger.js';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../src/quiz/defaults.js';
import { createMemoryGuildStore } from '../src/store/guild-store.js';
import { FakeTime } from './fakes/time.js';
import { liveConsole } from './helpers/console-session.js';
import { loadFixtureKnowledge } from './helpers/knowledge.js';
import { tempDir } from './store/helpers.js';

/**
 * A random source that never moves anything: questions come in file order and choices keep their
 * order, so the fixture's right answers are B (1921), A (a tax in kind), A (private traders).
 */
const unshuffled = () => 0.999999;

async function consoleWith(time: FakeTime) {
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({
    kb: await loadFixtureKnowledge(),
    store: createMemoryGuildStore(),
    clock: time,
    scheduler: time,
    random: unshuffled,
    messenger,
    quizTiming: CONSOLE_QUIZ_TIMING,
  });
  return { app, ...liveConsole(app, { messenger }) };
}

const prompts = (t: string) => t.split('\n> ').length - 1;

describe('a quiz in the console', () => {
  it('plays a scripted round from piped input and ends with the player on the leaderboard', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end(['/as Sasha', '/quiz start topic:nep questions:5 seconds:20 kind:facts', 'B', 'A', 'C', '/leaderboard', '/stats', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();

    expect(out).toContain(Q.consoleAs('Sasha'));
    expect(out).toContain('== Quiz: The New Economic Policy (NEP) ==');
    expect(out).toContain(Q.startFewer(3));
    expect(out).toContain('== Question 1 of 3 · The New Economic Policy (NEP) ==\nIn which year was the NEP introduced?');
    expect(out).toContain('  [A] 1917\n  [B] 1921\n  [C] 1924\n  [D] 1928');
    expect(out).toContain('⏱ Answers close at');
    // Each answer is confirmed first, then the reveal and the next question follow.
    expect(out).toMatch(/Answer locked in for question 1\.\n== The answer: B · 1921 ==\nThe Tenth Party Congress adopted it in March 1921\.\n\nRight \(1\):\nSasha \+1,000/);
    expect(out).toContain('Sasha +1,100 (2 in a row)');
    expect(out).toContain('== The answer: A · Private traders ==');
    // Sasha plays alone: a miss is said to her, not to a group.
    expect(out).toContain(Q.revealSoloMiss('A'));
    expect(out).not.toContain('Nobody got it right');
    // Sasha plays alone: her score, with no medal, as /stats counts no win for it.
    expect(out).toContain('== Quiz over ==\nThat was the last question.\n\nSasha — 2,100\nPlayed alone, so not counted as a win');
    expect(out).toContain('== Leaderboard · all time ==\n1. Sasha — 2,100');
    expect(out).toContain('2 of 3 answered right (67%)');
    expect(out.trim().endsWith('Goodbye — good luck with your revision!')).toBe(true);
  });

  it('still takes A–D for the open question after an /ask between answers, whose reply has buttons of its own (a group\'s trial)', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end(['/as Sasha', '/quiz start topic:nep questions:3 seconds:20 kind:facts', '/ask why was the nep brought in', '1', 'b', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    expect(out).toContain('[N] Not what I asked');
    expect(out).not.toContain('There is no b to press here');
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(1\):\nSasha \+1,000/);
    // The /ask reply's own buttons work too: 1 is its related question.
    expect(out).toContain('== What were the main features of the NEP? ==');
  });

  it('says which keys there are for letters or a year typed during a question, and takes "b." as B (a group\'s trial)', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end(['/quiz start topic:nep questions:3 seconds:20 kind:facts', '', 'AB', '1921', 'b.', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    expect(out).toContain(MESSAGES.consoleNoSuchButton('AB', ['A', 'B', 'C', 'D']));
    expect(out).toContain(MESSAGES.consoleNoSuchButton('1921', ['A', 'B', 'C', 'D']));
    expect(out).not.toContain(MESSAGES.consoleNotACommand);
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(1\):\nPlayer 1 \+1,000/);
  });

  it('takes the first of several letters typed on one line and says once that only it counts, never that time is up', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end(['/quiz start topic:nep questions:3 seconds:20 kind:facts', 'B A D C', 'A B', 'A C D B', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    // B, A and A are each question's answer; the letters after them land nowhere, as one message says.
    expect(out).toContain(Q.consoleOneLetterCounts('B', 1, ['A', 'D', 'C']));
    expect(out).toContain(Q.consoleOneLetterCounts('A', 2, ['B']));
    expect(out).toContain(Q.consoleOneLetterCounts('A', 3, ['C', 'D', 'B']));
    expect(out).not.toContain(Q.answerDuplicate);
    expect(out).not.toContain(Q.consoleAnswerLockedFor(1));
    expect(out).not.toContain(Q.answerLate);
    expect(out).not.toContain(Q.answerEnded);
    expect(out).toContain('== Quiz over ==\nThat was the last question.\n\nPlayer 1 — 3,300');
  });
  it('lets players take turns with /as, and closes each question once all of them have answered', async () => {
    const c = await consoleWith(new FakeTime());
    const script = ['/as Ann', '/quiz nep 3 20', 'B', '/as Ben', 'A', '/as Ann', 'A', '/as Ben', 'A', '/as Ann', 'D', '/leaderboard', '/quit'];
    c.input.end(script.map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    // Ann alone closes question 1 by answering it.
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(1\):\nAnn \+1,000/);
    // Ben joins on question 2: his answer does not close it, as Ann has not answered yet; hers does.
    expect(out).toMatch(/Answer locked in for question 2\.\nWaiting for Ann to answer[^\n]*\n> You are now playing as Ann\./);
    expect(out).toContain('Right (2):\nBen +1,000, Ann +1,100 (2 in a row)');
    expect(out).toContain('== Leaderboard · all time ==\n1. Ann — 2,100\n1. Ben — 2,100');
  });

  it('tells a lone player at the start how friends at the keyboard join, and not once two have switched in (a GCSE trial)', async () => {
    const alone = await consoleWith(new FakeTime());
    alone.input.end(['/as Kayla', '/quiz nep 3 20', '/quit'].map((l) => `${l}\n`).join(''));
    await alone.done;
    expect(alone.text()).toContain(`${Q.consoleReady({ first: 'A', last: 'D', repeat: 'Q' })}\n${Q.consoleTogether}`);
    expect(Q.consoleTogether).toContain('Type /as and a name for each player before you start');
    const pair = await consoleWith(new FakeTime());
    pair.input.end(['/as Kayla', '/as Dev', '/quiz nep 3 20', '/quit'].map((l) => `${l}\n`).join(''));
    await pair.done;
    expect(pair.text()).toContain(Q.consoleReady({ first: 'A', last: 'D', repeat: 'Q' }));
    expect(pair.text()).not.toContain(Q.consoleTogether);
  });

  it('keeps an open question open for a friend who switches in with /as during it, and counts both answers (a GCSE trial)', async () => {
    const c = await consoleWith(new FakeTime());
    // Question 1 is on screen (Enter) before Dev switches in; Kayla's answer then waits for his.
    c.input.end(['/as Kayla', '/quiz nep 3 20', '', '/as Dev', '/as Kayla', 'B', '/as Dev', 'B', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    expect(out).toMatch(/Answer locked in for question 1\.\nWaiting for Dev to answer[^\n]*\n> You are now playing as Dev\./);
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(2\):\n(Kayla|Dev) \+1,000, (Kayla|Dev) \+1,000/);
  });

  it('waits for every player who took a turn with /as before the round began (one keyboard, several players)', async () => {
    const c = await consoleWith(new FakeTime());
    const script = ['/as Ann', '/as Ben', '/as Ann', '/quiz nep 3 20', 'B', '/as Ben', 'B', '/quit'];
    c.input.end(script.map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    // Ann's answer does not close question 1: Ben has joined too, and his answer lands on it.
    expect(out).toMatch(/Answer locked in for question 1\.\nWaiting for Ben to answer[^\n]*\n> You are now playing as Ben\./);
    expect(out).toMatch(/== The answer: B · 1921 ==[^=]*Right \(2\):\n(Ann|Ben) \+1,000, (Ann|Ben) \+1,000/);
  });

  it('waits only for this round\'s players: one who played an earlier round does not hold its questions open', async () => {
    const c = await consoleWith(new FakeTime());
    const round = (players: readonly string[]) => ['/quiz nep 3 20', ...[1, 2, 3].flatMap(() => players.flatMap((p) => [`/as ${p}`, 'A']))];
    c.input.end([...['/as Tom', ...round(['Tom'])], '/as Priya', '/as Jay', ...round(['Priya', 'Jay']), '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    // Both rounds end at their last question: Tom, who has not switched in since round 1, is not waited for.
    expect(out.split(Q.endReason.completed).length - 1).toBe(2);
    expect(out).not.toContain(Q.endReason.shutdown);
    expect(out).toContain('Everyone:\n1st: Jay');
    expect(out.slice(out.lastIndexOf('Everyone:'))).not.toContain('Tom');
  });

  it('says whom a question waits for, and leaves a player who never answered off the final standings', async () => {
    const c = await consoleWith(new FakeTime());
    // Priya switched in before the round and so joined it, but Maya plays alone at the keyboard.
    c.input.end(['/as Priya', '/as Maya', '/quiz nep 3 20', 'B', 'A', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    const waiting = Q.consoleWaitingFor(['Priya']);
    expect(waiting).toContain('/as Priya');
    // Said after her answer, and again after the letter that did not count.
    expect(out).toContain(`${Q.consoleAnswerLockedFor(1)}\n${waiting}`);
    expect(out).toContain(`${Q.answerDuplicate}\n${waiting}`);
    const end = out.slice(out.lastIndexOf('== Quiz over =='));
    expect(end).toContain('Everyone:\n1st: Maya, 1,000 points, 1 of 1 right');
    expect(end).not.toContain('Priya');
  });

  it('waits for players who switched in before a round started by a button ("test me on the NEP")', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end(['/as Ann', '/as Ben', '/ask test me on the nep', '1', 'B', '/as Ann', 'B', '/quit'].map((l) => `${l}\n`).join(''));
    await c.done;
    const out = c.text();
    // Ben's answer does not close question 1: Ann switched in before the round began, and her answer lands on it.
    expect(out).toMatch(/Answer locked in for question 1\.\nWaiting for Ann to answer[^\n]*\n> You are now playing as Ann\./);
    expect(out).toMatch(/Right \(2\):\n(Ann|Ben) \+1,000, (Ann|Ben) \+1,000/);
  });

  /** Types a line and waits until the console has handled it (its prompt is back). */
  const typer = (c: Awaited<ReturnType<typeof consoleWith>>) => async (line: string) => {
    const before = prompts(c.text());
    c.input.write(`${line}\n`);
    await c.until((t) => prompts(t) > before);
  };

  it('stops waiting for a player who switched in but missed two questions in a row, and says so once (a group\'s trial)', async () => {
    const time = new FakeTime();
    const c = await consoleWith(time);
    const type = typer(c);
    // Chloe switched in just before the round but never answers; Ben plays. (A name used for something else before
    // the round, such as her homework, is not a player at all: tests/console/console-s16.test.ts.)
    for (const line of ['/as Chloe', '/as Ben', '/quiz nep 3 20', 'B']) await type(line);
    expect(c.text()).toContain(Q.consoleWaitingFor(['Chloe']));
    await time.advance(20_000, () => c.app.settled());
    await type('A');
    await time.advance(20_000, () => c.app.settled());
    await c.until((t) => t.includes('== Question 3 of 3'));
    const notice = Q.consoleNotWaitingFor('Chloe');
    expect(notice).toBe('Not waiting for Chloe any more — /as Chloe to come back in.');
    expect(c.text()).toMatch(/Not waiting for Chloe any more[^\n]*\n== Question 3 of 3/);
    // Ben's answer closes question 3 at once, with no time passing: the round no longer waits for Chloe.
    await type('A');
    c.input.end('/quit\n');
    await c.done;
    const out = c.text();
    expect(out.split(notice)).toHaveLength(2);
    expect(out).toContain(Q.endReason.completed);
    expect(out).not.toContain(Q.endReason.shutdown);
    expect(out.slice(out.lastIndexOf('== Quiz over =='))).not.toContain('Chloe');
  });

  it('waits again for a player who was no longer waited for once they switch back in, and counts their answer', async () => {
    const time = new FakeTime();
    const c = await consoleWith(time);
    const type = typer(c);
    for (const line of ['/as Chloe', '/as Ben', '/quiz nep 3 20', 'B']) await type(line);
    await time.advance(20_000, () => c.app.settled());
    await type('A');
    await time.advance(20_000, () => c.app.settled());
    await c.until((t) => t.includes(Q.consoleNotWaitingFor('Chloe')));
    for (const line of ['/as Chloe', 'A']) await type(line);
    // Her answer is in, and question 3 waits for Ben, who has not answered it yet; his answer closes it.
    expect(c.text()).toContain(`${Q.consoleAnswerLockedFor(3)}\n${Q.consoleWaitingFor(['Ben'])}`);
    for (const line of ['/as Ben', 'A']) await type(line);
    c.input.end('/quit\n');
    await c.done;
    expect(c.text()).toMatch(/Right \(2\):\n(Chloe|Ben) \+[\d,]+( \(\d in a row\))?, (Chloe|Ben) \+/);
    expect(c.text()).toContain(Q.endReason.completed);
  });

  it('names the question an answer is locked in for, so a letter typed just after one closed is seen to land on the next (a group\'s trial)', async () => {
    const time = new FakeTime();
    const c = await consoleWith(time);
    const type = typer(c);
    await type('/quiz nep 3 20');
    await type(''); // Enter: question 1
    await time.advance(20_000, () => c.app.settled());
    await c.until((t) => t.includes('== Question 2 of 3'));
    // Typed as question 1 closed: it answers question 2, and says so.
    await type('A');
    c.input.end('/quit\n');
    await c.done;
    expect(c.text()).toContain(Q.consoleAnswerLockedFor(2));
    expect(c.text()).not.toContain(`${Q.answerLocked}\n`);
  });

  it('shows the countdown, reveals at time up, and stops with /quiz stop', async () => {
    const time = new FakeTime();
    const c = await consoleWith(time);
    // Enter asks question 1.
    c.input.write('/quiz nep 3 20\n\n');
    await c.until((t) => prompts(t) >= 3);
    await time.advance(10_000, () => c.app.settled());
    await c.until((t) => t.includes(Q.consoleTimeLeft(10)));
    await time.advance(5_000, () => c.app.settled());
    await c.until((t) => t.includes(Q.consoleTimeLeft(5)));
    await time.advance(5_000, () => c.app.settled());
    await c.until((t) => t.includes('== Question 2 of 3'));
    expect(c.text()).toContain(Q.revealNoAnswers);
    c.input.end('/quiz stop\n/quit\n');
    await c.done;
    expect(c.text()).toContain(Q.stopped('Player 1'));
    expect(c.text()).toContain(Q.endReason.stopped);
    expect(time.pendingTimers).toBe(0);
  });

  it('ends a round left running when the input ends, before saying goodbye', async () => {
    const c = await consoleWith(new FakeTime());
    c.input.end('/quiz nep 3 20\nB\n');
    await c.done;
    const out = c.text();
    expect(out.indexOf(Q.endReason.shutdown)).toBeGreaterThan(0);
    expect(out.indexOf(Q.endReason.shutdown)).toBeLessThan(out.indexOf('Goodbye'));
  });

  it('runs as `npm start` with piped input and saves the leaderboard under DATA_DIR', async () => {
    const data = await tempDir('console-data-');
    try {
      const r = spawnSync('npx', ['tsx', 'src/main.ts'], {
        input: '/as Sasha\n/quiz nep 3 20\nA\nA\nA\n/leaderboard\n/quit\n',
        env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid', DATA_DIR: data.dir },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('== Quiz over ==');
      expect(r.stdout).toContain('== Leaderboard · all time ==');
      const saved = JSON.parse(await readFile(path.join(data.dir, 'guilds', 'local.json'), 'utf8'));
      expect(saved.players['console-sasha']).toMatchObject({ name: 'Sasha', roundsPlayed: 1 });
      expect(saved.allTime['console-sasha'].nep.answered).toBe(3);
    } finally {
      await data.remove();
    }
  });
});
