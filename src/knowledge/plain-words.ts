// What a slip in a fact base file means, in words a teacher can act on. The YAML parser and zod name what
// they could not read ("Nested mappings are not allowed in compact mappings", "expected string, received
// object"); a teacher needs the likely cause (a colon, a line indented too far) and what to do about it.
import { isMap, isScalar, isSeq, type LineCounter, type YAMLError } from 'yaml';
import { typoDistance } from '../matching/vocabulary.js';

/** Up to this many ids are listed when none is close to the one written: more would bury the problem. */
const FEW_IDS = 8;

/** The parser's first error about a file, said as its likely cause, or the parser's own words if none fits. */
export function yamlSlipMessage(error: YAMLError, source: string): string {
  const parserWords = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? error.message;
  const at = error.linePos?.[0];
  const lines = source.split(/\r?\n/);
  const text = at ? (lines[at.line - 1] ?? '') : '';
  const indent = (line: string) => line.length - line.trimStart().length;
  switch (error.code) {
    case 'TAB_AS_INDENT':
      return 'this line is indented with a tab: YAML needs spaces (set your editor to type spaces for the Tab key)';
    case 'BLOCK_AS_IMPLICIT_KEY': {
      if (!at) break;
      if (/^A block sequence/.test(parserWords)) {
        // A "-" indented less than the list it belongs to: name the line it should line up with.
        const above = lines.slice(0, at.line - 1).findLastIndex((l) => /^\s*-(\s|$)/.test(l) && indent(l) !== indent(text));
        return above >= 0
          ? `the "-" on this line is not lined up with the "-" on line ${above + 1}: indent it the same`
          : 'the "-" on this line is not lined up with the list above it: indent it the same';
      }
      // A value with ": " in it reads as a new field; a next line indented further reads as part of this one.
      const value = text.slice(at.col - 1);
      const colon = /^(.*?\S):(\s|$)/.exec(value);
      if (colon) return `the colon after "${colon[1]}" makes this line read as a new "name: value" field: put the whole value in quotes, e.g. ${quoted(value.trim())}`;
      const next = lines.slice(at.line).findIndex((l) => l.trim() !== '');
      const nextLine = next >= 0 ? lines[at.line + next] : undefined;
      if (nextLine !== undefined && indent(nextLine) > indent(text))
        return `line ${at.line + next + 1} is indented further than this line, so it reads as part of this value: line it up with the fields above it`;
      break;
    }
    case 'BAD_INDENT': {
      const flow = /^Flow (sequence|map)/.exec(parserWords);
      if (!flow) return 'this line is not lined up with the fields above it: indent it the same';
      const [open, close] = flow[1] === 'sequence' ? ['[', ']'] : ['{', '}'];
      const count = (line: string, c: string) => line.split(c).length - 1;
      const opened = lines.slice(0, at?.line ?? 0).findLastIndex((l) => count(l, open) > count(l, close));
      return `the "${open}" ${opened >= 0 ? `on line ${opened + 1} ` : ''}is never closed: close it with "${close}"`;
    }
    case 'MISSING_CHAR': {
      if (/^Missing closing "quote/.test(parserWords)) {
        const opened = lines.slice(0, at?.line ?? 0).findLastIndex((l) => l.split('"').length % 2 === 0);
        return `the quote ${opened >= 0 ? `opened on line ${opened + 1} ` : ''}is never closed: end the text with another "`;
      }
      if (/^Sequence item without - indicator/.test(parserWords)) return 'this line is not lined up with the fields above it: indent it the same';
      break;
    }
    case 'MULTILINE_IMPLICIT_KEY': {
      const noSpace = /^\s*(?:-\s+)?([\w-]+):(\S.*)$/.exec(text);
      if (noSpace) return `put a space after the colon: ${noSpace[1]}: ${noSpace[2]}`;
      // A list item ran on over the "-" lines under it, and a colon in them made the whole a "name: value" pair.
      const next = at ? lines[at.line] : undefined;
      if (at && next !== undefined && /^\s*-\s/.test(text) && /^\s*-\s/.test(next) && indent(next) > indent(text))
        return `the "-" on line ${at.line + 1} is indented further than the "-" on this line, so it reads as part of this line: line up the "-" of every line of the list`;
      break;
    }
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([\w-]+)\s*:/.exec(text)?.[1];
      return key ? `"${key}" is given twice in the same entry: keep one` : 'a field is given twice in the same entry: keep one';
    }
  }
  return parserWords;
}

/** A value as it would be written in double quotes. */
const quoted = (text: string) => JSON.stringify(text);

interface Located {
  readonly node: unknown;
  readonly source: string;
  readonly lines: LineCounter;
}

