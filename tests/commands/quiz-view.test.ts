// A quiz round whose question cannot be posted ends, and says so in the channel where it still can,
// instead of running on with nobody seeing the questions. (The e2e tests cover a channel the bot may not
// post in at all, through Discord.)
import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { questionReply, topicTitles } from '../../src/commands/quiz-view.js';
import { prepareQuestion, type PreparedQuestion } from '../../src/quiz/questions.js';
import type { CommandContext, Reply } from '../../src/commands/types.js';
import { CHRONOLOGY_MESSAGES as C, ordinal, QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { seededRandom } from '../../src/quiz/clock.js';
import { RecordingMessenger } from '../fakes/messenger.js';
import { FakeTime } from '../fakes/time.js';
import { quizKnowledge } from '../quiz/harness.js';

/** Posts like RecordingMessenger, except that the first `failures` posts fail (e.g. Discord kept answering 500). */
class FlakyMessenger extends RecordingMessenger {
  constructor(private failures: number) {
    super();
  }
  override async send(channelId: string, reply: Reply): Promise<string> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('Service Unavailable');
    }
    return super.send(channelId, reply);
  }
}

const teacher: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u-t', userName: 'Ms Smith', canManageServer: true };

describe('a quiz question that cannot be posted', () => {
  it('ends the round: no reveal of the unseen question, the podium says why, and the channel is free again', async () => {
    const time = new FakeTime();
    const channel = new FlakyMessenger(1);
    const logged: string[] = [];
    const app = buildApp({
      kb: quizKnowledge(),
      clock: time,
      scheduler: time,
      random: seededRandom(7),
      messenger: channel,
      logger: { warn: (m) => logged.push(m), error: (m) => logged.push(m) },
      quizTiming: { firstQuestionDelayMs: 1000, revealPauseMs: 0, earlyReveal: false },
    });
    const started = await app.router.runCommand('quiz', { subcommand: 'start', options: { topic: 'nep', questions: 3, seconds: 10 } }, teacher);
    expect(started?.title).toBe(Q.startTitle('The New Economic Policy (NEP)'));

    await time.advance(1000, () => app.settled());
    expect(app.rounds.current('g1', 'c1')).toBeUndefined();
    expect(channel.titles('c1')).toEqual([Q.endTitle]);
    expect(channel.in('c1')[0]?.reply.body).toContain(Q.endReason.unpostable);
    expect(logged).toEqual([expect.stringContaining('Service Unavailable')]);

    // Nothing more happens in that channel, and a new round can start there.
    await time.advance(60_000, () => app.settled());
    expect(channel.titles('c1')).toEqual([Q.endTitle]);
    await app.router.runCommand('quiz', { subcommand: 'start', options: { topic: 'nep', questions: 3, seconds: 10 } }, teacher);
    await time.advance(1000, () => app.settled());
    expect(channel.titles('c1')).toEqual([Q.endTitle, Q.questionTitle(1, 3, 'The New Economic Policy (NEP)')]);
    await app.shutdown();
  });
});

describe('places in words', () => {
  it('says 1st to 4th, 11th to 13th, 21st to 23rd and 111th as they are said, in the standings and an order question', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112].map(ordinal)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th', '112th']);
    expect(Q.standing(21, 'Ann', '10', 1, 2)).toBe('21st: Ann, 10 points, 1 of 2 right');
    expect(C.orderPlaced(['A', 'B'], 2)).toContain('B is 2nd in your order');
  });
});

describe('a question\'s footer', () => {
  it('says how points are scored on the first question only, and the time on every one (a screen reader read it out each time)', () => {
    const kb = quizKnowledge();
    const first = kb.quiz[0];
    if (!first) throw new Error('no quiz question');
    const question = prepareQuestion(first, () => 0.5) as PreparedQuestion;
    const round = { roundId: 'r1', guildId: 'g1', channelId: 'c1', starterId: 'u1', starterName: 'Ann', topicId: null, questionCount: 3, limitMs: 20_000, flat: false };
    const footerOf = (index: number) => questionReply({ kind: 'question', round, index, question, deadline: 20_000 }, topicTitles(kb)).footer;
    expect(footerOf(0)).toBe(Q.questionFooter(20, false));
    expect(footerOf(1)).toBe(Q.questionTime(20));
    expect(footerOf(2)).not.toContain('score');
  });
});
