// One quiz round in one channel: a state machine over its questions, driven by an injected clock and
// scheduler. It holds ids and numbers only; what it has to say goes out as RoundEvents, in order,
// through `present` (the commands layer turns them into channel messages). A finished round reports a
// RoundResult; recording it on the leaderboard is someone else's job.
import type { Clock, Scheduler, TimerId } from './clock.js';
import { QUIZ_DEFAULTS, type QuizTiming } from './defaults.js';
import type { PreparedQuestion } from './questions.js';
import { scoreAnswer, type AnswerScore } from './scoring.js';

export interface RoundInfo {
  readonly roundId: string;
  readonly guildId: string;
  readonly channelId: string;
  readonly starterId: string;
  readonly starterName: string;
  /** Null for a round over all topics. */
  readonly topicId: string | null;
  readonly questionCount: number;
  readonly limitMs: number;
  /** The server's fairness setting: a flat 1000 per correct answer. */
  readonly flat: boolean;
}

/** `unpostable`: a question could not be posted in the channel, so nobody could play on. */
export type EndReason = 'completed' | 'stopped' | 'idle' | 'shutdown' | 'unpostable';

/**
 * `accepted`: the answer is in (for an order question, the last press, in order). For an order question
 * also: `placed` (a press in order, more to come; with presses hidden, any press with more to come),
 * `repeated` (a choice already placed: a double click) and `out-of-order` (the attempt ends there, counted
 * wrong; with presses hidden, only at the last press).
 */
export type AnswerOutcome = 'accepted' | 'duplicate' | 'late' | 'ended' | 'placed' | 'repeated' | 'out-of-order';

export interface RevealedAnswer {
  readonly userId: string;
  readonly userName: string;
  readonly choiceIndex: number;
  readonly correct: boolean;
  readonly elapsedMs: number;
  readonly score: AnswerScore;
  /** Consecutive correct answers, counting this one. */
  readonly streak: number;
}

export interface PlayerStanding {
  readonly userId: string;
  readonly userName: string;
  readonly score: number;
  readonly answered: number;
  readonly correct: number;
  /**
   * Questions that closed without their answer, from the first they answered (one who joined late did not leave the
   * earlier ones unanswered, as /review counts them). Absent (none) on standings made elsewhere.
   */
  readonly unanswered?: number;
  readonly bestStreak: number;
  /** 1-based; players with the same score share a rank. */
  readonly rank: number;
}

export type RoundEvent =
  | {
      readonly kind: 'question';
      readonly round: RoundInfo;
      readonly index: number;
      readonly question: PreparedQuestion;
      readonly deadline: number;
    }
  | {
      readonly kind: 'reveal';
      readonly round: RoundInfo;
      readonly index: number;
      readonly question: PreparedQuestion;
      /** In the order they came in. */
      readonly answers: readonly RevealedAnswer[];
      readonly standings: readonly PlayerStanding[];
      /** Milliseconds to the next question, or null when the round ends now. */
      readonly nextInMs: number | null;
    }
  | {
      readonly kind: 'end';
      readonly round: RoundInfo;
      readonly reason: EndReason;
      readonly standings: readonly PlayerStanding[];
      readonly questionsAsked: number;
    };

export interface ScoredAnswer {
  readonly questionId: string;
  readonly topic: string;
  readonly userId: string;
  readonly correct: boolean;
  readonly points: number;
}

export interface RoundResult {
  readonly round: RoundInfo;
  readonly reason: EndReason;
  readonly startedAt: number;
  readonly endedAt: number;
  readonly questionIds: readonly string[];
  readonly standings: readonly PlayerStanding[];
  readonly answers: readonly ScoredAnswer[];
}

export interface RoundDeps {
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly timing: QuizTiming;
  /** Shows an event in the channel; called one at a time, in order. */
  readonly present: (event: RoundEvent) => Promise<void>;
  readonly onEnd: (result: RoundResult) => void;
  readonly onError: (error: unknown) => void;
}

interface PlayerState {
  userName: string;
  score: number;
  answered: number;
  correct: number;
  unanswered: number;
  streak: number;
  bestStreak: number;
}

