// The console's voice channel: a round started with voice:true writes each line it would say as a WAV
// file under the data folder and prints its path on an "Audio:" line; answers can be read aloud too.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createConsoleMessenger } from '../../src/adapters/console/console-messenger.js';
import { createConsoleVoice } from '../../src/adapters/console/console-voice.js';
import { runConsole } from '../../src/adapters/console/console.js';
import { renderText } from '../../src/adapters/console/render-text.js';
import { quizOutcomeReply } from '../../src/commands/review-view.js';
import { escapeRegExp } from '../../src/matching/normalise.js';
import { PRACTICE_MESSAGES, QUIZ_MESSAGES, REVIEW_MESSAGES, VOICE_MESSAGES } from '../../src/messages.js';
import { CONSOLE_QUIZ_TIMING } from '../../src/quiz/defaults.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import type { Speech } from '../../src/voice/speech.js';
import { FakeSpeech } from '../fakes/speech.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { tempDir } from '../store/helpers.js';

/** The fake engine answering on a later turn of the event loop, as the real one does from its worker thread. */
class WorkerLikeSpeech extends FakeSpeech {
  override async speak(text: string): Promise<Speech> {
    await new Promise((resolve) => setImmediate(resolve));
    return super.speak(text);
  }
}

async function runLines(lines: readonly string[], options: { voice?: boolean; speech?: FakeSpeech } = {}) {
  const time = new FakeTime();
  const temp = await tempDir('console-voice-');
  const dir = path.join(temp.dir, 'audio');
  const messenger = createConsoleMessenger({ clock: time, scheduler: time });
  const speech = options.speech ?? new FakeSpeech();
  const app = buildApp({
    kb: await loadFixtureKnowledge(),
    store: createMemoryGuildStore(),
    clock: time,
    scheduler: time,
    random: () => 0.999999,
    messenger,
    quizTiming: CONSOLE_QUIZ_TIMING,
    ...(options.voice === false ? {} : { voice: createConsoleVoice({ dir, messenger }), speech }),
  });
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => (text += chunk.toString()));
  input.end(lines.map((l) => `${l}\n`).join(''));
  await runConsole(app, { input, output }, { messenger, ...(options.voice === false ? {} : { voice: true }) });
  await app.shutdown();
  messenger.dispose();
  const audio = [...text.matchAll(/^Audio: (.+\.wav)$/gm)].map((m) => m[1] as string);
  const files = audio.map((file) => ({ file, samples: file.startsWith(dir) ? wavSamples(file) : new Int16Array(0) }));
  await temp.remove();
  return { text, audio, files, speech, dir };
}

/** Samples of a 16-bit mono WAV file, checked to be one. */
function wavSamples(file: string): Int16Array {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF');
  expect(bytes.subarray(8, 12).toString('ascii')).toBe('WAVE');
  expect(bytes.readUInt32LE(24)).toBe(48_000);
  const data = bytes.subarray(44);
  return new Int16Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.length));
}

