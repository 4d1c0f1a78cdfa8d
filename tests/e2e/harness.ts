// Wiring for the end-to-end tests: a fake Discord, the real app (fixture knowledge, in-memory store,
// fake time for quiz rounds) and the real discord.js client logged into the fake through its API URL.
import { afterEach } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { createDiscordBot, type DiscordBot, type DiscordBotOptions } from '../../src/adapters/discord/bot.js';
import { deployCommands } from '../../src/adapters/discord/deploy.js';
import type { Logger } from '../../src/adapters/discord/log.js';
import { buildApp, type App } from '../../src/app.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { GuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { FakeSpeech } from '../fakes/speech.js';
import type { SpeechEngine } from '../../src/voice/speech.js';
import type { FakeVoiceOptions } from './fake-discord/fake-voice.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { FakeDiscord, snowflake, type FakeGuild, type FakeMessage, type FakeUser } from './fake-discord/fake-discord.js';

export const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.e2e-token';

/** A logger that keeps every line, so a test can find an error id in it. */
export class CapturingLogger implements Logger {
  readonly lines: { level: string; message: string; data: Record<string, unknown> | undefined }[] = [];
  debug(message: string, data?: Record<string, unknown>) {
    this.lines.push({ level: 'debug', message, data });
  }
  info(message: string, data?: Record<string, unknown>) {
    this.lines.push({ level: 'info', message, data });
  }
  warn(message: string, data?: Record<string, unknown>) {
    this.lines.push({ level: 'warn', message, data });
  }
  error(message: string, data?: Record<string, unknown>) {
    this.lines.push({ level: 'error', message, data });
  }
  get errors() {
    return this.lines.filter((l) => l.level === 'error');
  }
}

export function makeGuild(name: string, channels = 1, voiceChannels = 0): FakeGuild {
  return {
    id: snowflake(),
    name,
    channelIds: Array.from({ length: channels }, () => snowflake()),
    ...(voiceChannels > 0 ? { voiceChannelIds: Array.from({ length: voiceChannels }, () => snowflake()) } : {}),
  };
}

export function makeUser(username: string, globalName?: string): FakeUser {
  return { id: snowflake(), username, ...(globalName ? { globalName } : {}) };
}

/** The embed of a message (the bot sends one per message). */
export function embedOf(message: FakeMessage): { title?: string; description?: string; footer?: { text: string }; fields?: { name: string; value: string }[]; color?: number } {
  return (message.embeds[0] ?? {}) as ReturnType<typeof embedOf>;
}

export function buttonsOf(message: FakeMessage): { custom_id: string; label: string; style: number; disabled?: boolean }[] {
  return message.components.flatMap((row) => (row['components'] as ReturnType<typeof buttonsOf>) ?? []);
}

export const isEphemeral = (message: FakeMessage) => (message.flags & 64) !== 0;

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

export interface Harness {
  readonly fake: FakeDiscord;
  readonly kb: KnowledgeBase;
  readonly guild: FakeGuild;
  readonly channelId: string;
  readonly time: FakeTime;
  readonly log: CapturingLogger;
  readonly app: App;
  readonly bot: DiscordBot;
}

export interface HarnessOptions {
  readonly guilds?: readonly FakeGuild[];
  readonly deferAfterMs?: number;
  readonly ackDeadlineMs?: number;
  /** The largest file the bot may upload (Discord's 10 MiB by default). */
  readonly attachmentSizeLimit?: number;
  /** Changes the app before the bot starts (e.g. adds a slow test command). */
  readonly adapt?: (app: App) => App;
  /** How the fake voice server treats DAVE (when a guild has voice channels). */
  readonly voice?: FakeVoiceOptions;
  /** The speech engine; a short tone per line (FakeSpeech) by default. */
  readonly speech?: SpeechEngine;
  /** The bot's voice connections: join timeout, the Node version it decides on. */
  readonly botVoice?: DiscordBotOptions['voice'];
  /** The fact base; the fixture's by default. */
  readonly kb?: KnowledgeBase;
  /** The servers' store; an empty in-memory one by default. */
  readonly store?: GuildStore;
}

/** Starts a fake Discord, registers the commands globally, and logs the bot in. Stopped after each test. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const guilds = options.guilds ?? [makeGuild('Year 11 History', 2)];
  const fake = new FakeDiscord({
    token: TOKEN,
    applicationId: snowflake(),
    guilds,
    heartbeatIntervalMs: 2000,
    ...(options.ackDeadlineMs ? { ackDeadlineMs: options.ackDeadlineMs } : {}),
    ...(options.attachmentSizeLimit ? { attachmentSizeLimit: options.attachmentSizeLimit } : {}),
    ...(options.voice ? { voice: options.voice } : {}),
  });
  await fake.start();
  cleanups.push(() => fake.stop());
  const kb = options.kb ?? (await loadFixtureKnowledge());
  const time = new FakeTime();
  const log = new CapturingLogger();
  const bot = createDiscordBot({
    token: TOKEN,
    apiUrl: fake.apiUrl,
    log,
    ...(options.deferAfterMs !== undefined ? { deferAfterMs: options.deferAfterMs } : {}),
    ...(options.botVoice ? { voice: options.botVoice } : {}),
  });
  const built = buildApp({
    kb,
    clock: time,
    scheduler: time,
    random: () => 0.42,
    messenger: bot.messenger,
    voice: bot.voice,
    speech: options.speech ?? new FakeSpeech(),
    logger: { warn: (m) => log.warn(m), error: (m) => log.error(m) },
    ...(options.store ? { store: options.store } : {}),
  });
  const app = options.adapt ? options.adapt(built) : built;
  await deployCommands({ token: TOKEN, clientId: fake.applicationId, apiUrl: fake.apiUrl }, commandDefinitions(app.router.list()));
  await bot.start(app);
  cleanups.push(async () => {
    await app.shutdown();
    await bot.stop();
  });
  const guild = guilds[0] as FakeGuild;
  return { fake, kb, guild, channelId: guild.channelIds[0] as string, time, log, app, bot };
}
