// Homework. A teacher (Manage Server or the teacher role) sets it with `/tutor homework set topic due
// [questions] [seconds]`: a fixed set of quiz questions for the class, posted in the channel with a Start
// button. Each student does it privately, once: `hw:<id>:start` starts or goes on with their attempt, and
// `hwa:<id>:<question>:<choice>` answers, replacing the question with the next (answers are locked; time
// runs per question). At the end: the score and the explanations of what was missed, which goes into the
// student's review deck. `/homework` lists what is open; `/tutor homework list|report|close` are the
// teacher's, the report with a CSV of one row per student.
import { parseDue } from '../homework/due.js';
import { HOMEWORK_DEFAULTS as D } from '../homework/defaults.js';
import { attemptOf, isOpen, type AttemptState } from '../homework/assignments.js';
import { homeworkReport } from '../homework/report.js';
import type { HomeworkService, TopicOf } from '../homework/service.js';
import type { ClassSettings } from '../homework/settings.js';
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { HOMEWORK_MESSAGES as H, QUIZ_MESSAGES as Q } from '../messages.js';
import type { Random } from '../quiz/clock.js';
import { suitsClass, type RoundFairness } from '../quiz/fairness.js';
import { pickQuestions } from '../quiz/questions.js';
import { answersKept } from '../report/activity.js';
import { teachersKnown } from '../report/class-report.js';
import { CONSOLE_PLAYER, consolePlayerId, knownStudents } from '../report/student-data.js';
import type { GuildDocument } from '../store/schema.js';
import type { Assignment } from '../store/study-schema.js';
import { formatWallTime } from '../time/zones.js';
import { HOMEWORK_ACTION, HOMEWORK_ANSWER_ACTION, homeworkChoices, postReply, questionReply, reportReply, resultReply } from './homework-view.js';
import { resolveTopic, topicChoices } from './quiz.js';
import { isUserId } from './stats.js';
import { teacherAccess } from './teacher.js';
import { topicNotFoundReply } from './topics.js';
import type { TutorExtension } from './tutor.js';
import { encodeAction } from './router.js';
import { ChannelUnavailableError, type ActionHandler, type ChannelMessenger, type Command, type CommandContext, type CommandInput, type Reply } from './types.js';
import { integerOption, postedName, shownAsTyped, stringOption } from './types.js';

export interface HomeworkDeps {
  readonly kb: KnowledgeBase;
  readonly topics: TopicFinder;
  readonly homework: HomeworkService;
  readonly settings: ClassSettings;
  /** The class level (/tutor level) and the server's document (the students it knows, by any record). */
  readonly leaderboard: Pick<LeaderboardService, 'quizLevel' | 'document'>;
  readonly messenger: ChannelMessenger;
  readonly fairness: RoundFairness;
  readonly random: Random;
  readonly now: () => number;
  /** Told when a post could not be edited (the homework is closed all the same). */
  readonly onPostError: (error: unknown) => void;
}

const refusal = (body: string): Reply => ({ body, private: true, tone: 'error' });
const info = (body: string): Reply => ({ body, private: true, tone: 'info' });

function topicTitle(kb: KnowledgeBase, id: string | null): string | null {
  return id === null ? null : (kb.topics.find((t) => t.id === id)?.title ?? id);
}

const topicOfQuestion = (kb: KnowledgeBase): TopicOf => (id) => kb.quiz.find((q) => q.id === id)?.topic ?? 'unknown';

/** What a student sees for where their attempt stands. */
async function stateReply(deps: HomeworkDeps, a: Assignment, userId: string, state: AttemptState, extra: { again?: boolean; note?: string } = {}): Promise<Reply> {
  if (state.kind === 'closed') return info(H.closed(a.id));
  if (state.kind === 'finished') return resultReply(deps.kb, a, state.attempt, { cutShort: state.cutShort, again: extra.again ?? false, ...(extra.note ? { note: extra.note } : {}) });
  const question = deps.kb.quiz.find((q) => q.id === a.questionIds[state.index]);
  if (!question) return refusal(H.questionGone);
  return questionReply(a, userId, question, state.index, state.deadline, extra.note);
}

// ------------------------------------------------------------------ students

