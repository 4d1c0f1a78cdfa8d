// One student's own data, and no one else's: /my-data gives a student theirs (in a server, that server's; in a DM,
// what direct messages keep), /tutor export user: gives a teacher one student's in their server for that student's
// request for a copy (never what DMs keep), and the whole-server /tutor export is for the school's records, never
// offered as the answer to such a request.
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { studentDataFileName } from '../../src/commands/data-export.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { DATA_MESSAGES, HOMEWORK_MESSAGES as H, MESSAGES } from '../../src/messages.js';
import { studentRecords } from '../../src/report/student-data.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck } from '../../src/review/deck-text.js';
import { quizHarness, type Harness } from '../quiz/harness.js';

const DISCORD_ID = '123456789012345678';

async function playRound(h: Harness, players: readonly string[]): Promise<void> {
  await h.start(players[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    for (const p of players) await h.answer(p, true);
    await h.wait(10_000);
  }
}

async function doHomework(h: Harness, name: string): Promise<void> {
  const start = h.channel.in('c1').at(-1)?.reply.buttons?.find((b) => b.label === H.startButton)?.action ?? '';
  let reply = await h.app.router.runAction(start, h.ctx(name));
  while (reply?.title?.includes('question')) reply = await h.app.router.runAction(reply.buttons?.find((b) => !b.label.includes(' · right'))?.action ?? '', h.ctx(name));
}

/** Alice and Bob played a round and did homework h1 in g1; each has a card from a direct message. */
async function classWithDms(): Promise<Harness> {
  const h = quizHarness();
  await playRound(h, ['Alice', 'Bob']);
  await h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'set', options: { topic: 'nep', due: 'friday 9am', questions: 3 } }, { mod: true });
  for (const name of ['Alice', 'Bob']) await doHomework(h, name);
  for (const id of ['u-alice', 'u-bob']) await h.store.update('local', (d) => changeDeck(d, id, (deck) => addCard(deck, `note/dm-${id}`, h.time.now())));
  return h;
}

interface DataFile {
  userId: string;
  exportedAt: string;
  places: { place: string; keptFor: string; name: string | null; leaderboard: { player: { name: string } | null; allTime: Record<string, unknown> }; practice: unknown[]; reviewDeck: { card: string }[]; homework: { assignment: string; topic: string; due: string; questions: string[] }[]; activity: unknown[] }[];
  notInThisFile: string;
}
const fileOf = (reply: Reply): DataFile => JSON.parse(String(reply.attachments?.[0]?.content ?? '{}')) as DataFile;
const exportUser = (h: Harness, user: string, name = 'Ms Smith') => h.command(name, 'tutor', { subcommand: 'export', options: { user } }, { mod: name === 'Ms Smith' });

