// The quiz host's voice: at most one voice channel per server (Discord's rule), where the tutor reads a
// quiz round aloud (each question and its choices, "ten seconds left", the answer and its explanation)
// or answers students asked to hear. Lines are synthesised ahead and played one after another; a
// question closed is not read on, and a warning that would come late is not said. The tutor leaves
// when the round ends, when asked (/voice leave), after a while with nobody else in the channel, and
// shortly after the last answer it was asked to read. Time comes from the injected clock and scheduler.
import type { Clock, Scheduler, TimerId } from '../quiz/clock.js';
import type { RoundEvent, RoundInfo } from '../quiz/round.js';
import { VOICE_DEFAULTS, warningSeconds, type VoiceTiming } from './defaults.js';
import { VoiceConnectError, type VoiceFailure, type VoicePort } from './port.js';
import { answerToRead, linesFor, type SpokenWords } from './script.js';
import type { Speech, SpeechEngine } from './speech.js';

/** Why the tutor left a round's voice channel on its own (the round goes on in text). */
export type LeftReason = 'alone' | 'lost';

export interface VoiceHostDeps {
  readonly port: VoicePort;
  readonly speech: SpeechEngine;
  readonly words: SpokenWords;
  readonly clock: Clock;
  readonly scheduler: Scheduler;
  readonly onError: (error: unknown, where: string) => void;
  /** The tutor left a round's voice channel on its own: the round's text channel may be told. */
  readonly onLeftRound?: (textChannelId: string, voiceChannelName: string, why: LeftReason) => void;
  readonly timing?: Partial<VoiceTiming>;
}

type Owner =
  | { readonly kind: 'round'; roundId: string | null; readonly textChannelId: string; readonly starterId: string; readonly starterName: string }
  | { readonly kind: 'answers'; starterId: string; starterName: string };

interface Line {
  readonly text: string;
  /** Which part of a round it belongs to (q3: question 3, w3: its warning, r3: its reveal), or "answer". */
  readonly tag: string;
  readonly speech: Promise<Speech | undefined>;
  /** Not said at all after this time (a time warning). */
  readonly notAfter?: number;
}

interface Session {
  readonly guildId: string;
  channelId: string;
  owner: Owner;
  /** Resolves when joined, with why it could not be. */
  ready: Promise<VoiceFailure | null>;
  joining: boolean;
  readonly queue: Line[];
  current: { readonly line: Line; readonly abort: AbortController } | undefined;
  pumping: Promise<void> | undefined;
  /** Leave once everything queued has been said (the round has ended). */
  leaveWhenDone: boolean;
  alone: TimerId | undefined;
  linger: TimerId | undefined;
  warning: TimerId | undefined;
}

/** Where the tutor is busy, for "I am already in …". */
export interface VoiceBusy {
  readonly ok: false;
  readonly reason: 'busy';
  readonly channelName: string;
  /** Reading a quiz round (rather than answers). */
  readonly quiz: boolean;
}

export interface VoiceJoinFailed {
  readonly ok: false;
  readonly reason: 'failed';
  readonly failure: VoiceFailure;
}

/** A voice channel joined for a round about to start. */
export interface RoundVoice {
  readonly channelName: string;
  /** The round has started: its events are read aloud from now on. */
  attach(round: RoundInfo): void;
  /** The round did not start: leave. */
  cancel(): void;
}

export type RoundVoiceOutcome = { readonly ok: true; readonly voice: RoundVoice } | VoiceBusy | VoiceJoinFailed;
export type ReadAloudOutcome = { readonly ok: true; readonly channelName: string } | VoiceBusy | VoiceJoinFailed;
export type VoiceLeaveOutcome =
  | { readonly ok: true; readonly channelName: string; readonly quiz: boolean }
  | { readonly ok: false; readonly reason: 'none' }
  | { readonly ok: false; readonly reason: 'not-allowed'; readonly starterName: string };

export interface VoiceRequest {
  readonly guildId: string;
  /** The voice channel the user is in. */
  readonly channelId: string;
  readonly userId: string;
  readonly userName: string;
}

export class VoiceHost {
  private readonly sessions = new Map<string, Session>();
  private readonly busy = new Set<Promise<void>>();
  private readonly timing: VoiceTiming;
  private closing = false;

