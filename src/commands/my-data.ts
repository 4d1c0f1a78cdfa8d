// /my-data: a student's own copy of what the tutor keeps about them, privately, as a JSON file: what this
// server keeps and what their direct messages with the tutor keep (in a DM, only the latter). Only theirs:
// the same file a teacher's /tutor export user: gives (src/commands/data-export.ts), never anyone else's data.
import type { LeaderboardService } from '../leaderboard/service.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import { DATA_MESSAGES } from '../messages.js';
import { keepsAnything, studentRecords } from '../report/student-data.js';
import { RETENTION_LIMITS, retentionPeriod } from '../store/schema.js';
import { studentDataFile, studentDataPlaces, type StudentDataSource } from './data-export.js';
import { topicTitles } from './quiz-view.js';
import type { Command } from './types.js';

export interface MyDataDeps {
  readonly kb: Pick<KnowledgeBase, 'topics'>;
  readonly leaderboard: Pick<LeaderboardService, 'document'>;
  /** Where direct messages keep students' data. */
  readonly dmGuildId: string;
  readonly now: () => Date;
  /** The bot's default retention period (RETENTION_DAYS), where a server set none; 365 days without it. */
  readonly defaultRetentionDays?: number;
}

export function createMyDataCommand(deps: MyDataDeps): Command {
  return {
    spec: { name: 'my-data', description: 'A copy of everything the tutor keeps about you, as a file only you can see', replies: 'private' },
    async run(_input, ctx) {
      const defaultDays = deps.defaultRetentionDays ?? RETENTION_LIMITS.defaultDays;
      // In a DM, the direct messages' file; in a server, its file and that one (in the console they are one file).
      const places: readonly { place: StudentDataSource['place']; guildId: string }[] =
        ctx.guildId === null
          ? [{ place: 'direct messages', guildId: deps.dmGuildId }]
          : ctx.guildId === deps.dmGuildId
            ? [{ place: 'server', guildId: ctx.guildId }]
            : [
                { place: 'server', guildId: ctx.guildId },
                { place: 'direct messages', guildId: deps.dmGuildId },
              ];
      const sources: StudentDataSource[] = [];
      for (const { place, guildId } of places) {
        const doc = await deps.leaderboard.document(guildId);
        if (keepsAnything(studentRecords(doc, ctx.userId))) sources.push({ place, doc, keptForDays: retentionPeriod(doc, defaultDays) });
      }
      if (sources.length === 0) return { body: DATA_MESSAGES.myDataNothing(ctx.guildId !== null), private: true, tone: 'info' };
      const titles = topicTitles(deps.kb);
      const file = studentDataFile(ctx.userId, studentDataPlaces(ctx.userId, sources, (id) => titles(id) ?? id), deps.now());
      return { body: DATA_MESSAGES.myDataDone(ctx.guildId !== null), attachments: [file], private: true, tone: 'info' };
    },
  };
}
