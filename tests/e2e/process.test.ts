// End to end, as deployed: `npm start` (src/main.ts in a child process) with a token connects to the
// fake Discord through DISCORD_API_URL, and shuts down cleanly on SIGTERM (rounds ended, store
// flushed, client destroyed). With SHARD_COUNT=2 it runs a ShardingManager with one process per shard.
// `npm run deploy-commands` registers the commands with one bulk call.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { FakeDiscord, PERMISSIONS, shardOf, snowflake, type FakeGuild } from './fake-discord/fake-discord.js';
import { embedOf, makeUser, TOKEN } from './harness.js';

const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()?.();
});

function guildOnShard(name: string, shard: number, count: number): FakeGuild {
  for (let at = Date.now(); ; at++) {
    const id = snowflake(at);
    if (shardOf(id, count) === shard) return { id, name, channelIds: [snowflake()] };
  }
}

async function startFake(guilds: FakeGuild[]): Promise<FakeDiscord> {
  const fake = new FakeDiscord({ token: TOKEN, applicationId: snowflake(), guilds });
  await fake.start();
  cleanups.push(() => fake.stop());
  return fake;
}

function env(fake: FakeDiscord, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-e2e-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  return {
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

/** Runs src/main.ts as `npm start` does (through tsx), keeping its output for failure messages. */
function startBot(environment: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  // In a process group of its own, so a test can press Ctrl-C on the group as a terminal would.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: environment, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid ?? 0), 'SIGKILL');
  });
  return { child, output: () => output };
}

async function exitOf(child: ChildProcess, timeoutMs: number): Promise<number | null> {
  if (child.exitCode !== null) return child.exitCode;
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  return code;
}

const deployEnv = (fake: FakeDiscord, guildId?: string) => ({ ...env(fake), ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}) });

/** `npm run deploy-commands`, run asynchronously: the fake Discord answers from this same process. */
async function deploy(environment: NodeJS.ProcessEnv, args: readonly string[] = []): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/deploy-commands.ts', ...args], { env: environment, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const status = await exitOf(child, 30_000);
  return { status, stdout, stderr };
}

/** Two servers, one on each of two shards, commands deployed, and the bot started until `sessions` shards are connected. */
async function startTwoShardBot(extra: Record<string, string>, sessions: number, timeoutMs: number) {
  const first = guildOnShard('Class A', 0, 2);
  const second = guildOnShard('Class B', 1, 2);
  const fake = await startFake([first, second]);
  expect((await deploy(deployEnv(fake))).status).toBe(0);
  const environment = env(fake, { SHARD_COUNT: '2', ...extra });
  const bot = startBot(environment);
  await fake.waitForSessions(sessions, timeoutMs).catch((e: unknown) => {
    throw new Error(`${String(e)}\n${bot.output()}`);
  });
  return { first, second, fake, bot, dataDir: environment['DATA_DIR'] ?? '' };
}