describe('/my-data', () => {
  it("gives a student, privately, their own data in this server as one JSON file, and nothing of anyone else's nor of their DMs", async () => {
    const h = await classWithDms();
    const reply = await h.command('Alice', 'my-data', {});
    expect(reply).toMatchObject({ body: DATA_MESSAGES.myDataDone(true), private: true });
    expect(reply.body).toContain('/my-data in a DM');
    expect(reply.attachments?.map((a) => a.name)).toEqual([studentDataFileName('u-alice')]);
    const text = String(reply.attachments?.[0]?.content);
    for (const other of ['u-bob', 'Bob', 'Ms Smith', 'u-ms smith', 'note/dm-u-alice']) expect(text).not.toContain(other);
    const file = fileOf(reply);
    expect(file.userId).toBe('u-alice');
    expect(file.exportedAt).toBe(new Date(h.time.now()).toISOString());
    expect(file.places.map((p) => p.place)).toEqual([DATA_MESSAGES.filePlaceServer('g1')]);
    const [server] = file.places;
    expect(server?.leaderboard.player?.name).toBe('Alice');
    // Topics by title, and the homework with its topic, questions and due date.
    expect(Object.keys(server?.leaderboard.allTime ?? {})).toEqual(['The New Economic Policy (NEP)']);
    expect(server?.homework).toHaveLength(1);
    expect(server?.homework[0]).toMatchObject({ assignment: 'h1', topic: 'The New Economic Policy (NEP)' });
    expect(server?.homework[0]?.questions).toHaveLength(3);
    expect(server?.keptFor).toBe(DATA_MESSAGES.fileKeptFor(365));
    expect(file.notInThisFile).toBe(DATA_MESSAGES.fileNotIncluded);
  });

  it('holds as much as the store keeps of the student, in a server and in a DM (what /forget-me there would delete)', async () => {
    const h = await classWithDms();
    const dm: CommandContext = { ...h.ctx('Alice'), guildId: null };
    for (const [guildId, ctx] of [['g1', h.ctx('Alice')], ['local', dm]] as const) {
      const kept = studentRecords(await h.store.load(guildId), 'u-alice');
      const place = fileOf((await h.app.router.runCommand('my-data', { options: {} }, ctx)) as Reply).places[0];
      expect(place?.practice.length).toBe(kept.practice);
      expect(place?.reviewDeck.length).toBe(kept.cards);
      expect(place?.homework.length).toBe(kept.homework);
      expect(place?.activity.length).toBe(kept.days);
      expect(place?.leaderboard.player !== null).toBe(kept.scores);
    }
  });

  it('in a direct message gives what direct messages keep; says so when nothing is kept, with no file', async () => {
    const h = await classWithDms();
    const dm: CommandContext = { ...h.ctx('Alice'), guildId: null };
    const reply = await h.app.router.runCommand('my-data', { options: {} }, dm);
    expect(reply).toMatchObject({ body: DATA_MESSAGES.myDataDone(false), private: true });
    expect(fileOf(reply as Reply).places.map((p) => p.place)).toEqual([DATA_MESSAGES.filePlaceDm]);
    expect(String((reply as Reply).attachments?.[0]?.content)).not.toContain('"g1"');
    const nothing = await h.command('Carol', 'my-data', {});
    expect(nothing).toMatchObject({ body: DATA_MESSAGES.myDataNothing(true), private: true });
    expect(nothing.attachments ?? []).toEqual([]);
  });

  it('in a server gives no file to a student kept only in direct messages, and says where to ask', async () => {
    const h = quizHarness();
    await h.store.update('local', (d) => changeDeck(d, 'u-carol', (deck) => addCard(deck, 'note/x', h.time.now())));
    const reply = await h.command('Carol', 'my-data', {});
    expect(reply).toMatchObject({ body: DATA_MESSAGES.myDataNothing(true), private: true });
    expect(reply.body).toContain('/my-data in a DM');
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('is offered on Discord in servers and direct messages, with a short description', () => {
    const definition = commandDefinitions(quizHarness().app.router.list()).find((d) => d.name === 'my-data');
    expect(definition?.contexts).toEqual([0, 1]);
    expect(definition?.description.length).toBeLessThanOrEqual(100);
    expect(definition?.default_member_permissions ?? null).toBeNull();
  });
});

describe('/tutor export user:', () => {
  it("gives a teacher one student's data in this server alone, privately, never what their direct messages keep", async () => {
    const h = await classWithDms();
    const reply = await exportUser(h, 'Alice');
    expect(reply).toMatchObject({ body: DATA_MESSAGES.exportStudentDone('Alice', studentDataFileName('u-alice')), private: true });
    expect(reply.body).toContain('/my-data in a DM');
    const text = String(reply.attachments?.[0]?.content);
    for (const other of ['u-bob', 'Bob', 'Ms Smith', 'note/dm-u-alice']) expect(text).not.toContain(other);
    expect(fileOf(reply).places.map((p) => p.place)).toEqual([DATA_MESSAGES.filePlaceServer('g1')]);
    // The same file the student gets with /my-data.
    expect(text).toBe(String((await h.command('Alice', 'my-data', {})).attachments?.[0]?.content));
  });

  it('is refused to students, and a name it does not know gives no file', async () => {
    const h = await classWithDms();
    expect(await exportUser(h, 'Alice', 'Bob')).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
    const unknown = await exportUser(h, 'Carol');
    expect(unknown.body).toBe(DATA_MESSAGES.exportStudentNothing('Carol'));
    expect(unknown.attachments ?? []).toEqual([]);
    const partly = await exportUser(h, 'ali');
    expect(partly.attachments ?? []).toEqual([]);
  });

  it('never gives the direct-message data of someone this server keeps nothing about', async () => {
    const h = quizHarness();
    await h.store.update('local', (d) => changeDeck(d, DISCORD_ID, (deck) => addCard(deck, 'note/x', h.time.now())));
    const reply = await exportUser(h, DISCORD_ID);
    expect(reply).toMatchObject({ body: DATA_MESSAGES.exportStudentNothing(`<@${DISCORD_ID}>`), private: true });
    expect(reply.attachments ?? []).toEqual([]);
  });

  it('leaves the whole-server export for the school\'s records, pointing one student\'s request to export user:', async () => {
    const h = await classWithDms();
    const reply = await h.command('Ms Smith', 'tutor', { subcommand: 'export' }, { mod: true });
    expect(reply.body).toContain("for the school's records");
    expect(reply.body).toContain('/tutor export user:');
    expect(reply.body).not.toMatch(/subject access/i);
    const sub = h.app.router.list().find((c) => c.spec.name === 'tutor')?.spec.subcommands?.find((s) => s.name === 'export');
    expect(sub?.description).toContain("school's records");
    expect(sub?.description).not.toMatch(/subject access/i);
    for (const text of [sub?.description ?? '', ...(sub?.options ?? []).map((o) => o.description)]) expect(text.length).toBeLessThanOrEqual(100);
  });
});
