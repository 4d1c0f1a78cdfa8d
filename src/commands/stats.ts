// /stats [user]: a player's quiz record on this server: points, answers, accuracy per topic, best
// streak, rounds played and won, and the homework they did (as the teacher's homework report counts it; homework
// earns no points). After a leaderboard reset it says so, rather than that they never played.
// A student sees their own; another student's only a teacher (Manage Server or the teacher role): classmates
// comparing each other's weak results is not what the tool is for.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { userStats, type UserStats } from '../leaderboard/ranking.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { topicRecords, type PracticeHistory } from '../practice/history.js';
import { answersKept } from '../report/activity.js';
import { findStudent, knownStudents } from '../report/student-data.js';
import type { GuildDocument } from '../store/schema.js';
import { formatWallTime } from '../time/zones.js';
import { linesAsFields, MESSAGE_ROOM } from './homework-view.js';
import { practiceStatsField } from './practice-view.js';
import { QUIZ_MESSAGES as Q } from '../messages.js';
import { serverOnly } from './quiz.js';
import { teacherAccess } from './teacher.js';
import type { ClassSettings } from '../homework/settings.js';
import { studentResults } from '../homework/report.js';
import { formatPoints, topicTitles } from './quiz-view.js';
import type { Command, Reply, ReplyField } from './types.js';
import { postedName, shownAsTyped, stringOption } from './types.js';

/**
 * Room for a reply's fields: Discord allows 6,000 characters in a message, title and body included; a margin is
 * kept for those and the field names.
 */

export interface StatsCommandDeps {
  readonly kb: KnowledgeBase;
  readonly leaderboard: Pick<LeaderboardService, 'document'>;
  /** /practice marks: shown to the student asking about themselves only. */
  readonly practice?: Pick<PracticeHistory, 'attempts'>;
  /** The teacher role, which may see another student's stats (as Manage Server may); Manage Server only when absent. */
  readonly settings?: Pick<ClassSettings, 'teacherRoleId'>;
  /** Whether a homework is still open (epoch ms); the system clock when absent. */
  readonly now?: () => number;
}

const NO_TEACHER_ROLE: Pick<ClassSettings, 'teacherRoleId'> = { teacherRoleId: async () => null };

const percent = (accuracy: number | null) => (accuracy === null ? '–' : `${Math.round(accuracy * 100)}%`);

/**
 * Lines as fields (`name`, then `more`), whole lines only, as many as `room` characters hold; then how many
 * topics more there are. A line cut short ("…0/1 correc") reads as a mistake.
 */
function topicFields(name: string, more: string, lines: readonly string[], room: number, moreLines: (n: number) => string = Q.statsMoreTopics): ReplyField[] {
  const shown: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i - 1;
    const reserve = left > 0 ? moreLines(left).length + 1 : 0;
    if (used + line.length + 1 + reserve > room) {
      shown.push(moreLines(lines.length - i));
      break;
    }
    shown.push(line);
    used += line.length + 1;
  }
  return linesAsFields(name, more, shown);
}

/** `reserve`: characters the caller adds to the message after these fields (the practice marks). */
export function statsReply(stats: UserStats, title: (id: string) => string, show: (name: string) => string = (name) => name, reserve = 0): Reply {
  const topics = stats.topics.map((t) => Q.statsTopicLine(title(t.topicId), t.correct, t.answered, percent(t.accuracy), formatPoints(t.points)));
  const head = {
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
  };
  const room = MESSAGE_ROOM - head.title.length - head.body.length - reserve;
  return { ...head, fields: topicFields(Q.statsTopics, Q.statsTopicsMore, topics, room), private: true, tone: 'info' };
}

/** Room for the homework field: one Discord field, whatever else the reply holds. */
const HOMEWORK_ROOM = 1000;

/**
 * The homework a student started, newest first, as the teacher's report counts it (studentResults): a summary line,
 * then one line per set, whole lines only. None when they started none.
 */
function homeworkFields(doc: GuildDocument, userId: string, now: number, title: (id: string) => string): ReplyField[] {
  const results = studentResults(doc.homework.assignments, userId, now).reverse();
  if (results.length === 0) return [];
  const count = (status: string) => results.filter((r) => r.result.status === status).length;
  const ended = results.filter((r) => r.result.status !== 'working');
  const right = ended.reduce((n, r) => n + r.result.score, 0);
  const asked = ended.reduce((n, r) => n + r.result.outOf, 0);
  const summary = Q.statsHomeworkSummary(count('done'), count('unfinished'), count('working'), right, asked, percent(asked === 0 ? null : right / asked));
  const lines = results.map(({ assignment: a, result: r }) =>
    Q.statsHomeworkLine({
      id: a.id,
      topic: a.topic === null ? null : title(a.topic),
      score: r.score,
      total: r.outOf,
      answered: r.marks.filter((m) => m !== 'not-reached').length,
      status: r.status,
      closedEarly: a.closedAt !== null && Date.parse(a.closedAt) < Date.parse(a.due),
      due: formatWallTime(Date.parse(a.due), doc.settings.timeZone),
    }),
  );
  const [first, ...rest] = topicFields(Q.statsHomework, Q.statsHomeworkMore, [summary, ...lines], HOMEWORK_ROOM, Q.statsMoreHomework);
  return first ? [first, ...rest] : [];
}

