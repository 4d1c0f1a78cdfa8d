// /tutor: the teacher's commands. `missed` lists what the tutor could not answer here (`missed-delete` deletes
// an entry by its number, or all, after a confirmation button),
// `reset-leaderboard` clears the server's scores after a confirmation button, `fairness on|off`
// switches flat scoring (every correct answer 1000 points, no speed or streak bonus), `level gcse|a-level|all`
// picks quiz questions for the class (GCSE leaves out A-level-only ones, src/quiz/fairness.ts), `board
// aqa|edexcel|ocr|eduqas|any` the exam board whose papers /ask's exam advice and /practice follow
// (src/commands/exam-advice.ts, src/practice/history.ts); each without its option says the setting as it is. `forget` and `export` cover every record this server keeps of a student
// (`export user:` one student's alone, for their request for a copy). Neither reaches their direct messages with
// the tutor, which belong to no server (and, on Discord, to another process): the student deletes or gets those
// with /forget-me and /my-data in a DM, as the replies say. `retention` sets how long activity is kept (the
// bot's default, RETENTION_DAYS, without one). All need Manage
// Server: Discord hides the command from others by default, and every handler checks again, since a
// server can override the default.
import { SettingNotSavedError, type LeaderboardService } from '../leaderboard/service.js';
import { DATA_MESSAGES, MESSAGES } from '../messages.js';
import type { Matcher } from '../matching/matcher.js';
import type { MissedQuestions } from '../missed/missed-questions.js';
import type { AskAgain } from '../missed/recheck.js';
import type { ClassLevel } from '../quiz/fairness.js';
import { clip } from '../knowledge/question-autocomplete.js';
import type { ExamBoard, KnowledgeBase } from '../knowledge/schema.js';
import { KEYS } from './keys.js';
import { topicTitles } from './quiz-view.js';
import { findStudent, keepsAnything, knownStudents, namesResembling, studentRecords, unnamedStudents, type StudentRecords } from '../report/student-data.js';
import type { Retention } from '../leaderboard/retention.js';
import { RETENTION_LIMITS, type GuildDocument } from '../store/schema.js';
import { exportFileNames, exportFiles, studentDataReply } from './data-export.js';
import { MISSED_DELETE_SUBCOMMAND, MISSED_DELETE_VERB, MISSED_KEEP_VERB, missedDeleteAction, missedDeletePrompt, missedReply } from './missed.js';
import { isUserId } from './stats.js';
import { encodeAction } from './router.js';
import type { ActionHandler, Choice, Command, CommandContext, CommandInput, Reply, SubcommandGroupSpec, SubcommandSpec } from './types.js';
import { integerOption, shownAsTyped, stringOption } from './types.js';

export const TUTOR_ACTION = 'tutor';

export const TUTOR_DEFAULTS = Object.freeze({
  /** How long the reset confirmation button stays valid. */
  resetConfirmMs: 2 * 60 * 1000,
});

export interface TutorDeps {
  /** The list, and deleting from it (/tutor missed-delete). */
  readonly missed: Pick<MissedQuestions, 'list' | 'remove'>;
  /** Asks the missed questions again, so those the notes now answer drop off the list. */
  readonly matcher: Pick<Matcher, 'match' | 'entry'>;
  /** How they are asked again (a follow-up with the answer it followed); each alone by default. */
  readonly askAgain?: AskAgain;
  /** Topic titles, for the export's CSV. */
  readonly kb: Pick<KnowledgeBase, 'topics'>;
  readonly leaderboard: Pick<LeaderboardService, 'resetOnce' | 'resetSince' | 'flatScoring' | 'setFlatScoring' | 'quizLevel' | 'setQuizLevel' | 'examBoard' | 'setExamBoard' | 'document'>;
  /** Deletes everything kept about one student in a server (src/commands/privacy.ts); resolves whether there was anything. */
  readonly forgetStudent: (guildId: string, userId: string) => Promise<boolean>;
  /**
   * How many days of activity are kept: set (null: the bot's default, RETENTION_DAYS) with a sweep at once, and
   * the period that applies, as the daily sweep reads it (src/leaderboard/retention.ts).
   */
  readonly retention: Pick<Retention, 'setRetention' | 'periodOf' | 'defaultDays'>;
  readonly now: () => Date;
  /** /tutor reload, and the note /tutor missed shows while the last good fact base is in use (src/app.ts). */
  readonly knowledge?: {
    readonly reload: () => Promise<{ readonly ok: true; readonly changes: string } | { readonly ok: false; readonly problems: readonly string[] }>;
    readonly note: () => string | undefined;
  };
  /** More teacher tools with handlers of their own (homework, the class report, teacher settings: issue 14). */
  readonly extensions?: readonly TutorExtension[];
}

