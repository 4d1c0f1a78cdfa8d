// Storage behind an interface: one document per server, loaded whole and changed by small updates.
// The JSON store is for real use, the in-memory one for tests; both pass the same contract tests.
import { freshGuildDocument, guildDocumentSchema, type GuildDocument } from './schema.js';

export interface GuildStore {
  /** The server's document, or a fresh one when it has none. Treat it as read-only. */
  load(guildId: string): Promise<GuildDocument>;
  /**
   * Applies `change` to a copy of the document and saves the result. Updates to one server apply one
   * at a time, in call order. Resolves with the new document once it is saved; rejects (and changes
   * nothing) when `change` throws or leaves the document invalid. When the save itself fails it
   * rejects too, but the change stays applied and is saved by the next write (an update or flush).
   */
  update(guildId: string, change: (draft: GuildDocument) => void): Promise<GuildDocument>;
  /** Resolves when every update made so far is saved, trying failed saves again; rejects if one still fails. */
  flush(): Promise<void>;
  /** The servers that have a document (saved, or changed since the start). */
  list(): Promise<string[]>;
  /** Deletes a server's document for good (after its pending writes); the next load starts fresh. */
  remove(guildId: string): Promise<void>;
}

export interface StoreLogger {
  warn(message: string): void;
  error(message: string): void;
}

/** Server ids become file names, so only plain ids are accepted. */
export const GUILD_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export class InvalidGuildIdError extends Error {
  constructor(guildId: string) {
    super(`Not a valid server id for storage: ${JSON.stringify(guildId.slice(0, 80))}`);
    this.name = 'InvalidGuildIdError';
  }
}

export function checkGuildId(guildId: string): void {
  if (!GUILD_ID_PATTERN.test(guildId)) throw new InvalidGuildIdError(guildId);
}

/** A store failure the store has already logged: whoever catches it need not log it again. */
export class ReportedStoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'ReportedStoreError';
  }
}

export class InvalidDocumentError extends Error {
  constructor(guildId: string, problem: string) {
    super(`An update would leave server ${guildId}'s document invalid, so it was not applied: ${problem}`);
    this.name = 'InvalidDocumentError';
  }
}

/** Runs `change` on a copy and validates the result; the original is never touched. */
export function applyChange(current: GuildDocument, change: (draft: GuildDocument) => void): GuildDocument {
  const draft = structuredClone(current);
  change(draft);
  const parsed = guildDocumentSchema.safeParse(draft);
  if (!parsed.success) throw new InvalidDocumentError(current.guildId, parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

export function createMemoryGuildStore(): GuildStore {
  const docs = new Map<string, GuildDocument>();
  return {
    async load(guildId) {
      checkGuildId(guildId);
      return docs.get(guildId) ?? freshGuildDocument(guildId);
    },
    async update(guildId, change) {
      checkGuildId(guildId);
      const next = applyChange(docs.get(guildId) ?? freshGuildDocument(guildId), change);
      docs.set(guildId, next);
      return next;
    },
    async flush() {},
    async list() {
      return [...docs.keys()];
    },
    async remove(guildId) {
      checkGuildId(guildId);
      docs.delete(guildId);
    },
  };
}
