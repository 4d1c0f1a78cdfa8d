// End to end: every interaction is acknowledged within Discord's 3 seconds (slow handlers are deferred
// and the reply keeps the visibility it asked for), errors become a private apology with an error id
// that is also logged, and the fake refuses what Discord would refuse, so a violation fails a test.
import { describe, expect, it } from 'vitest';
import { CommandRouter } from '../../src/commands/router.js';
import type { ActionHandler, Command, Reply } from '../../src/commands/types.js';
import { MESSAGES } from '../../src/messages.js';
import { PERMISSIONS, type FakeDiscord, type FakeInteraction } from './fake-discord/fake-discord.js';
import { buttonsOf, embedOf, isEphemeral, makeUser, startHarness, TOKEN } from './harness.js';

const ann = makeUser('ann');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function slowCommand(name: string, reply: Reply, delayMs: number): Command {
  return {
    spec: { name, description: `Answers after ${delayMs} ms` },
    async run() {
      await sleep(delayMs);
      return reply;
    },
  };
}

const failing: Command = {
  spec: { name: 'boom', description: 'Always fails' },
  run() {
    throw new Error('the handler broke');
  },
};

const slowFailing: Command = {
  spec: { name: 'slowboom', description: 'Fails after a while' },
  async run() {
    await sleep(150);
    throw new Error('the slow handler broke');
  },
};

const slowAction: ActionHandler = {
  prefix: 'slow',
  async run([visibility]) {
    await sleep(150);
    return { body: `slow ${visibility}`, private: visibility === 'private' };
  },
};

/** A confirmation whose outcome replaces it, after a while; "refuse" answers with a new private message instead. */
const slowConfirm: ActionHandler = {
  prefix: 'confirm',
  updatesMessage: true,
  async run([verb]) {
    await sleep(150);
    return verb === 'refuse' ? { body: 'Not you', private: true } : { body: 'Confirmed', private: true, update: true };
  },
};

const withTestCommands = (deferAfterMs: number, ackDeadlineMs?: number) =>
  startHarness({
    deferAfterMs,
    ...(ackDeadlineMs ? { ackDeadlineMs } : {}),
    adapt: (app) => ({
      ...app,
      router: new CommandRouter(
        [
          slowCommand('slowpublic', { body: 'Here you are', buttons: [{ action: 'slow:public', label: 'Again, publicly' }, { action: 'slow:private', label: 'Again, privately' }] }, 150),
          slowCommand('slowprivate', { body: 'Just for you', private: true }, 150),
          slowCommand('confirmme', { body: 'Sure?', private: true, buttons: [{ action: 'confirm:yes', label: 'Yes' }, { action: 'confirm:refuse', label: 'Try' }] }, 0),
          failing,
          slowFailing,
        ],
        [slowAction, slowConfirm],
      ),
    }),
  });

