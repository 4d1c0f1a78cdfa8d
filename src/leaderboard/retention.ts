// Keeping students' data no longer than needed: a server's retention period (/tutor retention), else the
// bot's default (RETENTION_DAYS: 365 days unless set), swept at start and every day, for every server's file
// and the direct messages' alike; and a server the bot was removed from, whose file goes 30 days later (in
// case the bot was removed by mistake and is added back). Nothing is kept forever: nor are the copies no
// deletion reaches (files set aside as corrupt, the console's exports, pictures and audio), which go once they
// are COPIES_KEPT_DAYS old (src/store/old-copies.ts).
import type { Clock, Scheduler, TimerId } from '../quiz/clock.js';
import type { GuildStore } from '../store/guild-store.js';
import { RETENTION_LIMITS, retentionPeriod, type GuildDocument } from '../store/schema.js';
import { redactStoredMissed, type NameRedactor } from '../missed/redact.js';
import { hasOldActivity, sweepOldActivity } from './ranking.js';
import { hasOldStudyData, sweepOldStudyData } from '../report/student-data.js';
import { sweepOldCopies } from '../store/old-copies.js';

export const RETENTION_DEFAULTS = Object.freeze({
  /** How often the sweep runs. */
  sweepEveryMs: 24 * 60 * 60 * 1000,
  /** How long a removed server's file is kept before it is deleted. */
  removedServerKeptDays: 30,
});

export interface SweepReport {
  readonly serversDeleted: number;
  readonly playersDeleted: number;
  readonly missedDeleted: number;
  /** Files set aside as corrupt, and the console's exports, pictures and audio, deleted for their age. */
  readonly copiesDeleted: number;
}

export interface Retention {
  /**
   * Sweeps every server now (or those `mine` accepts: a shard sweeps its own servers only): old activity
   * past its retention period, and servers removed long enough ago; and, with a data folder, the copies of
   * students' data in it that are COPIES_KEPT_DAYS old (a corrupt file of another shard's server is left to it).
   */
  sweepAll(mine?: (guildId: string) => boolean): Promise<SweepReport>;
  /** Sweeps now, then every day, until stop(). */
  start(mine?: (guildId: string) => boolean): void;
  stop(): void;
  /** The bot was removed from a server: its file is deleted after RETENTION_DEFAULTS.removedServerKeptDays. */
  serverRemoved(guildId: string): Promise<void>;
  /** The bot is in a server (again): its file is kept. Writes only when it was marked removed. */
  serverPresent(guildId: string): Promise<void>;
  /**
   * Marks removed, as serverRemoved does, every stored server `absent` says the bot is no longer in (it was
   * removed while the bot was offline, so no removal was ever heard of); returns their ids. Keeps an earlier mark.
   */
  serversAbsent(absent: (guildId: string) => boolean): Promise<string[]>;
  /** Sets a server's retention period in days (null: the default), and sweeps it at once. */
  setRetention(guildId: string, days: number | null): Promise<void>;
  /** The period a server's (or the direct messages') activity is kept for: its own, else the default. */
  periodOf(guildId: string): Promise<RetentionPeriod>;
  /** The period where none is set (RETENTION_DAYS). */
  readonly defaultDays: number;
}

export interface RetentionPeriod {
  readonly days: number;
  /** Whether the server set it (/tutor retention); false: the bot's default. */
  readonly ownSetting: boolean;
}

/**
 * The files a process sweeps when it runs some shards only (undefined: all of them): its servers' (Discord's
 * rule: shard = (id >> 22) % count), and the direct messages' file on the process that runs shard 0, where
 * Discord sends direct messages.
 */
export function sweptByShards(shards: readonly number[] | undefined, shardCount: number, dmGuildId: string): ((guildId: string) => boolean) | undefined {
  if (shards === undefined) return undefined;
  return (id) => (id === dmGuildId ? shards.includes(0) : /^\d+$/.test(id) && shards.includes(Number((BigInt(id) >> 22n) % BigInt(shardCount))));
}

export interface RetentionDeps {
  readonly store: GuildStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly onError: (error: unknown) => void;
  /** The period where a server has set none, and for direct messages (RETENTION_DAYS); 365 days by default. */
  readonly defaultDays?: number;
  /** DATA_DIR, whose copies (corrupt files, the console's exports, images and audio) are swept too; none without it. */
  readonly dataDir?: string;
  /**
   * The names redactor the missed-questions list records through (src/missed/redact.ts): each sweep, the first
   * at start above all, takes names out of entries stored before it ran (or before it spotted them). None: left as they are.
   */
  readonly redactNames?: NameRedactor;
}

