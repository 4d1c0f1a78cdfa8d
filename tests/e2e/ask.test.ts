// End to end, through the real discord.js client and a fake Discord: /ask, autocomplete, the related
// and suggestion buttons, direct messages, stale buttons and escaping.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/messages.js';
import { PERMISSIONS } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness } from './harness.js';

const ann = makeUser('ann', 'Ann');

describe('/ask on Discord', () => {
  it('answers with an embed: the answer, its topic, sources in the footer, related questions as buttons', async () => {
    const { fake, guild } = await startHarness();
    const interaction = await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, { user: ann, guildId: guild.id });
    const reply = await fake.reply(interaction);

    expect(interaction.response?.type).toBe(4); // answered at once, no deferral needed
    expect(isEphemeral(reply)).toBe(false);
    expect(embedOf(reply)).toMatchObject({
      title: 'Why did Lenin introduce the NEP?',
      description: expect.stringMatching(/^War Communism and the civil war/),
      fields: [{ name: 'Topic', value: 'The New Economic Policy (NEP)' }],
      footer: { text: 'Sources: Test notes' },
    });
    expect(buttonsOf(reply)).toEqual([
      expect.objectContaining({ custom_id: 'ask:nep-features', label: 'What were the main features of the NEP?' }),
      expect.objectContaining({ custom_id: 'remember:nep-why-introduced', label: 'Remember this' }),
    ]);
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(fake.rejections).toEqual([]);
  });

  it('lets a student say privately that an answer was not what they asked, once, and the teacher sees it', async () => {
    const { fake, guild } = await startHarness();
    const asked = await fake.reply(await fake.command('ask', { question: 'why was the nep brought in' }, { user: ann, guildId: guild.id }));
    const button = buttonsOf(asked).find((b) => b.label === MESSAGES.askFeedbackButton);
    expect(button).toBeDefined();
    const first = await fake.reply(await fake.click(asked, button?.custom_id ?? '', { user: ann, guildId: guild.id }));
    expect(isEphemeral(first)).toBe(true);
    expect(embedOf(first).description).toBe(MESSAGES.askFeedbackThanks);
    expect(embedOf(await fake.reply(await fake.click(asked, button?.custom_id ?? '', { user: ann, guildId: guild.id }))).description).toBe(MESSAGES.askFeedbackAgain);
    expect(embedOf(asked).title).toBe('Why did Lenin introduce the NEP?'); // the answer itself is untouched
    const teacher = { user: makeUser('teacher'), guildId: guild.id, permissions: PERMISSIONS.member | PERMISSIONS.manageGuild };
    const list = await fake.reply(await fake.command('tutor', {}, { ...teacher, subcommand: 'missed' }));
    expect(embedOf(list).description).toContain(MESSAGES.tutorMissedWrongAnswer('Why did Lenin introduce the NEP?'));
    expect(fake.rejections).toEqual([]);
  });

  it('answers a related-question button privately, to the one who pressed it', async () => {
    const { fake, guild } = await startHarness();
    const asked = await fake.reply(await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, { user: ann, guildId: guild.id }));
    const bob = makeUser('bob');
    const press = await fake.click(asked, 'ask:nep-features', { user: bob, guildId: guild.id });
    const reply = await fake.reply(press);

    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).title).toBe('What were the main features of the NEP?');
    expect(fake.rejections).toEqual([]);
  });

  it('takes an answer opened by a button as the last answer, so "say it simpler" after it simplifies that one', async () => {
    const { fake, guild } = await startHarness();
    const asked = await fake.reply(await fake.command('ask', { question: 'Why did Lenin introduce the NEP?' }, { user: ann, guildId: guild.id }));
    await fake.reply(await fake.click(asked, 'ask:nep-features', { user: ann, guildId: guild.id }));
    const simpler = await fake.reply(await fake.command('ask', { question: 'say it simpler' }, { user: ann, guildId: guild.id }));
    expect(embedOf(simpler).title).toBe('What were the main features of the NEP?');
    expect(embedOf(simpler).description).toContain(MESSAGES.askSimpler);
    expect(fake.rejections).toEqual([]);
  });

  it('offers the suggestions of an unsure answer as buttons, which answer privately', async () => {
    const { fake, guild, app } = await startHarness();
    const candidates = ['war communism and kronstadt sailors', 'the civil war economy'];
    const query = candidates.find((q) => app.matcher.match(q).status === 'unsure');
    expect(query, `one of ${candidates.join(' / ')} should make the matcher unsure`).toBeDefined();

    const reply = await fake.reply(await fake.command('ask', { question: query ?? '' }, { user: ann, guildId: guild.id }));
    expect(embedOf(reply).description).toBe(MESSAGES.askUnsure);
    const buttons = buttonsOf(reply);
    expect(buttons.length).toBeGreaterThan(0);
    expect(buttons.every((b) => b.custom_id.startsWith('ask:'))).toBe(true);

    const chosen = buttons[0];
    const answer = await fake.reply(await fake.click(reply, chosen?.custom_id ?? '', { user: ann, guildId: guild.id }));
    expect(isEphemeral(answer)).toBe(true);
    expect(embedOf(answer).title).toBe(chosen?.label);
    expect(fake.rejections).toEqual([]);
  });

  it('autocompletes questions and topics within Discord limits', async () => {
    const { fake, guild } = await startHarness();
    const questions = await fake.autocomplete('ask', { name: 'question', value: 'nep' }, { user: ann, guildId: guild.id });
    expect(questions.choices.length).toBeGreaterThan(0);
    expect(questions.choices.length).toBeLessThanOrEqual(25);
    expect(questions.choices.map((c) => c.name)).toContain('Why did Lenin introduce the NEP?');

    const topics = await fake.autocomplete('topic', { name: 'name', value: 'new econ' }, { user: ann, guildId: guild.id });
    expect(topics.choices).toContainEqual({ name: 'The New Economic Policy (NEP)', value: 'nep' });

    const quizTopics = await fake.autocomplete('quiz', { name: 'topic', value: '' }, { user: ann, guildId: guild.id, subcommand: 'start' });
    expect(quizTopics.choices.length).toBeGreaterThan(0);
    expect(fake.rejections).toEqual([]);
  });

  it('works in a direct message', async () => {
    const { fake } = await startHarness();
    const reply = await fake.reply(await fake.command('ask', { question: 'Why did Stalin end the NEP?' }, { user: ann }));
    expect(embedOf(reply).title).toBe('Why did Stalin end the NEP?');
    expect(fake.rejections).toEqual([]);
  });

  it('refuses a server-only command in a direct message, privately', async () => {
    const { fake } = await startHarness();
    // Discord does not offer /quiz in DMs; an old client or a stale registration still could send it.
    const reply = await fake.reply(await fake.command('quiz', {}, { user: ann, subcommand: 'stop', override: true }));
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(MESSAGES.discordGuildOnly);
  });

  it('says privately that a button no longer works when nothing handles it (a button from an older version)', async () => {
    const { fake, guild, bot } = await startHarness();
    // A message from before a restart, with a button this version does not know.
    const old = await bot.messenger.send(guild.channelIds[0] ?? '', { body: 'Old message', buttons: [{ action: 'poll:42:yes', label: 'Yes' }] });
    const message = fake.postedIn(guild.channelIds[0] ?? '').find((m) => m.id === old);
    expect(message).toBeDefined();
    if (!message) return;
    const reply = await fake.reply(await fake.click(message, 'poll:42:yes', { user: ann, guildId: guild.id }));
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe(MESSAGES.unknownAction);
  });

  it('reads a question as typed: Markdown in it does not count towards the characters read', async () => {
    const { fake, guild } = await startHarness();
    const question = (length: number) => `why did lenin introduce the nep ${'*'.repeat(length)}`.slice(0, length);
    const ask = async (q: string) => embedOf(await fake.reply(await fake.command('ask', { question: q }, { user: ann, guildId: guild.id })));
    const whole = await ask(question(500));
    expect(whole.title).toBe('Why did Lenin introduce the NEP?');
    expect(whole.description).not.toContain(MESSAGES.askTruncated);
    expect((await ask(question(501))).description).toContain(MESSAGES.askTruncated);
  });

  it('shows what users typed as they typed it: Markdown escaped, and nothing pings', async () => {
    const { fake, guild } = await startHarness();
    const reply = await fake.reply(await fake.command('topic', { name: '**bold** @everyone' }, { user: ann, guildId: guild.id }));
    expect(embedOf(reply).description).toBe(MESSAGES.topicNotFound('\\*\\*bold\\*\\* @everyone'));
    expect(reply.allowedMentions).toEqual({ parse: [] });
  });
});
