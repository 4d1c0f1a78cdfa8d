// Autocomplete for /ask: Fuse.js over the canonical questions and their phrasings, which is what it
// does well (forgiving partial, misspelt prefixes of short strings).
import Fuse from 'fuse.js';
import type { Choice } from '../commands/types.js';
import type { QaEntry } from './schema.js';

const CHOICE_LENGTH = 100; // Discord's limit for an autocomplete choice's name and value

export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export function createQuestionAutocomplete(entries: readonly QaEntry[]): (partial: string, limit: number) => Choice[] {
  const rows = entries.flatMap((e) => [e.question, ...e.phrasings].map((text) => ({ entry: e, text })));
  const fuse = new Fuse(rows, { keys: ['text'], threshold: 0.35, ignoreLocation: true });
  const toChoice = (e: QaEntry): Choice => ({ name: clip(e.question, CHOICE_LENGTH), value: clip(e.question, CHOICE_LENGTH) });
  return (partial, limit) => {
    const q = partial.trim().slice(0, 100);
    if (!q) return entries.slice(0, limit).map(toChoice);
    const seen = new Set<QaEntry>();
    for (const r of fuse.search(q, { limit: limit * 4 })) {
      seen.add(r.item.entry);
      if (seen.size >= limit) break;
    }
    return [...seen].map(toChoice);
  };
}
