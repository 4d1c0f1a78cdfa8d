// Turns a console line like "/quiz start nep 5 20" into a command name and typed options, using the
// command's own definition: a subcommand first when it has them; a list's number first to the option that picks
// from that list ("/quiz 6 3": topic 6); integer options from the end; the remaining text to the string options
// (the last one takes the rest). Options may also be named as on
// Discord ("/quiz start topic:nep questions:5", "/tutor fairness mode:on"), which is how the tutor's
// own hints write them, or named after the others at the end ("/quiz nep 3 voice:true").
import type { CommandSpec, CommandInput, OptionSpec, OptionValue } from '../../commands/types.js';

export interface ParsedLine {
  readonly name: string;
  readonly rest: string;
}

export function splitCommandLine(line: string): ParsedLine | undefined {
  const m = /^\/(\S+)\s*(.*)$/s.exec(line.trim());
  if (!m) return undefined;
  return { name: (m[1] ?? '').toLowerCase(), rest: (m[2] ?? '').trim() };
}

/** A first word that names no subcommand where the default subcommand takes no options ("/tutor bogus"). */
export function unknownSubcommand(spec: CommandSpec, rest: string): string | undefined {
  const first = rest.split(/\s+/)[0]?.toLowerCase();
  const fallback = spec.subcommands?.[0];
  if (!first || !fallback || spec.subcommands?.some((s) => s.name === first) || spec.subcommandGroups?.some((g) => g.name === first)) return undefined;
  return (fallback.options ?? []).length === 0 ? first : undefined;
}

export function parseOptions(spec: CommandSpec, rest: string): CommandInput {
  let words = rest ? rest.split(/\s+/) : [];
  let options: readonly OptionSpec[] = spec.options ?? [];
  let subcommand: string | undefined;
  // "/tutor homework set …": a group, then one of its subcommands (its first when none is named).
  const group = spec.subcommandGroups?.find((g) => g.name === words[0]?.toLowerCase());
  if (group) {
    const named = group.subcommands.find((s) => s.name === words[1]?.toLowerCase());
    const chosen = named ?? group.subcommands[0];
    words = words.slice(named ? 2 : 1);
    const values = namedValues(chosen?.options ?? [], words) ?? positionalValues(chosen?.options ?? [], words);
    return { group: group.name, ...(chosen ? { subcommand: chosen.name } : {}), options: values };
  }
  if (spec.subcommands && spec.subcommands.length > 0) {
    const named = spec.subcommands.find((s) => s.name === words[0]?.toLowerCase());
    const chosen = named ?? spec.subcommands[0];
    if (named) words = words.slice(1);
    subcommand = chosen?.name;
    options = chosen?.options ?? [];
  }
  const values = namedValues(options, words) ?? positionalValues(options, words);
  return subcommand ? { subcommand, options: values } : { options: values };
}

type Values = Record<string, OptionValue | undefined>;

const typed = (option: OptionSpec, text: string): OptionValue | undefined =>
  option.type === 'integer' ? (/^-?\d+$/.test(text) ? Number(text) : undefined) : text || undefined;

/**
 * The option of `options` (one `fits` allows) that a word such as "topic:nep" names, and what follows its colon
 * (perhaps nothing); undefined when the word names none.
 */
function nameOf(options: readonly OptionSpec[], word: string, fits: (option: OptionSpec) => boolean = () => true): { option: OptionSpec; start: string } | undefined {
  const m = /^([a-z-]+):(.*)$/i.exec(word);
  const option = m ? options.find((o) => o.name === m[1]?.toLowerCase() && fits(o)) : undefined;
  return option && m ? { option, start: m[2] ?? '' } : undefined;
}

/** "topic:nep questions:5": each name's value runs to the next name. Undefined when the line starts otherwise. */
function namedValues(options: readonly OptionSpec[], words: readonly string[]): Values | undefined {
  if (!words[0] || !nameOf(options, words[0])) return undefined;
  const collected = new Map<OptionSpec, string[]>();
  let current: string[] = [];
  for (const word of words) {
    const named = nameOf(options, word);
    if (named) collected.set(named.option, (current = named.start ? [named.start] : []));
    else current.push(word);
  }
  const values: Values = {};
  for (const [option, parts] of collected) values[option.name] = typed(option, parts.join(' '));
  return values;
}

