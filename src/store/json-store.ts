// The JSON store: one file per server, DATA_DIR/guilds/<guildId>.json. Each file is read once and kept
// in memory. Writes to a file are serialised and coalesced (one write in progress and at most one more
// pending, carrying every update made meanwhile) and atomic: temp file, fsync, rename, fsync of the
// folder. An update resolves only once a write holding it has completed, so "saved" means on disk.
// A failed write rejects its updates but keeps them in memory: the next write of that server (its next
// update, or flush() at shutdown) saves them, so a full disk for a moment loses no points.
// A file that fails to parse or validate is moved aside, reported loudly, and the server starts fresh (the
// daily retention sweep deletes it COPIES_KEPT_DAYS later: it holds every student's data); one written by a newer version of the bot is left alone and not loaded.
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { PRIVATE_FOLDER_MODE, writeFileAtomically } from './atomic-file.js';
import { COPIES_KEPT_DAYS } from './old-copies.js';
import path from 'node:path';
import { applyChange, checkGuildId, GUILD_ID_PATTERN, ReportedStoreError, type GuildStore, type StoreLogger } from './guild-store.js';
import { freshGuildDocument, GUILD_MIGRATIONS, parseGuildDocument, type GuildDocument, type Migrations } from './schema.js';

export interface JsonGuildStoreOptions {
  /** The folder holding one file per server (DATA_DIR/guilds). */
  readonly dir: string;
  readonly logger: StoreLogger;
  /** For the timestamp of a corrupt file's new name. */
  readonly now?: () => number;
  readonly migrations?: Migrations;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: unknown) => void;
}

interface Entry {
  doc: GuildDocument;
  /** Updates applied in memory and waiting for the next write. */
  waiting: Waiter[];
  /** The write loop, while one runs. */
  writing: Promise<void> | undefined;
  /** The last write failed: memory holds changes the file lacks. */
  unsaved: boolean;
}

export interface JsonStoreStats {
  /** Files written (each write may carry many updates). */
  readonly writes: number;
  readonly updates: number;
  readonly corruptFilesMovedAside: number;
}

export function guildsDir(dataDir: string): string {
  return path.join(dataDir, 'guilds');
}

export class JsonGuildStore implements GuildStore {
  private readonly entries = new Map<string, Entry>();
  private readonly loading = new Map<string, Promise<Entry>>();
  /** Servers whose file a newer version wrote: refused once, logged once, until a restart. */
  private readonly unreadable = new Map<string, Error>();
  /** Updates not yet saved (or failed), for flush(). */
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly now: () => number;
  private readonly migrations: Migrations;
  private dirReady: Promise<void> | undefined;
  private counts = { writes: 0, updates: 0, corruptFilesMovedAside: 0 };

  constructor(private readonly options: JsonGuildStoreOptions) {
    this.now = options.now ?? Date.now;
    this.migrations = options.migrations ?? GUILD_MIGRATIONS;
  }

  get stats(): JsonStoreStats {
    return { ...this.counts };
  }

  fileOf(guildId: string): string {
    checkGuildId(guildId);
    return path.join(this.options.dir, `${guildId}.json`);
  }

  async load(guildId: string): Promise<GuildDocument> {
    return (await this.entry(guildId)).doc;
  }

  update(guildId: string, change: (draft: GuildDocument) => void): Promise<GuildDocument> {
    const done = this.apply(guildId, change);
    this.inFlight.add(done);
    const forget = () => this.inFlight.delete(done);
    done.then(forget, forget);
    return done;
  }

  /** Waits for every update under way, then writes again each server whose last write failed; rejects if one still fails. */
  async flush(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    const unsaved = [...this.entries].filter(([, entry]) => entry.unsaved);
    await Promise.all(unsaved.map(([guildId, entry]) => this.write(guildId, entry)));
  }

  async list(): Promise<string[]> {
    let names: string[] = [];
    try {
      names = await readdir(this.options.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    const saved = names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length));
    return [...new Set([...saved, ...this.entries.keys()])].filter((id) => GUILD_ID_PATTERN.test(id));
  }

  async remove(guildId: string): Promise<void> {
    const file = this.fileOf(guildId);
    // Writes under way finish first, so none lands after the file is gone.
    await this.entries.get(guildId)?.writing?.catch(() => undefined);
    this.entries.delete(guildId);
    await rm(file, { force: true });
  }

