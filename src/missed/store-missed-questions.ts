// Missed questions kept in each server's stored document, so a teacher's list survives restarts.
import type { GuildStore } from '../store/guild-store.js';
import { recordMissed, sortMissed, type MissedQuestions } from './missed-questions.js';

export function createStoreMissedQuestions(store: GuildStore): MissedQuestions {
  return {
    async record(guildId, question, at, entryId, after) {
      await store.update(guildId, (doc) => {
        doc.missed = recordMissed(doc.missed, question, at, entryId, after);
      });
    },
    async list(guildId) {
      return sortMissed((await store.load(guildId)).missed);
    },
    async remove(guildId, which) {
      // Nothing to delete: nothing written (a server with no document gets none).
      if (!(await store.load(guildId)).missed.some(which)) return 0;
      let removed = 0;
      await store.update(guildId, (doc) => {
        const kept = doc.missed.filter((m) => !which(m));
        removed = doc.missed.length - kept.length;
        doc.missed = kept;
      });
      return removed;
    },
  };
}
