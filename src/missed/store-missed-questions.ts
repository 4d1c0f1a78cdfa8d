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
  };
}
