// The direction of imports, checked on the source text: adapters → commands → domain.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const sourceFiles = readdirSync('src', { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => path.join('src', f).split(path.sep).join('/'));
const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');

describe('the architecture', () => {
  it('lets only the Discord adapter (and the command deployer) import discord.js', () => {
    const offenders = sourceFiles.filter(
      (f) => !f.startsWith('src/adapters/discord/') && f !== 'src/cli/deploy-commands.ts' && importsOf(f).some((i) => i === 'discord.js' || i.startsWith('@discordjs/')),
    );
    expect(offenders).toEqual([]);
  });

  it('lets only the console adapter read the terminal', () => {
    const offenders = sourceFiles.filter((f) => !f.startsWith('src/adapters/console/') && importsOf(f).some((i) => i.includes('readline')));
    expect(offenders).toEqual([]);
  });

  it('keeps domain code and commands free of adapters', () => {
    const domain = sourceFiles.filter((f) => !/^src\/(adapters|cli)\//.test(f) && !['src/main.ts', 'src/shard.ts'].includes(f));
    const offenders = domain.filter((f) => importsOf(f).some((i) => i.includes('/adapters/')));
    expect(offenders).toEqual([]);
  });

  it('reads the environment only in config and entry points', () => {
    const offenders = sourceFiles.filter(
      (f) => /process\.env\b/.test(readFileSync(f, 'utf8')) && !/^src\/(config|main)\.ts$|^src\/cli\//.test(f),
    );
    expect(offenders).toEqual([]);
  });
});
