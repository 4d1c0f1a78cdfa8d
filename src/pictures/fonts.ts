// The shipped font (assets/fonts, DejaVu Sans and Bold) and how wide it draws text. resvg is given exactly
// these files (./draw.ts), so the widths are read from the same files: each character's advance width in
// the font's own tables (cmap: character → glyph; hmtx: glyph → advance). A line measured here is as wide
// as resvg lays it out, or a little wider (kerning, which this leaves out, only draws pairs closer).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the shipped font: the nearest assets/fonts above this module (src/pictures and dist/pictures
 * are two folders below the project's root; a test's compiled copy may sit deeper).
 */
function fontFolder(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let up = 0; up < 8; up++) {
    const candidate = path.join(dir, 'assets', 'fonts');
    if (existsSync(path.join(candidate, 'DejaVuSans.ttf'))) return candidate;
    dir = path.dirname(dir);
  }
  return fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
}

/** The font files resvg is given (and no others): regular, then bold. */
export const FONT_FILES: readonly string[] = Object.freeze(['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => path.join(fontFolder(), f)));

/** Advance widths of one font file, in ems. */
interface Advances {
  (codePoint: number): number;
}

/** Reads a TrueType file's advance widths: cmap (format 4, the Basic Multilingual Plane) and hmtx. */
function readAdvances(font: Buffer): Advances {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) tables.set(font.toString('latin1', 12 + i * 16, 16 + i * 16), font.readUInt32BE(20 + i * 16));
  const table = (tag: string) => {
    const at = tables.get(tag);
    if (at === undefined) throw new Error(`the font has no ${tag} table`);
    return at;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metrics - 1)) / unitsPerEm;

  // The Windows Unicode (3, 1) subtable, format 4: segments of characters, each mapped by a delta or an index.
  const cmap = table('cmap');
  let sub = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + i * 8;
    if (font.readUInt16BE(record) === 3 && font.readUInt16BE(record + 2) === 1) sub = cmap + font.readUInt32BE(record + 4);
  }
  if (sub < 0 || font.readUInt16BE(sub) !== 4) throw new Error('the font has no format-4 Unicode cmap');
  const segments = font.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  const glyphOf = (c: number): number => {
    for (let i = 0; i < segments; i++) {
      if (c > font.readUInt16BE(ends + 2 * i)) continue;
      const start = font.readUInt16BE(starts + 2 * i);
      if (c < start) return 0;
      const delta = font.readUInt16BE(deltas + 2 * i);
      const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (c + delta) & 0xffff;
      const glyph = font.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
  const known = new Map<number, number>();
  return (codePoint) => {
    let width = known.get(codePoint);
    if (width === undefined) {
      // Beyond the plane, or not in the font: resvg draws a box whose width varies; a whole em covers it.
      const glyph = codePoint > 0xffff ? 0 : glyphOf(codePoint);
      width = glyph === 0 ? Math.max(1, advanceOf(0)) : advanceOf(glyph);
      known.set(codePoint, width);
    }
    return width;
  };
}

/** Each font's advances, read once, when a picture first measures text. */
let fonts: { regular: Advances; bold: Advances } | undefined;
function loaded() {
  fonts ??= { regular: readAdvances(readFileSync(FONT_FILES[0] ?? '')), bold: readAdvances(readFileSync(FONT_FILES[1] ?? '')) };
  return fonts;
}

/** How wide `content` is drawn at `size` in the shipped font: the sum of its characters' advances. */
export function measureText(content: string, size: number, bold = false): number {
  const advance = bold ? loaded().bold : loaded().regular;
  let ems = 0;
  for (const ch of content) ems += advance(ch.codePointAt(0) ?? 0);
  return ems * size;
}
