// Shared by the store tests: temporary folders, a logger that remembers, and a small score update.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StoreLogger } from '../../src/store/guild-store.js';
import type { GuildDocument } from '../../src/store/schema.js';

export async function tempDir(prefix = 'guild-store-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export class MemoryLogger implements StoreLogger {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];
  warn(message: string): void {
    this.warnings.push(message);
  }
  error(message: string): void {
    this.errors.push(message);
  }
}

/** Adds points for one player in one topic, as a finished round would. */
export function addPoints(doc: GuildDocument, userId: string, points: number, topic = 'nep'): void {
  const tally = ((doc.allTime[userId] ??= {})[topic] ??= { points: 0, answered: 0, correct: 0 });
  tally.points += points;
  tally.answered += 1;
  tally.correct += points > 0 ? 1 : 0;
}

export const pointsOf = (doc: GuildDocument, userId: string, topic = 'nep') => doc.allTime[userId]?.[topic]?.points ?? 0;
