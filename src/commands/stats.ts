// /stats [user]: a player's quiz record on this server: points, answers, accuracy per topic, best
// streak, rounds played and won.
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { UserStats } from '../leaderboard/ranking.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { topicRecords, type PracticeHistory } from '../practice/history.js';
import { findStudent } from '../report/student-data.js';
import { practiceStatsField } from './practice-view.js';
import { QUIZ_MESSAGES as Q } from '../messages.js';
import { serverOnly } from './quiz.js';
import { formatPoints, topicTitles } from './quiz-view.js';
import type { Command, Reply } from './types.js';
import { shownAsTyped, stringOption } from './types.js';

export interface StatsCommandDeps {
  readonly kb: KnowledgeBase;
  readonly leaderboard: Pick<LeaderboardService, 'stats' | 'document'>;
  /** /practice marks: shown to the student asking about themselves only. */
  readonly practice?: Pick<PracticeHistory, 'attempts'>;
}

const percent = (accuracy: number | null) => (accuracy === null ? '–' : `${Math.round(accuracy * 100)}%`);

export function statsReply(stats: UserStats, title: (id: string) => string, show: (name: string) => string = (name) => name): Reply {
  const topics = stats.topics.map((t) => `${title(t.topicId)}: ${t.correct}/${t.answered} correct (${percent(t.accuracy)}) · ${formatPoints(t.points)} points`);
  return {
    title: Q.statsTitle(show(stats.name)),
    body: Q.statsBody({
      points: formatPoints(stats.points),
      answered: stats.answered,
      correct: stats.correct,
      accuracy: percent(stats.accuracy),
      bestStreak: stats.bestStreak,
      roundsPlayed: stats.roundsPlayed,
      roundsWon: stats.roundsWon,
    }),
    fields: topics.length > 0 ? [{ name: Q.statsTopics, value: topics.join('\n').slice(0, 1000) }] : [],
    private: true,
    tone: 'info',
  };
}

/** A user option as Discord passes it (a user id); the console passes whatever was typed (a name). */
export function isUserId(value: string): boolean {
  return /^\d{5,25}$/.test(value);
}

export function createStatsCommand(deps: StatsCommandDeps): Command {
  const titles = topicTitles(deps.kb);
  const title = (id: string) => titles(id) ?? id;
  /**
   * A name typed (the console passes names): the asker's own, a leaderboard name, or any student the server's
   * records know (practice marks, homework, a review deck), not only those who have played a quiz.
   */
  const findByName = async (guildId: string, query: string, ctx: { userId: string; userName: string }) =>
    query.toLowerCase() === ctx.userName.toLowerCase()
      ? ctx.userId
      : findStudent(await deps.leaderboard.document(guildId), query);
  return {
    spec: {
      name: 'stats',
      description: 'Quiz stats for you or another player on this server',
      guildOnly: true,
      options: [{ name: 'user', description: 'Whose stats (you, if empty)', type: 'user' }],
    },
    async run(input, ctx) {
      if (ctx.guildId === null) return serverOnly();
      const query = stringOption(input, 'user')?.trim();
      // Discord passes a user id; the console passes whatever was typed (a name).
      const isId = !!query && isUserId(query);
      const userId = !query ? ctx.userId : isId ? query : await findByName(ctx.guildId, query, ctx);
      if (!userId) return { body: Q.statsNotFound(shownAsTyped(ctx, query?.slice(0, 40) ?? '')), private: true, tone: 'info' };
      const stats = await deps.leaderboard.stats(ctx.guildId, userId);
      // Practice marks are private: only a student asking about themselves (by name too) sees theirs.
      const self = userId === ctx.userId;
      const practised = self && deps.practice ? topicRecords(await deps.practice.attempts(ctx.guildId, userId), deps.kb.topics) : [];
      if (practised.length > 0) {
        const field = practiceStatsField(deps.kb, practised);
        if (!stats) return { title: field.name, body: field.value, private: true, tone: 'info' };
        const quiz = statsReply(stats, title, (name) => shownAsTyped(ctx, name));
        return { ...quiz, fields: [...(quiz.fields ?? []), field] };
      }
      if (!stats) return { body: Q.statsNone(!query || self ? null : isId ? 'That player' : shownAsTyped(ctx, query.slice(0, 40))), private: true, tone: 'info' };
      return statsReply(stats, title, (name) => shownAsTyped(ctx, name));
    },
  };
}
