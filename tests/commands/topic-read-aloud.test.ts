// Read aloud under /topic (a dyslexic student's trial): the topic's title and summary, read in the student's
// voice channel, offered on the same conditions as under an /ask answer.
import { describe, expect, it, vi } from 'vitest';
import { buildApp } from '../../src/app.js';
import type { CommandContext, Reply, UserVoice } from '../../src/commands/types.js';
import { MESSAGES, VOICE_MESSAGES } from '../../src/messages.js';
import { speakable } from '../../src/voice/script.js';
import { FakeSpeech } from '../fakes/speech.js';
import { FakeTime } from '../fakes/time.js';
import { FakeVoicePort } from '../fakes/voice-port.js';
import { loadFixtureKnowledge, loadRealKnowledge } from '../helpers/knowledge.js';

const ctx: CommandContext = { guildId: 'g1', channelId: 'c1', userId: 'u1', userName: 'Ada', canManageServer: false };
const inVoice: CommandContext = { ...ctx, voice: { channelId: 'v1', cannotSpeak: [] } };

async function tutor(options: { voice?: boolean } = {}) {
  const time = new FakeTime();
  const speech = new FakeSpeech();
  const port = new FakeVoicePort(time);
  const app = buildApp({ kb: await loadFixtureKnowledge(), clock: time, scheduler: time, ...(options.voice === false ? {} : { voice: port, speech }) });
  return { app, time, speech, port };
}

const readAloudOf = (reply: Reply | undefined) => reply?.buttons?.find((b) => b.label === VOICE_MESSAGES.readAloudButton);

describe('Read aloud under /topic', () => {
  it('is offered to a student in a voice channel the tutor can speak in, and not otherwise', async () => {
    const { app } = await tutor();
    const topic = (c: CommandContext) => app.router.runCommand('topic', { options: { name: 'nep' } }, c);
    expect(readAloudOf(await topic(inVoice))).toMatchObject({ key: 'V', action: 'voice:topic:nep' });
    const elsewhere: Record<string, UserVoice | null | undefined> = {
      'in no voice channel': null,
      'where the platform has no voice': undefined,
      'in a channel where the tutor cannot speak': { channelId: 'v1', cannotSpeak: ['speak'] },
      'in a Stage channel': { channelId: 'v1', cannotSpeak: [], unusable: 'stage' },
    };
    for (const [where, voice] of Object.entries(elsewhere)) {
      const reply = await topic(voice === undefined ? ctx : { ...ctx, voice });
      expect(reply?.title, where).toBe('The New Economic Policy (NEP)');
      expect(readAloudOf(reply), where).toBeUndefined();
    }
    expect(readAloudOf(await topic({ ...inVoice, guildId: null })), 'in a DM').toBeUndefined();
    await app.shutdown();
  });

  it('is not offered when the tutor has no voice at all', async () => {
    const { app } = await tutor({ voice: false });
    expect(readAloudOf(await app.router.runCommand('topic', { options: { name: 'nep' } }, inVoice))).toBeUndefined();
    await app.shutdown();
  });

  it('reads the title and the summary, not the key dates and terms, in the presser\'s voice channel', async () => {
    const { app, time, speech, port } = await tutor();
    if (!app.voice) throw new Error('no voice host');
    const readAloud = vi.spyOn(app.voice, 'readAloud');
    const press = readAloudOf(await app.router.runCommand('topic', { options: { name: 'nep' } }, inVoice));
    if (!press) throw new Error('no Read aloud button');
    const reply = await app.router.runAction(press.action, inVoice);
    expect(reply?.body).toBe(VOICE_MESSAGES.readAloudStarted(port.channelName('g1', 'v1')));
    expect(readAloud).toHaveBeenCalledWith(
      expect.objectContaining({
        channelId: 'v1',
        question: 'The New Economic Policy (NEP).',
        answer: expect.stringMatching(/^Lenin brought in the NEP in 1921 .* small firms could trade for profit\.$/),
      }),
    );
    await time.advance(60_000);
    await app.settled();
    const heard = speech.spoken.join(' ');
    expect(heard).toMatch(/^The New Economic Policy \(NEP\)\. Lenin brought in the NEP in 1921/);
    expect(heard).not.toContain('Tenth Party Congress');
    expect(heard).not.toContain('Nepmen');
    expect(port.played.map((p) => p.channelId)).toEqual(['v1']);
    await app.shutdown();
  });

  it('reads the whole of even the longest summary of the course, not only its first 1,200 characters', async () => {
    const time = new FakeTime();
    const speech = new FakeSpeech();
    const kb = await loadRealKnowledge();
    const app = buildApp({ kb, clock: time, scheduler: time, voice: new FakeVoicePort(time), speech });
    const longest = [...kb.topics].sort((a, b) => b.summary.length - a.summary.length)[0];
    if (!longest) throw new Error('no topics');
    await app.router.runAction(`voice:topic:${longest.id}`, inVoice);
    await time.advance(10 * 60_000);
    await app.settled();
    expect(speech.spoken).toEqual([`${speakable(`${longest.title}.`)} ${speakable(longest.summary)}`]);
    await app.shutdown();
  });

  it('answers a stale or unknown topic with the unknown-action reply', async () => {
    const { app, speech } = await tutor();
    for (const action of ['voice:topic:gone', 'voice:topic', 'voice:summary:nep']) {
      expect((await app.router.runAction(action, inVoice))?.body, action).toBe(MESSAGES.unknownAction);
    }
    expect(speech.spoken).toEqual([]);
    await app.shutdown();
  });
});
