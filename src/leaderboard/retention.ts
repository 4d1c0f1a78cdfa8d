// Keeping students' data no longer than needed: a teacher's retention period (/tutor retention), swept at
// start and every day, and a server the bot was removed from, whose file goes 30 days later (in case the
// bot was removed by mistake and is added back).
import type { Clock, Scheduler, TimerId } from '../quiz/clock.js';
import type { GuildStore } from '../store/guild-store.js';
import { hasOldActivity, sweepOldActivity } from './ranking.js';
import { hasOldStudyData, sweepOldStudyData } from '../report/student-data.js';

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
}

export interface Retention {
  /**
   * Sweeps every server now (or those `mine` accepts: a shard sweeps its own servers only): old activity
   * past its retention period, and servers removed long enough ago.
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
  /** Sets a server's retention period in days (null: keep), and sweeps it at once. */
  setRetention(guildId: string, days: number | null): Promise<void>;
}

export interface RetentionDeps {
  readonly store: GuildStore;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly onError: (error: unknown) => void;
}

export function createRetention(deps: RetentionDeps): Retention {
  const { store, clock, scheduler } = deps;
  let timer: TimerId | undefined;
  let stopped = true;
  const now = () => new Date(clock.now());

  const sweepOne = async (guildId: string): Promise<SweepReport> => {
    const doc = await store.load(guildId);
    const removedAt = doc.settings.removedAt;
    if (removedAt !== null && clock.now() - Date.parse(removedAt) >= RETENTION_DEFAULTS.removedServerKeptDays * 86_400_000) {
      await store.remove(guildId);
      return { serversDeleted: 1, playersDeleted: 0, missedDeleted: 0 };
    }
    const days = doc.settings.retentionDays;
    if (days === null) return { serversDeleted: 0, playersDeleted: 0, missedDeleted: 0 };
    let swept = { players: 0, missed: 0 };
    // Review cards, homework and the daily activity (issue 14) go by the same period.
    if (hasOldActivity(doc, days, now()) || hasOldStudyData(doc, days, now()))
      await store.update(guildId, (draft) => {
        swept = sweepOldActivity(draft, days, now());
        sweepOldStudyData(draft, days, now());
      });
    return { serversDeleted: 0, playersDeleted: swept.players, missedDeleted: swept.missed };
  };

  const retention: Retention = {
    async sweepAll(mine = () => true) {
      const total = { serversDeleted: 0, playersDeleted: 0, missedDeleted: 0 };
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
