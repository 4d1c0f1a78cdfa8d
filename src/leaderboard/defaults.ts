// Leaderboard numbers in one place.
export const LEADERBOARD_DEFAULTS = Object.freeze({
  /** Places listed on a board; the asking user's own place is added when lower. */
  shown: 10,
  /** Weeks of weekly scores kept per server (this week and last). */
  weeksKept: 2,
  /** A round counts as won only when at least this many played it. */
  playersForAWin: 2,
  /**
   * Players kept per server, so one server's file stays small enough to read and write quickly
   * (about 1 KB each): past this, the player seen longest ago goes first.
   */
  maxPlayers: 5000,
});
