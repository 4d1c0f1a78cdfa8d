// /my-data: a student's own copy of what the tutor keeps about them, privately, as a JSON file: in a server,
// what that server keeps; in a DM, what their direct messages with the tutor keep. Each covers its own place
// only, so a server's command never reads the direct messages' file (on Discord another process may own it:
// src/leaderboard/retention.ts, sweptByShards), and the reply points to the other. Only theirs: the same file
// a teacher's /tutor export user: gives (src/commands/data-export.ts), never anyone else's data.
import { DATA_MESSAGES } from '../messages.js';
import { studentDataReply, type StudentDataDeps } from './data-export.js';
import type { Command } from './types.js';

export interface MyDataDeps extends StudentDataDeps {
  /** Where direct messages keep students' data. */
  readonly dmGuildId: string;
}

export function createMyDataCommand(deps: MyDataDeps): Command {
  return {
    spec: { name: 'my-data', description: 'A copy of everything the tutor keeps about you, as a file only you can see', replies: 'private' },
    run(_input, ctx) {
      // In the console, servers and direct messages are one file: the console's own.
      const inServer = ctx.guildId !== null;
      const where = inServer ? { place: 'server' as const, guildId: ctx.guildId } : { place: 'direct messages' as const, guildId: deps.dmGuildId };
      return studentDataReply(deps, ctx.userId, where, { done: () => DATA_MESSAGES.myDataDone(inServer), nothing: DATA_MESSAGES.myDataNothing(inServer) });
    },
  };
}
