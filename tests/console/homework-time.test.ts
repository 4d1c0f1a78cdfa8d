// Homework at one keyboard, from a group's trial: a question's time-up is said when it comes (as a quiz round's
// reveal is), a letter typed after it is refused rather than taken for the next question, and S starts the only
// homework /homework lists.
import { describe, expect, it } from 'vitest';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import type { ConsoleTime } from '../../src/adapters/console/console.js';
import { buildApp } from '../../src/app.js';
import { HOMEWORK_MESSAGES as H, MESSAGES } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { liveConsole } from '../helpers/console-session.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const SET = '/tutor homework set topic:nep questions:3 seconds:10 due:2030-01-10T09:00';

/** The console on a fake clock, typed into line by line; `consoleTime`: the console's own clock and timers. */
async function keyboard(time: FakeTime, consoleTime: ConsoleTime = { clock: time, scheduler: time }) {
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, messenger, quizTiming: CONSOLE_QUIZ_TIMING, random: () => 0.3 });
  const live = liveConsole(app, { messenger, time: consoleTime });
  return {
    app,
    done: live.done.then(() => messenger.dispose()),
    text: live.text,
    type: live.type,
    quit: () => live.input.end('/quit\n'),
  };
}

const afterLast = (text: string, marker: string) => text.slice(text.lastIndexOf(marker) + marker.length);

describe('homework in the console', () => {
  it('says a question\'s time is up when it runs out, refuses a letter typed then, and goes on with S', async () => {
    const time = new FakeTime();
    const k = await keyboard(time);
    for (const line of [SET, '/as Aisha', 'S']) await k.type(line);
    expect(k.text()).toContain(`== ${H.questionTitle('h1', 1, 3)} ==`);
    await time.advance(10_001, () => k.app.settled());
    // Said when it happens, with nothing typed.
    expect(afterLast(k.text(), H.questionTitle('h1', 1, 3))).toContain(H.consoleTimeUp('h1', 1, 'S'));
    expect(k.text()).toContain('[S] Go on');
    // The letter meant for question 1 is not swallowed into question 2: it is refused, and question 2 is not shown yet.
    await k.type('a');
    expect(afterLast(k.text(), H.consoleTimeUp('h1', 1, 'S'))).toContain(H.consoleTimeUpKey(1, 'S'));
    expect(k.text()).not.toContain(H.questionTitle('h1', 2, 3));
    await k.type('S');
    expect(afterLast(k.text(), H.consoleTimeUpKey(1, 'S'))).toContain(`== ${H.questionTitle('h1', 2, 3)} ==\n${H.late(1)}`); // as plain text, not between stars
    // Question 2's time runs from when it was shown: a letter now answers it.
    await k.type('a');
    expect(afterLast(k.text(), H.questionTitle('h1', 2, 3))).toContain(`== ${H.questionTitle('h1', 3, 3)} ==`);
    expect(afterLast(k.text(), H.questionTitle('h1', 3, 3))).not.toContain(H.late(2));
    k.quit();
    await k.done;
    // Nothing is left waiting once the console ends (the question on screen had a time-up to say).
    expect(time.pendingTimers).toBe(0);
  });

  it('refuses a letter typed after the time ran out even before the notice came, instead of taking it for the next question', async () => {
    const time = new FakeTime();
    // Timers that have not fired yet: the key comes in first.
    const k = await keyboard(time, { clock: time, scheduler: { setTimer: () => 0, clearTimer: () => {} } });
    for (const line of [SET, '/as Aisha', 'S']) await k.type(line);
    await time.advance(12_000, () => k.app.settled());
    await k.type('b');
    const after = afterLast(k.text(), H.questionTitle('h1', 1, 3));
    expect(after).toContain(`${H.consoleTimeUp('h1', 1, 'S')}\n\n  [S] Go on\n${H.consoleTimeUpKey(1, 'S')}`);
    expect(k.text()).not.toContain(H.questionTitle('h1', 2, 3));
    k.quit();
    await k.done;
  });

  it('does not say another player\'s question timed out after /as, and tells them which one did when they come back', async () => {
    const time = new FakeTime();
    const k = await keyboard(time);
    for (const line of [SET, '/as Aisha', 'S', 'a', '/as Ben']) await k.type(line);
    await time.advance(30_000, () => k.app.settled());
    expect(k.text()).not.toContain(H.consoleTimeUp('h1', 2, 'S'));
    for (const line of ['/as Aisha', '/homework', 'S']) await k.type(line);
    expect(afterLast(k.text(), H.statusWorking)).toContain(`== ${H.questionTitle('h1', 3, 3)} ==\n${H.late(2)}`);
    k.quit();
    await k.done;
  });

  it('starts the only homework /homework lists with S, as on its post; with two, their numbers do', async () => {
    const time = new FakeTime();
    const k = await keyboard(time);
    for (const line of [SET, '/as Aisha', '/homework', 'S']) await k.type(line);
    expect(k.text()).toContain('[1] Start h1');
    expect(afterLast(k.text(), '[1] Start h1')).toContain(`== ${H.questionTitle('h1', 1, 3)} ==`);
    for (const line of [SET.replace('questions:3', 'questions:2'), '/as Ben', '/homework', 'S']) await k.type(line);
    expect(k.text()).toContain(MESSAGES.consoleNoSuchButton('S', ['1', '2']));
    await k.type('2');
    expect(k.text()).toContain(`== ${H.questionTitle('h2', 1, 2)} ==`);
    k.quit();
    await k.done;
  });
});
