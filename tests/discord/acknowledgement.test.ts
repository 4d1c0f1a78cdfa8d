// How each command is acknowledged before its reply: the slow ones (a reload, an export, a report, a
// picture) before their work starts, and every teacher tool privately, so the class never sees a teacher's
// command "thinking". The end-to-end tests (tests/e2e/acknowledgement.test.ts) check what Discord sees.
import { beforeAll, describe, expect, it } from 'vitest';
import { acknowledgementOf } from '../../src/adapters/discord/dispatch.js';
import { buildApp } from '../../src/app.js';
import type { CommandInput, CommandSpec } from '../../src/commands/types.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

let specs: Map<string, CommandSpec>;
beforeAll(async () => {
  specs = new Map(buildApp({ kb: await loadFixtureKnowledge() }).router.list().map((c) => [c.spec.name, c.spec]));
});

const ack = (name: string, input: Pick<CommandInput, 'group' | 'subcommand'> = {}) => {
  const spec = specs.get(name);
  if (!spec) throw new Error(`/${name} is not a command`);
  return acknowledgementOf(spec, input);
};

describe('how a command is acknowledged', () => {
  it('defers the slow teacher tools privately before they run', () => {
    for (const subcommand of ['reload', 'export', 'report']) expect(ack('tutor', { subcommand }), subcommand).toEqual({ atOnce: true, defer: 'private' });
  });

  it('defers every other teacher tool privately, on the timer', () => {
    for (const subcommand of ['missed', 'forget', 'fairness', 'level', 'teacher-role'])
      expect(ack('tutor', { subcommand }), subcommand).toEqual({ atOnce: false, defer: 'private' });
    expect(ack('tutor', { group: 'homework', subcommand: 'report' })).toEqual({ atOnce: false, defer: 'private' });
  });

  it('leaves the pictures to the timer: they are drawn in a worker, which does not hold the timer up, and a quick refusal stays private', () => {
    expect(ack('timeline')).toEqual({ atOnce: false, defer: 'public' });
    expect(ack('chart')).toEqual({ atOnce: false, defer: 'public' });
  });

  it('leaves a quick public command to the timer, deferred publicly', () => {
    expect(ack('ask')).toEqual({ atOnce: false, defer: 'public' });
    expect(ack('quiz', { subcommand: 'start' })).toEqual({ atOnce: false, defer: 'public' });
  });

  it("takes a subcommand's say over its command's", () => {
    const spec: CommandSpec = { name: 'x', description: 'x', replies: 'private', subcommands: [{ name: 'shown', description: 's', replies: 'public', slow: true }] };
    expect(acknowledgementOf(spec, { subcommand: 'shown' })).toEqual({ atOnce: true, defer: 'public' });
    expect(acknowledgementOf(spec, { subcommand: 'other' })).toEqual({ atOnce: false, defer: 'private' });
  });
});
