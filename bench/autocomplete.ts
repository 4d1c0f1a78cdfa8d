// /ask's autocomplete, for `npm run bench`: how long it takes per keystroke, and how often it offers the
// question meant. The partials are what a class would type: the fact base's questions and phrasings as
// they are typed, two letters at a time, some with a slip (two letters swapped), and a few long pastes.
// Every timed partial is new to the autocomplete; a fresh one is built per run. Printed, never asserted.
import { performance } from 'node:perf_hooks';
import { createQuestionAutocomplete } from '../src/knowledge/question-autocomplete.js';
import type { KnowledgeBase, QaEntry } from '../src/knowledge/schema.js';
import { seededRandom } from '../src/quiz/clock.js';

export function benchAutocomplete(kb: KnowledgeBase): void {
  // Seeded, so every run uses the same partials.
  const random = seededRandom(20240611);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  /** Swaps two neighbouring letters somewhere in the text: the commonest slip. */
  function slip(text: string): string {
    if (text.length < 4) return text;
    const i = 1 + Math.floor(random() * (text.length - 2));
    return `${text.slice(0, i)}${text[i + 1] ?? ''}${text[i] ?? ''}${text.slice(i + 2)}`;
  }

  /** What a student types for an entry: its question (a third of the time) or one of its phrasings, maybe with a slip. */
  function typedFor(entry: QaEntry): string {
    const text = (random() < 0.3 ? entry.question : pick(entry.phrasings)).toLowerCase();
    return random() < 0.35 ? slip(text) : text;
  }

  const typed = Array.from({ length: 100 }, () => {
    const entry = pick(kb.questions);
    return { entry, text: typedFor(entry) };
  });
  const partials = new Map<string, QaEntry>();
  for (const { entry, text } of typed) for (let n = 2; n <= Math.min(text.length, 70); n += 2) partials.set(text.slice(0, n), entry);
  const pastes = Array.from({ length: 20 }, () => `${pick(typed).text} ${pick(typed).text} ${pick(typed).text} ${pick(typed).text}`);
  const list = [...partials.keys(), ...pastes];

  const buildStart = performance.now();
  const autocomplete = createQuestionAutocomplete(kb.questions);
  const buildMs = performance.now() - buildStart;
  for (const p of list.slice(0, 20)) autocomplete(`${p}#warm-up`, 25); // warms the JIT on partials not timed

  const times: number[] = [];
  let counted = 0;
  let first = 0;
  let top5 = 0;
  let top25 = 0;
  for (const p of list) {
    const start = performance.now();
    const choices = autocomplete(p, 25);
    times.push(performance.now() - start);
    const entry = partials.get(p);
    if (!entry || p.length < 10) continue;
    const rank = choices.findIndex((c) => c.value === entry.question);
    counted += 1;
    if (rank === 0) first += 1;
    if (rank >= 0 && rank < 5) top5 += 1;
    if (rank >= 0) top25 += 1;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const mean = times.reduce((s, t) => s + t, 0) / times.length;
  const again = list.slice(-500).reverse(); // recent enough to be remembered
  const cachedStart = performance.now();
  for (const p of again) autocomplete(p, 25);
  const cachedMean = (performance.now() - cachedStart) / again.length;
  const pct = (n: number) => `${((100 * n) / counted).toFixed(1)}%`;

  console.log(`/ask autocomplete: ${kb.questions.length} questions, ${kb.questions.reduce((n, q) => n + q.phrasings.length, 0)} phrasings, ${list.length} partials`);
  console.log(`  build ${buildMs.toFixed(1)} ms`);
  console.log(`  per new partial: mean ${mean.toFixed(2)} ms · p50 ${at(0.5).toFixed(2)} ms · p90 ${at(0.9).toFixed(2)} ms · p99 ${at(0.99).toFixed(2)} ms · max ${(times.at(-1) ?? 0).toFixed(2)} ms`);
  console.log(`  a partial asked again: mean ${cachedMean.toFixed(3)} ms`);
  console.log(`  the question meant, for ${counted} partials of 10 or more characters: first ${pct(first)} · in the first 5 ${pct(top5)} · in all 25 ${pct(top25)}`);
}
