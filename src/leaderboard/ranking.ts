// Leaderboards and stats, as pure functions over a server's document: recording a finished round,
// ranking (ties share a rank), a board's top places plus the asker's own, a player's stats, a reset.
import type { RoundResult } from '../quiz/round.js';
import type { GuildDocument, Tally, TopicTallies } from '../store/schema.js';
import { LEADERBOARD_DEFAULTS } from './defaults.js';
import { oldHiddenNames, touchHiddenNames } from './hidden-names.js';
import { isoWeekKey } from './week.js';

export type Period = 'all' | 'week';

export interface Standing {
  readonly userId: string;
  readonly name: string;
  readonly points: number;
  /** 1-based; equal points share a rank (1, 2, 2, 4). */
  readonly rank: number;
}

export interface BoardView {
  readonly period: Period;
  /** The ISO week shown, for the weekly board. */
  readonly week: string | null;
  readonly topicId: string | null;
  readonly top: readonly Standing[];
  /** The asker's place when it is not among `top`. */
  readonly me: Standing | null;
  /** Players on the board. */
  readonly total: number;
}

export interface TopicStats extends Tally {
  readonly topicId: string;
  /** Correct ÷ answered, from 0 to 1; null before any answer. */
  readonly accuracy: number | null;
}

export interface UserStats {
  readonly userId: string;
  readonly name: string;
  readonly points: number;
  readonly answered: number;
  readonly correct: number;
  readonly accuracy: number | null;
  readonly bestStreak: number;
  readonly roundsPlayed: number;
  readonly roundsWon: number;
  /** Most answered first. */
  readonly topics: readonly TopicStats[];
}

const emptyTally = (): Tally => ({ points: 0, answered: 0, correct: 0 });

/**
 * A record's own value for a key. Ids and typed names key these records, and "constructor",
 * "toString" or "__proto__" must find nothing rather than what every object inherits.
 */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A record's own value for a key, made first when missing. "__proto__" is defined as an own key, never set as the prototype. */
function ownOrAdd<T>(record: Record<string, T>, key: string, make: () => T): T {
  const found = own(record, key);
  if (found !== undefined) return found;
  const value = make();
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
  return value;
}

function addTo(tallies: Record<string, TopicTallies>, userId: string, topic: string, points: number, correct: boolean): void {
  const perTopic = ownOrAdd(tallies, userId, (): TopicTallies => ({}));
  const t = ownOrAdd(perTopic, topic, emptyTally);
  t.points += points;
  t.answered += 1;
  t.correct += correct ? 1 : 0;
}

/**
 * Whether a round counts as won by those first in it: LEADERBOARD_DEFAULTS.playersForAWin or more answered (a round
 * played alone is practice, not a win). The round's end says the same, so its podium never claims what /stats denies.
 */
export const roundIsContested = (standings: readonly { readonly answered: number }[]): boolean =>
  standings.filter((s) => s.answered > 0).length >= LEADERBOARD_DEFAULTS.playersForAWin;

/**
 * Records a finished round on a draft of the server's document. A round that started before the
 * leaderboard was reset does not count: its earlier answers would bring back the points just cleared.
 */