describe('npm run deploy-commands', () => {
  it('registers every command globally with one bulk PUT and prints them', async () => {
    const fake = await startFake([]);
    const r = await deploy(deployEnv(fake));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fake.requests.filter((q) => q.startsWith('PUT '))).toEqual([`PUT /applications/${fake.applicationId}/commands`]);
    const names = fake.globalCommands.map((c) => c.name).sort();
    expect(names).toEqual(['ask', 'chart', 'forget-me', 'help', 'homework', 'leaderboard', 'my-data', 'practice', 'privacy', 'quiz', 'review', 'stats', 'timeline', 'topic', 'topics', 'tutor', 'voice']);
    expect(r.stdout).toMatch(/^Registered 17 commands globally/);
    expect(r.stdout).toContain('/tutor reset-leaderboard  (Manage Server, servers only)');
    expect(r.stdout).toContain('/tutor homework set topic: due: [questions:] [seconds:]  (Manage Server, servers only)');
    expect(r.stdout).toContain('/ask question:');
  });

  it('registers to DISCORD_GUILD_ID when set, for instant updates', async () => {
    const guild: FakeGuild = { id: snowflake(), name: 'Test server', channelIds: [snowflake()] };
    const fake = await startFake([guild]);
    const r = await deploy(deployEnv(fake, guild.id));
    expect(r.status).toBe(0);
    expect(fake.globalCommands).toEqual([]);
    expect(fake.guildCommands.get(guild.id)?.length).toBe(17);
    expect(r.stdout).toContain(`in server ${guild.id}`);
  });

  it('moves the commands to global with --clear-guild, removing the test server\'s copies that would show twice', async () => {
    const guild: FakeGuild = { id: snowflake(), name: 'Test server', channelIds: [snowflake()] };
    const fake = await startFake([guild]);
    expect((await deploy(deployEnv(fake, guild.id))).status).toBe(0);
    const r = await deploy(deployEnv(fake, guild.id), ['--clear-guild']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(fake.globalCommands).toHaveLength(17);
    expect(fake.guildCommands.get(guild.id)).toEqual([]);
    // Global first: the server is never without its commands.
    expect(fake.requests.filter((q) => q.startsWith('PUT ')).slice(-2)).toEqual([`PUT /applications/${fake.applicationId}/commands`, `PUT /applications/${fake.applicationId}/guilds/${guild.id}/commands`]);
    expect(r.stdout).toMatch(/^Registered 17 commands globally \(available at once/);
    expect(r.stdout).toContain(`Removed the commands registered to server ${guild.id} only`);
  });

  it('asks which server --clear-guild means when DISCORD_GUILD_ID is not set', async () => {
    const fake = await startFake([]);
    const r = await deploy(deployEnv(fake), ['--clear-guild']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/--clear-guild needs the server.*DISCORD_GUILD_ID/);
    expect(fake.requests.filter((q) => q.startsWith('PUT '))).toEqual([]);
  });
});

describe('npm start with a token', () => {
  it('serves Discord through DISCORD_API_URL, and on SIGTERM ends rounds, saves the store and disconnects', async () => {
    const guild: FakeGuild = { id: snowflake(), name: 'Class', channelIds: [snowflake()] };
    const fake = await startFake([guild]);
    expect((await deploy(deployEnv(fake))).status).toBe(0);
    // SHARDS left blank and SHARD_COUNT=1, as .env.example has them (discord.js reads both itself).
    const environment = env(fake, { SHARDS: '', SHARD_COUNT: '1' });
    const bot = startBot(environment);
    await fake.waitForSessions(1, 20_000).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${bot.output()}`);
    });

    const teacher = makeUser('teacher');
    const asked = await fake.reply(await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: teacher, guildId: guild.id }));
    expect(embedOf(asked).title).toBe('Why did Stalin end the NEP?');
    const fair = await fake.command('tutor', { mode: 'on' }, { user: teacher, guildId: guild.id, subcommand: 'fairness', permissions: PERMISSIONS.member | PERMISSIONS.manageGuild });
    expect(embedOf(await fake.reply(fair)).description).toBe(MESSAGES.tutorFairnessOn);
    await fake.reply(await fake.command('quiz', { topic: 'nep' }, { user: teacher, guildId: guild.id, subcommand: 'start' }));

    bot.child.kill('SIGTERM');
    const code = await exitOf(bot.child, 15_000);
    expect(code, bot.output()).toBe(0);
    // The round was ended (its end message posted before the client went away)...
    expect(fake.postedIn(guild.channelIds[0] ?? '').map((m) => embedOf(m).title)).toContain(Q.endTitle);
    // ...the store flushed...
    const saved = JSON.parse(readFileSync(path.join(environment['DATA_DIR'] ?? '', 'guilds', `${guild.id}.json`), 'utf8'));
    expect(saved.settings.flatScoring).toBe(true);
    // ...and the gateway connection closed.
    expect(fake.sessions).toEqual([]);
    expect(fake.rejections).toEqual([]);
  }, 40_000);

  it('shuts down with exit code 1, saying why, when Discord closes the gateway for good (a reset token)', async () => {
    const guild: FakeGuild = { id: snowflake(), name: 'Class', channelIds: [snowflake()] };
    const fake = await startFake([guild]);
    const bot = startBot(env(fake, { SHARDS: '', SHARD_COUNT: '1' }));
    await fake.waitForSessions(1, 20_000).catch((e: unknown) => {
      throw new Error(`${String(e)}\n${bot.output()}`);
    });
    await fake.waitFor(() => bot.output().includes('connected to Discord'), 'the bot to be serving', 10_000);
    fake.sessions[0]?.socket.close(4004, 'Authentication failed.');
    expect(await exitOf(bot.child, 15_000), bot.output()).toBe(1);
    expect(bot.output()).toMatch(/ ERROR Discord refused the token: check DISCORD_TOKEN/);
    expect(bot.output()).toMatch(/ ERROR shutting down .*closed the connection for good/);
    expect(bot.output()).not.toContain(TOKEN);
  }, 40_000);

  it('runs one process per shard under a ShardingManager when SHARD_COUNT=2, each serving its own server', async () => {
    const { first, second, fake, bot, dataDir } = await startTwoShardBot({}, 2, 40_000);
    // One writer per data folder: the manager holds the folder's lock and its shards run under it,
    // each writing only its own servers' files.
    expect(JSON.parse(readFileSync(path.join(dataDir, '.lock'), 'utf8')).pid).toBe(bot.child.pid);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.lock'))).toEqual(['.lock']);
    expect(fake.sessions.map((s) => s.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);

    const ann = makeUser('ann');
    for (const guild of [first, second]) {
      const interaction = await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann, guildId: guild.id });
      expect(embedOf(await fake.reply(interaction)).title).toBe('Why did Stalin end the NEP?');
      expect(interaction.shard[0]).toBe(shardOf(guild.id, 2));
    }

    // Ctrl-C: SIGINT reaches the manager and both shards at once; each shard shuts down once.
    process.kill(-(bot.child.pid ?? 0), 'SIGINT');
    expect(await exitOf(bot.child, 20_000), bot.output()).toBe(0);
    expect(fake.sessions).toEqual([]);
    expect(bot.output().match(/ INFO shutting down /g)?.length, bot.output()).toBe(2);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('.lock'))).toEqual([]);
    expect(fake.rejections).toEqual([]);
  }, 60_000);

  it('runs just the shards named in SHARDS (how shards are spread over machines)', async () => {
    const { first, second, fake, bot } = await startTwoShardBot({ SHARDS: '[1]' }, 1, 20_000);
    expect(fake.sessions.map((s) => s.shard)).toEqual([[1, 2]]);
    const ann = makeUser('ann');
    expect(embedOf(await fake.reply(await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann, guildId: second.id }))).title).toBe(
      'Why did Stalin end the NEP?',
    );
    // Shard 0 runs elsewhere: nothing here serves the first server.
    await expect(fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann, guildId: first.id })).rejects.toThrow(/no ready gateway session/);
    bot.child.kill('SIGTERM');
    expect(await exitOf(bot.child, 15_000), bot.output()).toBe(0);
  }, 40_000);
});

describe('npm start under a supervisor', () => {
  const plainEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-e2e-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
    return { PATH: process.env['PATH'], HOME: process.env['HOME'], KNOWLEDGE_DIR: 'tests/fixtures/knowledge/valid', DATA_DIR: dataDir, ...extra };
  };

  it('stops with a config error, not a console no one can type in, when TUTOR_MODE=discord and the token is blank', async () => {
    const bot = startBot(plainEnv({ TUTOR_MODE: 'discord', DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' }));
    expect(await exitOf(bot.child, 20_000), bot.output()).toBe(1);
    expect(bot.output()).toContain('DISCORD_TOKEN is required when TUTOR_MODE is discord');
    expect(bot.output()).not.toContain('local console');
  }, 30_000);

  it('exits 0 from the console after a SIGTERM that saved everything (a supervisor counts 143 a failure)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env: plainEnv({}), stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    cleanups.push(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    });
    // The console prints its greeting once it runs, by which time its signal handlers are in place.
    const deadline = Date.now() + 20_000;
    while (!output.includes('local console') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    expect(await exitOf(child, 15_000), output).toBe(0);
  }, 40_000);
});
