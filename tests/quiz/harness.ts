// Builds the whole app around a fake clock, a seeded random source, a recording channel and an
// in-memory store, and drives quiz rounds the way players do: commands and button presses.
import { buildApp, type App } from '../../src/app.js';
import type { CommandContext, OptionValue, Reply } from '../../src/commands/types.js';
import type { KnowledgeBase, QuizQuestion, Topic } from '../../src/knowledge/schema.js';
import { seededRandom } from '../../src/quiz/clock.js';
import type { QuizTiming } from '../../src/quiz/defaults.js';
import type { PictureRenderer } from '../../src/pictures/rasterise.js';
import { createMemoryGuildStore, type GuildStore } from '../../src/store/guild-store.js';
import { RecordingMessenger, type Post } from '../fakes/messenger.js';
import { FakeTime } from '../fakes/time.js';

/** Monday 6 January 2025, 09:00 UTC (ISO week 2025-W02). */
export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

function topic(id: string, title: string, order: number): Topic {
  return { id, title, order, aliases: [], summary: `${title}.`, keyDates: [{ date: '1928', label: 'A date' }], keyTerms: ['term'] };
}

/** A knowledge base with `perTopic` quiz questions on each of two topics; the right choice starts with "right". */
export function quizKnowledge(perTopic = 12): KnowledgeBase {
  const quiz: QuizQuestion[] = [];
  for (const t of ['nep', 'collectivisation'])
    for (let i = 1; i <= perTopic; i++)
      quiz.push({
        id: `${t}-q${i}`,
        topic: t,
        prompt: `${t} question ${i}?`,
        choices: [`right ${i}`, `wrong ${i}a`, `wrong ${i}b`, `wrong ${i}c`],
        correct: `right ${i}`,
        explanation: `Because of ${t} ${i}.`,
        difficulty: 'easy',
        sources: ['notes'],
      });
  return {
    sources: [{ id: 'notes', title: 'Notes' }],
    topics: [topic('nep', 'The New Economic Policy (NEP)', 1), topic('collectivisation', 'Collectivisation', 2)],
    questions: [],
    quiz,
    people: [],
    terms: [],
    skills: [],
    practice: [],
    events: [],
    series: [],
    pronunciations: [],
    vocabulary: { offCourseWords: [], offCoursePhrases: [], sharedNames: [], centralNames: [], examSkillWords: [], synonyms: [], foreignThreatWords: [], sovietSideWords: [], historiographyWords: [], historianViewWords: [], framingWords: [], chatWords: [] },
  };
}

export interface Where {
  readonly guild?: string;
  readonly channel?: string;
  readonly mod?: boolean;
}

export interface Harness {
  readonly app: App;
  readonly time: FakeTime;
  readonly channel: RecordingMessenger;
  readonly store: GuildStore;
  readonly logged: string[];
  ctx(name: string, where?: Where): CommandContext;
  command(name: string, command: string, input: { group?: string; subcommand?: string; options?: Record<string, OptionValue> }, where?: Where): Promise<Reply>;
  start(name: string, options?: Record<string, OptionValue>, where?: Where): Promise<Reply>;
  stop(name: string, where?: Where): Promise<Reply>;
  /** Presses a letter on the current question (or on `post`). */
  press(name: string, letter: string, where?: Where, post?: Post): Promise<Reply>;
  /** Presses the right (or a wrong) answer on the current question. */
  answer(name: string, correct: boolean, where?: Where): Promise<Reply>;
  wait(ms: number): Promise<void>;
  /** Channel posts whose title starts with `prefix`. */
  postsTitled(prefix: string, channel?: string): Reply[];
}

export function quizHarness(options: { kb?: KnowledgeBase; timing?: Partial<QuizTiming>; store?: GuildStore; seed?: number; pictures?: PictureRenderer } = {}): Harness {
  const time = new FakeTime(START);
  const channel = new RecordingMessenger();
  const store = options.store ?? createMemoryGuildStore();
  const logged: string[] = [];
  const app = buildApp({
    kb: options.kb ?? quizKnowledge(),
    store,
    clock: time,
    scheduler: time,
    random: seededRandom(options.seed ?? 42),
    messenger: channel,
    logger: { warn: (m) => logged.push(m), error: (m) => logged.push(m) },
    quizTiming: { firstQuestionDelayMs: 0, revealPauseMs: 0, earlyReveal: false, ...options.timing },
    ...(options.pictures ? { pictures: options.pictures } : {}),
  });
  const settle = () => app.settled();
  const ctx = (name: string, where: Where = {}): CommandContext => ({
    guildId: where.guild ?? 'g1',
    channelId: where.channel ?? 'c1',
    userId: `u-${name.toLowerCase()}`,
    userName: name,
    canManageServer: where.mod ?? false,
  });
  const command: Harness['command'] = async (name, cmd, input, where) => {
    const reply = await app.router.runCommand(cmd, { ...(input.group ? { group: input.group } : {}), ...(input.subcommand ? { subcommand: input.subcommand } : {}), options: input.options ?? {} }, ctx(name, where));
    await settle();
    if (!reply) throw new Error(`no /${cmd}`);
    return reply;
  };
  const press: Harness['press'] = async (name, letter, where = {}, post) => {
    const question = post ?? channel.lastQuestion(where.channel ?? 'c1');
    const button = question?.reply.buttons?.find((b) => b.key === letter);
    if (!button) throw new Error(`no button ${letter}`);
    const reply = await app.router.runAction(button.action, ctx(name, where));
    await settle();
    if (!reply) throw new Error('no action handler');
    return reply;
  };
  return {
    app,
    time,
    channel,
    store,
    logged,
    ctx,
    command,
    start: (name, opts = {}, where) => command(name, 'quiz', { subcommand: 'start', options: opts }, where),
    stop: (name, where) => command(name, 'quiz', { subcommand: 'stop' }, where),
    press,
    async answer(name, correct, where = {}) {
      const question = channel.lastQuestion(where.channel ?? 'c1');
      const button = question?.reply.buttons?.find((b) => b.label.includes(' · right') === correct);
      if (!button?.key) throw new Error('no question to answer');
      return press(name, button.key, where);
    },
    wait: (ms) => time.advance(ms, settle),
    postsTitled: (prefix, ch = 'c1') =>
      channel
        .in(ch)
        .map((p) => p.reply)
        .filter((r) => (r.title ?? '').startsWith(prefix)),
  };
}

/** A reply's text as a player reads it: title, body, fields and footer. */
export function textOf(reply: Reply | undefined): string {
  if (!reply) return '';
  return [reply.title, reply.body, ...(reply.fields ?? []).map((f) => `${f.name}: ${f.value}`), reply.footer].filter(Boolean).join('\n');
}
