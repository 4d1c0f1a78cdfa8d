// Voice on Discord (issue 17): the real discord.js client and @discordjs/voice against the fake Discord
// and its fake voice server on 127.0.0.1 (tests/e2e/fake-discord/fake-voice.ts), which decrypts the
// Opus packets the bot sends and decodes them back to sound. The speech is a tone (FakeSpeech).
import { describe, expect, it } from 'vitest';
import { QUIZ_MESSAGES as Q, VOICE_MESSAGES as V } from '../../src/messages.js';
import { QUIZ_DEFAULTS } from '../../src/quiz/defaults.js';
import { FakeSpeech } from '../fakes/speech.js';
import { AES_MODE, type VoiceSession } from './fake-discord/fake-voice.js';
import { PERMISSIONS, type FakeInteraction } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeGuild, makeUser, startHarness, type Harness, type HarnessOptions } from './harness.js';


const teacher = makeUser('teacher', 'Ms Ivanova');
const sasha = makeUser('sasha', 'Sasha');
const olga = makeUser('olga', 'Olga');

async function voiceHarness(options: HarnessOptions = {}) {
  const guild = makeGuild('Year 11 History', 2, 2);
  const h = await startHarness({ guilds: [guild], ...options });
  const [voice1, voice2] = guild.voiceChannelIds ?? [];
  const [text1, text2] = guild.channelIds;
  if (!voice1 || !voice2 || !text1 || !text2) throw new Error('channels missing');
  return { h, guild, voice1, voice2, text1, text2 };
}

const settle = (h: Harness) => () => h.app.settled();

async function startQuiz(h: Harness, user: typeof teacher, channelId: string, options: Record<string, string | number | boolean> = {}): Promise<FakeInteraction> {
  return h.fake.command('quiz', { topic: 'nep', questions: 3, seconds: 20, voice: true, ...options }, { user, guildId: h.guild.id, channelId, subcommand: 'start' });
}

/** Root mean square of samples. */
const rms = (samples: Int16Array) => Math.sqrt(samples.reduce((sum, s) => sum + s * s, 0) / Math.max(1, samples.length));

/** The tone's frequency, from how often the signal crosses zero. */
function frequency(samples: Int16Array): number {
  let crossings = 0;
  for (let i = 1; i < samples.length; i++) if ((samples[i - 1] ?? 0) < 0 !== (samples[i] ?? 0) < 0) crossings++;
  return crossings / 2 / (samples.length / 48_000);
}

async function framesFrom(h: Harness, guildId: string, atLeast: number): Promise<VoiceSession> {
  const voice = h.fake.voice;
  if (!voice) throw new Error('no fake voice server');
  await h.fake.waitFor(() => (voice.sessionFor(guildId)?.frames.length ?? 0) >= atLeast, `${atLeast} Opus frames`, 10_000);
  return voice.sessionFor(guildId) as VoiceSession;
}

describe('a quiz round read aloud on Discord', () => {
  it("joins the starter's voice channel and sends speech the voice server decrypts and decodes to sound", async () => {
    const { h, guild, voice1, text1 } = await voiceHarness({ speech: new FakeSpeech({ minSeconds: 0.5, maxSeconds: 0.5 }) });
    h.fake.setUserVoice(teacher, guild.id, voice1);
    const started = await h.fake.reply(await startQuiz(h, teacher, text1), 20_000);
    expect(isEphemeral(started)).toBe(false);
    expect(embedOf(started).description).toContain(V.startNote(`<#${voice1}>`));
    expect(h.fake.botVoiceChannel(guild.id)).toBe(voice1);

    const session = h.fake.voice?.sessionFor(guild.id);
    // The bot offers DAVE, as Discord requires since March 2026 (this fake declines it).
    expect(Number(session?.identify['max_dave_protocol_version'])).toBeGreaterThanOrEqual(1);
    expect(session?.selected?.mode).toBe(AES_MODE);

    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(h.fake.postedIn(text1)[0]).toBeDefined();
    const heard = await framesFrom(h, guild.id, 10);
    await h.app.settled();
    expect(heard.decryptFailures).toBe(0);
    expect(heard.speaking.some((s) => s['speaking'] === 1)).toBe(true);
    const audio = h.fake.voice?.decodedAudio(heard) ?? new Int16Array(0);
    // Every line of this engine lasts half a second: the first (question 1) came through whole.
    expect(audio.length).toBeGreaterThanOrEqual(48_000 * 0.48);
    expect(rms(audio)).toBeGreaterThan(2000);
    expect(frequency(audio)).toBeGreaterThan(400);
    expect(frequency(audio)).toBeLessThan(480);

    // Stopped: the answer and the end are read, then the bot leaves.
    await h.fake.reply(await h.fake.command('quiz', {}, { user: teacher, guildId: guild.id, channelId: text1, subcommand: 'stop' }));
    await h.fake.waitFor(() => h.fake.botVoiceChannel(guild.id) === undefined, 'the bot to leave voice', 10_000);
    expect(h.fake.botVoiceUpdates.at(-1)).toEqual({ guildId: guild.id, channelId: null });
    expect(h.fake.rejections).toEqual([]);
    expect(h.log.errors).toEqual([]);
  });

  it('takes part in DAVE when the voice server offers it: it sends its MLS key package', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness({ voice: { daveVersion: 1 } });
    h.fake.setUserVoice(teacher, guild.id, voice1);
    await h.fake.reply(await startQuiz(h, teacher, text1), 20_000);
    const session = h.fake.voice?.sessionFor(guild.id);
    await h.fake.waitFor(() => (session?.binary.length ?? 0) > 0, 'a DAVE message', 5_000);
    // Opcode 26: DAVE_MLS_KEY_PACKAGE, an MLS key package (RFC 9420) from @snazzah/davey.
    expect(session?.binary[0]?.op).toBe(26);
    expect(session?.binary[0]?.payload.length).toBeGreaterThan(100);
    expect(h.log.errors).toEqual([]);
  });
});

