// Quiz figures: answer-handling latency with 1000 servers each running a round, and JSON store writes
// per second. Printed, never asserted. `npx tsx bench/quiz.ts` runs it alone; bench/run.ts calls
// benchQuiz(kb).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildApp } from '../src/app.js';
import type { ChannelMessenger, CommandContext, Reply } from '../src/commands/types.js';
import { formatProblem, loadKnowledge } from '../src/knowledge/loader.js';
import type { KnowledgeBase } from '../src/knowledge/schema.js';
import { seededRandom, type Clock, type Scheduler, type TimerId } from '../src/quiz/clock.js';
import { createMemoryGuildStore } from '../src/store/guild-store.js';
import { JsonGuildStore } from '../src/store/json-store.js';
import { freshGuildDocument, type GuildDocument } from '../src/store/schema.js';
import { LEADERBOARD_DEFAULTS } from '../src/leaderboard/defaults.js';
import { MAX_MISSED_PER_GUILD } from '../src/missed/missed-questions.js';
import { percentile } from './percentile.js';

const SERVERS = 1000;
const PLAYERS_PER_ROUND = 30;
const QUESTIONS = 3;
const SECONDS = 20;

/** Time that moves only when told to; timers fire as it passes. */
class ManualTime implements Clock, Scheduler {
  private t = Date.UTC(2025, 0, 6, 9);
  private timers = new Map<TimerId, { at: number; run: () => void }>();
  private id = 1;
  now() {
    return this.t;
  }
  setTimer(run: () => void, ms: number) {
    this.timers.set(this.id, { at: this.t + ms, run });
    return this.id++;
  }
  clearTimer(id: TimerId) {
    this.timers.delete(id);
  }
  advance(ms: number) {
    this.t += ms;
    for (const [id, timer] of [...this.timers].sort((a, b) => a[1].at - b[1].at)) {
      if (timer.at > this.t) break;
      this.timers.delete(id);
      timer.run();
    }
  }
}


const ms = (n: number) => `${n.toFixed(3)} ms`;

async function benchAnswers(kb: KnowledgeBase): Promise<void> {
  const time = new ManualTime();
  const questionActions = new Map<string, readonly string[]>(); // channel → current question's actions
  let posts = 0;
  const messenger: ChannelMessenger = {
    async send(channelId: string, reply: Reply) {
      posts += 1;
      if (reply.deadline !== undefined) questionActions.set(channelId, (reply.buttons ?? []).map((b) => b.action));
      return `m${posts}`;
    },
    async edit() {},
  };
  const app = buildApp({
    kb,
    store: createMemoryGuildStore(),
    clock: time,
    scheduler: time,
    random: seededRandom(7),
    messenger,
    logger: { warn: () => {}, error: (m) => console.error(m) },
    quizTiming: { firstQuestionDelayMs: 0, revealPauseMs: 0, earlyReveal: false },
  });
  const ctx = (server: number, player: number): CommandContext => ({
    guildId: `guild${server}`,
    channelId: `channel${server}`,
    userId: `user${server}-${player}`,
    userName: `Player ${player}`,
    canManageServer: false,
  });

  const startedAt = performance.now();
  for (let s = 0; s < SERVERS; s++)
    await app.router.runCommand('quiz', { subcommand: 'start', options: { questions: QUESTIONS, seconds: SECONDS } }, ctx(s, 0));
  await app.settled();
  const startMs = performance.now() - startedAt;

  const latencies: number[] = [];
  const random = seededRandom(11);
  let revealMs = 0;
  for (let q = 0; q < QUESTIONS; q++) {
    for (let p = 0; p < PLAYERS_PER_ROUND; p++) {
      time.advance(200); // answers spread over the question's time
      for (let s = 0; s < SERVERS; s++) {
        const actions = questionActions.get(`channel${s}`) ?? [];
        const action = actions[Math.floor(random() * actions.length)] ?? 'quiz:none:0:0';
        const t0 = performance.now();
        await app.router.runAction(action, ctx(s, p));
        latencies.push(performance.now() - t0);
      }
    }
    const r0 = performance.now();
    time.advance(SECONDS * 1000); // time up everywhere: reveal, next question or podium
    await app.settled();
    revealMs += performance.now() - r0;
  }
  latencies.sort((a, b) => a - b);
  console.log(`\nQuiz: ${SERVERS} servers, one round each, ${PLAYERS_PER_ROUND} players × ${QUESTIONS} questions (${latencies.length} answers)`);
  console.log(`  start ${SERVERS} rounds:       ${ms(startMs)} (${ms(startMs / SERVERS)} each)`);
  console.log(`  answer handling:        p50 ${ms(percentile(latencies, 0.5))}  p99 ${ms(percentile(latencies, 0.99))}  max ${ms(latencies.at(-1) ?? 0)}`);
  console.log(`  reveal, all servers:    ${ms(revealMs / QUESTIONS)} per question (scoring, posts, results recorded)`);
  console.log(`  channel posts:          ${posts}; rounds still running: ${app.rounds.activeCount}`);
}