  private async apply(guildId: string, change: (draft: GuildDocument) => void): Promise<GuildDocument> {
    const entry = await this.entry(guildId);
    const next = applyChange(entry.doc, change);
    entry.doc = next;
    this.counts.updates += 1;
    await this.write(guildId, entry);
    return next;
  }

  /** Resolves once a write holding the entry's current document has completed. */
  private write(guildId: string, entry: Entry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      entry.waiting.push({ resolve, reject });
      this.startWriting(guildId, entry);
    });
  }

  private entry(guildId: string): Promise<Entry> {
    const file = this.fileOf(guildId);
    const ready = this.entries.get(guildId);
    if (ready) return Promise.resolve(ready);
    const refused = this.unreadable.get(guildId);
    if (refused) return Promise.reject(refused);
    let loading = this.loading.get(guildId);
    if (!loading) {
      loading = this.read(guildId, file)
        .then((doc) => {
          const entry: Entry = { doc, waiting: [], writing: undefined, unsaved: false };
          this.entries.set(guildId, entry);
          return entry;
        })
        .finally(() => this.loading.delete(guildId));
      this.loading.set(guildId, loading);
    }
    return loading;
  }

  private async read(guildId: string, file: string): Promise<GuildDocument> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return freshGuildDocument(guildId);
      throw err;
    }
    const parsed = parseGuildDocument(text, this.migrations);
    if (parsed.ok) return parsed.doc.guildId === guildId ? parsed.doc : { ...parsed.doc, guildId };
    if (parsed.newer) {
      // Not corrupt: after a rollback the newer bot will read it again, so it stays where it is, untouched.
      const message = `STORE: the file for server ${guildId} was not read: ${parsed.problem}. It is left as it is; run the newer version of the bot.`;
      this.options.logger.error(message);
      const error = new ReportedStoreError(message);
      this.unreadable.set(guildId, error);
      throw error;
    }
    const aside = await this.moveAside(file);
    this.counts.corruptFilesMovedAside += 1;
    this.options.logger.error(
      `STORE: the file for server ${guildId} could not be read: ${parsed.problem}. ` +
        `It was moved to ${aside} (nothing was deleted) and this server starts with a fresh leaderboard and settings. ` +
        `Repair or restore that file by hand if its data matters: it holds students' data, so it is deleted after ${COPIES_KEPT_DAYS} days.`,
    );
    return freshGuildDocument(guildId);
  }

  /** Renames a bad file to <file>.corrupt-<timestamp>, never over an existing file. */
  private async moveAside(file: string): Promise<string> {
    const stamp = new Date(this.now()).toISOString().replace(/[:.]/g, '-');
    for (let n = 0; ; n++) {
      const target = `${file}.corrupt-${stamp}${n === 0 ? '' : `-${n}`}`;
      const taken = await stat(target).then(
        () => true,
        () => false,
      );
      if (taken) continue;
      await rename(file, target);
      return target;
    }
  }

  private startWriting(guildId: string, entry: Entry): void {
    if (entry.writing) return; // the running loop picks the new waiters up
    entry.writing = this.writeLoop(guildId, entry);
  }

  private async writeLoop(guildId: string, entry: Entry): Promise<void> {
    try {
      while (entry.waiting.length > 0) {
        const batch = entry.waiting.splice(0);
        const doc = entry.doc;
        try {
          await this.writeFileAtomically(this.fileOf(guildId), `${JSON.stringify(doc, null, 1)}\n`);
          this.counts.writes += 1;
          if (doc === entry.doc) entry.unsaved = false;
          for (const w of batch) w.resolve();
        } catch (err) {
          entry.unsaved = true;
          const message = `STORE: saving server ${guildId} failed: ${err instanceof Error ? err.message : String(err)}. The change is kept in memory and saved with the next write.`;
          this.options.logger.error(message);
          const reported = new ReportedStoreError(message, { cause: err });
          for (const w of batch) w.reject(reported);
        }
      }
    } finally {
      // Runs in the same turn as the last check of `waiting`, so no update can slip between them.
      entry.writing = undefined;
    }
  }

  private async writeFileAtomically(file: string, data: string): Promise<void> {
    // Only the tutor's account may list or read the servers' files.
    this.dirReady ??= mkdir(this.options.dir, { recursive: true, mode: PRIVATE_FOLDER_MODE }).then(
      () => undefined,
      (err: unknown) => {
        this.dirReady = undefined; // try again on the next write
        throw err;
      },
    );
    await this.dirReady;
    await writeFileAtomically(file, data);
  }
}
