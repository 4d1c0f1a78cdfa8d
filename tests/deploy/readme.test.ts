// The README is the guide a teacher follows: it stays short, documents every slash command (and each
// /tutor subcommand), every setting and every npm script, and its links to files in the repository
// point at files that exist.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { buildApp } from '../../src/app.js';
import { loadFixtureKnowledge } from '../helpers/knowledge.js';
import { ROOT } from '../build/compile.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('the README', () => {
  it('is well under 400 lines', () => {
    expect(readme.split('\n').length).toBeLessThan(400);
  });

  it('documents every slash command and subcommand Discord is given', async () => {
    const app = buildApp({ kb: await loadFixtureKnowledge() });
    const names = commandDefinitions(app.router.list()).flatMap((c) => {
      const subs = (c.options ?? []).filter((o) => o.type === 1).map((o) => `/${c.name} ${o.name}`);
      // A group's subcommands too (/tutor homework set).
      const grouped = (c.options ?? []).flatMap((g) => (g.type === 2 ? (g.options ?? []).map((o) => `/${c.name} ${g.name} ${o.name}`) : []));
      return subs.length + grouped.length > 0 ? [...subs, ...grouped] : [`/${c.name}`];
    });
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => !readme.includes(`\`${name}`))).toEqual([]);
  });

  it('documents every setting in .env.example and every npm script', () => {
    const variables = [...readFileSync(path.join(ROOT, '.env.example'), 'utf8').matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1] ?? '');
    expect(variables).toContain('DISCORD_TOKEN');
    expect(variables.filter((v) => !readme.includes(`\`${v}\``))).toEqual([]);
    const scripts = Object.keys((JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
    const shown = (s: string) => readme.includes(s === 'start' || s === 'test' ? `npm ${s}` : `npm run ${s}`) || readme.includes(`npm run --silent ${s}`);
    expect(scripts.filter((s) => !shown(s))).toEqual([]);
  });

  it('links only to files that exist', () => {
    const targets = [...readme.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/.test(t));
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((t) => !existsSync(path.join(ROOT, t)))).toEqual([]);
    for (const doc of ['docs/architecture.md', 'docs/deploy.md', 'docs/fact-base.md', 'docs/ask-quality.md', 'docs/quiz-rounds.md']) {
      const text = readFileSync(path.join(ROOT, doc), 'utf8');
      const links = [...text.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/.test(t));
      expect(links.filter((t) => !existsSync(path.join(ROOT, 'docs', t))), doc).toEqual([]);
    }
  });
});
