// CPU while speaking in one voice channel (issue 17): a round's speech (real questions and answers,
// synthesised first by the offline engine, which is not timed here) played by the real bot, through
// @discordjs/voice (Opus by opusscript, AES-GCM encryption, UDP), into the fake Discord voice server on
// 127.0.0.1. Printed, never asserted. `npx tsx bench/voice.ts` runs it alone; bench/run.ts calls benchVoice().
// The fake server speaks TLS with a test certificate, which Node trusts only from NODE_EXTRA_CA_CERTS
// read at start: so the measuring runs in a child process that has it.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createDiscordBot } from '../src/adapters/discord/bot.js';
import type { Logger } from '../src/adapters/discord/log.js';
import { buildApp } from '../src/app.js';
import { VOICE_MESSAGES } from '../src/messages.js';
import { linesFor } from '../src/voice/script.js';
import { SynthWorker } from '../src/voice/flite.js';
import { createSpeechEngine, type Speech } from '../src/voice/speech.js';
import { FakeDiscord, snowflake } from '../tests/e2e/fake-discord/fake-discord.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../tests/helpers/knowledge.js';
import type { RoundEvent, RoundInfo } from '../src/quiz/round.js';
import { percentile } from './percentile.js';

const CERT = path.resolve('tests/fixtures/voice-tls/cert.pem');
const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.bench-token';
const QUESTIONS = 2;


const quiet: Logger = { debug() {}, info() {}, warn() {}, error: (message, data) => console.error(message, data) };

/** The lines of a round of QUESTIONS real questions: each question with its choices, then its answer. */
async function roundLines(): Promise<string[]> {
  const kb = await loadRealKnowledge();
  const round: RoundInfo = { roundId: 'bench', guildId: 'g', channelId: 'c', starterId: 'u', starterName: 'Bench', topicId: null, questionCount: QUESTIONS, limitMs: 20_000, flat: false };
  return kb.quiz.slice(0, QUESTIONS).flatMap((q, index) => {
    const question = { id: q.id, topic: q.topic, prompt: q.prompt, choices: q.choices, correctIndex: q.choices.indexOf(q.correct), explanation: q.explanation };
    const events: RoundEvent[] = [
      { kind: 'question', round, index, question, deadline: 0 },
      { kind: 'reveal', round, index, question, answers: [], standings: [], nextInMs: 6000 },
    ];
    return events.flatMap((e) => linesFor(e, VOICE_MESSAGES.spoken));
  });
}

async function measure(): Promise<void> {
  const kb = await loadRealKnowledge();
  const engine = createSpeechEngine({ synthesize: new SynthWorker().synthesize, pronunciations: kb.pronunciations });
  const lines = await roundLines();
  const speeches: Speech[] = [];
  for (const line of lines) speeches.push(await engine.speak(line));
  const audioSeconds = speeches.reduce((n, s) => n + s.samples.length, 0) / 48_000;

  const guild = { id: snowflake(), name: 'Bench', channelIds: [snowflake()], voiceChannelIds: [snowflake()] };
  const voiceChannel = guild.voiceChannelIds[0] as string;
  const fake = new FakeDiscord({ token: TOKEN, applicationId: snowflake(), guilds: [guild], heartbeatIntervalMs: 30_000 });
  await fake.start();
  const bot = createDiscordBot({ token: TOKEN, apiUrl: fake.apiUrl, log: quiet });
  const app = buildApp({ kb: await loadFixtureKnowledge(), messenger: bot.messenger, voice: bot.voice, speech: engine });
  try {
    await bot.start(app);
    const joinStarted = performance.now();
    await bot.voice.join(guild.id, voiceChannel);
    const joinMs = performance.now() - joinStarted;

    // How long the event loop is held (a 5 ms ticker's gaps): also long when other processes take the CPU.
    let last = performance.now();
    const gaps: number[] = [];
    const ticker = setInterval(() => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
    }, 5);
    const rss0 = process.memoryUsage().rss;
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    for (const [i, speech] of speeches.entries()) await bot.voice.play(guild.id, speech, new AbortController().signal, lines[i] ?? '');
    const wallSeconds = (performance.now() - wall0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(ticker);
    const rss1 = process.memoryUsage().rss;

    const session = fake.voice?.sessionFor(guild.id);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const fakeMs = fake.voice?.udpMs ?? 0;
    const botMs = cpuMs - fakeMs;
    console.log(
      `\nvoice, one channel (${QUESTIONS} questions and answers, ${lines.length} lines, ${audioSeconds.toFixed(1)} s of speech, played in ${wallSeconds.toFixed(1)} s; joined in ${joinMs.toFixed(0)} ms):`,
    );
    console.log(
      `  CPU ${cpuMs.toFixed(0)} ms in all: about ${(botMs / audioSeconds).toFixed(1)} ms per second of audio for the bot (Opus encoding with opusscript, encryption, sending), ` +
        `${((100 * botMs) / 1000 / wallSeconds).toFixed(1)}% of one core; the fake server's decryption ${fakeMs.toFixed(0)} ms of it`,
    );
    console.log(
      `  ${session?.frames.length ?? 0} Opus packets received (${session?.decryptFailures ?? 0} did not decrypt); event loop held 99% of the time under ${percentile(gaps, 0.99).toFixed(0)} ms, at most ${Math.max(...gaps).toFixed(0)} ms; RSS ${(rss0 / 1e6).toFixed(0)} → ${(rss1 / 1e6).toFixed(0)} MB`,
    );
    bot.voice.leave(guild.id);
  } finally {
    await app.shutdown();
    await bot.stop();
    await fake.stop();
  }
}

/** Runs the measuring in a child process that trusts the fake voice server's certificate. */
export function benchVoice(): void {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url)], { env: { ...process.env, NODE_EXTRA_CA_CERTS: CERT }, stdio: 'inherit' });
  if (r.status !== 0) console.log(`voice bench failed (exit ${String(r.status)})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.env.NODE_EXTRA_CA_CERTS === CERT) {
    await measure();
    // The speech engine's worker thread and the client's timers would keep the process alive.
    process.exit(0);
  } else benchVoice();
}
