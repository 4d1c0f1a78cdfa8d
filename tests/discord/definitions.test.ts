// The slash command definitions: valid for Discord (checked by the fake Discord's rules and by the
// limits), and exactly the commands and options the issue names.
import type { APIApplicationCommandOption } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, toCommandDefinition, type CommandDefinition } from '../../src/adapters/discord/definitions.js';
import { COMMAND_NAME_PATTERN, DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import { buildApp } from '../../src/app.js';
import { checkCommands } from '../e2e/fake-discord/discord-rules.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

let definitions: CommandDefinition[];
const byName = (name: string) => {
  const d = definitions.find((c) => c.name === name);
  if (!d) throw new Error(`/${name} is not defined`);
  return d;
};
/** The options of a command or of one of its subcommands, as name → definition. */
const options = (name: string, subcommand?: string): Record<string, APIApplicationCommandOption> => {
  let list = byName(name).options ?? [];
  if (subcommand) {
    const sub = list.find((o) => o.name === subcommand);
    if (!sub || sub.type !== 1) throw new Error(`/${name} has no subcommand ${subcommand}`);
    list = sub.options ?? [];
  }
  return Object.fromEntries(list.map((o) => [o.name, o]));
};

beforeAll(async () => {
  definitions = commandDefinitions(buildApp({ kb: await loadFixtureKnowledge() }).router.list());
});

describe('the slash command definitions', () => {
  it('are valid for Discord', () => {
    expect(checkCommands(definitions)).toEqual([]);
    expect(definitions.length).toBeLessThanOrEqual(L.commandsPerScope);
    const walk = (opts: readonly APIApplicationCommandOption[] | undefined) => {
      expect((opts ?? []).length).toBeLessThanOrEqual(L.options);
      for (const o of opts ?? []) {
        expect(o.name).toMatch(COMMAND_NAME_PATTERN);
        expect(o.description.length).toBeGreaterThan(0);
        expect(o.description.length).toBeLessThanOrEqual(L.optionDescription);
        if ('choices' in o && o.choices) {
          expect(o.choices.length).toBeLessThanOrEqual(L.choices);
          for (const c of o.choices) expect(c.name.length).toBeLessThanOrEqual(L.choiceName);
        }
        if (o.type === 1) walk(o.options);
      }
    };
    for (const d of definitions) {
      expect(d.name).toMatch(COMMAND_NAME_PATTERN);
      expect(d.description.length).toBeGreaterThan(0);
      expect(d.description.length).toBeLessThanOrEqual(L.commandDescription);
      walk(d.options);
    }
  });

  it('are written within Discord’s limits, so no description or choice a user sees is cut short', async () => {
    const specs = buildApp({ kb: await loadFixtureKnowledge() }).router.list().map((c) => c.spec);
    const long: string[] = [];
    const check = (where: string, text: string, limit: number) => {
      if (text.length > limit) long.push(`${where}: ${text.length} > ${limit}`);
    };
    const checkOptions = (where: string, opts: readonly { name: string; description: string; choices?: readonly { name: string }[] }[] | undefined) => {
      for (const o of opts ?? []) {
        check(`${where} ${o.name}`, o.description, L.optionDescription);
        for (const c of o.choices ?? []) check(`${where} ${o.name} choice`, c.name, L.choiceName);
      }
    };
    for (const spec of specs) {
      check(`/${spec.name}`, spec.description, L.commandDescription);
      checkOptions(`/${spec.name}`, spec.options);
      const subs = [...(spec.subcommands ?? []), ...(spec.subcommandGroups ?? []).flatMap((g) => (check(`/${spec.name} ${g.name}`, g.description, L.optionDescription), g.subcommands))];
      for (const sub of subs) {
        check(`/${spec.name} ${sub.name}`, sub.description, L.optionDescription);
        checkOptions(`/${spec.name} ${sub.name}`, sub.options);
      }
    }
    expect(long).toEqual([]);
  });

  it('are the commands of the issue, and not the console-only /missed (/tutor missed replaces it)', () => {
    expect(definitions.map((d) => d.name).sort()).toEqual(['ask', 'chart', 'forget-me', 'help', 'homework', 'leaderboard', 'my-data', 'practice', 'privacy', 'quiz', 'review', 'stats', 'timeline', 'topic', 'topics', 'tutor', 'voice']);
  });

  it('/ask question (required, autocomplete) works in servers and DMs', () => {
    expect(options('ask')['question']).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(byName('ask').contexts).toEqual([0, 1]);
  });

  it('/topic name (required, autocomplete) and /topics', () => {
    expect(options('topic')['name']).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(byName('topics').options ?? []).toEqual([]);
  });

  it('/quiz start topic questions:3–20 seconds:10–60 and /quiz stop, servers only', () => {
    const start = options('quiz', 'start');
    expect(start['topic']).toMatchObject({ type: 3, autocomplete: true });
    expect(start['topic']).not.toHaveProperty('required', true);
    expect(start['questions']).toMatchObject({ type: 4, min_value: 3, max_value: 20 });
    expect(start['seconds']).toMatchObject({ type: 4, min_value: 10, max_value: 60 });
    expect(options('quiz', 'stop')).toEqual({});
    expect(byName('quiz').contexts).toEqual([0]);
  });

  it('/quiz start voice (true/false, optional) and /voice leave, servers only (issue 17)', () => {
    expect(options('quiz', 'start')['voice']).toMatchObject({ type: 5 });
    expect(options('quiz', 'start')['voice']).not.toHaveProperty('required', true);
    expect(options('voice', 'leave')).toEqual({});
    expect(byName('voice').contexts).toEqual([0]);
    expect(byName('voice').default_member_permissions).toBeNull();
  });

  it('/leaderboard period:all|week topic, and /stats user', () => {
    const board = options('leaderboard');
    expect(board['period']).toMatchObject({ type: 3, choices: [expect.objectContaining({ value: 'all' }), expect.objectContaining({ value: 'week' })] });
    expect(board['topic']).toMatchObject({ type: 3, autocomplete: true });
    expect(options('stats')['user']).toMatchObject({ type: 6 });
    expect(options('stats')['user']).not.toHaveProperty('required', true);
  });

  it('/privacy leaderboard:hide|show (optional: without it, the notice), in servers and DMs', () => {
    expect(options('privacy')['leaderboard']).toMatchObject({ type: 3, choices: [expect.objectContaining({ value: 'hide' }), expect.objectContaining({ value: 'show' })] });
    expect(options('privacy')['leaderboard']).not.toHaveProperty('required', true);
    expect(byName('privacy').contexts).toEqual([0, 1]);
  });

  it('/tutor missed, reset-leaderboard, fairness on|off and level gcse|a-level|all need Manage Server by default, servers only', () => {
    const tutor = byName('tutor');
    expect(tutor.default_member_permissions).toBe('32');
    expect(tutor.contexts).toEqual([0]);
    expect((tutor.options ?? []).map((o) => o.name)).toEqual(['missed', 'missed-delete', 'retention', 'export', 'forget', 'reset-leaderboard', 'reload', 'fairness', 'level', 'board', 'report', 'teacher-role', 'timezone', 'homework']);
    // /tutor missed-delete number:<n> (as /tutor missed numbers them) or all:true; neither is required, as either will do.
    expect(options('tutor', 'missed-delete')['number']).toMatchObject({ type: 4, min_value: 1 });
    expect(options('tutor', 'missed-delete')['all']).toMatchObject({ type: 5 });
    expect(options('tutor', 'missed-delete')['number']).not.toHaveProperty('required', true);
    // Left empty, each says the setting as it is (as /tutor timezone does).
    expect(options('tutor', 'fairness')['mode']).toMatchObject({ type: 3, choices: [expect.objectContaining({ value: 'on' }), expect.objectContaining({ value: 'off' })] });
    expect(options('tutor', 'fairness')['mode']).not.toHaveProperty('required', true);
    expect(options('tutor', 'level')['class']).not.toHaveProperty('required', true);
    expect(options('tutor', 'level')['class']).toMatchObject({
      type: 3,
      description: expect.stringMatching(/\S/),
      choices: [expect.objectContaining({ value: 'gcse' }), expect.objectContaining({ value: 'a-level' }), expect.objectContaining({ value: 'all' })],
    });
  });

  it('everything else is open to everyone, installed to servers only (no user installs)', () => {
    for (const d of definitions.filter((c) => c.name !== 'tutor')) expect(d.default_member_permissions ?? null).toBeNull();
    for (const d of definitions) expect(d.integration_types).toEqual([0]);
  });

  it('puts required options first and clips long descriptions, so a long spec still makes a valid definition', () => {
    const d = toCommandDefinition({
      name: 'long',
      description: 'd'.repeat(300),
      options: [
        { name: 'later', description: 'o'.repeat(150), type: 'string' },
        { name: 'first', description: 'required', type: 'integer', required: true, min: 1, max: 5 },
        { name: 'pick', description: 'p', type: 'string', choices: Array.from({ length: 30 }, (_, i) => ({ name: `c${i}`.repeat(40), value: `v${i}` })) },
      ],
    });
    expect(checkCommands([d])).toEqual([]);
    expect(d.options?.map((o) => o.name)).toEqual(['first', 'later', 'pick']);
  });
});
