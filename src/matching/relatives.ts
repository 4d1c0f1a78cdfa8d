// A possessive naming a member of someone's family ("Stalin's wife", "Lenin's wife", "Mandelstam's wife") names that
// relative, not the one whose relative they are: "how did Stalin's wife die" asks how Nadezhda Alliluyeva died, not how
// Stalin did. Read from the person cards of the fact base (an alias "Stalin's wife", a role "Stalin's second wife, …"),
// so a card added later is read too; a relative with no card of their own is left as typed.
import type { AnswerEntry } from '../knowledge/answerable.js';
import { normaliseText } from './normalise.js';
import type { Lexicon } from './vocabulary.js';

/** Everyday English words for a member of someone's family. */
const KIN_WORDS = [
  'wife', 'wives', 'husband', 'widow', 'widower', 'son', 'sons', 'daughter', 'daughters', 'child', 'children', 'mother', 'father',
  'brother', 'brothers', 'sister', 'sisters', 'stepson', 'stepdaughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'uncle', 'aunt',
];
const KIN = new Set(KIN_WORDS);
/** Words telling one relative of a kind from another ("his second wife", "her eldest son"). */
const WHICH = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'elder', 'eldest', 'older', 'oldest', 'younger', 'youngest']);

/** A possessive relative as a card words it, whole or at the start of its role: "Stalin's wife", "Stalin's second wife, who…". */
const POSSESSIVE = new RegExp(String.raw`^((?:[A-Za-z-]+ ){0,2}[A-Za-z-]+)['’]s (?:([a-z]+) )?(${KIN_WORDS.join('|')})\b`);

interface Relative {
  /** The card's name, as a question would type it. */
  readonly name: string;
  /** The owner's words before the surname ("osip" of "Osip Mandelstam's wife"), which a question may leave out. */
  readonly ownerBefore: readonly string[];
  /** Which of the kind ("second"), when the card says. */
  readonly which?: string;
}

/**
 * A reader putting, in normalised text, each possessive relative a person card names ("stalin wife", "stalins second
 * wife") in place of that card's name ("nadezhda alliluyeva"). Left as typed when no card names the relative, when two
 * cards fit, or when the question's "first" is not the card's "second".
 */
export function createRelativeReader(entries: readonly AnswerEntry[], termsOf: Lexicon['termsOf']): (normalised: string) => string {
  // By the owner's surname, as a term, and the kin word.
  const relatives = new Map<string, Relative[]>();
  const termOf = (word: string) => termsOf([word])[0] ?? word;
  for (const entry of entries) {
    if (entry.kind !== 'person' || !entry.names?.length) continue;
    const name = normaliseText(entry.names[0] ?? '');
    // Its role is read from the phrasing the cards are given with it ("Nadezhda Alliluyeva: Stalin's second wife, …").
    const role = entry.phrasings.find((p) => p.startsWith(`${entry.names?.[0]}: `))?.slice((entry.names[0] ?? '').length + 2);
    // One relative a card may name twice ("Stalin's wife", "Stalin's second wife"): which of the kind, where either says.
    const own = new Map<string, Relative>();
    for (const text of [...entry.names, ...(role ? [role] : [])]) {
      const m = POSSESSIVE.exec(text);
      if (!m) continue;
      const owner = normaliseText(m[1] ?? '').split(' ');
      const which = m[2] && WHICH.has(m[2].toLowerCase()) ? m[2].toLowerCase() : undefined;
      if (m[2] && !which) continue;
      const key = `${termOf(owner.at(-1) ?? '')} ${m[3]?.toLowerCase()}`;
      const before = own.get(key);
      const ownerBefore = owner.length - 1 > (before?.ownerBefore.length ?? -1) ? owner.slice(0, -1) : (before?.ownerBefore ?? []);
      const said = which ?? before?.which;
      own.set(key, { name, ownerBefore, ...(said ? { which: said } : {}) });
    }
    for (const [key, relative] of own) relatives.set(key, [...(relatives.get(key) ?? []), relative]);
  }
  if (relatives.size === 0) return (normalised) => normalised;
  const read = (normalised: string): string => {
    const words = normalised.split(' ');
    if (!words.some((w) => KIN.has(w))) return normalised;
    for (let i = 1; i < words.length; i++) {
      const kin = words[i] as string;
      if (!KIN.has(kin)) continue;
      const which = WHICH.has(words[i - 1] ?? '') ? (words[i - 1] as string) : undefined;
      const at = which ? i - 2 : i - 1;
      const owner = words[at];
      if (at < 0 || owner === undefined) continue;
      // "stalin" of "Stalin's", or "stalins" typed without the apostrophe.
      const fits = (relatives.get(`${termOf(owner)} ${kin}`) ?? relatives.get(`${termOf(owner.replace(/s$/, ''))} ${kin}`) ?? []).filter(
        (r) => !which || !r.which || r.which === which,
      );
      const names = [...new Set(fits.map((r) => r.name))];
      if (names.length !== 1) continue;
      const relative = fits[0] as Relative;
      // The owner's first names too, when typed ("osip mandelstam's wife").
      let start = at;
      for (let k = relative.ownerBefore.length - 1; k >= 0 && start > 0 && words[start - 1] === relative.ownerBefore[k]; k--) start--;
      // The kin word is gone from what is read again, so each relative is read once.
      return read([...words.slice(0, start), names[0] as string, ...words.slice(i + 1)].join(' '));
    }
    return normalised;
  };
  return read;
}
