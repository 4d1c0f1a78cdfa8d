// The one place that reads the environment. Everything is validated at once, and a bad environment
// produces one message that names every bad or missing variable (never its value: it may be the token).
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { RETENTION_LIMITS } from './store/schema.js';

/** A Discord id (a snowflake): a server's, a user's, the application's. */
export const SNOWFLAKE = /^\d{17,20}$/;
const snowflake = z.string().regex(SNOWFLAKE, 'must be a Discord id (17–20 digits)');
/** Treat `VAR=` (empty) as unset, as people leave blanks in .env files. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

/** SCHOOL_PRIVACY_CONTACT's length: /privacy's first screen shows it and must stay short. */
export const PRIVACY_CONTACT_MAX = 100;

const envSchema = z
  .object({
    DISCORD_TOKEN: optional(
      z.string().regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'does not look like a bot token (three parts separated by dots)'),
    ),
    DISCORD_CLIENT_ID: optional(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })),
    DATA_DIR: optional(z.string()).transform((v) => v ?? './data'),
    KNOWLEDGE_DIR: optional(z.string()).transform((v) => v ?? './knowledge'),
    LOG_LEVEL: optional(z.enum(['debug', 'info', 'warn', 'error'], { error: 'must be debug, info, warn or error' })).transform(
      (v) => v ?? 'info',
    ),
    TUTOR_MODE: optional(z.enum(['auto', 'discord', 'console'], { error: 'must be auto, discord or console' })).transform((v) => v ?? 'auto'),
    RETENTION_DAYS: optional(
      z
        .string()
        .regex(/^\s*\d+\s*$/, `must be a whole number of days from ${RETENTION_LIMITS.minDays} to ${RETENTION_LIMITS.maxDays}`)
        .transform(Number)
        .pipe(
          z
            .number()
            .int()
            .min(RETENTION_LIMITS.minDays, `must be a whole number of days from ${RETENTION_LIMITS.minDays} to ${RETENTION_LIMITS.maxDays}`)
            .max(RETENTION_LIMITS.maxDays, `must be a whole number of days from ${RETENTION_LIMITS.minDays} to ${RETENTION_LIMITS.maxDays}`),
        ),
    ).transform((v) => v ?? RETENTION_LIMITS.defaultDays),
    SCHOOL_PRIVACY_CONTACT: optional(
      z.string().trim().min(1).max(PRIVACY_CONTACT_MAX, `must be at most ${PRIVACY_CONTACT_MAX} characters (a name and an e-mail address or phone number)`),
    ),
    SHARDS: optional(z.string()),
    SHARD_COUNT: optional(
      z
        .string()
        .regex(/^\s*\d+\s*$/, 'must be a whole number from 1 to 64')
        .transform(Number)
        .pipe(z.number().int().min(1, 'must be a whole number from 1 to 64').max(64, 'must be a whole number from 1 to 64')),
    ).transform(
      (v) => v ?? 1,
    ),
  });

export interface Config {
  /** Absent: run the local console instead of connecting to Discord. */
  readonly discordToken: string | undefined;
  readonly discordClientId: string | undefined;
  readonly discordGuildId: string | undefined;
  readonly discordApiUrl: string | undefined;
  readonly dataDir: string;
  readonly knowledgeDir: string;
  readonly logLevel: 'debug' | 'info' | 'warn' | 'error';
  /**
   * TUTOR_MODE. auto (the default): Discord with a token, the local console without. discord: a missing token
   * is a config error (a supervisor's unit sets it, so a blank token stops the bot instead of starting a
   * console no one can type in). console: the console even when .env holds a token.
   */
  readonly mode: TutorMode;
  readonly shardCount: number;
  /**
   * The shards this process runs (SHARDS, e.g. [0,1]): set by discord.js for a ShardingManager's child, or by
   * hand to spread shards over machines. Undefined: this process runs all of them, or manages them.
   */
  readonly shards: readonly number[] | undefined;
  /**
   * RETENTION_DAYS: how many days students' activity is kept where a server's teacher has set no period of
   * their own (/tutor retention), and in direct messages. 30–3650, 365 by default; nothing is kept forever.
   */
  readonly retentionDays: number;
  /** SCHOOL_PRIVACY_CONTACT: who at the school answers questions about students' data; /privacy shows it. */
  readonly privacyContact: string | undefined;
}

export type TutorMode = 'auto' | 'discord' | 'console';

export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

export type ConfigResult = { ok: true; value: Config } | { ok: false; problems: ConfigProblem[] };