interface OpenQuestion {
  readonly index: number;
  readonly askedAt: number;
  readonly deadline: number;
  /** `correct` is set for an order question's answer (judged press by press); otherwise the choice decides. */
  readonly answers: Map<string, { readonly choiceIndex: number; readonly at: number; readonly userName: string; readonly correct?: boolean }>;
  /** An order question's presses so far, per player, until their order is complete or goes wrong. */
  readonly pressed: Map<string, { readonly choices: number[]; userName: string }>;
}

export interface OrderProgress {
  readonly pressed: readonly number[];
  readonly of: number;
  /** Presses are judged only once the order is complete, and nothing is said of right or wrong before the reveal. */
  readonly hidden: boolean;
}

type Phase = 'waiting' | 'posting' | 'open' | 'between' | 'ended';

/** Ranks by score, highest first; equal scores share a rank and are listed by name. */
export function rankPlayers(players: ReadonlyMap<string, Omit<PlayerStanding, 'rank' | 'userId'>>): PlayerStanding[] {
  const sorted = [...players.entries()]
    .map(([userId, p]) => ({ userId, userName: p.userName, score: p.score, answered: p.answered, correct: p.correct, unanswered: p.unanswered ?? 0, bestStreak: p.bestStreak }))
    .sort((a, b) => b.score - a.score || a.userName.localeCompare(b.userName) || a.userId.localeCompare(b.userId));
  let rank = 0;
  return sorted.map((p, i) => {
    if (i === 0 || sorted[i - 1]?.score !== p.score) rank = i + 1;
    return { ...p, rank };
  });
}

export class QuizRound {
  private phase: Phase = 'waiting';
  private index = -1;
  private open: OpenQuestion | undefined;
  /** The last question's presses (order questions), kept past its reveal for the reply to the last press. */
  private presses: { readonly index: number; readonly byPlayer: OpenQuestion['pressed'] } | undefined;
  private timer: TimerId | undefined;
  /** Question 1 waits for go() (begin(null)). */
  private onCue = false;
  private idleInARow = 0;
  private stopReason: EndReason | undefined;
  private outbox: Promise<void> = Promise.resolve();
  private queued = 0;
  private readonly players = new Map<string, PlayerState>();
  /** Questions each player has let close in a row without answering: one who has walked away is not waited for. */
  private readonly missedInARow = new Map<string, number>();
  /** Players who said they are out (leave) and have not answered since: a question closing without their answer is not held against them. */
  private readonly left = new Set<string>();
  private readonly scored: ScoredAnswer[] = [];
  private readonly askedIds: string[] = [];
  private readonly startedAt: number;

  constructor(
    readonly info: RoundInfo,
    private readonly questions: readonly PreparedQuestion[],
    private readonly deps: RoundDeps,
  ) {
    this.startedAt = deps.clock.now();
  }

  get ended(): boolean {
    return this.phase === 'ended';
  }

  /** Every question of the round, asked or still to come. */
  get questionIds(): readonly string[] {
    return this.questions.map((q) => q.id);
  }

  /**
   * Whether the player has begun an order on the open question and has presses to come (the console presses
   * several keys typed on one line only while this holds).
   */
  awaitingPresses(userId: string): boolean {
    const open = this.open;
    const order = open ? this.questions[open.index]?.order : undefined;
    const pressed = open?.pressed.get(userId)?.choices.length ?? 0;
    return !!open && !!order && this.phase === 'open' && !open.answers.has(userId) && pressed > 0 && pressed < order.length;
  }

  /**
   * The round's players who have not answered the open question yet, whom it waits for (none while no question is
   * open): not one who let the last two questions close unanswered (gone from the keyboard) until they answer again.
   */
  unanswered(): { readonly userId: string; readonly userName: string }[] {
    const open = this.phase === 'open' ? this.open : undefined;
    if (!open) return [];
    return [...this.players].filter(([userId]) => !open.answers.has(userId) && this.waitedFor(userId)).map(([userId, p]) => ({ userId, userName: p.userName }));
  }

  private waitedFor(userId: string): boolean {
    return (this.missedInARow.get(userId) ?? 0) < QUIZ_DEFAULTS.missedToStopWaiting;
  }

  /** Index of the question being asked (or last asked), from 0. */
  get questionIndex(): number {
    return this.index;
  }

