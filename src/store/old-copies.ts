// Copies of students' data that no deletion reaches (the DPO's review, finding 13), deleted once they are
// COPIES_KEPT_DAYS old: a server's file set aside as corrupt (guilds/<id>.json.corrupt-<time>, which holds
// every student's data of that server), and what the local console writes for whoever is at the keyboard:
// exports and reports (exports/), pictures such as leaderboard podiums with names (images/), and what it
// would say aloud, winners' names too (audio/). Nothing else in DATA_DIR is touched: the servers' own files
// (guilds/*.json, swept by their retention period), the last good copy of the knowledge base, the locks.
import type { Dirent } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * How long those copies are kept, in days: long enough for whoever runs the tutor to repair a corrupt file
 * (the log says where it went) or to take an export to the school's own systems, short enough that a copy
 * does not outlive, by much, the data a student had deleted or a retention sweep removed. A fixed period, not
 * the server's retention period: a copy set aside is not the server's data in use, and may be a whole server's.
 */
export const COPIES_KEPT_DAYS = 30;

/** The console's folders under DATA_DIR whose files are copies (src/main.ts names them). */
export const CONSOLE_COPY_FOLDERS: readonly string[] = Object.freeze(['exports', 'images', 'audio']);

/** A file set aside as corrupt (src/store/json-store.ts moveAside): its server's id, and when it was set aside. */
const CORRUPT_NAME = /^(.+)\.json\.corrupt-(.*)$/;
/** The time in such a name: an ISO time with its ':' and '.' made '-', and '-<n>' when that name was taken. */
const STAMP = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?$/;

/** When a corrupt file was set aside, from the stamp in its name; undefined when the name does not say. */
function setAsideAt(stamp: string): number | undefined {
  const m = STAMP.exec(stamp);
  if (!m) return undefined;
  const at = Date.parse(`${m[1] ?? ''}T${m[2] ?? ''}:${m[3] ?? ''}:${m[4] ?? ''}.${m[5] ?? ''}Z`);
  return Number.isNaN(at) ? undefined : at;
}

async function filesIn(dir: string): Promise<Dirent[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile());
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return []; // nothing written there yet
    throw err;
  }
}

/** Deletes `file` when its age (from `since`, else its last change) is at least `keptMs`; whether it went. */
async function deleteIfOld(file: string, now: number, keptMs: number, since?: number): Promise<boolean> {
  let modified: number;
  try {
    modified = (await stat(file)).mtimeMs;
  } catch {
    return false; // gone meanwhile (another shard's sweep)
  }
  // A file set aside keeps the time it was last written, which may be long before: its age runs from the later of the two.
  const from = Math.max(modified, since ?? modified);
  if (now - from < keptMs) return false;
  await rm(file, { force: true });
  return true;
}

export interface OldCopiesSweep {
  readonly dataDir: string;
  /** Now, from the injected clock (epoch ms). */
  readonly now: number;
  readonly keptDays?: number;
  /** The servers this process sweeps (a shard: its own); a corrupt file of another's is left to that one. */
  readonly mine?: (guildId: string) => boolean;
}

/** Deletes the copies COPIES_KEPT_DAYS old or older (see the top of this file); resolves how many went. */
export async function sweepOldCopies(sweep: OldCopiesSweep): Promise<number> {
  const keptMs = (sweep.keptDays ?? COPIES_KEPT_DAYS) * 86_400_000;
  const mine = sweep.mine ?? (() => true);
  let deleted = 0;
  const guilds = path.join(sweep.dataDir, 'guilds');
  for (const entry of await filesIn(guilds)) {
    const corrupt = CORRUPT_NAME.exec(entry.name);
    if (!corrupt || !mine(corrupt[1] ?? '')) continue;
    if (await deleteIfOld(path.join(guilds, entry.name), sweep.now, keptMs, setAsideAt(corrupt[2] ?? ''))) deleted++;
  }
  for (const folder of CONSOLE_COPY_FOLDERS) {
    const dir = path.join(sweep.dataDir, folder);
    for (const entry of await filesIn(dir)) if (await deleteIfOld(path.join(dir, entry.name), sweep.now, keptMs)) deleted++;
  }
  return deleted;
}