describe('voice refused', () => {
  it('says privately, naming what is missing, when the bot may not speak in the starter\'s voice channel, and starts nothing', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness();
    h.fake.setUserVoice(teacher, guild.id, voice1);
    h.fake.setBotVoicePermissions(guild.id, voice1, PERMISSIONS.viewChannel);
    const reply = await h.fake.reply(await startQuiz(h, teacher, text1));
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(V.cannotSpeak(`<#${voice1}>`, ['Connect', 'Speak']));
    expect(h.fake.botVoiceUpdates).toEqual([]);
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(h.fake.postedIn(text1)).toEqual([]);
  });

  it('says privately that a Stage channel will not do, and that a full channel has no room, and joins neither', async () => {
    const { h, guild, voice1, voice2, text1 } = await voiceHarness();
    h.fake.setVoiceChannelShape(guild.id, voice1, { stage: true });
    h.fake.setUserVoice(teacher, guild.id, voice1);
    const stage = await h.fake.reply(await startQuiz(h, teacher, text1));
    expect(isEphemeral(stage)).toBe(true);
    expect(embedOf(stage).description).toBe(V.stageChannel(`<#${voice1}>`, false));
    // One place, taken by the teacher: the bot, without Move Members, cannot get in.
    h.fake.setVoiceChannelShape(guild.id, voice2, { userLimit: 1 });
    h.fake.setUserVoice(teacher, guild.id, voice2);
    const full = await h.fake.reply(await startQuiz(h, teacher, text1));
    expect(embedOf(full).description).toBe(V.channelFull(`<#${voice2}>`, false));
    expect(h.fake.botVoiceUpdates).toEqual([]);
  });

  it('tells a starter who is in no voice channel to join one', async () => {
    const { h, text1 } = await voiceHarness();
    const reply = await h.fake.reply(await startQuiz(h, teacher, text1));
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(V.notInVoice);
    expect(h.fake.botVoiceUpdates).toEqual([]);
  });

  it('tells a second round in another voice channel, and a student asking for an answer there, where the bot is', async () => {
    const { h, guild, voice1, voice2, text1, text2 } = await voiceHarness();
    h.fake.setUserVoice(teacher, guild.id, voice1);
    h.fake.setUserVoice(olga, guild.id, voice2);
    await h.fake.reply(await startQuiz(h, teacher, text1), 20_000);
    const second = await h.fake.reply(await startQuiz(h, olga, text2));
    expect(isEphemeral(second)).toBe(true);
    expect(embedOf(second).description).toBe(V.busyQuiz(`<#${voice1}>`));
    // The second round did not start either.
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(h.fake.postedIn(text2)).toEqual([]);
    const asked = await h.fake.reply(await h.fake.command('ask', { question: 'When was the NEP introduced?' }, { user: olga, guildId: guild.id, channelId: text2 }));
    const readAloud = buttonsOf(asked).find((b) => b.label === V.readAloudButton);
    if (!readAloud) throw new Error('no Read aloud button');
    const pressed = await h.fake.reply(await h.fake.click(asked, readAloud.custom_id, { user: olga, guildId: guild.id }));
    expect(isEphemeral(pressed)).toBe(true);
    expect(embedOf(pressed).description).toBe(V.busyQuiz(`<#${voice1}>`));
    expect(h.fake.botVoiceChannel(guild.id)).toBe(voice1);
  });

  it('says why when the voice server refuses the connection for want of DAVE (4017), and the bot carries on', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness({ voice: { refuseWith: 4017 } });
    h.fake.setUserVoice(teacher, guild.id, voice1);
    const reply = await h.fake.reply(await startQuiz(h, teacher, text1), 10_000);
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(V.joinFailed['dave-required']);
    await h.fake.waitFor(() => h.fake.botVoiceChannel(guild.id) === undefined, 'the bot to leave voice');
    // No round started; the next command works as ever.
    const silent = await h.fake.reply(await startQuiz(h, teacher, text1, { voice: false }));
    expect(embedOf(silent).title).toBe(Q.startTitle('The New Economic Policy (NEP)'));
    expect(h.log.errors).toEqual([]);
  });

  it('says so when the voice server does not answer in time', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness({ voice: { silent: true }, botVoice: { joinTimeoutMs: 500 } });
    h.fake.setUserVoice(teacher, guild.id, voice1);
    const reply = await h.fake.reply(await startQuiz(h, teacher, text1), 10_000);
    expect(embedOf(reply).description).toBe(V.joinFailed.timeout);
    await h.fake.waitFor(() => h.fake.botVoiceChannel(guild.id) === undefined, 'the bot to leave voice');
  });
});

