// Leaderboards and stats as pure functions over a server's document.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRoundResult, findPlayer, leaderboard, rankStandings, resetLeaderboard, userStats } from '../../src/leaderboard/ranking.js';
import { isoWeekKey } from '../../src/leaderboard/week.js';
import type { PlayerStanding, RoundResult, ScoredAnswer } from '../../src/quiz/round.js';
import { freshGuildDocument, guildDocumentSchema, type GuildDocument } from '../../src/store/schema.js';

const MONDAY = new Date(Date.UTC(2025, 0, 6, 9)); // 2025-W02

interface Play {
  readonly user: string;
  readonly name?: string;
  readonly answers: readonly { topic?: string; correct: boolean; points: number }[];
  readonly bestStreak?: number;
}

/** A finished round from a compact description. */
function round(plays: readonly Play[], guildId = 'g1'): RoundResult {
  const answers: ScoredAnswer[] = plays.flatMap((p) =>
    p.answers.map((a, i) => ({ questionId: `q${i}`, topic: a.topic ?? 'nep', userId: p.user, correct: a.correct, points: a.points })),
  );
  const rows = plays.map((p) => ({
    userId: p.user,
    name: p.name ?? p.user,
    points: p.answers.reduce((s, a) => s + a.points, 0),
  }));
  const ranked = rankStandings(rows);
  const standings: PlayerStanding[] = ranked.map((r) => {
    const play = plays.find((p) => p.user === r.userId)!;
    return {
      userId: r.userId,
      userName: r.name,
      score: r.points,
      answered: play.answers.length,
      correct: play.answers.filter((a) => a.correct).length,
      bestStreak: play.bestStreak ?? 0,
      rank: r.rank,
    };
  });
  return {
    round: { roundId: 'r1', guildId, channelId: 'c1', starterId: 'u1', starterName: 'u1', topicId: null, questionCount: 3, limitMs: 20_000, flat: false },
    reason: 'completed',
    startedAt: MONDAY.getTime(),
    endedAt: MONDAY.getTime(),
    questionIds: [],
    standings,
    answers,
  };
}

function record(doc: GuildDocument, result: RoundResult, at = MONDAY): GuildDocument {
  const draft = structuredClone(doc);
  applyRoundResult(draft, result, at);
  return guildDocumentSchema.parse(draft);
}

const right = (points: number, topic?: string) => ({ correct: true, points, ...(topic ? { topic } : {}) });
const wrong = (topic?: string) => ({ correct: false, points: 0, ...(topic ? { topic } : {}) });

