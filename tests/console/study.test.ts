// The console as a class uses it for issue 14: a teacher sets homework with named options, students take
// turns (/as) to do it, /homework and /review, and the reports, whose CSV files are written to a folder
// with their paths printed.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { runConsole } from '../../src/adapters/console/console.js';
import { buildApp } from '../../src/app.js';
import { HOMEWORK_MESSAGES as H, REPORT_MESSAGES as P, REVIEW_MESSAGES as R } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { FakeTime } from '../fakes/time.js';
import { readCsv } from '../helpers/csv.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

async function session(lines: string[]): Promise<{ out: string; dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'tutor-console-'));
  dirs.push(dir);
  const time = new FakeTime();
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, messenger, quizTiming: CONSOLE_QUIZ_TIMING, random: () => 0.3 });
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (chunk: Buffer) => (out += chunk.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output }, { messenger, attachmentsDir: path.join(dir, 'exports') });
  messenger.dispose();
  return { out, dir };
}

describe('the console for homework, review and reports', () => {
  it('sets homework with named options, lets two students do it in turn, and writes the report\'s CSV to a file', async () => {
    const { out, dir } = await session([
      '/tutor homework set topic:nep questions:2 due:2030-01-10T09:00',
      '/as Sasha',
      'S',
      'A',
      'B',
      '/as Олег',
      '/homework',
      '1',
      'C',
      'C',
      '/tutor homework list',
      '/tutor homework report',
      '/tutor report week',
      '/quit',
    ]);
    expect(out).toContain('Set homework h1: 2 questions on The New Economic Policy (NEP), due Thursday 10 January 2030, 09:00 (Europe/London).');
    expect(out).toContain(`== ${H.postTitle('h1', 'The New Economic Policy (NEP)')} ==`);
    expect(out).toContain(`== ${H.questionTitle('h1', 1, 2)} ==`);
    expect(out).toMatch(/== Homework h1 done: \d\/2 ==/);
    expect(out).toContain(H.teacherListLine('h1', 'The New Economic Policy (NEP)', 'Thursday 10 January 2030, 09:00', true, 2, 2).replace(/\*\*/g, ''));
    expect(out).toContain(`== ${H.reportTitle('h1', 'The New Economic Policy (NEP)')} ==`);
    expect(out).toContain(`== ${P.title('week')} ==`);

    const csv = path.join(dir, 'exports', 'homework-h1.csv');
    expect(out).toContain(`File: ${csv}`);
    expect(out).not.toContain('----- homework-h1.csv');
    const rows = readCsv(readFileSync(csv, 'utf8'));
    expect(rows.slice(1).map((r) => r[1]).sort()).toEqual(['Sasha', 'Олег']);
    expect(existsSync(path.join(dir, 'exports', 'class-report-week-2025-01-06.csv'))).toBe(true);
  });

  it('keeps an answer with R, then reviews it with /review: shown, revealed, rated', async () => {
    const { out } = await session(['/ask why was the nep brought in', 'R', '/review', 'S', '3', '/review', '/quit']);
    expect(out).toContain(R.remembered('Why did Lenin introduce the NEP?'));
    expect(out).toContain(`== ${R.cardTitle(1, 'The New Economic Policy (NEP)')} ==`);
    expect(out).toContain('[3] Good (10 min)');
    expect(out).toContain(`== ${R.endTitle} ==`);
    expect(out).toMatch(/Nothing is due just now: your next card is due in 10 minutes \(Monday 6 January 2025, 09:10\)\. Your deck has 1 card\./);
  });
});