describe('reading an answer aloud', () => {
  it('offers Read aloud only to a student in a voice channel, and reads the answer there when pressed', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness();
    const ask = async () => h.fake.reply(await h.fake.command('ask', { question: 'When was the NEP introduced?' }, { user: sasha, guildId: guild.id, channelId: text1 }));
    const away = await ask();
    expect(buttonsOf(away).map((b) => b.label)).not.toContain(V.readAloudButton);

    h.fake.setUserVoice(sasha, guild.id, voice1);
    const asked = await ask();
    const readAloud = buttonsOf(asked).find((b) => b.label === V.readAloudButton);
    if (!readAloud) throw new Error('no Read aloud button');
    const pressed = await h.fake.reply(await h.fake.click(asked, readAloud.custom_id, { user: sasha, guildId: guild.id }), 20_000);
    expect(isEphemeral(pressed)).toBe(true);
    expect(embedOf(pressed).description).toBe(V.readAloudStarted(`<#${voice1}>`));
    const heard = await framesFrom(h, guild.id, 5);
    await h.app.settled();
    expect(rms(h.fake.voice?.decodedAudio(heard) ?? new Int16Array(0))).toBeGreaterThan(2000);
    // Not offered where the bot may not speak.
    h.fake.setBotVoicePermissions(guild.id, voice1, PERMISSIONS.viewChannel | PERMISSIONS.connect);
    expect(buttonsOf(await ask()).map((b) => b.label)).not.toContain(V.readAloudButton);
  });
});

describe('leaving', () => {
  it('leaves after two minutes alone in the channel; the round goes on in text', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness();
    h.fake.setUserVoice(teacher, guild.id, voice1);
    await h.fake.reply(await startQuiz(h, teacher, text1, { questions: 20, seconds: 60 }), 20_000);
    h.fake.setUserVoice(teacher, guild.id, null);
    await h.fake.waitFor(() => h.bot.client.guilds.cache.get(guild.id)?.voiceStates.cache.get(teacher.id)?.channelId == null, 'the bot to see the teacher go');
    await h.time.advance(119_000, settle(h));
    expect(h.fake.botVoiceChannel(guild.id)).toBe(voice1);
    await h.time.advance(1_000, settle(h));
    await h.fake.waitFor(() => h.fake.botVoiceChannel(guild.id) === undefined, 'the bot to leave voice');
    await h.fake.waitFor(() => h.fake.postedIn(text1).some((m) => m.embeds.some((e) => e['description'] === V.leftAlone(`<#${voice1}>`))), 'the notice');
    expect(h.app.rounds.current(guild.id, text1)).toBeDefined();
  });

  it('tells the round\'s channel when a moderator disconnects the bot from voice; the round goes on', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness();
    h.fake.setUserVoice(teacher, guild.id, voice1);
    await h.fake.reply(await startQuiz(h, teacher, text1), 20_000);
    h.fake.disconnectBotFromVoice(guild.id);
    await h.fake.waitFor(() => h.fake.postedIn(text1).some((m) => m.embeds.some((e) => e['description'] === V.leftLost(`<#${voice1}>`))), 'the notice');
    expect(h.app.voice?.where(guild.id)).toBeUndefined();
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(h.fake.postedIn(text1).some((m) => /^Question 1 of 3/.test(String(m.embeds[0]?.['title'])))).toBe(true);
    expect(h.log.errors).toEqual([]);
  });

  it('/voice leave: not for another student; the starter sends it away and the round goes on in text', async () => {
    const { h, guild, voice1, text1 } = await voiceHarness();
    h.fake.setUserVoice(teacher, guild.id, voice1);
    await h.fake.reply(await startQuiz(h, teacher, text1), 20_000);
    const leave = async (user: typeof teacher) => h.fake.reply(await h.fake.command('voice', {}, { user, guildId: guild.id, channelId: text1, subcommand: 'leave' }));
    const refused = await leave(sasha);
    expect(isEphemeral(refused)).toBe(true);
    expect(embedOf(refused).description).toBe(V.leaveNotAllowed('Ms Ivanova'));
    expect(h.fake.botVoiceChannel(guild.id)).toBe(voice1);
    const left = await leave(teacher);
    expect(embedOf(left).description).toBe(V.left('Ms Ivanova', `<#${voice1}>`, true));
    await h.fake.waitFor(() => h.fake.botVoiceChannel(guild.id) === undefined, 'the bot to leave voice');
    await h.time.advance(QUIZ_DEFAULTS.firstQuestionDelayMs, settle(h));
    expect(embedOf(h.fake.postedIn(text1)[0] ?? ({ embeds: [] } as never)).title).toMatch(/^Question 1 of 3/);
    expect(embedOf(await leave(teacher)).description).toBe(V.leaveNone);
  });
});

