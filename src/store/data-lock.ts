// One writer per data folder. Two processes saving the same servers' files (the console and the bot on
// one DATA_DIR, or a restart that overlaps the old process) would each overwrite the other's changes,
// so a process takes an exclusive lock file in the folder at start and refuses to run without it. A
// lock left by a process that has died is taken over. The shards of one ShardingManager write different
// servers' files: the manager holds the folder's lock and its shard processes run under it.
// A process id alone is not enough: after a power cut, or a backup put back with its `.lock`, the id may
// belong to another live process, and the tutor would refuse to start for ever. So the lock also records
// the machine, its boot and (on Linux) the process's start time, and a lock whose process is gone, or
// whose id now names a different process, is stale.
import { mkdir, open, readFile, readdir, rm, unlink } from 'node:fs/promises';
import { readFileSync, unlinkSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from './atomic-file.js';

export interface LockHolder {
  readonly pid: number;
  readonly startedAt: string;
  /** The machine it ran on; absent in locks written before it was recorded. */
  readonly host?: string;
  /** Linux's id of the machine's current boot: a lock from an earlier boot is stale. */
  readonly bootId?: string;
  /** When the process started, as /proc says (Linux): another process given the same id starts at another time. */
  readonly processStart?: string;
}

/** What identifies a process on this machine, beyond its id. */
export interface ThisMachine {
  readonly host: string;
  readonly bootId: string | undefined;
  /** A process's start time, or undefined where it cannot be read (not Linux, or no such process). */
  processStart(pid: number): string | undefined;
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
  /** This machine's name, boot and process start times; read from the system by default. */
  readonly machine?: ThisMachine;
}

export const FOLDER_LOCK = '.lock';

function readText(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/** Field 22 of /proc/<pid>/stat: the start time in clock ticks since boot. The name (field 2) may hold spaces, so count from its ')'. */
function linuxProcessStart(pid: number): string | undefined {
  const stat = readText(`/proc/${pid}/stat`);
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ');
  return fields?.[19];
}

export const thisMachine: ThisMachine = {
  host: hostname(),
  bootId: readText('/proc/sys/kernel/random/boot_id'),
  processStart: linuxProcessStart,
};

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
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (typeof parsed['pid'] !== 'number') return undefined;
    const text = (key: string) => (typeof parsed[key] === 'string' && parsed[key] !== '' ? { [key]: parsed[key] } : {});
    return { pid: parsed['pid'], startedAt: String(parsed['startedAt'] ?? ''), ...text('host'), ...text('bootId'), ...text('processStart') };
  } catch {
    return undefined; // missing, or half-written by a process that died: no live holder
  }
}

/** The lock file's contents for a process of this machine. */
function holderOf(pid: number, startedAt: Date, machine: ThisMachine): LockHolder {
  const processStart = machine.processStart(pid);
  return { pid, startedAt: startedAt.toISOString(), host: machine.host, ...(machine.bootId ? { bootId: machine.bootId } : {}), ...(processStart ? { processStart } : {}) };
}

/**
 * Whether the process that wrote a lock still runs. Another machine's process cannot be checked from here
 * (the folder may be shared), so its lock stands. On this machine: not after a reboot, not when its id is
 * free, and not when its id now names a process that started at another time.
 */
function holderIsRunning(holder: LockHolder, machine: ThisMachine, isAlive: (pid: number) => boolean): boolean {
  if (holder.host !== undefined && holder.host !== machine.host) return true;
  if (holder.bootId !== undefined && machine.bootId !== undefined && holder.bootId !== machine.bootId) return false;
  if (!isAlive(holder.pid)) return false;
  const start = holder.processStart === undefined ? undefined : machine.processStart(holder.pid);
  return start === undefined || start === holder.processStart;
}

/** Who holds a folder's lock, if a running process does. */
export async function lockHolder(dataDir: string, name = FOLDER_LOCK, isAlive = isProcessAlive): Promise<LockHolder | undefined> {
  const holder = await readHolder(path.join(dataDir, name));
  return holder && holderIsRunning(holder, thisMachine, isAlive) ? holder : undefined;
}

/** Takes the folder's lock, or says who holds it. */
export async function acquireDataLock(dataDir: string, options: LockOptions = {}): Promise<LockOutcome> {
  const file = path.join(dataDir, options.name ?? FOLDER_LOCK);
  const pid = options.pid ?? process.pid;
  const isAlive = options.isAlive ?? isProcessAlive;
  const machine = options.machine ?? thisMachine;
  const body = JSON.stringify(holderOf(pid, options.now?.() ?? new Date(), machine));
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  let tookOverFrom: number | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await open(file, 'wx', PRIVATE_FILE_MODE); // fails if the file exists: only one process creates it
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
    if (holder && holder.pid !== pid && holderIsRunning(holder, machine, isAlive)) return { ok: false, file, holder };
    // Stale (its process has stopped) or unreadable: remove it and try again; another starting process
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

/** Why the data folder cannot be used, by the error's code, in the words an administrator can act on. */
const DATA_DIR_PROBLEMS: Readonly<Record<string, string>> = {
  ENOTDIR: 'part of that path is a file, not a folder',
  EEXIST: 'it is a file, not a folder',
  EACCES: "permission denied: the account the tutor runs as cannot write there (give it the folder, e.g. sudo chown -R <that account> <the folder>)",
  EPERM: "permission denied: the account the tutor runs as cannot write there (give it the folder, e.g. sudo chown -R <that account> <the folder>)",
  EROFS: "the file system is read-only there (under systemd, the folder must be on the unit's ReadWritePaths)",
  ENOSPC: 'the disk is full',
  ENOENT: 'a folder on that path is missing and cannot be created',
};

/** One line for a DATA_DIR that cannot be created or written (the lock is the first thing written there). */
export function dataDirProblem(dataDir: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code !== undefined ? DATA_DIR_PROBLEMS[code] : undefined) ?? (error instanceof Error ? error.message : String(error));
  return `DATA_DIR ${dataDir} cannot be used: ${reason}. It must be a folder the tutor's account can create and write; set DATA_DIR in .env to another one, or fix this one.`;
}
