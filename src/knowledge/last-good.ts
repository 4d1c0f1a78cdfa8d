// The last fact base that loaded, kept in DATA_DIR: a teacher's slip in knowledge/ (a bad indent, a
// missing field) must not stop the tutor for a whole class. The bot starts on the last good copy, says
// so, and `/tutor reload` takes the edited one once it passes the check.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../store/atomic-file.js';
import { loadKnowledge, loadKnowledgeTexts, type KnowledgeProblem, type KnowledgeText } from './loader.js';
import type { KnowledgeBase } from './schema.js';

export const LAST_GOOD_FILE = 'knowledge-last-good.json';

const lastGoodSchema = z.object({
  savedAt: z.string(),
  files: z.array(z.object({ file: z.string(), text: z.string() })),
});

/** The fact base a bot runs on, and, when knowledge/ did not load, why and since when the copy dates. */
export interface LoadedKnowledge {
  readonly kb: KnowledgeBase;
  /** Set when knowledge/ has problems and the last good copy is in use. */
  readonly fallback?: { readonly problems: readonly KnowledgeProblem[]; readonly savedAt: string };
}

export type KnowledgeStart =
  | ({ readonly ok: true; /** The last good copy could not be written (the bot runs on). */ readonly saveError?: string } & LoadedKnowledge)
  | { readonly ok: false; readonly problems: readonly KnowledgeProblem[] };

async function readLastGood(dataDir: string): Promise<z.infer<typeof lastGoodSchema> | undefined> {
  try {
    const parsed = lastGoodSchema.safeParse(JSON.parse(await readFile(path.join(dataDir, LAST_GOOD_FILE), 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined; // none yet, or unreadable: there is no copy to fall back on
  }
}

/** Keeps the texts of a fact base that loaded (unchanged texts are not written again). */
export async function saveLastGood(dataDir: string, texts: readonly KnowledgeText[], now: Date): Promise<void> {
  const previous = await readLastGood(dataDir);
  if (previous && JSON.stringify(previous.files) === JSON.stringify(texts)) return;
  await mkdir(dataDir, { recursive: true });
  await writeFileAtomically(path.join(dataDir, LAST_GOOD_FILE), JSON.stringify({ savedAt: now.toISOString(), files: texts }));
}

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
export async function reloadKnowledge(
  knowledgeDir: string,
  dataDir: string,
  now: Date,
): Promise<KnowledgeStart> {
  const loaded = await loadKnowledge(knowledgeDir);
  if (!loaded.ok) return loaded;
  // The bot runs on the edited fact base even if the copy cannot be written; the caller logs why.
  const saveError = await saveLastGood(dataDir, loaded.texts ?? [], now).then(
    () => undefined,
    (err: unknown) => (err instanceof Error ? err.message : String(err)),
  );
  return { ok: true, kb: loaded.kb, ...(saveError ? { saveError } : {}) };
}