function addPoints(doc: GuildDocument, userId: string, points: number): void {
  const tally = ((doc.allTime[userId] ??= {}).nep ??= { points: 0, answered: 0, correct: 0 });
  tally.points += points;
  tally.answered += 1;
}

async function benchStore(): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'bench-store-'));
  try {
    const logger = { warn: () => {}, error: (m: string) => console.error(m) };
    // One server, each update awaited before the next: every update is its own write (fsync-bound).
    const serial = new JsonGuildStore({ dir: path.join(dir, 'serial'), logger });
    const n = 300;
    let t0 = performance.now();
    for (let i = 0; i < n; i++) await serial.update('g1', (doc) => addPoints(doc, `u${i % PLAYERS_PER_ROUND}`, 100));
    let seconds = (performance.now() - t0) / 1000;
    console.log(`\nJSON store (${dir})`);
    console.log(`  one server, sequential updates:  ${(serial.stats.writes / seconds).toFixed(0)} writes/s`);

    // Many servers at once, as when many rounds end together: writes are coalesced per file.
    const busy = new JsonGuildStore({ dir: path.join(dir, 'busy'), logger });
    const updates: Promise<unknown>[] = [];
    t0 = performance.now();
    for (let s = 0; s < SERVERS; s++)
      for (let i = 0; i < 10; i++) updates.push(busy.update(`g${s}`, (doc) => addPoints(doc, `u${i}`, 100)));
    await Promise.all(updates);
    seconds = (performance.now() - t0) / 1000;
    const stats = busy.stats;
    console.log(
      `  ${SERVERS} servers × 10 concurrent updates: ${(stats.writes / seconds).toFixed(0)} writes/s, ` +
        `${(stats.updates / seconds).toFixed(0)} updates/s (${stats.writes} writes for ${stats.updates} updates)`,
    );

    // The worst case one server can grow to (LEADERBOARD_DEFAULTS.maxPlayers players in every topic, both
    // weeks kept, MAX_MISSED_PER_GUILD long missed questions): how long reading it and one update take.
    const full = freshGuildDocument('gfull');
    const topics = Array.from({ length: 17 }, (_, i) => `topic-${i}`);
    for (let p = 0; p < LEADERBOARD_DEFAULTS.maxPlayers; p++) {
      const id = `${100000000000000000 + p}`;
      full.players[id] = { name: `Student number ${p}`, bestStreak: 9, roundsPlayed: 99, roundsWon: 9, lastSeen: new Date().toISOString() };
      full.allTime[id] = Object.fromEntries(topics.map((t) => [t, { points: 99999, answered: 999, correct: 999 }]));
    }
    full.weeks['2026-W48'] = structuredClone(full.allTime);
    full.weeks['2026-W49'] = structuredClone(full.allTime);
    full.missed = Array.from({ length: MAX_MISSED_PER_GUILD }, (_, i) => ({ question: `${'why did stalin '.repeat(13)}${i}`.slice(0, 200), count: 1, lastAsked: new Date().toISOString() }));
    const fullDir = path.join(dir, 'full');
    await mkdir(fullDir, { recursive: true });
    const text = `${JSON.stringify(full, null, 1)}\n`;
    await writeFile(path.join(fullDir, 'gfull.json'), text);
    const worst = new JsonGuildStore({ dir: fullDir, logger });
    t0 = performance.now();
    await worst.load('gfull');
    const readMs = performance.now() - t0;
    t0 = performance.now();
    await worst.update('gfull', (doc) => addPoints(doc, 'u1', 1));
    const updateMs = performance.now() - t0;
    console.log(
      `  the largest one server's file can grow to (${LEADERBOARD_DEFAULTS.maxPlayers} players × 17 topics, 2 weeks, ${MAX_MISSED_PER_GUILD} missed): ` +
        `${(text.length / 1e6).toFixed(1)} MB, read ${readMs.toFixed(0)} ms, one update written ${updateMs.toFixed(0)} ms`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export async function benchQuiz(kb: KnowledgeBase): Promise<void> {
  await benchAnswers(kb);
  await benchStore();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const loaded = await loadKnowledge(path.resolve('knowledge'));
  if (!loaded.ok) {
    console.error(loaded.problems.map(formatProblem).join('\n'));
    process.exit(1);
  }
  await benchQuiz(loaded.kb);
}
