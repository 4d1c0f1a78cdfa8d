// The leaderboard service: records finished rounds and answers leaderboard, stats and settings
// questions for a server, on top of the GuildStore. Ranking itself is pure (ranking.ts).
import type { Clock } from '../quiz/clock.js';
import type { RoundResult } from '../quiz/round.js';
import type { GuildStore } from '../store/guild-store.js';
import { applyRoundResult, findPlayer, leaderboard, resetLeaderboard, userStats, type BoardView, type Period, type UserStats } from './ranking.js';

export interface LeaderboardService {
  /** Adds a finished round's points and answers to its server's leaderboard. */
  record(result: RoundResult): Promise<void>;
  board(guildId: string, query: { period: Period; topicId: string | null; userId: string }): Promise<BoardView>;
  stats(guildId: string, userId: string): Promise<UserStats | undefined>;
  /** A player's id from an id, a mention or a display name. */
  findPlayer(guildId: string, query: string): Promise<string | undefined>;
  /**
   * Clears the server's scores and player records (the caller checks the permission), unless the
   * leaderboard was already reset at or after `since` (a confirmation pressed twice): resolves whether
   * it reset now. Checked and done in one store update.
   */
  resetOnce(guildId: string, since: Date): Promise<boolean>;
  /** Whether the leaderboard was reset at or after `since`. */
  resetSince(guildId: string, since: Date): Promise<boolean>;
  /** The fairness setting: every correct answer earns 1000, with no speed or streak bonus. */
  flatScoring(guildId: string): Promise<boolean>;
  setFlatScoring(guildId: string, on: boolean): Promise<void>;
}

const wasResetSince = (resetAt: string | null, since: Date) => resetAt !== null && Date.parse(resetAt) >= since.getTime();

export function createLeaderboardService(deps: { readonly store: GuildStore; readonly clock: Clock }): LeaderboardService {
  const { store, clock } = deps;
  const now = () => new Date(clock.now());
  return {
    async record(result) {
      const at = new Date(result.endedAt);
      await store.update(result.round.guildId, (doc) => applyRoundResult(doc, result, at));
    },
    async board(guildId, q) {
      return leaderboard(await store.load(guildId), { ...q, now: now() });
    },
    async stats(guildId, userId) {
      return userStats(await store.load(guildId), userId);
    },
    async findPlayer(guildId, query) {
      return findPlayer(await store.load(guildId), query);
    },
    async resetOnce(guildId, since) {
      let reset = false;
      await store.update(guildId, (doc) => {
        if (wasResetSince(doc.leaderboardResetAt, since)) return;
        resetLeaderboard(doc, now());
        reset = true;
      });
      return reset;
    },
    async resetSince(guildId, since) {
      return wasResetSince((await store.load(guildId)).leaderboardResetAt, since);
    },
    async flatScoring(guildId) {
      return (await store.load(guildId)).settings.flatScoring;
    },
    async setFlatScoring(guildId, on) {
      await store.update(guildId, (doc) => {
        doc.settings.flatScoring = on;
      });
    },
  };
}