/**
 * Teacher tools kept in modules of their own: their subcommands (and groups) join /tutor's, and their
 * handler gets the requests for them. Each checks who may use it (a teacher role, not only Manage Server).
 */
export interface TutorExtension {
  readonly subcommands?: readonly SubcommandSpec[];
  readonly groups?: readonly SubcommandGroupSpec[];
  run(input: CommandInput, ctx: CommandContext): Promise<Reply> | Reply;
  /** Suggestions for one of its options, by name; undefined for an option it does not have. */
  autocomplete?(option: string, partial: string, ctx: CommandContext): readonly Choice[] | undefined;
}

const handles = (e: TutorExtension, input: CommandInput) =>
  input.group ? (e.groups ?? []).some((g) => g.name === input.group) : (e.subcommands ?? []).some((s) => s.name === input.subcommand);

/** Problems listed in a /tutor reload reply; the rest are counted (kb check lists them all). */
const RELOAD_PROBLEMS_SHOWN = 8;

const refusal = (body: string): Reply => ({ body, private: true, tone: 'error' });

/** The class typed or chosen ("gcse", "a-level", "A level", "all"): null for every class, undefined when it is none. */
function classLevel(value: string | undefined): ClassLevel | null | undefined {
  const typed = value?.toLowerCase().replace(/[\s_-]+/g, '');
  if (typed === 'gcse') return 'gcse';
  if (typed === 'alevel' || typed === 'alevels') return 'a-level';
  if (typed === 'all' || typed === 'both') return null;
  return undefined;
}

/**
 * The board typed or chosen ("aqa", "Edexcel", "Pearson Edexcel", "WJEC Eduqas", "any"): null for any board,
 * undefined when it names none.
 */
function examBoardTyped(value: string | undefined): ExamBoard | null | undefined {
  const typed = value?.toLowerCase().replace(/[\s_-]+/g, '');
  if (typed === 'aqa') return 'aqa';
  if (typed === 'edexcel' || typed === 'pearson' || typed === 'pearsonedexcel') return 'edexcel';
  if (typed === 'ocr') return 'ocr';
  if (typed === 'eduqas' || typed === 'wjec' || typed === 'wjeceduqas') return 'eduqas';
  if (typed === 'any' || typed === 'none' || typed === 'all' || typed === 'default') return null;
  return undefined;
}

/** The server id when the user may act as a teacher there, else the reply that says why not. */
function teacherGuild(ctx: CommandContext): { guildId: string } | { refusal: Reply } {
  if (ctx.guildId === null) return { refusal: refusal(MESSAGES.tutorServerOnly) };
  if (!ctx.canManageServer) return { refusal: refusal(MESSAGES.needsManageServer) };
  return { guildId: ctx.guildId };
}

/** What /tutor forget says it deleted, in the order /privacy lists it. */
function forgottenParts(kept: StudentRecords): string[] {
  const P = MESSAGES.tutorForgetParts;
  return [
    kept.scores ? P.scores : undefined,
    kept.practice > 0 ? P.practice(kept.practice) : undefined,
    kept.cards > 0 ? P.cards(kept.cards) : undefined,
    kept.homework > 0 ? P.homework(kept.homework) : undefined,
    kept.days > 0 ? P.days(kept.days) : undefined,
    kept.hiddenName ? P.hiddenName : undefined,
    kept.examDate ? P.examDate : undefined,
  ].filter((p): p is string => p !== undefined);
}

/** Ids listed when a name matches no one; the export lists them all. */
const UNNAMED_SHOWN = 10;

/** A mention's id ("<@123>" → "123"), else the query as typed. */
const shownId = (query: string) => query.trim().replace(/^<@!?(\d+)>$/, '$1');

/** What a reply about a name no record has says, by the subcommand it answers. */
interface UnknownNameWords {
  readonly unknown: (name: string) => string;
  readonly didYouMean: (names: readonly string[]) => string;
  readonly knownById: (ids: readonly string[], more: number) => string;
}

