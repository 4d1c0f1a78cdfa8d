// The voice host without any platform: a fake voice port that plays each line for as long as it
// lasts on the fake clock, a fake speech engine (a tone per line) and real quiz rounds.
import { describe, expect, it } from 'vitest';
import { VOICE_MESSAGES } from '../../src/messages.js';
import { QuizRounds } from '../../src/quiz/rounds.js';
import type { RoundInfo } from '../../src/quiz/round.js';
import { VoiceHost, type LeftReason } from '../../src/voice/host.js';
import type { Speech } from '../../src/voice/speech.js';
import { FakeSpeech } from '../fakes/speech.js';
import { FakeTime } from '../fakes/time.js';
import { FakeVoicePort } from '../fakes/voice-port.js';
import { quizKnowledge } from '../quiz/harness.js';

const S = VOICE_MESSAGES.spoken;
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** `answering`: Sasha answers every question right as it is asked (so rounds do not end for want of answers). */
function setup(options: { secondsPerChar?: number; answering?: boolean } = {}) {
  const time = new FakeTime();
  const port = new FakeVoicePort(time);
  const speech = new FakeSpeech({ secondsPerChar: options.secondsPerChar ?? 0.02, maxSeconds: 30 });
  const errors: string[] = [];
  const left: { channel: string; voice: string; why: LeftReason }[] = [];
  const host = new VoiceHost({
    port,
    speech,
    words: S,
    clock: time,
    scheduler: time,
    onError: (error, where) => errors.push(`${where}: ${String(error)}`),
    onLeftRound: (channel, voice, why) => left.push({ channel, voice, why }),
  });
  const rounds = new QuizRounds({
    questions: quizKnowledge().quiz,
    clock: time,
    scheduler: time,
    random: () => 0.999999,
    present: async (event) => {
      host.roundEvent(event);
      if (options.answering && event.kind === 'question')
        rounds.answer({ guildId: 'g', channelId: event.round.channelId, roundId: event.round.roundId, questionIndex: event.index, choiceIndex: event.question.correctIndex, userId: 'sasha', userName: 'Sasha' });
    },
    onResult: () => {},
    onError: (error) => errors.push(String(error)),
    timing: { firstQuestionDelayMs: 0, revealPauseMs: 6000, earlyReveal: false },
  });
  /** Lines played so far, as text. */
  const said = () => port.played.map((p) => speech.textOf(p.speech) ?? '?');
  const advance = (ms: number) => time.advance(ms, flush);
  /** Joins v1 for Sasha's round in t1 and starts it. */
  const startRound = async (seconds = 20, questions = 3, where = { channel: 'v1', text: 't1' }): Promise<RoundInfo> => {
    const joined = await host.joinForRound({ guildId: 'g', channelId: where.channel, userId: 'sasha', userName: 'Sasha', textChannelId: where.text });
    if (!joined.ok) throw new Error(`could not join: ${joined.reason}`);
    const started = rounds.start({ guildId: 'g', channelId: where.text, userId: 'sasha', userName: 'Sasha', topicId: 'nep', questions, seconds, flat: false, level: null, kind: 'facts' });
    if (!started.ok) throw new Error('round did not start');
    joined.voice.attach(started.round);
    await flush();
    return started.round;
  };
  return { time, port, speech, host, rounds, errors, left, said, advance, startRound };
}

describe('the voice host reading a quiz round', () => {
  it('reads each question with its choices, says when ten seconds are left, reads the answer and explanation, and leaves at the end', async () => {
    const v = setup({ answering: true });
    v.port.setPeople('g', 'v1', 3);
    const round = await v.startRound(20, 3);
    expect(v.port.joins).toEqual([{ guildId: 'g', channelId: 'v1' }]);
    await v.advance(60_000);
    await v.advance(60_000);

    const lines = v.said();
    expect(lines[0]).toBe(S.question(1, 3, 'nep question 1?', [
      { letter: 'A', text: 'right 1.' },
      { letter: 'B', text: 'wrong 1a.' },
      { letter: 'C', text: 'wrong 1b.' },
      { letter: 'D', text: 'wrong 1c.' },
    ]));
    expect(lines[1]).toBe('Ten seconds left.');
    expect(lines[2]).toBe(S.answer({ letter: 'A', text: 'right 1.' }, 'Because of nep 1.'));
    expect(lines.filter((l) => l.startsWith('Question '))).toHaveLength(3);
    expect(lines.filter((l) => l === 'Ten seconds left.')).toHaveLength(3);
    expect(lines.at(-1)).toMatch(/^That was the last question\. The winner is Sasha, with [\d,]+ points\. Thanks for playing\.$/);
    expect(v.port.played.every((p) => p.channelId === 'v1' && !p.interrupted)).toBe(true);
    expect(v.port.connected.has('g')).toBe(false);
    expect(v.host.where('g')).toBeUndefined();
    expect(v.errors).toEqual([]);
    expect(round.questionCount).toBe(3);
  });

  it('says "five seconds left" in a round of ten-second questions, five seconds before the close', async () => {
    const v = setup({ secondsPerChar: 0.01 });
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(10, 3);
    await v.advance(4_999);
    expect(v.said()).not.toContain('Five seconds left.');
    await v.advance(2);
    expect(v.said()).toContain('Five seconds left.');
    expect(v.said()).not.toContain('Ten seconds left.');
  });

  it('says no time warning while the question is still being read, and cuts a question off when it closes to read the answer', async () => {
    // 0.5 s per character: the first question's reading lasts far longer than its 20 seconds.
    const v = setup({ secondsPerChar: 0.5 });
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(20, 3);
    await v.advance(20_001);
    expect(v.said()).not.toContain('Ten seconds left.');
    const [question, answer] = v.port.played;
    expect(question?.interrupted).toBe(true);
    expect(v.speech.textOf(answer?.speech ?? question!.speech)).toMatch(/^The answer is A: right 1\./);
  });

  it('goes on reading after a line the engine could not say', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    v.speech.failOn('Ten seconds left.');
    await v.startRound(20, 3);
    await v.advance(30_000);
    expect(v.said().some((l) => l.startsWith('The answer is A'))).toBe(true);
    expect(v.errors.some((e) => e.startsWith('speech synthesis'))).toBe(true);
  });
});

