// Historians' books as the notes give them ("Fitzpatrick's Everyday Stalinism (1999)", "Robert Conquest (The Great Terror,
// 1968)"), for the marker to flag a book credited to another historian ("as Robert Conquest showed in Everyday
// Stalinism": a blind A-level trial's slip that was credited). Strict on purpose: only titles written with their year in
// the notes, owned by the historians named just before them (co-authors all own it), and a sentence is flagged only
// when it names the title and a historian who is none of its owners, and no owner.
import type { KnowledgeBase } from '../knowledge/schema.js';
import { escapeRegExp } from '../matching/normalise.js';

export interface Book {
  readonly title: string;
  /** The historians' ids the notes give it to. */
  readonly owners: ReadonlySet<string>;
  /** The year the notes give it. */
  readonly year: string;
}

/** Title-case words of a book's title ("Origins of the Great Purges"): capitals, with small joining words between. */
const TITLE = String.raw`[A-Z][\w'’-]*(?: (?:of|the|and|in|a|an|to|for|on|as|at|from|with|[A-Z][\w'’-]*))*[\w'’-]*`;
/** "Everyday Stalinism (1999)" and "(The Great Terror, 1968)". */
const WITH_YEAR = new RegExp(String.raw`\((${TITLE}), (?:1[89]|20)\d\d\)|(${TITLE}) \((?:1[89]|20)\d\d\)`, 'g');
/** Before a title, words that show it is the end of a longer one ("Russia under the Old Regime", "Stalin: A New Biography…"). */
const FRAGMENT_BEFORE = /\b(?:the|under|of|and|a|an)\s$|:\s$/i;
/** Where a clause breaks before a title: its author is named after the last. */
const CLAUSE_BREAK = /[.;:!?,]\s|\b(?:but|while|whereas|unlike|than|not|who|which|against)\b/;
/** Words of a publisher or journal, or a subtitle alone ("A Biography"): no title to check. */
const NOT_A_TITLE = /\b(?:Press|University|Studies|Journal|Review)\b|^An? (?:\w+ )?(?:History|Biography|Reassessment|Study|Life)$/;

/** Whether words read as a title are one: two words or more, no person's name, publisher or bare subtitle. */
function isTitle(title: string, firstNames: ReadonlySet<string>, personNames: ReadonlySet<string>): boolean {
  const words = title.split(' ');
  // "David Hoffmann in Stalinist Values": a historian and a book, not one title.
  const namedFirst = firstNames.has(words[0] ?? '') || /^[A-Z][a-z]+ [A-Z][a-z]+ in /.test(title);
  return words.length >= 2 && !personNames.has(title) && !namedFirst && !NOT_A_TITLE.test(title);
}
/** How far before a title its author's name may stand in the notes. */
const OWNER_REACH = 60;

const surnameOf = (name: string): string => (name.split(/\s+/).at(-1) ?? '').toLowerCase();

/** The notes' historians, each by the names a text may give them (surname, aliases). */
export function historianNames(kb: KnowledgeBase, isHistorian: (id: string) => boolean): { id: string; names: RegExp }[] {
  return kb.people
    .filter((p) => isHistorian(p.id))
    .map((p) => {
      const names = [...new Set([surnameOf(p.name), ...p.aliases.map((a) => a.toLowerCase())])].filter((n) => n.length >= 3);
      return { id: p.id, names: new RegExp(`\\b(?:${names.map(escapeRegExp).join('|')})\\b`, 'i') };
    });
}

/** The books the notes date, each with the historians named just before it (or the card's own historian). */
export function knownBooks(kb: KnowledgeBase, isHistorian: (id: string) => boolean): Book[] {
  const historians = historianNames(kb, isHistorian);
  const personNames = new Set(kb.people.flatMap((p) => [p.name, ...p.aliases]));
  const firstNames = new Set(kb.people.map((p) => p.name.split(/\s+/)[0] ?? '').filter((n) => n.length > 2));
  const owners = new Map<string, Set<string>>();
  const years = new Map<string, string>();
  const read = (text: string, own?: string) => {
    for (const m of text.matchAll(WITH_YEAR)) {
      const title = (m[1] ?? m[2] ?? '').replace(/^(?:In |His |Her )(?=[A-Z])/, '');
      const start = m.index + (m[1] !== undefined ? 1 : 0) + (m[0].length - m[0].replace(/^\(?(?:In |His |Her )/, '').length);
      if (!isTitle(title, firstNames, personNames) || FRAGMENT_BEFORE.test(text.slice(0, start))) continue;
      // The names just before it, in its clause: "R. W. Davies and Stephen Wheatcroft (The Years of Hunger, 2004)".
      const before = text.slice(Math.max(0, m.index - OWNER_REACH), m.index).split(CLAUSE_BREAK).at(-1) ?? '';
      const named = historians.filter((h) => h.names.test(before)).map((h) => h.id);
      const by = named.length > 0 ? named : own ? [own] : [];
      if (by.length === 0) continue;
      owners.set(title, new Set([...(owners.get(title) ?? []), ...by]));
      if (!years.has(title)) years.set(title, /(?:1[89]|20)\d\d/.exec(m[0])?.[0] ?? '');
    }
  };
  for (const p of kb.people) if (isHistorian(p.id)) read(p.summary, p.id);
  for (const e of kb.questions) read(e.answer);
  for (const q of kb.practice) {
    for (const p of q.points) read(p.point);
    for (const x of [...(q.extract ? [q.extract] : []), ...(q.extracts ?? [])])
      for (const title of x.work.split(/ and (?=[A-Z])/)) read(`${kb.people.find((p) => p.id === x.historian)?.name ?? ''} ${title}`);
  }
  // A title that is also a name of the course ("The Great Terror", "The Great Retreat") or only people ("Hitler and
  // Stalin") is how students name those things, not the book.
  const courseNames = [...kb.terms.flatMap((t) => [t.term, ...t.aliases]), ...kb.topics.flatMap((t) => [t.title, ...t.aliases])].map((x) => x.toLowerCase());
  const surnames = new Set(kb.people.map((p) => p.name.split(/\s+/).at(-1) ?? ''));
  const ordinary = (title: string) => {
    const bare = title.replace(/^The /, '').toLowerCase();
    return courseNames.some((n) => n.includes(bare)) || title.split(' ').every((w) => w === 'and' || surnames.has(w));
  };
  return [...owners].filter(([title]) => !ordinary(title)).map(([title, by]) => ({ title, owners: by, year: years.get(title) ?? '' }));
}

/**
 * A book given to a historian who did not write it: the sentence names one of the notes' books and a historian who is
 * none of its owners, and no owner. The book and the historian named, or undefined.
 */
export function bookMisattributed(text: string, books: readonly Book[], historians: readonly { id: string; names: RegExp }[]): { book: Book; said: string } | undefined {
  for (const book of books) {
    // As a title is written, capitals and all: "the great retreat" in a sentence is no book.
    if (!text.includes(book.title) && !text.includes(book.title.replace(/^The /, ''))) continue;
    const named = historians.filter((h) => h.names.test(text)).map((h) => h.id);
    if (named.length === 0 || named.some((id) => book.owners.has(id))) continue;
    return { book, said: named[0] as string };
  }
  return undefined;
}

