// Who came after whom in a post, as the person cards say it: "succeeded Kirov as Leningrad party boss" on Zhdanov's
// card, "In November 1938 Yezhov was replaced by Beria" on Yezhov's. /ask answers "who succeeded Kirov?" with the card
// of the one who came after him (src/matching/ask-question.ts); follow-up.ts reads the first kind for "who replaced him?".
import type { AnswerEntry } from '../knowledge/answerable.js';
import { escapeRegExp, normaliseText, sentencesOf } from './normalise.js';

/** One who came after a man: his card and the sentence of a card saying so. */
export interface Successor {
  readonly entry: AnswerEntry;
  readonly said: string;
}

/** A person card's role line, kept as its phrasing "Name: role". */
function roleOf(card: AnswerEntry): string | undefined {
  const name = card.names?.[0];
  const line = name ? card.phrasings.find((p) => p.startsWith(`${name}: `)) : undefined;
  return line?.slice((name?.length ?? 0) + 2);
}

const surnameOf = (name: string) => name.split(' ').at(-1) ?? name;
/** A name as written in a card: a capitalised first name before the surname, or the surname alone. */
const written = (surnames: string) => String.raw`(?:[A-Z][a-z]+ )?(${surnames})\b(?!['’])`;

/** A word every sentence read for a succession holds. */
const SUCCESSION_WORD = /\b(?:succeeded|replaced|took over|in place of|took charge)\b/;

/**
 * By a man's surname as normalised, the person cards of those who came after him, each with the sentence saying it:
 * the successor's own card ("succeeded Kirov as…", "after Kirov's murder… he replaced him"), or the man's ("he was
 * replaced as head of government by Molotov", "replaced him with Yezhov", "he was succeeded by Kliment Voroshilov").
 */
export function successorsAmong(entries: readonly AnswerEntry[]): Map<string, Successor[]> {
  const people = entries.filter((e) => e.kind === 'person' && (e.names?.length ?? 0) > 0);
  const bySurname = new Map<string, AnswerEntry>();
  for (const p of people) bySurname.set(surnameOf(p.names?.[0] ?? ''), p);
  const surnames = [...bySurname.keys()].filter((s) => /^[A-Z][a-z]+$/.test(s)).sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const found = new Map<string, Successor[]>();
  const add = (before: string, after: AnswerEntry, said: string) => {
    const key = normaliseText(before);
    const list = found.get(key) ?? [];
    if (!list.some((s) => s.entry.id === after.id)) found.set(key, [...list, { entry: after, said }]);
  };
  if (!surnames) return found;
  const cameAfter = new RegExp(
    String.raw`\b(?:succeeded|replaced|took over from|in place of) ${written(surnames)}|\bafter (${surnames})['’]s (?:murder|death|fall|arrest|removal|execution|dismissal|killing)\b[^.]*\b(?:took over|took charge|replaced|succeeded)\b`,
  );
  for (const card of people) {
    const own = surnameOf(card.names?.[0] ?? '');
    // Only sentences with a word of succession are read: the surnames' patterns are slow to try on every sentence.
    const sentences = [roleOf(card) ?? '', ...sentencesOf(card.answer)].filter((s) => s && SUCCESSION_WORD.test(s));
    if (sentences.length === 0) continue;
    // The successor's card: he came after another.
    for (const sentence of sentences) {
      const m = cameAfter.exec(sentence);
      const before = m?.[1] ?? m?.[2];
      if (before && before !== own) add(before, card, sentence);
    }
    // The man's own card: he was replaced by another ("he" in his card is mostly him).
    const him = `(?:${escapeRegExp(own)}|[Hh]e|him)`;
    const replacedBy = [
      new RegExp(String.raw`\b${him} was (?:replaced|succeeded) (?:as [a-z ]+ |in [A-Z][a-z]+ )?by (?:[A-Z][a-z]+['’]s [a-z]+ )?${written(surnames)}`),
      new RegExp(String.raw`\breplaced ${him} with ${written(surnames)}`),
    ];
    for (const sentence of sentences) {
      const after = replacedBy.map((re) => re.exec(sentence)?.[1]).find(Boolean);
      const next = after ? bySurname.get(after) : undefined;
      if (next && after !== own) add(own, next, sentence);
    }
  }
  return found;
}
