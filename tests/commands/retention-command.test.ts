// /tutor retention: nothing is kept forever. A server with no period of its own is swept at the bot's default
// (RETENTION_DAYS, 365 days unless set), and the teacher is told so; days:N sets the server's own period
// (30–3650) and days:0 goes back to the default, saying which period applies and what it deletes.
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { quizHarness, quizKnowledge, type Harness } from '../quiz/harness.js';

const DAY = 86_400_000;
const retention = (h: Harness, options: Record<string, number> = {}, who = 'Ms Smith') =>
  h.command(who, 'tutor', { subcommand: 'retention', options }, { mod: who === 'Ms Smith' });

async function playRound(h: Harness, players: readonly string[]): Promise<void> {
  await h.start(players[0] ?? 'Alice', { topic: 'nep', questions: 3, seconds: 10 });
  for (let q = 0; q < 3; q++) {
    for (const p of players) await h.answer(p, true);
    await h.wait(10_000);
  }
}
const stored = async (h: Harness) => JSON.stringify(await h.store.load('g1'));

describe('/tutor retention', () => {
  it('says, with no setting, that the default of 365 days applies, every day (not what a first sweep did, which goes stale)', async () => {
    const h = quizHarness();
    const reply = await retention(h);
    expect(reply).toMatchObject({ body: `${MESSAGES.tutorRetentionNow(365, false, 365)} ${MESSAGES.tutorRetentionChange}`, private: true, tone: 'info' });
    for (const words of ['no period of its own', 'older than 365 days is deleted', 'every day', 'days:0', 'Nothing is kept forever'])
      expect(reply.body).toContain(words);
    for (const words of ['until it is deleted', 'first sweep']) expect(reply.body).not.toContain(words);
  });

  it('says the same of what goes, whether a server sets its own period or goes back to the default', () => {
    for (const body of [MESSAGES.tutorRetentionDays(30), MESSAGES.tutorRetentionDefault(365)])
      for (const words of ['deleted with their scores', 'review cards', 'homework', '/practice marks', 'days of activity', 'unanswered questions'])
        expect(body, body).toContain(words);
  });

  it('sets a server\'s own period, says it is the server\'s, and sweeps at once', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice']);
    await h.wait(31 * DAY);
    expect(await retention(h, { days: 30 })).toMatchObject({ body: MESSAGES.tutorRetentionDays(30), private: true, tone: 'success' });
    expect((await h.store.load('g1')).settings.retentionDays).toBe(30);
    expect(await stored(h)).not.toContain('u-alice');
    const now = (await retention(h)).body;
    expect(now).toBe(`${MESSAGES.tutorRetentionNow(30, true, 365)} ${MESSAGES.tutorRetentionChange}`);
    expect(now).toContain("this server's own setting (the bot's default is 365 days)");
  });

  it('goes back to the default with days:0, says which period applies, and sweeps by it (no keep-forever)', async () => {
    const h = quizHarness();
    await playRound(h, ['Alice']);
    await h.wait(40 * DAY);
    await playRound(h, ['Bob']);
    await retention(h, { days: 3650 });
    const reply = await retention(h, { days: 0 });
    expect(reply).toMatchObject({ body: MESSAGES.tutorRetentionDefault(365), private: true, tone: 'success' });
    expect(reply.body).toContain("the bot's default");
    expect(reply.body).toContain('365 days');
    expect((await h.store.load('g1')).settings.retentionDays).toBeNull();
    // Both were seen within 365 days: kept. Alice passes 365 days first and goes in the daily sweep.
    expect(await stored(h)).toContain('u-alice');
    await h.wait(330 * DAY);
    await h.app.retention.sweepAll();
    expect(await stored(h)).not.toContain('u-alice');
    expect(await stored(h)).toContain('u-bob');
  });

  it('refuses privately a period under 30 days or over 3650 (saying 0 is the default), and students', async () => {
    const h = quizHarness();
    await retention(h, { days: 100 });
    for (const days of [1, 29, -5, 3651]) {
      const reply = await retention(h, { days });
      expect(reply).toMatchObject({ private: true, tone: 'error' });
      // It says which limit the number passed, then asks again.
      expect(reply.body).toContain(`${days} ${days === 1 ? 'day' : 'days'} is ${days < 30 ? 'shorter than the shortest period I keep (30 days)' : 'longer than the longest (3650 days)'}`);
      expect(reply.body).toContain(MESSAGES.tutorRetentionChoose(365));
      expect((await h.store.load('g1')).settings.retentionDays).toBe(100);
    }
    expect(MESSAGES.tutorRetentionChoose(365)).toContain('30 to 3650, or 0 for the bot\'s default (365 days)');
    expect(await retention(h, { days: 30 }, 'Bob')).toMatchObject({ body: MESSAGES.needsManageServer, private: true });
    expect((await h.store.load('g1')).settings.retentionDays).toBe(100);
  });

  it('says the period RETENTION_DAYS sets, when set, and sweeps the servers that set none by it', async () => {
    const time = new FakeTime();
    const h = quizHarness({ store: createMemoryGuildStore() });
    const app = buildApp({ kb: quizKnowledge(), store: h.store, clock: time, scheduler: time, retentionDays: 90 });
    const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 't', userName: 'Ms Smith', canManageServer: true };
    const body = (await app.router.runCommand('tutor', { subcommand: 'retention', options: {} }, teacher))?.body;
    expect(body).toBe(`${MESSAGES.tutorRetentionNow(90, false, 90)} ${MESSAGES.tutorRetentionChange}`);
    expect((await app.router.runCommand('tutor', { subcommand: 'retention', options: { days: 0 } }, teacher))?.body).toBe(MESSAGES.tutorRetentionDefault(90));
    expect(app.retention.defaultDays).toBe(90);
    // Alice played as the day began; this app's sweep keeps her 89 days on and deletes her 91 days on (not 365).
    await playRound(h, ['Alice']);
    await time.advance(89 * DAY);
    await app.retention.sweepAll();
    expect(await stored(h)).toContain('u-alice');
    await time.advance(2 * DAY);
    await app.retention.sweepAll();
    expect(await stored(h)).not.toContain('u-alice');
    await app.shutdown();
  });

  it('has Discord descriptions that say 0 is the default, not "keep everything"', () => {
    const spec = quizHarness().app.router.list().find((c) => c.spec.name === 'tutor')?.spec;
    const sub = spec?.subcommands?.find((s) => s.name === 'retention');
    expect(sub?.description).not.toMatch(/keep(s)? (it all|everything)/);
    expect(sub?.description).toContain("0: the bot's default");
    expect(sub?.options?.[0]?.description).toContain("0: the bot's default");
    for (const text of [sub?.description ?? '', sub?.options?.[0]?.description ?? '']) expect(text.length).toBeLessThanOrEqual(100);
  });
});