  constructor(private readonly deps: VoiceHostDeps) {
    this.timing = { aloneMs: deps.timing?.aloneMs ?? VOICE_DEFAULTS.aloneMs, lingerMs: deps.timing?.lingerMs ?? VOICE_DEFAULTS.lingerMs };
    deps.port.watch({
      occupancy: (guildId, channelId, listeners) => this.occupancy(guildId, channelId, listeners),
      moved: (guildId, channelId) => this.moved(guildId, channelId),
      lost: (guildId) => this.lost(guildId),
    });
  }

  /** How a voice channel is shown in a reply. */
  channelName(guildId: string, channelId: string): string {
    return this.deps.port.channelName(guildId, channelId);
  }

  /** The voice channel the tutor is in (or joining) in a server. */
  where(guildId: string): { readonly channelId: string; readonly channelName: string; readonly quiz: boolean } | undefined {
    const s = this.sessions.get(guildId);
    return s && { channelId: s.channelId, channelName: this.name(s), quiz: s.owner.kind === 'round' };
  }

  /** Joins the starter's voice channel for a round about to start; the round is read aloud once attached. */
  async joinForRound(req: VoiceRequest & { readonly textChannelId: string }): Promise<RoundVoiceOutcome> {
    const owner: Owner = { kind: 'round', roundId: null, textChannelId: req.textChannelId, starterId: req.userId, starterName: req.userName };
    const existing = this.sessions.get(req.guildId);
    if (existing && !this.canTakeOver(existing, req.channelId)) return this.busyIn(existing);
    const s = existing ? this.takeOver(existing, req.channelId, owner) : this.open(req.guildId, req.channelId, owner);
    const failure = await s.ready;
    if (failure) return { ok: false, reason: 'failed', failure };
    // Sent away while joining (/voice leave).
    if (this.sessions.get(req.guildId) !== s || s.owner !== owner) return { ok: false, reason: 'failed', failure: 'unavailable' };
    const words = this.deps.words;
    return {
      ok: true,
      voice: {
        channelName: this.name(s),
        attach: (round) => {
          if (this.sessions.get(s.guildId) !== s || s.owner.kind !== 'round') return;
          s.owner.roundId = round.roundId;
          // Synthesised now, so the warning is ready the moment it is due.
          const seconds = warningSeconds(round.limitMs);
          if (seconds !== null) void this.synthesise(words.timeLeft(seconds));
        },
        cancel: () => {
          if (this.sessions.get(s.guildId) === s) this.close(s);
        },
      },
    };
  }

  /** Reads an answer aloud in the student's voice channel (joining it when the tutor is in none); maxChars defaults to an answer's. */
  async readAloud(req: VoiceRequest & { readonly question: string; readonly answer: string; readonly maxChars?: number }): Promise<ReadAloudOutcome> {
    const owner: Owner = { kind: 'answers', starterId: req.userId, starterName: req.userName };
    let s = this.sessions.get(req.guildId);
    if (s && (s.owner.kind === 'round' || !this.canTakeOver(s, req.channelId))) return this.busyIn(s);
    if (s && s.channelId === req.channelId && s.owner.kind === 'answers') {
      s.owner.starterId = req.userId;
      s.owner.starterName = req.userName;
    } else s = s ? this.takeOver(s, req.channelId, owner) : this.open(req.guildId, req.channelId, owner);
    const failure = await s.ready;
    if (failure) return { ok: false, reason: 'failed', failure };
    if (this.sessions.get(req.guildId) !== s) return { ok: false, reason: 'failed', failure: 'unavailable' };
    if (s.channelId !== req.channelId || s.owner.kind === 'round') return this.busyIn(s);
    this.clearTimer(s, 'linger');
    this.enqueue(s, answerToRead(req.question, req.answer, req.maxChars ?? VOICE_DEFAULTS.maxAnswerChars), 'answer');
    return { ok: true, channelName: this.name(s) };
  }

  /** /voice leave: the round's starter (or whoever asked for the answer being read) or a moderator. */
  leave(guildId: string, userId: string, isModerator: boolean): VoiceLeaveOutcome {
    const s = this.sessions.get(guildId);
    if (!s) return { ok: false, reason: 'none' };
    if (s.owner.starterId !== userId && !isModerator) return { ok: false, reason: 'not-allowed', starterName: s.owner.starterName };
    const channelName = this.name(s);
    this.close(s);
    return { ok: true, channelName, quiz: s.owner.kind === 'round' };
  }

