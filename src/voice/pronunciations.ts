// Applying knowledge/pronunciations.yaml: each listed word or phrase, matched whole and in any case, is
// replaced by its respelling before the speech engine sees the text ("Bukharin" → "Boo kahrin").
import type { Pronunciation } from '../knowledge/schema.js';
import { escapeRegExp } from '../matching/normalise.js';

/** Rewrites text with the respellings; longer entries first, so a phrase wins over a word inside it. */
export type Respeller = (text: string) => string;


export function createRespeller(pronunciations: readonly Pronunciation[]): Respeller {
  if (pronunciations.length === 0) return (text) => text;
  const byWord = new Map<string, string>();
  for (const p of pronunciations) byWord.set(p.word.toLowerCase().replace(/\s+/g, ' '), p.say);
  const words = [...byWord.keys()].sort((a, b) => b.length - a.length);
  // Whole words: not inside a longer word ("Kirov" is not respelled within "Kirovsk"). An apostrophe
  // may follow, so possessives ("Bukharin's") are respelled too.
  const pattern = new RegExp(`(?<![A-Za-z0-9])(?:${words.map((w) => escapeRegExp(w).replace(/ /g, '\\s+')).join('|')})(?![A-Za-z0-9])`, 'gi');
  return (text) => text.replace(pattern, (match) => byWord.get(match.toLowerCase().replace(/\s+/g, ' ')) ?? match);
}
