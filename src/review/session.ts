// Review sessions: one private session per student and server, held in memory by id (a restart ends them,
// and their buttons then say so). A session counts the cards reviewed, knows the card on show and what
// has been done to it, and ends after REVIEW_DEFAULTS.sessionCards cards or an hour unused.
import { randomInt, type Clock, type Random } from '../quiz/clock.js';
import { REVIEW_DEFAULTS } from './defaults.js';

export interface ReviewSession {
  readonly id: string;
  readonly guildId: string;
  readonly userId: string;
  /** Cards reviewed so far. */
  reviewed: number;
  /** The card on show and its number in the session (from 1); undefined between cards. */
  current: { readonly key: string; readonly number: number } | undefined;
  lastUsed: number;
}

export class ReviewSessions {
  private readonly byId = new Map<string, ReviewSession>();
  private made = 0;

  constructor(
    private readonly clock: Clock,
    private readonly random: Random,
  ) {}

  /** A new session for a student, ending any they had in that server (its buttons go stale). */
  start(guildId: string, userId: string): ReviewSession {
    for (const [id, s] of this.byId) if (s.guildId === guildId && s.userId === userId) this.byId.delete(id);
    this.expire();
    const session: ReviewSession = { id: this.newId(), guildId, userId, reviewed: 0, current: undefined, lastUsed: this.clock.now() };
    this.byId.set(session.id, session);
    return session;
  }

  /** The student's running session by id; undefined when it has ended (or is someone else's). */
  get(id: string, guildId: string, userId: string): ReviewSession | undefined {
    const s = this.byId.get(id);
    if (!s || s.guildId !== guildId || s.userId !== userId) return undefined;
    if (this.clock.now() - s.lastUsed > REVIEW_DEFAULTS.sessionIdleMs) {
      this.byId.delete(id);
      return undefined;
    }
    s.lastUsed = this.clock.now();
    return s;
  }

  end(id: string): void {
    this.byId.delete(id);
  }

  /** Ends a student's sessions in a server (their data is being deleted). */
  forget(guildId: string, userId: string): void {
    for (const [id, s] of this.byId) if (s.guildId === guildId && s.userId === userId) this.byId.delete(id);
  }

  get size(): number {
    return this.byId.size;
  }

  private expire(): void {
    const now = this.clock.now();
    for (const [id, s] of this.byId) if (now - s.lastUsed > REVIEW_DEFAULTS.sessionIdleMs) this.byId.delete(id);
    // Oldest first (a Map keeps insertion order).
    while (this.byId.size >= REVIEW_DEFAULTS.maxSessions) {
      const oldest = this.byId.keys().next();
      if (oldest.done) break;
      this.byId.delete(oldest.value);
    }
  }

  /** Unique while the tutor runs (a count) and across restarts (the time it was made), so an old button never finds a new session. */
  private newId(): string {
    this.made += 1;
    return `${this.clock.now().toString(36)}${this.made.toString(36)}${randomInt(this.random, 36 ** 2).toString(36)}`;
  }
}