describe('acknowledging interactions', () => {
  it('defers a slow command and edits the reply in', async () => {
    const { fake, guild } = await withTestCommands(30);
    const interaction = await fake.command('slowpublic', {}, { user: ann, guildId: guild.id });
    const reply = await fake.reply(interaction);
    expect(interaction.response?.type).toBe(5);
    expect(interaction.response!.at - interaction.createdAt).toBeLessThan(fake.ackDeadlineMs);
    expect(reply).toBe(interaction.original);
    expect(isEphemeral(reply)).toBe(false);
    expect(embedOf(reply).description).toBe('Here you are');
    expect(fake.rejections).toEqual([]);
  });

  it('keeps a slow private reply private, though the command was deferred publicly', async () => {
    const { fake, guild } = await withTestCommands(30);
    const interaction = await fake.command('slowprivate', {}, { user: ann, guildId: guild.id });
    await fake.waitFor(() => interaction.original?.deleted === true, 'the placeholder to be removed');
    const reply = await fake.reply(interaction);
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe('Just for you');
    expect(fake.rejections).toEqual([]);
  });

  it('keeps a slow public reply to a button public, though buttons are deferred privately', async () => {
    const { fake, guild } = await withTestCommands(30);
    const first = await fake.reply(await fake.command('slowpublic', {}, { user: ann, guildId: guild.id }));
    const publicPress = await fake.click(first, 'slow:public', { user: ann, guildId: guild.id });
    await fake.waitFor(() => publicPress.original?.deleted === true, 'the placeholder to be removed');
    const publicReply = await fake.reply(publicPress);
    expect(isEphemeral(publicReply)).toBe(false);
    expect(embedOf(publicReply).description).toBe('slow public');

    const privatePress = await fake.click(first, 'slow:private', { user: ann, guildId: guild.id });
    const privateReply = await fake.reply(privatePress);
    expect(privateReply).toBe(privatePress.original);
    expect(isEphemeral(privateReply)).toBe(true);
    expect(buttonsOf(first)).toHaveLength(2);
    expect(fake.rejections).toEqual([]);
  });

  it('defers a slow press whose outcome replaces its message as an update, then edits that message', async () => {
    const { fake, guild } = await withTestCommands(30);
    const prompt = await fake.reply(await fake.command('confirmme', {}, { user: ann, guildId: guild.id }));
    const press = await fake.click(prompt, 'confirm:yes', { user: ann, guildId: guild.id });
    await fake.waitFor(() => embedOf(prompt).description === 'Confirmed', 'the prompt to be replaced');
    expect(press.response?.type).toBe(6); // a deferred update: no "thinking" message
    expect(press.response!.at - press.createdAt).toBeLessThan(fake.ackDeadlineMs);
    expect(buttonsOf(prompt)).toEqual([]);
    expect(isEphemeral(prompt)).toBe(true);
    expect(press.followUps).toEqual([]);
    expect(fake.rejections).toEqual([]);
  });

  it('sends a slow reply that does not replace the message as a new private message, though the press was deferred as an update', async () => {
    const { fake, guild } = await withTestCommands(30);
    const prompt = await fake.reply(await fake.command('confirmme', {}, { user: ann, guildId: guild.id }));
    const press = await fake.click(prompt, 'confirm:refuse', { user: ann, guildId: guild.id });
    const reply = await fake.reply(press);
    expect(press.response?.type).toBe(6);
    expect(reply).not.toBe(prompt);
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toBe('Not you');
    expect(embedOf(prompt).description).toBe('Sure?');
    expect(buttonsOf(prompt)).toHaveLength(2);
    expect(fake.rejections).toEqual([]);
  });

  it('answers a failing command with a private apology whose error id is logged', async () => {
    const { fake, guild, log } = await withTestCommands(1000);
    const reply = await fake.reply(await fake.command('boom', {}, { user: ann, guildId: guild.id }));
    expect(isEphemeral(reply)).toBe(true);
    const errorId = /error id: (\S+)$/.exec(embedOf(reply).description ?? '')?.[1] ?? '';
    expect(embedOf(reply).description).toBe(MESSAGES.internalError(errorId));
    expect(log.errors).toContainEqual(expect.objectContaining({ data: expect.objectContaining({ errorId, what: '/boom' }) }));
    expect(fake.rejections).toEqual([]);
  });

  it('apologises privately after a deferral too', async () => {
    const { fake, guild, log } = await withTestCommands(30);
    const interaction = await fake.command('slowboom', {}, { user: ann, guildId: guild.id });
    await fake.waitFor(() => interaction.original?.deleted === true, 'the placeholder to be removed');
    const reply = await fake.reply(interaction);
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toMatch(/error id: \S+$/);
    expect(log.errors).toHaveLength(1);
    expect(fake.rejections).toEqual([]);
  });
});

/** The router, telling `onRun` each time a command starts its work. */
function watchingRuns(router: CommandRouter, onRun: () => void): CommandRouter {
  return Object.assign(Object.create(router) as CommandRouter, {
    runCommand: (...args: Parameters<CommandRouter['runCommand']>) => {
      onRun();
      return router.runCommand(...args);
    },
  });
}

/** Nothing of this interaction was ever shown to the whole channel: acknowledged privately, replied to privately. */
function neverPublic(interaction: FakeInteraction): boolean {
  const messages = [interaction.original, ...interaction.followUps].filter((m) => m !== undefined);
  return messages.length > 0 && messages.every(isEphemeral);
}