/**
 * A list item whose text ran on over the lines under it: their "-" is indented further than its own, so
 * YAML read "- a\n  - b\n  - c" as one item "a - b - c". Says which lines, or undefined if it did not happen.
 */
export function swallowedLinesMessage({ node, source, lines }: Located): string | undefined {
  if (!isScalar(node) || node.type !== 'PLAIN' || !node.range) return undefined;
  const [start, end] = node.range;
  const runOn = source.slice(start, end).split(/\r?\n/).slice(1);
  if (!runOn.some((l) => /^\s*-(\s|$)/.test(l))) return undefined;
  const first = lines.linePos(start).line;
  const last = first + runOn.length;
  const which = last === first + 1 ? `line ${last} was` : `lines ${first + 1} to ${last} were`;
  return `${which} read as part of this line, because ${last === first + 1 ? 'its' : 'their'} "-" is indented further than the "-" on line ${first}: line up the "-" of every line of the list`;
}

/** Why a value is not the text the field needs, when YAML read it as something else; undefined otherwise. */
export function notTextMessage({ node, source }: Omit<Located, 'lines'>): string | undefined {
  if (isMap(node) && node.range) {
    const written = source.slice(node.range[0], node.range[1]).trim();
    return `this line reads as a "name: value" pair because of the colon in it: put the whole text in quotes, e.g. ${quoted(written)}`;
  }
  if (isSeq(node)) return 'this reads as a list, not as text: if it is one text, put it in quotes';
  if (!isScalar(node)) return undefined;
  if (node.value === null) {
    const line = node.range ? source.slice(0, node.range[0]).split('\n').length : undefined;
    const text = line ? (source.split(/\r?\n/)[line - 1] ?? '') : '';
    return text.includes('#') ? 'is empty: everything after a "#" is a comment, so put the value in quotes' : 'is empty';
  }
  if ((typeof node.value === 'number' || typeof node.value === 'boolean') && node.range) {
    const written = source.slice(node.range[0], node.range[1]).trim();
    return `reads as a ${typeof node.value === 'number' ? 'number' : 'yes/no value'}, not as text: put it in quotes, e.g. ${quoted(written)}`;
  }
  return undefined;
}

/** How many letters a slip may get wrong and still be taken for a word: one in three, at least one. */
const slipAllowance = (word: string) => Math.max(1, Math.floor(word.length / 3));

/** The known words closest to a slip ("gulg" → gulag), several if tied; none when none is close enough to be meant. */
export function closestTo(word: string, known: Iterable<string>): string[] {
  const max = slipAllowance(word);
  let best = max + 1;
  let closest: string[] = [];
  for (const candidate of new Set(known)) {
    const distance = typoDistance(word.toLowerCase(), candidate.toLowerCase(), max);
    if (distance < best) [best, closest] = [distance, [candidate]];
    else if (distance === best && distance <= max) closest.push(candidate);
  }
  return closest;
}

/** "a", "a" or "b", "a", "b" or "c": the words as a teacher would list them. */
const listed = (words: readonly string[], last: 'or' | 'and') =>
  words.length <= 1 ? words.map(quoted).join('') : `${words.slice(0, -1).map(quoted).join(', ')} ${last} ${quoted(words.at(-1) ?? '')}`;

/**
 * An id no entry has, with what was likely meant: the closest id, or the ids themselves when there are few, or
 * else the file that lists them when one does. `kind` names what the ids are ("topic", "source").
 */
export function unknownIdMessage(kind: string, id: string, known: readonly string[], listedIn?: string): string {
  const unknown = `unknown ${kind} "${id}"`;
  const closest = closestTo(id, known);
  if (closest.length > 0) return `${unknown}: did you mean ${listed(closest, 'or')}?`;
  if (known.length === 0) return `${unknown}: there is no ${kind} yet`;
  if (known.length === 1) return `${unknown}: the only ${kind} is ${listed(known, 'and')}`;
  if (known.length <= FEW_IDS) return `${unknown}: the ${kind}s are ${listed(known, 'and')}`;
  return listedIn ? `${unknown}: no ${kind} in ${listedIn} has this id` : unknown;
}

/**
 * A field name the schema does not know (a section, at the top of a file): the closest it knows, since a
 * misspelt name is the usual slip, or the names it knows when none is close.
 */
export function unknownKeyMessage(key: string, known: readonly string[], what: 'section' | 'field'): string {
  const closest = closestTo(key, known);
  if (closest.length > 0) return `"${key}" is not a ${what}: did you mean ${listed(closest, 'or')}?`;
  return known.length > 0 ? `"${key}" is not a ${what}: the ${what}s here are ${listed(known, 'and')}` : `"${key}" is not a ${what}`;
}
