// The one document kept per server: its quiz settings, leaderboard and the questions the tutor could
// not answer. Validated by zod whenever it is read; `schemaVersion` says which shape a file has, and
// migrations bring older files up to date before validation.
import { z } from 'zod';
import { examBoardSchema } from '../knowledge/schema.js';
import { activityDayTextSchema, dayKey, DEFAULT_TIME_ZONE, examDateSchema, freshHomework, homeworkSchema, reviewDeckTextSchema } from './study-schema.js';

export const GUILD_SCHEMA_VERSION = 7;

const count = z.number().int().min(0);

/** Points and answers of one player in one topic. */
export const tallySchema = z.object({ points: count, answered: count, correct: count });

/** topic id → tally. */
export const topicTalliesSchema = z.record(z.string(), tallySchema);

export const playerSchema = z.object({
  /** Display name as last seen. */
  name: z.string(),
  bestStreak: count,
  roundsPlayed: count,
  roundsWon: count,
  /** ISO time of the last round played. */
  lastSeen: z.string(),
});

export const missedSchema = z.object({
  question: z.string(),
  count: z.number().int().min(1),
  lastAsked: z.string(),
  /** A question answered with this entry that students said was not what they asked ("Not what I asked"). */
  entryId: z.string().optional(),
  /** For such an answer to a follow-up, the entry whose answer it followed: the re-check reads it with that question. */
  after: z.string().optional(),
});

/** One /practice answer marked: what was asked, the mark and level, and when (issue 13). */
export const practiceAttemptSchema = z.object({
  question: z.string(),
  topic: z.string(),
  kind: z.string(),
  mark: count,
  maxMark: z.number().int().min(1),
  level: count,
  maxLevel: z.number().int().min(1),
  /** ISO time it was marked. */
  at: z.string(),
});

/**
 * How long students' activity is kept, in days: the bot's default (RETENTION_DAYS in .env, this when unset)
 * and the range a teacher (/tutor retention) or RETENTION_DAYS may choose. There is no "keep forever".
 */
export const RETENTION_LIMITS = Object.freeze({ defaultDays: 365, minDays: 30, maxDays: 3650 });

/** The retention period that applies to a server's document: its own setting, else the configured default. */
export const retentionPeriod = (doc: Pick<GuildDocument, 'settings'>, defaultDays: number): number => doc.settings.retentionDays ?? defaultDays;

export const isoWeekKey = z.string().regex(/^\d{4}-W\d{2}$/, 'must be an ISO week like 2025-W07');

export const guildDocumentSchema = z.object({
  schemaVersion: z.literal(GUILD_SCHEMA_VERSION),
  guildId: z.string(),
  settings: z.object({
    /** The fairness setting: every correct answer earns 1000, with no speed or streak bonus. */
    flatScoring: z.boolean(),
    /**
     * Activity older than this many days is deleted by the daily sweep (/tutor retention); null: the bot's
     * default (RETENTION_DAYS), which is also what a server set before that default existed is swept at.
     */
    retentionDays: z.number().int().min(1).max(RETENTION_LIMITS.maxDays).nullable().default(null),
    /** When the bot was removed from the server (Discord's guild delete); the file goes 30 days later. */
    removedAt: z.string().nullable().default(null),
    /** The class quiz rounds are for (/tutor level): GCSE leaves out A-level-only questions; null asks them all. */
    quizLevel: z.enum(['gcse', 'a-level']).nullable().default(null),
    /**
     * The exam board the class sits (/tutor board): /ask's exam advice and /practice prefer what is written for its
     * papers; null, any board. Files from before it load with null.
     */
    examBoard: examBoardSchema.nullable().default(null),
    /** The IANA time zone homework due times are read and shown in (/tutor timezone). */
    timeZone: z.string().default(DEFAULT_TIME_ZONE),
    /** A role whose members may set homework and read reports, besides Manage Server (/tutor teacher-role). */
    teacherRoleId: z.string().nullable().default(null),
  }),
  /** user id → who they are and their round record. */
  players: z.record(z.string(), playerSchema),
  /** user id → topic → tally, since the last reset. */
  allTime: z.record(z.string(), topicTalliesSchema),
  /** ISO week → user id → topic → tally (recent weeks only). */
  weeks: z.record(isoWeekKey, z.record(z.string(), topicTalliesSchema)),
  /** ISO time of the last leaderboard reset, if any. */
  leaderboardResetAt: z.string().nullable(),
  /** Questions the tutor could not answer here. */
  missed: z.array(missedSchema),
  /** user id → their /practice answers' marks, oldest first (private: only /stats shows a student their own). */
  practice: z.record(z.string(), z.array(practiceAttemptSchema)).default({}),
  /** user id → their review deck (/review), a card a line (src/store/study-schema.ts). */
  decks: z.record(z.string(), reviewDeckTextSchema),
  /** The teacher's homework assignments, with every student's attempt. */
  homework: homeworkSchema,
  /** UTC day → the class's activity that day, for /tutor report. */
  activity: z.record(dayKey, activityDayTextSchema),
  /**
   * user id → when they last asked (/privacy leaderboard:hide) or played while asking, ISO: students whose name the
   * leaderboard and quiz results show as "a player" (src/leaderboard/hidden-names.ts). Kept through a leaderboard
   * reset; gone with the student's data, or when unused for the retention period. New in version 5, so that a
   * version-4 bot refuses the file (`newer`) rather than reading it and saving it back without them.
   */
  hiddenNames: z.record(z.string(), z.string()).default({}),
  /**
   * user id → their exam date for /review (src/review/exam-date.ts), beside their deck. New in version 6, so that a
   * version-5 bot refuses the file rather than saving it back without them.
   */
  examDates: z.record(z.string(), examDateSchema).default({}),
});

