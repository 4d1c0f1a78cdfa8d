// "Put these in order" in the local console: the four letters typed on one line ("C A D B"), or one
// line at a time; each press is answered, and the question closes once the player's order is done.
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { runConsole } from '../../src/adapters/console/console.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { choiceKey } from '../../src/commands/quiz-view.js';
import type { TimelineEvent } from '../../src/knowledge/schema.js';
import { CHRONOLOGY_MESSAGES as C, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { chronologyQuestions, isOrderQuestion } from '../../src/quiz/chronology.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { prepareQuestion } from '../../src/quiz/questions.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

/** Choices keep the question's own order (never already the right one). */
const unshuffled = () => 0.999999;

const event = (id: string, date: string, title: string): TimelineEvent => ({ id, date, title, topic: 'nep', sources: ['notes'] });

async function play(lines: readonly string[]): Promise<{ out: string; keys: string[] }> {
  const fixture = await loadFixtureKnowledge();
  const kb = { ...fixture, events: [...fixture.events, event('e-lenin', '1924-01', 'Lenin dies'), event('e-fifteenth', '1927-12', 'Fifteenth Party Congress'), event('e-turn', '1929-11', 'The Great Turn')] };
  const questions = chronologyQuestions(kb.events, C).filter(isOrderQuestion);
  const prepared = questions[0] ? prepareQuestion(questions[0], unshuffled) : undefined;
  const keys = (prepared?.order ?? []).map(choiceKey);
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb, store: createMemoryGuildStore(), clock: time, scheduler: time, random: unshuffled, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  app.rounds.useQuestions(questions);
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  input.end(
    lines
      .map((l) => l.replace(/\{(\d)\}/g, (_, i: string) => keys[Number(i)] ?? '?'))
      .map((l) => `${l}\n`)
      .join(''),
  );
  await runConsole(app, { input, output }, { messenger });
  return { out, keys };
}

describe('an order question in the console', () => {
  it('takes the four letters on one line, answers each press, and reveals the order', async () => {
    const { out, keys } = await play(['/as Sasha', '/quiz start questions:3 seconds:20', '{0} {1} {2} {3}', '/quit']);
    expect(keys).toHaveLength(4);
    expect(keys).not.toEqual(['A', 'B', 'C', 'D']);
    // The choices come straight after the question, then how to answer and the time.
    expect(out).toContain(`${C.orderPrompt}\n\n  [A] `);
    expect(out).toMatch(/\n {2}\[D\] [^\n]+\n\n\(Press all four, earliest first/);
    expect(out).toContain(`${C.orderPlaced(keys.slice(0, 1), 3)}\n${C.orderPlaced(keys.slice(0, 2), 2)}\n${C.orderPlaced(keys.slice(0, 3), 1)}\n${C.orderDone(keys)}`);
    expect(out).toContain(`== ${C.revealOrderTitle(keys)} ==\nIn order: The Tenth Party Congress adopts the NEP (1921); Lenin dies (1924); Fifteenth Party Congress (1927); The Great Turn (1929).`);
    expect(out).toMatch(/Right \(1\):\nSasha \+1,000/);
  });

  it('with two players at the keyboard, tells each only that their order is in, right or wrong, until the reveal', async () => {
    const { out, keys } = await play(['/as Ann', '/as Ben', '/as Ann', '/quiz start questions:3 seconds:20', '{0} {2} {1} {3}', '/as Ben', '{0} {1} {2} {3}', '/quit']);
    const wrong = [keys[0] ?? '', keys[2] ?? '', keys[1] ?? '', keys[3] ?? ''];
    // Ann's second press is out of order, but nothing says so: her go runs to the fourth press.
    expect(out).toContain(`${C.orderPlaced(wrong.slice(0, 1), 3)}\n${C.orderPlaced(wrong.slice(0, 2), 2)}\n${C.orderPlaced(wrong.slice(0, 3), 1)}\n${C.orderLockedIn(wrong)}`);
    expect(out).not.toContain(C.orderOutOfOrder(wrong.slice(0, 2)));
    // Ben's right order is only locked in too.
    expect(out).toContain(C.orderLockedIn(keys));
    expect(out).not.toContain(C.orderDone(keys));
    // The reveal, once both are in, says who was right.
    expect(out.indexOf(`== ${C.revealOrderTitle(keys)} ==`)).toBeGreaterThan(out.indexOf(C.orderLockedIn(keys)));
    expect(out).toMatch(/Right \(1\):\nBen \+1,000/);
  });

  it('takes them one line at a time, answers a double press, and ends the go at a press out of order', async () => {
    const { out, keys } = await play(['/as Sasha', '/quiz start questions:3 seconds:20', '{0}', '{0}', '{2}', '{1}', '/quit']);
    expect(out).toContain(C.orderPlaced(keys.slice(0, 1), 3));
    expect(out).toContain(C.orderRepeated(keys[0] ?? '', keys.slice(0, 1)));
    expect(out).toContain(C.orderOutOfOrder([keys[0] ?? '', keys[2] ?? '']));
    // The go is over, so the question closed: the last press has nothing left to answer.
    expect(out).toContain(Q.revealSoloMissOrder(keys));
    expect(out.indexOf(Q.revealSoloMissOrder(keys))).toBeLessThan(out.lastIndexOf('Quiz over'));
  });
});
