// docs/privacy-dpia.md is what a school's DPIA relies on: its data inventory must list every field the tutor keeps
// in a server's file, down to the fields inside each (a review card's, a day of activity's), and nothing that is
// no longer there, so a new field cannot be added without the page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshGuildDocument, guildDocumentSchema } from '../../src/store/schema.js';
import { activityDaySchema, reviewCardSchema } from '../../src/store/study-schema.js';
import { ROOT } from '../build/compile.js';

const page = readFileSync(path.join(ROOT, 'docs', 'privacy-dpia.md'), 'utf8');

/** The first column of the table under the "What is kept" heading, each cell's `name`. */
function inventoryFields(): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith('What is kept')) ?? '';
  const rows = section.split('\n').filter((line) => line.startsWith('| `'));
  return rows.map((row) => /^\| `([^`]+)` \|/.exec(row)?.[1] ?? row);
}

interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly valueType?: unknown;
  readonly element?: unknown;
  readonly innerType?: unknown;
}
const defOf = (schema: unknown) => (schema as { _zod: { def: SchemaDef } })._zod.def;

/** Every field name inside a schema: an object's, a record's values', a list's items', whatever wraps them. */
function fieldsInside(schema: unknown): string[] {
  const def = defOf(schema);
  if (def.type === 'object') return Object.entries(def.shape ?? {}).flatMap(([name, inner]) => [name, ...fieldsInside(inner)]);
  if (def.type === 'record') return fieldsInside(def.valueType);
  if (def.type === 'array') return fieldsInside(def.element);
  return def.innerType === undefined ? [] : fieldsInside(def.innerType);
}

/** The file's fields, each with the fields inside it; decks and days of activity are text, read as these schemas. */
function storedFields(): Map<string, Set<string>> {
  const asText: Record<string, unknown> = { decks: reviewCardSchema, activity: activityDaySchema };
  return new Map(Object.entries(defOf(guildDocumentSchema).shape ?? {}).map(([name, schema]) => [name, new Set(fieldsInside(asText[name] ?? schema))]));
}

describe('the DPIA page', () => {
  it('lists every top-level field of a server\'s file in its inventory table, and no field the file does not have', () => {
    const fields = Object.keys(freshGuildDocument('g1'));
    expect(fields.length).toBeGreaterThan(10);
    expect(inventoryFields().sort()).toEqual([...fields].sort());
  });

  it('names the fields inside each field of the file, and none the file does not have', () => {
    const section = page.split(/^## /m).find((s) => s.startsWith('What is kept')) ?? '';
    const listed = new Map(
      section
        .split('\n')
        .filter((line) => line.startsWith('- `'))
        .map((line) => [/^- `([^`]+)`/.exec(line)?.[1] ?? line, new Set([...line.matchAll(/`([^`]+)`/g)].slice(1).map((m) => m[1] ?? ''))] as const),
    );
    const stored = storedFields();
    expect(stored.get('activity')).toContain('reviewed');
    expect(stored.get('homework')).toContain('shownAt');
    for (const [field, inside] of stored) if (inside.size > 0) expect([...(listed.get(field) ?? [])].sort(), field).toEqual([...inside].sort());
    expect([...listed.keys()].filter((field) => !stored.get(field)?.size)).toEqual([]);
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
