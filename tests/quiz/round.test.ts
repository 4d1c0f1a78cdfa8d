// Quiz rounds as players meet them, on a fake clock: /quiz start, answer buttons, reveals, the podium.
import { describe, expect, it } from 'vitest';
import { LEADERBOARD_DEFAULTS } from '../../src/leaderboard/defaults.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import { QUIZ_MESSAGES as Q } from '../../src/messages.js';
import { loadRealKnowledge } from '../helpers/knowledge.js';
import { quizHarness, START, textOf } from './harness.js';

const SECOND = 1000;

describe('a quiz round', () => {
  it('posts each question with four lettered buttons and the time answers close', async () => {
    const h = quizHarness();
    const reply = await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    expect(reply.title).toBe('Quiz: The New Economic Policy (NEP)');
    expect(reply.body).toContain('3 questions, 20 seconds each');

    const question = h.channel.lastQuestion('c1')?.reply;
    expect(question?.title).toBe('Question 1 of 3 · The New Economic Policy (NEP)');
    expect(question?.deadline).toBe(START + 20 * SECOND);
    expect(question?.buttons?.map((b) => b.key)).toEqual(['A', 'B', 'C', 'D']);
    for (const [i, b] of (question?.buttons ?? []).entries()) {
      expect(b.label).toMatch(new RegExp(`^${'ABCD'[i]} · (right|wrong) \\d+`));
      expect(b.action).toMatch(new RegExp(`^quiz:[a-z0-9]{6}:0:${i}$`));
    }
  });

  it('scores a correct answer 1000 × (1 − t/2T): 875 at 5 s of 20, 500 at the last moment, none when wrong', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    await h.wait(1 * SECOND);
    await h.answer('Carol', false);
    await h.wait(4 * SECOND);
    await h.answer('Alice', true);
    await h.wait(15 * SECOND - 1); // the last millisecond: 1000 × (1 − 19.999/40) rounds to 500
    expect(h.postsTitled('The answer')).toHaveLength(0);
    expect(await h.answer('Bob', true)).toMatchObject({ body: Q.answerLocked, private: true });
    await h.wait(1);

    const reveal = textOf(h.postsTitled('The answer')[0]);
    expect(reveal).toContain('Right (2): Alice +875, Bob +500');
    expect(reveal).toContain('Fastest: Alice — 5.0 s');
    expect(reveal).not.toContain('Carol +');
  });

  it('rounds half points up (t = 3.7 s of 20 gives 907.5, so 908)', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    await h.wait(3700);
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    expect(textOf(h.postsTitled('The answer')[0])).toContain('Alice +908');
  });

  it('adds a streak bonus of +100 per consecutive correct answer, capped at +500', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 8, seconds: 20 });
    for (let i = 0; i < 8; i++) {
      await h.answer('Alice', true);
      await h.wait(20 * SECOND);
    }
    const gains = h.postsTitled('The answer').map((r) => /Alice \+([\d,]+)/.exec(textOf(r))?.[1]);
    expect(gains).toEqual(['1,000', '1,100', '1,200', '1,300', '1,400', '1,500', '1,500', '1,500']);
    // Played alone: her score, and no medal (a round played alone is not a win on /stats).
    expect(textOf(h.postsTitled('Quiz over')[0])).toContain(Q.endAlone('Alice', '10,500', LEADERBOARD_DEFAULTS.playersForAWin));
  });

  it('starts the streak again after a wrong or missing answer', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 6, seconds: 20 });
    const plan = [true, true, false, true, null, true];
    for (const right of plan) {
      if (right !== null) await h.answer('Alice', right);
      await h.wait(20 * SECOND);
    }
    const gains = h.postsTitled('The answer').map((r) => /Alice \+([\d,]+)/.exec(textOf(r))?.[1] ?? '0');
    expect(gains).toEqual(['1,000', '1,100', '0', '1,000', '0', '1,000']);
  });

  it('gives a flat 1000 for every correct answer when the server turns on fair scoring', async () => {
    const h = quizHarness();
    await h.app.leaderboard.setFlatScoring('g1', true);
    const reply = await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    expect(reply.body).toContain(Q.startScoring(true));
    await h.wait(19 * SECOND);
    await h.answer('Alice', true);
    await h.wait(1 * SECOND);
    await h.wait(3 * SECOND);
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    const gains = h.postsTitled('The answer').map((r) => /Alice \+([\d,]+)/.exec(textOf(r))?.[1]);
    expect(gains).toEqual(['1,000', '1,000']);
  });

  it('names nobody as fastest with fair scoring on, where speed earns nothing (a trial: "Fastest: Dev — 3.4 s")', async () => {
    const h = quizHarness();
    await h.app.leaderboard.setFlatScoring('g1', true);
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    await h.wait(2 * SECOND);
    await h.answer('Bob', true);
    await h.wait(3 * SECOND);
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    const reveal = textOf(h.postsTitled('The answer')[0]);
    expect(reveal).toContain('Right (2): Bob +1,000, Alice +1,000');
    expect(reveal).not.toContain(Q.revealFastest);
  });

  it('counts only the first answer and tells a second press so', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    const right = h.channel.lastQuestion('c1')?.reply.buttons?.find((b) => b.label.includes(' · right'))?.key ?? '';
    expect((await h.answer('Alice', false)).body).toBe(Q.answerLocked);
    expect(await h.answer('Alice', true)).toMatchObject({ body: Q.answerDuplicate, private: true });
    await h.wait(20 * SECOND);
    expect(h.postsTitled('The answer')[0]?.body).toContain(Q.revealSoloMiss(right));
  });

  it('tells a player alone in the round that they missed it, and a group that nobody got it', async () => {
    const solo = quizHarness();
    await solo.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    const right = solo.channel.lastQuestion('c1')?.reply.buttons?.find((b) => b.label.includes(' · right'))?.key ?? '';
    await solo.answer('Alice', false);
    await solo.wait(20 * SECOND);
    expect(solo.postsTitled('The answer')[0]?.body).toContain(`Not this time: the answer was ${right}.`);
    expect(solo.postsTitled('The answer')[0]?.body).not.toContain('Nobody');

    const group = quizHarness();
    await group.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    await group.answer('Alice', false);
    await group.answer('Bob', false);
    await group.wait(20 * SECOND);
    expect(group.postsTitled('The answer')[0]?.body).toContain('Nobody got it right (2 answers).');
  });

  it('counts a question a player let time out as asked and not right ("2 of 5 right (1 not answered)"), and none before their first answer', async () => {
    // The trial: 5 questions, the last left to time out, summed up as "2 of 4 right".
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.answer('Alice', true);
    await h.wait(20 * SECOND);
    await h.answer('Alice', false);
    await h.answer('Bob', true); // Bob joins at question 2: question 1 was not left unanswered by him
    await h.wait(20 * SECOND);
    await h.answer('Alice', false);
    await h.wait(20 * SECOND); // question 3: Bob lets it time out
    await h.answer('Alice', true);
    await h.answer('Bob', true);
    await h.wait(20 * SECOND);
    expect(textOf(h.postsTitled('The answer')[2])).toMatch(/Bob, [\d,]+ points, 1 of 2 right \(1 not answered\)/);
    await h.wait(20 * SECOND); // question 5: nobody
    const everyone = h.postsTitled('Quiz over')[0]?.fields?.find((f) => f.name === Q.endEveryone)?.value ?? '';
    expect(everyone).toMatch(/^1st: Alice, [\d,]+ points, 2 of 5 right \(1 not answered\)$/m);
    expect(everyone).toMatch(/: Bob, [\d,]+ points, 2 of 4 right \(2 not answered\)$/m);
    // All answered: as before, nothing about unanswered ones.
    expect(Q.standing(1, 'Ann', '10', 1, 2)).toBe('1st: Ann, 10 points, 1 of 2 right');
    // /stats keeps accuracy over the questions answered, as the leaderboard always has, and says so.
    const stats = textOf(await h.command('Alice', 'stats', {}));
    expect(stats).toMatch(/points · 2 of 4 answered right \(50%\)/);
    expect(stats).toContain('The New Economic Policy (NEP): 2 of 4 answered right (50%)');
  });

  it('does not count an answer pressed after time is up', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    const first = h.channel.lastQuestion('c1');
    await h.wait(20 * SECOND);
    const rightKey = first?.reply.buttons?.find((b) => b.style === 'success')?.key ?? '';
    expect(await h.press('Bob', rightKey, {}, first)).toMatchObject({ body: Q.answerLate, private: true });
    await h.wait(20 * SECOND);
    expect(h.postsTitled('The answer').map((r) => r.body)).toEqual([
      expect.stringContaining(Q.revealNoAnswers),
      expect.stringContaining(Q.revealNoAnswers),
    ]);
  });

  it('at time up closes the question, marks the right choice, and gives the explanation, who was right and the fastest', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    const question = h.channel.lastQuestion('c1');
    const right = question?.reply.buttons?.find((b) => b.label.includes(' · right'));
    await h.wait(2 * SECOND);
    await h.answer('Bob', true);
    await h.wait(1 * SECOND);
    await h.answer('Alice', true);
    expect(question?.edits).toHaveLength(0);
    await h.wait(17 * SECOND);

    expect(question?.reply.buttons?.every((b) => b.disabled)).toBe(true);
    expect(question?.reply.buttons?.filter((b) => b.style === 'success').map((b) => b.key)).toEqual([right?.key]);
    expect(question?.reply.deadline).toBeUndefined();
    const reveal = h.postsTitled('The answer')[0];
    expect(reveal?.title).toBe(Q.revealTitle(right?.key ?? '', right?.label.slice(4) ?? ''));
    expect(reveal?.body).toMatch(/^Because of nep \d+\.$/);
    expect(textOf(reveal)).toContain('Right (2): Bob +950, Alice +925');
    expect(textOf(reveal)).toContain('Fastest: Bob — 2.0 s');
  });

  it('says a round was completed when its last two questions went unanswered, not that it was abandoned', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    await h.answer('Alice', true);
    await h.wait(10 * SECOND);
    await h.wait(10 * SECOND); // question 2: nobody
    await h.wait(10 * SECOND); // question 3, the last: nobody
    const end = h.postsTitled('Quiz over');
    expect(end).toHaveLength(1);
    expect(end[0]?.body).toContain(Q.endReason.completed);
    expect(end[0]?.body).not.toContain(Q.endReason.idle);
  });

  it('ends by itself after two questions in a row that nobody answered', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 10 });
    await h.answer('Alice', true);
    await h.wait(10 * SECOND);
    await h.wait(10 * SECOND); // question 2: nobody
    expect(h.app.rounds.current('g1', 'c1')).toBeDefined();
    await h.wait(10 * SECOND); // question 3: nobody again
    const end = h.postsTitled('Quiz over');
    expect(end).toHaveLength(1);
    expect(end[0]?.body).toContain(Q.endReason.idle);
    expect(h.postsTitled('Question 4')).toHaveLength(0);
    expect(h.app.rounds.current('g1', 'c1')).toBeUndefined();
    expect(h.time.pendingTimers).toBe(0);
    expect((await h.start('Bob', { topic: 'nep' })).title).toBe('Quiz: The New Economic Policy (NEP)');
  });

  it('can be stopped by the one who started it, counting answers already given', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.wait(10 * SECOND);
    await h.answer('Bob', true);
    const reply = await h.stop('Alice');
    expect(reply).toMatchObject({ body: Q.stopped('Alice') });
    expect(textOf(h.postsTitled('The answer')[0])).toContain('Bob +750');
    const end = h.postsTitled('Quiz over')[0];
    expect(end?.body).toContain(Q.endReason.stopped);
    expect(end?.body).toContain(Q.endAlone('Bob', '750', LEADERBOARD_DEFAULTS.playersForAWin));
    expect(h.app.rounds.current('g1', 'c1')).toBeUndefined();
    expect((await h.answer('Carol', true)).body).toBe(Q.answerEnded);
  });

  it('can be stopped by a moderator, but not by another player', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep' });
    expect(await h.stop('Bob')).toMatchObject({ body: Q.stopNotAllowed('Alice'), private: true });
    expect(h.app.rounds.current('g1', 'c1')).toBeDefined();
    expect((await h.stop('Teacher', { mod: true })).body).toBe(Q.stopped('Teacher'));
    expect(h.postsTitled('Quiz over')).toHaveLength(1);
    expect(await h.stop('Teacher', { mod: true })).toMatchObject({ body: Q.stopNone });
  });

  it('runs at most a few rounds at once in one server, so one player cannot start one in every channel', async () => {
    const h = quizHarness();
    for (let i = 0; i < QUIZ_DEFAULTS.maxRoundsPerServer; i++)
      expect((await h.start('Alice', { topic: 'nep' }, { channel: `c${i}` })).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    expect(await h.start('Alice', { topic: 'nep' }, { channel: 'one-more' })).toMatchObject({ body: Q.serverBusy(QUIZ_DEFAULTS.maxRoundsPerServer), private: true });
    expect((await h.start('Bob', { topic: 'nep' }, { guild: 'g2', channel: 'c0' })).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    await h.stop('Alice', { channel: 'c0' });
    expect((await h.start('Alice', { topic: 'nep' }, { channel: 'one-more' })).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
  });

  it('refuses a second round in the same channel, but not in another channel', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep' });
    expect(await h.start('Bob', { topic: 'collectivisation' })).toMatchObject({ body: Q.busy('Alice'), private: true });
    expect(h.postsTitled('Question 1')).toHaveLength(1);
    expect((await h.start('Bob', { topic: 'collectivisation' }, { channel: 'c2' })).title).toBe('Quiz: Collectivisation');
    expect(h.postsTitled('Question 1', 'c2')).toHaveLength(1);
  });

  it('never repeats a question within a round, and avoids the questions the channel had lately', async () => {
    const h2 = quizHarness(); // 12 questions per topic
    await h2.start('Alice', { topic: 'nep', questions: 10, seconds: 10 });
    for (let i = 0; i < 10; i++) {
      await h2.answer('Alice', true);
      await h2.wait(10 * SECOND);
    }
    const asked = h2.postsTitled('Question').map((r) => r.body);
    expect(new Set(asked).size).toBe(10);
    await h2.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    const next = h2.postsTitled('Question 1 of 3').map((r) => r.body);
    const unseen = Array.from({ length: 12 }, (_, i) => `nep question ${i + 1}?`).filter((p) => !asked.includes(p));
    expect(unseen).toHaveLength(2);
    expect(unseen).toContain(next[0]);
  });

  it('asks the fresh questions first and repeats only the least recently asked', async () => {
    const h = quizHarness();
    const prompts: string[] = [];
    for (let round = 0; round < 2; round++) {
      await h.start('Alice', { topic: 'nep', questions: round === 0 ? 10 : 3, seconds: 10 });
      for (;;) {
        prompts.push(h.channel.lastQuestion('c1')?.reply.body ?? '');
        await h.answer('Alice', true);
        await h.wait(10 * SECOND);
        if (!h.app.rounds.current('g1', 'c1')) break;
      }
    }
    const [first, second] = [prompts.slice(0, 10), prompts.slice(10)];
    expect(second).toHaveLength(3);
    expect(second.slice(0, 2).every((p) => !first.includes(p))).toBe(true);
    expect(second[2]).toBe(first[0]);
  });

  it('does not count a round\'s button pressed from another channel of the same server (a forged or copied interaction)', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    const question = h.channel.lastQuestion('c1');
    const right = question?.reply.buttons?.find((b) => b.label.includes(' · right'));
    if (!question || !right?.key) throw new Error('no question');
    expect(await h.press('Mallory', right.key, { channel: 'c2' }, question)).toMatchObject({ body: Q.answerEnded, private: true });
    await h.wait(10 * SECOND);
    expect(textOf(h.postsTitled('The answer')[0])).not.toContain('Mallory');
  });

  it('says "this quiz has ended" for buttons of a round it does not know (e.g. after a restart)', async () => {
    const h = quizHarness();
    expect(await h.app.router.runAction('quiz:zz0000:0:1', h.ctx('Alice'))).toMatchObject({ body: Q.answerEnded, private: true });
    expect(await h.app.router.runAction('quiz:garbage', h.ctx('Alice'))).toMatchObject({ body: Q.answerEnded });
  });

  it('waits before the first question and pauses between questions with the default timings', async () => {
    const h = quizHarness({ timing: { firstQuestionDelayMs: 3000, revealPauseMs: 6000 } });
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 10 });
    expect(h.postsTitled('Question')).toHaveLength(0);
    await h.wait(3000);
    expect(h.channel.lastQuestion('c1')?.reply.deadline).toBe(START + 13_000);
    await h.answer('Alice', true);
    await h.wait(10_000);
    expect(h.postsTitled('The answer')[0]?.footer).toBe(Q.revealNext(6));
    await h.wait(5999);
    expect(h.postsTitled('Question 2')).toHaveLength(0);
    await h.wait(1);
    expect(h.postsTitled('Question 2')).toHaveLength(1);
  });

  it('with early reveal (the console), closes a question as soon as everyone playing has answered it', async () => {
    const h = quizHarness({ timing: { earlyReveal: true } });
    await h.start('Alice', { topic: 'nep', questions: 3, seconds: 20 });
    await h.wait(4 * SECOND);
    await h.answer('Alice', true); // the only player so far
    expect(h.postsTitled('The answer')).toHaveLength(1);
    expect(h.postsTitled('Question 2')).toHaveLength(1);
    await h.answer('Bob', true); // Bob joins; Alice has not answered question 2 yet
    expect(h.postsTitled('The answer')).toHaveLength(1);
    await h.answer('Alice', false);
    expect(h.postsTitled('The answer')).toHaveLength(2);
    expect(textOf(h.postsTitled('The answer')[0])).toContain('Alice +900');
  });

  it('with early reveal, stops waiting for a player who let two questions in a row close unanswered, until they answer again (one who walked away from the keyboard)', async () => {
    const h = quizHarness({ timing: { earlyReveal: true } });
    await h.start('Alice', { topic: 'nep', questions: 6, seconds: 20 });
    await h.wait(4 * SECOND);
    await h.answer('Alice', true);
    await h.wait(6 * SECOND);
    await h.answer('Bob', true);
    await h.answer('Alice', true);
    expect(h.postsTitled('The answer')).toHaveLength(2);
    // Bob walks away: questions 3 and 4 each wait out their time for him.
    for (const n of [3, 4]) {
      await h.wait(6 * SECOND);
      expect(h.postsTitled(`Question ${n}`)).toHaveLength(1);
      await h.answer('Alice', true);
      expect(h.postsTitled('The answer')).toHaveLength(n - 1);
      await h.wait(20 * SECOND);
      expect(h.postsTitled('The answer')).toHaveLength(n);
    }
    // Question 5 closes as soon as Alice answers.
    await h.wait(6 * SECOND);
    await h.answer('Alice', true);
    expect(h.postsTitled('The answer')).toHaveLength(5);
    // Bob is back: he answers question 6 first, and it waits for Alice as ever.
    await h.wait(6 * SECOND);
    await h.answer('Bob', true);
    expect(h.postsTitled('The answer')).toHaveLength(5);
    await h.answer('Alice', true);
    expect(h.postsTitled('The answer')).toHaveLength(6);
  });

  it('works only in a server', async () => {
    const h = quizHarness();
    const reply = await h.app.router.runCommand('quiz', { subcommand: 'start', options: {} }, { ...h.ctx('Alice'), guildId: null });
    expect(reply).toMatchObject({ body: Q.serverOnly, private: true });
  });

  it('lists the topics for an unknown one, and clamps numbers outside the limits with a note', async () => {
    const h = quizHarness();
    expect((await h.start('Alice', { topic: 'the moon landings' })).body).toBe(Q.topicUnsure('the moon landings', h.app.kb.topics));
    expect(h.channel.lastQuestion('c1')).toBeUndefined();
    const reply = await h.start('Alice', { topic: 'nep', questions: 50, seconds: 5 });
    expect(reply.body).toContain(Q.startAdjusted(20, 10));
    expect(reply.body).toContain(Q.startFewer(12));
    expect(h.channel.lastQuestion('c1')?.reply.deadline).toBe(START + 10 * SECOND);
  });

  it('says which topic it took from loose words, and lists the topics rather than guess when none fits well (a trial: "stalins economy" started Nationalities)', async () => {
    const kb = await loadRealKnowledge();
    const h = quizHarness({ kb });
    for (const typed of ['stalins economy', 'stalin']) {
      expect(await h.start('Alice', { topic: typed, questions: 3 }), typed).toMatchObject({ body: Q.topicUnsure(typed, kb.topics), private: true });
      expect(h.channel.lastQuestion('c1'), typed).toBeUndefined();
    }
    const loose = await h.start('Alice', { topic: 'economy', questions: 3 });
    expect(loose.title).toBe(Q.startTitle('Why and how Stalin industrialised'));
    expect(loose.body).toContain(Q.startTaking('economy', 'Why and how Stalin industrialised'));
    await h.stop('Alice');
    const exact = await h.start('Alice', { topic: 'nep', questions: 3 });
    expect(exact.title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    expect(exact.body).not.toContain('Taking');
  });

  it('mixes all topics when none is given', async () => {
    const h = quizHarness();
    const reply = await h.start('Alice', { questions: 20, seconds: 10 });
    expect(reply.title).toBe('Quiz: all topics');
    for (let i = 0; i < 20; i++) {
      await h.answer('Alice', true);
      await h.wait(10 * SECOND);
    }
    const titles = h.postsTitled('Question').map((r) => r.title ?? '');
    expect(titles.some((t) => t.endsWith('· Collectivisation'))).toBe(true);
    expect(titles.some((t) => t.endsWith('· The New Economic Policy (NEP)'))).toBe(true);
  });

  it('ends running rounds on shutdown and still records their points', async () => {
    const h = quizHarness();
    await h.start('Alice', { topic: 'nep', questions: 5, seconds: 20 });
    await h.answer('Alice', true);
    await h.app.shutdown();
    expect(h.postsTitled('Quiz over')[0]?.body).toContain(Q.endReason.shutdown);
    const board = await h.command('Alice', 'leaderboard', {});
    expect(board.body).toBe('1. Alice — 1,000');
    expect(h.time.pendingTimers).toBe(0);
  });

  it('starts no round while the tutor is shutting down, and says so', async () => {
    const h = quizHarness();
    const stopping = h.app.shutdown();
    const reply = await h.start('Alice', { topic: 'nep' });
    await stopping;
    expect(reply).toMatchObject({ body: Q.closing, private: true });
    expect(h.postsTitled('Question')).toHaveLength(0);
    expect(h.time.pendingTimers).toBe(0);
  });
});
