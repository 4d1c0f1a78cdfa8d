// /privacy, /forget-me and /tutor forget: what a student is told, and that deletion leaves no trace.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { JsonGuildStore } from '../../src/store/json-store.js';
import { MemoryLogger, tempDir } from '../store/helpers.js';
import { PRIVACY_DEFAULTS } from '../../src/commands/privacy.js';
import type { Reply } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { addCard } from '../../src/review/cards.js';
import { changeDeck } from '../../src/review/deck-text.js';
import { quizHarness, type Harness } from '../quiz/harness.js';

async function playRound(h: Harness, players: readonly string[]): Promise<void> {
  await h.start(players[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    for (const p of players) await h.answer(p, true);
    await h.wait(10_000);
  }
}
const button = (reply: Reply, key: string) => reply.buttons?.find((b) => b.key === key)?.action ?? '';
const stored = async (h: Harness) => JSON.stringify(await h.store.load('g1'));

describe('/privacy', () => {
  it('says privately what is kept, where, for how long, and how to delete it', async () => {
    const reply = await quizHarness().command('Alice', 'privacy', {});
    expect(reply).toMatchObject({ title: MESSAGES.privacyTitle, private: true });
    for (const words of ['user id', 'display name', 'DATA_DIR', '/forget-me', '/tutor forget', 'without any user id']) expect(reply.body).toContain(words);
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
    expect(await h.app.router.runAction(yes, dm)).toMatchObject({ body: MESSAGES.forgetMeDone, private: true });
    expect((await h.store.load('local')).decks).toEqual({});
  });
});

describe('/tutor forget', () => {
  it('deletes one student for a teacher, by name in the console, and is refused to students', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', 'Bob']);
    expect((await h.command('Bob', 'tutor', { subcommand: 'forget', options: { user: 'Alice' } })).body).toBe(MESSAGES.needsManageServer);
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user: 'Alice' } }, { mod: true })).body).toBe(MESSAGES.tutorForgetDone('Alice'));
    expect(await stored(h)).not.toContain('u-alice');
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'forget', options: { user: 'Alice' } }, { mod: true })).body).toBe(MESSAGES.tutorForgetNothing('Alice'));
  });
});

describe('/tutor export', () => {
  it('gives a teacher, privately, the stored file as JSON and the scores as CSV, and refuses students', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice', '=cmd|calc']);
    expect((await h.command('Bob', 'tutor', { subcommand: 'export' })).body).toBe(MESSAGES.needsManageServer);
    const reply = await h.command('Ms Smith', 'tutor', { subcommand: 'export' }, { mod: true });
    expect(reply).toMatchObject({ body: MESSAGES.tutorExport(2), private: true });
    const [json, csv] = reply.attachments ?? [];
    expect(json?.name).toBe('tutor-data-g1.json');
    expect(JSON.parse(typeof json?.content === 'string' ? json.content : '')).toEqual(await h.store.load('g1'));
    expect(csv?.name).toBe('tutor-scores-g1.csv');
    const lines = (typeof csv?.content === 'string' ? csv.content : '').trim().split('\r\n');
    expect(lines[0]).toBe('user_id,display_name,topic,points,answered,correct');
    expect(lines).toContain('u-alice,Alice,nep,3300,3,3');
    // A name a spreadsheet would run as a formula is written as text.
    expect(lines.some((l) => l.startsWith("u-=cmd|calc,'=cmd|calc,"))).toBe(true);
  });
});

describe('/tutor retention', () => {
  it('sets how many days of activity are kept, sweeping at once, and 0 keeps everything', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice']);
    expect((await h.command('Bob', 'tutor', { subcommand: 'retention', options: { days: 30 } })).body).toBe(MESSAGES.needsManageServer);
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'retention', options: { days: 30 } }, { mod: true })).body).toBe(MESSAGES.tutorRetentionDays(30));
    expect((await h.store.load('g1')).settings.retentionDays).toBe(30);
    await h.wait(31 * 86_400_000);
    await h.app.retention.sweepAll();
    expect(await stored(h)).not.toContain('u-alice');
    expect((await h.command('Ms Smith', 'tutor', { subcommand: 'retention', options: { days: 0 } }, { mod: true })).body).toBe(MESSAGES.tutorRetentionKeep);
    expect((await h.store.load('g1')).settings.retentionDays).toBeNull();
  });
});