/** `/homework`: what is open in this server, with each one's status for the student, and Start buttons. */
export function createHomeworkCommand(deps: HomeworkDeps): Command {
  return {
    spec: { name: 'homework', description: 'The homework open in this server, and how far you have got (privately)', guildOnly: true },
    async run(_input, ctx) {
      if (ctx.guildId === null) return refusal(Q.serverOnly);
      const now = deps.now();
      const timeZone = await deps.settings.timeZone(ctx.guildId);
      const open = (await deps.homework.assignments(ctx.guildId)).filter((a) => isOpen(a, now));
      if (open.length === 0) return { title: H.listTitle, body: H.listNone, private: true, tone: 'info' };
      const lines = open.map((a) => {
        const attempt = attemptOf(a, ctx.userId);
        const status = !attempt ? H.statusNotStarted : attempt.finishedAt === null ? H.statusWorking : H.statusDone(attempt.answers.filter((x) => x.correct).length, a.questionIds.length);
        return H.listLine(a.id, topicTitle(deps.kb, a.topic), a.questionIds.length, formatWallTime(Date.parse(a.due), timeZone), status);
      });
      const toDo = open.filter((a) => attemptOf(a, ctx.userId)?.finishedAt == null);
      return {
        title: H.listTitle,
        body: lines.join('\n'),
        buttons: toDo.map((a) => ({ action: encodeAction(HOMEWORK_ACTION, a.id, 'start'), label: H.startButtonFor(a.id), style: 'primary' as const })),
        private: true,
        tone: 'info',
      };
    },
  };
}

/** The Start button: starts or goes on with the student's attempt, in a private reply of its own. */
export function createHomeworkStartAction(deps: HomeworkDeps): ActionHandler {
  return {
    prefix: HOMEWORK_ACTION,
    async run([id, verb], ctx) {
      if (ctx.guildId === null || !id || verb !== 'start') return info(H.unknown);
      const before = await deps.homework.find(ctx.guildId, id);
      const again = before !== undefined && attemptOf(before, ctx.userId)?.finishedAt != null;
      const started = await deps.homework.start(ctx.guildId, id, { userId: ctx.userId, userName: ctx.userName }, deps.now(), topicOfQuestion(deps.kb));
      if (!started) return info(H.unknown);
      const note = timedOutNote(before, started.assignment, ctx.userId, started.state);
      return stateReply(deps, started.assignment, ctx.userId, started.state, { again, ...(note ? { note } : {}) });
    },
  };
}

/**
 * Going on with an attempt whose question's time ran out while the student was away: which question that was, as
 * the next one is shown (a finished attempt's result says it of each question already).
 */
function timedOutNote(before: Assignment | undefined, after: Assignment, userId: string, state: AttemptState): string | undefined {
  if (state.kind !== 'question') return undefined;
  const answered = (before ? attemptOf(before, userId)?.answers.length : undefined) ?? 0;
  const numbers = (attemptOf(after, userId)?.answers ?? []).flatMap((given, i) => (i >= answered && given.choice === null ? [i + 1] : []));
  return numbers.length > 0 ? numbers.map(H.late).join(' ') : undefined;
}

/** The answer buttons: each answer is locked once given, and the question is replaced by the next, or the result. */
export function createHomeworkAnswerAction(deps: HomeworkDeps): ActionHandler {
  return {
    prefix: HOMEWORK_ANSWER_ACTION,
    updatesMessage: true,
    async run([id, indexText, choiceText], ctx) {
      if (ctx.guildId === null || !id || !/^\d{1,3}$/.test(indexText ?? '') || !/^\d$/.test(choiceText ?? '')) return info(H.unknown);
      const index = Number(indexText);
      const assignment = await deps.homework.find(ctx.guildId, id);
      const question = deps.kb.quiz.find((q) => q.id === assignment?.questionIds[index]);
      if (!assignment || !question) return info(H.unknown);
      const choice = homeworkChoices(assignment, ctx.userId, question)[Number(choiceText)];
      if (choice === undefined) return info(H.unknown);
      const answered = await deps.homework.answer(
        ctx.guildId,
        id,
        { userId: ctx.userId, userName: ctx.userName, index, choice, correct: choice === question.correct },
        deps.now(),
        topicOfQuestion(deps.kb),
      );
      if (!answered) return info(H.unknown);
      if (answered.outcome === 'locked' || answered.outcome === 'not-started') return info(H.locked);
      const note = answered.outcome === 'late' ? H.late(index + 1) : undefined;
      const reply = await stateReply(deps, answered.assignment, ctx.userId, answered.state, note ? { note } : {});
      return { ...reply, update: true };
    },
  };
}

// ------------------------------------------------------------------ teachers

const assignmentOption = (required: boolean) => ({
  name: 'assignment',
  description: required ? 'The homework, such as h3 (/tutor homework list shows them)' : 'The homework, such as h3; leave empty for the latest',
  type: 'string' as const,
  autocomplete: true,
  maxLength: 12,
  ...(required ? { required: true } : {}),
});

