// `npm run demo`: the tutor in the local console with a few typed lines, on any system (Windows
// PowerShell has no printf). It runs `npm start`'s entry with the lines as its input, without Discord,
// and with a throwaway data folder, so it neither needs a token nor touches a running bot's scores.
// The quiz is answered as a student who knows the course would: each question's right letter, read from
// the choices as they are shown (they are shuffled), so the demo ends with points on the board.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../knowledge/loader.js';

const QUIZ_QUESTIONS = 3;
// The empty line is Enter, which asks question 1 (its time starts then).
const BEFORE_QUIZ = ['/topics', '/topic nep', '/ask why did stalin get rid of the nep', '/ask (a) Who was Yezhov? (b) What was the NKVD? [4]', `/quiz nep ${QUIZ_QUESTIONS}`, ''];
const AFTER_QUIZ = ['/leaderboard', '/quit'];

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = path.join(root, 'src', 'main.ts');

/** The right letter of the quiz question shown last in `text`: its prompt looked up in the quiz bank, its choice found among the lettered lines. */
function rightLetter(text: string, correctOf: ReadonlyMap<string, string>): string | undefined {
  const block = text.slice(text.lastIndexOf('== Question '));
  const prompt = block.split('\n')[1]?.trim() ?? '';
  const correct = correctOf.get(prompt);
  const choice = [...block.matchAll(/^\s*\[([A-D])\] (.*)$/gm)].find((m) => m[2]?.trim() === correct);
  return choice?.[1];
}

async function demo(): Promise<number> {
  const loaded = await loadKnowledge(path.join(root, 'knowledge'));
  const correctOf = new Map(loaded.ok ? loaded.kb.quiz.map((q) => [q.prompt.trim(), q.correct.trim()]) : []);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-demo-'));
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
  delete env['DISCORD_TOKEN'];
  try {
    // No pictures: their files would be in the throwaway data folder, deleted as the demo ends.
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--no-images'], { env, stdio: ['pipe', 'pipe', 'inherit'] });
    const type = (line: string) => child.stdin.write(`${line}\n`);
    let shown = '';
    let answered = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      shown += chunk.toString();
      // A question is on screen once its fourth choice is: answer it, then go on after the last.
      const questions = shown.split('== Question ').length - 1;
      if (answered < questions && /\n\s*\[D\] [^\n]*\n/.test(shown.slice(shown.lastIndexOf('== Question ')))) {
        answered++;
        type(rightLetter(shown, correctOf) ?? 'A');
        if (answered === QUIZ_QUESTIONS) {
          AFTER_QUIZ.forEach(type);
          child.stdin.end();
        }
      }
    });
    BEFORE_QUIZ.forEach(type);
    // Should no question ever show, the input still ends, and so does the tutor.
    setTimeout(() => child.stdin.end(), 60_000).unref();
    return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await demo();