const FORGET_WORDS: UnknownNameWords = { unknown: MESSAGES.tutorForgetUnknownName, didYouMean: MESSAGES.tutorForgetDidYouMean, knownById: MESSAGES.tutorForgetKnownById };
const EXPORT_WORDS: UnknownNameWords = { unknown: DATA_MESSAGES.exportUnknownName, didYouMean: DATA_MESSAGES.exportDidYouMean, knownById: DATA_MESSAGES.exportKnownById };

/**
 * A name no record has, while some students are known only by id (a reset removes names) or by a name it
 * matches partly: not a definite "nothing kept", but those students, so the teacher can pick. Undefined when
 * every known student has a name and none is like this one: then nothing is kept about them, for certain.
 */
function unknownNameBody(
  doc: GuildDocument,
  known: ReturnType<typeof knownStudents>,
  query: string,
  shown: string,
  ctx: CommandContext,
  words: UnknownNameWords = FORGET_WORDS,
): string | undefined {
  const resembling = namesResembling(doc, query, known).map((n) => shownAsTyped(ctx, n));
  const unnamed = unnamedStudents(doc, known).map((id) => (isUserId(id) ? `<@${id}>` : id));
  if (resembling.length + unnamed.length === 0) return undefined;
  return [
    words.unknown(shown),
    resembling.length > 0 ? words.didYouMean(resembling) : undefined,
    unnamed.length > 0 ? words.knownById(unnamed.slice(0, UNNAMED_SHOWN), unnamed.length - UNNAMED_SHOWN) : undefined,
  ]
    .filter((s): s is string => s !== undefined)
    .join(' ');
}

/** The student a teacher typed or picked, found by any record the server keeps, with how to show them. */
function studentNamed(doc: GuildDocument, query: string, ctx: CommandContext, words: UnknownNameWords) {
  // Who the server's records know, worked out once for the lookup, the name and the list of the unnamed.
  const known = knownStudents(doc);
  const userId = findStudent(doc, query, known);
  const name = userId === undefined ? undefined : known.get(userId);
  // Discord passes a user id, shown as a mention (which names them without pinging); the console, what was typed.
  const shown = isUserId(userId ?? query) ? `<@${userId ?? query}>` : shownAsTyped(ctx, (name ?? query).slice(0, 40));
  const unsure = userId === undefined && !isUserId(shownId(query)) ? unknownNameBody(doc, known, query, shown, ctx, words) : undefined;
  return { userId, shown, unsure };
}

/**
 * /tutor forget: the student found by any record the server keeps (not only the leaderboard, which a reset
 * empties) by id, mention or name, and everything /forget-me deletes in a server deleted here; the reply says
 * what went, and that what their direct messages with the tutor keep is theirs to delete with /forget-me in a DM.
 */
async function forget(deps: TutorDeps, guildId: string, query: string, ctx: CommandContext): Promise<Reply> {
  const doc = await deps.leaderboard.document(guildId);
  const { userId, shown, unsure } = studentNamed(doc, query, ctx, FORGET_WORDS);
  if (unsure) return { body: unsure, private: true, tone: 'info' };
  const kept = userId === undefined ? undefined : studentRecords(doc, userId);
  if (userId === undefined || kept === undefined || !keepsAnything(kept))
    return { body: `${MESSAGES.tutorForgetNothing(shown)} ${DATA_MESSAGES.forgetNotDms}`, private: true, tone: 'info' };
  await deps.forgetStudent(guildId, userId);
  return { body: `${MESSAGES.tutorForgetDone(shown, forgottenParts(kept))} ${DATA_MESSAGES.forgetNotDms}`, private: true, tone: 'success' };
}

/**
 * /tutor export user: one student's data alone, as a JSON file for their request for a copy: what this server
 * keeps. What their direct messages keep the student gets with /my-data in a DM (the reply says so): DMs belong
 * to no server, so a teacher of one cannot read them.
 */