describe('ranking', () => {
  it('lets equal points share a rank, and the next rank skip (1, 2, 2, 4)', () => {
    const ranked = rankStandings([
      { userId: 'a', name: 'Ann', points: 900 },
      { userId: 'b', name: 'Ben', points: 500 },
      { userId: 'c', name: 'Cat', points: 900 },
      { userId: 'd', name: 'Dan', points: 300 },
      { userId: 'e', name: 'Eve', points: 500 },
    ]);
    expect(ranked.map((s) => `${s.rank} ${s.name}`)).toEqual(['1 Ann', '1 Cat', '3 Ben', '3 Eve', '5 Dan']);
  });

  it('ranks everyone one plus the number of players strictly ahead', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 40 }), (points) => {
        const ranked = rankStandings(points.map((p, i) => ({ userId: `u${i}`, name: `n${i}`, points: p })));
        for (const s of ranked) expect(s.rank).toBe(1 + points.filter((p) => p > s.points).length);
      }),
    );
  });

  it('shows the top 10 and adds the asker’s own place when lower', () => {
    let doc = freshGuildDocument('g1');
    doc = record(doc, round(Array.from({ length: 14 }, (_, i) => ({ user: `u${i}`, answers: [right(1000 - i * 10)] }))));
    const board = leaderboard(doc, { period: 'all', topicId: null, userId: 'u12', now: MONDAY });
    expect(board.top.map((s) => s.userId)).toEqual(['u0', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(board.me).toMatchObject({ userId: 'u12', rank: 13, points: 880 });
    expect(board.total).toBe(14);
    expect(leaderboard(doc, { period: 'all', topicId: null, userId: 'u3', now: MONDAY }).me).toBeNull();
  });

  it('keeps this week apart from all time (ISO weeks, Monday to Sunday)', () => {
    let doc = freshGuildDocument('g1');
    const lastSunday = new Date(Date.UTC(2025, 0, 5, 23, 59)); // 2025-W01
    doc = record(doc, round([{ user: 'old', answers: [right(900)] }]), lastSunday);
    doc = record(doc, round([{ user: 'new', answers: [right(600)] }]), MONDAY);
    const allTime = leaderboard(doc, { period: 'all', topicId: null, userId: 'x', now: MONDAY });
    const week = leaderboard(doc, { period: 'week', topicId: null, userId: 'x', now: MONDAY });
    expect(allTime.top.map((s) => s.userId)).toEqual(['old', 'new']);
    expect(week.top.map((s) => s.userId)).toEqual(['new']);
    expect(week.week).toBe('2025-W02');
  });

  it('ranks one topic by the points earned in it', () => {
    let doc = freshGuildDocument('g1');
    doc = record(
      doc,
      round([
        { user: 'a', answers: [right(1000, 'nep'), wrong('collectivisation')] },
        { user: 'b', answers: [right(600, 'nep'), right(700, 'collectivisation')] },
      ]),
    );
    expect(leaderboard(doc, { period: 'all', topicId: null, userId: 'a', now: MONDAY }).top.map((s) => `${s.userId} ${s.points}`)).toEqual(['b 1300', 'a 1000']);
    expect(leaderboard(doc, { period: 'all', topicId: 'nep', userId: 'a', now: MONDAY }).top.map((s) => `${s.userId} ${s.points}`)).toEqual(['a 1000', 'b 600']);
    // a answered on collectivisation and scored nothing there: listed, after b.
    expect(leaderboard(doc, { period: 'all', topicId: 'collectivisation', userId: 'a', now: MONDAY }).top.map((s) => `${s.userId} ${s.points}`)).toEqual(['b 700', 'a 0']);
    expect(leaderboard(doc, { period: 'all', topicId: 'famine', userId: 'a', now: MONDAY }).top).toEqual([]);
  });

  it('keeps only recent weeks', () => {
    let doc = freshGuildDocument('g1');
    for (let w = 0; w < 5; w++) doc = record(doc, round([{ user: 'a', answers: [right(100)] }]), new Date(MONDAY.getTime() + w * 7 * 86_400_000));
    expect(Object.keys(doc.weeks)).toEqual(['2025-W05', '2025-W06']);
    expect(userStats(doc, 'a')?.points).toBe(500);
  });
});

