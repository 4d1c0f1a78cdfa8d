// The local console: the same commands as the Discord bot, typed in a terminal. Works interactively
// and with piped input (`printf '/topics\n/quit\n' | npm start`), which the tests use.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { App } from '../../app.js';
import { LOCAL_GUILD_ID } from '../../app.js';
import { FEEDBACK_ACTION } from '../../commands/answer-feedback.js';
import { ASK_ACTION, ASK_UNLESS_SURE_OPTION } from '../../commands/ask.js';
import { HOMEWORK_ACTION, HOMEWORK_ANSWER_ACTION } from '../../commands/homework-view.js';
import { PRACTICE_ACTION } from '../../commands/practice-view.js';
import { REMEMBER_ACTION, REVIEW_ACTION } from '../../commands/review-view.js';
import { VOICE_ACTION } from '../../commands/voice.js';
import { parseAnswerAction } from '../../commands/quiz.js';
import { ANSWER_KEYS, CHOICE_KEYS, KEYS } from '../../commands/keys.js';
import { choiceKey, QUIZ_ACTION } from '../../commands/quiz-view.js';
import { decodeAction, encodeAction } from '../../commands/router.js';
import type { CommandContext, Reply, ReplyButton, ReplyForm } from '../../commands/types.js';
import { HOMEWORK_MESSAGES, MESSAGES, PRACTICE_MESSAGES, QUIZ_MESSAGES } from '../../messages.js';
import { namesTheCourse } from '../../matching/ask-question.js';
import { everydayWords } from '../../matching/everyday-words.js';
import { normaliseText } from '../../matching/normalise.js';
import { readExtracts } from '../../matching/extract-reading.js';
import { requestAboutLast } from '../../matching/follow-up.js';
import { readPleasantry } from '../../matching/pleasantry.js';
import { readRevisionRequest } from '../../matching/revision-request.js';
import { createDistressReader } from '../../matching/wellbeing.js';
import type { Clock, Scheduler, TimerId } from '../../quiz/clock.js';
import type { RoundInfo } from '../../quiz/round.js';
import { CONSOLE_PLAYER, consolePlayerId } from '../../report/student-data.js';
import { PRIVATE_FILE_MODE, PRIVATE_FOLDER_MODE } from '../../store/atomic-file.js';
import type { ConsoleMessenger } from './console-messenger.js';
import { CONSOLE_MESSAGES } from './console-messages.js';
import { CONSOLE_VOICE } from './console-voice.js';
import { parseOptions, splitCommandLine, unknownSubcommand } from './parse-line.js';
import { buttonKeys, renderText, type PictureSaver } from './render-text.js';
import { hedgedLetter, withoutWorksheetMarks } from './typed-answer.js';

export interface ConsoleIo {
  readonly input: Readable;
  readonly output: Writable;
}

export interface ConsoleSession {
  /** Handles one line; resolves false when the user asked to quit. */
  handleLine(line: string): Promise<boolean>;
  /** Prints a reply and makes its buttons the current choices (used for channel posts too). */
  show(reply: Reply): void;
  /**
   * Prints a channel post (a quiz question, a reveal). While a line is being handled, posts wait and
   * follow that line's reply, so the output reads in order.
   */
  post(reply: Reply): void;
  readonly context: CommandContext;
  /** Switches the player name and id (the quiz's /as). */
  setPlayer(name: string): void;
  /** Cancels the console's own timers (a homework question's time-up), so nothing is left waiting once it ends. */
  dispose(): void;
}

/** The app's clock and timers, with which the console says a homework question's time is up when it comes. */
export interface ConsoleTime {
  readonly clock: Clock;
  readonly scheduler: Scheduler;
}

/** A player's name as /as takes it: trimmed, at most 32 characters, the console's default player's when empty. */
const cleanName = (name: string): string => name.trim().slice(0, 32) || CONSOLE_PLAYER.userName;

/** Questions in a row a player who switched in (/as) may miss before the round stops waiting for them. */
export const MISSES_BEFORE_NOT_WAITING = 2;

export interface ConsoleSessionOptions {
  /** Printed again after a post that arrives between lines (a timer's), so the prompt stays visible. */
  readonly prompt?: string;
  /** The folder pictures (timelines, charts) are written to, each path printed on an `Image:` line; pictures are left out without it. */
  readonly picturesDir?: string;
  /** The folder text attachments (a report's CSV, an export) are written to, each path printed; printed whole without it. */
  readonly attachmentsDir?: string;
  /** Players are "in" the console's voice channel (its lines are written as WAV files: console-voice.ts). */
  readonly voice?: boolean;
  /** The app's clock and timers: a homework question's time-up is then said when it comes, not at the next key. */
  readonly time?: ConsoleTime;
  /** Plain text for a screen reader (`npm start -- --plain`): see renderText's `plain`. Pictures are left out. */
  readonly plain?: boolean;
}

/**
 * The reply with its text attachments written into `dir` (made when missing; a file of the same name is
 * replaced) and, in their place, a line naming each file.
 */
export function withFilesSaved(reply: Reply, dir: string): Reply {
  const files = (reply.attachments ?? []).filter((a) => typeof a.content === 'string');
  if (files.length === 0) return reply;
  // Exports hold students' names and scores: readable by the tutor's account only.
  mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  const paths = files.map((a) => {
    const file = path.join(dir, path.basename(a.name));
    writeFileSync(file, a.content, { mode: PRIVATE_FILE_MODE });
    return file;
  });
  const rest = (reply.attachments ?? []).filter((a) => typeof a.content !== 'string');
  return { ...reply, body: [reply.body, ...paths.map(MESSAGES.consoleFileSaved)].join('\n'), attachments: rest };
}

/** Writes a reply's picture into `dir` (made when missing) and returns its path. */
export function pictureSaver(dir: string): PictureSaver {
  return (picture) => {
    if (typeof picture.content === 'string') return undefined;
    mkdirSync(dir, { recursive: true, mode: PRIVATE_FOLDER_MODE });
    const file = path.join(dir, path.basename(picture.name));
    writeFileSync(file, picture.content, { mode: PRIVATE_FILE_MODE }); // a podium names players
    return file;
  };
}

/**
 * How a question starts, after a word or two of chat ("so why…", "ok what…"): a question word, a verb that opens a
 * yes-or-no question, or an instruction an exam question opens with ("explain", "describe").
 */
