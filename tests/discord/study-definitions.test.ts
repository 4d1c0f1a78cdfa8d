// The definitions issue 14 adds: /review (with its exam date) and /homework for everyone, and under /tutor (Manage
// Server by default) the homework group, report, teacher-role and timezone; every option described, the whole
// /tutor command within Discord's 4000 characters.
import type { APIApplicationCommandOption } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions, type CommandDefinition } from '../../src/adapters/discord/definitions.js';
import { buildApp } from '../../src/app.js';
import { checkCommands } from '../e2e/fake-discord/discord-rules.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

let definitions: CommandDefinition[];
const byName = (name: string) => definitions.find((c) => c.name === name) as CommandDefinition;
const option = (list: readonly APIApplicationCommandOption[] | undefined, name: string) => {
  const found = (list ?? []).find((o) => o.name === name);
  if (!found) throw new Error(`no option ${name}`);
  return found as APIApplicationCommandOption & { options?: APIApplicationCommandOption[] };
};

beforeAll(async () => {
  definitions = commandDefinitions(buildApp({ kb: await loadFixtureKnowledge() }).router.list());
});

describe('the definitions of /review, /homework and the teacher\'s homework and report', () => {
  it('offers /review in servers and DMs and /homework in servers, to everyone', () => {
    expect(byName('review')).toMatchObject({ contexts: [0, 1], default_member_permissions: null });
    expect(byName('homework')).toMatchObject({ contexts: [0], default_member_permissions: null });
  });

  it('gives /review an optional exam date, described within Discord\'s 100 characters', () => {
    const review = byName('review');
    expect((review.options ?? []).map((o) => [o.name, o.type, o.required ?? false])).toEqual([['exam', 3, false]]);
    const exam = option(review.options, 'exam');
    expect(exam.description.length).toBeGreaterThan(20);
    expect(exam.description.length).toBeLessThanOrEqual(100);
    expect(exam).toMatchObject({ max_length: 40 });
    expect(checkCommands([review])).toEqual([]);
  });

  it('puts set, list, report and close in a homework group under /tutor, with described options', () => {
    const tutor = byName('tutor');
    const group = option(tutor.options, 'homework');
    expect(group.type).toBe(2);
    expect((group.options ?? []).map((o) => o.name)).toEqual(['set', 'list', 'report', 'close']);
    const set = option(group.options, 'set').options ?? [];
    expect(set.map((o) => [o.name, o.type, o.required ?? false])).toEqual([
      ['topic', 3, true],
      ['due', 3, true],
      ['questions', 4, false],
      ['seconds', 4, false],
    ]);
    expect(option(set, 'questions')).toMatchObject({ min_value: 1, max_value: 20 });
    expect(option(set, 'topic')).toMatchObject({ autocomplete: true });
    expect(option(option(group.options, 'close').options, 'assignment')).toMatchObject({ type: 3, required: true, autocomplete: true });
    expect(option(option(tutor.options, 'teacher-role').options, 'role')).toMatchObject({ type: 8 });
    expect(option(option(tutor.options, 'timezone').options, 'zone')).toMatchObject({ type: 3, autocomplete: true });
    expect(option(option(tutor.options, 'report').options, 'period')).toMatchObject({ choices: [{ value: 'week' }, { value: 'month' }, { value: 'all' }].map((c) => expect.objectContaining(c)) });
    const walk = (list: readonly APIApplicationCommandOption[] | undefined): void => {
      for (const o of list ?? []) {
        expect(o.description.trim().length, o.name).toBeGreaterThan(0);
        walk((o as { options?: APIApplicationCommandOption[] }).options);
      }
    };
    walk(tutor.options);
    expect(checkCommands([tutor])).toEqual([]);
  });
});
