// Console lines read into a command's options by its own definition: in order, named, or in order with
// named ones after them.
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/adapters/console/parse-line.js';
import { buildApp } from '../../src/app.js';
import type { CommandSpec } from '../../src/commands/types.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';

async function specOf(name: string): Promise<CommandSpec> {
  const spec = buildApp({ kb: await loadFixtureKnowledge() }).router.command(name)?.spec;
  if (!spec) throw new Error(`no /${name}`);
  return spec;
}

describe('console options', () => {
  it('read a yes-or-no or a number named after options given in order ("/quiz nep 3 voice:true")', async () => {
    const quiz = await specOf('quiz');
    expect(parseOptions(quiz, 'nep 3 voice:true')).toEqual({ subcommand: 'start', options: { topic: 'nep', questions: 3, voice: 'true' } });
    expect(parseOptions(quiz, 'nep 20 questions:5 voice:false')).toEqual({ subcommand: 'start', options: { topic: 'nep', questions: 5, seconds: 20, voice: 'false' } });
  });

  it('leave a word with a colon inside free text as part of the text', async () => {
    const ask = await specOf('ask');
    expect(parseOptions(ask, 'what does question:mean')).toEqual({ options: { question: 'what does question:mean' } });
  });
});

describe('console options named with nothing after the colon', () => {
  it('take the words after it as the value ("/quiz topic: nep questions: 5", a space after each colon)', async () => {
    const quiz = await specOf('quiz');
    expect(parseOptions(quiz, 'topic: nep questions: 5')).toEqual({ subcommand: 'start', options: { topic: 'nep', questions: 5 } });
    expect(parseOptions(quiz, 'topic: the new economic policy voice: true')).toEqual({ subcommand: 'start', options: { topic: 'the new economic policy', voice: 'true' } });
  });
});

describe('a number typed first (a Year-10 trial: "/quiz 6 3" started 6 questions on every topic)', () => {
  it('is the place in the topic list, as /topics numbers them, and the numbers after it are questions, then seconds', async () => {
    const quiz = await specOf('quiz');
    expect(parseOptions(quiz, '6 3')).toEqual({ subcommand: 'start', options: { topic: '6', questions: 3 } });
    expect(parseOptions(quiz, 'start 6 3 20')).toEqual({ subcommand: 'start', options: { topic: '6', questions: 3, seconds: 20 } });
    expect(parseOptions(quiz, '6 facts 3')).toEqual({ subcommand: 'start', options: { topic: '6', kind: 'facts', questions: 3 } });
    // As before: a topic's words, then numbers; every topic by name.
    expect(parseOptions(quiz, 'nep 5 20')).toEqual({ subcommand: 'start', options: { topic: 'nep', questions: 5, seconds: 20 } });
    expect(parseOptions(quiz, 'all 6')).toEqual({ subcommand: 'start', options: { topic: 'all', questions: 6 } });
  });

  it('reads a last word that is one of a choice option\'s values as that option (a teacher\'s trial: "/quiz nep 3 10 dates")', async () => {
    const quiz = await specOf('quiz');
    expect(parseOptions(quiz, 'nep 3 10 dates')).toEqual({ subcommand: 'start', options: { topic: 'nep', questions: 3, seconds: 10, kind: 'dates' } });
    expect(parseOptions(quiz, 'the great terror Facts')).toEqual({ subcommand: 'start', options: { topic: 'the great terror', kind: 'facts' } });
    // A word alone stays the topic's (there is none to take it from), and /leaderboard's period may come last.
    expect(parseOptions(quiz, 'dates')).toEqual({ subcommand: 'start', options: { topic: 'dates' } });
    expect(parseOptions(await specOf('leaderboard'), 'nep week')).toEqual({ options: { period: 'week', topic: 'nep' } });
  });

  it('leaves a year to a year ("/timeline 1928 1932")', async () => {
    expect(parseOptions(await specOf('timeline'), '1928 1932')).toEqual({ options: { from: 1928, to: 1932 } });
  });
});