async function exportStudent(deps: TutorDeps, guildId: string, query: string, ctx: CommandContext): Promise<Reply> {
  const doc = await deps.leaderboard.document(guildId);
  const { userId, shown, unsure } = studentNamed(doc, query, ctx, EXPORT_WORDS);
  if (unsure) return { body: unsure, private: true, tone: 'info' };
  const nothing = DATA_MESSAGES.exportStudentNothing(shown);
  if (userId === undefined) return { body: nothing, private: true, tone: 'info' };
  const source = { kb: deps.kb, leaderboard: deps.leaderboard, periodOf: (id: string) => deps.retention.periodOf(id), now: deps.now };
  return studentDataReply(source, userId, { place: 'server', guildId }, { done: (file) => DATA_MESSAGES.exportStudentDone(shown, file), nothing });
}

function resetPrompt(deps: TutorDeps): Reply {
  const expires = deps.now().getTime() + TUTOR_DEFAULTS.resetConfirmMs;
  return {
    title: MESSAGES.tutorResetTitle,
    body: MESSAGES.tutorResetConfirm,
    buttons: [
      { action: encodeAction(TUTOR_ACTION, 'reset', String(expires)), label: MESSAGES.tutorResetConfirmButton, style: 'danger', key: KEYS.confirm },
      { action: encodeAction(TUTOR_ACTION, 'cancel', String(expires)), label: MESSAGES.tutorResetCancelButton, style: 'secondary', key: KEYS.cancel },
    ],
    private: true,
    tone: 'info',
  };
}

