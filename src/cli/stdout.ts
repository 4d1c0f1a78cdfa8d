// Shared by the command-line entry points.
import { formatProblem, loadKnowledge } from '../knowledge/loader.js';
import type { KnowledgeBase } from '../knowledge/schema.js';

/** Piped into `head`, stop quietly when the reader goes away instead of throwing EPIPE. */
export function exitQuietlyWhenPipeCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** `--json` and `--batch FILE` as the batch tools take them; `batchAt` is -1 without `--batch`. */
export function batchOptions(argv: readonly string[]): { json: boolean; batchAt: number; batchFile: string | undefined } {
  const batchAt = argv.indexOf('--batch');
  return { json: argv.includes('--json'), batchAt, batchFile: batchAt >= 0 ? argv[batchAt + 1] : undefined };
}

/** The fact base for a command-line tool, or undefined after printing every problem to stderr. */
export async function loadKnowledgeForCli(dir: string): Promise<KnowledgeBase | undefined> {
  const loaded = await loadKnowledge(dir);
  if (loaded.ok) return loaded.kb;
  for (const p of loaded.problems) console.error(formatProblem(p));
  return undefined;
}