const fieldsLength = (fields: readonly ReplyField[]) => fields.reduce((n, f) => n + f.name.length + f.value.length, 0);

/** When the server's leaderboard was last reset, as its clock shows it; null if never. */
const resetWhen = (doc: GuildDocument): string | null => (doc.leaderboardResetAt === null ? null : formatWallTime(Date.parse(doc.leaderboardResetAt), doc.settings.timeZone));

/**
 * A player with no points since a reset: says so, and shows a student asking about themselves their answers
 * the class report keeps (the reset clears the leaderboard, not those).
 */
function sinceResetReply(doc: GuildDocument, when: string, userId: string, name: string | null, title: (id: string) => string, reserve: number): Reply {
  const kept = name === null ? [...answersKept(doc, userId)] : [];
  const answered = kept.reduce((sum, [, t]) => sum + t.answered, 0);
  const correct = kept.reduce((sum, [, t]) => sum + t.correct, 0);
  const share = (right: number, of: number) => percent(of === 0 ? null : right / of);
  const lines = kept
    .filter(([, t]) => t.answered > 0)
    .sort(([a, x], [b, y]) => y.answered - x.answered || a.localeCompare(b))
    .map(([topic, t]) => Q.statsKeptLine(title(topic), t.correct, t.answered, share(t.correct, t.answered)));
  const body = [Q.statsSinceReset(name, when), ...(answered > 0 ? [Q.statsKeptAnswers(correct, answered, share(correct, answered))] : [])].join('\n\n');
  return { body, fields: topicFields(Q.statsKeptTopics, Q.statsTopicsMore, lines, MESSAGE_ROOM - body.length - reserve), private: true, tone: 'info' };
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
  const findByName = (doc: GuildDocument, query: string, ctx: { userId: string; userName: string }) =>
    query.toLowerCase() === ctx.userName.toLowerCase() ? ctx.userId : findStudent(doc, query);
  return {
    spec: {
      name: 'stats',
      description: "Your quiz and homework stats on this server (a teacher can see any student's)",
      guildOnly: true,
      options: [{ name: 'user', description: "Whose stats: yours if empty (another student's: teachers only)", type: 'user' }],
    },
    async run(input, ctx) {
      if (ctx.guildId === null) return serverOnly();
      const query = stringOption(input, 'user')?.trim();
      // Discord passes a user id; the console passes whatever was typed (a name).
      const isId = !!query && isUserId(query);
      // Another student's: a teacher's to see, refused before any lookup (so it says nothing of who has played).
      const ownAsked = !query || (isId ? query === ctx.userId : query.toLowerCase() === ctx.userName.toLowerCase());
      if (!ownAsked && 'refusal' in (await teacherAccess(ctx, deps.settings ?? NO_TEACHER_ROLE))) return { body: Q.statsOthersTeachersOnly, private: true, tone: 'info' };
      // The server's records, loaded once: the name looked up, the quiz record and the reset are read from them.
      const doc = await deps.leaderboard.document(ctx.guildId);
      const userId = !query ? ctx.userId : isId ? query : findByName(doc, query, ctx);
      if (!userId) return { body: Q.statsNotFound(shownAsTyped(ctx, query?.slice(0, 40) ?? '')), private: true, tone: 'info' };
      const stats = userStats(doc, userId);
      const reset = resetWhen(doc);
      // Practice marks are private: only a student asking about themselves (by name too) sees theirs.
      const self = userId === ctx.userId;
      const who = !query || self ? null : isId ? 'That player' : shownAsTyped(ctx, query.slice(0, 40));
      const practised = self && deps.practice ? topicRecords(await deps.practice.attempts(ctx.guildId, userId), deps.kb.topics) : [];
      const field = practised.length > 0 ? practiceStatsField(deps.kb, practised) : undefined;
      // Homework done: to the student and to a teacher, as the teacher's homework report already shows it.
      const homework = homeworkFields(doc, userId, (deps.now ?? Date.now)(), title);
      const extra = [...homework, ...(field ? [field] : [])];
      const reserve = fieldsLength(extra);
      if (!stats && reset) {
        const none = sinceResetReply(doc, reset, userId, who, title, reserve);
        return { ...none, fields: [...(none.fields ?? []), ...extra] };
      }
      if (!stats && homework.length > 0) {
        const name = postedName(ctx)(self ? ctx.userName : (knownStudents(doc).get(userId) ?? query ?? ''));
        return { title: Q.statsTitle(name), body: Q.statsNoRounds(self ? null : name), fields: extra, private: true, tone: 'info' };
      }
      if (!stats) return field ? { title: field.name, body: field.value, private: true, tone: 'info' } : { body: Q.statsNone(who), private: true, tone: 'info' };
      const footer = reset ? { footer: Q.statsResetFooter(reset) } : {};
      const quiz = statsReply(stats, title, postedName(ctx), reserve);
      return { ...quiz, ...footer, fields: [...(quiz.fields ?? []), ...extra] };
    },
  };
}