export function createTutorCommand(deps: TutorDeps): Command {
  return {
    spec: {
      name: 'tutor',
      description: 'Teacher tools: unanswered questions, leaderboard reset, fair scoring, quiz level, exam board',
      guildOnly: true,
      manageServer: true,
      // Every teacher tool answers privately; reload and export take seconds on a small machine.
      replies: 'private',
      subcommands: [
        { name: 'missed', description: 'The questions I could not answer in this server' },
        MISSED_DELETE_SUBCOMMAND,
        {
          name: 'retention',
          description: "Delete students' activity older than this many days (30–3650; 0: the bot's default period)",
          options: [
            {
              name: 'days',
              description: "Days to keep, 30 to 3650 (0: the bot's default); leave empty to see the period that applies",
              type: 'integer',
              min: 0,
              max: RETENTION_LIMITS.maxDays,
            },
          ],
        },
        {
          name: 'export',
          description: "This server's data as files, for the school's records; user: one student's data alone",
          slow: true,
          options: [{ name: 'user', description: "Only this student's data in this server, for their request for a copy", type: 'user' }],
        },
        {
          name: 'forget',
          description: "Delete everything the tutor keeps about one student in this server",
          options: [{ name: 'user', description: 'The student', type: 'user', required: true }],
        },
        { name: 'reset-leaderboard', description: "Erase this server's leaderboard (asks to confirm)" },
        { name: 'reload', description: 'Load the edited fact base (knowledge/) without a restart, if it passes the check', slow: true },
        {
          name: 'fairness',
          description: 'Fair scoring: every correct answer earns the same, however fast',
          options: [
            {
              name: 'mode',
              description: 'on: 1000 per correct answer; off: speed and streak bonuses; leave empty to see the current setting',
              type: 'string',
              choices: [
                { name: 'on (1000 per correct answer)', value: 'on' },
                { name: 'off (speed and streak bonuses)', value: 'off' },
              ],
            },
          ],
        },
        {
          name: 'level',
          description: 'Pick quiz questions for the class: GCSE leaves out the hard, A-level-only ones',
          options: [
            {
              name: 'class',
              description: 'gcse: no A-level-only questions; a-level or all (default): every question; empty: see it',
              type: 'string',
              choices: [
                { name: 'GCSE (no A-level-only questions)', value: 'gcse' },
                { name: 'A-level (every question)', value: 'a-level' },
                { name: 'all classes (every question; the default)', value: 'all' },
              ],
            },
          ],
        },
        {
          name: 'board',
          description: "The class's exam board: /ask's exam advice and /practice follow its papers",
          options: [
            {
              name: 'board',
              description: 'aqa, edexcel, ocr or eduqas; any (default): no one board; leave empty to see it',
              type: 'string',
              choices: [
                { name: 'AQA', value: 'aqa' },
                { name: 'Edexcel (Pearson)', value: 'edexcel' },
                { name: 'OCR', value: 'ocr' },
                { name: 'Eduqas (WJEC)', value: 'eduqas' },
                { name: 'any board (the default)', value: 'any' },
              ],
            },
          ],
        },
        ...(deps.extensions ?? []).flatMap((e) => e.subcommands ?? []),
      ],
      subcommandGroups: (deps.extensions ?? []).flatMap((e) => e.groups ?? []),
    },
    autocomplete(option, partial, ctx) {
      for (const e of deps.extensions ?? []) {
        const choices = e.autocomplete?.(option, partial, ctx);
        if (choices) return choices;
      }
      return [];
    },
    async run(input, ctx) {
      const extension = (deps.extensions ?? []).find((e) => handles(e, input));
      if (extension) return extension.run(input, ctx);
      const teacher = teacherGuild(ctx);
      if ('refusal' in teacher) return teacher.refusal;
      switch (input.subcommand) {
        case 'reset-leaderboard':
          return resetPrompt(deps);
        case 'retention': {
          const defaultDays = deps.retention.defaultDays;
          const days = integerOption(input, 'days');
          // No days (the option is optional): the period that applies, as level, fairness and timezone say theirs.
          if (days === undefined) {
            const period = await deps.retention.periodOf(teacher.guildId);
            return { body: `${MESSAGES.tutorRetentionNow(period.days, period.ownSetting, defaultDays)} ${MESSAGES.tutorRetentionChange}`, private: true, tone: 'info' };
          }
          // 0 goes back to the default; nothing is kept forever, nor for less than a month.
          if (days !== 0 && !(days >= RETENTION_LIMITS.minDays && days <= RETENTION_LIMITS.maxDays)) return refusal(MESSAGES.tutorRetentionOutOfRange(days, RETENTION_LIMITS.minDays, RETENTION_LIMITS.maxDays, defaultDays));
          await deps.retention.setRetention(teacher.guildId, days === 0 ? null : days);
          return { body: days === 0 ? MESSAGES.tutorRetentionDefault(defaultDays) : MESSAGES.tutorRetentionDays(days), private: true, tone: 'success' };
        }
        case 'export': {
          const student = stringOption(input, 'user')?.trim();
          if (student) return exportStudent(deps, teacher.guildId, student, ctx);
          const doc = await deps.leaderboard.document(teacher.guildId);
          const titles = topicTitles(deps.kb);
          const topicTitle = (id: string) => titles(id) ?? id;
          const body = MESSAGES.tutorExport(knownStudents(doc).size, exportFileNames(doc.guildId));
          return { body, attachments: exportFiles(doc, topicTitle), private: true, tone: 'info' };
        }
        case 'forget': {
          const query = stringOption(input, 'user')?.trim();
          if (!query) return refusal(MESSAGES.tutorForgetWho);
          return forget(deps, teacher.guildId, query, ctx);
        }
        case 'fairness': {
          const mode = stringOption(input, 'mode')?.trim().toLowerCase();
          // No mode (the option is optional): the setting as it is, as /tutor timezone does.
          if (!mode) {
            const on = await deps.leaderboard.flatScoring(teacher.guildId);
            return { body: `${MESSAGES.tutorFairnessNow(on)} ${MESSAGES.tutorFairnessChange(on)}`, private: true, tone: 'info' };
          }
          if (mode !== 'on' && mode !== 'off') return refusal(`${MESSAGES.tutorFairnessChoose}. ${MESSAGES.tutorFairnessNow(await deps.leaderboard.flatScoring(teacher.guildId))}`);
          try {
            await deps.leaderboard.setFlatScoring(teacher.guildId, mode === 'on');
          } catch (err) {
            if (err instanceof SettingNotSavedError) return refusal(MESSAGES.tutorFairnessNotSaved(err.kept));
            throw err;
          }
          return { body: mode === 'on' ? MESSAGES.tutorFairnessOn : MESSAGES.tutorFairnessOff, private: true, tone: 'success' };
        }
        case 'level': {
          const typed = stringOption(input, 'class')?.trim();
          if (!typed) return { body: `${MESSAGES.tutorLevelNow(await deps.leaderboard.quizLevel(teacher.guildId))} ${MESSAGES.tutorLevelChange}`, private: true, tone: 'info' };
          const level = classLevel(typed);
          if (level === undefined) return refusal(`${MESSAGES.tutorLevelChoose}. ${MESSAGES.tutorLevelNow(await deps.leaderboard.quizLevel(teacher.guildId))}`);
          try {
            await deps.leaderboard.setQuizLevel(teacher.guildId, level);
          } catch (err) {
            if (err instanceof SettingNotSavedError) return refusal(MESSAGES.tutorLevelNotSaved(await deps.leaderboard.quizLevel(teacher.guildId)));
            throw err;
          }
          return { body: MESSAGES.tutorLevelSet(level), private: true, tone: 'success' };
        }
        case 'board': {
          const typed = stringOption(input, 'board')?.trim();
          const now = async () => MESSAGES.tutorBoardNow(await deps.leaderboard.examBoard(teacher.guildId));
          // No board (the option is optional): the setting as it is, as level and fairness say theirs.
          if (!typed) return { body: `${await now()} ${MESSAGES.tutorBoardChange}`, private: true, tone: 'info' };
          const board = examBoardTyped(typed);
          if (board === undefined) return refusal(`${MESSAGES.tutorBoardChoose}. ${await now()}`);
          try {
            await deps.leaderboard.setExamBoard(teacher.guildId, board);
          } catch (err) {
            if (err instanceof SettingNotSavedError) return refusal(MESSAGES.tutorBoardNotSaved(await deps.leaderboard.examBoard(teacher.guildId)));
            throw err;
          }
          return { body: MESSAGES.tutorBoardSet(board), private: true, tone: 'success' };
        }
        case 'reload': {
          if (!deps.knowledge) return refusal(MESSAGES.knowledgeReloadUnavailable);
          const outcome = await deps.knowledge.reload();
          if (outcome.ok) return { body: MESSAGES.tutorReloaded(outcome.changes), private: true, tone: 'success' };
          return refusal(MESSAGES.tutorReloadFailed(outcome.problems.length, outcome.problems.slice(0, RELOAD_PROBLEMS_SHOWN).map((p) => clip(p, 300))));
        }
        case MISSED_DELETE_SUBCOMMAND.name:
          return missedDeletePrompt(deps, TUTOR_ACTION, teacher.guildId, input, ctx);
        case 'missed':
        default: {
          const reply = missedReply(await deps.missed.list(teacher.guildId), deps.matcher, ctx, deps.askAgain);
          const note = deps.knowledge?.note();
          return note ? { ...reply, body: `${note}\n\n${reply.body}` } : reply;
        }
      }
    },
  };
}

