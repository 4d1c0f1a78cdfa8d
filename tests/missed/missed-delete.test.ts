// /tutor missed-delete, as a teacher uses it: an entry of /tutor missed by its number, or all of them, after a
// confirmation button; gone from the server's file too. And /ask keeps no name a student typed in that list.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/adapters/console/parse-line.js';
import { buildApp, type App } from '../../src/app.js';
import { MISSED_DELETE_DEFAULTS } from '../../src/commands/missed.js';
import type { CommandContext, CommandInput, Reply } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';

const student: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 's1', userName: 'Sam', canManageServer: false };
const teacher: CommandContext = { ...student, userId: 't1', userName: 'Ms Lee', canManageServer: true };

let app: App;
let store: JsonGuildStore;
let folder: Awaited<ReturnType<typeof tempDir>>;
let clock = Date.UTC(2026, 0, 5, 9);

const tutor = async (subcommand: string, options: CommandInput['options'] = {}, ctx = teacher) => (await app.router.runCommand('tutor', { subcommand, options }, ctx)) as Reply;
const press = async (reply: Reply, label: string, ctx = teacher) => (await app.router.runAction(reply.buttons?.find((b) => b.label === label)?.action ?? '', ctx)) as Reply;
const ask = async (question: string) => {
  clock += 60_000;
  const reply = await app.router.runCommand('ask', { options: { question } }, student);
  expect(reply?.tone, question).toBe('refusal');
};
const fileText = async () => {
  await store.flush();
  return readFile(path.join(folder.dir, 'g1.json'), 'utf8');
};

beforeEach(async () => {
  folder = await tempDir('missed-delete-');
  store = new JsonGuildStore({ dir: folder.dir, logger: new MemoryLogger() });
  app = buildApp({ kb: await loadFixtureKnowledge(), store, now: () => new Date(clock) });
  // Three questions the notes cannot answer, the newest listed first (each asked once).
  for (const question of ['how do volcanoes erupt', 'what is photosynthesis', 'who won the world cup in 1966']) await ask(question);
});

afterEach(async () => {
  await app.shutdown();
  await folder.remove();
});

describe('/tutor missed-delete', () => {
  it('deletes the entry numbered 2 after the confirmation, from the list and from the file', async () => {
    const listed = await tutor('missed');
    expect(listed.body.split('\n')).toEqual([
      expect.stringMatching(/^1\. 1× who won the world cup in 1966 \(last /),
      expect.stringMatching(/^2\. 1× what is photosynthesis \(last /),
      expect.stringMatching(/^3\. 1× how do volcanoes erupt \(last /),
    ]);
    expect(listed.footer).toContain(MESSAGES.tutorMissedDeleteHint);
    const prompt = await tutor('missed-delete', { number: 2 });
    expect(prompt).toMatchObject({ title: MESSAGES.tutorMissedDeleteTitle, private: true });
    expect(prompt.body).toContain('2. 1× what is photosynthesis');
    // Nothing goes until the teacher presses Yes; a student pressing it is refused.
    expect(await fileText()).toContain('photosynthesis');
    expect((await press(prompt, MESSAGES.tutorMissedDeleteButton, student)).body).toBe(MESSAGES.needsManageServer);
    expect(await press(prompt, MESSAGES.tutorMissedDeleteButton)).toMatchObject({ body: MESSAGES.tutorMissedDeleted, update: true, private: true });
    const after = (await tutor('missed')).body.split('\n');
    expect(after).toHaveLength(2);
    expect(after[1]).toMatch(/^2\. 1× how do volcanoes erupt/);
    expect(await fileText()).not.toContain('photosynthesis');
    // The same prompt pressed again deletes nothing more.
    expect((await press(prompt, MESSAGES.tutorMissedDeleteButton)).body).toBe(MESSAGES.tutorMissedDeleteGone);
    expect((await tutor('missed')).body.split('\n')).toHaveLength(2);
  });

  it('deletes every entry with all:true, and keeps them all when cancelled or when the prompt has expired', async () => {
    const prompt = await tutor('missed-delete', { all: true });
    expect(prompt.body).toBe(MESSAGES.tutorMissedDeleteAll(3));
    expect((await press(prompt, MESSAGES.tutorMissedKeepButton)).body).toBe(MESSAGES.tutorMissedDeleteCancelled);
    clock += MISSED_DELETE_DEFAULTS.confirmMs + 1;
    expect((await press(prompt, MESSAGES.tutorMissedDeleteButton)).body).toBe(MESSAGES.tutorMissedDeleteExpired);
    expect((await tutor('missed')).body.split('\n')).toHaveLength(3);
    expect((await press(await tutor('missed-delete', { all: true }), MESSAGES.tutorMissedDeleteButton)).body).toBe(MESSAGES.tutorMissedDeletedAll(3));
    expect((await tutor('missed')).body).toBe(MESSAGES.tutorMissedNone);
    const file = await fileText();
    for (const word of ['volcanoes', 'photosynthesis', 'world cup']) expect(file).not.toContain(word);
  });

  it('deletes with all:true only the entries the prompt counted: a question asked since stays, and the reply says so', async () => {
    const prompt = await tutor('missed-delete', { all: true });
    expect(prompt.body).toBe(MESSAGES.tutorMissedDeleteAll(3));
    await ask('what is the speed of light');
    expect((await press(prompt, MESSAGES.tutorMissedDeleteButton)).body).toBe(MESSAGES.tutorMissedDeletedAllButNew(3, 1));
    const after = (await tutor('missed')).body.split('\n');
    expect(after).toEqual([expect.stringMatching(/^1\. 1× what is the speed of light/)]);
  });

  it('asks which when given neither or both, says when there is no such number, and is for Manage Server only', async () => {
    expect(await tutor('missed-delete')).toMatchObject({ body: MESSAGES.tutorMissedDeleteChoose, private: true });
    expect((await tutor('missed-delete', { number: 1, all: true })).body).toBe(MESSAGES.tutorMissedDeleteChoose);
    expect((await tutor('missed-delete', { number: 4 })).body).toBe(MESSAGES.tutorMissedDeleteNoSuch(4, 3));
    expect(await tutor('missed-delete', { number: 1 }, student)).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
    expect((await tutor('missed')).body.split('\n')).toHaveLength(3);
  });

  it('reads "/tutor missed-delete 2" and "/tutor missed-delete all" in the console', () => {
    const spec = app.router.command('tutor')?.spec;
    if (!spec) throw new Error('no /tutor');
    expect(parseOptions(spec, 'missed-delete 2')).toEqual({ subcommand: 'missed-delete', options: { number: 2 } });
    expect(parseOptions(spec, 'missed-delete all')).toEqual({ subcommand: 'missed-delete', options: { all: true } });
    expect(parseOptions(spec, 'missed-delete all:true')).toEqual({ subcommand: 'missed-delete', options: { all: 'true' } });
  });
});

describe('what /ask keeps of a question it could not answer', () => {
  it('keeps no name or school detail a student typed, in the list or in the file', async () => {
    await ask("Jake Smith year 9 at St Mary's who is my form tutor Mrs Patel");
    const listed = (await tutor('missed')).body;
    expect(listed).toContain('[name] [name] [school] at [school] who is my form tutor Mrs [name]');
    const file = await fileText();
    for (const word of ['Jake', 'Smith', 'Mary', 'Patel', 'year 9']) expect(file).not.toContain(word);
  });
});
