// `npm run demo`: the tutor in the local console with a few typed lines, on any system (Windows
// PowerShell has no printf). It runs `npm start`'s entry with the lines as its input, without Discord,
// and with a throwaway data folder, so it neither needs a token nor touches a running bot's scores.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const LINES = ['/topics', '/topic nep', '/ask why did stalin get rid of the nep', '/ask (a) Who was Yezhov? (b) What was the NKVD? [4]', '/quiz nep 3', 'A', 'B', 'C', '/leaderboard', '/quit'];

const main = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'main.ts');
const dataDir = mkdtempSync(path.join(tmpdir(), 'tutor-demo-'));
const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir };
delete env['DISCORD_TOKEN'];
try {
  const run = spawnSync(process.execPath, ['--import', 'tsx', main], { env, input: `${LINES.join('\n')}\n`, stdio: ['pipe', 'inherit', 'inherit'] });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
