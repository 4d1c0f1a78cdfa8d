// All running rounds: at most one per channel, found by channel or by round id (from a button). Starts
// rounds with questions for the class, picked fairly and away from the channel's recent ones, and hands
// finished rounds' results on.
import { randomInt, type Clock, type Random, type Scheduler } from './clock.js';
import { QUIZ_DEFAULTS, type QuizTiming } from './defaults.js';
import { suitsClass, type ClassLevel, type RoundFairness } from './fairness.js';
import { pickByKind, type QuizKind } from './chronology.js';
import { inFairOrder, pickQuestions, prepareQuestion, RecentQuestions, type PreparedQuestion, type RoundQuestion } from './questions.js';
import { QuizRound, type AnswerOutcome, type OrderProgress, type RoundEvent, type RoundInfo, type RoundResult } from './round.js';

export interface QuizRoundsDeps {
  /** Every quiz question there is (the knowledge base's `quiz`, and date questions, some answered in order). */
  readonly questions: readonly RoundQuestion[];
  /** Subtopics and answers given away (createRoundFairness); no rules when absent. */
  readonly fairness?: RoundFairness;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly random: Random;
  readonly present: (event: RoundEvent) => Promise<void>;
  /** Called once per finished round (the leaderboard records it). */
  readonly onResult: (result: RoundResult) => Promise<void> | void;
  readonly onError: (error: unknown, where: string) => void;
  readonly timing?: Partial<QuizTiming>;
}

export interface StartRequest {
  readonly guildId: string;
  readonly channelId: string;
  readonly userId: string;
  readonly userName: string;
  /** Null: all topics. */
  readonly topicId: string | null;
  readonly questions: number;
  readonly seconds: number;
  readonly flat: boolean;
  /** The class the server's rounds are for (/tutor level); null: every question. */
  readonly level: ClassLevel | null;
  /** Written questions (the default), date questions, or both (about one in four a date question). */
  readonly kind?: QuizKind;
}

export type StartOutcome =
  | { readonly ok: true; readonly round: RoundInfo }
  | { readonly ok: false; readonly reason: 'busy'; readonly round: RoundInfo }
  | { readonly ok: false; readonly reason: 'no-questions' }
  /** The tutor is shutting down: a round started now would be cut off at once. */
  | { readonly ok: false; readonly reason: 'closing' }
  /** The server already runs QUIZ_DEFAULTS.maxRoundsPerServer rounds. */
  | { readonly ok: false; readonly reason: 'server-busy'; readonly limit: number };

export type StopOutcome =
  | { readonly ok: true; readonly round: RoundInfo }
  | { readonly ok: false; readonly reason: 'none' }
  | { readonly ok: false; readonly reason: 'not-allowed'; readonly round: RoundInfo };

export interface AnswerRequest {
  readonly guildId: string | null;
  /** The channel the button was pressed in: a round's buttons count only in its own channel. */
  readonly channelId: string;
  readonly roundId: string;
  readonly questionIndex: number;
  readonly choiceIndex: number;
  readonly userId: string;
  readonly userName: string;
  /** Pressed where the other players see it (the console's one screen): an order question's presses are then hidden. */
  readonly sharedScreen?: boolean;
}

const channelKey = (guildId: string, channelId: string) => `${guildId}/${channelId}`;

export class QuizRounds {
  private readonly byChannel = new Map<string, QuizRound>();
  private readonly byId = new Map<string, QuizRound>();
  private readonly pending = new Set<Promise<void>>();
  private readonly recent = new RecentQuestions();
  private readonly timing: QuizTiming;
  private closing = false;

  private bank: Pick<QuizRoundsDeps, 'questions' | 'fairness'>;

  /** Rounds started from now on ask from this bank (a reloaded fact base); rounds under way keep theirs. */
  useQuestions(questions: readonly RoundQuestion[], fairness?: RoundFairness): void {
    this.bank = { questions, ...(fairness ? { fairness } : {}) };
  }