  /** A round's event: read aloud when the round is being read in a voice channel. Never waits for the speech. */
  roundEvent(event: RoundEvent): void {
    if (this.closing) return;
    const s = [...this.sessions.values()].find((x) => x.owner.kind === 'round' && x.owner.roundId === event.round.roundId);
    if (!s) return;
    const [text] = linesFor(event, this.deps.words);
    switch (event.kind) {
      case 'question': {
        const tag = `q${event.index}`;
        // A question not yet read when the next one comes is not read any more.
        this.drop(s, (line) => /^[qw]/.test(line.tag));
        if (text) this.enqueue(s, text, tag);
        this.scheduleWarning(s, event.index, event.deadline, event.round.limitMs);
        return;
      }
      case 'reveal': {
        this.clearTimer(s, 'warning');
        // The question is closed: stop reading it, and read the answer.
        this.drop(s, (line) => line.tag === `q${event.index}` || line.tag === `w${event.index}`, true);
        if (text) this.enqueue(s, text, `r${event.index}`);
        return;
      }
      case 'end': {
        this.clearTimer(s, 'warning');
        s.leaveWhenDone = true;
        if (text) this.enqueue(s, text, 'end');
        else this.pump(s);
        return;
      }
    }
  }

  /** Resolves when everything already queued has been said. */
  async settled(): Promise<void> {
    while (this.busy.size > 0) await Promise.all([...this.busy]);
  }

  /** Leaves every voice channel at once (the tutor is stopping). */
  shutdown(): void {
    this.closing = true;
    for (const s of [...this.sessions.values()]) this.close(s);
  }

  // ---------------------------------------------------------------- sessions

  private open(guildId: string, channelId: string, owner: Owner): Session {
    const s: Session = {
      guildId,
      channelId,
      owner,
      ready: Promise.resolve(null),
      joining: false,
      queue: [],
      current: undefined,
      pumping: undefined,
      leaveWhenDone: false,
      alone: undefined,
      linger: undefined,
      warning: undefined,
    };
    this.sessions.set(guildId, s);
    s.ready = this.connect(s, channelId);
    return s;
  }

  /** An answers session in the very channel asked for, or one with nothing more to say, is free to be used. */
  private canTakeOver(s: Session, channelId: string): boolean {
    if (s.owner.kind === 'round') return false;
    return s.channelId === channelId || (!s.joining && s.current === undefined && s.queue.length === 0);
  }

  private takeOver(s: Session, channelId: string, owner: Owner): Session {
    s.owner = owner;
    this.clearTimer(s, 'linger');
    if (s.channelId !== channelId) {
      s.channelId = channelId;
      this.clearTimer(s, 'alone');
      s.ready = this.connect(s, channelId);
    }
    return s;
  }

  private connect(s: Session, channelId: string): Promise<VoiceFailure | null> {
    s.joining = true;
    return this.deps.port.join(s.guildId, channelId).then(
      () => {
        s.joining = false;
        if (this.sessions.get(s.guildId) !== s || s.channelId !== channelId) return null;
        if (this.deps.port.listeners(s.guildId, channelId) === 0) this.startAloneTimer(s);
        return null;
      },
      (error: unknown) => {
        s.joining = false;
        if (!(error instanceof VoiceConnectError)) this.deps.onError(error, `joining voice channel ${channelId}`);
        if (this.sessions.get(s.guildId) === s && s.channelId === channelId) this.close(s);
        return error instanceof VoiceConnectError ? error.failure : 'unavailable';
      },
    );
  }

  private busyIn(s: Session): VoiceBusy {
    return { ok: false, reason: 'busy', channelName: this.name(s), quiz: s.owner.kind === 'round' };
  }

  private name(s: Session): string {
    return this.deps.port.channelName(s.guildId, s.channelId);
  }

  /** Forgets the session and leaves its channel. */
  private close(s: Session): void {
    if (this.sessions.get(s.guildId) === s) this.sessions.delete(s.guildId);
    this.clearTimer(s, 'alone');
    this.clearTimer(s, 'linger');
    this.clearTimer(s, 'warning');
    s.queue.length = 0;
    s.current?.abort.abort();
    this.deps.port.leave(s.guildId);
  }

  // ---------------------------------------------------------------- what the port reports

  private occupancy(guildId: string, channelId: string, listeners: number): void {
    const s = this.sessions.get(guildId);
    if (!s || s.channelId !== channelId) return;
    if (listeners === 0) this.startAloneTimer(s);
    else this.clearTimer(s, 'alone');
  }

  private moved(guildId: string, channelId: string): void {
    const s = this.sessions.get(guildId);
    if (!s || s.channelId === channelId) return;
    s.channelId = channelId;
    this.clearTimer(s, 'alone');
    if (this.deps.port.listeners(guildId, channelId) === 0) this.startAloneTimer(s);
  }