/** A redactor that works out each text once. */
function remembered(redact: NameRedactor): NameRedactor {
  const seen = new Map<string, string>();
  return (text) => {
    let out = seen.get(text);
    if (out === undefined) seen.set(text, (out = redact(text)));
    return out;
  };
}

export function createRetention(deps: RetentionDeps): Retention {
  const { store, clock, scheduler } = deps;
  const defaultDays = deps.defaultDays ?? RETENTION_LIMITS.defaultDays;
  let timer: TimerId | undefined;
  let stopped = true;
  const now = () => new Date(clock.now());

  const sweepOne = async (guildId: string): Promise<Omit<SweepReport, 'copiesDeleted'>> => {
    const doc = await store.load(guildId);
    const removedAt = doc.settings.removedAt;
    if (removedAt !== null && clock.now() - Date.parse(removedAt) >= RETENTION_DEFAULTS.removedServerKeptDays * 86_400_000) {
      await store.remove(guildId);
      return { serversDeleted: 1, playersDeleted: 0, missedDeleted: 0 };
    }
    const days = retentionPeriod(doc, defaultDays);
    let swept = { players: 0, missed: 0 };
    // Each question is redacted once, though read twice (to see whether to write, then in the update).
    const redact = deps.redactNames && remembered(deps.redactNames);
    const unredacted = (missed: GuildDocument['missed']) => (redact ? redactStoredMissed(missed, redact) : undefined);
    // Review cards, homework and the daily activity (issue 14) go by the same period.
    if (hasOldActivity(doc, days, now()) || hasOldStudyData(doc, days, now()) || unredacted(doc.missed))
      await store.update(guildId, (draft) => {
        swept = sweepOldActivity(draft, days, now());
        sweepOldStudyData(draft, days, now());
        draft.missed = unredacted(draft.missed) ?? draft.missed;
      });
    return { serversDeleted: 0, playersDeleted: swept.players, missedDeleted: swept.missed };
  };

  const retention: Retention = {
    defaultDays,
    async periodOf(guildId) {
      const doc = await store.load(guildId);
      return { days: retentionPeriod(doc, defaultDays), ownSetting: doc.settings.retentionDays !== null };
    },
    async sweepAll(mine = () => true) {
      const total = { serversDeleted: 0, playersDeleted: 0, missedDeleted: 0, copiesDeleted: 0 };
      for (const guildId of (await store.list()).filter(mine)) {
        try {
          const r = await sweepOne(guildId);
          total.serversDeleted += r.serversDeleted;
          total.playersDeleted += r.playersDeleted;
          total.missedDeleted += r.missedDeleted;
        } catch (error) {
          deps.onError(error); // one unreadable server must not stop the others' sweep
        }
      }
      if (deps.dataDir !== undefined)
        try {
          total.copiesDeleted = await sweepOldCopies({ dataDir: deps.dataDir, now: clock.now(), mine });
        } catch (error) {
          deps.onError(error);
        }
      return total;
    },
    start(mine) {
      if (!stopped) return;
      stopped = false;
      const run = () => {
        retention.sweepAll(mine).then(
          () => undefined,
          (error: unknown) => deps.onError(error),
        ).finally(() => {
          if (!stopped) timer = scheduler.setTimer(run, RETENTION_DEFAULTS.sweepEveryMs);
        });
      };
      run();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) scheduler.clearTimer(timer);
      timer = undefined;
    },
    async serverRemoved(guildId) {
      await store.update(guildId, (draft) => {
        draft.settings.removedAt ??= now().toISOString();
      });
    },
    async serversAbsent(absent) {
      const marked: string[] = [];
      for (const guildId of (await store.list()).filter(absent)) {
        try {
          if ((await store.load(guildId)).settings.removedAt !== null) continue;
          await retention.serverRemoved(guildId);
          marked.push(guildId);
        } catch (error) {
          deps.onError(error); // one unreadable server must not stop the others' marks
        }
      }
      return marked;
    },
    async serverPresent(guildId) {
      if ((await store.load(guildId)).settings.removedAt === null) return;
      await store.update(guildId, (draft) => {
        draft.settings.removedAt = null;
      });
    },
    async setRetention(guildId, days) {
      await store.update(guildId, (draft) => {
        draft.settings.retentionDays = days;
      });
      await sweepOne(guildId);
    },
  };
  return retention;
}
