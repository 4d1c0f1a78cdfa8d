// The leaderboard service: records finished rounds and answers leaderboard, stats and settings
// questions for a server, on top of the GuildStore. Ranking itself is pure (ranking.ts).
import type { Clock } from '../quiz/clock.js';
import type { RoundResult } from '../quiz/round.js';
import type { ClassLevel } from '../quiz/fairness.js';
import type { ExamBoard } from '../knowledge/schema.js';
import type { GuildStore } from '../store/guild-store.js';
import type { GuildDocument } from '../store/schema.js';
import { hiddenNames, setNameHidden } from './hidden-names.js';
import { applyRoundResult, findPlayer, forgetPlayer, leaderboard, resetLeaderboard, userStats, type BoardView, type Period, type UserStats } from './ranking.js';

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
  /**
   * Switches flat scoring and saves it. When the save fails, the setting is put back as it was, so that
   * what the bot does and what its file says agree, and this rejects with SettingNotSavedError.
   */
  setFlatScoring(guildId: string, on: boolean): Promise<void>;
  /** The class the server's quiz rounds are for (/tutor level); null: not set, every question. */
  quizLevel(guildId: string): Promise<ClassLevel | null>;
  /** Sets the class and saves it; a failed save is undone as for setFlatScoring (SettingNotSavedError). */
  setQuizLevel(guildId: string, level: ClassLevel | null): Promise<void>;
  /** The exam board the class sits (/tutor board); null: not set, any board. */
  examBoard(guildId: string): Promise<ExamBoard | null>;
  /** Sets the board and saves it; a failed save is undone as for setFlatScoring (SettingNotSavedError). */
  setExamBoard(guildId: string, board: ExamBoard | null): Promise<void>;
  /** Everything kept for a server, as stored (for a teacher's export). */
  document(guildId: string): Promise<GuildDocument>;
  /** Deletes a player's record, scores and weekly tallies on a server; resolves whether there were any. */
  forget(guildId: string, userId: string): Promise<boolean>;
  /** The students whose names the server's leaderboard and quiz posts show as "a player" (/privacy leaderboard:hide). */
  hiddenNames(guildId: string): Promise<ReadonlySet<string>>;
  /** Hides a student's name there, or shows it again, and saves it. */
  setNameHidden(guildId: string, userId: string, hidden: boolean): Promise<void>;
}

/** A setting could not be saved, and was left as it was (`kept`). */
export class SettingNotSavedError<T = boolean> extends Error {
  constructor(readonly kept: T, options?: { cause?: unknown }) {
    super('the setting could not be saved and was left as it was', options);
    this.name = 'SettingNotSavedError';
  }
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
    async document(guildId) {
      return store.load(guildId);
    },
    async forget(guildId, userId) {
      let found = false;
      await store.update(guildId, (doc) => {
        found = forgetPlayer(doc, userId);
      });
      return found;
    },
    async hiddenNames(guildId) {
      return hiddenNames(await store.load(guildId));
    },
    async setNameHidden(guildId, userId, hidden) {
      await store.update(guildId, (doc) => setNameHidden(doc, userId, hidden, now()));
    },
    async setFlatScoring(guildId, on) {
      await saveSetting(store, guildId, 'flatScoring', on);
    },
    async quizLevel(guildId) {
      return (await store.load(guildId)).settings.quizLevel;
    },
    async setQuizLevel(guildId, level) {
      await saveSetting(store, guildId, 'quizLevel', level);
    },
    async examBoard(guildId) {
      return (await store.load(guildId)).settings.examBoard;
    },
    async setExamBoard(guildId, board) {
      await saveSetting(store, guildId, 'examBoard', board);
    },
  };
}

type Settings = GuildDocument['settings'];

/**
 * Saves one setting; when the save fails, puts it back as it was and rejects with SettingNotSavedError (the value
 * kept). The store keeps an unsaved change in memory to write later, so a change applied and not saved is undone: a
 * setting that the teacher was told failed must not take effect after all. An update that failed before it read the
 * document (the server's file could not be read) changed nothing, so nothing is put back; what is kept is then what
 * the store holds, or, when it cannot say that either, the store's error is passed on.
 */
async function saveSetting<K extends 'flatScoring' | 'quizLevel' | 'examBoard'>(store: GuildStore, guildId: string, key: K, value: Settings[K]): Promise<void> {
  /** The value before this change, once the update has read it. */
  let read: { readonly before: Settings[K] } | undefined;
  try {
    await store.update(guildId, (doc) => {
      read = { before: doc.settings[key] };
      doc.settings[key] = value;
    });
  } catch (err) {
    if (read === undefined) {
      const kept = await store.load(guildId).then((doc) => doc.settings[key], () => Promise.reject(err));
      throw new SettingNotSavedError(kept, { cause: err });
    }
    const { before } = read;
    await store
      .update(guildId, (doc) => {
        doc.settings[key] = before;
      })
      .catch(() => undefined);
    throw new SettingNotSavedError(before, { cause: err });
  }
}
