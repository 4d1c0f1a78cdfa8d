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