describe('acknowledging by what the command says of itself', () => {
  const teacher = { user: ann, permissions: PERMISSIONS.member | PERMISSIONS.manageGuild };

  it('defers /tutor reload privately before the reload starts, not on a timer its work could hold up', async () => {
    const discord: { fake?: FakeDiscord } = {};
    const acknowledgedAtStart: (number | undefined)[] = [];
    // A deferral timer that never fires in this test: only the command's own say can defer it.
    const started = await startHarness({
      deferAfterMs: 60_000,
      adapt: (app) => ({ ...app, router: watchingRuns(app.router, () => acknowledgedAtStart.push([...(discord.fake?.interactions.values() ?? [])].at(-1)?.response?.type)) }),
    });
    const fake = (discord.fake = started.fake);
    const interaction = await fake.command('tutor', {}, { ...teacher, guildId: started.guild.id, subcommand: 'reload' });
    const reply = await fake.reply(interaction);
    expect(acknowledgedAtStart).toEqual([5]);
    expect(interaction.response?.type).toBe(5);
    expect(reply).toBe(interaction.original);
    expect(isEphemeral(reply)).toBe(true);
    expect(embedOf(reply).description).toContain(MESSAGES.knowledgeReloadUnavailable);
    expect(neverPublic(interaction)).toBe(true);
    expect(fake.rejections).toEqual([]);
  });

  it('shows no public "thinking" for /tutor report, however soon a deferral comes', async () => {
    const { fake, guild } = await startHarness({ deferAfterMs: 0 });
    const interaction = await fake.command('tutor', {}, { ...teacher, guildId: guild.id, subcommand: 'report' });
    const reply = await fake.reply(interaction);
    expect(interaction.response?.type).toBe(5);
    expect(reply).toBe(interaction.original);
    expect(interaction.followUps).toEqual([]);
    expect(neverPublic(interaction)).toBe(true);
    expect(fake.rejections).toEqual([]);
  });

  it('defers a command whose replies are private privately when its handler is slow', async () => {
    let finish: () => void = () => {};
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const gated: Command = {
      spec: { name: 'gated', description: 'Answers privately when the test lets it', replies: 'private' },
      async run() {
        await finished;
        return { body: 'Just for you', private: true };
      },
    };
    const { fake, guild } = await startHarness({ deferAfterMs: 30, adapt: (app) => ({ ...app, router: new CommandRouter([gated], []) }) });
    const interaction = await fake.command('gated', {}, { user: ann, guildId: guild.id });
    await fake.waitFor(() => interaction.response !== undefined, 'the deferral');
    finish();
    const reply = await fake.reply(interaction);
    expect(interaction.response?.type).toBe(5);
    expect(reply).toBe(interaction.original);
    expect(embedOf(reply).description).toBe('Just for you');
    expect(neverPublic(interaction)).toBe(true);
    expect(fake.rejections).toEqual([]);
  });
});

describe('the fake Discord refuses what Discord refuses', () => {
  it('rejects a first response later than the deadline (10062), and the bot logs it', async () => {
    // A fake whose deadline is shorter than the bot's deferral: the bot's reply comes too late.
    const { fake, guild, log } = await withTestCommands(1000, 50);
    const interaction = await fake.command('slowpublic', {}, { user: ann, guildId: guild.id });
    await fake.waitFor(() => fake.rejections.length > 0, 'a rejection');
    expect(fake.rejections[0]).toMatchObject({ status: 404, code: 10062 });
    expect(interaction.response).toBeUndefined();
    await fake.waitFor(() => log.errors.length > 0, 'the failure to be logged');
  });

  it('rejects a second acknowledgement (40060)', async () => {
    const { fake, guild } = await startHarness();
    const interaction = await fake.command('help', {}, { user: ann, guildId: guild.id });
    await fake.reply(interaction);
    const res = await fetch(`${fake.apiUrl}/v10/interactions/${interaction.id}/${interaction.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'again' } }),
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 40060 });
  });

  it('rejects over-long content, embeds and labels (50035)', async () => {
    const { fake, guild } = await startHarness();
    const post = (body: unknown) =>
      fetch(`${fake.apiUrl}/v10/channels/${guild.channelIds[0]}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bot ${TOKEN}` },
        body: JSON.stringify(body),
      });
    const tooLong = [
      { content: 'x'.repeat(2001) },
      { embeds: [{ description: 'x'.repeat(4097) }] },
      { embeds: [{ title: 't'.repeat(256), description: 'x'.repeat(4096), footer: { text: 'f'.repeat(2000) } }] },
      { embeds: [{ description: 'x', fields: Array.from({ length: 26 }, () => ({ name: 'n', value: 'v' })) }] },
      { components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'a', label: 'l'.repeat(81) }] }] },
      { components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'c'.repeat(101), label: 'ok' }] }] },
    ];
    for (const body of tooLong) {
      const res = await post(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(await res.json()).toMatchObject({ code: 50035 });
    }
    expect(fake.rejections).toHaveLength(tooLong.length);
  });
});
