// /quiz start [topic] [questions] [seconds] [kind] [voice] runs a round in this channel (voice:true also reads
// it aloud in the starter's voice channel); /quiz stop ends it (its starter or a moderator). The "quiz"
// action handles the answer buttons.
import type { KnowledgeBase } from '../knowledge/schema.js';
import type { TopicFinder } from '../knowledge/topic-finder.js';
import type { LeaderboardService } from '../leaderboard/service.js';
import { CHRONOLOGY_MESSAGES, QUIZ_MESSAGES as Q, VOICE_MESSAGES } from '../messages.js';
import { QUIZ_DEFAULTS as D } from '../quiz/defaults.js';
import type { AnswerOutcome } from '../quiz/round.js';
import type { QuizRounds } from '../quiz/rounds.js';
import type { QuizKind } from '../quiz/chronology.js';
import { isPressOutcome, orderPressReply, QUIZ_ACTION, topicTitles, type PressOutcome } from './quiz-view.js';
import type { ActionHandler, Choice, Command, CommandContext, Reply } from './types.js';
import { booleanOption, integerOption, shownAsTyped, stringOption } from './types.js';
import type { VoiceHost } from '../voice/host.js';
import { joinVoiceForRound } from './voice.js';

export interface QuizCommandDeps {
  readonly kb: KnowledgeBase;
  readonly topics: TopicFinder;
  readonly rounds: QuizRounds;
  readonly leaderboard: Pick<LeaderboardService, 'flatScoring' | 'quizLevel'>;
  /** Reads rounds started with voice:true aloud (issue 17); refused without it. */
  readonly voice?: VoiceHost;
}

/** What people type to mean every topic. */
const ALL_TOPICS = new Set(['all', 'any', 'all topics', 'everything', 'mixed']);

export function serverOnly(): Reply {
  return { body: Q.serverOnly, private: true, tone: 'error' };
}

/** Nothing typed, or "all" in one of its forms: a round on every topic. */
const namesAllTopics = (name: string) => !name || ALL_TOPICS.has(name.toLowerCase());

/** A topic option: null for all topics, a topic id, or undefined when nothing matches. */
export function resolveTopic(finder: TopicFinder, value: string | undefined): string | null | undefined {
  const name = value?.trim() ?? '';
  if (namesAllTopics(name)) return null;
  return finder.find(name)?.id;
}

/**
 * The topic a round is to be on: null for all topics, a topic named exactly, or the one topic loose words fit
 * (`loose`: the reply says which it took); undefined when nothing fits well ("stalins economy", or "stalin", in
 * many topics' names): a round on a guess would be on the wrong topic, so the topics are listed instead.
 */
export function quizTopic(finder: TopicFinder, value: string | undefined): { readonly topicId: string | null; readonly loose: boolean } | undefined {
  const name = value?.trim() ?? '';
  if (namesAllTopics(name)) return { topicId: null, loose: false };
  const found = finder.match(name);
  return found && { topicId: found.item.id, loose: found.loose };
}

/** Topic suggestions for autocomplete, with "All topics" first. */
export function topicChoices(finder: TopicFinder, partial: string): Choice[] {
  const all = { name: 'All topics', value: 'all' };
  const topics = finder.suggest(partial, 24).map((t) => ({ name: t.title, value: t.id }));
  return partial.trim() && !'all topics'.startsWith(partial.trim().toLowerCase()) ? topics : [all, ...topics];
}

const KINDS: ReadonlySet<string> = new Set(CHRONOLOGY_MESSAGES.kindChoices.map((c) => c.value));

/**
 * The topic and kind as typed. The console gives a topic's first word to the topic and the rest to the kind
 * ("/quiz five year plans 3": "five", "year plans"): words that name no kind are the topic's, but for a kind at their end.
 */
function topicAndKind(topic: string | undefined, kind: string | undefined): { readonly topic?: string; readonly kind?: string } {
  if (kind === undefined || KINDS.has(kind.trim().toLowerCase())) return { ...(topic !== undefined ? { topic } : {}), ...(kind !== undefined ? { kind } : {}) };
  const words = `${topic ?? ''} ${kind}`.trim().split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  return KINDS.has(last) ? { topic: words.slice(0, -1).join(' '), kind: last } : { topic: words.join(' ') };
}

