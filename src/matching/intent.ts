// What kind of answer a question asks for, read from its wording: its causes ("why", "what led to"), its
// results ("what effect"), figures ("how many"), a date ("when"), a person ("who"), a judgement ("how far",
// "was it a success") or a method ("how did", "in what ways"). Two entries about the same thing usually
// differ in exactly this, so the matcher prefers the entry whose own question asks for the same kind.
import { normaliseText } from './normalise.js';

export type Intent = 'cause' | 'result' | 'figures' | 'date' | 'person' | 'judgement' | 'method';

// Checked in order on normalised text. A result asked with a causal verb ("what did the famine cause",
// "what did it lead to") is caught before the causal patterns see the verb.
// "Succeeded" is a judgement when it ends its clause or is followed by "in", "at"… ("did collectivisation succeed", "how far
// did Stalin succeed in…"); with an object it means "came after" ("who succeeded Lenin"), which asks for a person.
const RULES: ReadonlyArray<readonly [Intent, RegExp]> = [
  ['result', /\b(results?|effects?|consequences?|impacts?|outcomes?|aftermath|affect(s|ed)?|what happened (after|next|to|as a result))\b|\bwhat did\b.*\b(cause|lead to)\b|\bdid\b.*\blead to\b/],
  // "What were the gulags used for?", "what was the NEP for": its purpose, as "why" asks (not "what was Kirov known for").
  ['cause', /\b(why|y|whys|reasons?|causes?|caused|motives?|motivation|motivated|purpose)\b|\bled to\b|\bpoint of\b|\bwhat made\b|\b(?:used|use) for$|^(?:what|wat|wot) (?:was|were|is|are) (?:the |a |an )?\w+(?: (?!known|famous|remembered|best|responsible|noted)\w+)? for$/],
  ['figures', /\b(how|hw) (many|mny|much|big|large)\b|\b(numbers?|figures?|statistics|stats|toll|percent|percentage|tonnes|tons|output)\b/],
  ['date', /\b(when|wen|timeline|chronology|dates?)\b|\b(what|which) year\b|\bhow long\b/],
  ['person', /\b(who|whom|whose)\b/],
  ['judgement', /\bhow (far|successful|effective|important|significant|much did .* change)\b|\b(what|which) extent\b|\b(success|successful|assess|evaluate|worth it|did (it|they) work)\b|\b(?:strengthen(?:ed)?|weaken(?:ed)?) or (?:strengthen(?:ed)?|weaken(?:ed)?)\b|\bbe judged\b|\bgood or bad\b|\ba good leader\b|^(?:so |and |but )?(?:did|does|do)(?: \w+){1,5} work(?:ed)?(?: out| well| overall| economically| in the end)?$|\bsucceed(?:s|ed)?\b(?= (?:in|at|with|because|by|and|or|but|for|as|though|then|under|really|overall|completely|fully|economically|politically|socially)\b|$)|^(?:when |how )?(?:did|does|do|has|have|had|was|were)\b.*\b(?:meet|meets|met|reach|reached|achieve|achieved|fulfil|fulfill|fulfilled|hit) (?:its |their |the |all |any )?(?:\w+ )?(?:targets?|quotas?)\b/],
  ['method', /\bhow (did|do|does|was|were|could|can|is|are)\b|\b(methods?|ways?|means|tactics)\b/],
];

/** "Why was X significant/important", "explain why X was so significant": a question of significance asked with "why". */
const WHY_SIGNIFICANT = /\bexplain why\b(?:(?!\bbecause\b).)*\b(?:was|were|is|are)(?: so| very| particularly)? (?:significant|important)\s*$|^why (?:was|were|is|are) .+ (?:significant|important)\s*$/;

/** Kinds of answer an entry gives only when its own question asks for them: a "when" or "who" is often said in passing. */
export const EXPLAINED_INTENTS: ReadonlySet<Intent> = new Set(['cause', 'result', 'judgement']);

/** The kinds of answer the text asks for (often none: "the gulag", "explain the purges"). */
export function intentsOf(text: string): Set<Intent> {
  return readIntents(normaliseText(text));
}

/** The same, for text already normalised (normaliseText). */
export function readIntents(s: string): Set<Intent> {
  const found = new Set<Intent>();
  for (const [intent, pattern] of RULES) {
    // "result" caught a causal verb used for results: don't read the same words as a cause.
    if (intent === 'cause' && found.has('result') && !/\b(why|y|reasons?|motives?)\b/.test(s)) continue;
    if (pattern.test(s)) found.add(intent);
  }
  // "Explain why the purge of the Red Army was significant": its importance, told by what it led to, not its causes.
  if (found.has('cause') && WHY_SIGNIFICANT.test(s)) {
    found.delete('cause');
    found.add('result');
  }
  // "How many…", "how far…", "how long…" are not questions of method.
  if (found.has('method') && (found.has('result') || found.has('figures') || found.has('judgement') || found.has('date')) && !/\b(methods?|ways?|means|tactics)\b/.test(s))
    found.delete('method');
  return found;
}