  /** Asks question 1 after `delayMs`, or, with null, when go() is called. */
  begin(delayMs: number | null): void {
    if (this.phase !== 'waiting') return;
    if (delayMs === null) this.onCue = true;
    else if (delayMs > 0) this.timer = this.deps.scheduler.setTimer(() => this.ask(0), delayMs);
    else this.ask(0);
  }

  /**
   * The question open now (its number from 0, when it closes, the milliseconds left by the round's own clock, and
   * whether it asks for an order); undefined between questions.
   */
  get openQuestion(): { readonly index: number; readonly deadline: number; readonly msLeft: number; readonly order: boolean } | undefined {
    const open = this.phase === 'open' ? this.open : undefined;
    return open && { index: open.index, deadline: open.deadline, msLeft: Math.max(0, open.deadline - this.deps.clock.now()), order: !!this.questions[open.index]?.order };
  }

  /** Whether question 1 waits for go(). */
  get waitingForCue(): boolean {
    return this.onCue && this.phase === 'waiting';
  }

  /** Asks question 1 now, if it waits for this; false otherwise. */
  go(): boolean {
    if (!this.waitingForCue) return false;
    this.onCue = false;
    this.ask(0);
    return true;
  }

  /**
   * A player's press. `sharedScreen`: they press where the others see it (one console): with others in the round,
   * an order question's presses are then hidden (pressesHidden), so the next player learns nothing from them.
   */
  answer(userId: string, userName: string, questionIndex: number, choiceIndex: number, sharedScreen = false): AnswerOutcome {
    if (this.phase === 'ended') return 'ended';
    const open = this.open;
    const question = this.questions[questionIndex];
    if (!question || choiceIndex < 0 || choiceIndex >= question.choices.length || questionIndex > this.index) return 'ended';
    if (this.phase !== 'open' || !open || open.index !== questionIndex) return 'late';
    const now = this.deps.clock.now();
    if (now > open.deadline) return 'late';
    if (open.answers.has(userId)) return 'duplicate';
    this.left.delete(userId);
    const player = this.players.get(userId);
    if (player) player.userName = userName;
    else this.players.set(userId, { userName, score: 0, answered: 0, correct: 0, unanswered: 0, streak: 0, bestStreak: 0 });
    let outcome: AnswerOutcome = 'accepted';
    if (question.order) {
      outcome = this.press(open, question.order, userId, userName, choiceIndex, now, this.pressesHidden(sharedScreen));
      if (outcome !== 'accepted' && outcome !== 'out-of-order') return outcome;
    } else {
      open.answers.set(userId, { choiceIndex, at: now, userName });
    }
    if (this.deps.timing.earlyReveal && [...this.players.keys()].every((id) => open.answers.has(id) || !this.waitedFor(id))) this.reveal();
    return outcome;
  }

  /**
   * One press on an order question: kept while it follows the right order; the fourth in order is the
   * answer, right; one out of order ends the attempt there, wrong. Hidden, every press is kept and the order
   * judged at the fourth. The time is that of the last press.
   */
  private press(open: OpenQuestion, order: readonly number[], userId: string, userName: string, choiceIndex: number, now: number, hidden: boolean): AnswerOutcome {
    const so = open.pressed.get(userId) ?? { choices: [], userName };
    so.userName = userName;
    if (so.choices.includes(choiceIndex)) return 'repeated';
    so.choices.push(choiceIndex);
    open.pressed.set(userId, so);
    const inOrder = so.choices.every((choice, i) => order[i] === choice);
    if ((inOrder || hidden) && so.choices.length < order.length) return 'placed';
    open.answers.set(userId, { choiceIndex, at: now, userName, correct: inOrder });
    return inOrder ? 'accepted' : 'out-of-order';
  }

  /** Whether order presses are hidden: pressed on a shared screen while someone else is in the round to see them. */
  private pressesHidden(sharedScreen: boolean): boolean {
    return sharedScreen && this.players.size > 1;
  }