export function applyRoundResult(draft: GuildDocument, result: RoundResult, at: Date): void {
  if (draft.leaderboardResetAt !== null && result.startedAt < Date.parse(draft.leaderboardResetAt)) return;
  const week = isoWeekKey(at);
  const weekly = ownOrAdd(draft.weeks, week, (): Record<string, TopicTallies> => ({}));
  for (const a of result.answers) {
    addTo(draft.allTime, a.userId, a.topic, a.points, a.correct);
    addTo(weekly, a.userId, a.topic, a.points, a.correct);
  }
  const played = result.standings.filter((s) => s.answered > 0);
  const contested = roundIsContested(played);
  for (const s of played) {
    const p = ownOrAdd(draft.players, s.userId, () => ({ name: s.userName, bestStreak: 0, roundsPlayed: 0, roundsWon: 0, lastSeen: at.toISOString() }));
    p.name = s.userName;
    p.lastSeen = at.toISOString();
    p.roundsPlayed += 1;
    p.bestStreak = Math.max(p.bestStreak, s.bestStreak);
    if (s.rank === 1 && s.score > 0 && contested) p.roundsWon += 1;
  }
  touchHiddenNames(draft, played.map((s) => s.userId), at);
  const keep = new Set(Object.keys(draft.weeks).sort().slice(-LEADERBOARD_DEFAULTS.weeksKept));
  for (const key of Object.keys(draft.weeks)) if (!keep.has(key)) delete draft.weeks[key];
  const players = Object.entries(draft.players);
  if (players.length > LEADERBOARD_DEFAULTS.maxPlayers)
    for (const [userId] of players.sort((a, b) => a[1].lastSeen.localeCompare(b[1].lastSeen)).slice(0, players.length - LEADERBOARD_DEFAULTS.maxPlayers))
      forgetPlayer(draft, userId);
}

/** The ISO time before which activity is older than `days`. */
const retentionCutoff = (days: number, now: Date) => new Date(now.getTime() - days * 86_400_000).toISOString();

/**
 * Deletes activity older than `days` before `now` (a teacher's retention setting): players last seen
 * before then with all their scores, and missed questions last asked before then. Resolves how many
 * players and missed questions went.
 */
export function sweepOldActivity(draft: GuildDocument, days: number, now: Date): { players: number; missed: number } {
  const cutoff = retentionCutoff(days, now);
  let players = 0;
  for (const [userId, p] of Object.entries(draft.players))
    if (p.lastSeen < cutoff) {
      forgetPlayer(draft, userId);
      players++;
    }
  // Scores of someone with no player record (an old file) go with the record's absence.
  for (const userId of Object.keys(draft.allTime)) if (!Object.hasOwn(draft.players, userId)) forgetPlayer(draft, userId);
  // Practice answers go one by one, by when each was marked (a student may practise without playing).
  for (const [userId, attempts] of Object.entries(draft.practice)) {
    const kept = attempts.filter((a) => a.at >= cutoff);
    if (kept.length > 0) draft.practice[userId] = kept;
    else delete draft.practice[userId];
  }
  // A name hidden (/privacy leaderboard:hide) neither asked for nor played with since then goes too.
  for (const userId of oldHiddenNames(draft, cutoff)) delete draft.hiddenNames[userId];
  const before = draft.missed.length;
  draft.missed = draft.missed.filter((m) => m.lastAsked >= cutoff);
  return { players, missed: before - draft.missed.length };
}

/** Clears scores and player records; settings, missed questions and hidden names stay. */
export function resetLeaderboard(draft: GuildDocument, at: Date): void {
  draft.players = {};
  draft.allTime = {};
  draft.weeks = {};
  draft.leaderboardResetAt = at.toISOString();
}

/** Highest first; equal points share a rank and are listed by name. */
export function rankStandings(rows: readonly { userId: string; name: string; points: number }[]): Standing[] {
  const sorted = [...rows].sort((a, b) => b.points - a.points || a.name.localeCompare(b.name) || a.userId.localeCompare(b.userId));
  let rank = 0;
  return sorted.map((r, i) => {
    if (i === 0 || sorted[i - 1]?.points !== r.points) rank = i + 1;
    return { userId: r.userId, name: r.name, points: r.points, rank };
  });
}

function sumPoints(tallies: TopicTallies, topicId: string | null): number {
  if (topicId !== null) return own(tallies, topicId)?.points ?? 0;
  return Object.values(tallies).reduce((sum, t) => sum + t.points, 0);
}

/** Whether a player answered anything on a board's topic (or any topic) in its period. */
function playedIn(tallies: TopicTallies, topicId: string | null): boolean {
  if (topicId !== null) return (own(tallies, topicId)?.answered ?? 0) > 0;
  return Object.values(tallies).some((t) => t.answered > 0);
}

export interface BoardQuery {
  readonly period: Period;
  readonly topicId: string | null;
  /** The asker, whose place is added when outside the top. */
  readonly userId: string;
  readonly now: Date;
  readonly shown?: number;
}

