// Reads deploy/tutor.service the way systemd does, as far as these tests need: sections of
// `Key=value` lines, `#` comments, a key that may repeat.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../build/compile.js';

export const UNIT_FILE = path.join(ROOT, 'deploy', 'tutor.service');
export const PM2_FILE = path.join(ROOT, 'deploy', 'ecosystem.config.cjs');

export type Unit = Map<string, Map<string, string[]>>;

export function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: Map<string, string[]> | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      section = new Map();
      unit.set(header[1] ?? '', section);
      continue;
    }
    const eq = line.indexOf('=');
    if (!section || eq < 0) throw new Error(`not a unit file line: ${line}`);
    const key = line.slice(0, eq).trim();
    section.set(key, [...(section.get(key) ?? []), line.slice(eq + 1).trim()]);
  }
  return unit;
}

export const readUnit = (): Unit => parseUnit(readFileSync(UNIT_FILE, 'utf8'));

/** The last value given for a key (what systemd uses for a single-valued setting). */
export function value(unit: Unit, section: string, key: string): string | undefined {
  return unit.get(section)?.get(key)?.at(-1);
}
