// The console's ChannelMessenger: channel posts (quiz questions, reveals, podiums) are printed like
// replies. A question with a deadline gets a printed countdown; editing a message (closing a question
// at the reveal) prints nothing, as the reveal that follows says it all, and stops its countdown.
import type { ChannelMessenger, Reply } from '../../commands/types.js';
import { QUIZ_MESSAGES } from '../../messages.js';
import type { Clock, Scheduler, TimerId } from '../../quiz/clock.js';

export interface ConsoleMessenger extends ChannelMessenger {
  /** Where posts are shown; posts made before this are kept and shown on attaching. */
  attach(show: (reply: Reply) => void): void;
  /** Cancels pending countdown lines. */
  dispose(): void;
}

/** Seconds before a deadline at which the console prints how long is left. */
export const COUNTDOWN_MARKS = Object.freeze([10, 5]);

export function createConsoleMessenger(deps: { readonly clock: Clock; readonly scheduler: Scheduler }): ConsoleMessenger {
  let show: ((reply: Reply) => void) | undefined;
  const early: Reply[] = [];
  const countdowns = new Map<string, TimerId[]>();
  let next = 1;

  const print = (reply: Reply) => {
    if (show) show(reply);
    else early.push(reply);
  };

  const stopCountdown = (messageId: string) => {
    for (const t of countdowns.get(messageId) ?? []) deps.scheduler.clearTimer(t);
    countdowns.delete(messageId);
  };

  return {
    async send(_channelId, reply) {
      const id = `console-${next++}`;
      print(reply);
      if (reply.deadline !== undefined) {
        const timers = COUNTDOWN_MARKS.flatMap((seconds) => {
          const delay = (reply.deadline ?? 0) - seconds * 1000 - deps.clock.now();
          return delay > 0 ? [deps.scheduler.setTimer(() => print({ body: QUIZ_MESSAGES.consoleTimeLeft(seconds) }), delay)] : [];
        });
        countdowns.set(id, timers);
      }
      return id;
    },
    async edit(_channelId, messageId) {
      stopCountdown(messageId);
    },
    attach(target) {
      show = target;
      for (const reply of early.splice(0)) target(reply);
    },
    dispose() {
      for (const id of [...countdowns.keys()]) stopCountdown(id);
    },
  };
}