/** A topic given by its number in the topic list ("6"), which could be misread as a count: the reply says which topic it is. */
const listNumber = (topic: string | undefined): number | undefined => (/^\s*\d{1,2}\s*$/.test(topic ?? '') ? Number(topic) : undefined);

function bounded(value: number | undefined, fallback: number, min: number, max: number): { value: number; adjusted: boolean } {
  if (value === undefined) return { value: fallback, adjusted: false };
  const clamped = Math.min(max, Math.max(min, Math.round(value)));
  return { value: clamped, adjusted: clamped !== value };
}

export function createQuizCommand(deps: QuizCommandDeps): Command {
  const titles = topicTitles(deps.kb);

  /** The kind typed; mixed (about one in four a date question) when none or an unknown one is. */
  const quizKind = (typed: string | undefined): QuizKind => (typed === 'facts' || typed === 'dates' ? typed : 'mixed');
  const start = async (input: Parameters<Command['run']>[0], ctx: CommandContext, guildId: string): Promise<Reply> => {
    // The reply to the command needs no permission in the channel, but every question is a channel post.
    const cannotPost = ctx.cannotPost ?? [];
    if (cannotPost.length > 0) return { body: Q.cannotPost(cannotPost.map((p) => Q.postingPermission[p])), private: true, tone: 'error' };
    const { topic: topicName, kind } = topicAndKind(stringOption(input, 'topic'), stringOption(input, 'kind'));
    const topic = quizTopic(deps.topics, topicName);
    if (!topic) return { body: Q.topicUnsure(shownAsTyped(ctx, (topicName ?? '').slice(0, 100)), deps.kb.topics), private: true, tone: 'info' };
    const topicId = topic.topicId;
    const running = deps.rounds.current(guildId, ctx.channelId);
    if (running) return { body: Q.busy(shownAsTyped(ctx, running.starterName)), private: true, tone: 'error' };
    const questions = bounded(integerOption(input, 'questions'), D.defaultQuestions, D.minQuestions, D.maxQuestions);
    const secs = bounded(integerOption(input, 'seconds'), D.defaultSeconds, D.minSeconds, D.maxSeconds);
    const flat = await deps.leaderboard.flatScoring(guildId);
    const level = await deps.leaderboard.quizLevel(guildId);
    // voice:true: the starter's voice channel is joined first, so a refusal comes before any question.
    const voice = booleanOption(input, 'voice') === true ? await joinVoiceForRound(deps.voice, ctx, guildId) : undefined;
    if (voice && !voice.ok) return voice.reply;
    const outcome = deps.rounds.start({
      guildId,
      channelId: ctx.channelId,
      userId: ctx.userId,
      userName: ctx.userName,
      topicId,
      questions: questions.value,
      seconds: secs.value,
      flat,
      level,
      kind: quizKind(kind),
    });
    if (!outcome.ok) voice?.voice.cancel();
    else voice?.voice.attach(outcome.round);
    if (!outcome.ok) {
      if (outcome.reason === 'busy') return { body: Q.busy(shownAsTyped(ctx, outcome.round.starterName)), private: true, tone: 'error' };
      if (outcome.reason === 'closing') return { body: Q.closing, private: true, tone: 'error' };
      if (outcome.reason === 'server-busy') return { body: Q.serverBusy(outcome.limit), private: true, tone: 'error' };
      const forGcse = level === 'gcse' && deps.kb.quiz.some((q) => topicId === null || q.topic === topicId);
      return { body: forGcse ? Q.noQuestionsForGcse(titles(topicId)) : Q.noQuestions(titles(topicId)), private: true, tone: 'error' };
    }
    const round = outcome.round;
    const numbered = listNumber(topicName);
    const notes = [
      ...(topic.loose ? [Q.startTaking(shownAsTyped(ctx, (topicName ?? '').slice(0, 100)), titles(topicId) ?? '')] : []),
      ...(topicId !== null && numbered !== undefined ? [Q.startTopicNumber(numbered, titles(topicId) ?? '')] : []),
      ...(level ? [Q.startLevel(level)] : []),
      ...(round.questionCount < questions.value ? [Q.startFewer(round.questionCount, level === 'gcse')] : []),
      ...(questions.adjusted || secs.adjusted ? [Q.startAdjusted(questions.value, secs.value)] : []),
      ...(voice ? [VOICE_MESSAGES.startNote(voice.voice.channelName)] : []),
    ];
    return {
      title: Q.startTitle(titles(topicId)),
      body: [Q.startBody(shownAsTyped(ctx, ctx.userName), round.questionCount, secs.value), Q.startScoring(flat), ...notes].join('\n\n'),
      footer: Q.startFooter,
      tone: 'info',
    };
  };

  const stop = (ctx: CommandContext, guildId: string): Reply => {
    const outcome = deps.rounds.stop(guildId, ctx.channelId, ctx.userId, ctx.canManageServer || ctx.canModerateChannel === true);
    if (outcome.ok) return { body: Q.stopped(shownAsTyped(ctx, ctx.userName)), tone: 'info' };
    if (outcome.reason === 'none') return { body: Q.stopNone, private: true, tone: 'info' };
    return { body: Q.stopNotAllowed(shownAsTyped(ctx, outcome.round.starterName)), private: true, tone: 'error' };
  };

  return {
    spec: {
      name: 'quiz',
      description: 'Run a quiz round in this channel',
      guildOnly: true,
      subcommands: [
        {
          name: 'start',
          description: 'Start a quiz round in this channel',
          options: [
            { name: 'topic', description: 'A topic, or leave empty for all topics', type: 'string', autocomplete: true },
            { name: 'questions', description: `How many questions (default ${D.defaultQuestions})`, type: 'integer', min: D.minQuestions, max: D.maxQuestions },
            { name: 'seconds', description: `Seconds per question (default ${D.defaultSeconds})`, type: 'integer', min: D.minSeconds, max: D.maxSeconds },
            { name: 'kind', description: 'Mixed (the default, about one in four on dates), facts, or dates (which came first, when, in order)', type: 'string', choices: CHRONOLOGY_MESSAGES.kindChoices },
            { name: 'voice', description: VOICE_MESSAGES.voiceOption, type: 'boolean' },
          ],
        },
        { name: 'stop', description: 'Stop the round in this channel (its starter or a moderator)' },
      ],
    },
    async run(input, ctx) {
      if (ctx.guildId === null) return serverOnly();
      return input.subcommand === 'stop' ? stop(ctx, ctx.guildId) : start(input, ctx, ctx.guildId);
    },
    autocomplete(_option, partial) {
      return topicChoices(deps.topics, partial);
    },
  };
}

