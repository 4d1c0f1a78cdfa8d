// The homework report as a covering teacher found it at the console (session 18): she typed /as ms_adeyemi, tried a
// practice question, set homework, and the report said "Set by Teacher" and listed her among the students who had not
// started it, as "console-ms-adeyemi". The setter is named as she typed it, no teacher is a student of it, and no one
// is ever shown by an internal id.
import { describe, expect, it } from 'vitest';
import { HOMEWORK_MESSAGES as H } from '../../src/messages.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { buildApp } from '../../src/app.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { PassThrough } from 'node:stream';
import { runConsole } from '../../src/adapters/console/console.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const SET = '/tutor homework set topic:nep questions:3 seconds:10 due:2030-01-10T09:00';
const REPORT = '/tutor homework report assignment:1';
const DUE = 'Thursday 10 January 2030, 09:00';

/** The console on the fixture's notes, its lines typed one after another (a practice answer takes no prompt): what it printed. */
async function keyboard(lines: readonly string[]): Promise<string> {
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, random: () => 0.3, messenger, quizTiming: CONSOLE_QUIZ_TIMING });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end([...lines, '/quit'].map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output }, { messenger });
  messenger.dispose();
  return text;
}

/** The last report's line of students who have not started, as printed ('' when there is none). */
const notStarted = (text: string): string => {
  const report = text.slice(text.lastIndexOf('Homework h1 report'));
  return report.includes(H.reportNotStarted) ? (report.slice(report.indexOf(H.reportNotStarted)).split('\n')[1] ?? '') : '';
};

/** What was printed but the CSVs (whose student_id column is the spreadsheet's key, kept as stored). */
const onScreen = (text: string): string => text.replace(/----- [^\n]*\.csv -----[\s\S]*?----- end of [^\n]* -----/g, '');

/** A practice question answered and handed in: marked, and kept under the one typing (practice keeps no name). */
const practised = ['/practice nep', '1', 'The NEP let peasants sell their surplus grain after paying a tax in kind, and small traders came back.', '/done'];

describe('the homework report at the console, after a teacher tried the tutor herself', () => {
  it('names the setter as she typed herself, and lists her nowhere as a student', async () => {
    const out = await keyboard(['/as ms_adeyemi', ...practised, SET, '/as Tom', 'S', 'A', 'B', 'C', '/as ms_adeyemi', REPORT]);
    expect(out).toContain('Set by ms_adeyemi');
    expect(out).not.toContain('Set by Teacher');
    expect(out).toContain('ms_adeyemi set homework');
    expect(onScreen(out)).not.toContain('console-');
    expect(notStarted(out)).toBe('');
  });

  it('shows a student known only by practice under the name typed, never by an id', async () => {
    const out = await keyboard(['/as sam_okoro', ...practised, '/as Ms Khan', SET, REPORT]);
    expect(out).toContain(H.reportSummary('Ms Khan', DUE, true, null, 0, 0, 0, null));
    expect(notStarted(out)).toBe('Sam Okoro');
    expect(onScreen(out)).not.toContain('console-');
  });

  it('keeps a titled teacher as the setter after she played a round, and off the list of those not started', async () => {
    const out = await keyboard(['/as Mr Cole', '/quiz nep 3 20', '', 'B', '/quiz stop', SET, REPORT]);
    expect(out).toContain('Set by Mr Cole');
    expect(notStarted(out)).toBe('');
  });
});