  constructor(private readonly deps: QuizRoundsDeps) {
    this.bank = { questions: deps.questions, ...(deps.fairness ? { fairness: deps.fairness } : {}) };
    this.timing = {
      firstQuestionDelayMs: deps.timing?.firstQuestionDelayMs ?? QUIZ_DEFAULTS.firstQuestionDelayMs,
      revealPauseMs: deps.timing?.revealPauseMs ?? QUIZ_DEFAULTS.revealPauseMs,
      earlyReveal: deps.timing?.earlyReveal ?? QUIZ_DEFAULTS.earlyReveal,
      firstQuestionOnCue: deps.timing?.firstQuestionOnCue ?? false,
    };
  }

  get activeCount(): number {
    return this.byId.size;
  }

  /** The round running in a channel, if any. */
  current(guildId: string, channelId: string): RoundInfo | undefined {
    return this.byChannel.get(channelKey(guildId, channelId))?.info;
  }

  start(req: StartRequest): StartOutcome {
    if (this.closing) return { ok: false, reason: 'closing' };
    const key = channelKey(req.guildId, req.channelId);
    const running = this.byChannel.get(key);
    if (running) return { ok: false, reason: 'busy', round: running.info };
    const inServer = [...this.byId.values()].filter((r) => r.info.guildId === req.guildId).length;
    if (inServer >= QUIZ_DEFAULTS.maxRoundsPerServer) return { ok: false, reason: 'server-busy', limit: QUIZ_DEFAULTS.maxRoundsPerServer };
    const recent = this.recent.get(key);
    const picked = pickByKind(
      this.pool(req.topicId, req.level),
      req.questions,
      req.kind ?? 'facts',
      (from, count, alongside, rules) => pickQuestions(from, count, recent, this.deps.random, this.bank.fairness, alongside, rules),
      (round) => inFairOrder(round, this.bank.fairness),
    );
    const prepared = picked.map((q) => prepareQuestion(q, this.deps.random)).filter((q): q is PreparedQuestion => !!q);
    if (prepared.length === 0) return { ok: false, reason: 'no-questions' };
    const info: RoundInfo = {
      roundId: this.newRoundId(),
      guildId: req.guildId,
      channelId: req.channelId,
      starterId: req.userId,
      starterName: req.userName,
      topicId: req.topicId,
      questionCount: prepared.length,
      limitMs: req.seconds * 1000,
      flat: req.flat,
    };
    const round = new QuizRound(info, prepared, {
      clock: this.deps.clock,
      scheduler: this.deps.scheduler,
      timing: this.timing,
      present: this.deps.present,
      onError: (err) => this.deps.onError(err, `quiz round ${info.roundId}`),
      onEnd: (result) => this.finished(key, round, result),
    });
    this.byChannel.set(key, round);
    this.byId.set(info.roundId, round);
    round.begin(this.timing.firstQuestionOnCue ? null : this.timing.firstQuestionDelayMs);
    return { ok: true, round: info };
  }

  /** The question open in a channel's round (the console's Q says it again), if any. */
  openQuestion(guildId: string, channelId: string): QuizRound['openQuestion'] {
    return this.byChannel.get(channelKey(guildId, channelId))?.openQuestion;
  }

  /** Whether the channel's round waits for its cue to ask question 1 (QuizTiming.firstQuestionOnCue). */
  waitingForCue(guildId: string, channelId: string): boolean {
    return this.byChannel.get(channelKey(guildId, channelId))?.waitingForCue ?? false;
  }

  /** Asks the channel's first question now if its round waits for a cue; false when none does. */
  cue(guildId: string, channelId: string): boolean {
    return this.byChannel.get(channelKey(guildId, channelId))?.go() ?? false;
  }

  /** Ends a round whose question could not be posted in its channel, if it is still running. */
  abandon(round: RoundInfo): void {
    this.byId.get(round.roundId)?.stop('unpostable');
  }

  /** Stops the channel's round for its starter or a moderator. */
  stop(guildId: string, channelId: string, userId: string, isModerator: boolean): StopOutcome {
    const round = this.byChannel.get(channelKey(guildId, channelId));
    if (!round) return { ok: false, reason: 'none' };
    if (round.info.starterId !== userId && !isModerator) return { ok: false, reason: 'not-allowed', round: round.info };
    round.stop('stopped');
    return { ok: true, round: round.info };
  }

