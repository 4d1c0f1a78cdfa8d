// One writer per data folder. Two processes saving the same servers' files (the console and the bot on
// one DATA_DIR, or a restart that overlaps the old process) would each overwrite the other's changes,
// so a process takes an exclusive lock file in the folder at start and refuses to run without it. A
// lock left by a process that has died is taken over. The shards of one ShardingManager write different
// servers' files: the manager holds the folder's lock and its shard processes run under it.
import { mkdir, open, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import path from 'node:path';

export interface LockHolder {
  readonly pid: number;
  readonly startedAt: string;
}

export type LockOutcome =
  | { readonly ok: true; readonly file: string; readonly tookOverFrom?: number; release(): void }
  | { readonly ok: false; readonly file: string; readonly holder: LockHolder };

export interface LockOptions {
  /** Which lock: the whole folder, or (for a process running given shards on its own) those shards. */
  readonly name?: string;
  readonly pid?: number;
  readonly now?: () => Date;
  /** Whether a process is running; process.kill(pid, 0) by default. */
  readonly isAlive?: (pid: number) => boolean;
}

export const FOLDER_LOCK = '.lock';

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readHolder(file: string): Promise<LockHolder | undefined> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, startedAt: String(parsed.startedAt ?? '') } : undefined;
  } catch {
    return undefined; // missing, or half-written by a process that died: no live holder
  }
}

/** Who holds a folder's lock, if a live process does. */
export async function lockHolder(dataDir: string, name = FOLDER_LOCK, isAlive = isProcessAlive): Promise<LockHolder | undefined> {
  const holder = await readHolder(path.join(dataDir, name));
  return holder && isAlive(holder.pid) ? holder : undefined;
}

/** Takes the folder's lock, or says who holds it. */
export async function acquireDataLock(dataDir: string, options: LockOptions = {}): Promise<LockOutcome> {
  const file = path.join(dataDir, options.name ?? FOLDER_LOCK);
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? isProcessAlive;
  const body = JSON.stringify({ pid, startedAt: (options.now?.() ?? new Date()).toISOString() });
  await mkdir(dataDir, { recursive: true });
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx'); // fails if the file exists: only one process creates it
      try {
        await handle.writeFile(body, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      const release = () => {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
      return { ok: true, file, ...(tookOverFrom !== undefined ? { tookOverFrom } : {}), release };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(file);
    if (holder && holder.pid !== pid && isAlive(holder.pid)) return { ok: false, file, holder };
    // Stale (its process has died) or unreadable: remove it and try again; another starting process
    // racing for it loses at the exclusive create.
    tookOverFrom = holder?.pid;
    await unlink(file).catch(() => undefined);
  }
  const holder = (await readHolder(file)) ?? { pid: -1, startedAt: '' };
  return { ok: false, file, holder };
}

/** Removes temporary files a killed save left behind (`*.json.tmp`); returns how many. */
export async function removeLeftoverTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0; // no folder yet
  }
  const leftovers = names.filter((n) => n.endsWith('.json.tmp'));
  await Promise.all(leftovers.map((n) => rm(path.join(dir, n), { recursive: true, force: true })));
  return leftovers.length;
}
