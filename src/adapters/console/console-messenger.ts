// The console's ChannelMessenger: channel posts (quiz questions, reveals, podiums) are printed like
// replies. A question with a deadline gets a printed countdown; editing a message (closing a question
// at the reveal) prints nothing, as the reveal that follows says it all, and stops its countdown. A post
// read aloud is followed by its Audio: line before the next post goes out (see attach).
import type { ChannelMessenger, Reply } from '../../commands/types.js';
import { QUIZ_MESSAGES } from '../../messages.js';
import type { Clock, Scheduler, TimerId } from '../../quiz/clock.js';

export interface ConsoleMessenger extends ChannelMessenger {
  /**
   * Where posts are shown; posts made before this are kept and shown on attaching. `afterPost`: what a post
   * waits for once printed (the voice writing what it reads of it), so that a quiz round, which sends its
   * posts one after another, prints an answer's Audio: line under that answer, not under the next question.
   */
  attach(show: (reply: Reply) => void, afterPost?: () => Promise<void>): void;
  /** Prints a line with the posts at once, waiting for nothing (the voice's Audio: lines, which a post may be waiting for). */
  print(reply: Reply): void;
  /** Cancels pending countdown lines. */
  dispose(): void;
}

/** Seconds before a deadline at which the console prints how long is left. */
export const COUNTDOWN_MARKS = Object.freeze([10, 5]);

export function createConsoleMessenger(deps: { readonly clock: Clock; readonly scheduler: Scheduler }): ConsoleMessenger {
  let show: ((reply: Reply) => void) | undefined;
  let afterPost: () => Promise<void> = async () => {};
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
      await afterPost();
      return id;
    },
    async edit(_channelId, messageId) {
      stopCountdown(messageId);
    },
    attach(target, after) {
      show = target;
      if (after) afterPost = after;
      for (const reply of early.splice(0)) target(reply);
    },
    print,
    dispose() {
      for (const id of [...countdowns.keys()]) stopCountdown(id);
    },
  };
}
