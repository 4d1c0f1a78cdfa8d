// /privacy, /forget-me and /tutor forget: what a student is told, and that deletion leaves no trace.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';
import { PRIVACY_DEFAULTS } from '../../src/commands/privacy.js';
import type { Reply } from '../../src/commands/types.js';
import { DATA_MESSAGES, MESSAGES } from '../../src/messages.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck } from '../../src/review/deck-text.js';
import { quizHarness, type Harness } from '../quiz/harness.js';
import { HOMEWORK_MESSAGES as H } from '../../src/messages.js';
import { readCsv } from '../helpers/csv.js';

async function playRound(h: Harness, players: readonly string[]): Promise<void> {
  await h.start(players[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    for (const p of players) await h.answer(p, true);
    await h.wait(10_000);
  }
}
const button = (reply: Reply, key: string) => reply.buttons?.find((b) => b.key === key)?.action ?? '';
const stored = async (h: Harness) => JSON.stringify(await h.store.load('g1'));
const text = (content: unknown) => (typeof content === 'string' ? content : '');

/** A student does the whole homework last posted in c1, every answer wrong (so each question goes into their deck). */
async function doHomework(h: Harness, name: string): Promise<void> {
  const start = h.channel.in('c1').at(-1)?.reply.buttons?.find((b) => b.label === H.startButton)?.action ?? '';
  let reply = await h.app.router.runAction(start, h.ctx(name));
  while (reply?.title?.includes('question')) reply = await h.app.router.runAction(reply.buttons?.find((b) => !b.label.includes(' · right'))?.action ?? '', h.ctx(name));
}

/** The trial's class: Alice and Bob did homework h1 and h2 and asked with /ask; nobody played a quiz round. */
async function homeworkClass(): Promise<Harness> {
  const h = quizHarness();
  for (const due of ['friday 9am', 'thursday 9am']) {
    await h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'set', options: { topic: 'nep', due, questions: 3 } }, { mod: true });
    for (const name of ['Alice', 'Bob']) await doHomework(h, name);
  }
  for (const name of ['Alice', 'Bob']) await h.command(name, 'ask', { options: { question: 'why did stalin end the nep' } });
  return h;
}

describe('/privacy', () => {
  // Its length, sentences, retention period and contact: tests/commands/privacy-notice.test.ts.
  it('says privately what is kept and how to delete it or get a copy, and More gives the detail', async () => {
    const h = quizHarness();
    const reply = await h.command('Alice', 'privacy', {});
    expect(reply).toMatchObject({ title: MESSAGES.privacyTitle, private: true });
    for (const words of ['Discord id and name', '/forget-me', '/my-data']) expect(reply.body).toContain(words);
    const more = await h.app.router.runAction(reply.buttons?.find((b) => b.label === MESSAGES.privacyMoreButton)?.action ?? '', h.ctx('Alice'));
    for (const words of ['display name', 'without your id', 'A teacher can delete it for you too']) expect(more?.body).toContain(words);
  });
});

describe('/forget-me', () => {
  it('deletes every trace of the student after the confirm button, and leaves the others', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', 'Bob']);
    expect(await stored(h)).toContain('u-alice');
    const prompt = await h.command('Alice', 'forget-me', {});
    expect(prompt).toMatchObject({ title: MESSAGES.forgetMeTitle, private: true });
    expect(await h.app.router.runAction(button(prompt, 'Y'), h.ctx('Alice'))).toMatchObject({ body: MESSAGES.forgetMeDone, update: true });
    const doc = await stored(h);
    expect(doc).not.toContain('u-alice');
    expect(doc).not.toContain('Alice');
    expect(doc).toContain('u-bob');
    expect((await h.command('Bob', 'leaderboard', {})).body).not.toContain('Alice');
    expect(await h.app.router.runAction(button(prompt, 'Y'), h.ctx('Alice'))).toMatchObject({ body: MESSAGES.forgetMeNothing });
  });

  it('leaves no trace of the student in the server\'s file on disk (user id and name searched for)', async () => {
    const { dir, remove } = await tempDir();
    try {
      const store = new JsonGuildStore({ dir, logger: new MemoryLogger() });
      const h = quizHarness({ store });
      await playRound(h, ['Alice', 'Bob']);
      await store.flush();
      const file = () => readFile(path.join(dir, 'g1.json'), 'utf8');
      expect(await file()).toContain('u-alice');
      const prompt = await h.command('Alice', 'forget-me', {});
      await h.app.router.runAction(button(prompt, 'Y'), h.ctx('Alice'));
      await store.flush();
      expect(await file()).not.toContain('u-alice');
      expect(await file()).not.toContain('Alice');
      expect(await file()).toContain('u-bob');
    } finally {
      await remove();
    }
  });

  it('deletes nothing on Cancel, when the prompt has expired, or when someone else presses it', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', 'Bob']);
    const prompt = await h.command('Alice', 'forget-me', {});
    expect(await h.app.router.runAction(button(prompt, 'Y'), h.ctx('Bob'))).toMatchObject({ body: MESSAGES.unknownAction });
    expect(await h.app.router.runAction(button(prompt, 'N'), h.ctx('Alice'))).toMatchObject({ body: MESSAGES.forgetMeCancelled, update: true });
    const late = await h.command('Alice', 'forget-me', {});
    await h.wait(PRIVACY_DEFAULTS.confirmMs + 1);
    expect(await h.app.router.runAction(button(late, 'Y'), h.ctx('Alice'))).toMatchObject({ body: MESSAGES.forgetMeExpired });
    expect(await stored(h)).toContain('u-alice');
  });

  it('takes a student out of a round that is running, so its end brings nothing back', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.answer('Bob', true);
    const prompt = await h.command('Alice', 'forget-me', {});
    await h.app.router.runAction(button(prompt, 'Y'), h.ctx('Alice'));
    for (let q = 0; q < 3; q++) await h.wait(10_000);
    expect(await stored(h)).not.toContain('u-alice');
    expect(await stored(h)).toContain('u-bob');
  });

  it('deletes, in direct messages, the review deck kept there (the only thing kept of a student there)', async () => {
    const h = quizHarness();
    const dm = { ...h.ctx('Alice'), guildId: null };
    await h.store.update('local', (d) => changeDeck(d, dm.userId, (deck) => addCard(deck, 'note/x', h.time.now())));
    const prompt = await h.app.router.runCommand('forget-me', { options: {} }, dm);
    const yes = prompt?.buttons?.find((b) => b.key === 'Y')?.action ?? '';
    expect(await h.app.router.runAction(yes, dm)).toMatchObject({ body: DATA_MESSAGES.forgetMeDmDone, private: true });
    expect((await h.store.load('local')).decks).toEqual({});
  });
});

