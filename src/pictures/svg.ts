// Small typed helpers that write SVG text. Pictures are drawn as SVG (text we can test: every label is
// in it) and rasterised to PNG by ./rasterise.ts with the font shipped in assets/fonts.
import { measureText } from './fonts.js';

/** The font family every picture uses; ./rasterise.ts loads exactly this font and no system fonts. */
export const FONT_FAMILY = 'DejaVu Sans';

/** Colours for an opaque light background, readable in Discord's dark and light themes alike. */
export const PALETTE = Object.freeze({
  background: '#ffffff',
  ink: '#1a202c',
  muted: '#4a5568',
  grid: '#e2e8f0',
  axis: '#2d3748',
  /** Data colours, told apart also by shape or pattern where it matters. */
  series: ['#2b6cb0', '#c05621', '#2f855a', '#6b46c1', '#b83280', '#4a5568'] as const,
  target: '#a0aec0',
  estimate: '#dd6b20',
  official: '#2b6cb0',
});

/** Escapes text for an SVG text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

export interface TextStyle {
  readonly size: number;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  /** Degrees, about the text's own point. */
  readonly rotate?: number;
}

export function text(x: number, y: number, content: string, style: TextStyle): string {
  const attrs = [
    `x="${num(x)}"`,
    `y="${num(y)}"`,
    `font-size="${style.size}"`,
    style.bold ? 'font-weight="bold"' : '',
    `fill="${style.fill ?? PALETTE.ink}"`,
    style.anchor && style.anchor !== 'start' ? `text-anchor="${style.anchor}"` : '',
    style.rotate ? `transform="rotate(${style.rotate} ${num(x)} ${num(y)})"` : '',
  ].filter(Boolean);
  return `<text ${attrs.join(' ')}>${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, extra: { readonly rx?: number; readonly stroke?: string; readonly opacity?: number } = {}): string {
  const attrs = [`x="${num(x)}"`, `y="${num(y)}"`, `width="${num(Math.max(0, width))}"`, `height="${num(Math.max(0, height))}"`, `fill="${fill}"`];
  if (extra.rx) attrs.push(`rx="${extra.rx}"`);
  if (extra.stroke) attrs.push(`stroke="${extra.stroke}"`, 'stroke-width="2"');
  if (extra.opacity !== undefined) attrs.push(`fill-opacity="${extra.opacity}"`);
  return `<rect ${attrs.join(' ')}/>`;
}

export function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width = 2, dash?: string): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, stroke?: string): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${fill}"${stroke ? ` stroke="${stroke}" stroke-width="2"` : ''}/>`;
}

export function polyline(points: readonly (readonly [number, number])[], stroke: string, width = 3, dash?: string): string {
  return `<polyline points="${points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="none" stroke="${stroke}" stroke-width="${width}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** A whole SVG document on an opaque light background. */
export function svgDocument(width: number, height: number, body: readonly string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT_FAMILY}">`,
    rect(0, 0, width, height, PALETTE.background),
    ...body,
    '</svg>',
  ].join('\n');
}

/**
 * How wide a text is drawn in the shipped font, from its advance widths (./fonts.ts): what resvg lays out,
 * or a little more (kerning is left out). Every wrap and fit below measures with this.
 */
export function textWidth(content: string, size: number, bold = false): number {
  return measureText(content, size, bold);
}