const ANSWER_REPLIES: Readonly<Record<Exclude<AnswerOutcome, PressOutcome>, Reply> & { accepted: Reply }> = Object.freeze({
  accepted: { body: Q.answerLocked, private: true, tone: 'success' },
  duplicate: { body: Q.answerDuplicate, private: true, tone: 'info' },
  late: { body: Q.answerLate, private: true, tone: 'info' },
  ended: { body: Q.answerEnded, private: true, tone: 'info' },
});

/** Parses "quiz:<roundId>:<questionIndex>:<choiceIndex>"; undefined when it is not one. */
export function parseAnswerAction(args: readonly string[]): { roundId: string; questionIndex: number; choiceIndex: number } | undefined {
  const [roundId, question, choice] = args;
  if (!roundId || !question || !choice || !/^\d{1,3}$/.test(question) || !/^\d$/.test(choice)) return undefined;
  return { roundId, questionIndex: Number(question), choiceIndex: Number(choice) };
}

/** The answer buttons. Replies privately to the one who pressed. */
export function createQuizAction(rounds: QuizRounds): ActionHandler {
  return {
    prefix: QUIZ_ACTION,
    run(args, ctx) {
      const parsed = parseAnswerAction(args);
      if (!parsed) return ANSWER_REPLIES.ended;
      // The console is one screen the players share: what one is told about an order, the next one reads.
      const req = { ...parsed, guildId: ctx.guildId, channelId: ctx.channelId, userId: ctx.userId, userName: ctx.userName, sharedScreen: ctx.surface === 'console' };
      const { outcome, order } = rounds.press(req);
      if (!isPressOutcome(outcome)) return ANSWER_REPLIES[outcome];
      // "Put these in order": each press is answered with the player's order so far.
      return order ? orderPressReply(outcome, order, parsed.choiceIndex) : ANSWER_REPLIES.accepted;
    },
  };
}