export type Tally = z.infer<typeof tallySchema>;
export type TopicTallies = z.infer<typeof topicTalliesSchema>;
export type PlayerRecord = z.infer<typeof playerSchema>;
export type GuildDocument = z.infer<typeof guildDocumentSchema>;
export type PracticeAttempt = z.infer<typeof practiceAttemptSchema>;

export function freshGuildDocument(guildId: string): GuildDocument {
  return {
    schemaVersion: GUILD_SCHEMA_VERSION,
    guildId,
    settings: { flatScoring: false, retentionDays: null, removedAt: null, quizLevel: null, examBoard: null, timeZone: DEFAULT_TIME_ZONE, teacherRoleId: null },
    players: {},
    allTime: {},
    weeks: {},
    leaderboardResetAt: null,
    missed: [],
    practice: {},
    decks: {},
    homework: freshHomework(),
    activity: {},
    hiddenNames: {},
    examDates: {},
  };
}

/**
 * Migrations by the version they upgrade from: `migrations[n]` turns a version-n document into a
 * version-(n+1) one.
 */
export type Migrations = Readonly<Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>>;

/**
 * Text that was Markdown-escaped (a backslash before each Markdown character) as it was typed. Text in
 * which any backslash stands before another character was never escaped, and is left as it is.
 */
