// Every voice number in one place: when the tutor leaves, when it says time is nearly up.
export const VOICE_DEFAULTS = Object.freeze({
  /** Leaves a voice channel nobody (but bots) has been in for this long. */
  aloneMs: 2 * 60_000,
  /** After reading answers aloud, stays this long for the next one before leaving. */
  lingerMs: 30_000,
  /**
   * Seconds before a question closes at which "N seconds left" is said: the first of these that is at
   * most half the question's time (10 s rounds hear "five seconds left"; 20 s and longer, "ten").
   */
  warningSeconds: Object.freeze([10, 5]),
  /** A time warning that cannot start within this of its moment (the question is still being read) is not said. */
  warningLateMs: 1000,
  /** An answer read aloud stops at the last full sentence within this many characters (about a minute of speech). */
  maxAnswerChars: 1200,
  /** A topic's summary read aloud (/topic) stops so too: every summary is 1,800–2,200 characters, so the whole of it (about two minutes). */
  maxTopicChars: 2400,
});

export interface VoiceTiming {
  readonly aloneMs: number;
  readonly lingerMs: number;
}

/** The "N seconds left" warning for a question of `limitMs`, or null when none fits. */
export function warningSeconds(limitMs: number): number | null {
  return VOICE_DEFAULTS.warningSeconds.find((s) => s * 1000 <= limitMs / 2) ?? null;
}
