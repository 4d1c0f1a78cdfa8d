// The one wiring point: builds the tutor from its parts and passes each part what it needs.
// Adapters (Discord, console) receive the finished App; nothing reaches for globals.
import { createQuestionAutocomplete } from './knowledge/question-autocomplete.js';
import type { KnowledgeBase } from './knowledge/schema.js';
import { createTopicFinder } from './knowledge/topic-finder.js';
import { createLazyCourseMatcher, type Matcher } from './matching/matcher.js';
import { createPremiseReader } from './matching/premise.js';
import type { MissedQuestions } from './missed/missed-questions.js';
import { createStoreMissedQuestions } from './missed/store-missed-questions.js';
import { createNameRedactor, withNamesRedacted, type NameRedactor } from './missed/redact.js';
import { createLeaderboardService, type LeaderboardService } from './leaderboard/service.js';
import { createRealScheduler, systemClock, type Clock, type Random, type Scheduler } from './quiz/clock.js';
import type { QuizTiming } from './quiz/defaults.js';
import { createRoundFairness } from './quiz/fairness.js';
import type { RoundInfo } from './quiz/round.js';
import type { RoundQuestion } from './quiz/questions.js';
import { QuizRounds } from './quiz/rounds.js';
import { createMemoryGuildStore, ReportedStoreError, type GuildStore, type StoreLogger } from './store/guild-store.js';
import { createLeaderboardCommand } from './commands/leaderboard.js';
import { createQuizAction, createQuizCommand } from './commands/quiz.js';
import { createQuizPresenter, withRoundNamesHidden } from './commands/quiz-view.js';
import { createStatsCommand } from './commands/stats.js';
import { createPracticeAction, createPracticeCommand } from './commands/practice.js';
import { courseYearsOf } from './practice/dates.js';
import { createPracticeHistory, topicRecords } from './practice/history.js';
import { createMarker, type Marker } from './practice/marker.js';
import { createAnswerFeedbackAction, createAskAction, createAskAgain, createAskCommand } from './commands/ask.js';
import { createForgetMeCommand, createPrivacyAction, createPrivacyCommand, createPrivacyMoreAction, forgetStudent } from './commands/privacy.js';
import { createRetention, type Retention } from './leaderboard/retention.js';
import { createAnswerFeedback } from './commands/answer-feedback.js';
import { createRevisionAction, studentTopicResults } from './commands/revision.js';
import { createConversationMemory } from './matching/follow-up.js';
import { createHelpCommand } from './commands/help.js';
import { createMissedCommand } from './commands/missed.js';
import { CommandRouter } from './commands/router.js';
import { createTopicCommand, createTopicsCommand } from './commands/topics.js';
import { createChartCommand, createTimelineCommand, topicTimeline } from './commands/pictures.js';
import { createPictureRenderer, DrawingWorker, type PictureRenderer } from './pictures/rasterise.js';
import { createTutorAction, createTutorCommand } from './commands/tutor.js';
import { createMyDataCommand } from './commands/my-data.js';
import type { ActionHandler, ChannelMessenger, Command } from './commands/types.js';
import { describeKnowledgeChanges } from './knowledge/last-good.js';
import { CHRONOLOGY_MESSAGES, MESSAGES, VOICE_MESSAGES } from './messages.js';
import { VoiceHost } from './voice/host.js';
import type { VoicePort } from './voice/port.js';
import { createSpeechEngine, type SpeechEngine } from './voice/speech.js';
import { SynthWorker } from './voice/flite.js';
import { createReadAloudAction, createVoiceCommand, withReadAloud, type ReadAloud } from './commands/voice.js';
import { chronologyQuestions } from './quiz/chronology.js';
import { createEventContext } from './quiz/event-context.js';
import { createRememberAction, createReviewAction, createReviewCommand } from './commands/review.js';
import { createReviewDeck } from './review/deck.js';
import { ReviewSessions } from './review/session.js';
import { answersKept, recordAsk } from './report/activity.js';
import { userStats } from './leaderboard/ranking.js';
import { forgetStudyData } from './report/student-data.js';
import { createHomeworkAnswerAction, createHomeworkCommand, createHomeworkStartAction, createHomeworkTeacherExtension } from './commands/homework.js';
import { createTeacherSettingsExtension } from './commands/teacher.js';
import { createClassReportExtension } from './commands/class-report.js';
import { createHomeworkService } from './homework/service.js';
import { createClassSettings } from './homework/settings.js';

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
  /** Loads the edited fact base for /tutor reload (main.ts: knowledge/, checked); reloading is unavailable without it. */
  readonly reloadFrom?: () => Promise<{ readonly ok: true; readonly kb: KnowledgeBase } | { readonly ok: false; readonly problems: readonly string[] }>;
  /** Set when knowledge/ had problems at start and `kb` is the last good copy: teachers are told in /tutor missed. */
  readonly knowledgeFallback?: { readonly problems: readonly string[]; readonly savedAt: string };
  /** Draws timelines and charts (cached by content); resvg with the shipped font, in the app's drawing worker, by default. */
  readonly pictures?: PictureRenderer;
  /** Voice channels (Discord's, or WAV files in the console): quiz rounds and answers read aloud (issue 17); none without it. */
  readonly voice?: VoicePort;
  /** Speaks for the voice channels; the offline engine (Flite in the app's speech worker, src/voice/speech.ts) with the fact base's pronunciations by default. */
  readonly speech?: SpeechEngine;
  /** RETENTION_DAYS: days activity is kept where a server set no period, and in direct messages; 365 by default. */
  readonly retentionDays?: number;
  /** DATA_DIR: the daily sweep also deletes the copies there no deletion reaches (src/store/old-copies.ts); none without it. */
  readonly dataDir?: string;
  /** SCHOOL_PRIVACY_CONTACT: who at the school answers questions about students' data; /privacy names it. */
  readonly privacyContact?: string | undefined;
}

