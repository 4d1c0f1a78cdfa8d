// deploy/: the systemd unit and the pm2 file run the real built entry (what tsconfig.build.json makes
// of src/main.ts), from the tutor's folder, restart it whenever it stops, and let it write its data.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { ROOT } from '../build/compile.js';
import { PM2_FILE, readUnit, UNIT_FILE, value } from './unit-file.js';

/** Where the real build puts src/main.ts, as an absolute path. */
function builtEntry(): string {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(ROOT, 'tsconfig.build.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (d) => { throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n')); } });
  if (!parsed) throw new Error('tsconfig.build.json does not parse');
  const main = path.join(ROOT, 'src', 'main.ts');
  expect(parsed.fileNames.map((f) => path.resolve(f))).toContain(main);
  expect(parsed.fileNames.some((f) => /[\\/]tests[\\/]/.test(f)), 'the build leaves the tests out').toBe(false);
  const out = ts.getOutputFileNames(parsed, main, false).find((f) => f.endsWith('.js'));
  if (!out) throw new Error('src/main.ts is not compiled');
  return path.resolve(out);
}

const available = (command: string, args: string[]) => {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 10_000 });
  return run.error === undefined && run.status === 0;
};

describe('the build that deploy/ runs', () => {
  it('is dist/main.js, made by `npm run build`, and `npm start` prefers it', () => {
    expect(path.relative(ROOT, builtEntry()).split(path.sep).join('/')).toBe('dist/main.js');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['build']).toContain('tsc -p tsconfig.build.json');
    expect(pkg.scripts['start']).toBe('node scripts/start.mjs');
    expect(readFileSync(path.join(ROOT, 'scripts', 'start.mjs'), 'utf8')).toContain("path.join(root, 'dist', 'main.js')");
    expect(readFileSync(path.join(ROOT, '.gitignore'), 'utf8').split(/\r?\n/)).toContain('dist/');
  });
});

describe('deploy/tutor.service (systemd)', () => {
  const unit = readUnit();
  const service = (key: string) => value(unit, 'Service', key);
  const folder = service('WorkingDirectory') ?? '';

  it('runs node on the built entry from the tutor\'s folder, with its .env', () => {
    expect(path.posix.isAbsolute(folder)).toBe(true);
    const exec = (service('ExecStart') ?? '').split(/\s+/);
    expect(path.posix.isAbsolute(exec[0] ?? '')).toBe(true);
    expect(exec.slice(0, -1).some((word) => path.posix.basename(word) === 'node')).toBe(true);
    // Relative to WorkingDirectory, the same path as the build's output relative to the project.
    expect(exec.at(-1)).toBe(path.relative(ROOT, builtEntry()).split(path.sep).join('/'));
    expect(service('EnvironmentFile')).toBe(`${folder}/.env`);
  });

  it('restarts whenever it stops, after a pause, without giving up', () => {
    expect(service('Restart')).toBe('always');
    expect(Number(service('RestartSec'))).toBeGreaterThan(0);
    expect(value(unit, 'Unit', 'StartLimitIntervalSec')).toBe('0');
    // Long enough for the tutor to end its rounds and save on SIGTERM.
    expect(Number(service('TimeoutStopSec'))).toBeGreaterThanOrEqual(15);
    expect(value(unit, 'Install', 'WantedBy')).toBe('multi-user.target');
  });

  it('runs as an ordinary user, and its hardening still lets it write the data folder (and nothing else)', () => {
    expect(service('User')).toMatch(/^[a-z_][a-z0-9_-]*$/);
    expect(service('User')).not.toBe('root');
    expect(service('ProtectSystem')).toBe('strict');
    const defaults = parseConfig({});
    if (!defaults.ok) throw new Error('the default settings do not parse');
    // The default DATA_DIR (./data), from the working directory: the one place it may write.
    expect(service('ReadWritePaths')?.split(/\s+/)).toEqual([path.posix.join(folder, defaults.value.dataDir)]);
    // V8 compiles JavaScript into memory it then runs: this setting would stop node at once.
    expect(service('MemoryDenyWriteExecute')).toBeUndefined();
  });

  it('requires Discord mode, so a blank token in .env is a config error instead of a console restarted for ever', () => {
    const environment = Object.fromEntries((unit.get('Service')?.get('Environment') ?? []).map((v) => v.split('=', 2) as [string, string]));
    expect(environment['TUTOR_MODE']).toBe('discord');
    const blankEnvFile = parseConfig({ ...environment, DISCORD_TOKEN: '', DISCORD_CLIENT_ID: '' });
    expect(blankEnvFile.ok ? [] : blankEnvFile.problems.map((p) => p.variable)).toContain('DISCORD_TOKEN');
  });

  it('creates files readable by its own account only (students\' data, exports, the lock)', () => {
    expect(service('UMask')).toBe('0077');
  });

  it.skipIf(!available('systemd-analyze', ['--version']))('passes `systemd-analyze verify` without a warning (skipped where systemd-analyze is not installed)', () => {
    const run = spawnSync('systemd-analyze', ['verify', UNIT_FILE], { encoding: 'utf8', timeout: 20_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });
});

describe('deploy/ecosystem.config.cjs (pm2)', () => {
  const config = createRequire(import.meta.url)(PM2_FILE) as { apps: Record<string, unknown>[] };
  const app = config.apps[0] ?? {};

  it('runs one copy of the built entry from the tutor\'s folder', () => {
    expect(config.apps).toHaveLength(1);
    expect(app['cwd']).toBe(ROOT);
    expect(path.resolve(String(app['cwd']), String(app['script']))).toBe(builtEntry());
    // Cluster mode or more instances would start copies that the data folder's lock turns away.
    expect(app['exec_mode']).toBe('fork');
    expect(app['instances']).toBe(1);
    expect(app['watch']).toBe(false);
  });

  it('restarts it whenever it stops, after a pause, and gives it time to save when stopped', () => {
    expect(app['autorestart']).toBe(true);
    expect(Number(app['restart_delay'])).toBeGreaterThan(0);
    expect(Number(app['max_restarts'])).toBeGreaterThanOrEqual(1000);
    expect(Number(app['kill_timeout'])).toBeGreaterThanOrEqual(15_000);
  });

  it('requires Discord mode, so a blank token in .env is a config error instead of a console shown "online"', () => {
    const environment = app['env'] as Record<string, string>;
    expect(environment['TUTOR_MODE']).toBe('discord');
    const blankEnvFile = parseConfig({ ...environment, DISCORD_TOKEN: '' });
    expect(blankEnvFile.ok ? [] : blankEnvFile.problems.map((p) => p.variable)).toContain('DISCORD_TOKEN');
  });
});