/** Who sets homework typed at the console when the one playing is a student: there, whoever plays types the teacher's commands too. */
const CONSOLE_TEACHER = Object.freeze({ userId: consolePlayerId('Teacher'), userName: 'Teacher' });

/** Whether the server's data holds any answer of the student's: a quiz answer (kept past a reset), homework or practice. */
function hasAnswered(doc: GuildDocument, userId: string): boolean {
  return playedWithClass(doc, userId) || Object.hasOwn(doc.practice, userId);
}

/**
 * Whether the student has played with the class: answered in a quiz round (kept past a reset) or started a homework.
 * Practice marked, cards kept and questions asked are a student's own study, which a teacher trying the tutor does too.
 */
function playedWithClass(doc: GuildDocument, userId: string): boolean {
  return Object.hasOwn(doc.allTime, userId) || answersKept(doc, userId).size > 0 || doc.homework.assignments.some((a) => Object.hasOwn(a.attempts, userId));
}

/** A name typed with a teacher's title ("/as ms_adeyemi", "/as Mr. Cole", "/as Dr Lee"): a teacher's, whatever they played. */
const TEACHER_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|sir|prof|teacher)(?:[\s._-]|$)/i;

/**
 * Who the homework is set by: on Discord, the member who set it (their display name as stored). At the console, the
 * name typed after /as (a teacher who typed /as ms_adeyemi, then tried a practice question, is "ms_adeyemi"); but the
 * default Player 1, or a student's name (one who has played with the class here: playedWithClass) still at the keyboard,
 * would be read as the setter and left off the report, so "Teacher" sets it. A name with a teacher's title is the
 * teacher's, whatever they played.
 */
async function setterOf(deps: HomeworkDeps, ctx: CommandContext, guildId: string): Promise<{ readonly setBy: string; readonly setByName: string }> {
  if (ctx.surface !== 'console') return { setBy: ctx.userId, setByName: ctx.userName };
  const doc = await deps.leaderboard.document(guildId);
  const student = ctx.userId === CONSOLE_PLAYER.userId || (!TEACHER_TITLE.test(ctx.userName.trim()) && playedWithClass(doc, ctx.userId));
  return student ? { setBy: CONSOLE_TEACHER.userId, setByName: CONSOLE_TEACHER.userName } : { setBy: ctx.userId, setByName: ctx.userName };
}

/** How consolePlayerId begins every console player's id ("console-"). */
const CONSOLE_ID_PREFIX = consolePlayerId('');

/**
 * How a student the report lists is named: by the name stored, else on Discord by a mention (Discord shows their
 * display name), else, for a console player known only by records that keep no name (practice, cards), by the name
 * their id was made from ("console-ms-adeyemi": "Ms Adeyemi"). Never by an internal id.
 */
function studentName(ctx: CommandContext, userId: string, name: string | undefined): { readonly name: string | undefined; readonly shown: string } {
  if (name !== undefined) return { name, shown: shownAsTyped(ctx, name) };
  if (isUserId(userId)) return { name: undefined, shown: `<@${userId}>` };
  if (!userId.startsWith(CONSOLE_ID_PREFIX)) return { name: undefined, shown: userId };
  const words = userId.slice(CONSOLE_ID_PREFIX.length).split(/[^a-z0-9]+/i).filter(Boolean);
  const made = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ') || CONSOLE_PLAYER.userName;
  return { name: made, shown: shownAsTyped(ctx, made) };
}

/** The console's default Player 1, who answered nothing, is no student of the class: only the keyboard's name before /as. */
function isIdleConsolePlayer(ctx: CommandContext, doc: GuildDocument, userId: string): boolean {
  return ctx.surface === 'console' && userId === CONSOLE_PLAYER.userId && !hasAnswered(doc, userId);
}

