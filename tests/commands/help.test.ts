import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };

describe('/help', () => {
  it('lists on Discord what works on Discord, privately, and not the console-only /missed', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const reply = await app.router.runCommand('help', { options: {} }, { ...ctx, canManageServer: true });
    expect(reply?.private).toBe(true);
    expect(reply?.body).toContain('`/ask <question>`');
    expect(reply?.body).toContain('`/quiz start');
    expect(reply?.body).toContain('`/tutor missed`');
    expect(reply?.body).not.toContain('`/missed`');
    expect(reply?.body).not.toContain('/as <name>');
  });

  it('lists students\' commands first and teachers\' in a section of their own, after them (a Year-9 trial)', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const body = (await app.router.runCommand('help', { options: {} }, { ...ctx, canManageServer: true }))?.body ?? '';
    const teachers = body.indexOf(MESSAGES.helpTeachers);
    expect(body.indexOf(MESSAGES.helpStudents)).toBeGreaterThan(-1);
    expect(teachers).toBeGreaterThan(body.indexOf(MESSAGES.helpStudents));
    for (const student of ['`/ask', '`/quiz start', '`/practice', '`/review']) expect(body.slice(0, teachers)).toContain(student);
    for (const teacher of ['`/tutor missed`', '`/tutor homework set']) expect(body.slice(teachers)).toContain(teacher);
  });

  it('shows a student without Manage Server one line on where the teachers\' commands are, not the commands', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const body = (await app.router.runCommand('help', { options: {} }, ctx))?.body ?? '';
    expect(body).toContain('`/ask <question>`');
    expect(body).toContain(MESSAGES.helpTeachersHidden);
    expect(body).not.toContain(MESSAGES.helpTeachers);
    expect(body).not.toContain('`/tutor missed`');
    expect(body.split('\n').filter((line) => line.startsWith('`/')).length).toBeLessThanOrEqual(16);
  });

  it('lists in a direct message only the commands that work there', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const reply = await app.router.runCommand('help', { options: {} }, { ...ctx, guildId: null });
    expect(reply?.body).toContain('`/ask <question>`');
    for (const serverOnly of ['`/quiz', '`/leaderboard', '`/stats', '`/tutor']) expect(reply?.body).not.toContain(serverOnly);
  });

  it('lists in the console its own extras: /missed, /as and /quit', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    // The console counts as Manage Server (its session says so).
    const reply = await app.router.runCommand('help', { options: {} }, { ...ctx, surface: 'console', canManageServer: true });
    expect(reply?.body).toContain('`/missed`');
    expect(reply?.body).toContain('`/as <name>`');
    expect(reply?.body).toContain('`/quit`');
  });
});