describe('shutting down', () => {
  /** A host whose engine answers only when told to, reading an answer aloud in v1. */
  async function readingAnAnswer() {
    const time = new FakeTime();
    const port = new FakeVoicePort(time);
    const errors: string[] = [];
    let cut: (error: Error) => void = () => {};
    const speech = { speak: () => new Promise<Speech>((_resolve, reject) => (cut = reject)) };
    const host = new VoiceHost({ port, speech, words: S, clock: time, scheduler: time, onError: (_error, where) => errors.push(where) });
    port.setPeople('g', 'v1', 1);
    const read = await host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Who was Kirov?', answer: 'The party boss of Leningrad.' });
    expect(read.ok).toBe(true);
    return { host, errors, cut: (message: string) => cut(new Error(message)) };
  }

  it('reports a line the engine fails to say while it is running', async () => {
    const v = await readingAnAnswer();
    v.cut('the engine choked');
    await flush();
    expect(v.errors).toEqual(['speech synthesis']);
  });

  it('says nothing of speech cut short because the tutor is shutting down', async () => {
    const v = await readingAnAnswer();
    v.host.shutdown();
    v.cut('the speech worker was closed');
    await flush();
    expect(v.errors).toEqual([]);
  });
});

describe('one voice channel per server', () => {
  it('tells a second round, and a student asking for an answer, where the tutor is reading', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(20, 3);
    const second = await v.host.joinForRound({ guildId: 'g', channelId: 'v2', userId: 'olga', userName: 'Olga', textChannelId: 't2' });
    expect(second).toEqual({ ok: false, reason: 'busy', channelName: '#v1', quiz: true });
    const answer = await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'olga', userName: 'Olga', question: 'Q?', answer: 'A.' });
    expect(answer).toEqual({ ok: false, reason: 'busy', channelName: '#v1', quiz: true });
    // Another server is another matter.
    const elsewhere = await v.host.readAloud({ guildId: 'h', channelId: 'v9', userId: 'olga', userName: 'Olga', question: 'Q?', answer: 'A.' });
    expect(elsewhere.ok).toBe(true);
    expect(v.port.joins.map((j) => j.channelId)).toEqual(['v1', 'v9']);
  });

  it('reads answers one after another in one channel, tells another channel to wait, then moves there once it is free', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    const first = await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'When was the NEP introduced?', answer: 'In 1921.' });
    const second = await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'olga', userName: 'Olga', question: 'Who was Bukharin?', answer: 'A Bolshevik leader.' });
    expect([first.ok, second.ok]).toEqual([true, true]);
    const busy = await v.host.readAloud({ guildId: 'g', channelId: 'v2', userId: 'ivan', userName: 'Ivan', question: 'Q?', answer: 'A.' });
    expect(busy).toEqual({ ok: false, reason: 'busy', channelName: '#v1', quiz: false });
    await v.advance(5_000);
    expect(v.said()).toEqual(['When was the NEP introduced? In 1921.', 'Who was Bukharin? A Bolshevik leader.']);
    // Done reading, and still there for a moment: a request from another channel moves it.
    const moved = await v.host.readAloud({ guildId: 'g', channelId: 'v2', userId: 'ivan', userName: 'Ivan', question: 'Q?', answer: 'A.' });
    expect(moved).toEqual({ ok: true, channelName: '#v2' });
    expect(v.port.joins.map((j) => j.channelId)).toEqual(['v1', 'v2']);
  });

  it('leaves a while after the last answer it read', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Q?', answer: 'A.' });
    await v.advance(29_000);
    expect(v.port.connected.get('g')).toBe('v1');
    await v.advance(2_000);
    expect(v.port.connected.has('g')).toBe(false);
  });
});