describe('voice in the console', () => {
  it('writes each line of a round read aloud as a WAV file and prints its path on an Audio: line', async () => {
    const run = await runLines(['/quiz start topic:nep questions:3 seconds:20 kind:facts voice:true', 'B', 'A', 'C', '/quit']);
    expect(run.text).toContain(VOICE_MESSAGES.startNote(VOICE_MESSAGES.consoleChannel));
    // Three questions, three answers and the end.
    expect(run.audio).toHaveLength(7);
    for (const { file, samples } of run.files) {
      expect(file.startsWith(run.dir)).toBe(true);
      expect(samples.length).toBeGreaterThan(48_000 * 0.05);
      expect(Math.max(...samples.map(Math.abs))).toBeGreaterThan(1000);
    }
    expect(run.speech.spoken.find((t) => t.startsWith('Question 1'))).toMatch(/^Question 1 of 3\. In which year was the NEP introduced\? A: 1917\. B: 1921\./);
    expect(run.speech.spoken.some((t) => t.startsWith('The answer is B: 1921.'))).toBe(true);
    // Named by what is said, so a teacher can find a question's audio.
    expect(path.basename(run.audio[0] ?? '')).toMatch(/^question-1-of-3-in-which-year-was-[0-9a-f]{8}\.wav$/);
    expect(run.audio.filter((f) => path.basename(f).startsWith('the-answer-is-'))).toHaveLength(3);
    // Each question's audio comes after the question itself.
    const firstQuestion = run.text.indexOf('== Question 1 of 3');
    expect(firstQuestion).toBeGreaterThan(-1);
    expect(run.text.indexOf('Audio: ')).toBeGreaterThan(firstQuestion);
  });

  it('prints each answer\'s Audio: line under that answer, before the next question (a dyslexic student\'s trial)', async () => {
    const run = await runLines(['/quiz start topic:nep questions:3 seconds:20 kind:facts voice:true', 'B', 'A', 'C', '/quit'], { speech: new WorkerLikeSpeech() });
    const at = (text: string, from = 0) => run.text.indexOf(text, from);
    for (const n of [1, 2]) {
      const reveal = at('== The answer: ', at(`== Question ${n} of 3`));
      const answerAudio = at('Audio: ', reveal);
      expect(path.basename(run.text.slice(answerAudio).split('\n')[0] ?? '')).toMatch(/^the-answer-is-/);
      expect(answerAudio).toBeLessThan(at(`== Question ${n + 1} of 3`));
    }
  });

  it('reads "/quiz nep 3 voice:true" as the named options are read: three questions, read aloud (a dyslexic student\'s trial)', async () => {
    const run = await runLines(['/quiz nep 3 voice:true', 'B', 'A', 'C', '/quit']);
    expect(run.text).toContain('3 questions, 20 seconds each');
    expect(run.text).toContain(VOICE_MESSAGES.startNote(VOICE_MESSAGES.consoleChannel));
    expect(run.audio.filter((f) => path.basename(f).startsWith('question-'))).toHaveLength(3);
  });

  it('writes nothing for a round started without voice', async () => {
    const run = await runLines(['/quiz start topic:nep questions:3 seconds:20 kind:facts', 'B', 'A', 'C', '/quit']);
    expect(run.audio).toEqual([]);
    expect(run.speech.spoken).toEqual([]);
  });

  it('offers Read aloud under an answer, and writes it when pressed', async () => {
    const run = await runLines(['/ask when was the NEP introduced', 'V', '/quit']);
    expect(run.text).toContain(`[V] ${VOICE_MESSAGES.readAloudButton}`);
    expect(run.text).toContain(VOICE_MESSAGES.readAloudStarted(VOICE_MESSAGES.consoleChannel));
    expect(run.audio).toHaveLength(1);
  });

  it('offers Read aloud under /topic, and writes its title and summary when pressed (a dyslexic student\'s trial)', async () => {
    const run = await runLines(['/topic nep', 'V', '/quit']);
    expect(run.text).toContain(`[V] ${VOICE_MESSAGES.readAloudButton}`);
    expect(run.text).toContain(VOICE_MESSAGES.readAloudStarted(VOICE_MESSAGES.consoleChannel));
    expect(run.audio).toHaveLength(1);
    expect(path.basename(run.audio[0] ?? '')).toMatch(/^the-new-economic-policy-/);
    expect(run.files[0]?.samples.length).toBeGreaterThan(48_000 * 0.05);
    expect(run.speech.spoken).toEqual([expect.stringMatching(/^The New Economic Policy \(NEP\)\. Lenin brought in the NEP in 1921 .*for profit\.$/)]);
  });

  it('offers Read aloud under a /review card once its answer is shown, and writes the card when pressed (a dyslexic student\'s trial)', async () => {
    const run = await runLines(['/ask when was the NEP introduced', 'R', '/review', 'S', 'V', '1', '/quit']);
    const shown = run.text.indexOf('== Review card 1');
    expect(shown).toBeGreaterThan(-1);
    const revealed = run.text.slice(run.text.indexOf(REVIEW_MESSAGES.gradeFooter, shown));
    expect(revealed).toContain(`[V] ${VOICE_MESSAGES.readAloudButton}`);
    expect(revealed).toContain(VOICE_MESSAGES.readAloudStarted(VOICE_MESSAGES.consoleChannel));
    expect(run.audio).toHaveLength(1);
    expect(revealed).toContain(`Audio: ${run.audio[0] ?? ''}`);
    expect(run.speech.spoken).toEqual([expect.stringMatching(/^Why did Lenin introduce the NEP\? War Communism and the civil war /)]);
    // The card's grade keys still work after it.
    expect(revealed).toContain(REVIEW_MESSAGES.endTitle);
  });

  it('names in /help the keys the console shows and takes: under an answer, on review cards and in a quiz round', async () => {
    const run = await runLines([
      '/help',
      '/ask when was the NEP introduced', 'R', 'V',
      '/ask what were the main features of the NEP', 'R',
      '/review', 'S', '3', 'X',
      '/quiz start topic:nep questions:3 seconds:20 kind:facts', '', 'Q', 'B', 'A', 'C',
      '/quit',
    ]);
    const help = run.text.slice(0, run.text.indexOf('/quit — Leave'));
    const listed = (from: RegExp) => (from.exec(help)?.[1] ?? '').split(', ').map((k) => ({ key: k.split(' ')[0] ?? '', label: k.slice(k.indexOf(' ') + 1) }));
    const afterAnswer = listed(/after an answer (.+?);/);
    const onCards = listed(/in \/review (.+?);/);
    expect(afterAnswer.map((k) => k.key)).toEqual(['N', 'R', 'V']);
    expect(onCards.map((k) => k.key)).toEqual(['S', 'N', 'X']);
    // Each is a button the console shows by that key and label ("[V] Read aloud"); Next card follows a quiz card answered.
    const rest = run.text.slice(help.length);
    const question = (await loadFixtureKnowledge()).quiz[0];
    if (!question) throw new Error('no quiz question');
    const nextCard = renderText(quizOutcomeReply({ sessionId: 's', number: 1, question, correct: true, comesBack: 'soon', more: true }));
    for (const { key, label } of [...afterAnswer, ...onCards]) expect(`${rest}\n${nextCard}`, `${key} ${label}`).toMatch(new RegExp(`^  \\[${key}\\] ${escapeRegExp(label)}$`, 'im'));
    expect(rest).toContain(VOICE_MESSAGES.readAloudStarted(VOICE_MESSAGES.consoleChannel));
    expect(rest).toContain(REVIEW_MESSAGES.endTitle);
    // The quiz's keys, as the round's rules say them, and Q works.
    const [, first = '', last = '', repeat = ''] = /in a quiz (\S) to (\S) answer, and (\S) says/.exec(help) ?? [];
    expect([first, last, repeat]).toEqual(['A', 'D', 'Q']);
    expect(rest).toContain(QUIZ_MESSAGES.consoleReady({ first, last, repeat }));
    expect(rest).toMatch(/\d+ seconds? left to answer\./);
  });

  it('offers Read aloud under a /practice question, and writes the question when pressed, the answer still to write', async () => {
    const run = await runLines(['/practice nep describe', 'V', '/cancel', '/quit']);
    expect(run.text).toContain(`[V] ${VOICE_MESSAGES.readAloudButton}`);
    expect(run.text).toContain(VOICE_MESSAGES.readAloudStarted(VOICE_MESSAGES.consoleChannel));
    expect(run.audio).toHaveLength(1);
    expect(run.speech.spoken).toEqual(['Describe two features of the NEP. 4 marks. Allow about 5 minutes.']);
    expect(run.text).toContain(PRACTICE_MESSAGES.consoleCancelled);
  });

  it('says reading aloud is not available where the console has no voice', async () => {
    const run = await runLines(['/quiz start topic:nep questions:3 voice:true', '/ask when was the NEP introduced', '/quit'], { voice: false });
    expect(run.text).toContain(VOICE_MESSAGES.unavailable);
    expect(run.text).not.toContain(VOICE_MESSAGES.readAloudButton);
  });

  it('runs as `npm start`: the real speech engine writes the round under DATA_DIR/audio', async () => {
    const data = await tempDir('console-voice-data-');
    try {
      const r = spawnSync('npx', ['tsx', 'src/main.ts'], {
        input: '/quiz start topic:nep questions:3 kind:facts voice:true\nB\n/quiz stop\n/quit\n',
        env: { ...process.env, DISCORD_TOKEN: '', KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid', DATA_DIR: data.dir },
        encoding: 'utf8',
        timeout: 60_000,
      });
      expect(r.status).toBe(0);
      const files = [...r.stdout.matchAll(/^Audio: (.+\.wav)$/gm)].map((m) => m[1] as string);
      expect(files.length).toBeGreaterThanOrEqual(2);
      for (const file of files) {
        expect(path.dirname(file)).toBe(path.join(data.dir, 'audio'));
        expect(existsSync(file)).toBe(true);
      }
      // Speech of a sentence's length and loudness: a second or more, neither silent nor clipped throughout.
      const samples = wavSamples(files[0] ?? '');
      expect(samples.length).toBeGreaterThan(48_000);
      const peak = samples.reduce((m, x) => Math.max(m, Math.abs(x)), 0);
      expect(peak).toBeGreaterThan(3000);
      expect(samples.filter((x) => Math.abs(x) >= 32_767).length).toBeLessThan(samples.length / 100);
    } finally {
      await data.remove();
    }
  });
});