/**
 * The confirmation buttons of /tutor reset-leaderboard: `tutor:reset:<expires>` and `tutor:cancel:<expires>`.
 * Its outcome (cancelled, done, expired) replaces the prompt, so the prompt has no live buttons left: a
 * Cancel cannot be followed by a stray Yes, nor a Yes by a second one. Two presses that both arrive before
 * the prompt is replaced are told apart by when the prompt was shown: a second Yes resets nothing more,
 * and a Cancel after a Yes says the leaderboard was reset rather than "unchanged".
 */
export function createTutorAction(deps: TutorDeps): ActionHandler {
  const outcome = (body: string, tone: Reply['tone']): Reply => ({ body, private: true, tone, update: true });
  return {
    prefix: TUTOR_ACTION,
    updatesMessage: true,
    async run([verb, expires, which], ctx) {
      const teacher = teacherGuild(ctx);
      if ('refusal' in teacher) return teacher.refusal;
      // /tutor missed-delete's buttons: their own verbs, so its Cancel is not the reset's.
      if (verb === MISSED_DELETE_VERB || verb === MISSED_KEEP_VERB) return missedDeleteAction(deps, teacher.guildId, [verb, expires, which]);
      // When the prompt was shown (older Cancel buttons carry no time: nothing to check against).
      const shown = new Date(Number(expires) - TUTOR_DEFAULTS.resetConfirmMs);
      const known = Number.isFinite(shown.getTime());
      if (verb === 'cancel') {
        const tooLate = known && (await deps.leaderboard.resetSince(teacher.guildId, shown));
        return tooLate ? outcome(MESSAGES.tutorResetAlready, 'info') : outcome(MESSAGES.tutorResetCancelled, 'info');
      }
      if (verb !== 'reset') return refusal(MESSAGES.unknownAction);
      if (!known || !(Number(expires) > deps.now().getTime())) return outcome(MESSAGES.tutorResetExpired, 'error');
      const reset = await deps.leaderboard.resetOnce(teacher.guildId, shown);
      return reset ? outcome(MESSAGES.tutorResetDone, 'success') : outcome(MESSAGES.tutorResetAlready, 'info');
    },
  };
}