/** Greedy lines of at most `width` (a word longer than the width stands alone on its line). */
function greedyLines(words: readonly string[], width: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const tried = current ? `${current} ${word}` : word;
    if (textWidth(tried, size, bold) <= width || !current) current = tried;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/** Cuts a line to `width`, ending it in "…". */
function ellipsis(content: string, width: number, size: number, bold: boolean): string {
  let kept = content;
  while (kept.length > 1 && textWidth(`${kept}…`, size, bold) > width) kept = kept.slice(0, -1);
  return `${kept.trimEnd()}…`;
}

/** Splits text into lines of at most `width` pixels at `size`, breaking at spaces; at most `maxLines`, the last ending in "…". */
export function wrap(content: string, width: number, size: number, maxLines = 3, bold = false): string[] {
  const lines = greedyLines(content.split(/\s+/).filter(Boolean), width, size, bold);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsis(kept[maxLines - 1] ?? '', width, size, bold);
  return kept;
}

/** Text fitted to a width: its lines and the size they are drawn at. */
export interface FittedText {
  readonly lines: readonly string[];
  readonly size: number;
}

/** A word after which a title breaks best: a separator ("Leaderboard · all time ·" / "The power struggle"). */
const endsClause = (word: string) => /^[·|—–-]$|[,:;]$/.test(word);

/**
 * The lines of `content` within `width` at `size`, as even as they can be (a title broken in two reads
 * better as two halves than as a line and a word), or undefined when they need more than `maxLines`. In
 * two, after a separator or a comma when such a break fits.
 */
function evenLines(words: readonly string[], width: number, size: number, bold: boolean, maxLines: number): string[] | undefined {
  const fits = (lines: readonly string[]) => lines.length <= maxLines && lines.every((l) => textWidth(l, size, bold) <= width);
  const widest = greedyLines(words, width, size, bold);
  if (!fits(widest)) return undefined;
  if (widest.length === 1) return widest;
  if (widest.length === 2) {
    const splits = words.slice(1).map((_, i) => ({ lines: [words.slice(0, i + 1).join(' '), words.slice(i + 1).join(' ')], clause: endsClause(words[i] ?? '') }));
    const fitting = splits.filter((split) => fits(split.lines));
    const preferred = fitting.some((split) => split.clause) ? fitting.filter((split) => split.clause) : fitting;
    const longer = (lines: readonly string[]) => Math.max(...lines.map((l) => textWidth(l, size, bold)));
    return preferred.map((split) => split.lines).reduce((best, lines) => (longer(lines) < longer(best) ? lines : best));
  }
  // The narrowest width that still needs no more lines, found by halving.
  let [low, high, best] = [0, width, widest];
  while (high - low > 1) {
    const mid = (low + high) / 2;
    const lines = greedyLines(words, mid, size, bold);
    if (lines.length <= widest.length && lines.every((l) => textWidth(l, size, bold) <= mid)) [high, best] = [mid, lines];
    else low = mid;
  }
  return best;
}

/**
 * Text (a title) fitted to `width`: one line at `size` when it fits, else up to `maxLines` even lines, else
 * the same in a smaller size down to `minSize`; past that, cut with "…". Nothing drawn runs off the picture.
 */
export function fitText(content: string, width: number, size: number, options: { readonly bold?: boolean; readonly maxLines?: number; readonly minSize?: number } = {}): FittedText {
  const { bold = false, maxLines = 2, minSize = Math.round(size * 0.75) } = options;
  const words = content.split(/\s+/).filter(Boolean);
  for (let s = size; s >= minSize; s--) {
    const lines = evenLines(words, width, s, bold, maxLines);
    if (lines) return { lines, size: s };
  }
  const lines = wrap(content, width, minSize, maxLines, bold).map((l) => (textWidth(l, minSize, bold) <= width ? l : ellipsis(l, width, minSize, bold)));
  return { lines, size: minSize };
}

/** Baseline-to-baseline distance of lines of text at `size`. */
export const lineHeight = (size: number) => Math.round(size * 1.2);

/** Where a picture's title and subtitle go, and their largest sizes. */
export interface HeadingLayout {
  readonly x: number;
  readonly width: number;
  readonly titleY: number;
  readonly titleSize: number;
  readonly subtitleY: number;
  readonly subtitleSize: number;
}

/** A picture's heading as drawn: its text elements, and how far it reaches below a one-line title and subtitle. */
export interface Heading {
  readonly svg: readonly string[];
  /** What is drawn under the heading moves down by this (0 when title and subtitle take a line each). */
  readonly extra: number;
}

/** A picture's bold title (two lines at most) and muted subtitle, each fitted to the picture's width. */
export function heading(layout: HeadingLayout, title: string, subtitle?: string): Heading {
  const fittedTitle = fitText(title, layout.width, layout.titleSize, { bold: true });
  const titleExtra = (fittedTitle.lines.length - 1) * lineHeight(fittedTitle.size);
  const svg = fittedTitle.lines.map((l, i) => text(layout.x, layout.titleY + i * lineHeight(fittedTitle.size), l, { size: fittedTitle.size, bold: true }));
  if (subtitle === undefined) return { svg, extra: titleExtra };
  const fittedSubtitle = fitText(subtitle, layout.width, layout.subtitleSize);
  fittedSubtitle.lines.forEach((l, i) =>
    svg.push(text(layout.x, layout.subtitleY + titleExtra + i * lineHeight(fittedSubtitle.size), l, { size: fittedSubtitle.size, fill: PALETTE.muted })),
  );
  return { svg, extra: titleExtra + (fittedSubtitle.lines.length - 1) * lineHeight(fittedSubtitle.size) };
}

/** Elements moved down by `by` (under a heading that took more lines), unchanged when `by` is 0. */
export function movedDown(by: number, elements: readonly string[]): string[] {
  return by === 0 ? [...elements] : [`<g transform="translate(0 ${num(by)})">`, ...elements, '</g>'];
}