  /**
   * A player's presses on an order question (choice indices in the order pressed) and how many choices
   * it has; kept after the reveal until the next question. Undefined for any other question.
   */
  orderProgress(userId: string, questionIndex: number, sharedScreen = false): OrderProgress | undefined {
    const question = this.questions[questionIndex];
    if (!question?.order || this.presses?.index !== questionIndex) return undefined;
    return { pressed: [...(this.presses.byPlayer.get(userId)?.choices ?? [])], of: question.order.length, hidden: this.pressesHidden(sharedScreen) };
  }

  /**
   * A player joins before answering (players taking turns at one keyboard): with early reveal, a question
   * then waits for them too, instead of closing once those who answered before have answered.
   */
  join(userId: string, userName: string): void {
    if (this.phase === 'ended' || this.players.has(userId)) return;
    this.players.set(userId, { userName, score: 0, answered: 0, correct: 0, unanswered: 0, streak: 0, bestStreak: 0 });
  }

  /**
   * A player says they are out (the console's "/as <name> out"): questions stop waiting for them, as for one who let
   * two close unanswered, until they answer again; what they scored stays, and questions they are not there for are
   * not counted as not answered. With early reveal, an open question that has answers and now waits for nobody
   * closes. False when they are not in the round.
   */
  leave(userId: string): boolean {
    if (this.phase === 'ended' || !this.players.has(userId)) return false;
    this.missedInARow.set(userId, Math.max(this.missedInARow.get(userId) ?? 0, QUIZ_DEFAULTS.missedToStopWaiting));
    this.left.add(userId);
    const open = this.phase === 'open' ? this.open : undefined;
    if (open && this.deps.timing.earlyReveal && open.answers.size > 0 && [...this.players.keys()].every((id) => open.answers.has(id) || !this.waitedFor(id)))
      this.reveal();
    return true;
  }

  /**
   * Forgets a player (they asked for their data to be deleted): their answers so far, their place in the
   * standings and their answer to the open question, so the round's result brings none of it back.
   */
  forgetPlayer(userId: string): void {
    this.players.delete(userId);
    this.open?.answers.delete(userId);
    this.open?.pressed.delete(userId);
    for (let i = this.scored.length - 1; i >= 0; i--) if (this.scored[i]?.userId === userId) this.scored.splice(i, 1);
  }

  /**
   * Ends the round now: the open question is closed and counted for those who had answered it (one nobody had answered
   * is no question of the round), then the standings are posted.
   */
  stop(reason: 'stopped' | 'shutdown' | 'unpostable'): void {
    if (this.phase === 'ended') return;
    if (this.phase === 'open') {
      this.stopReason = reason;
      this.reveal();
    } else {
      this.end(reason);
    }
  }

  /** Resolves once every event already due has been presented. */
  async settled(): Promise<void> {
    for (;;) {
      const pending = this.outbox;
      await pending;
      if (pending === this.outbox) return;
    }
  }

  /** Whether events are still waiting to be presented. */
  get busy(): boolean {
    return this.queued > 0;
  }

  private enqueue(step: () => Promise<void>): void {
    this.queued += 1;
    this.outbox = this.outbox
      .then(step)
      .catch((err: unknown) => this.deps.onError(err))
      .finally(() => {
        this.queued -= 1;
      });
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.deps.scheduler.clearTimer(this.timer);
    this.timer = undefined;
  }

  private ask(index: number): void {
    this.timer = undefined;
    if (this.phase === 'ended') return;
    const question = this.questions[index];
    if (!question) return this.end('completed');
    this.index = index;
    this.phase = 'posting';
    this.enqueue(async () => {
      // The time starts when the question goes out, not when it was queued behind earlier messages.
      if (this.phase !== 'posting' || this.index !== index) return;
      const askedAt = this.deps.clock.now();
      const deadline = askedAt + this.info.limitMs;
      this.open = { index, askedAt, deadline, answers: new Map(), pressed: new Map() };
      this.presses = { index, byPlayer: this.open.pressed };
      this.phase = 'open';
      this.askedIds.push(question.id);
      this.timer = this.deps.scheduler.setTimer(() => {
        this.timer = undefined;
        if (this.phase === 'open' && this.index === index) this.reveal();
      }, this.info.limitMs);
      await this.deps.present({ kind: 'question', round: this.info, index, question, deadline });
    });
  }