describe('/tutor forget', () => {
  const forget = (h: Harness, user: string) => h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user } }, { mod: true });
  const P = MESSAGES.tutorForgetParts;
  /** A reply about this server's records, with how the student deletes what direct messages keep. */
  const fromServer = (body: string) => `${body} ${DATA_MESSAGES.forgetNotDms}`;

  it('deletes one student for a teacher, by name in the console, and is refused to students', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', 'Bob']);
    expect((await h.command('Bob', 'tutor', { subcommand: 'forget', options: { user: 'Alice' } })).body).toBe(MESSAGES.needsManageServer);
    expect((await forget(h, 'Alice')).body).toBe(fromServer(MESSAGES.tutorForgetDone('Alice', [P.scores, P.days(1)])));
    expect(await stored(h)).not.toContain('u-alice');
    expect((await forget(h, 'Alice')).body).toBe(fromServer(MESSAGES.tutorForgetNothing('Alice')));
  });

  it('finds a student who never played a quiz round by any record, deletes all /forget-me deletes, and says what went', async () => {
    for (const user of ['Alice', 'alice', 'u-alice']) {
      const h = await homeworkClass();
      const before = await h.store.load('g1');
      expect(Object.keys(before.players)).toEqual([]);
      const reply = await forget(h, user);
      const cards = new Set(before.homework.assignments.flatMap((a) => a.questionIds)).size;
      expect(reply).toMatchObject({ body: fromServer(MESSAGES.tutorForgetDone('Alice', [P.cards(cards), P.homework(2), P.days(1)])), tone: 'success', private: true });
      const doc = await stored(h);
      expect(doc).not.toContain('u-alice');
      expect(doc).not.toContain('Alice');
      expect(doc).toContain('u-bob');
      // The homework report and the export no longer have her either.
      const report = await h.command('Ms Smith', 'tutor', { group: 'homework', subcommand: 'report', options: { assignment: 'h1' } }, { mod: true });
      expect(JSON.stringify(report)).not.toContain('Alice');
      const exported = await h.command('Ms Smith', 'tutor', { subcommand: 'export' }, { mod: true });
      expect(JSON.stringify(exported.attachments)).not.toContain('u-alice');
    }
  });

  it('deletes what /forget-me deletes: the same document is left either way', async () => {
    const byTeacher = await homeworkClass();
    await forget(byTeacher, 'Bob');
    const byBob = await homeworkClass();
    const prompt = await byBob.command('Bob', 'forget-me', {});
    await byBob.app.router.runAction(button(prompt, 'Y'), byBob.ctx('Bob'));
    expect(await byTeacher.store.load('g1')).toEqual(await byBob.store.load('g1'));
  });

  it('finds a student after a leaderboard reset, when only their review deck and activity are left', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', 'Bob']);
    await h.app.leaderboard.resetOnce('g1', new Date(0));
    await h.store.update('g1', (d) => changeDeck(d, 'u-alice', (deck) => addCard(deck, 'note/x', h.time.now())));
    expect((await forget(h, 'u-alice')).body).toBe(fromServer(MESSAGES.tutorForgetDone('u-alice', [P.cards(1), P.days(1)])));
    expect(await stored(h)).not.toContain('u-alice');
    // Bob is kept, known only by id now: a name matching no one is not "nothing kept".
    expect((await forget(h, 'Nobody')).body).toBe(`${MESSAGES.tutorForgetUnknownName('Nobody')} ${MESSAGES.tutorForgetKnownById(['u-bob'], 0)}`);
  });

  it('never says nothing is kept when a reset removed the name: it names the students known only by id', async () => {
    const h = quizHarness();
    await playRound(h, ['Sam']);
    await h.app.leaderboard.resetOnce('g1', new Date(0));
    const reply = await forget(h, 'Sam');
    expect(reply.body).not.toBe(fromServer(MESSAGES.tutorForgetNothing('Sam')));
    expect(reply.body).toBe(`${MESSAGES.tutorForgetUnknownName('Sam')} ${MESSAGES.tutorForgetKnownById(['u-sam'], 0)}`);
    expect(await stored(h)).toContain('u-sam');
    expect((await forget(h, 'u-sam')).body).toBe(fromServer(MESSAGES.tutorForgetDone('u-sam', [P.days(1)])));
  });

  it('offers the full name for a part of one ("alice" for "Alice Smith") and deletes nothing', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice Smith', 'Bob']);
    const reply = await forget(h, 'alice');
    expect(reply.body).toBe(`${MESSAGES.tutorForgetUnknownName('alice')} ${MESSAGES.tutorForgetDidYouMean(['Alice Smith'])}`);
    expect(await stored(h)).toContain('u-alice smith');
    // A name no one has, when every student kept has a name, is certainly not kept.
    expect((await forget(h, 'Carol')).body).toBe(fromServer(MESSAGES.tutorForgetNothing('Carol')));
  });
});

