// Missed questions stored before names were taken out (the privacy review found "Jake Smith year 9 at St Mary's…"
// in a server's file) lose their names at the first sweep after the upgrade, which runs at start: entries that
// become the same question are merged, and a file already clean is not written again.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import type { KnowledgeBase } from '../../src/knowledge/schema.js';
import type { MissedQuestion } from '../../src/missed/missed-questions.js';
import { createNameRedactor, redactStoredMissed } from '../../src/missed/redact.js';
import { guildsDir, JsonGuildStore } from '../../src/store/json-store.js';
import { freshGuildDocument } from '../../src/store/schema.js';
import { FakeTime } from '../fakes/time.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

let kb: KnowledgeBase;
beforeAll(async () => {
  kb = await loadRealKnowledge();
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0)) await clean();
});

/** A server's missed questions as a version before the redactor stored them: as typed. */
const BEFORE: MissedQuestion[] = [
  { question: 'who is Mrs Khan and why did the NEP end', count: 3, lastAsked: '2024-12-03T10:00:00.000Z' },
  { question: 'who is Mrs Patel and why did the NEP end', count: 2, lastAsked: '2024-12-01T10:00:00.000Z' },
  { question: "Jake Smith year 9 at St Mary's school who is my form tutor Mrs Patel", count: 1, lastAsked: '2024-11-20T10:00:00.000Z' },
  { question: '1) why did stalin end the nep 2) how do i tell Mr Khan that Priya Sharma is bullying me', count: 1, lastAsked: '2024-11-21T10:00:00.000Z' },
  { question: 'who is Mrs Patel and why did the NEP end', count: 1, lastAsked: '2024-12-02T10:00:00.000Z', entryId: 'nep-end' },
  { question: 'why did Bukharin lose', count: 4, lastAsked: '2024-10-01T10:00:00.000Z' },
];
const NAMES = ['Khan', 'Patel', 'Jake', 'Smith', "Mary's", 'Priya', 'Sharma', 'year 9'];

describe('names taken out of the missed questions already stored', () => {
  it('redacts each entry, merges those that become one question (counts added, the latest time kept), and keeps apart what was answered', () => {
    const redact = createNameRedactor(kb);
    const after = redactStoredMissed(BEFORE, redact);
    expect(after).toEqual([
      { question: 'who is Mrs [name] and why did the NEP end', count: 5, lastAsked: '2024-12-03T10:00:00.000Z' },
      { question: 'why did Bukharin lose', count: 4, lastAsked: '2024-10-01T10:00:00.000Z' },
      { question: 'who is Mrs [name] and why did the NEP end', count: 1, lastAsked: '2024-12-02T10:00:00.000Z', entryId: 'nep-end' },
      { question: '1) why did stalin end the nep 2) how do i tell Mr [name] that [name] [name] is bullying me', count: 1, lastAsked: '2024-11-21T10:00:00.000Z' },
      { question: '[name] [name] [school] at [school] who is my form tutor Mrs [name]', count: 1, lastAsked: '2024-11-20T10:00:00.000Z' },
    ]);
    // Redacted once, nothing changes: nothing to write.
    expect(redactStoredMissed(after ?? [], redact)).toBeUndefined();
  });

  it("takes them out of a file saved before the upgrade at the first sweep (the one at start), so /tutor missed never shows them; the next sweep writes nothing", async () => {
    const t = await tempDir('stored-redaction-');
    cleanups.push(t.remove);
    const dir = guildsDir(t.dir);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'g1.json'), `${JSON.stringify({ ...freshGuildDocument('g1'), missed: BEFORE }, null, 1)}\n`);
    const store = new JsonGuildStore({ dir, logger: new MemoryLogger() });
    const time = new FakeTime();
    const app = buildApp({ kb, store, clock: time, scheduler: time });
    await app.retention.sweepAll();
    await store.flush();
    const saved = await readFile(path.join(dir, 'g1.json'), 'utf8');
    for (const name of NAMES) expect(saved).not.toContain(name);
    const missed = (JSON.parse(saved) as { missed: MissedQuestion[] }).missed;
    expect(missed).toHaveLength(5);
    expect(missed[0]).toEqual({ question: 'who is Mrs [name] and why did the NEP end', count: 5, lastAsked: '2024-12-03T10:00:00.000Z' });
    const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't', userName: 'Ms Smith', canManageServer: true };
    const list = (await app.router.runCommand('tutor', { subcommand: 'missed', options: {} }, teacher))?.body ?? '';
    expect(list).toContain('[name]');
    for (const name of NAMES.filter((n) => n !== 'Smith')) expect(list).not.toContain(name);
    const writes = store.stats.writes;
    await app.retention.sweepAll();
    await store.flush();
    expect(store.stats.writes).toBe(writes);
    await app.shutdown();
  });
});