describe('stats', () => {
  it('counts answers, correct answers and accuracy per topic, best streak, rounds played and won', () => {
    let doc = freshGuildDocument('g1');
    doc = record(
      doc,
      round([
        { user: 'a', name: 'Ann', answers: [right(900, 'nep'), right(800, 'nep'), wrong('collectivisation')], bestStreak: 2 },
        { user: 'b', name: 'Ben', answers: [wrong('nep')] },
      ]),
    );
    doc = record(doc, round([{ user: 'a', name: 'Annie', answers: [right(1000, 'collectivisation')], bestStreak: 1 }]));
    const stats = userStats(doc, 'a');
    expect(stats).toMatchObject({ name: 'Annie', points: 2700, answered: 4, correct: 3, accuracy: 0.75, bestStreak: 2, roundsPlayed: 2, roundsWon: 1 });
    expect(stats?.topics).toEqual([
      { topicId: 'collectivisation', points: 1000, answered: 2, correct: 1, accuracy: 0.5 },
      { topicId: 'nep', points: 1700, answered: 2, correct: 2, accuracy: 1 },
    ]);
    expect(userStats(doc, 'b')).toMatchObject({ roundsPlayed: 1, roundsWon: 0, accuracy: 0 });
    expect(userStats(doc, 'nobody')).toBeUndefined();
  });

  it('does not count a round played alone as won', () => {
    const doc = record(freshGuildDocument('g1'), round([{ user: 'a', answers: [right(900)] }]));
    expect(userStats(doc, 'a')).toMatchObject({ roundsPlayed: 1, roundsWon: 0 });
  });

  it('counts a tie for first as a win for each', () => {
    const doc = record(freshGuildDocument('g1'), round([{ user: 'a', answers: [right(900)] }, { user: 'b', answers: [right(900)] }, { user: 'c', answers: [right(100)] }]));
    expect(['a', 'b', 'c'].map((u) => userStats(doc, u)?.roundsWon)).toEqual([1, 1, 0]);
  });

  it('shows the display name last seen on the board', () => {
    let doc = record(freshGuildDocument('g1'), round([{ user: 'a', name: 'Sasha', answers: [right(500)] }]));
    doc = record(doc, round([{ user: 'a', name: 'Sasha K.', answers: [right(500)] }]));
    expect(leaderboard(doc, { period: 'all', topicId: null, userId: 'a', now: MONDAY }).top).toEqual([{ userId: 'a', name: 'Sasha K.', points: 1000, rank: 1 }]);
    expect(findPlayer(doc, 'sasha k.')).toBe('a');
    expect(findPlayer(doc, 'a')).toBe('a');
    expect(findPlayer(doc, 'Sasha')).toBeUndefined();
  });

  it('a reset clears scores and records but keeps settings and missed questions', () => {
    let doc = record(freshGuildDocument('g1'), round([{ user: 'a', answers: [right(500)] }]));
    doc = { ...doc, settings: { ...doc.settings, flatScoring: true }, missed: [{ question: 'who was hitler', count: 2, lastAsked: MONDAY.toISOString() }] };
    const draft = structuredClone(doc);
    resetLeaderboard(draft, MONDAY);
    expect(leaderboard(draft, { period: 'all', topicId: null, userId: 'a', now: MONDAY }).total).toBe(0);
    expect(userStats(draft, 'a')).toBeUndefined();
    expect(draft.settings.flatScoring).toBe(true);
    expect(draft.missed).toHaveLength(1);
    expect(draft.leaderboardResetAt).toBe(MONDAY.toISOString());
  });
});

describe('a reset during a round', () => {
  it('does not bring back the points of a round that started before the reset', () => {
    const draft = structuredClone(record(freshGuildDocument('g1'), round([{ user: 'a', answers: [right(500)] }])));
    const later = new Date(MONDAY.getTime() + 60_000);
    resetLeaderboard(draft, later); // the round below started at MONDAY, a minute earlier
    const doc = record(guildDocumentSchema.parse(draft), round([{ user: 'a', answers: [right(900), right(900)] }]), later);
    expect(leaderboard(doc, { period: 'all', topicId: null, userId: 'a', now: later }).total).toBe(0);
    const next = { ...round([{ user: 'a', answers: [right(700)] }]), startedAt: later.getTime() + 1 };
    expect(leaderboard(record(doc, next, later), { period: 'all', topicId: null, userId: 'a', now: later }).top.map((r) => r.points)).toEqual([700]);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2025-01-06T00:00:00Z', '2025-W02'],
    ['2025-01-05T23:59:59Z', '2025-W01'],
    ['2024-12-30T12:00:00Z', '2025-W01'], // Monday of the week holding 2 January 2025
    ['2021-01-03T12:00:00Z', '2020-W53'],
    ['2026-12-31T12:00:00Z', '2026-W53'],
    ['2027-01-01T12:00:00Z', '2026-W53'],
  ])('puts %s in %s', (at, week) => {
    expect(isoWeekKey(new Date(at))).toBe(week);
  });
});