/** An option that takes a word, not free text: a yes or no, a number, or one of its choices. */
const takesWord = (option: OptionSpec) => option.type === 'boolean' || option.type === 'integer' || (option.choices?.length ?? 0) > 0;

/**
 * "voice:true" or "questions:3" after options given in order: taken off the end, so the words before them go
 * to the options in order. Only options that take a word: "kind:" inside free text stays part of that text.
 */
function trailingNamed(options: readonly OptionSpec[], words: string[]): Values {
  const values: Values = {};
  for (;;) {
    // The words are split at spaces: a value is the rest of its word, and must not be empty ("voice:").
    const named = nameOf(options, words[words.length - 1] ?? '', takesWord);
    if (!named?.start || named.option.name in values) return values;
    words.pop();
    values[named.option.name] = typed(named.option, named.start);
  }
}

/**
 * The option a number typed first names a place in a list for: "/quiz 6 3" is topic 6 (as /topics numbers the topics,
 * and "/topic 6" opens the sixth), 3 questions, never 6 questions on every topic. So where the first option picks an
 * item of a list (it takes text, and Discord completes it), a number of one or two digits first is that item's number.
 * A year ("/timeline 1928 1932") is no place in a list.
 */
function listPlace(options: readonly OptionSpec[], words: readonly string[]): OptionSpec | undefined {
  const first = options[0];
  return first?.type === 'string' && first.autocomplete === true && /^\d{1,2}$/.test(words[0] ?? '') ? first : undefined;
}

/**
 * "/quiz nep 3 10 dates": a last word that is exactly one of a choice option's values ("dates") is that option, as
 * "kind:dates" would be, when the words before it still leave the option that takes text something. Free text never
 * loses its only word this way ("/ask dates" asks about dates).
 */
function trailingChoices(options: readonly OptionSpec[], words: string[], values: Values): void {
  for (;;) {
    const last = words[words.length - 1]?.toLowerCase();
    const option = options.find((o) => !(o.name in values) && (o.choices ?? []).some((c) => c.value.toLowerCase() === last));
    if (!option || last === undefined || words.length < 2) return;
    words.pop();
    values[option.name] = option.choices?.find((c) => c.value.toLowerCase() === last)?.value;
  }
}

function positionalValues(all: readonly OptionSpec[], words: string[]): Values {
  const values: Values = trailingNamed(all, words);
  trailingChoices(all, words, values);
  // "/tutor missed-delete all": a yes-or-no option named alone is a yes, where no option takes text.
  if (!all.some((o) => o.type === 'string' || o.type === 'user'))
    for (const o of all.filter((o) => o.type === 'boolean' && !(o.name in values))) {
      const at = words.findIndex((w) => w.toLowerCase() === o.name);
      if (at < 0) continue;
      values[o.name] = true;
      words.splice(at, 1);
    }
  const listed = listPlace(all.filter((o) => !(o.name in values)), words);
  if (listed) values[listed.name] = words.shift();
  const options = all.filter((o) => !(o.name in values));
  const integers = options.filter((o) => o.type === 'integer');
  const trailing: string[] = [];
  while (trailing.length < integers.length && words.length > 0 && /^-?\d+$/.test(words[words.length - 1] ?? '')) {
    trailing.unshift(words.pop() ?? '');
  }
  integers.forEach((o, i) => {
    const w = trailing[i];
    if (w !== undefined) values[o.name] = Number(w);
  });
  const strings = options.filter((o) => o.type === 'string' || o.type === 'user');
  strings.forEach((o, i) => {
    const taken = i === strings.length - 1 ? words.splice(0).join(' ') : words.shift();
    if (taken) values[o.name] = taken;
  });
  return values;
}
