// The direction of imports, checked on the source text: adapters → commands → domain.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const sourceFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join('src', f).split(path.sep).join('/'));
/**
 * Every module a source text names (`import … from`, `export … from`, bare `import '…'`, `import()`, even
 * with a template string), read by TypeScript's own pre-processor rather than a pattern that odd
 * layouts could slip past.
 */
const modulesNamedIn = (text: string) => ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
const importsOf = (file: string) => modulesNamedIn(readFileSync(file, 'utf8'));
const DOMAIN = /^src\/(knowledge|matching|quiz|leaderboard|store|missed|practice|review|homework|report|time|pictures|voice|workers)\//;

describe('the architecture', () => {
  it('reads every kind of import (so the checks below cannot be dodged by an export … from or an import())', () => {
    const text = [
      "import { a } from './a.js';",
      "import type {\n  B,\n} from './b.js';",
      "export { c } from './c.js';",
      "export * from './d.js';",
      "import './e.js';",
      "const f = await import('./f.js'); import g from './g.js';",
      '/* import nothing from "./no.js" */ const h = import(`./h.js`);',
      "// a comment about 'i' is no import",
    ].join('\n');
    expect(modulesNamedIn(text)).toEqual(['./a.js', './b.js', './c.js', './d.js', './e.js', './f.js', './g.js', './h.js']);
    expect(importsOf('src/adapters/discord/bot.ts')).toContain('discord.js');
  });

  it('lets only the Discord adapter import discord.js', () => {
    const offenders = sourceFiles.filter((f) => !f.startsWith('src/adapters/discord/') && importsOf(f).some((i) => i === 'discord.js' || i.startsWith('@discordjs/')));
    expect(offenders).toEqual([]);
  });

  it('lets only the console adapter read the terminal', () => {
    const offenders = sourceFiles.filter((f) => !f.startsWith('src/adapters/console/') && importsOf(f).some((i) => i.includes('readline')));
    expect(offenders).toEqual([]);
  });

  it('keeps domain code and commands free of adapters', () => {
    const inner = sourceFiles.filter((f) => !/^src\/(adapters|cli)\//.test(f) && f !== 'src/main.ts');
    const offenders = inner.filter((f) => importsOf(f).some((i) => i.includes('/adapters/')));
    expect(offenders).toEqual([]);
  });

  it('keeps domain code (knowledge, matching, quiz, leaderboard, store, missed, practice) free of commands, wiring and entry points', () => {
    const offenders = sourceFiles.filter((f) => DOMAIN.test(f) && importsOf(f).some((i) => /\/(commands|adapters|cli)\/|\/(app|main|messages)\.js$/.test(i)));
    expect(offenders).toEqual([]);
  });

  it('reads the environment only in config and entry points', () => {
    const offenders = sourceFiles.filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8')) && !/^src\/(config|main)\.ts$|^src\/cli\//.test(f));
    expect(offenders).toEqual([]);
  });
});