async function setHomework(deps: HomeworkDeps, input: CommandInput, ctx: CommandContext, guildId: string): Promise<Reply> {
  const cannotPost = ctx.cannotPost ?? [];
  if (cannotPost.length > 0) return refusal(Q.cannotPost(cannotPost.map((p) => Q.postingPermission[p])));
  const topicName = stringOption(input, 'topic');
  const topic = resolveTopic(deps.topics, topicName);
  if (topic === undefined) return topicNotFoundReply(ctx, topicName ?? '');
  const timeZone = await deps.settings.timeZone(guildId);
  const now = deps.now();
  const dueText = stringOption(input, 'due')?.trim() ?? '';
  const due = parseDue(dueText, now, timeZone);
  if (!due.ok) {
    if (due.reason === 'past') return refusal(H.duePast(formatWallTime(due.at, timeZone), timeZone));
    return refusal(H.dueUnreadable(shownAsTyped(ctx, dueText.slice(0, 60)), timeZone));
  }
  const wanted = Math.min(D.maxQuestions, Math.max(D.minQuestions, integerOption(input, 'questions') ?? D.defaultQuestions));
  const typedSeconds = integerOption(input, 'seconds') ?? D.defaultSeconds;
  const seconds = Math.min(D.maxSeconds, Math.max(D.minSeconds, typedSeconds));
  const level = await deps.leaderboard.quizLevel(guildId);
  const pool = deps.kb.quiz.filter((q) => (topic === null || q.topic === topic) && suitsClass(q, level));
  const picked = pickQuestions(pool, wanted, [], deps.random, deps.fairness);
  const title = topicTitle(deps.kb, topic);
  if (picked.length === 0) return refusal(H.noQuestions(title));
  const outcome = await deps.homework.set(guildId, {
    channelId: ctx.channelId,
    topic,
    questionIds: picked.map((q) => q.id),
    seconds,
    ...(await setterOf(deps, ctx, guildId)),
    due: due.at,
    now,
  });
  if (!outcome.ok) return refusal(H.tooMany(D.maxOpen));
  const a = outcome.assignment;
  const dueWall = formatWallTime(due.at, timeZone);
  try {
    const messageId = await deps.messenger.send(ctx.channelId, postReply(a, { topicTitle: title, due: dueWall, timeZone, show: postedName(deps.messenger) }));
    await deps.homework.setMessage(guildId, a.id, messageId);
  } catch (error) {
    // Nobody could press Start: the homework goes rather than counting against the ten.
    await deps.homework.close(guildId, a.id, now);
    if (error instanceof ChannelUnavailableError) return refusal(Q.cannotPost([]));
    throw error;
  }
  const fewer = picked.length < wanted ? `\n\n${H.setFewer(picked.length)}` : '';
  // Seconds out of range are used as the nearest allowed, and said (Discord's option limits stop them; the console's do not).
  const adjusted = seconds !== typedSeconds ? `\n\n${H.setSecondsAdjusted(seconds, seconds === D.minSeconds)}` : '';
  return { body: `${H.set(a.id, picked.length, title, dueWall, timeZone)}${fewer}${adjusted}`, private: true, tone: 'success' };
}

/** The assignment named (or the latest set), else the reply saying there is none. */
async function chosenAssignment(deps: HomeworkDeps, input: CommandInput, ctx: CommandContext, guildId: string, required: boolean): Promise<Assignment | Reply> {
  const typed = stringOption(input, 'assignment')?.trim();
  if (!typed) {
    if (required) return refusal(H.whichAssignment);
    const latest = (await deps.homework.assignments(guildId)).at(-1);
    return latest ?? info(H.noAssignments);
  }
  return (await deps.homework.find(guildId, typed)) ?? refusal(H.noSuchAssignment(shownAsTyped(ctx, typed.slice(0, 20))));
}

async function listHomework(deps: HomeworkDeps, guildId: string): Promise<Reply> {
  const all = await deps.homework.assignments(guildId);
  if (all.length === 0) return { title: H.teacherListTitle, body: H.teacherListNone, private: true, tone: 'info' };
  const now = deps.now();
  const timeZone = await deps.settings.timeZone(guildId);
  const lines = [...all].reverse().map((a) => {
    const attempts = Object.values(a.attempts);
    return H.teacherListLine(a.id, topicTitle(deps.kb, a.topic), formatWallTime(Date.parse(a.due), timeZone), isOpen(a, now), attempts.filter((x) => x.finishedAt !== null).length, attempts.length);
  });
  const open = all.filter((a) => isOpen(a, now)).length;
  return { title: H.teacherListTitle, body: lines.slice(0, 25).join('\n'), footer: H.teacherListFooter(open, D.maxOpen), private: true, tone: 'info' };
}

async function closeHomework(deps: HomeworkDeps, input: CommandInput, ctx: CommandContext, guildId: string): Promise<Reply> {
  const chosen = await chosenAssignment(deps, input, ctx, guildId, true);
  if ('body' in chosen) return chosen;
  const { outcome, assignment } = await deps.homework.close(guildId, chosen.id, deps.now());
  if (outcome !== 'closed' || !assignment) return info(H.closedAlready(chosen.id));
  if (assignment.messageId !== null) {
    const timeZone = await deps.settings.timeZone(guildId);
    const post = postReply(assignment, { topicTitle: topicTitle(deps.kb, assignment.topic), due: formatWallTime(Date.parse(assignment.due), timeZone), timeZone, closed: true, show: postedName(deps.messenger) });
    await deps.messenger.edit(assignment.channelId, assignment.messageId, post).catch(deps.onPostError);
  }
  const finished = Object.values(assignment.attempts).filter((x) => x.finishedAt !== null).length;
  return { body: H.closedNow(assignment.id, finished), private: true, tone: 'success' };
}

