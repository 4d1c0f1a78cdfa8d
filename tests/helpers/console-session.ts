// The local console fed typed lines, as a student at the keyboard: what it printed, once the input ran out.
import { PassThrough } from 'node:stream';
import { runConsole, type RunConsoleOptions } from '../../src/adapters/console/console.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { buildApp, LOCAL_GUILD_ID, type App } from '../../src/app.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import { createInMemoryMissedQuestions } from '../../src/missed/missed-questions.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';

export async function consoleTranscript(app: App, lines: readonly string[]): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output });
  return text;
}

/**
 * The console as a keyboard typed into while it runs: what it has printed so far, a wait for what it prints next
 * (no clock involved: it waits for the console to print), and a line typed and handled (the prompt is back).
 */
export function liveConsole(app: App, options: RunConsoleOptions = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  const waiters: { test: (t: string) => boolean; resolve: () => void }[] = [];
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString();
    for (const w of waiters.splice(0)) if (w.test(text)) w.resolve();
      else waiters.push(w);
  });
  const done = runConsole(app, { input, output }, options);
  const until = (test: (t: string) => boolean) => new Promise<void>((resolve) => (test(text) ? resolve() : waiters.push({ test, resolve })));
  const prompts = () => text.split('\n> ').length - 1;
  return {
    input,
    done,
    text: () => text,
    until,
    async type(line: string) {
      const before = prompts();
      input.write(`${line}\n`);
      await until(() => prompts() > before);
    },
  };
}

/**
 * The console on `kb`, its app and messenger on `time` with the console's quiz timing and `random`, each line typed
 * once the prompt is back, then /quit: what it printed.
 */
export async function typedAtConsole(kb: KnowledgeBase, lines: readonly string[], { time = new FakeTime(), random }: { time?: FakeTime; random: () => number }): Promise<string> {
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb, clock: time, scheduler: time, random, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const live = liveConsole(app, { messenger });
  for (const line of lines) await live.type(line);
  live.input.end('/quit\n');
  await live.done;
  messenger.dispose();
  return live.text();
}

/**
 * The console on `kb` (its app on a fake clock, the console's quiz timing, `random` 0), the lines typed, then /quit: what
 * it printed, and the questions the teacher's list of missed questions holds after.
 */
export async function consoleWithMissed(kb: KnowledgeBase, lines: readonly string[]): Promise<{ out: string; missed: string[] }> {
  const time = new FakeTime();
  const missed = createInMemoryMissedQuestions();
  const app = buildApp({ kb, clock: time, scheduler: time, random: () => 0, quizTiming: CONSOLE_QUIZ_TIMING, missed });
  const out = await consoleTranscript(app, [...lines, '/quit']);
  return { out, missed: (await missed.list(LOCAL_GUILD_ID)).map((m) => m.question) };
}
