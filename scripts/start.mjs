// `npm start`: runs the compiled tutor (dist/main.js, made by `npm run build`) when it is there and newer
// than every source file, and the sources through tsx otherwise, so an edit is never run stale. Plain
// JavaScript with no shell syntax, so it works the same on Windows, macOS and Linux. Either way the tutor
// runs in this process: signals (Ctrl-C, a supervisor's SIGTERM) reach it directly.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = path.join(root, 'dist', 'main.js');
const source = path.join(root, 'src', 'main.ts');

/** The newest modification time among the sources and the settings they are compiled with. */
function newestSource() {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else newest = Math.max(newest, statSync(file).mtimeMs);
    }
  };
  visit(path.join(root, 'src'));
  for (const name of ['tsconfig.json', 'tsconfig.build.json']) {
    const file = path.join(root, name);
    if (existsSync(file)) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

const hasBuild = existsSync(built);
if (hasBuild && statSync(built).mtimeMs >= newestSource()) {
  await import(pathToFileURL(built).href);
} else {
  if (hasBuild) console.error('The build in dist/ is older than the sources, so the tutor runs from the sources (run `npm run build` to update it).');
  // tsx as `node --import tsx` loads it; the processes this one starts (one per shard, with SHARD_COUNT)
  // run the sources too, so they are given the same flag.
  const tsx = await import('tsx').then(
    () => import.meta.resolve('tsx'),
    () => undefined,
  );
  if (tsx === undefined) {
    console.error('The tutor is not built and tsx is not installed. Run `npm ci` and then `npm run build`.');
    process.exit(1);
  }
  process.execArgv.push('--import', tsx);
  await import(pathToFileURL(source).href);
}