export function parseConfig(env: NodeJS.ProcessEnv | Record<string, string | undefined>): ConfigResult {
  const parsed = envSchema.safeParse(env);
  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((i) => ({ variable: String(i.path[0] ?? '(environment)'), message: i.message }));
  // Checked by hand rather than in the schema so it is reported together with every other problem.
  const isSet = (v: string | undefined) => v !== undefined && v.trim() !== '';
  if (isSet(env['DISCORD_TOKEN']) && !isSet(env['DISCORD_CLIENT_ID']))
    problems.push({ variable: 'DISCORD_CLIENT_ID', message: 'is required when DISCORD_TOKEN is set' });
  if (env['TUTOR_MODE']?.trim() === 'discord' && !isSet(env['DISCORD_TOKEN'])) {
    problems.push({ variable: 'DISCORD_TOKEN', message: 'is required when TUTOR_MODE is discord (put the bot token in .env)' });
    // With a token set, the check above already asks for the client id.
    if (!isSet(env['DISCORD_CLIENT_ID'])) problems.push({ variable: 'DISCORD_CLIENT_ID', message: 'is required when TUTOR_MODE is discord' });
  }
  // With a bad SHARD_COUNT, SHARDS cannot be checked against it: only SHARD_COUNT is reported.
  const badCount = problems.some((p) => p.variable === 'SHARD_COUNT');
  const count = Number(env['SHARD_COUNT']?.trim() || 1); // valid here, even when another variable is not
  const shards = badCount ? undefined : parseShards(env['SHARDS'], count);
  if (shards === 'invalid')
    problems.push({ variable: 'SHARDS', message: 'must be a shard id or a JSON list of different ones, each below SHARD_COUNT, e.g. [0,1]' });
  if (!parsed.success || problems.length > 0 || shards === 'invalid') return { ok: false, problems };
  const e = parsed.data;
  return {
    ok: true,
    value: Object.freeze({
      discordToken: e.DISCORD_TOKEN,
      discordClientId: e.DISCORD_CLIENT_ID,
      discordGuildId: e.DISCORD_GUILD_ID,
      discordApiUrl: e.DISCORD_API_URL,
      dataDir: e.DATA_DIR,
      knowledgeDir: e.KNOWLEDGE_DIR,
      logLevel: e.LOG_LEVEL,
      mode: e.TUTOR_MODE,
      shardCount: e.SHARD_COUNT,
      shards,
      retentionDays: e.RETENTION_DAYS,
      privacyContact: e.SCHOOL_PRIVACY_CONTACT,
    }),
  };
}

function parseShards(raw: string | undefined, shardCount: number): number[] | undefined | 'invalid' {
  if (raw === undefined || raw.trim() === '') return undefined;
  let ids: unknown;
  try {
    ids = JSON.parse(raw);
  } catch {
    return 'invalid';
  }
  const list = Number.isInteger(ids) ? [ids] : ids;
  const valid =
    Array.isArray(list) && list.length > 0 && new Set(list).size === list.length && list.every((id) => Number.isInteger(id) && id >= 0 && id < shardCount);
  return valid ? (list as number[]) : 'invalid';
}

export function formatConfigError(problems: readonly ConfigProblem[]): string {
  const lines = problems.map((p) => `  ${p.variable} ${p.message}`);
  return [`The environment is not valid (${problems.length} problem${problems.length === 1 ? '' : 's'}):`, ...lines, 'See .env.example for every variable.'].join('\n');
}

/** Variables that discord.js reads from process.env itself, and fails on when they are blank. */
const READ_BY_DISCORD_JS = ['SHARDS', 'SHARD_COUNT'];

/**
 * Loads `.env` into process.env if it exists. Called by entry points only. A blank variable means unset
 * here (`SHARDS=` as .env.example has it); discord.js would parse it itself and crash, so it is removed.
 */
export function loadEnvFile(): void {
  loadDotenv({ quiet: true });
  for (const name of READ_BY_DISCORD_JS) if (process.env[name]?.trim() === '') delete process.env[name];
}

/**
 * For entry points: loads `.env`, validates the environment and, when it is bad, prints the one message
 * naming every bad variable and returns undefined (the caller exits with status 1).
 */
export function configFromEnvironment(): Config | undefined {
  loadEnvFile();
  const result = parseConfig(process.env);
  if (result.ok) return result.value;
  console.error(formatConfigError(result.problems));
  return undefined;
}
