// The one wiring point: builds the tutor from its parts and passes each part what it needs.
// Adapters (Discord, console) receive the finished App; nothing reaches for globals.
import { createQuestionAutocomplete } from './knowledge/question-autocomplete.js';
import type { KnowledgeBase } from './knowledge/schema.js';
import { createTopicFinder } from './knowledge/topic-finder.js';
import { createCourseMatcher, type Matcher } from './matching/matcher.js';
import type { MissedQuestions } from './missed/missed-questions.js';
import { createStoreMissedQuestions } from './missed/store-missed-questions.js';
import { createLeaderboardService, type LeaderboardService } from './leaderboard/service.js';
import { createRealScheduler, systemClock, type Clock, type Random, type Scheduler } from './quiz/clock.js';
import type { QuizTiming } from './quiz/defaults.js';
import { createRoundFairness } from './quiz/fairness.js';
import type { RoundInfo } from './quiz/round.js';
import { QuizRounds } from './quiz/rounds.js';
import { createMemoryGuildStore, ReportedStoreError, type GuildStore, type StoreLogger } from './store/guild-store.js';
import { createLeaderboardCommand } from './commands/leaderboard.js';
import { createQuizAction, createQuizCommand } from './commands/quiz.js';
import { createQuizPresenter, topicTitles } from './commands/quiz-view.js';
import { createStatsCommand } from './commands/stats.js';
import { createAnswerFeedbackAction, createAskAction, createAskCommand } from './commands/ask.js';
import { createForgetMeCommand, createPrivacyAction, createPrivacyCommand, forgetStudent } from './commands/privacy.js';
import { createRetention, type Retention } from './leaderboard/retention.js';
import { createAnswerFeedback } from './commands/answer-feedback.js';
import { createRevisionAction } from './commands/revision.js';
import { createConversationMemory } from './matching/follow-up.js';
import { createHelpCommand } from './commands/help.js';
import { createMissedCommand } from './commands/missed.js';
import { CommandRouter } from './commands/router.js';
import { createTopicCommand, createTopicsCommand } from './commands/topics.js';
import { createTutorAction, createTutorCommand } from './commands/tutor.js';
import type { ChannelMessenger, Command } from './commands/types.js';

export interface AppDeps {
  readonly kb: KnowledgeBase;
  readonly now?: () => Date;
  /** Defaults to the missed questions kept in the store. */
  readonly missed?: MissedQuestions;
  /** Per-server documents (leaderboards, settings, missed questions); in memory by default. */
  readonly store?: GuildStore;
  /** Time for quiz rounds and leaderboards (epoch ms); the system clock by default. */
  readonly clock?: Clock;
  /** Timers for quiz rounds; real timers by default. */
  readonly scheduler?: Scheduler;
  /** Chance for picking questions and shuffling choices; Math.random by default. */
  readonly random?: Random;
  /** Where quiz rounds post their questions, reveals and podiums; nowhere by default. */
  readonly messenger?: ChannelMessenger;
  /** For problems outside a request (a corrupt file, a failed post); stderr by default. */
  readonly logger?: StoreLogger;
  /** Overrides quiz timings (the console asks without pauses). */
  readonly quizTiming?: Partial<QuizTiming>;
}

export interface App {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly router: CommandRouter;
  readonly leaderboard: LeaderboardService;
  readonly rounds: QuizRounds;
  /** Retention sweeps and removed servers; the entry point starts the daily sweep. */
  readonly retention: Retention;
  /** Resolves when channel posts and score updates already under way are done (the console waits on it). */
  settled(): Promise<void>;
  /** Ends what is running and saves what is unsaved. */
  shutdown(): Promise<void>;
}

/** A messenger for when nothing is listening: posts go nowhere. */
const silentMessenger: ChannelMessenger = {
  send: async () => '',
  edit: async () => {},
};

const stderrLogger: StoreLogger = {
  warn: (message) => console.error(message),
  error: (message) => console.error(message),
};

/** The server id the console and direct messages use for per-server data. */
export const LOCAL_GUILD_ID = 'local';

export function buildApp(deps: AppDeps): App {
  const { kb } = deps;
  const clock = deps.clock ?? systemClock;
  const scheduler = deps.scheduler ?? createRealScheduler();
  const now = deps.now ?? (() => new Date(clock.now()));
  const logger = deps.logger ?? stderrLogger;
  const store = deps.store ?? createMemoryGuildStore();
  const missed = deps.missed ?? createStoreMissedQuestions(store);
  const leaderboard = createLeaderboardService({ store, clock });
  // A round whose question could not be posted ends rather than running on unseen.
  const endRound = (round: RoundInfo) => rounds.abandon(round);
  const rounds: QuizRounds = new QuizRounds({
    questions: kb.quiz,
    fairness: createRoundFairness(kb),
    clock,
    scheduler,
    random: deps.random ?? Math.random,
    present: createQuizPresenter(deps.messenger ?? silentMessenger, topicTitles(kb), endRound),
    onResult: (result) => leaderboard.record(result),
    onError: (error, where) => logger.error(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    ...(deps.quizTiming ? { timing: deps.quizTiming } : {}),
  });
  const matcher = createCourseMatcher(kb);
  const topics = createTopicFinder(kb.topics);
  const askDeps = {
    kb,
    matcher,
    missed,
    now,
    dmGuildId: LOCAL_GUILD_ID,
    autocomplete: createQuestionAutocomplete(kb.questions),
    feedback: createAnswerFeedback(),
    conversation: createConversationMemory(),
    topics,
    // The store logs its own failures (once); anything else is logged here.
    onRecordError: (error: unknown) => {
      if (!(error instanceof ReportedStoreError)) logger.error(`missed question not recorded: ${error instanceof Error ? error.message : String(error)}`);
    },
  };

  const privacyDeps = { leaderboard, forgetInRounds: (guildId: string, userId: string) => rounds.forgetPlayer(guildId, userId), now };
  const retention = createRetention({
    store,
    clock,
    scheduler,
    onError: (error) => logger.error(`retention sweep: ${error instanceof Error ? error.message : String(error)}`),
  });
  const tutorDeps = { missed, matcher, leaderboard, now, setRetention: (guildId: string, days: number | null) => retention.setRetention(guildId, days), forgetStudent: (guildId: string, userId: string) => forgetStudent(privacyDeps, guildId, userId) };
  const quizCommand = createQuizCommand({ kb, topics, rounds, leaderboard });
  const commands: Command[] = [];
  commands.push(
    createHelpCommand(() => commands),
    createAskCommand(askDeps),
    createTopicsCommand(kb),
    createTopicCommand(kb, topics),
    createMissedCommand(missed, matcher),
    quizCommand,
    createLeaderboardCommand({ kb, topics, leaderboard }),
    createStatsCommand({ kb, leaderboard }),
    createTutorCommand(tutorDeps),
    createPrivacyCommand(),
    createForgetMeCommand(privacyDeps),
  );
  const router = new CommandRouter(commands, [createAskAction(askDeps), createAnswerFeedbackAction(askDeps), createRevisionAction(quizCommand), createQuizAction(rounds), createTutorAction(tutorDeps), createPrivacyAction(privacyDeps)]);
  let stopping: Promise<void> | undefined;

  return {
    kb,
    matcher,
    router,
    leaderboard,
    rounds,
    retention,
    settled: () => rounds.settled(),
    shutdown() {
      stopping ??= (async () => {
        retention.stop();
        await rounds.shutdown();
        await store.flush();
      })();
      return stopping;
    },
  };
}
