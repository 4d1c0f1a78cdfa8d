// Under a supervisor, as deployed: the built tutor is started by pm2 (deploy/ecosystem.config.cjs) or by
// the systemd user manager (deploy/tutor.service), connects to a fake Discord, is killed with SIGKILL,
// and is seen to come back and connect again. Each is skipped, saying why, where its tool is missing.
// The files' settings are used as they are, with the paths and the environment pointed at this test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, snowflake } from '../e2e/fake-discord/fake-discord.js';
import { compile, ROOT, type Build } from '../build/compile.js';
import { PM2_FILE, UNIT_FILE } from './unit-file.js';

const TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.fake.deploy-token';

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env) {
  // On Windows pm2 is pm2.cmd, which only a shell finds.
  return spawnSync(command, args, { encoding: 'utf8', timeout: 30_000, env, shell: process.platform === 'win32' });
}

function works(command: string, args: string[], env?: NodeJS.ProcessEnv): boolean {
  const r = run(command, args, env);
  return r.error === undefined && r.status === 0;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = probe();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** A fake Discord with one server, the built tutor, a data folder, and the environment that joins them. */
async function setUp(): Promise<{ fake: FakeDiscord; build: Build; dataDir: string; env: Record<string, string>; remove: () => Promise<void> }> {
  const fake = new FakeDiscord({ token: TOKEN, applicationId: snowflake(), guilds: [{ id: snowflake(), name: 'Class', channelIds: [snowflake()] }] });
  await fake.start();
  const build = compile();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-deploy-'));
  const env = {
    DISCORD_TOKEN: TOKEN,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    KNOWLEDGE_DIR: path.join(ROOT, 'tests', 'fixtures', 'knowledge', 'valid'),
    DATA_DIR: dataDir,
    SHARD_COUNT: '1',
    LOG_LEVEL: 'info',
  };
  const remove = async () => {
    await fake.stop();
    build.remove();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { fake, build, dataDir, env, remove };
}

/** Waits for the tutor to be connected, kills it, and waits for a new process to connect again. */
async function killAndSeeItComeBack(fake: FakeDiscord, mainPid: () => number | undefined): Promise<void> {
  const first = await until('the tutor to connect', () => fake.sessions.find((s) => s.ready), 30_000);
  const pid = await until('its process id', mainPid, 10_000);
  process.kill(pid, 'SIGKILL');
  await until('the killed tutor to drop its connection', () => (fake.sessions.includes(first) ? undefined : true), 10_000);
  await until('a new process', () => {
    const now = mainPid();
    return now !== undefined && now !== pid ? now : undefined;
  }, 20_000);
  await until('the restarted tutor to connect again', () => fake.sessions.find((s) => s.ready && s !== first), 30_000);
}

const pm2Home = mkdtempSync(path.join(tmpdir(), 'tutor-pm2-'));
const pm2Env = { ...process.env, PM2_HOME: pm2Home };
const hasPm2 = works('pm2', ['--version'], pm2Env);
if (!hasPm2) rmSync(pm2Home, { recursive: true, force: true });

describe.skipIf(!hasPm2)(`pm2 with deploy/ecosystem.config.cjs${hasPm2 ? '' : ' (skipped: pm2 is not on PATH)'}`, () => {
  let setup: Awaited<ReturnType<typeof setUp>> | undefined;
  beforeAll(async () => {
    setup = await setUp();
  }, 60_000);
  afterAll(async () => {
    run('pm2', ['kill'], pm2Env);
    rmSync(pm2Home, { recursive: true, force: true });
    await setup?.remove();
  }, 60_000);

  it('starts the tutor, and brings it back after it is killed', async () => {
    if (!setup) throw new Error('no setup');
    const real = (createRequire(import.meta.url)(PM2_FILE) as { apps: Record<string, unknown>[] }).apps[0];
    const app = { ...real, name: 'tutor-test', script: setup.build.entry, env: { ...(real?.['env'] as object), ...setup.env } };
    const file = path.join(pm2Home, 'ecosystem.json');
    writeFileSync(file, JSON.stringify({ apps: [app] }));
    const started = run('pm2', ['start', file], pm2Env);
    expect(started.status, started.stderr).toBe(0);
    const mainPid = () => {
      const list = JSON.parse(run('pm2', ['jlist'], pm2Env).stdout || '[]') as { name: string; pid: number; pm2_env: { status: string } }[];
      const entry = list.find((p) => p.name === 'tutor-test');
      return entry && entry.pm2_env.status === 'online' && entry.pid > 0 ? entry.pid : undefined;
    };
    await killAndSeeItComeBack(setup.fake, mainPid);
    expect(run('pm2', ['stop', 'tutor-test'], pm2Env).status).toBe(0);
  }, 90_000);
});

const hasUserSystemd = process.platform === 'linux' && works('systemctl', ['--user', 'show-environment']);

describe.skipIf(!hasUserSystemd)(`systemd with deploy/tutor.service${hasUserSystemd ? '' : ' (skipped: no systemd user manager to run it; `systemctl --user` fails)'}`, () => {
  const name = `tutor-test-${process.pid}.service`;
  const unitDir = path.join(process.env['XDG_CONFIG_HOME'] ?? path.join(homedir(), '.config'), 'systemd', 'user');
  const unitPath = path.join(unitDir, name);
  let setup: Awaited<ReturnType<typeof setUp>> | undefined;
  beforeAll(async () => {
    setup = await setUp();
  }, 60_000);
  afterAll(async () => {
    run('systemctl', ['--user', 'stop', name]);
    rmSync(unitPath, { force: true });
    run('systemctl', ['--user', 'daemon-reload']);
    run('systemctl', ['--user', 'reset-failed', name]);
    await setup?.remove();
  }, 60_000);

  it('starts the tutor, and brings it back after it is killed', async () => {
    if (!setup) throw new Error('no setup');
    const envFile = path.join(setup.dataDir, '..', `${path.basename(setup.dataDir)}.env`);
    writeFileSync(envFile, Object.entries(setup.env).map(([k, v]) => `${k}=${v}`).join('\n') + '\n');
    // A user manager runs units as its own user, and cannot set up the mount namespaces that the
    // file-system hardening needs without privileges: those lines are for the system manager.
    const systemOnly = /^(User|Group|PrivateTmp|PrivateDevices|ProtectSystem|ProtectHome|ReadWritePaths|ProtectKernelTunables|ProtectKernelModules|ProtectControlGroups|CapabilityBoundingSet)=/;
    const text = readFileSync(UNIT_FILE, 'utf8')
      .split(/\r?\n/)
      .filter((line) => !systemOnly.test(line))
      .map((line) => {
        if (line.startsWith('WorkingDirectory=')) return `WorkingDirectory=${ROOT}`;
        if (line.startsWith('EnvironmentFile=')) return `EnvironmentFile=${envFile}`;
        if (line.startsWith('ExecStart=')) return `ExecStart=${process.execPath} ${setup?.build.entry ?? ''}`;
        if (line.startsWith('WantedBy=')) return 'WantedBy=default.target';
        return line;
      })
      .join('\n');
    mkdirSync(unitDir, { recursive: true });
    writeFileSync(unitPath, text);
    try {
      expect(run('systemctl', ['--user', 'daemon-reload']).status).toBe(0);
      const started = run('systemctl', ['--user', 'start', name]);
      expect(started.status, started.stderr).toBe(0);
      const mainPid = () => {
        const pid = Number(run('systemctl', ['--user', 'show', '--property=MainPID', '--value', name]).stdout.trim());
        return pid > 0 ? pid : undefined;
      };
      await killAndSeeItComeBack(setup.fake, mainPid).catch((e: unknown) => {
        throw new Error(`${String(e)}\n${run('systemctl', ['--user', 'status', '--no-pager', '--lines=30', name]).stdout}`);
      });
      expect(Number(run('systemctl', ['--user', 'show', '--property=NRestarts', '--value', name]).stdout.trim())).toBeGreaterThanOrEqual(1);
    } finally {
      rmSync(envFile, { force: true });
    }
  }, 90_000);
});
