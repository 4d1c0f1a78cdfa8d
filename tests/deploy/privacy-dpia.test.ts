// docs/privacy-dpia.md is what a school's DPIA relies on: its data inventory must list every field the tutor keeps
// in a server's file, and nothing that is no longer there, so a new field cannot be added without the page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshGuildDocument } from '../../src/store/schema.js';
import { ROOT } from '../build/compile.js';

const page = readFileSync(path.join(ROOT, 'docs', 'privacy-dpia.md'), 'utf8');

/** The first column of the table under the "What is kept" heading, each cell's `name`. */
function inventoryFields(): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith('What is kept')) ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1] ?? row);
}

describe('the DPIA page', () => {
  it('lists every top-level field of a server\'s file in its inventory table, and no field the file does not have', () => {
    const fields = Object.keys(freshGuildDocument('g1'));
    expect(fields.length).toBeGreaterThan(10);
    expect(inventoryFields().sort()).toEqual([...fields].sort());
  });

  it('gives each field what it holds, about whom, why, who sees it, how long and how it is deleted', () => {
    const section = page.split(/^## /m).find((s) => s.startsWith('What is kept')) ?? '';
    const header = section.split('\n').find((line) => line.startsWith('| Field'));
    expect(header).toBe('| Field | What it holds | About whom | Purpose | Who sees it | How long | How it is deleted |');
    for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) expect(row.split(' | ').length, row).toBe(7);
  });

  it('covers what a DPIA needs: roles, lawful basis, logs, copies, access and erasure, safeguarding, the Children\'s code, breaches', () => {
    const headings = [...page.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    for (const h of ['Roles', 'Lawful basis', 'Logs', 'Copies', 'subject access', 'erasure', 'Safeguarding', "Children's code", 'breach'])
      expect(headings.some((heading) => heading?.toLowerCase().includes(h.toLowerCase())), h).toBe(true);
    expect(page).toContain('Give Manage Server and the teacher role to staff only');
  });

  it('links only to files that exist', () => {
    const links = [...page.matchAll(/\]\(([^)#]+)(#[^)]*)?\)/g)].map((m) => m[1] ?? '').filter((t) => !/^[a-z]+:/.test(t));
    expect(links.length).toBeGreaterThan(0);
    expect(links.filter((t) => !existsSync(path.join(ROOT, 'docs', t)))).toEqual([]);
  });
});
