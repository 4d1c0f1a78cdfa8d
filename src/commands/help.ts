// /help: what the tutor can do, built from the command definitions so it never goes out of date. Students'
// commands come first; the teachers' (Manage Server) follow in a section of their own, shown only to those
// who can use them, as a student's /help was lost among some twenty teacher tools.
import { MESSAGES, REVIEW_MESSAGES, VOICE_MESSAGES } from '../messages.js';
import { ANSWER_KEYS, KEYS } from './keys.js';
import type { Command, CommandContext, CommandSpec, SubcommandSpec } from './types.js';

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

/** A key with the button it presses, as the console lists it ("V read aloud"). */
const keyFor = (key: string, label: string) => `${key} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

/** The console's keys, from where the buttons and the console take them (./keys.ts), so this list cannot name a key they do not. */
function consoleKeys(): string {
  const afterAnswer = [keyFor(KEYS.notWhatIAsked, MESSAGES.askFeedbackButton), keyFor(KEYS.remember, REVIEW_MESSAGES.rememberButton), keyFor(KEYS.readAloud, VOICE_MESSAGES.readAloudButton)];
  const review = [keyFor(KEYS.showAnswer, REVIEW_MESSAGES.showButton), keyFor(KEYS.nextCard, REVIEW_MESSAGES.nextButton), keyFor(KEYS.stopReview, REVIEW_MESSAGES.stopButton)];
  return (
    `Keys (type one, then Enter; each reply lists its own): 1 to 9 press its numbered buttons; after an answer ${afterAnswer.join(', ')}; ` +
    `in /review ${review.join(', ')}; ${KEYS.startHomework} starts homework; in a quiz ${ANSWER_KEYS.first} to ${ANSWER_KEYS.last} answer, ` +
    `and ${KEYS.repeatQuestion} says the question and its choices again with the time left`
  );
}

/** What the console adds to the commands (it is one terminal shared by a group). */
const consoleExtras = () => [
  '`/as <name>` — Play as someone else (a group can share one terminal); `/as <name> out` leaves a round',
  consoleKeys(),
  'Start options: `npm start -- --plain` for a screen reader (plain text: no decoration, emoji or pictures); `npm start -- --no-images` leaves pictures out',
  '`/quit` — Leave',
];

/** The teachers' section: their commands for those with Manage Server, a line saying where they are for others in a server. */
function teachersSection(teachers: readonly Command[], ctx: CommandContext): string[] {
  if (teachers.length === 0) return [];
  if (!ctx.canManageServer) return ['', MESSAGES.helpTeachersHidden];
  return ['', MESSAGES.helpTeachers, ...teachers.flatMap((c) => usage(c.spec))];
}

export function createHelpCommand(commands: () => readonly Command[]): Command {
  return {
    spec: { name: 'help', description: 'What the tutor can do' },
    run(_input, ctx) {
      const inConsole = ctx.surface === 'console';
      // In a direct message only what works there: quizzes, leaderboards and the teacher's commands need a server.
      const inDm = !inConsole && ctx.guildId === null;
      const shown = commands().filter((c) => c.spec.name !== 'help' && (inConsole || !c.spec.consoleOnly) && !(inDm && c.spec.guildOnly));
      const students = shown.filter((c) => !c.spec.manageServer);
      const extras = inConsole ? consoleExtras() : [];
      return {
        title: "Stalin's USSR tutor",
        body: [
          "I answer questions on Stalin's USSR, 1924–1941 (GCSE and A-level) and run quiz rounds.",
          '',
          MESSAGES.helpStudents,
          ...students.flatMap((c) => usage(c.spec)),
          ...extras,
          ...teachersSection(
            shown.filter((c) => c.spec.manageServer),
            ctx,
          ),
        ].join('\n'),
        private: true,
        tone: 'info',
      };
    },
  };
}
