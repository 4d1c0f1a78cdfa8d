import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };

describe('/help', () => {
  it('lists on Discord what works on Discord, privately, and not the console-only /missed', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const reply = await app.router.runCommand('help', { options: {} }, ctx);
    expect(reply?.private).toBe(true);
    expect(reply?.body).toContain('`/ask <question>`');
    expect(reply?.body).toContain('`/quiz start');
    expect(reply?.body).toContain('`/tutor missed`');
    expect(reply?.body).not.toContain('`/missed`');
    expect(reply?.body).not.toContain('/as <name>');
  });

  it('lists in a direct message only the commands that work there', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const reply = await app.router.runCommand('help', { options: {} }, { ...ctx, guildId: null });
    expect(reply?.body).toContain('`/ask <question>`');
    for (const serverOnly of ['`/quiz', '`/leaderboard', '`/stats', '`/tutor']) expect(reply?.body).not.toContain(serverOnly);
  });

  it('lists in the console its own extras: /missed, /as and /quit', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const reply = await app.router.runCommand('help', { options: {} }, { ...ctx, surface: 'console' });
    expect(reply?.body).toContain('`/missed`');
    expect(reply?.body).toContain('`/as <name>`');
    expect(reply?.body).toContain('`/quit`');
  });
});