  private reveal(): void {
    const open = this.open;
    const question = this.questions[this.index];
    if (this.phase !== 'open' || !open || !question) return;
    this.clearTimer();
    this.phase = 'between';
    this.open = undefined;

    const answers: RevealedAnswer[] = [];
    // Stopped (/quiz stop, the tutor stopping) while it was open: whoever had not answered yet had no chance to, so it
    // counts only for those who had ("3 of 3 right", not "3 of 4 right (1 not answered)").
    const cutShort = this.stopReason !== undefined;
    // An order begun but not finished when answers close is an answer, and wrong (not one cut short by a stop).
    const closedAt = Math.min(this.deps.clock.now(), open.deadline);
    for (const [userId, so] of open.pressed) {
      const last = so.choices.at(-1);
      if (!cutShort && !open.answers.has(userId) && last !== undefined) open.answers.set(userId, { choiceIndex: last, at: closedAt, userName: so.userName, correct: false });
    }
    const entries = [...open.answers.entries()].sort((a, b) => a[1].at - b[1].at);
    for (const [userId, a] of entries) {
      const player = this.players.get(userId);
      if (!player) continue;
      const correct = a.correct ?? a.choiceIndex === question.correctIndex;
      const streak = correct ? player.streak + 1 : 0;
      const elapsedMs = a.at - open.askedAt;
      const score = scoreAnswer({ correct, elapsedMs, limitMs: this.info.limitMs, streak, flat: this.info.flat });
      player.streak = streak;
      player.bestStreak = Math.max(player.bestStreak, streak);
      player.answered += 1;
      player.correct += correct ? 1 : 0;
      player.score += score.total;
      answers.push({ userId, userName: a.userName, choiceIndex: a.choiceIndex, correct, elapsedMs, score, streak });
      this.scored.push({ questionId: question.id, topic: question.topic, userId, correct, points: score.total });
    }
    for (const [userId, player] of this.players)
      if (!open.answers.has(userId) && !cutShort) {
        player.streak = 0;
        // Asked of them and not answered: the round's summary says so ("2 of 5 right (1 not answered)").
        if (player.answered > 0 && !this.left.has(userId)) player.unanswered += 1;
      }
    for (const userId of this.players.keys()) this.missedInARow.set(userId, open.answers.has(userId) ? 0 : (this.missedInARow.get(userId) ?? 0) + 1);
    this.idleInARow = answers.length === 0 ? this.idleInARow + 1 : 0;
    // Stopped before anyone answered it: not a question of the round (its result, the channel's recent questions and
    // the players' review decks leave it out).
    if (cutShort && answers.length === 0) {
      const at = this.askedIds.lastIndexOf(question.id);
      if (at >= 0) this.askedIds.splice(at, 1);
    }

    const isLast = this.index + 1 >= this.questions.length;
    const idle = this.idleInARow >= QUIZ_DEFAULTS.idleQuestionsToEnd;
    // Every question asked is "completed" even if nobody answered the last two.
    const endReason: EndReason | undefined = this.stopReason ?? (isLast ? 'completed' : idle ? 'idle' : undefined);
    const pause = this.deps.timing.revealPauseMs;
    const event: RoundEvent = {
      kind: 'reveal',
      round: this.info,
      index: this.index,
      question,
      answers,
      standings: rankPlayers(this.players),
      nextInMs: endReason ? null : pause,
    };
    this.enqueue(() => this.deps.present(event));
    if (endReason) return this.end(endReason);
    const next = this.index + 1;
    if (pause > 0) this.timer = this.deps.scheduler.setTimer(() => this.ask(next), pause);
    else this.ask(next);
  }

  private end(reason: EndReason): void {
    if (this.phase === 'ended') return;
    this.clearTimer();
    this.phase = 'ended';
    this.open = undefined;
    const standings = rankPlayers(this.players);
    const event: RoundEvent = { kind: 'end', round: this.info, reason, standings, questionsAsked: this.askedIds.length };
    this.enqueue(() => this.deps.present(event));
    this.deps.onEnd({
      round: this.info,
      reason,
      startedAt: this.startedAt,
      endedAt: this.deps.clock.now(),
      questionIds: [...this.askedIds],
      standings,
      answers: [...this.scored],
    });
  }
}
