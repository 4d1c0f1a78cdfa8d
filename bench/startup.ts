// `npm run bench`, last part: how long `npm run build` takes, and the start-up time and memory of the
// tutor compiled (dist/main.js, what `npm start` and deploy/ run after a build) against the sources run
// through tsx (what `npm start` runs without a build). Each run is the local console with piped input:
// the time until its first prompt, the time to answer one question, and the process's peak resident
// memory (RSS) over the whole run. Printed, never asserted. Run alone: `npx tsx bench/startup.ts`.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve('.');
const RUNS = 5;
const QUESTION = '/ask why did stalin end the nep';

interface Figures {
  readonly readyMs: number;
  readonly answerMs: number;
  readonly peakRssMb: number;
}

/** One run: the console until its first prompt, one question, then /quit. */
function runOnce(args: readonly string[], probe: string, keptDataDir?: string): Promise<Figures> {
  // A data folder of its own is a first start; one kept from an earlier run is a usual start (it holds
  // the fact base as loaded, src/knowledge/last-good.ts).
  const dataDir = keptDataDir ?? mkdtempSync(path.join(tmpdir(), 'tutor-startup-'));
  // DISCORD_TOKEN blank, so a developer's .env cannot put the bench on Discord.
  const env = { ...process.env, DISCORD_TOKEN: '', DATA_DIR: dataDir, KNOWLEDGE_DIR: path.join(ROOT, 'knowledge') };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probe, ...args], { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  let prompts = 0;
  let readyMs = 0;
  let answerMs = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    const seen = out.split(/(?:^|\n)> /).length - 1;
    if (seen > prompts) {
      prompts = seen;
      const now = performance.now() - started;
      if (prompts === 1) {
        readyMs = now;
        child.stdin.write(`${QUESTION}\n`);
      } else if (prompts === 2) {
        answerMs = now - readyMs;
        child.stdin.end('/quit\n');
      }
    }
  });
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (!keptDataDir) rmSync(dataDir, { recursive: true, force: true });
      const peak = /PEAK_RSS_KB (\d+)/.exec(err);
      if (code !== 0 || !peak || prompts < 2) reject(new Error(`the console run failed (exit ${code}):\n${out}\n${err}`));
      else resolve({ readyMs, answerMs, peakRssMb: Number(peak[1]) / 1024 });
    });
  });
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

const cache = path.join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
// Inside node_modules, so the compiled files find the installed packages as dist/ does.
const outDir = mkdtempSync(path.join(cache, 'tutor-bench-'));
const probeFile = path.join(outDir, 'probe.mjs');
try {
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const buildStart = performance.now();
  const build = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', path.join(outDir, 'dist')], { cwd: ROOT, encoding: 'utf8' });
  const buildMs = performance.now() - buildStart;
  if (build.status !== 0) throw new Error(`the build failed:\n${build.stdout}${build.stderr}`);
  // Loaded before the tutor: reports the process's peak RSS (kilobytes) when it exits.
  writeFileSync(probeFile, "import { writeSync } from 'node:fs';\nprocess.on('exit', () => writeSync(2, `\\nPEAK_RSS_KB ${process.resourceUsage().maxRSS}\\n`));\n");
  const probe = pathToFileURL(probeFile).href;
  // One kept data folder each: the build and the sources are different loading code (src/knowledge/last-good.ts).
  const kept = mkdtempSync(path.join(tmpdir(), 'tutor-startup-kept-'));
  const keptForSources = mkdtempSync(path.join(tmpdir(), 'tutor-startup-kept-'));
  const compiled = [path.join(outDir, 'dist', 'main.js')];
  const variants = [
    { name: 'compiled, usual start', args: compiled, dataDir: kept },
    { name: 'compiled, first start', args: compiled },
    { name: 'sources through tsx, usual start', args: ['--import', 'tsx', path.join(ROOT, 'src', 'main.ts')], dataDir: keptForSources },
  ];
  const results = variants.map(() => [] as Figures[]);
  // One warm-up each (file cache), then the runs in turn, so the machine's load falls on both alike.
  for (const v of variants) await runOnce(v.args, probe, v.dataDir);
  for (let i = 0; i < RUNS; i++) for (const [at, v] of variants.entries()) results[at]?.push(await runOnce(v.args, probe, v.dataDir));
  for (const dir of [kept, keptForSources]) rmSync(dir, { recursive: true, force: true });

  console.log(`\nStart-up, the local console (median of ${RUNS} runs each; peak RSS over the run)`);
  console.log(`  npm run build (tsc, type check included): ${(buildMs / 1000).toFixed(1)} s`);
  for (const [at, v] of variants.entries()) {
    const runs = results[at] ?? [];
    const ready = median(runs.map((r) => r.readyMs));
    const answer = median(runs.map((r) => r.answerMs));
    const rss = median(runs.map((r) => r.peakRssMb));
    console.log(`  ${v.name.padEnd(34)} first prompt ${ready.toFixed(0).padStart(5)} ms   first answer +${answer.toFixed(0).padStart(4)} ms   peak RSS ${rss.toFixed(0).padStart(4)} MB`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