async function reportHomework(deps: HomeworkDeps, input: CommandInput, ctx: CommandContext, guildId: string): Promise<Reply> {
  const chosen = await chosenAssignment(deps, input, ctx, guildId, false);
  if ('body' in chosen) return chosen;
  const report = homeworkReport(chosen, deps.now());
  const timeZone = await deps.settings.timeZone(guildId);
  const doc = await deps.leaderboard.document(guildId);
  // Every student the server's data knows (a leaderboard reset empties the leaderboard, not the class), but no teacher:
  // not who set this homework or any other here, nor on Discord the teacher reading the report (as /tutor report).
  const teachers = teachersKnown(doc, ctx.surface === 'console' ? undefined : ctx.userId);
  const notStarted = [...knownStudents(doc)]
    .filter(([userId]) => !Object.hasOwn(chosen.attempts, userId) && !teachers.has(userId) && !isIdleConsolePlayer(ctx, doc, userId))
    .map(([userId, name]) => ({ userId, ...studentName(ctx, userId, name) }))
    .sort((x, y) => x.shown.localeCompare(y.shown));
  const closedEarly = chosen.closedAt !== null && Date.parse(chosen.closedAt) < Date.parse(chosen.due) ? formatWallTime(Date.parse(chosen.closedAt), timeZone) : null;
  return reportReply(deps.kb, report, { topicTitle: topicTitle(deps.kb, chosen.topic), due: formatWallTime(Date.parse(chosen.due), timeZone), closedEarly, timeZone, notStarted, show: postedName(ctx) });
}

/** `/tutor homework set|list|report|close`, for teachers (Manage Server or the teacher role). */
export function createHomeworkTeacherExtension(deps: HomeworkDeps): TutorExtension {
  return {
    groups: [
      {
        name: 'homework',
        description: 'Homework: set it, list it, see who has done it, close it',
        subcommands: [
          {
            name: 'set',
            description: 'Set quiz homework for this channel: each student does it once, privately, before it is due',
            options: [
              { name: 'topic', description: 'A topic, or "all" for every topic', type: 'string', required: true, autocomplete: true },
              { name: 'due', description: 'When it is due, e.g. 2030-01-10T09:00 or friday 9am (server time zone)', type: 'string', required: true, maxLength: 40 },
              { name: 'questions', description: `How many questions (default ${D.defaultQuestions})`, type: 'integer', min: D.minQuestions, max: D.maxQuestions },
              { name: 'seconds', description: `Seconds per question (default ${D.defaultSeconds})`, type: 'integer', min: D.minSeconds, max: D.maxSeconds },
            ],
          },
          { name: 'list', description: 'The homework set in this server, open and closed' },
          { name: 'report', description: "Who has done a homework, each score and the class's accuracy per question, with a CSV", options: [assignmentOption(false)] },
          { name: 'close', description: 'Close a homework before it is due: no more attempts', options: [assignmentOption(true)] },
        ],
      },
    ],
    autocomplete(option, partial, ctx) {
      if (option === 'topic') return topicChoices(deps.topics, partial);
      if (option !== 'assignment' || ctx.guildId === null) return undefined;
      const typed = partial.trim().toLowerCase();
      const recent = deps.homework.recent(ctx.guildId);
      // Not seen since a restart: read now (autocomplete cannot wait), for the next keystroke.
      if (recent.length === 0) void deps.homework.assignments(ctx.guildId).catch(deps.onPostError);
      return recent
        .filter((a) => a.id.startsWith(typed) || `h${typed}` === a.id || (topicTitle(deps.kb, a.topic) ?? 'all topics').toLowerCase().includes(typed))
        .slice(0, 25)
        .map((a) => ({ name: `${a.id} · ${topicTitle(deps.kb, a.topic) ?? 'all topics'} · due ${a.due.slice(0, 10)}${a.open ? '' : ' (closed)'}`, value: a.id }));
    },
    async run(input, ctx) {
      const teacher = await teacherAccess(ctx, deps.settings);
      if ('refusal' in teacher) return teacher.refusal;
      switch (input.subcommand) {
        case 'set':
          return setHomework(deps, input, ctx, teacher.guildId);
        case 'report':
          return reportHomework(deps, input, ctx, teacher.guildId);
        case 'close':
          return closeHomework(deps, input, ctx, teacher.guildId);
        case 'list':
        default:
          return listHomework(deps, teacher.guildId);
      }
    },
  };
}
