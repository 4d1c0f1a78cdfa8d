// Questions the tutor could not answer, counted per server so a teacher can see what to add.
// No user ids are kept: only the question text (normalised for counting), a count and when it was last asked.
import { normaliseText } from '../matching/normalise.js';

export interface MissedQuestion {
  readonly question: string;
  readonly count: number;
  readonly lastAsked: string; // ISO time
}

export interface MissedQuestions {
  record(guildId: string, question: string, at: Date): Promise<void>;
  /** Most asked first. */
  list(guildId: string): Promise<MissedQuestion[]>;
}

/** Keeps at most this many distinct questions per server; the least asked, oldest go first. */
export const MAX_MISSED_PER_GUILD = 500;

export function recordMissed(list: readonly MissedQuestion[], question: string, at: Date): MissedQuestion[] {
  const key = normaliseText(question);
  const text = question.trim().slice(0, 200);
  const existing = list.find((m) => normaliseText(m.question) === key);
  const updated = existing
    ? list.map((m) => (m === existing ? { question: m.question, count: m.count + 1, lastAsked: at.toISOString() } : m))
    : [...list, { question: text, count: 1, lastAsked: at.toISOString() }];
  return sortMissed(updated).slice(0, MAX_MISSED_PER_GUILD);
}

export function sortMissed(list: readonly MissedQuestion[]): MissedQuestion[] {
  return [...list].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

export function createInMemoryMissedQuestions(): MissedQuestions {
  const byGuild = new Map<string, MissedQuestion[]>();
  return {
    async record(guildId, question, at) {
      byGuild.set(guildId, recordMissed(byGuild.get(guildId) ?? [], question, at));
    },
    async list(guildId) {
      return sortMissed(byGuild.get(guildId) ?? []);
    },
  };
}
