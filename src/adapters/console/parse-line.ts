// Turns a console line like "/quiz start nep 5 20" into a command name and typed options, using the
// command's own definition: a subcommand first when it has them; integer options from the end; the
// remaining text to the string options (the last one takes the rest).
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

export function parseOptions(spec: CommandSpec, rest: string): CommandInput {
  let words = rest ? rest.split(/\s+/) : [];
  let options: readonly OptionSpec[] = spec.options ?? [];
  let subcommand: string | undefined;
  if (spec.subcommands && spec.subcommands.length > 0) {
    const named = spec.subcommands.find((s) => s.name === words[0]?.toLowerCase());
    const chosen = named ?? spec.subcommands[0];
    if (named) words = words.slice(1);
    subcommand = chosen?.name;
    options = chosen?.options ?? [];
  }
  const values: Record<string, OptionValue | undefined> = {};
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
  return subcommand ? { subcommand, options: values } : { options: values };
}