describe('leaving', () => {
  it('leaves after two minutes with nobody else in the channel, not before, and the round goes on in text', async () => {
    const v = setup({ answering: true });
    v.port.setPeople('g', 'v1', 2);
    await v.startRound(60, 10);
    v.port.setPeople('g', 'v1', 0);
    await v.advance(119_000);
    expect(v.port.connected.get('g')).toBe('v1');
    // Someone comes back: the count starts again when they leave.
    v.port.setPeople('g', 'v1', 1);
    await v.advance(5_000);
    v.port.setPeople('g', 'v1', 0);
    await v.advance(119_000);
    expect(v.port.connected.get('g')).toBe('v1');
    await v.advance(1_000);
    expect(v.port.connected.has('g')).toBe(false);
    expect(v.left).toEqual([{ channel: 't1', voice: '#v1', why: 'alone' }]);
    const playedBefore = v.port.played.length;
    expect(v.rounds.current('g', 't1')).toBeDefined();
    await v.advance(120_000);
    expect(v.port.played.length).toBe(playedBefore);
  });

  it('starts counting at once when nobody is in the channel it joins', async () => {
    const v = setup();
    await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Q?', answer: 'A long answer to keep it busy for a while, sentence after sentence.' });
    await v.advance(120_000);
    expect(v.port.connected.has('g')).toBe(false);
  });

  it('/voice leave: the starter or a moderator, not another student', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(20, 3);
    expect(v.host.leave('g', 'olga', false)).toEqual({ ok: false, reason: 'not-allowed', starterName: 'Sasha' });
    expect(v.port.connected.get('g')).toBe('v1');
    expect(v.host.leave('g', 'teacher', true)).toEqual({ ok: true, channelName: '#v1', quiz: true });
    expect(v.port.connected.has('g')).toBe(false);
    expect(v.host.leave('g', 'sasha', false)).toEqual({ ok: false, reason: 'none' });
    // The round plays on, silently.
    const played = v.port.played.length;
    await v.advance(60_000);
    expect(v.port.played.length).toBe(played);
    expect(v.left).toEqual([]);
  });

  it('the starter can send it away too, in the middle of a line', async () => {
    const v = setup({ secondsPerChar: 0.2 });
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(20, 3);
    expect(v.host.leave('g', 'sasha', false).ok).toBe(true);
    expect(v.port.played[0]?.interrupted).toBe(true);
  });

  it('tells the round when it was disconnected, and can be asked back by the next round', async () => {
    const v = setup();
    v.port.setPeople('g', 'v1', 1);
    await v.startRound(20, 3);
    v.port.disconnect('g');
    expect(v.left).toEqual([{ channel: 't1', voice: '#v1', why: 'lost' }]);
    expect(v.host.where('g')).toBeUndefined();
    const again = await v.host.joinForRound({ guildId: 'g', channelId: 'v1', userId: 'olga', userName: 'Olga', textChannelId: 't2' });
    expect(again.ok).toBe(true);
  });
});

describe('joining', () => {
  it('reports why it could not join, and holds no channel afterwards', async () => {
    const v = setup();
    v.port.failNextJoin('dave-required');
    const failed = await v.host.joinForRound({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', textChannelId: 't1' });
    expect(failed).toEqual({ ok: false, reason: 'failed', failure: 'dave-required' });
    expect(v.host.where('g')).toBeUndefined();
    v.port.failNextJoin('timeout');
    expect(await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Q?', answer: 'A.' })).toEqual({ ok: false, reason: 'failed', failure: 'timeout' });
    expect((await v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Q?', answer: 'A.' })).ok).toBe(true);
  });

  it('counts a channel being joined as taken: a request for another channel meanwhile is told where', async () => {
    const v = setup();
    v.port.holdJoins();
    const first = v.host.readAloud({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', question: 'Q?', answer: 'A.' });
    const second = await v.host.readAloud({ guildId: 'g', channelId: 'v2', userId: 'olga', userName: 'Olga', question: 'Q?', answer: 'A.' });
    expect(second).toMatchObject({ ok: false, reason: 'busy', channelName: '#v1' });
    v.port.release();
    expect(await first).toEqual({ ok: true, channelName: '#v1' });
  });

  it('a round that does not start after all leaves the channel it joined', async () => {
    const v = setup();
    const joined = await v.host.joinForRound({ guildId: 'g', channelId: 'v1', userId: 'sasha', userName: 'Sasha', textChannelId: 't1' });
    if (!joined.ok) throw new Error('no join');
    joined.voice.cancel();
    expect(v.port.connected.has('g')).toBe(false);
    expect(v.host.where('g')).toBeUndefined();
  });
});
