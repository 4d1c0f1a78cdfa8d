import { describe, expect, it } from 'vitest';
import { formatConfigError, parseConfig } from '../src/config.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB';

describe('configuration from the environment', () => {
  it('runs the local console with defaults when nothing is set', () => {
    const r = parseConfig({});
    expect(r).toEqual({
      ok: true,
      value: {
        discordToken: undefined, discordClientId: undefined, discordGuildId: undefined, discordApiUrl: undefined,
        dataDir: './data', knowledgeDir: './knowledge', logLevel: 'info', mode: 'auto', shardCount: 1, shards: undefined,
        retentionDays: 365,
      },
    });
  });

  it('reads RETENTION_DAYS, 365 days when unset, and refuses a period under 30 days, over 3650, or 0 (nothing is kept forever)', () => {
    const days = (v: string) => {
      const r = parseConfig({ RETENTION_DAYS: v });
      return r.ok ? r.value.retentionDays : r.problems.map((p) => `${p.variable} ${p.message}`).join('; ');
    };
    expect(days('')).toBe(365);
    expect(days('730')).toBe(730);
    expect(days(' 30 ')).toBe(30);
    for (const bad of ['0', '29', '3651', 'forever', '-1', '365.5'])
      expect(days(bad)).toBe('RETENTION_DAYS must be a whole number of days from 30 to 3650');
  });

  it('treats empty variables, as left in a copied .env.example, as unset', () => {
    const r = parseConfig({ DISCORD_TOKEN: '', DISCORD_CLIENT_ID: ' ', DATA_DIR: '' });
    expect(r.ok && r.value.discordToken).toBe(undefined);
    expect(r.ok && r.value.dataDir).toBe('./data');
  });

  it('accepts a full Discord setup', () => {
    const r = parseConfig({
      DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678', DISCORD_GUILD_ID: '223456789012345678',
      DISCORD_API_URL: 'http://127.0.0.1:9999/api', SHARD_COUNT: '2', LOG_LEVEL: 'debug',
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value).toMatchObject({ discordToken: TOKEN, shardCount: 2, logLevel: 'debug', discordApiUrl: 'http://127.0.0.1:9999/api' });
  });

  it('names every bad or missing variable in one message', () => {
    const r = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: 'my-server', LOG_LEVEL: 'loud', DISCORD_API_URL: 'ftp://x', SHARD_COUNT: 'two' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => p.variable).sort()).toEqual(['DISCORD_API_URL', 'DISCORD_CLIENT_ID', 'DISCORD_GUILD_ID', 'LOG_LEVEL', 'SHARD_COUNT']);
    const message = formatConfigError(r.problems);
    expect(message).toMatch(/^The environment is not valid \(5 problems\):/);
    expect(message).toContain('DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set');
    expect(message).toContain('LOG_LEVEL must be debug, info, warn or error');
  });

  it('reads the shards a process runs, and refuses shard ids that SHARD_COUNT does not have', () => {
    const ok = parseConfig({ SHARD_COUNT: '4', SHARDS: '[2,3]' });
    expect(ok.ok && ok.value.shards).toEqual([2, 3]);
    const bad = parseConfig({ SHARD_COUNT: '2', SHARDS: '[2]' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.variable)).toEqual(['SHARDS']);
  });

  it('refuses a shard count that is not a plain whole number, and a shard named twice, naming only the bad variable', () => {
    for (const count of ['1e1', '2.5', '0', '65', 'two']) {
      const r = parseConfig({ SHARD_COUNT: count, SHARDS: '[1]' });
      expect(r.ok ? [] : r.problems.map((p) => p.variable), count).toEqual(['SHARD_COUNT']);
    }
    const otherBad = parseConfig({ SHARD_COUNT: '4', SHARDS: '[2,3]', LOG_LEVEL: 'loud' });
    expect(otherBad.ok ? [] : otherBad.problems.map((p) => p.variable)).toEqual(['LOG_LEVEL']);
    const twice = parseConfig({ SHARD_COUNT: '2', SHARDS: '[0,0]' });
    expect(twice.ok ? [] : twice.problems.map((p) => p.variable)).toEqual(['SHARDS']);
  });

  it('refuses TUTOR_MODE=discord (as the systemd unit and pm2 file set it) without a token, instead of starting the console', () => {
    const blank = parseConfig({ TUTOR_MODE: 'discord', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' });
    expect(blank.ok).toBe(false);
    if (blank.ok) return;
    expect(blank.problems.map((p) => p.variable).sort()).toEqual(['DISCORD_CLIENT_ID', 'DISCORD_TOKEN']);
    expect(formatConfigError(blank.problems)).toContain('DISCORD_TOKEN is required when TUTOR_MODE is discord');
    const full = parseConfig({ TUTOR_MODE: 'discord', DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' });
    expect(full.ok && full.value.mode).toBe('discord');
  });

  it('reads TUTOR_MODE=console (the console with a token in .env), and names a mode it does not know', () => {
    const inConsole = parseConfig({ TUTOR_MODE: 'console', DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' });
    expect(inConsole.ok && inConsole.value.mode).toBe('console');
    const bad = parseConfig({ TUTOR_MODE: 'bot' });
    expect(bad.ok ? '' : formatConfigError(bad.problems)).toContain('TUTOR_MODE must be auto, discord or console');
  });

  it('never repeats the token, even when it is malformed', () => {
    const secret = 'not-a-valid-token-but-secret';
    const r = parseConfig({ DISCORD_TOKEN: secret });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const message = formatConfigError(r.problems);
    expect(message).toContain('DISCORD_TOKEN does not look like a bot token');
    expect(message).not.toContain(secret);
  });
});