/** What /tutor reload did: the changes in a teacher's words, or the problems that kept the edited fact base out. */
export type KnowledgeReload = { readonly ok: true; readonly changes: string } | { readonly ok: false; readonly problems: readonly string[] };

interface KnowledgeParts {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher & { warm(): void };
  /** Takes names out of what the missed-questions list keeps (its word lists built on first use: warm() builds them). */
  readonly redactNames: NameRedactor;
  /** /practice's marker (its reading aids and historians' sentences built on first use: warm() builds them). */
  readonly marker: Marker;
  readonly commands: readonly Command[];
  readonly actions: readonly ActionHandler[];
  /** The quiz's questions (quizBank), built once per fact base for the rounds and /review alike. */
  readonly questions: readonly RoundQuestion[];
}

export interface App {
  readonly kb: KnowledgeBase;
  readonly matcher: Matcher;
  readonly router: CommandRouter;
  readonly leaderboard: LeaderboardService;
  readonly rounds: QuizRounds;
  /** Reading aloud in voice channels, when the app has a voice port. */
  readonly voice: VoiceHost | undefined;
  /** Retention sweeps and removed servers; the entry point starts the daily sweep. */
  readonly retention: Retention;
  /** Builds /ask's index and the names redactor's word lists now rather than on first use (the entry point calls it once the tutor is ready). */
  warm(): void;
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

/** The quiz's questions: the written ones, and date questions generated from the dated events (issue 15). */
const quizBank = (kb: KnowledgeBase) => [...kb.quiz, ...chronologyQuestions(kb.events, CHRONOLOGY_MESSAGES, createEventContext(kb), courseYearsOf(kb))];

/** The server id the console and direct messages use for per-server data. */
export const LOCAL_GUILD_ID = 'local';

export function buildApp(deps: AppDeps): App {
  const clock = deps.clock ?? systemClock;
  const scheduler = deps.scheduler ?? createRealScheduler();
  const now = deps.now ?? (() => new Date(clock.now()));
  const logger = deps.logger ?? stderrLogger;
  const store = deps.store ?? createMemoryGuildStore();
  const missed = deps.missed ?? createStoreMissedQuestions(store);
  const leaderboard = createLeaderboardService({ store, clock });
  // Topic titles for the posts of rounds under way; refilled when the fact base is reloaded.
  const titles = new Map<string, string>();
  const useTitles = (kb: KnowledgeBase) => {
    titles.clear();
    for (const t of kb.topics) titles.set(t.id, t.title);
  };
  useTitles(deps.kb);
  // A round whose question could not be posted ends rather than running on unseen.
  const endRound = (round: RoundInfo) => rounds.abandon(round);
  const showRound = createQuizPresenter(deps.messenger ?? silentMessenger, (id) => (id === null ? null : (titles.get(id) ?? id)), endRound);
  // The app's worker threads that draw and speak: one of each is enough (both cache what they make); each
  // starts on its first use, so an app that never draws or speaks starts none. Closed at shutdown.
  const drawing = new DrawingWorker();
  const synth = new SynthWorker();
  // The fact base whose pronunciations the speech uses: replaced by /tutor reload.
  let spokenKb = deps.kb;
  // Voice channels (issue 17): a round started with voice:true is read aloud; /ask answers can be.
  const voiceHost =
    deps.voice
      ? new VoiceHost({
          port: deps.voice,
          // Course names said as the fact base in use says (a reloaded one too).
          speech: deps.speech ?? createSpeechEngine({ synthesize: synth.synthesize, pronunciations: () => spokenKb.pronunciations }),
          words: VOICE_MESSAGES.spoken,
          clock,
          scheduler,
          onError: (error, where) => logger.error(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
          onLeftRound: (textChannelId, voiceChannel, why) => {
            const body = why === 'alone' ? VOICE_MESSAGES.leftAlone(voiceChannel) : VOICE_MESSAGES.leftLost(voiceChannel);
            (deps.messenger ?? silentMessenger).send(textChannelId, { body, tone: 'info' }).catch((error: unknown) => logger.warn(`voice notice not posted: ${String(error)}`));
          },
        })
      : undefined;
  const firstBank = quizBank(deps.kb);
  const rounds: QuizRounds = new QuizRounds({
    questions: firstBank,
    fairness: createRoundFairness(deps.kb, firstBank),
    clock,
    scheduler,
    random: deps.random ?? Math.random,
    present: async (event) => {
      // Students who hid their names (/privacy leaderboard:hide) are "a player" in what the channel sees and hears;
      // should the server's file be unreadable, everyone in the round is.
      const shown =
        event.kind === 'question'
          ? event
          : withRoundNamesHidden(event, await leaderboard.hiddenNames(event.round.guildId).catch(() => new Set(event.standings.map((s) => s.userId))));
      // Read aloud when the round has a voice channel (never waits for the speech), and posted.
      voiceHost?.roundEvent(shown);
      return showRound(shown);
    },
    // The leaderboard, and each player's review deck and the class's activity (issue 14).
    onResult: (result) => Promise.all([leaderboard.record(result), reviewDeck.recordRound(result)]).then(() => undefined),
    onError: (error, where) => logger.error(`${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    ...(deps.quizTiming ? { timing: deps.quizTiming } : {}),
  });
  // Review decks and sessions, homework and the class's activity (issue 14): kept in the store, read by the parts below.
  const reviewDeck = createReviewDeck(store);
  const reviewSessions = new ReviewSessions(clock, deps.random ?? Math.random);
  const storeError = (what: string) => (error: unknown) => {
    if (!(error instanceof ReportedStoreError)) logger.error(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  };
  const classSettings = createClassSettings(store);
  const timeZone = (guildId: string) => classSettings.timeZone(guildId);
  const homework = createHomeworkService(store, clock);
  const forgetStudy = async (guildId: string, userId: string) => {
    reviewSessions.forget(guildId, userId);
    let found = false;
    await store.update(guildId, (draft) => {
      found = forgetStudyData(draft, userId);
    });
    return found;
  };
  const privacyDeps = { leaderboard, forgetInRounds: (guildId: string, userId: string) => rounds.forgetPlayer(guildId, userId), now, forgetStudyData: forgetStudy, dmGuildId: LOCAL_GUILD_ID };
  const retention = createRetention({
    store,
    clock,
    scheduler,
    onError: (error) => logger.error(`retention sweep: ${error instanceof Error ? error.message : String(error)}`),
    ...(deps.retentionDays !== undefined ? { defaultDays: deps.retentionDays } : {}),
    ...(deps.dataDir !== undefined ? { dataDir: deps.dataDir } : {}),
    // Entries stored before names were taken out (or before the redactor spotted them) lose them at the first sweep.
    redactNames: (text) => current.redactNames(text),
  });
  // /privacy states the retention period that applies where it is asked (direct messages: their file's).
  const privacyNotice = { retentionDays: async (guildId: string) => (await retention.periodOf(guildId)).days, dmGuildId: LOCAL_GUILD_ID, contact: deps.privacyContact, names: leaderboard };
  // What students and teachers said and asked lately outlives a reload of the fact base.
  const feedback = createAnswerFeedback();
  // Pictures are cached by their content, so the cache outlives a reload of the fact base.
  const pictures = deps.pictures ?? createPictureRenderer({ scale: 1.2, draw: drawing.draw });
  const conversation = createConversationMemory();
  const practiceHistory = createPracticeHistory(store);
  // Set while the tutor runs on the last good fact base because knowledge/ has problems.
  let fallback = deps.knowledgeFallback;
  let current: KnowledgeParts;

  /** A Read aloud button under a reply, where the student can hear it (src/commands/voice.ts). */
  const readAloud: ReadAloud = (reply, ctx, target) => withReadAloud(reply, voiceHost, ctx, target);

  /** Everything that reads the fact base, built for one fact base; the stateful services above are shared. */
  const assemble = (kb: KnowledgeBase, questions = quizBank(kb)): KnowledgeParts => {
    const matcher = createLazyCourseMatcher(kb);
    const topics = createTopicFinder(kb.topics);
    const premises = createPremiseReader(kb.misconceptions ?? [], matcher);
    // One list of misconceptions: /practice flags in an answer those /ask corrects in a question.
    const marker = createMarker(kb, { premises });
    const redactNames = createNameRedactor(kb);
    const askDeps = {
      kb,
      matcher,
      wrongDates: (question: string) => marker.wrongDates(question),
      premises: (question: string) => premises.corrections(question),
      // Recorded without names or school details (the fact base's own names are kept).
      missed: withNamesRedacted(missed, redactNames),
      now,
      dmGuildId: LOCAL_GUILD_ID,
      autocomplete: createQuestionAutocomplete(kb.questions),
      feedback,
      conversation,
      topics,
      readAloud,
      classLevel: (guildId: string) => leaderboard.quizLevel(guildId),
      // /tutor board: exam advice for the class's board (src/commands/exam-advice.ts).
      classBoard: (guildId: string) => leaderboard.examBoard(guildId),
      // The student's own quiz answers per topic (since a leaderboard reset, those the class report keeps) and /practice marks.
      studentResults: async (guildId: string, userId: string) => {
        const doc = await leaderboard.document(guildId);
        const quiz = (userStats(doc, userId)?.topics ?? []).map((t) => ({ topic: t.topicId, answered: t.answered, correct: t.correct }));
        const kept = quiz.length > 0 ? quiz : [...answersKept(doc, userId)].map(([topic, t]) => ({ topic, ...t }));
        return studentTopicResults(kept, topicRecords(await practiceHistory.attempts(guildId, userId), kb.topics));
      },
      onAsked: (guildId: string, userId: string) => {
        store.update(guildId, (draft) => recordAsk(draft, userId, clock.now())).catch(storeError('question asked not counted'));
      },
      // The store logs its own failures (once); anything else is logged here.
      onRecordError: (error: unknown) => {
        if (!(error instanceof ReportedStoreError)) logger.error(`missed question not recorded: ${error instanceof Error ? error.message : String(error)}`);
      },
    };
    const homeworkDeps = {
      kb,
      topics,
      homework,
      settings: classSettings,
      leaderboard,
      messenger: deps.messenger ?? silentMessenger,
      fairness: createRoundFairness(kb),
      random: deps.random ?? Math.random,
      now: () => clock.now(),
      onPostError: storeError('homework post not updated'),
    };
    // Every list of what the tutor could not answer asks each question again the same way (a follow-up with the answer it followed).
    const askAgain = createAskAgain({ kb, matcher });
    const tutorDeps = {
      missed,
      matcher,
      askAgain,
      kb,
      leaderboard,
      now,
      retention,
      forgetStudent: (guildId: string, userId: string) => forgetStudent(privacyDeps, guildId, userId),
      knowledge: { reload: reloadKnowledge, note: knowledgeNote },
      extensions: [
        createHomeworkTeacherExtension(homeworkDeps),
        createClassReportExtension({ kb, settings: classSettings, leaderboard, now: () => clock.now(), pictures, askAgain }),
        createTeacherSettingsExtension({ settings: classSettings, now: () => clock.now() }),
      ],
    };
    const practiceDeps = {
      kb,
      marker,
      history: practiceHistory,
      topics,
      now,
      random: deps.random ?? Math.random,
      onRecordError: (error: unknown) => {
        if (!(error instanceof ReportedStoreError)) logger.error(`practice answer not recorded: ${error instanceof Error ? error.message : String(error)}`);
      },
      deck: reviewDeck,
      dmGuildId: LOCAL_GUILD_ID,
      readAloud,
      // /tutor level: an A-level class is set the A-level essay and interpretation questions first.
      classLevel: (guildId: string) => leaderboard.quizLevel(guildId),
      // /tutor board: the questions the class's board sets first.
      classBoard: (guildId: string) => leaderboard.examBoard(guildId),
    };
    // A date question missed in a round comes back in /review too; "put these in order" as "which happened first?" (one press).
    const reviewable = new Map(questions.map((q) => [q.id, 'order' in q && q.order ? { ...q, prompt: CHRONOLOGY_MESSAGES.firstPrompt } : q]));
    const reviewDeps = {
      kb,
      entry: (id: string) => matcher.entry(id),
      quizQuestion: (id: string) => reviewable.get(id),
      deck: reviewDeck,
      sessions: reviewSessions,
      now: () => clock.now(),
      dmGuildId: LOCAL_GUILD_ID,
      timeZone,
      onRecordError: storeError('review not saved'),
      // A card whose question a round in the server is asking is held back until the round is over.
      inPlay: (guildId: string, questionId: string) => rounds.inPlay(guildId, questionId),
      readAloud,
    };
    const quizCommand = createQuizCommand({ kb, topics, rounds, leaderboard, ...(voiceHost ? { voice: voiceHost } : {}) });
    const commands: Command[] = [];
    commands.push(
      createHelpCommand(() => commands),
      createAskCommand(askDeps),
      createTopicsCommand(kb),
      createTopicCommand(
        kb,
        topics,
        (topic) => topicTimeline({ kb, pictures }, topic),
        (reply, ctx, topicId) => readAloud(reply, ctx, { kind: 'topic', topicId }),
      ),
      createTimelineCommand({ kb, topics, pictures }),
      createChartCommand({ kb, pictures }),
      createMissedCommand(missed, matcher, askAgain),
      quizCommand,
      createLeaderboardCommand({ kb, topics, leaderboard, pictures }),
      createStatsCommand({ kb, leaderboard, practice: practiceHistory, settings: classSettings, now: () => clock.now() }),
      createPracticeCommand(practiceDeps),
      createReviewCommand(reviewDeps),
      createHomeworkCommand(homeworkDeps),
      createTutorCommand(tutorDeps),
      createPrivacyCommand(privacyNotice),
      createForgetMeCommand(privacyDeps),
      createMyDataCommand({ kb, leaderboard, dmGuildId: LOCAL_GUILD_ID, now, periodOf: (guildId: string) => retention.periodOf(guildId) }),
      createVoiceCommand(voiceHost),
    );
    const actions = [
      createAskAction(askDeps),
      createAnswerFeedbackAction(askDeps),
      createRevisionAction(quizCommand, kb, readAloud),
      createQuizAction(rounds),
      createReadAloudAction({ host: voiceHost, kb, entry: (id) => matcher.entry(id), quizQuestion: (id) => reviewable.get(id) }),
      createTutorAction(tutorDeps),
      createPrivacyAction(privacyDeps),
      createPrivacyMoreAction(privacyNotice),
      createPracticeAction(practiceDeps),
      createReviewAction(reviewDeps),
      createRememberAction(reviewDeps),
      createHomeworkStartAction(homeworkDeps),
      createHomeworkAnswerAction(homeworkDeps),
    ];
    return { kb, matcher, redactNames, marker, commands, actions, questions };
  };

  /** Builds what is built on first use: /ask's index, the redactor's word lists and the marker's aids (a second or more: not inside the first reply). */
  const warmParts = (parts: KnowledgeParts) => {
    parts.matcher.warm();
    parts.redactNames('');
    parts.marker.warm();
  };
  const knowledgeNote = () => (fallback ? MESSAGES.knowledgeFallbackNote(fallback.problems.length, fallback.savedAt) : undefined);
  /** /tutor reload: the edited fact base, when it passes the check, for every request and round from now on. */
  async function reloadKnowledge(): Promise<KnowledgeReload> {
    if (!deps.reloadFrom) return { ok: false, problems: [MESSAGES.knowledgeReloadUnavailable] };
    const loaded = await deps.reloadFrom();
    if (!loaded.ok) return loaded;
    const before = current.kb;
    const next = assemble(loaded.kb);
    // /ask's index and the redactor's word lists built now, within the reload (already acknowledged), not on the next question.
    warmParts(next);
    current = next;
    router.replace(current.commands, current.actions);
    rounds.useQuestions(next.questions, createRoundFairness(loaded.kb, next.questions));
    spokenKb = loaded.kb;
    useTitles(loaded.kb);
    fallback = undefined;
    const changes = describeKnowledgeChanges(before, loaded.kb);
    logger.warn(`knowledge reloaded: ${changes}`);
    return { ok: true, changes };
  }

  current = assemble(deps.kb, firstBank);
  const router = new CommandRouter(current.commands, current.actions);
  let stopping: Promise<void> | undefined;

  return {
    get kb() {
      return current.kb;
    },
    get matcher() {
      return current.matcher;
    },
    router,
    leaderboard,
    rounds,
    retention,
    warm: () => warmParts(current),
    voice: voiceHost,
    settled: async () => {
      await rounds.settled();
      await voiceHost?.settled();
    },
    shutdown() {
      stopping ??= (async () => {
        retention.stop();
        voiceHost?.shutdown();
        await rounds.shutdown();
        await store.flush();
        await Promise.all([drawing.close(), synth.close()]);
      })();
      return stopping;
    },
  };
}
