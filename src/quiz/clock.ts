// Time and chance, injected. Rounds never read the system clock, start real timers or call Math.random
// themselves, so tests drive them with a fake clock that advances instantly and a seeded random source.

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export type TimerId = number;

export interface Scheduler {
  /** Calls `callback` once after `delayMs` milliseconds. */
  setTimer(callback: () => void, delayMs: number): TimerId;
  /** Cancels a timer; unknown or already-fired ids are ignored. */
  clearTimer(id: TimerId): void;
}

/** A number in [0, 1), like Math.random. */
export type Random = () => number;

export const systemClock: Clock = Object.freeze({ now: () => Date.now() });

/** A scheduler on real timers. */
export function createRealScheduler(): Scheduler {
  const timers = new Map<TimerId, ReturnType<typeof setTimeout>>();
  let next = 1;
  return {
    setTimer(callback, delayMs) {
      const id = next++;
      timers.set(
        id,
        setTimeout(() => {
          timers.delete(id);
          callback();
        }, Math.max(0, delayMs)),
      );
      return id;
    },
    clearTimer(id) {
      const t = timers.get(id);
      if (t !== undefined) clearTimeout(t);
      timers.delete(id);
    },
  };
}

/** A small, fast, seeded generator (mulberry32), for tests and benchmarks that must repeat exactly. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** A shuffled copy (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