describe('/tutor export', () => {
  it('gives a teacher, privately, the stored file as JSON and the scores as CSV, and refuses students', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', '=cmd|calc']);
    expect((await h.command('Bob', 'tutor', { subcommand: 'export' })).body).toBe(MESSAGES.needsManageServer);
    const reply = await h.command('Ms Smith', 'tutor', { subcommand: 'export' }, { mod: true });
    const names = { json: 'tutor-data-g1.json', students: 'tutor-students-g1.csv', scores: 'tutor-scores-g1.csv' };
    expect(reply).toMatchObject({ body: MESSAGES.tutorExport(2, names), private: true });
    const [json, csv] = reply.attachments ?? [];
    expect(json?.name).toBe('tutor-data-g1.json');
    expect(JSON.parse(text(json?.content))).toEqual(await h.store.load('g1'));
    expect(csv?.name).toBe('tutor-scores-g1.csv');
    // Written as the other CSVs are: a byte order mark, so Excel reads names in any script, and topics by title.
    expect(text(csv?.content).startsWith('\uFEFF')).toBe(true);
    const lines = text(csv?.content).slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('user_id,display_name,topic,points,answered,correct');
    expect(lines).toContain('u-alice,Alice,The New Economic Policy (NEP),3300,3,3');
    // A name a spreadsheet would run as a formula is written as text.
    expect(lines.some((l) => l.startsWith("u-=cmd|calc,'=cmd|calc,"))).toBe(true);
  });

  it('lists every student the server keeps anything about, a row each, those who only did homework too', async () => {
    const h = await homeworkClass();
    await playRound(h, ['Carol']);
    const reply = await h.command('Ms Smith', 'tutor', { subcommand: 'export' }, { mod: true });
    expect(reply.body).toBe(MESSAGES.tutorExport(3, { json: 'tutor-data-g1.json', students: 'tutor-students-g1.csv', scores: 'tutor-scores-g1.csv' }));
    const students = reply.attachments?.find((a) => a.name === 'tutor-students-g1.csv');
    expect(text(students?.content).startsWith('\uFEFF')).toBe(true);
    const rows = readCsv(text(students?.content));
    expect(rows[0]).toEqual([
      'user_id', 'display_name', 'points', 'quiz_answered', 'quiz_correct', 'rounds_played', 'rounds_won', 'best_streak',
      'last_played (Europe/London)', 'practice_marks', 'review_cards', 'homework_attempts', 'days_of_activity',
    ]);
    // Alice and Bob missed every question of two homeworks (a card each, the two may share questions), on one day;
    // Carol played one round alone (a win needs more players), which ended at 09:00:30 UTC, 09:00:30 in London in January.
    const cards = String(new Set((await h.store.load('g1')).homework.assignments.flatMap((a) => a.questionIds)).size);
    expect(rows.slice(1).sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''))).toEqual([
      ['u-alice', 'Alice', '0', '0', '0', '0', '0', '0', '', '0', cards, '2', '1'],
      ['u-bob', 'Bob', '0', '0', '0', '0', '0', '0', '', '0', cards, '2', '1'],
      ['u-carol', 'Carol', '3300', '3', '3', '1', '0', '3', '2025-01-06 09:00:30', '0', '0', '0', '1'],
    ]);
    // The scores file is the leaderboard: only Carol has played.
    const scores = readCsv(text(reply.attachments?.find((a) => a.name === 'tutor-scores-g1.csv')?.content));
    expect(scores.slice(1).map((r) => r[0])).toEqual(['u-carol']);
  });
});