  /**
   * Whether a round running in the server asks this question (asked already or still to come), or one asking
   * the same thing: /review holds its card back meanwhile, in every channel, so it cannot answer the quiz.
   */
  inPlay(guildId: string, questionId: string): boolean {
    const fairness = this.bank.fairness;
    return [...this.byId.values()].some(
      (round) => round.info.guildId === guildId && round.questionIds.some((id) => id === questionId || fairness?.asksAgain(id, questionId) === true),
    );
  }

  /** Whether the player's answer to the open question in the channel still wants presses (an order begun). */
  awaitingPresses(guildId: string, channelId: string, userId: string): boolean {
    return this.byChannel.get(channelKey(guildId, channelId))?.awaitingPresses(userId) ?? false;
  }

  /** Who the open question in a channel still waits for: the round's players who have not answered it. */
  unanswered(guildId: string, channelId: string): { readonly userId: string; readonly userName: string }[] {
    return this.byChannel.get(channelKey(guildId, channelId))?.unanswered() ?? [];
  }

  /** A player joins the round running in a channel, if any, before answering. */
  join(guildId: string, channelId: string, userId: string, userName: string): void {
    this.byChannel.get(channelKey(guildId, channelId))?.join(userId, userName);
  }

  /** A player is out of the round running in a channel (QuizRound.leave); false when there is none or they are not in it. */
  leave(guildId: string, channelId: string, userId: string): boolean {
    return this.byChannel.get(channelKey(guildId, channelId))?.leave(userId) ?? false;
  }

  /** Forgets a player in every round running in a server (their data is being deleted). */
  forgetPlayer(guildId: string, userId: string): void {
    for (const round of this.byId.values()) if (round.info.guildId === guildId) round.forgetPlayer(userId);
  }

  answer(req: AnswerRequest): AnswerOutcome {
    return this.press(req).outcome;
  }

  /**
   * An answer button pressed, and for an order question the player's presses so far (taken at once: the
   * press that completes an order may also end the round).
   */
  press(req: AnswerRequest): { readonly outcome: AnswerOutcome; readonly order?: OrderProgress } {
    const round = this.byId.get(req.roundId);
    if (!round || round.info.guildId !== req.guildId || round.info.channelId !== req.channelId) return { outcome: 'ended' };
    const shared = req.sharedScreen === true;
    const outcome = round.answer(req.userId, req.userName, req.questionIndex, req.choiceIndex, shared);
    const order = round.orderProgress(req.userId, req.questionIndex, shared);
    return order ? { outcome, order } : { outcome };
  }

  /** Resolves when every message and result already under way has gone out. */
  async settled(): Promise<void> {
    for (;;) {
      const busy = [...this.byId.values()].filter((r) => r.busy);
      if (busy.length === 0 && this.pending.size === 0) return;
      await Promise.all([...busy.map((r) => r.settled()), ...this.pending]);
    }
  }

  /** Ends every round (their results are still recorded) and waits for them to finish. */
  async shutdown(): Promise<void> {
    this.closing = true;
    for (const round of [...this.byId.values()]) round.stop('shutdown');
    await this.settled();
  }

  private pool(topicId: string | null, level: ClassLevel | null): RoundQuestion[] {
    return this.bank.questions.filter((q) => (topicId === null || q.topic === topicId) && suitsClass(q, level));
  }

  private newRoundId(): string {
    for (;;) {
      const id = randomInt(this.deps.random, 36 ** 6).toString(36).padStart(6, '0');
      if (!this.byId.has(id)) return id;
    }
  }

  private finished(key: string, round: QuizRound, result: RoundResult): void {
    if (this.byChannel.get(key) === round) this.byChannel.delete(key);
    this.byId.delete(round.info.roundId);
    this.recent.add(key, result.questionIds);
    const done = Promise.all([
      round.settled(),
      Promise.resolve()
        .then(() => this.deps.onResult(result))
        .catch((err: unknown) => this.deps.onError(err, `recording quiz round ${round.info.roundId}`)),
    ]).then(() => undefined);
    this.pending.add(done);
    void done.finally(() => this.pending.delete(done));
  }
}
