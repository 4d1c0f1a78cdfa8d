// /tutor export: a server's data as files for the school's records: the whole stored document as JSON; every
// student the data knows, one row each, with what is kept about them (so a student who only did homework or
// /review is there too); and the leaderboard, one row per student and topic. The CSVs are written as every CSV
// of the tutor's is (src/report/csv.ts). Every student is in those, so they are never the answer to one
// student's request for a copy: that is studentDataReply (/tutor export user:, /my-data), theirs alone.
import { DATA_MESSAGES } from '../messages.js';
import { csvDateTime, toCsv } from '../report/csv.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { keepsAnything, knownStudents, studentExport, studentRecords } from '../report/student-data.js';
import type { GuildDocument } from '../store/schema.js';
import { topicTitles } from './quiz-view.js';
import type { Reply, ReplyAttachment } from './types.js';

/** A topic's title for a person reading the file (the id when the fact base no longer has it). */
export type TopicTitle = (topicId: string) => string;

export const exportFileNames = (guildId: string) => ({
  json: `tutor-data-${guildId}.json`,
  students: `tutor-students-${guildId}.csv`,
  scores: `tutor-scores-${guildId}.csv`,
});

const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** The leaderboard since its last reset: a row per student and topic, by topic title. */
export function scoresCsv(doc: GuildDocument, topicTitle: TopicTitle): string {
  const rows = Object.entries(doc.allTime).flatMap(([userId, topics]) =>
    Object.entries(topics).map(([topic, t]) => [userId, own(doc.players, userId)?.name ?? '', topicTitle(topic), t.points, t.answered, t.correct]),
  );
  return toCsv(['user_id', 'display_name', 'topic', 'points', 'answered', 'correct'], rows);
}

/** Every student the server's data knows, a row each: their leaderboard record and how much of each other kind is kept. */
export function studentsCsv(doc: GuildDocument): string {
  const zone = doc.settings.timeZone;
  const rows = [...knownStudents(doc)].map(([userId, name]) => {
    const player = own(doc.players, userId);
    const tallies = Object.values(own(doc.allTime, userId) ?? {});
    const sum = (key: 'points' | 'answered' | 'correct') => tallies.reduce((n, t) => n + t[key], 0);
    const kept = studentRecords(doc, userId);
    return [
      userId,
      name ?? '',
      sum('points'),
      sum('answered'),
      sum('correct'),
      player?.roundsPlayed ?? 0,
      player?.roundsWon ?? 0,
      player?.bestStreak ?? 0,
      player ? csvDateTime(Date.parse(player.lastSeen), zone) : null,
      kept.practice,
      kept.cards,
      kept.homework,
      kept.days,
    ];
  });
  const header = ['user_id', 'display_name', 'points', 'quiz_answered', 'quiz_correct', 'rounds_played', 'rounds_won', 'best_streak', `last_played (${zone})`];
  return toCsv([...header, 'practice_marks', 'review_cards', 'homework_attempts', 'days_of_activity'], rows);
}

export function exportFiles(doc: GuildDocument, topicTitle: TopicTitle): ReplyAttachment[] {
  const names = exportFileNames(doc.guildId);
  return [
    { name: names.json, content: `${JSON.stringify(doc, null, 2)}\n` },
    { name: names.scores, content: scoresCsv(doc, topicTitle) },
    { name: names.students, content: studentsCsv(doc) },
  ];
}

/** One place a student's data is kept: a server's document, or the direct messages'. */
export interface StudentDataSource {
  readonly place: 'server' | 'direct messages';
  readonly doc: GuildDocument;
  /** The retention period that applies there (its own, else the bot's default). */
  readonly keptForDays: number;
}

/** A file name with nothing of a path in it (console ids hold spaces). */
export const studentDataFileName = (userId: string) => `tutor-data-of-${userId.replace(/[^\w-]+/g, '-')}.json`;

/**
 * One student's data, and no one else's, as a JSON file a person can read: what the place keeps about them,
 * how long it is kept there, and what is kept without their id (so is not in it). (`places` is a list, of one:
 * each command covers one place, a server or the direct messages.)
 */
export function studentDataFile(userId: string, source: StudentDataSource, topicTitle: TopicTitle, at: Date): ReplyAttachment {
  const file = {
    about: DATA_MESSAGES.fileAbout,
    userId,
    exportedAt: at.toISOString(),
    places: [
      {
        place: source.place === 'server' ? DATA_MESSAGES.filePlaceServer(source.doc.guildId) : DATA_MESSAGES.filePlaceDm,
        keptFor: DATA_MESSAGES.fileKeptFor(source.keptForDays),
        ...studentExport(source.doc, userId, topicTitle),
      },
    ],
    notInThisFile: DATA_MESSAGES.fileNotIncluded,
  };
  return { name: studentDataFileName(userId), content: `${JSON.stringify(file, null, 2)}\n` };
}

/** What a reply with one student's data reads: the stored documents, the retention period that applies, topic titles, the time. */
export interface StudentDataDeps {
  readonly kb: Pick<KnowledgeBase, 'topics'>;
  readonly leaderboard: Pick<LeaderboardService, 'document'>;
  /** The period a place's activity is kept for (Retention.periodOf): the one the daily sweep uses. */
  readonly periodOf: (guildId: string) => Promise<{ readonly days: number }>;
  readonly now: () => Date;
}

/**
 * The private reply that gives one student's data in one place (a server's, or the direct messages' with
 * `place` 'direct messages') to them (/my-data) or their teacher (/tutor export user:): the file, which `done`
 * names, or `nothing` and no file when the place keeps nothing about them.
 */
export async function studentDataReply(
  deps: StudentDataDeps,
  userId: string,
  where: { readonly place: StudentDataSource['place']; readonly guildId: string },
  words: { readonly done: (file: string) => string; readonly nothing: string },
): Promise<Reply> {
  const doc = await deps.leaderboard.document(where.guildId);
  if (!keepsAnything(studentRecords(doc, userId))) return { body: words.nothing, private: true, tone: 'info' };
  const titles = topicTitles(deps.kb);
  const source = { place: where.place, doc, keptForDays: (await deps.periodOf(where.guildId)).days };
  const file = studentDataFile(userId, source, (id) => titles(id) ?? id, deps.now());
  return { body: words.done(file.name), attachments: [file], private: true, tone: 'info' };
}