  private lost(guildId: string): void {
    const s = this.sessions.get(guildId);
    if (!s) return;
    const name = this.name(s);
    this.close(s);
    if (s.owner.kind === 'round' && s.owner.roundId !== null) this.deps.onLeftRound?.(s.owner.textChannelId, name, 'lost');
  }

  private startAloneTimer(s: Session): void {
    if (s.alone !== undefined) return;
    s.alone = this.deps.scheduler.setTimer(() => {
      s.alone = undefined;
      if (this.sessions.get(s.guildId) !== s) return;
      const name = this.name(s);
      this.close(s);
      if (s.owner.kind === 'round' && s.owner.roundId !== null) this.deps.onLeftRound?.(s.owner.textChannelId, name, 'alone');
    }, this.timing.aloneMs);
  }

  private clearTimer(s: Session, which: 'alone' | 'linger' | 'warning'): void {
    const id = s[which];
    if (id !== undefined) this.deps.scheduler.clearTimer(id);
    s[which] = undefined;
  }

  // ---------------------------------------------------------------- speaking

  private synthesise(text: string): Promise<Speech | undefined> {
    return this.deps.speech.speak(text).catch((error: unknown) => {
      // Speech cut short by shutting down (the engine closed under it) is no failure worth reporting.
      if (!this.closing) this.deps.onError(error, 'speech synthesis');
      return undefined;
    });
  }

  private enqueue(s: Session, text: string, tag: string, notAfter?: number): void {
    // Synthesis starts now, so a line is ready while the one before it is still being played.
    s.queue.push({ text, tag, speech: this.synthesise(text), ...(notAfter !== undefined ? { notAfter } : {}) });
    this.pump(s);
  }

  /** Removes queued lines; with `interrupt`, the one being played too when it is of them. */
  private drop(s: Session, which: (line: Line) => boolean, interrupt = false): void {
    for (let i = s.queue.length - 1; i >= 0; i--) if (which(s.queue[i] as Line)) s.queue.splice(i, 1);
    if (interrupt && s.current && which(s.current.line)) s.current.abort.abort();
  }

  /** "Ten seconds left", said only when nothing else is being said then (a question still being read is not interrupted). */
  private scheduleWarning(s: Session, index: number, deadline: number, limitMs: number): void {
    this.clearTimer(s, 'warning');
    const seconds = warningSeconds(limitMs);
    if (seconds === null) return;
    const at = deadline - seconds * 1000;
    s.warning = this.deps.scheduler.setTimer(
      () => {
        s.warning = undefined;
        if (this.sessions.get(s.guildId) !== s || s.current !== undefined || s.queue.length > 0) return;
        this.enqueue(s, this.deps.words.timeLeft(seconds), `w${index}`, at + VOICE_DEFAULTS.warningLateMs);
      },
      Math.max(0, at - this.deps.clock.now()),
    );
  }

  /** Plays queued lines one after another, then leaves (a round that ended) or lingers (answers). */
  private pump(s: Session): void {
    if (s.pumping) return;
    const run = async () => {
      if (await s.ready) return;
      while (this.sessions.get(s.guildId) === s) {
        const line = s.queue[0];
        if (!line) break;
        const speech = await line.speech;
        // Dropped while it was being synthesised (the question closed), or the tutor left.
        if (s.queue[0] !== line) continue;
        s.queue.shift();
        if (!speech || speech.samples.length === 0 || (line.notAfter !== undefined && this.deps.clock.now() > line.notAfter)) continue;
        const abort = new AbortController();
        s.current = { line, abort };
        try {
          await this.deps.port.play(s.guildId, speech, abort.signal, line.text);
        } catch (error) {
          this.deps.onError(error, `playing in voice channel ${s.channelId}`);
        } finally {
          s.current = undefined;
        }
      }
    };
    const done = run()
      .catch((error: unknown) => this.deps.onError(error, 'voice'))
      .finally(() => {
        s.pumping = undefined;
        this.busy.delete(done);
        if (this.sessions.get(s.guildId) !== s) return;
        if (s.queue.length > 0) return this.pump(s);
        if (s.leaveWhenDone) return this.close(s);
        if (s.owner.kind === 'answers' && s.linger === undefined)
          s.linger = this.deps.scheduler.setTimer(() => {
            s.linger = undefined;
            if (this.sessions.get(s.guildId) === s && s.current === undefined && s.queue.length === 0) this.close(s);
          }, this.timing.lingerMs);
      });
    s.pumping = done;
    this.busy.add(done);
  }
}