function unescapeMarkdown(text: string): string {
  const escaped = /^(?:[^\\]|\\[\\*_`~|>#.\-[\]<():!+=])*\\?$/.test(text);
  return escaped ? text.replace(/\\(.)/g, '$1').replace(/\\$/, '') : text;
}

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Each value of a record with its `field` unescaped, when it is text; anything else left for validation to judge. */
function mapNames(records: unknown, field: string): unknown {
  if (!isRecord(records)) return records;
  return Object.fromEntries(Object.entries(records).map(([k, v]) => [k, isRecord(v) ? unescapedField(v, field) : v]));
}

function unescapedField(o: Record<string, unknown>, field: string): Record<string, unknown> {
  const text = o[field];
  return typeof text === 'string' ? { ...o, [field]: unescapeMarkdown(text) } : o;
}

/** A homework section with the setter's and each attempt's name unescaped. */
function unescapeHomeworkNames(homework: unknown): unknown {
  if (!isRecord(homework) || !Array.isArray(homework.assignments)) return homework;
  return {
    ...homework,
    assignments: homework.assignments.map((a: unknown) => (isRecord(a) ? { ...unescapedField(a, 'setByName'), attempts: mapNames(a.attempts, 'name') } : a)),
  };
}

export const GUILD_MIGRATIONS: Migrations = Object.freeze({
  // Version 1 kept missed questions from Discord Markdown-escaped ("who were the \*kulaks\*"); they are
  // kept as typed now and escaped where they are shown, so version 2 takes the escapes out.
  1: (doc) => ({
    ...doc,
    schemaVersion: 2,
    missed: Array.isArray(doc.missed)
      ? doc.missed.map((m: unknown) =>
          m !== null && typeof m === 'object' && typeof (m as { question?: unknown }).question === 'string'
            ? { ...m, question: unescapeMarkdown((m as { question: string }).question) }
            : m,
        )
      : doc.missed,
  }),
  // Version 3 (issue 14) adds review decks, homework and the daily activity the class report reads; a
  // version-2 file has none of them yet. (Its settings gain the time zone and teacher role by their defaults.)
  2: (doc) => ({ ...doc, schemaVersion: 3, decks: {}, homework: freshHomework(), activity: {} }),
  // Version 3 kept names from Discord Markdown-escaped ("a\_b"), and exported them so; they are kept as
  // typed now and escaped where a reply shows them, so version 4 takes the escapes out, once.
  3: (doc) => ({ ...doc, schemaVersion: 4, players: mapNames(doc.players, 'name'), homework: unescapeHomeworkNames(doc.homework) }),
  // Version 5 adds the students who asked to hide their name (hiddenNames); a version-4 file has none. Raised so
  // that, after a rollback, version 4 leaves such a file alone instead of dropping the choice on its next save.
  4: (doc) => ({ ...doc, schemaVersion: 5, hiddenNames: {} }),
  // Version 6 adds students' exam dates for /review (examDates); a version-5 file has none. Raised for the same reason.
  5: (doc) => ({ ...doc, schemaVersion: 6, examDates: {} }),
  // Version 7 adds the class's exam board (settings.examBoard, null until /tutor board sets it). Raised for the same reason.
  6: (doc) => ({ ...doc, schemaVersion: 7 }),
});

export type ParseResult =
  | { readonly ok: true; readonly doc: GuildDocument }
  /** `newer`: a later version of the bot wrote it; the file is fine, this bot just cannot read it. */
  | { readonly ok: false; readonly problem: string; readonly newer?: true };

function describeIssues(error: z.ZodError): string {
  const shown = error.issues.slice(0, 5).map((i) => `${i.path.map(String).join('.') || '(document)'}: ${i.message}`);
  const more = error.issues.length > shown.length ? ` (and ${error.issues.length - shown.length} more)` : '';
  return shown.join('; ') + more;
}

/** Parses, migrates and validates a stored document. Never throws. */
export function parseGuildDocument(text: string, migrations: Migrations = GUILD_MIGRATIONS): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return { ok: false, problem: `not valid JSON (${err instanceof Error ? err.message : String(err)})` };
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { ok: false, problem: 'not a JSON object' };
  let doc = raw as Record<string, unknown>;
  const stated: unknown = doc.schemaVersion;
  if (typeof stated !== 'number' || !Number.isInteger(stated)) return { ok: false, problem: 'schemaVersion is missing or not a whole number' };
  let version: number = stated;
  if (version > GUILD_SCHEMA_VERSION)
    return { ok: false, newer: true, problem: `schemaVersion ${version} was written by a newer version of the bot (this one reads up to ${GUILD_SCHEMA_VERSION})` };
  while (version < GUILD_SCHEMA_VERSION) {
    const migrate = migrations[version];
    if (!migrate) return { ok: false, problem: `no migration from schemaVersion ${version}` };
    try {
      doc = migrate(doc);
    } catch (err) {
      return { ok: false, problem: `migration from schemaVersion ${version} failed (${err instanceof Error ? err.message : String(err)})` };
    }
    const next: unknown = doc.schemaVersion;
    if (typeof next !== 'number' || next <= version) return { ok: false, problem: `migration from schemaVersion ${version} did not raise the version` };
    version = next;
  }
  const parsed = guildDocumentSchema.safeParse(doc);
  return parsed.success ? { ok: true, doc: parsed.data } : { ok: false, problem: describeIssues(parsed.error) };
}
