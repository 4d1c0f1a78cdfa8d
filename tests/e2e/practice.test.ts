// End to end, through the real discord.js client and a fake Discord that knows modals: /practice, the
// Answer button's modal, the marked answer, the notes behind a missed point, the model answer, /stats,
// and an answer given after the hour, marked and said to be late.
import { describe, expect, it } from 'vitest';
import { PRACTICE_MESSAGES as P } from '../../src/messages.js';
import { PRACTICE_DEFAULTS } from '../../src/practice/defaults.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness } from './harness.js';

const ann = makeUser('ann', 'Ann');
const GOOD =
  'Lenin introduced the NEP because the civil war and War Communism had ruined the economy, so factories and farms produced far less. ' +
  'The Kronstadt sailors rose up in March 1921, which showed that even loyal supporters had turned against the regime. This meant Lenin had to retreat.';

describe('/practice on Discord', () => {
  it('sets a question privately, opens a modal for the answer, and marks it on the points made and missed', async () => {
    const { fake, guild } = await startHarness();
    const asked = await fake.reply(await fake.command('practice', { topic: 'nep', kind: 'explain' }, { user: ann, guildId: guild.id }));
    expect(isEphemeral(asked)).toBe(true);
    expect(embedOf(asked).title).toBe(P.questionTitle('Explain why', 8));
    expect(embedOf(asked).description).toContain('Explain why Lenin introduced the NEP in 1921.');
    const labels = buttonsOf(asked).map((b) => b.label);
    expect(labels).toEqual([P.answerButton, P.modelButton, P.anotherButton]);

    const answerButton = buttonsOf(asked)[0]?.custom_id ?? '';
    const press = await fake.click(asked, answerButton, { user: ann, guildId: guild.id });
    await fake.waitFor(() => press.response !== undefined, 'the modal');
    expect(press.response?.type).toBe(9);
    expect(press.modal?.['title']).toBe(P.formTitle);

    const feedback = await fake.reply(await fake.submitModal(press, { answer: GOOD }, { user: ann, guildId: guild.id }));
    expect(isEphemeral(feedback)).toBe(true);
    const embed = embedOf(feedback);
    expect(embed.title).toMatch(/^\d\/8 marks · level \d of 4$/);
    const made = embed.fields?.find((f) => f.name === P.madeField)?.value ?? '';
    expect(made).toContain('Kronstadt sailors rose up in March 1921');
    expect(embed.fields?.find((f) => f.name === P.missingField)?.value).toContain('Peasants resisted the seizure of their grain.');
    expect(embed.fields?.map((f) => f.name)).toEqual(expect.arrayContaining([P.explainingField, P.nextField]));
    expect(embed.footer?.text).toBe(P.guide);
    expect(feedback.allowedMentions).toEqual({ parse: [] });

    // The missed point's button opens the note that teaches it, privately.
    const notes = buttonsOf(feedback).find((b) => b.custom_id === 'ask:nep-why-introduced');
    expect(notes).toBeDefined();
    const note = await fake.reply(await fake.click(feedback, notes?.custom_id ?? '', { user: ann, guildId: guild.id }));
    expect(isEphemeral(note)).toBe(true);
    expect(embedOf(note).title).toBe('Why did Lenin introduce the NEP?');

    // The model answer: a plan from the mark scheme.
    const model = await fake.reply(await fake.click(asked, buttonsOf(asked)[1]?.custom_id ?? '', { user: ann, guildId: guild.id }));
    expect(embedOf(model).title).toBe(P.modelTitle);
    expect(embedOf(model).description).toContain('The Kronstadt rising showed');

    // /stats shows the student their own practice, privately.
    const stats = await fake.reply(await fake.command('stats', {}, { user: ann, guildId: guild.id }));
    expect(isEphemeral(stats)).toBe(true);
    expect(JSON.stringify(stats.embeds)).toContain('The New Economic Policy (NEP): 1 answered');
    expect(fake.rejections).toEqual([]);
  });

  it('marks an answer given after the hour, and says it is late', async () => {
    const { fake, guild, time } = await startHarness();
    const asked = await fake.reply(await fake.command('practice', { topic: 'nep', kind: 'describe' }, { user: ann, guildId: guild.id }));
    await time.advance(PRACTICE_DEFAULTS.answerableForMs + 60_000);
    const press = await fake.click(asked, buttonsOf(asked)[0]?.custom_id ?? '', { user: ann, guildId: guild.id });
    await fake.waitFor(() => press.response !== undefined, 'the modal');
    const answer = 'One feature was the tax in kind, which replaced grain requisitioning so peasants could sell their surplus.';
    const feedback = await fake.reply(await fake.submitModal(press, { answer }, { user: ann, guildId: guild.id }));
    expect(embedOf(feedback).title).toMatch(/^\d\/4 marks/);
    expect(embedOf(feedback).description).toContain(P.late);
    expect(fake.rejections).toEqual([]);
  });

  it('takes an answer of 4,000 characters, as the modal allows, and no more', async () => {
    const { fake, guild } = await startHarness();
    const asked = await fake.reply(await fake.command('practice', { topic: 'nep', kind: 'explain' }, { user: ann, guildId: guild.id }));
    const press = await fake.click(asked, buttonsOf(asked)[0]?.custom_id ?? '', { user: ann, guildId: guild.id });
    await fake.waitFor(() => press.response !== undefined, 'the modal');
    const long = `${GOOD} `.repeat(20).slice(0, PRACTICE_DEFAULTS.maxAnswerLength);
    await expect(fake.submitModal(press, { answer: `${long}x` }, { user: ann, guildId: guild.id })).rejects.toThrow(/at most 4000/);
    const feedback = await fake.reply(await fake.submitModal(press, { answer: long }, { user: ann, guildId: guild.id }));
    expect(embedOf(feedback).title).toMatch(/^\d\/8 marks/);
    expect(fake.rejections).toEqual([]);
  });
});
