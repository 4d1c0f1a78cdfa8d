// Questions the tutor could not answer, counted per server so a teacher can see what to add.
// No user ids are kept: only the question text (normalised for counting, with mentions, e-mail addresses
// and phone numbers taken out here, names and school details by src/missed/redact.ts before it is recorded),
// a count and when it was last asked. A teacher can delete entries (/tutor missed-delete).
import { normaliseText } from '../matching/normalise.js';

export interface MissedQuestion {
  readonly question: string;
  readonly count: number;
  readonly lastAsked: string; // ISO time
  /** Answered with this entry, and students said it was not what they asked; absent for a question not answered. */
  readonly entryId?: string;
  /** For such an answer to a follow-up: the entry whose answer it followed (it was read with that question). */
  readonly after?: string;
}

export interface MissedQuestions {
  /**
   * A question the tutor could not answer, or (with `entryId`) one whose answer a student said missed it;
   * `after`, for a follow-up, is the entry whose answer it followed.
   */
  record(guildId: string, question: string, at: Date, entryId?: string, after?: string): Promise<void>;
  /** Most asked first. */
  list(guildId: string): Promise<MissedQuestion[]>;
  /** Deletes the entries `which` picks; resolves how many there were. */
  remove(guildId: string, which: (m: MissedQuestion) => boolean): Promise<number>;
}

/** Keeps at most this many distinct questions per server; the least asked, oldest go first. */
export const MAX_MISSED_PER_GUILD = 500;

/** At most this much of a question is kept. */
export const MISSED_QUESTION_LENGTH = 200;

/**
 * What a student typed, without what identifies anyone: a mention carries a user id, and students paste
 * e-mail addresses and phone numbers ("my email is … can you help"). Years stay ("1928-1932").
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(/<@[!&]?\d+>/g, '@someone')
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\+?\d[\d ()-]{5,}\d/g, (run) => {
      const groups = run.match(/\d+/g) ?? [];
      const digits = groups.join('').length;
      const onlyYears = groups.every((g) => /^(1[89]\d\d|20\d\d)$/.test(g));
      // Seven digits or more is a phone number, unless it is a round figure ("20000000 died", "20 000 000").
      const roundFigure = /^[1-9]\d{0,2}0{4,}$/.test(groups.join(''));
      return digits >= 7 && !onlyYears && !roundFigure ? '[number]' : run;
    });
}

export function recordMissed(list: readonly MissedQuestion[], question: string, at: Date, entryId?: string, after?: string): MissedQuestion[] {
  const text = redactPersonalData(question.trim()).slice(0, MISSED_QUESTION_LENGTH);
  // Counted by what is kept: a question longer than that would otherwise never meet its repeats.
  const key = normaliseText(text);
  const context = entryId !== undefined ? after : undefined;
  const existing = list.find((m) => normaliseText(m.question) === key && m.entryId === entryId && m.after === context);
  const entry = entryId !== undefined ? { entryId, ...(context !== undefined ? { after: context } : {}) } : {};
  const updated = existing
    ? list.map((m) => (m === existing ? { question: m.question, count: m.count + 1, lastAsked: at.toISOString(), ...entry } : m))
    : [...list, { question: text, count: 1, lastAsked: at.toISOString(), ...entry }];
  return sortMissed(updated).slice(0, MAX_MISSED_PER_GUILD);
}

export function sortMissed(list: readonly MissedQuestion[]): MissedQuestion[] {
  return [...list].sort((a, b) => b.count - a.count || b.lastAsked.localeCompare(a.lastAsked));
}

export function createInMemoryMissedQuestions(): MissedQuestions {
  const byGuild = new Map<string, MissedQuestion[]>();
  return {
    async record(guildId, question, at, entryId, after) {
      byGuild.set(guildId, recordMissed(byGuild.get(guildId) ?? [], question, at, entryId, after));
    },
    async list(guildId) {
      return sortMissed(byGuild.get(guildId) ?? []);
    },
    async remove(guildId, which) {
      const list = byGuild.get(guildId) ?? [];
      const kept = list.filter((m) => !which(m));
      byGuild.set(guildId, kept);
      return list.length - kept.length;
    },
  };
}
