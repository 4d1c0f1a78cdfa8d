// /help: what the tutor can do, built from the command definitions so it never goes out of date.
import type { Command, CommandSpec, SubcommandSpec } from './types.js';

function usage(spec: CommandSpec): string[] {
  const line = (name: string, s: SubcommandSpec) => `\`/${name} ${s.name}${(s.options ?? []).map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('')}\` — ${s.description}`;
  if (spec.subcommands || spec.subcommandGroups)
    return [
      ...(spec.subcommands ?? []).map((s) => line(spec.name, s)),
      ...(spec.subcommandGroups ?? []).flatMap((g) => g.subcommands.map((s) => line(`${spec.name} ${g.name}`, s))),
    ];
  const args = (spec.options ?? []).map((o) => (o.required ? ` <${o.name}>` : ` [${o.name}]`)).join('');
  return [`\`/${spec.name}${args}\` — ${spec.description}`];
}

/** What the console adds to the commands (it is one terminal shared by a group). */
const CONSOLE_EXTRAS = [
  '`/as <name>` — Play as someone else (a group can share one terminal)',
  '`1`, `2`, `A`… — Press a button of the last message',
  '`/quit` — Leave',
] as const;

export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    spec: { name: 'help', description: 'What the tutor can do' },
    run(_input, ctx) {
      const inConsole = ctx.surface === 'console';
      // In a direct message only what works there: quizzes, leaderboards and the teacher's commands need a server.
      const inDm = !inConsole && ctx.guildId === null;
      const shown = commands().filter((c) => (inConsole || !c.spec.consoleOnly) && !(inDm && c.spec.guildOnly));
      const consoleExtras = inConsole ? [...CONSOLE_EXTRAS] : [];
      return {
        title: "Stalin's USSR tutor",
        body:
          "I answer questions on Stalin's USSR, 1924–1941 (GCSE and A-level) and run quiz rounds.\n\n" +
          [...shown.flatMap((c) => usage(c.spec)), ...consoleExtras].join('\n'),
        private: true,
        tone: 'info',
      };
    },
  };
}