export function leaderboard(doc: GuildDocument, q: BoardQuery): BoardView {
  const week = q.period === 'week' ? isoWeekKey(q.now) : null;
  const source = week === null ? doc.allTime : (own(doc.weeks, week) ?? {});
  // Everyone who played in the period is on the board, those who scored nothing too (ranked after the others):
  // a student who played and finds no name of theirs would think their round was lost.
  const rows = Object.entries(source)
    .filter(([, tallies]) => playedIn(tallies, q.topicId))
    .map(([userId, tallies]) => ({ userId, name: own(doc.players, userId)?.name ?? userId, points: sumPoints(tallies, q.topicId) }));
  const ranked = rankStandings(rows);
  const top = ranked.slice(0, q.shown ?? LEADERBOARD_DEFAULTS.shown);
  const mine = ranked.find((s) => s.userId === q.userId);
  const me = mine && !top.includes(mine) ? mine : null;
  return { period: q.period, week, topicId: q.topicId, top, me, total: ranked.length };
}

const accuracy = (t: Tally): number | null => (t.answered === 0 ? null : t.correct / t.answered);

/** A player's all-time stats; undefined when they have never played here (since the last reset). */
export function userStats(doc: GuildDocument, userId: string): UserStats | undefined {
  const player = own(doc.players, userId);
  const tallies = own(doc.allTime, userId);
  if (!player && !tallies) return undefined;
  const topics = Object.entries(tallies ?? {})
    .map(([topicId, t]) => ({ topicId, ...t, accuracy: accuracy(t) }))
    .sort((a, b) => b.answered - a.answered || a.topicId.localeCompare(b.topicId));
  const total = topics.reduce((sum, t) => ({ points: sum.points + t.points, answered: sum.answered + t.answered, correct: sum.correct + t.correct }), emptyTally());
  return {
    userId,
    name: player?.name ?? userId,
    ...total,
    accuracy: accuracy(total),
    bestStreak: player?.bestStreak ?? 0,
    roundsPlayed: player?.roundsPlayed ?? 0,
    roundsWon: player?.roundsWon ?? 0,
    topics,
  };
}

/** What a student was named by: a mention's id ("<@123>" → "123"), or the name typed without a leading "@". */
export const typedStudent = (query: string): string => query.trim().replace(/^<@!?(\d+)>$/, '$1').replace(/^@/, '');

/** A player by id, by mention (<@id>) or by display name (ignoring case). */
export function findPlayer(doc: GuildDocument, query: string): string | undefined {
  const q = typedStudent(query);
  if (!q) return undefined;
  if (own(doc.players, q) || own(doc.allTime, q)) return q;
  const lower = q.toLowerCase();
  return Object.entries(doc.players).find(([, p]) => p.name.toLowerCase() === lower)?.[0];
}

/** Removes every trace of a player from a draft of the server's document; whether there was any. */
export function forgetPlayer(draft: GuildDocument, userId: string): boolean {
  let found = false;
  const drop = (record: Record<string, unknown>) => {
    if (Object.hasOwn(record, userId)) {
      delete record[userId];
      found = true;
    }
  };
  drop(draft.players);
  drop(draft.allTime);
  for (const week of Object.values(draft.weeks)) drop(week);
  drop(draft.practice);
  return found;
}

/** Whether sweepOldActivity would delete anything (so a sweep that finds nothing writes nothing). */
export function hasOldActivity(doc: GuildDocument, days: number, now: Date): boolean {
  const cutoff = retentionCutoff(days, now);
  return (
    Object.values(doc.players).some((p) => p.lastSeen < cutoff) ||
    doc.missed.some((m) => m.lastAsked < cutoff) ||
    Object.values(doc.practice).some((attempts) => attempts.some((a) => a.at < cutoff)) ||
    Object.keys(doc.allTime).some((id) => !Object.hasOwn(doc.players, id)) ||
    oldHiddenNames(doc, cutoff).length > 0
  );
}
