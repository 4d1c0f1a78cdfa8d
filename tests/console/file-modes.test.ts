// The console's exports (names and scores) and pictures (a podium names players) are written readable by
// the tutor's account only, in folders only it can open.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pictureSaver, withFilesSaved } from '../../src/adapters/console/console.js';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const modeOf = (file: string) => statSync(file).mode & 0o777;

describe.skipIf(process.platform === 'win32')('files the console writes', () => {
  it('keeps an export to the tutor\'s account', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'console-modes-'));
    const exports = path.join(dir, 'exports');
    withFilesSaved({ body: 'Export', attachments: [{ name: 'scores.csv', content: 'name,points\nAnn,3\n' }] }, exports);
    expect(modeOf(exports)).toBe(0o700);
    expect(modeOf(path.join(exports, 'scores.csv'))).toBe(0o600);
  });

  it('keeps a picture to the tutor\'s account', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'console-modes-'));
    const images = path.join(dir, 'images');
    const file = pictureSaver(images)({ name: 'podium.png', content: new Uint8Array([137, 80, 78, 71]), image: true });
    expect(modeOf(images)).toBe(0o700);
    expect(file && modeOf(file)).toBe(0o600);
  });
});