const QUESTION_START =
  /^(?:(?:so|and|but|ok|okay|um|hey|hi|hello|please|pls|plz|sir|miss|also|then|wait|right)[,!.]?\s+)*(?:why|y|what|whats|what's|wat|wot|when|wen|who|whom|whose|where|which|how|hw|was|were|wasnt|did|didnt|do|does|is|isnt|are|can|could|should|would|explain|describe|tell|define|compare|summarise|summarize|outline|give|list|name|assess|evaluate|analyse|analyze|to what extent|in what ways?)\b/i;

/** A blank to fill in, as a flashcard or worksheet leaves it: "The purges were known as the ___". */
const BLANK_TO_FILL = /_{2,}/;
/** A statement to judge, as a flashcard asks it: "… True/False", "True or false: …", "… T/F". */
const TRUE_OR_FALSE = /(?:^|[\s.,:;([-])(?:true\s*(?:\/|or|\?)\s*false|t\s*\/\s*f)\s*[?!.:)\]]*(?:\s|$)/i;

/**
 * Whether a line typed without a slash reads as a question ("why did stalin do the purges", "the kulaks?"): two words
 * or more (a lone "b?" is a key), ending in a question mark or starting as questions do, or a flashcard's blank to fill
 * in ("the right opposition were led by ___") or statement to judge ("… True/False").
 */
export function readsAsQuestion(line: string): boolean {
  // A pasted worksheet ("1. What was dekulakisation? (2 marks) 2. …") reads as its first question.
  const text = withoutWorksheetMarks(line);
  return text.split(/\s+/).length >= 2 && (text.endsWith('?') || QUESTION_START.test(text) || BLANK_TO_FILL.test(text) || TRUE_OR_FALSE.test(text));
}

/** Words that carry a request about the last answer on their own, said without a question: "why", "more", "simpler", "still difficult". */
const FOLLOW_ON_WORDS = new Set(
  ('why how who what whats wat wot when where which really sure true more continue again longer explain meaning mean evidence source sources proof ' +
    'example examples detail details detailed elaborate expand simple simpler simply simpel easy easier esay short shorter difficult hard harder confusing confused complicated another').split(' '),
);
/** The question words among them: a line of such words that asks ("why?", "how", "why tho") is a question of the last answer. */
const FOLLOW_ON_ASKING = new Set('why how who what whats wat wot when where which really sure true meaning evidence source sources proof'.split(' '));
/** Words around them that add nothing ("still difficult", "more simple pls", "why tho", "in detail"). */
const FOLLOW_ON_FILLERS = new Set('pls plz please tho though then still so and but ok okay a bit little lil too very in of the that it this one me is its much for'.split(' '));

/**
 * Whether a line typed without a slash can only mean the last answer: one word with a question mark ("why?",
 * "evidence?", "really?"), or only words that ask something of an answer, with words that add nothing ("more",
 * "still difficult, more simple", "why tho", "in detail"). Not a key ("b?", "3?"): a single letter or a number.
 */
export function followsOnAlone(line: string): boolean {
  const text = line.trim().replace(/['’`]/g, '');
  if (/^[\p{L}]{2,}\?+$/u.test(text)) return true;
  const words = text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.length > 0 && words.length <= 6 && words.every((w) => FOLLOW_ON_WORDS.has(w) || FOLLOW_ON_FILLERS.has(w)) && words.some((w) => FOLLOW_ON_WORDS.has(w));
}

/**
 * Whether such a line asks a question of the last answer, which /ask reads with it ("why?", "evidence?", "when", "why
 * tho"), rather than only saying something of it ("more", "still difficult"), which /ask answers only when it is sure.
 */
export function asksOfLastAnswer(line: string): boolean {
  const words = line.toLowerCase().replace(/['’`]/g, '').split(/[^a-z]+/).filter(Boolean);
  return followsOnAlone(line) && FOLLOW_ON_ASKING.has(words[0] ?? '') && words.every((w) => FOLLOW_ON_WORDS.has(w) || FOLLOW_ON_FILLERS.has(w));
}

/**
 * The request about the last answer in a line that only adds how the student feels to it: "more simple" in "still
 * difficult, more simple" ("too hard. shorter pls"). Its other clauses are only words of a follow-up (followsOnAlone),
 * so the request says all the line asks. Undefined for any other line.
 */
export function requestInLine(line: string): string | undefined {
  const clauses = line.split(/[,;.!]+/).map((c) => c.trim()).filter(Boolean);
  if (clauses.length < 2) return undefined;
  // The last request says what is wanted ("too hard. shorter pls": shorter).
  const request = clauses.filter((c) => requestAboutLast(c) !== undefined).at(-1);
  return request && clauses.every((c) => requestAboutLast(c) !== undefined || followsOnAlone(c)) ? request : undefined;
}

/** An exam question's marks, as a paper sets them out: "[30]", "(16 marks)". */
const MARKS_SET_OUT = /\[\d{1,2}\]|\(\d{1,2}\s*marks?\)/i;
/** Marks named in a sentence: "why is 12 marks not 8". */
const MARKS_NAMED = /\b\d{1,2}[\s-]*marks?\b/i;

/**
 * Whether a line typed without a slash is an exam question or sets one, whatever else it says: its marks set out
 * ("[30]", "(16 marks)"), pasted extracts with the question asked of them, or a sentence that opens as a question or
 * an exam instruction ("… Evaluate the interpretations …"). It is asked in full.
 */
export function readsAsExamQuestion(line: string): boolean {
  const text = line.trim();
  if (MARKS_SET_OUT.test(text) || readExtracts(text) !== undefined) return true;
  return text
    .split(/(?<=[.!;:])\s+/)
    .map((s) => s.replace(/^['"‘’“”(\s]+/, ''))
    .some((s) => readsAsQuestion(s));
}

/**
 * Whether a line typed without a slash asks rather than answers: an exam question (readsAsExamQuestion), a question
 * mark anywhere ("but in edexcel explain why is 12 marks not 8? can i have edexcel one") or marks named. Such a line
 * is never taken as part of a practice answer.
 */
export function asksRatherThanAnswers(line: string): boolean {
  return line.includes('?') || MARKS_NAMED.test(line) || readsAsExamQuestion(line);
}

/**
 * How a student corrects the tutor: "no", "nope", "nah" or "not that" (with a comma, or said twice: "no no") before
 * the rest of the line.
 */
const CORRECTION_START = /^(?:no+|nope|nah|not\s+that)\b[\s,.!:;-]*(?:(?:no+|nope|nah)\b[\s,.!:;-]*)*/i;

/**
 * Words after "no" that only decline or answer a prompt ("no thanks", "no im good", "nope i dont know", "no not
 * really", "nah im done for today", "no i have to go", "no i dont want to", "no more questions please"): such a line
 * asks nothing.
 */
const DECLINING = new Set(
  ('thanks thank thankyou thx ty you u cheers im i am m good fine ok okay k alright its it s is that thats all done ' +
    'worries problem probs idea clue sorry dont don t do did didnt didn know not really never mind nevermind nvm ta bye yet now more one ' +
    'mate bro lol haha man sir miss just for today tonight anyway tho though then well ' +
    'have got gotta need to go going gonna want wanna leave stop quit finish finished enough later off questions question please pls plz').split(' '),
);

/**
 * Whether a line typed without a slash corrects the tutor's last answer ("no like what were the reasons he won", "no i
 * mean lenins cult", "not that one, the second plan"): it starts as a correction, with two words or more after it, and
 * those words say more than a polite no ("no thanks", "no im good", "nope i dont know"). A bare "no" is no correction:
 * it is left to whatever prompt is shown.
 */
export function readsAsCorrection(line: string): boolean {
  const m = CORRECTION_START.exec(line.trim());
  if (!m) return false;
  const rest = line
    .trim()
    .slice(m[0].length)
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return rest.length >= 2 && rest.some((w) => !DECLINING.has(w));
}

/** Words that only say a reply was read ("ok i see", "i understand now", "yeah makes sense", "yes please"). */
const ACKNOWLEDGING = new Set(
  'see understand understood get got gotcha makes sense cool nice great right yeah yes yep yup ya ye sure interesting wow oh ohh ah ahh hmm hm mm kk perfect brilliant awesome'.split(' '),
);

/**
 * Whether a line only declines, signs off or says a reply was read ("no thanks", "nope i have to go", "i have to go",
 * "im done", "ok i see"): it asks nothing.
 */
export function onlyDeclines(line: string): boolean {
  const m = CORRECTION_START.exec(line.trim());
  const rest = line
    .trim()
    .slice(m ? m[0].length : 0)
    .toLowerCase()
    .replace(/['’`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  return rest.every((w) => DECLINING.has(w) || ACKNOWLEDGING.has(w));
}

/** A question word anywhere in the line: a student writing English as a second language often puts it last ("messi or ronaldo who better", "and in the gulag how many"). */
const QUESTION_WORD = /\b(?:why|what|whats|wat|wot|when|who|whom|whose|where|which|how)\b/i;
/** A word only a sentence has, not a bare name or topic: a pronoun, a form of "be", "do" or "have", or a modal ("it was real or fake", "stalin was paranoid"). */
const SENTENCE_WORD =
  /\b(?:i|im|me|my|u|you|ur|your|he|him|his|she|her|it|its|they|them|their|we|us|our|is|isnt|was|wasnt|were|werent|are|arent|am|be|been|do|does|doesnt|did|didnt|dont|has|have|had|can|cant|could|couldnt|will|wont|would|should|must|might)\b/i;
/** A line that carries on from the last answer: "and after him", "but the kulaks", "what about trotsky". */
const CARRIES_ON = /^(?:and|but|so|also|plus|or|then|what about|how about)\b[\s,]+\S/i;
/** Two things set side by side to choose between: "real or fake", "messi or ronaldo". */
const EITHER_OR = /\w\s+or\s+\w/i;

/** A line of two words or more, its apostrophes dropped, that says more than a polite no; undefined for any other. */
function saidText(line: string): string | undefined {
  const text = line.replace(/['’`]/g, '').trim();
  return text.split(/\s+/).length < 2 || onlyDeclines(text) ? undefined : text;
}

/**
 * Whether a line typed without a slash asks something in a learner's own word order, beyond readsAsQuestion's
 * opening words: a question word anywhere ("messi or ronaldo who better"), a clause that opens as a question or an
 * instruction ("to hard, explain like im 10"), or an either-or ("it was real or fake").
 */
export function asksInOwnWords(line: string): boolean {
  const text = saidText(line);
  return text !== undefined && (text.split(/[,;:.!]/).some((clause) => readsAsQuestion(clause.trim())) || QUESTION_WORD.test(text) || EITHER_OR.test(text));
}

/**
 * Whether a line typed without a slash says something to the tutor: it asks in its own words (asksInOwnWords), carries
 * on from the last answer ("and after him"), or is a sentence (a pronoun or a verb such as "was": "my english not so
 * good", "hold on my mum is calling"). Not a bare name or topic ("the nep", "stalin and trotsky"), a lone word, or a
 * polite no ("no thanks", "i have to go"), which ask nothing.
 */
export function readsAsSaying(line: string): boolean {
  const text = saidText(line);
  return text !== undefined && (asksInOwnWords(text) || CARRIES_ON.test(text) || SENTENCE_WORD.test(text));
}

/** The buttons of /ask's replies (and the keys under every answer): a practice answer's stray lines survive them. */
const ASK_PREFIXES: ReadonlySet<string> = new Set([ASK_ACTION, FEEDBACK_ACTION, REMEMBER_ACTION, VOICE_ACTION, PRACTICE_ACTION]);

/** Whether a button opens a practice answer (Answer, Answer again). */
const opensPracticeAnswer = (b: ReplyButton) => {
  const { prefix, args } = decodeAction(b.action);
  return prefix === PRACTICE_ACTION && args[0] === 'answer';
};

/**
 * What namesContent looks for, by the fact base it was read from (its matcher reads the same text the same way in every
 * app built on it): worked out once (about half a second), not for every console on it.
 */
const contentIndexes = new WeakMap<App['kb'], { readonly names: ReadonlySet<string>; readonly openings: ReadonlySet<string> }>();

/**
 * The course's names (people's, terms' and topics', with their aliases and the topics' key terms) and how the fact
 * base's questions, their phrasings and its events begin, in the terms /ask's matcher reads them as.
 */
function contentIndex(app: App): { readonly names: ReadonlySet<string>; readonly openings: ReadonlySet<string> } {
  const known = contentIndexes.get(app.kb);
  if (known) return known;
  const kb = app.kb;
  const read = (text: string) => app.matcher.readTerms(text);
  // A name of one word of core English ("the party", "family", "the working class") names nothing within a line
  // ("pizza party"); said alone, it is a name (courseNames).
  const common = everydayWords().common;
  const names = new Set<string>();
  for (const name of [...kb.people.flatMap((p) => [p.name, ...p.aliases]), ...kb.terms.flatMap((t) => [t.term, ...t.aliases]), ...kb.topics.flatMap((t) => [t.title, ...t.aliases, ...t.keyTerms])]) {
    const terms = read(name);
    if (terms.length === 0 || (terms.length === 1 && normaliseText(name).split(' ').every((w) => common.has(w)))) continue;
    names.add(terms.join(' '));
  }
  const openings = new Set<string>();
  for (const text of [...kb.questions.flatMap((q) => [q.question, ...q.phrasings]), ...kb.events.map((e) => e.title)]) {
    const terms = read(text);
    for (let to = 2; to <= terms.length; to++) openings.add(terms.slice(0, to).join(' '));
  }
  const index = { names, openings };
  contentIndexes.set(app.kb, index);
  return index;
}

export function createConsoleSession(app: App, write: (text: string) => void, options: ConsoleSessionOptions = {}): ConsoleSession {
  let context: CommandContext = {
    guildId: LOCAL_GUILD_ID,
    channelId: 'console',
    userId: CONSOLE_PLAYER.userId,
    userName: CONSOLE_PLAYER.userName,
    canManageServer: true,
    surface: 'console',
    ...(options.voice ? { voice: CONSOLE_VOICE } : {}),
  };
  let buttons: readonly ReplyButton[] = [];
  let busy = false;
  /**
   * Who switched in (/as) while no round was running, by id: the next round starts with them, and with the last
   * round's players unless all of these are new to it (joinNewRound). One who then uses the name for /tutor or
   * /homework before a round starts (a teacher naming herself to set homework, a student looking at /homework) is taken
   * off (usedForCommands): not a player until they answer, or switch in during the round or just before it.
   */
  const waiting = new Map<string, { userId: string; userName: string }>();
  /** The round last seen running here, so a new one is joined by those waiting once. */
  let lastRound: RoundInfo | undefined;
  const held: Reply[] = [];
  /** The last quiz question's buttons: its letters answer it even after another reply (an /ask between answers) took the keys. */
  let questionButtons: readonly ReplyButton[] = [];
  /** A form being filled in (a practice answer): the lines typed, up to /done. */
  let filling: { readonly form: ReplyForm; readonly lines: string[] } | undefined;
  /** /quit was typed while an answer was written and the student was told it would be lost: the next /quit leaves. */
  let quitWarned = false;
  /** Whether the student has been told once that a question typed without a slash is taken as /ask. */
  let toldAsk = false;
  /** Whether an answer has been shown (one with Remember this or Not what I asked): a follow-up ("why?", "more") has something to follow. */
  let answerShown = false;
  /**
   * Players the console joined to the running round (/as) who have not answered in it. One who switched in to look
   * at their homework must not hold every question open: after MISSES_BEFORE_NOT_WAITING missed in a row, it stops
   * waiting for them. `counting`: a question they could answer has been posted since they joined.
   */
  const joined = new Map<string, { readonly userName: string; missed: number; counting: boolean }>();
  /** Who has answered in the running round, by id, with their names: it waits for them by its own rule, and they play on in the next one. */
  const played = new Map<string, string>();
  /**
   * The last practice question or mark shown, while only /ask (and its buttons) came after it: its buttons, and the
   * lines typed since that read as part of an answer with none open (a GCSE trial: "1" pressed an /ask reply's button
   * instead of Answer again, and the answer typed next was lost). Answer again opens the answer with them.
   */
  let practiceLeft: { readonly buttons: readonly ReplyButton[]; readonly answer: ReplyButton; lines: string[] } | undefined;
  /** The homework question on screen: its time-up is said when it comes, as a round's reveal is. */
  let homework: { readonly id: string; readonly n: number; readonly userId: string; readonly deadline: number; readonly timer: TimerId } | undefined;
  /** The last time-up notice's question and buttons: while those are the keys, a letter is told that question is over. */
  let timedOut: { readonly n: number; readonly buttons: readonly ReplyButton[] } | undefined;

  const savePicture = options.picturesDir && !options.plain ? pictureSaver(options.picturesDir) : undefined;
  const renderOptions = { plain: options.plain === true };
  /** The last quiz question shown, which Q prints again while it is open. */
  let lastQuestion: Reply | undefined;
  /**
   * Prints a reply. `typed`: it answers a line typed (a command), so its buttons, or none, are the ones to press
   * now: a number typed after a refusal must not press a button of an earlier answer ("Not what I asked").
   */
  const show = (shown: Reply, typed = false) => {
    const reply = options.attachmentsDir ? withFilesSaved(shown, options.attachmentsDir) : shown;
    write(`${renderText(reply, savePicture, renderOptions)}\n`);
    if (reply.form) filling = { form: reply.form, lines: [] };
    answerShown ||= (reply.buttons ?? []).some((b) => [REMEMBER_ACTION, FEEDBACK_ACTION].includes(decodeAction(b.action).prefix));
    const answer = reply.buttons?.find(opensPracticeAnswer);
    // The notice about kept lines shows the same buttons again: they stay kept.
    if (answer && answer !== practiceLeft?.answer) practiceLeft = { buttons: (reply.buttons ?? []).filter((b) => decodeAction(b.action).prefix === PRACTICE_ACTION), answer, lines: [] };
    // A reply that replaces its button's message (a confirmation's outcome) takes that message's buttons away. A
    // post or a press's reply without buttons (a countdown, "Answer locked in.") leaves the question's for the next player.
    if (typed || reply.update || (reply.buttons && reply.buttons.length > 0)) buttons = reply.buttons ?? [];
    if (reply.buttons?.some((b) => decodeAction(b.action).prefix === QUIZ_ACTION)) {
      questionButtons = reply.buttons;
      if (reply.deadline !== undefined) lastQuestion = reply;
    }
    watchHomework(reply);
  };

  /** A homework question shown: its time-up is said at its deadline (on the app's timers), unless it is answered first. */
  const watchHomework = (reply: Reply) => {
    const first = reply.buttons?.[0] ? decodeAction(reply.buttons[0].action) : undefined;
    if (!options.time || reply.deadline === undefined || first?.prefix !== HOMEWORK_ANSWER_ACTION) return;
    const [id = '', index = '0'] = first.args;
    stopHomework();
    // An answer at the deadline itself still counts: the notice comes just after it.
    const timer = options.time.scheduler.setTimer(() => homeworkTimeUp(session.post), reply.deadline - options.time.clock.now() + 1);
    homework = { id, n: Number(index) + 1, userId: context.userId, deadline: reply.deadline, timer };
  };

  const stopHomework = () => {
    if (homework) options.time?.scheduler.clearTimer(homework.timer);
    homework = undefined;
  };

  /**
   * Says the homework question's time is up, with S to go on. The next question is shown only then, so its time
   * starts when the student is there to answer it, and a letter typed meanwhile answers nothing.
   */
  const homeworkTimeUp = (display: (reply: Reply) => void) => {
    const up = homework;
    homework = undefined;
    if (!up) return;
    const goOn: ReplyButton = { action: encodeAction(HOMEWORK_ACTION, up.id, 'start'), label: HOMEWORK_MESSAGES.consoleGoOn, key: KEYS.startHomework, style: 'primary' };
    const notice: Reply = { body: HOMEWORK_MESSAGES.consoleTimeUp(up.id, up.n, KEYS.startHomework), buttons: [goOn], private: true, tone: 'info' };
    timedOut = { n: up.n, buttons: notice.buttons ?? [] };
    display(notice);
  };

  /** A homework answer typed after its question's time ran out, before the notice came: refused, not swallowed. */
  const homeworkTimeIsUp = (): boolean => {
    const up = homework;
    if (!up || !options.time || options.time.clock.now() <= up.deadline) return false;
    homeworkTimeUp(show);
    write(`${HOMEWORK_MESSAGES.consoleTimeUpKey(up.n, KEYS.startHomework)}\n`);
    return true;
  };

  /**
   * The buttons a key presses now, with their keys: the last reply's, then, while a round runs here, its question's
   * whose keys those leave free. A group argues with /ask between answers, and A–D must still answer the question.
   */
  const pressable = (withQuestion = true): { readonly button: ReplyButton; readonly key: string }[] => {
    const withKeys = (list: readonly ReplyButton[]) => {
      const keys = buttonKeys(list);
      return list.map((button, i) => ({ button, key: (keys[i] ?? '').toLowerCase() }));
    };
    const shown = withKeys(buttons);
    if (!withQuestion || questionButtons === buttons || !app.rounds.current(guildId(), context.channelId)) return shown;
    return [...shown, ...withKeys(questionButtons).filter((q) => !shown.some((b) => b.key === q.key))];
  };

  /** The button a key typed ("3", "a") presses now, if any. */
  const buttonFor = (text: string, withQuestion = true) => pressable(withQuestion).find((p) => p.key === text.toLowerCase())?.button ?? onlyHomeworkStart(text);

  /** S, as on the homework's post, starts the only homework a /homework list offers (its number does too). */
  const onlyHomeworkStart = (text: string) => {
    if (text.toLowerCase() !== KEYS.startHomework.toLowerCase()) return undefined;
    const starts = buttons.filter((b) => decodeAction(b.action).prefix === HOMEWORK_ACTION);
    return starts.length === 1 ? starts[0] : undefined;
  };

  /** `ignored`: letters typed after this one on the line, which a question taking one letter does not count. */
  const pressButton = async (text: string, withQuestion = true, ignored: readonly string[] = []): Promise<boolean> => {
    const button = buttonFor(text, withQuestion);
    if (!button) return false;
    const { prefix, args } = decodeAction(button.action);
    if (prefix === HOMEWORK_ANSWER_ACTION) {
      if (homeworkTimeIsUp()) return true;
      stopHomework();
    }
    if (!ASK_PREFIXES.has(prefix)) practiceLeft = undefined;
    const form = app.router.form(button.action, context);
    if (form && 'action' in form) {
      // Lines typed as an answer before it was opened (kept: keptForPractice) start it.
      const kept = practiceLeft && button.action === practiceLeft.answer.action ? practiceLeft.lines.splice(0) : [];
      filling = { form, lines: kept };
      write(`${kept.length > 0 ? PRACTICE_MESSAGES.consoleStillWriting(kept.length) : PRACTICE_MESSAGES.consoleTaking}\n`);
      return true;
    }
    if (form) {
      show(form);
      return true;
    }
    const reply = (await app.router.runAction(button.action, context)) ?? { body: MESSAGES.unknownAction };
    if (prefix !== QUIZ_ACTION) {
      show(reply);
      return true;
    }
    notePlayed(reply);
    show(numbered(reply, args, ignored));
    sayWhoIsAwaited();
    return true;
  };

  /** A quiz press that counted (not late, not on a round that has ended) makes the player one of the round's own. */
  const notePlayed = (reply: Reply) => {
    if (reply.body === QUIZ_MESSAGES.answerLate || reply.body === QUIZ_MESSAGES.answerEnded) return;
    played.set(context.userId, context.userName);
    joined.delete(context.userId);
  };

  /** "Answer locked in for question 2": at one keyboard, a letter typed as a question closed lands on the next one. */
  const numbered = (reply: Reply, args: readonly string[], ignored: readonly string[] = []): Reply => {
    const pressed = parseAnswerAction(args);
    if (!pressed || reply.body !== QUIZ_MESSAGES.answerLocked) return reply;
    const n = pressed.questionIndex + 1;
    const body = ignored.length > 0 ? QUIZ_MESSAGES.consoleOneLetterCounts(choiceKey(pressed.choiceIndex), n, ignored.map((k) => k.toUpperCase())) : QUIZ_MESSAGES.consoleAnswerLockedFor(n);
    return { ...reply, body };
  };

  /** Joins a player to the round running here; one who then answers nothing is not waited for long (missesAt). */
  const joinRound = (userId: string, userName: string) => {
    app.rounds.join(guildId(), context.channelId, userId, userName);
    if (played.has(userId)) return;
    // Joined while a question is open: that question is the first they could have answered.
    const counting = app.rounds.unanswered(guildId(), context.channelId).some((p) => p.userId === userId);
    joined.set(userId, { userName, missed: 0, counting });
  };

  /**
   * A question posted: each player switched in who has not answered in the round missed the one before it (from the
   * first they could answer). After MISSES_BEFORE_NOT_WAITING in a row the round forgets them, which takes nothing
   * away (they have no answers in it): its questions stop waiting for them, and a notice says so, once.
   */
  const missesAt = (post: Reply): Reply[] => {
    const first = post.buttons?.[0];
    if (post.deadline === undefined || !first || decodeAction(first.action).prefix !== QUIZ_ACTION) return [];
    const notices: Reply[] = [];
    for (const [userId, player] of joined) {
      if (!player.counting) {
        player.counting = true;
        continue;
      }
      player.missed += 1;
      if (player.missed < MISSES_BEFORE_NOT_WAITING) continue;
      joined.delete(userId);
      app.rounds.forgetPlayer(guildId(), userId);
      notices.push({ body: QUIZ_MESSAGES.consoleNotWaitingFor(player.userName) });
    }
    return notices;
  };

  /**
   * After a quiz answer, the players of the round the question still waits for, named: at one keyboard, a player
   * who switched in earlier and has not answered would otherwise hold it open with nothing said.
   */
  const sayWhoIsAwaited = () => {
    const awaited = app.rounds.unanswered(guildId(), context.channelId);
    if (awaited.length === 0 || awaited.some((p) => p.userId === context.userId)) return;
    write(`${QUIZ_MESSAGES.consoleWaitingFor(awaited.map((p) => p.userName))}\n`);
  };

  const guildId = () => context.guildId ?? LOCAL_GUILD_ID;

  /** Q in a round: the open question and its choices again (a listener lost them under an /ask), with the time left. */
  const repeatQuestion = () => {
    const open = app.rounds.openQuestion(guildId(), context.channelId);
    if (app.rounds.waitingForCue(guildId(), context.channelId)) write(`${QUIZ_MESSAGES.consoleNotAskedYet}\n`);
    else if (!open || !lastQuestion || lastQuestion.deadline !== open.deadline) write(`${QUIZ_MESSAGES.consoleNoOpenQuestion}\n`);
    else {
      show(lastQuestion);
      // The round's own clock: the session may have none (options.time) while the app's is not the system's.
      write(`${QUIZ_MESSAGES.consoleSecondsLeft(Math.ceil(open.msLeft / 1000))}\n`);
    }
  };

  /**
   * Whether a line asks question 1 of a round that waits for it (QuizTiming.firstQuestionOnCue): Enter, or an answer
   * letter that presses nothing else on the screen (a letter piped after /quiz answers question 1). Any other line
   * (/help, /ask, Q, /as, /quiz stop, /quit, a practice answer's text) is handled with the round still waiting, so
   * the question's time does not run while its reply is read.
   */
  const cuesFirstQuestion = (line: string): boolean => {
    if (filling || !app.rounds.waitingForCue(guildId(), context.channelId)) return false;
    if (line === '') return true;
    const first = (line.split(/[\s,]+/)[0] ?? '').replace(/[.)!]+$/, '');
    return CHOICE_KEYS.some((k) => k.toLowerCase() === first.toLowerCase()) && buttonFor(first, false) === undefined;
  };

  /** Asks question 1 now, if the line is its cue (cuesFirstQuestion), and prints it before the line is handled. */
  const cueFirstQuestion = async (line: string) => {
    if (!cuesFirstQuestion(line)) return;
    app.rounds.cue(guildId(), context.channelId);
    await app.settled();
    for (const reply of held.splice(0)) show(reply);
  };

  /**
   * Keys typed on one line, pressed one after another. In a quiz round only an order question takes more than
   * one: once the player's answer is in, the rest would land on a question already closed ("Time is up") or a
   * round already over, so they are said once not to count.
   */
  const pressKeys = async (keys: readonly string[]) => {
    const inRound = app.rounds.current(guildId(), context.channelId) !== undefined;
    // "C A D B" for a question that takes one letter: the first is the answer, said in one message with the rest not counted.
    const open = app.rounds.openQuestion(guildId(), context.channelId);
    const first = keys[0] === undefined ? undefined : buttonFor(keys[0]);
    if (open && !open.order && first && decodeAction(first.action).prefix === QUIZ_ACTION) {
      await pressButton(keys[0] ?? '', true, keys.slice(1));
      return;
    }
    for (const [i, key] of keys.entries()) {
      if (i > 0 && inRound && !app.rounds.awaitingPresses(guildId(), context.channelId, context.userId)) {
        write(`${QUIZ_MESSAGES.answerDuplicate}\n`);
        return;
      }
      await pressButton(key);
    }
  };

  /**
   * A line while a form is being filled in: part of the answer, or /done, /cancel or /quit. A button's key as
   * the first line presses it (a practice question's Model answer or Another question); later, it is answer text.
   */
  const fill = async (current: NonNullable<typeof filling>, line: string): Promise<boolean> => {
    const warned = quitWarned;
    quitWarned = false;
    if (line === '/quit' || line === '/exit') {
      // Written words are not kept past the console (a /practice answer is never stored), so a slip must not lose them:
      // the first /quit says so, the second leaves. Nothing written yet: nothing to lose.
      if (current.lines.length === 0 || warned) return false;
      quitWarned = true;
      write(`${PRACTICE_MESSAGES.consoleQuitWhileWriting(current.lines.length)}\n`);
      return true;
    }
    // Only the practice question's own buttons: a line "b" is answer text, not a quiz answer, even while a round runs.
    if (current.lines.length === 0 && (await pressButton(line, false))) {
      // Still taking the answer (Model answer leaves it open): say so, as the reply above ends with other buttons.
      if (filling === current) write(`${PRACTICE_MESSAGES.consoleStillWriting(0)}\n`);
      return true;
    }
    if (line === '/cancel') {
      filling = undefined;
      write(`${PRACTICE_MESSAGES.consoleCancelled}\n`);
    } else if (line === '/done') {
      filling = undefined;
      const field = current.form.fields[0];
      const values = field ? { [field.id]: current.lines.join('\n').trim() } : {};
      show((await app.router.runSubmit(current.form.action, values, context)) ?? { body: MESSAGES.unknownAction });
    } else if (line.startsWith('/')) await commandWhileWriting(current, line);
    else current.lines.push(line);
    return true;
  };

  /**
   * A line starting with "/" while an answer is written is never answer text. A command runs, and the answer stays
   * open with what has been written of it ("/ask when did the first plan start?" to check a fact mid-answer), unless
   * the command sets another question: with nothing written, the new question's answer is taken instead (the first
   * line "/practice collectivisation"); with something written, or for /as (another player), or for no command at
   * all, nothing runs and the student is told how to hand the answer in or drop it first.
   */
  const commandWhileWriting = async (current: NonNullable<typeof filling>, line: string): Promise<void> => {
    const parsed = splitCommandLine(line);
    const typed = `/${parsed?.name ?? ''}`;
    if (!parsed || parsed.name === 'as' || !app.router.command(parsed.name) || (current.lines.length > 0 && parsed.name === 'practice')) {
      write(`${PRACTICE_MESSAGES.consoleWritingAnswer(typed)}\n`);
      return;
    }
    filling = undefined;
    await handle(line);
    // A new question's answer is open now (nothing was written of the last one's); otherwise the answer goes on.
    if (filling !== undefined) return;
    filling = current;
    write(`${PRACTICE_MESSAGES.consoleStillWriting(current.lines.length)}\n`);
  };

  /** Whether a quiz or homework question is open here: what is typed then is meant for it. */
  const answering = () => app.rounds.openQuestion(guildId(), context.channelId) !== undefined || homework !== undefined;

  /**
   * Whether a line typed without a slash is meant for /ask: a question (readsAsQuestion), a correction of the last
   * answer ("no i mean lenins cult": readsAsCorrection), a request about the last answer ("shorter pls", "say it
   * again"), or one /ask answers as revision help ("key dates for the famine pls", "im so
   * stressed about my test"). A bare name or term of the course ("the nep") is asked too (namesCourseAlone); other text
   * that asks nothing ("lol") gets the hint, so the student learns the commands.
   */
  const meantForAsk = (line: string) =>
    readsAsQuestion(line) || (readsAsCorrection(line) && !yesOrNoShown()) || requestAboutLast(line) !== undefined || requestInLine(line) !== undefined || readRevisionRequest(line) !== undefined;

  /**
   * A step that waits for its own keys is shown (a review card, a homework question or list, a yes-or-no step, a quiz round): a
   * line that only says something (readsAsSaying) may be meant for it, so only a question is taken as /ask then.
   */
  const stepShown = () =>
    // Players talk among themselves during a round ("we are ready"): only a question is for /ask then.
    app.rounds.current(guildId(), context.channelId) !== undefined || keysAwaited();

  /** A step waiting for its own keys is shown: a yes-or-no step, a review card, a homework question or list. */
  const keysAwaited = () =>
    yesOrNoShown() ||
    pressable().some(({ button }) => {
      const prefix = decodeAction(button.action).prefix;
      return prefix === REVIEW_ACTION || prefix === HOMEWORK_ACTION || prefix === HOMEWORK_ANSWER_ACTION;
    });

  /**
   * A bare name or term of the course, said alone as a student revising from flashcards types it ("magnitogorsk",
   * "lenins testament", "order 00447", "the nep", "trotsky"), with no step waiting for its keys: a question about it, for
   * /ask. It is /ask's matcher that says whether the line names a person, term, event or topic of the course, or the line
   * is exactly a person's or term's name or alias in the fact base (the matcher reads "trotsky" alone as no more than the
   * course's own people, as it reads "stalin"), or its words, spelling corrected, name the course (namesContent: "abortion
   * ban", "diffrence with trosky"); a line that names none ("lol", "brb", "messi", "pizza party") is left to the hint.
   */
  const namesCourseAlone = (line: string) =>
    !readsAsSaying(line) && !onlyDeclines(line) && !keysAwaited() && (courseNames().has(normaliseText(line)) || namesTheCourse(app.matcher, line) || namesContent(line));
  /**
   * Whether a line's words, as /ask's matcher reads them (spelling corrected, synonyms, stems), name something of the
   * course: a person's, term's or topic's name or alias, or a topic's key term, anywhere in it ("diffrence with trosky"),
   * or two words or more as one of the fact base's questions, their phrasings (as students put them) or its events
   * begins ("abortion ban", from "abortion ban 1936"). Everyday words the notes use elsewhere ("hard work", "free time",
   * "hold on my mum is calling") name nothing.
   */
  const namesContent = (line: string): boolean => {
    const terms = app.matcher.readTerms(line);
    if (terms.length === 0) return false;
    const { names: named, openings } = contentIndex(app);
    if (terms.length >= 2 && openings.has(terms.join(' '))) return true;
    for (let from = 0; from < terms.length; from++) for (let to = from + 1; to <= terms.length; to++) if (named.has(terms.slice(from, to).join(' '))) return true;
    // A flashcard's few words with a year or decade, all known to the notes, that one entry answers surely ("education
    // 1930s"); a bare topic ("the nep") still gets how commands work, and everyday praise ("well done") is no question.
    if (/\b1[89]\d\d/.test(line) && terms.length <= FEW_CARD_WORDS && app.matcher.rank(line).terms.every((t) => t.known)) {
      const found = app.matcher.match(line);
      return found.status === 'answered' && found.confidence >= SURE_CARD_FIT;
    }
    return false;
  };

  /** Every person's and term's name and alias in the fact base, as normaliseText reads them, worked out on first use. */
  let names: ReadonlySet<string> | undefined;
  const courseNames = (): ReadonlySet<string> =>
    (names ??= new Set(
      [...app.kb.people.flatMap((p) => [p.name, ...p.aliases]), ...app.kb.terms.flatMap((t) => [t.term, ...t.aliases])].map(normaliseText).filter((n) => n !== ''),
    ));

  /** The key that presses the kept practice's Answer again, as its notice shows it. */
  const answerKey = (left: NonNullable<typeof practiceLeft>) => buttonKeys(left.buttons)[left.buttons.indexOf(left.answer)] ?? '1';

  /**
   * A line that reads as part of a practice answer (a statement of three words or more, not a question or a request)
   * typed after a practice question or mark with no answer open: kept, and the student told to press Answer again,
   * which opens the answer with it (its buttons shown again, as an /ask in between took the keys).
   */
  const keptForPractice = (line: string): boolean => {
    const left = practiceLeft;
    if (!left || line.split(/\s+/).length < 3 || onlyDeclines(line) || readPleasantry(line) !== null || meantForAsk(line) || asksRatherThanAnswers(line)) return false;
    left.lines.push(line);
    const n = left.lines.length;
    tellKept(left, n === 1 ? CONSOLE_MESSAGES.practiceNotOpen(answerKey(left), n) : CONSOLE_MESSAGES.practiceStillNotOpen(answerKey(left), n));
    return true;
  };

  /** Says what to do with the kept lines: with the practice's buttons once more when another reply's keys are on screen. */
  const tellKept = (left: NonNullable<typeof practiceLeft>, message: string) => {
    if (buttons.includes(left.answer)) write(`${message}\n`);
    else show({ body: message, buttons: left.buttons, private: true, tone: 'info' }, true);
  };

  /** A step that asks yes or no is shown (/tutor reset, /forget-me: Y or N): a line starting "no" is meant for it, not /ask. */
  const yesOrNoShown = () => {
    const keys = pressable().map((p) => p.key);
    return keys.includes(KEYS.confirm.toLowerCase()) && keys.includes(KEYS.cancel.toLowerCase());
  };

  /**
   * A question typed without /ask ("why did stalin do the purges") is asked, with a line the first time saying so; a
   * greeting or thanks gets /ask's friendly word. Not while a quiz or homework question is open: what is typed then is
   * meant for it ("is it 1921?"), and gets the hint as before; but words of distress are always answered, with /ask's
   * help, not a hint about letters (the reply matters more than the question).
   */
  const askedWithoutSlash = async (line: string): Promise<boolean> => {
    const ask = app.router.command('ask');
    if (!ask) return false;
    const distress = createDistressReader(app.kb.wellbeing?.phrases);
    const open = answering();
    if (open ? distress.distress(line) : distress.mayBeDistress(line)) {
      show(await ask.run({ options: { question: line } }, context), true);
      return true;
    }
    if (!open && keptForPractice(line)) return true;
    const pleasantry = readPleasantry(line);
    // Whatever else a line says to the tutor is for /ask too (an off-course question gets its refusal), unless a step waiting for its keys is shown.
    // So is a bare name or term of the course ("magnitogorsk"), asked in full as a question is.
    const bare = !open && pleasantry === null && !meantForAsk(line) && namesCourseAlone(line);
    // "why?", "still difficult, more simple" after an answer: asked of it, as a follow-up (answered when /ask reads it).
    const followOn = answerShown && pleasantry === null && !meantForAsk(line) && followsOnAlone(line) && (!stepShown() || /\?$/.test(line));
    // A question put any way, or an exam question pasted ("Extract A: … Evaluate … [30]"), is for /ask (the latter in full).
    const asking = pleasantry === null && !meantForAsk(line) && asksRatherThanAnswers(line);
    const question = pleasantry === null && (meantForAsk(line) || bare || followOn || asking || (!stepShown() && readsAsSaying(line)));
    if (open || (!question && (pleasantry === null || pleasantry === 'goodbye'))) return false;
    // A line that only says something ("hold on my mum is calling", "lol that is funny") is answered only when /ask is
    // sure of its answer; else it is told how to ask, and nothing of it goes to the teacher's list of missed questions.
    // One that names someone or something of the course ("and zinovev" after an answer on Kamenev) is asked in full.
    // A question of the last answer ("why?", "evidence?") is asked in full; a line that only says something of it ("more",
    // "still difficult") is answered when /ask is sure, else told what it can ask of the last answer, and never kept.
    const inPassing = question && !meantForAsk(line) && !bare && (followOn ? !asksOfLastAnswer(line) : !readsAsExamQuestion(line) && !asksInOwnWords(line) && !namesContent(line));
    const unsure = followOn ? CONSOLE_MESSAGES.followOnUnread : CONSOLE_MESSAGES.howToAsk;
    // "still difficult, more simple": what it asks is its request ("more simple"), which /ask reads alone.
    const asked = requestAboutLast(line) === undefined ? (requestInLine(line) ?? line) : line;
    const reply = await ask.run({ options: { question: asked, ...(inPassing ? { [ASK_UNLESS_SURE_OPTION]: unsure } : {}) } }, context);
    if (question && !toldAsk && reply.body !== unsure) {
      toldAsk = true;
      write(`${MESSAGES.consoleTakenAsAsk}\n`);
    }
    show(reply, true);
    return true;
  };

  /**
   * "a i think", "maybe b" while a question is open: its letter, said with words that change nothing, answers it (a
   * student at one keyboard means it so). Only a letter of that question's own buttons.
   */
  const pressedHedged = async (line: string): Promise<boolean> => {
    const letter = answering() ? hedgedLetter(line) : undefined;
    const button = letter === undefined ? undefined : buttonFor(letter);
    const prefix = button ? decodeAction(button.action).prefix : undefined;
    if (!letter || (prefix !== QUIZ_ACTION && prefix !== HOMEWORK_ANSWER_ACTION)) return false;
    await pressKeys([letter]);
    return true;
  };

  /** What a line that is nothing here is told: while a question is open, kindly, to type its letter; else how commands work or which keys there are. */
  const hintFor = (line: string, looksLikeKey: boolean, keys: readonly string[]): string => {
    const letters = keys.filter((k) => (CHOICE_KEYS as readonly string[]).includes(k));
    if (!looksLikeKey && answering() && letters.length > 0) return QUIZ_MESSAGES.consoleJustTheLetter(letters, app.rounds.openQuestion(guildId(), context.channelId)?.order === true);
    return !looksLikeKey ? MESSAGES.consoleNotACommand : keys.length > 0 ? MESSAGES.consoleNoSuchButton(line, keys) : MESSAGES.consoleNothingToPress;
  };

  const handle = async (line: string): Promise<boolean> => {
    if (filling) return fill(filling, line);
    if (!line) return true;
    if (line === '/quit' || line === '/exit') return false;
    const parsed = splitCommandLine(line);
    if (!parsed) {
      // A key with a full stop or bracket after it ("a.", "b)") is that key.
      if ((await pressButton(line)) || (await pressButton(line.replace(/[.)!]+$/, '')))) return true;
      // Several keys on one line ("C A D B": an order question's buttons, in order) are pressed one after another.
      const typed = line.split(/[\s,]+/).filter(Boolean);
      if (typed.length > 1 && typed.every((k) => buttonFor(k) !== undefined)) {
        await pressKeys(typed);
        return true;
      }
      if (line.replace(/[.!]$/, '').toUpperCase() === KEYS.repeatQuestion && app.rounds.current(guildId(), context.channelId)) {
        repeatQuestion();
        return true;
      }
      // A letter after a homework question's time-up notice: that question is over, and S goes on.
      if (timedOut && buttons === timedOut.buttons && /^[a-d][.)!]?$/i.test(line)) {
        write(`${HOMEWORK_MESSAGES.consoleTimeUpKey(timedOut.n, KEYS.startHomework)}\n`);
        return true;
      }
      // Letters or a number ("AB", "1921") before question 1 is asked: it comes on Enter.
      if (app.rounds.waitingForCue(guildId(), context.channelId) && /^([a-z]{1,2}|\d{1,4})[.)!]?$/i.test(line)) {
        write(`${QUIZ_MESSAGES.consoleNotAskedYet}\n`);
        return true;
      }
      // A short key that is no button here ("E", "3"), or, with buttons to press, letters or a number ("AB", "1938"):
      // say which keys there are, not how commands work.
      const keys = pressable().map((p) => p.key.toUpperCase());
      const looksLikeKey = /^[a-z0-9]$/i.test(line) || (keys.length > 0 && /^([a-z]{1,2}|\d{1,4})[.)!]?$/i.test(line));
      if (!looksLikeKey && ((await askedWithoutSlash(line)) || (await pressedHedged(line)))) return true;
      write(`${hintFor(line, looksLikeKey, keys)}\n`);
      return true;
    }
    if (parsed.name === 'as') {
      const out = /^(.*\S)\s+out$/i.exec(parsed.rest);
      if (!parsed.rest) write(`${QUIZ_MESSAGES.consoleAsUsage}\n`);
      else if (out) playerOut(out[1] ?? '');
      else {
        session.setPlayer(parsed.rest);
        // Players take turns at one keyboard: each joins the round running now, or else the next one, so a question waits for them all.
        if (app.rounds.current(guildId(), context.channelId)) joinRound(context.userId, context.userName);
        else waiting.set(context.userId, { userId: context.userId, userName: context.userName });
        // Another player's homework question: its time-up is not theirs to be told (their next Start says it).
        if (homework && homework.userId !== context.userId) stopHomework();
        write(`${QUIZ_MESSAGES.consoleAs(context.userName)}\n`);
      }
      return true;
    }
    const command = app.router.command(parsed.name);
    // /cancel and /done belong to a practice answer being written (the question says so): with none open, say that.
    if (!command && (parsed.name === 'cancel' || parsed.name === 'done')) {
      const left = practiceLeft;
      // Lines kept for a practice answer not yet open: /done says how to hand them in, /cancel drops them.
      if (left && left.lines.length > 0 && parsed.name === 'done') tellKept(left, CONSOLE_MESSAGES.practiceDoneNotOpen(answerKey(left), left.lines.length));
      else if (left && left.lines.length > 0) {
        left.lines = [];
        write(`${PRACTICE_MESSAGES.consoleCancelled}\n`);
      } else write(`${parsed.name === 'cancel' ? PRACTICE_MESSAGES.consoleNothingToCancel : PRACTICE_MESSAGES.consoleNothingToHandIn}\n`);
      return true;
    }
    if (!command) {
      write(`${MESSAGES.consoleUnknownCommand(parsed.name)}\n`);
      return true;
    }
    // Only /ask keeps a practice's kept lines and buttons waiting for Answer again; /practice shows its own.
    if (parsed.name !== 'ask') practiceLeft = undefined;
    const unknown = unknownSubcommand(command.spec, parsed.rest);
    if (unknown) {
      const known = [...(command.spec.subcommands ?? []), ...(command.spec.subcommandGroups ?? [])].map((s) => s.name);
      write(`${MESSAGES.consoleUnknownSubcommand(parsed.name, unknown, known)}\n`);
      return true;
    }
    show(await command.run(parseOptions(command.spec, parsed.rest), context), true);
    return true;
  };

  /**
   * "/as <name> out": that player is no longer one of the players: the round running here stops waiting for them
   * (what they scored stays), and the next round does not start with them. Who types next is not changed; their answer
   * makes them a player again, as /as does, so when they are the one at the keyboard the student is told so.
   */
  const playerOut = (typed: string) => {
    const name = cleanName(typed);
    const userId = consolePlayerId(name);
    const known = [waiting.delete(userId), played.delete(userId), joined.delete(userId)].some(Boolean);
    const inRound = app.rounds.leave(guildId(), context.channelId, userId);
    write(`${known || inRound ? CONSOLE_MESSAGES.playerOut(name) : CONSOLE_MESSAGES.notAPlayer(name)}\n`);
    if ((known || inRound) && context.userId === userId) write(`${CONSOLE_MESSAGES.stillAtKeyboard(name)}\n`);
  };

  /**
   * After a line handled while no round runs: a player who switched in (/as) and used the name to run the class
   * (/tutor) or to do a homework (/homework) is not waited for in the next round. A question or /stats between rounds
   * is what players do, so they stay in.
   */
  const usedForCommands = (line: string, userId: string, roundBefore: RoundInfo | undefined) => {
    if (line === '' || roundBefore || app.rounds.current(guildId(), context.channelId) || context.userId !== userId) return;
    const name = splitCommandLine(line)?.name;
    if (name !== 'tutor' && name !== 'homework') return;
    waiting.delete(userId);
  };

  /**
   * A round that has just started here (by /quiz or a button, such as "test me on …"'s) is joined by everyone
   * who switched in while none was running, before anyone can answer; players of earlier rounds are not waited for.
   */
  const joinNewRound = () => {
    const round = app.rounds.current(guildId(), context.channelId);
    // The round itself, not its id: a new round's id may repeat an ended one's.
    if (!round || round === lastRound) return;
    lastRound = round;
    practiceLeft = undefined;
    const cued = app.rounds.waitingForCue(guildId(), context.channelId);
    if (cued) write(`${QUIZ_MESSAGES.consoleReady({ ...ANSWER_KEYS, repeat: KEYS.repeatQuestion })}\n`);
    const last = new Map(played);
    joined.clear();
    played.clear();
    // Friends at one keyboard play on: the last round's players are in this one too (a GCSE trial: a friend who had
    // played was left out of question 1), unless only players new to it switched in since, a new group.
    const newGroup = waiting.size > 0 && ![...waiting.keys()].some((id) => last.has(id));
    if (!newGroup) for (const [userId, userName] of last) joinRound(userId, userName);
    for (const p of waiting.values()) joinRound(p.userId, p.userName);
    waiting.clear();
    const players = [...joined.values()].map((p) => p.userName);
    if (!joined.has(context.userId)) players.unshift(context.userName);
    // The round says who plays, so one who has gone is seen. One player in: their first answer closes question 1, so a
    // friend must switch in before Enter (a GCSE trial).
    if (players.length >= 2) write(`${CONSOLE_MESSAGES.playing(players)}\n`);
    else if (cued) write(`${QUIZ_MESSAGES.consoleTogether}\n`);
  };

  const session: ConsoleSession = {
    get context() {
      return context;
    },
    setPlayer(name) {
      const clean = cleanName(name);
      context = { ...context, userName: clean, userId: consolePlayerId(clean) };
    },
    show,
    post(reply) {
      const replies = [...missesAt(reply), reply];
      if (busy) {
        held.push(...replies);
        return;
      }
      for (const r of replies) show(r);
      if (options.prompt) write(options.prompt);
    },
    dispose: stopHomework,
    async handleLine(raw) {
      busy = true;
      try {
        const line = raw.trim();
        const who = context.userId;
        const roundBefore = app.rounds.current(guildId(), context.channelId);
        await cueFirstQuestion(line);
        const keepGoing = await handle(line);
        joinNewRound();
        usedForCommands(line, who, roundBefore);
        // Let what the line set off (a quiz question, a reveal) reach the held posts first.
        await app.settled();
        return keepGoing;
      } finally {
        busy = false;
        for (const reply of held.splice(0)) show(reply);
      }
    },
  };
  return session;
}

export interface RunConsoleOptions {
  /** The messenger the app was built with, whose channel posts this console prints. */
  readonly messenger?: ConsoleMessenger;
  /** Where pictures are written (a folder under DATA_DIR); none are when absent (`--no-images`). */
  readonly picturesDir?: string;
  /** Where text attachments are written (a folder under DATA_DIR); printed whole when absent. */
  readonly attachmentsDir?: string;
  /** The app reads aloud into the console's voice channel (WAV files). */
  readonly voice?: boolean;
  /** The app's clock and timers, for a homework question's time-up (said when it comes; not at all without them). */
  readonly time?: ConsoleTime;
  /** Plain text for a screen reader (`--plain`): no decoration, emoji or pictures, and no reply on the prompt's line. */
  readonly plain?: boolean;
}

const PROMPT = '> ';
/** A line of this many of the notes' words at most, with a year, answered at this fit or better, is a flashcard's prompt for /ask. */
const FEW_CARD_WORDS = 3;
const SURE_CARD_FIT = 0.72;

/** Runs the console until /quit or the end of input. */
export async function runConsole(app: App, io: ConsoleIo, options: RunConsoleOptions = {}): Promise<void> {
  // With --plain, what comes after the prompt starts on a line of its own: a screen reader would read "greater" first.
  // A terminal that echoes what is typed has moved to a new line once a line is read.
  const echoes = (io.input as { isTTY?: boolean }).isTTY === true;
  let atPrompt = false;
  const write = (text: string) => {
    io.output.write(options.plain && atPrompt && !text.startsWith('\n') ? `\n${text}` : text);
    atPrompt = text === PROMPT;
  };
  const session = createConsoleSession(app, write, {
    ...(options.plain ? { plain: true } : {}),
    prompt: PROMPT,
    ...(options.picturesDir ? { picturesDir: options.picturesDir } : {}),
    ...(options.attachmentsDir ? { attachmentsDir: options.attachmentsDir } : {}),
    ...(options.voice ? { voice: true } : {}),
    ...(options.time ? { time: options.time } : {}),
  });
  let closing = false;
  // A round's post waits for the voice to write what it reads of it, so its Audio: line comes before the next post.
  options.messenger?.attach(
    (reply) => (closing ? session.show(reply) : session.post(reply)),
    async () => app.voice?.settled(),
  );
  write(`${MESSAGES.consoleBanner}\n`);
  const rl = createInterface({ input: io.input, terminal: false });
  const prompt = () => write(PROMPT);
  prompt();
  for await (const line of rl) {
    if (echoes) atPrompt = false;
    let keepGoing = true;
    try {
      keepGoing = await session.handleLine(line);
    } catch (err) {
      write(`${MESSAGES.internalError('console')}\n${err instanceof Error ? err.message : String(err)}\n`);
    }
    if (!keepGoing) break;
    prompt();
  }
  session.dispose();
  rl.close();
  closing = true;
  // Nobody is left to answer: end running rounds here, so their standings print before the goodbye.
  await app.rounds.shutdown();
  write(`\n${MESSAGES.consoleBye}\n`);
}
