// A fake clock and scheduler in one: time moves only when a test says so, and timers fire in order
// as it passes, instantly.
import type { Clock, Scheduler, TimerId } from '../../src/quiz/clock.js';

interface Timer {
  readonly id: TimerId;
  readonly at: number;
  readonly callback: () => void;
}

export class FakeTime implements Clock, Scheduler {
  private current: number;
  private timers: Timer[] = [];
  private nextId = 1;

  constructor(start = Date.UTC(2025, 0, 6, 9, 0, 0)) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimer(callback: () => void, delayMs: number): TimerId {
    const id = this.nextId++;
    this.timers.push({ id, at: this.current + Math.max(0, delayMs), callback });
    return id;
  }

  clearTimer(id: TimerId): void {
    this.timers = this.timers.filter((t) => t.id !== id);
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  /**
   * Moves time forward by `ms`, firing due timers in order. After each timer, `settle` runs (e.g. to let
   * the messages a timer set off go out, which may set further timers).
   */
  async advance(ms: number, settle: () => Promise<void> = async () => {}): Promise<void> {
    const target = this.current + ms;
    await settle();
    for (;;) {
      const due = this.timers.filter((t) => t.at <= target).sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.current = due.at;
      due.callback();
      await settle();
    }
    this.current = target;
  }
}
