// The last fact base that loaded, kept in DATA_DIR: a teacher's slip in knowledge/ (a bad indent, a
// missing field) must not stop the tutor for a whole class. The bot starts on the last good copy, says
// so, and `/tutor reload` takes the edited one once it passes the check.
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { writeFileAtomically } from '../store/atomic-file.js';
import { loadKnowledgeTexts, readKnowledgeTexts, type KnowledgeProblem, type KnowledgeText } from './loader.js';
import type { KnowledgeBase } from './schema.js';

export const LAST_GOOD_FILE = 'knowledge-last-good.json';

const lastGoodSchema = z.object({
  savedAt: z.string(),
  files: z.array(z.object({ file: z.string(), text: z.string() })),
  /**
   * The fact base as these texts load, and which loading code made it: a start with the same texts and the
   * same code takes it as it is, without parsing the YAML again (most of the start-up time).
   */
  loaded: z.object({ by: z.string(), kb: z.unknown() }).optional(),
});

/**
 * Which loading code this is: a hash of the modules that parse and assemble the fact base, as they are on
 * disk (sources through tsx, or the build). A new version of them makes a kept fact base be loaded afresh.
 */
let loaderIdentity: Promise<string> | undefined;
function currentLoader(): Promise<string> {
  loaderIdentity ??= (async () => {
    const here = fileURLToPath(import.meta.url);
    const ext = path.extname(here);
    const hash = createHash('sha256');
    for (const name of ['loader', 'schema', 'limits']) hash.update(await readFile(path.join(path.dirname(here), `${name}${ext}`), 'utf8').catch(() => name));
    return hash.digest('hex').slice(0, 16);
  })();
  return loaderIdentity;
}

/** The fact base a bot runs on, and, when knowledge/ did not load, why and since when the copy dates. */
export interface LoadedKnowledge {
  readonly kb: KnowledgeBase;
  /** Set when knowledge/ has problems and the last good copy is in use. */
  readonly fallback?: { readonly problems: readonly KnowledgeProblem[]; readonly savedAt: string };
}

export type KnowledgeStart =
  | ({ readonly ok: true; /** The last good copy could not be written (the bot runs on). */ readonly saveError?: string } & LoadedKnowledge)
  | { readonly ok: false; readonly problems: readonly KnowledgeProblem[] };

type LastGood = z.infer<typeof lastGoodSchema>;

async function readLastGood(dataDir: string): Promise<LastGood | undefined> {
  try {
    const parsed = lastGoodSchema.safeParse(JSON.parse(await readFile(path.join(dataDir, LAST_GOOD_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // none yet, or unreadable: there is no copy to fall back on
  }
}

/** Keeps the texts of a fact base that loaded, and the fact base they make (unchanged, they are not written again). */
async function saveLastGood(dataDir: string, previous: LastGood | undefined, texts: readonly KnowledgeText[], kb: KnowledgeBase, now: Date): Promise<void> {
  const by = await currentLoader();
  if (previous && sameTexts(previous.files, texts) && previous.loaded?.by === by) return;
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomically(path.join(dataDir, LAST_GOOD_FILE), JSON.stringify({ savedAt: now.toISOString(), files: texts, loaded: { by, kb } }));
}

const sameTexts = (a: readonly KnowledgeText[], b: readonly KnowledgeText[]) =>
  a.length === b.length && a.every((x, i) => x.file === b[i]?.file && x.text === b[i]?.text);

/**
 * knowledge/ when it loads (and it becomes the last good copy); otherwise the last good copy with the
 * problems that kept knowledge/ out; otherwise the problems.
 */
export async function loadKnowledgeOrLastGood(knowledgeDir: string, dataDir: string, now: Date): Promise<KnowledgeStart> {
  const edited = await reloadKnowledge(knowledgeDir, dataDir, now);
  if (edited.ok) return edited;
  const copy = await readLastGood(dataDir);
  const restored = copy ? loadKnowledgeTexts(copy.files) : undefined;
  if (!copy || !restored?.ok) return edited;
  return { ok: true, kb: restored.kb, fallback: { problems: edited.problems, savedAt: copy.savedAt } };
}

/** What a reload changed, in a teacher's words: "2 questions added, 1 changed; 3 quiz questions removed". */
export function describeKnowledgeChanges(before: KnowledgeBase, after: KnowledgeBase): string {
  const sections: [string, readonly { id: string }[], readonly { id: string }[]][] = [
    ['topics', before.topics, after.topics],
    ['questions', before.questions, after.questions],
    ['quiz questions', before.quiz, after.quiz],
    ['people', before.people, after.people],
    ['terms', before.terms, after.terms],
    ['dates', before.events, after.events],
    ['exam skills', before.skills, after.skills],
  ];
  const lines = sections.flatMap(([name, old, now]) => {
    const was = new Map(old.map((e) => [e.id, JSON.stringify(e)]));
    const is = new Map(now.map((e) => [e.id, JSON.stringify(e)]));
    const added = [...is.keys()].filter((id) => !was.has(id)).length;
    const removed = [...was.keys()].filter((id) => !is.has(id)).length;
    const changed = [...is].filter(([id, text]) => was.has(id) && was.get(id) !== text).length;
    const parts = [added && `${added} added`, changed && `${changed} changed`, removed && `${removed} removed`].filter(Boolean);
    return parts.length > 0 ? [`${name}: ${parts.join(', ')}`] : [];
  });
  if (JSON.stringify(before.vocabulary) !== JSON.stringify(after.vocabulary)) lines.push('the words /ask reads changed');
  return lines.length > 0 ? lines.join('; ') : 'nothing changed';
}

/** The fact base in knowledge/ (at start, or for /tutor reload): when it passes the check it becomes the last good copy too. */
export async function reloadKnowledge(knowledgeDir: string, dataDir: string, now: Date): Promise<KnowledgeStart> {
  const read = await readKnowledgeTexts(knowledgeDir);
  if (!read.ok) return read;
  // The same texts as the kept copy, loaded by the same code: the fact base they made, as it was.
  const kept = await readLastGood(dataDir);
  if (kept?.loaded && kept.loaded.by === (await currentLoader()) && sameTexts(kept.files, read.texts)) return { ok: true, kb: kept.loaded.kb as KnowledgeBase };
  const loaded = loadKnowledgeTexts(read.texts);
  if (!loaded.ok) return loaded;
  // The bot runs on the edited fact base even if the copy cannot be written; the caller logs why.
  const saveError = await saveLastGood(dataDir, kept, read.texts, loaded.kb, now).then(
    () => undefined,
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
  return { ok: true, kb: loaded.kb, ...(saveError ? { saveError } : {}) };
}
