// /privacy as a 13-year-old reads it: a short first screen in short sentences (what is kept, who sees it, the
// retention period that applies there, /forget-me, /my-data, who to ask, the ICO), and a More button for the detail.
import { describe, expect, it } from 'vitest';
import { buildApp, LOCAL_GUILD_ID, type AppDeps } from '../../src/app.js';
import { parseConfig, PRIVACY_CONTACT_MAX } from '../../src/config.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { createMemoryGuildStore } from '../../src/store/guild-store.js';
import { FakeTime } from '../fakes/time.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

/** The words of a reply as read: Markdown's stars out, anything with a letter or digit in it a word ("/forget-me", "365"). */
const words = (text: string) => text.replace(/\*\*/g, '').split(/\s+/).filter((w) => /[a-z0-9]/i.test(w));
/** Its sentences: ended by . ! or ? before a space, or by a line (a heading line, a bullet). "ico.org.uk" stays one word. */
const sentences = (text: string) =>
  text
    .replace(/\*\*/g, '')
    .split(/(?<=[.!?])\s+|\n+/)
    .filter((s) => words(s).length > 0);
const longest = (text: string) => Math.max(...sentences(text).map((s) => words(s).length));

const server = (userId = 'u-ann', mod = false): CommandContext => ({ guildId: 'g1', channelId: 'c1', userId, userName: 'Ann', canManageServer: mod });
const dm: CommandContext = { guildId: null, channelId: 'dm-1', userId: 'u-ann', userName: 'Ann', canManageServer: false };

async function tutor(deps: Partial<AppDeps> = {}) {
  const time = new FakeTime();
  const store = createMemoryGuildStore();
  const app = buildApp({ kb: await loadFixtureKnowledge(), store, clock: time, scheduler: time, ...deps });
  const privacy = async (ctx: CommandContext): Promise<Reply> => {
    const reply = await app.router.runCommand('privacy', { options: {} }, ctx);
    if (!reply) throw new Error('no /privacy');
    return reply;
  };
  const more = async (ctx: CommandContext): Promise<Reply | undefined> => {
    const button = (await privacy(ctx)).buttons?.find((b) => b.label === MESSAGES.privacyMoreButton);
    return button ? app.router.runAction(button.action, ctx) : undefined;
  };
  return { app, store, privacy, more };
}

const CONTACT = 'Mrs Patel, data protection officer, dpo@school.example';

describe('/privacy, the first screen', () => {
  it('fits in 120 words of short sentences, in a server and in a DM, with or without a school contact', async () => {
    for (const contact of [undefined, CONTACT, 'x'.repeat(PRIVACY_CONTACT_MAX)]) {
      const { privacy } = await tutor({ privacyContact: contact });
      for (const ctx of [server(), dm]) {
        const { body } = await privacy(ctx);
        expect(words(body).length, body).toBeLessThanOrEqual(120);
        expect(longest(body), body).toBeLessThanOrEqual(20);
        // About a reading age of 12: short sentences on average.
        expect(words(body).length / sentences(body).length).toBeLessThanOrEqual(12);
      }
    }
  });

  it('is private, and says what is kept, who sees it, how long, how to delete it or get a copy, who to ask and how to complain', async () => {
    const { privacy } = await tutor();
    const reply = await privacy(server());
    expect(reply).toMatchObject({ title: MESSAGES.privacyTitle, private: true });
    for (const said of ['Discord id and name', 'quiz scores', 'Your questions are not kept with your name', 'your teachers see your results', 'leaderboard'])
      expect(reply.body).toContain(said);
    for (const said of ['365 days', '/forget-me', '/my-data', 'Who to ask:** your teacher', 'school is in charge', 'complain to the ICO at ico.org.uk'])
      expect(reply.body).toContain(said);
  });

  it('in a DM, says only the review cards and exam date are kept with the student\'s id there', async () => {
    const { privacy } = await tutor();
    const { body } = await privacy(dm);
    expect(body).toContain('only your review cards and how many you review each day. Also your exam date, if you gave one');
    expect(body).not.toContain('leaderboard');
  });

  it('states the retention period that applies there: the server\'s own once a teacher sets one, else RETENTION_DAYS', async () => {
    const { app, privacy } = await tutor({ retentionDays: 200 });
    expect((await privacy(server())).body).toContain('anything older than 200 days is deleted');
    expect((await privacy(dm)).body).toContain('anything older than 200 days is deleted');

    await app.router.runCommand('tutor', { subcommand: 'retention', options: { days: 90 } }, server('u-teacher', true));
    expect((await privacy(server())).body).toContain('anything older than 90 days is deleted');
    // Another server, and direct messages, keep the default.
    expect((await privacy({ ...server(), guildId: 'g2' })).body).toContain('200 days');
    expect((await privacy(dm)).body).toContain('200 days');
  });

  it('reads the period from what is stored, so a setting made before a restart is what it states', async () => {
    const { store, privacy } = await tutor();
    await store.update(LOCAL_GUILD_ID, (draft) => {
      draft.settings.retentionDays = 60;
    });
    expect((await privacy(dm)).body).toContain('anything older than 60 days is deleted');
    expect((await privacy(server())).body).toContain('anything older than 365 days is deleted');
  });

  it('names the school\'s contact beside the teacher when SCHOOL_PRIVACY_CONTACT is set', async () => {
    expect((await (await tutor({ privacyContact: CONTACT })).privacy(server())).body).toContain(`your teacher, or ${CONTACT}.`);
    const without = (await (await tutor()).privacy(server())).body;
    expect(without).toContain('your teacher. Your school is in charge');
    expect(without).not.toContain('dpo@');
  });
});

describe('/privacy, the More button', () => {
  it('replaces the first screen, privately, with the detail: where, who sees it, the period, copies, rights and the ICO', async () => {
    const { more } = await tutor({ retentionDays: 180, privacyContact: CONTACT });
    const reply = await more(server());
    expect(reply).toMatchObject({ title: MESSAGES.privacyMoreTitle, private: true, update: true });
    const body = reply?.body ?? '';
    for (const said of [
      'with your Discord id',
      'not what you wrote',
      'In direct messages',
      'without your id',
      'does not keep what you wrote',
      'anything older than 180 days is deleted',
      '30 days later',
      'are copies',
      '/my-data',
      '/forget-me',
      CONTACT,
      'ico.org.uk',
      '0303 123 1113',
    ])
      expect(body).toContain(said);
    expect(body.length).toBeLessThanOrEqual(4096); // a Discord embed's description
    expect(longest(body), body).toBeLessThanOrEqual(25);
  });

  it('works in a DM too, with the direct messages\' period', async () => {
    const { more } = await tutor({ retentionDays: 400 });
    expect((await more(dm))?.body).toContain('anything older than 400 days is deleted');
  });
});

describe('SCHOOL_PRIVACY_CONTACT', () => {
  it('is optional and trimmed; one too long for the first screen is a config error naming it', () => {
    const set = parseConfig({ SCHOOL_PRIVACY_CONTACT: `  ${CONTACT} ` });
    expect(set.ok && set.value.privacyContact).toBe(CONTACT);
    const blank = parseConfig({ SCHOOL_PRIVACY_CONTACT: ' ' });
    expect(blank.ok && blank.value.privacyContact).toBe(undefined);
    const long = parseConfig({ SCHOOL_PRIVACY_CONTACT: 'x'.repeat(PRIVACY_CONTACT_MAX + 1) });
    expect(long.ok ? [] : long.problems.map((p) => p.variable)).toEqual(['SCHOOL_PRIVACY_CONTACT']);
  });
});
