// Small typed helpers that write SVG text. Pictures are drawn as SVG (text we can test: every label is
// in it) and rasterised to PNG by ./rasterise.ts with the font shipped in assets/fonts.

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
 * About how wide a text is in DejaVu Sans (a wide face: about 0.6 em a character on average, capitals
 * more). An estimate for wrapping and spacing labels, on the generous side so they do not collide.
 */
export function textWidth(content: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of content) {
    if (/[A-Z]/.test(ch)) ems += 0.72;
    else if (/[il.,:;'|! ]/.test(ch)) ems += 0.33;
    else if (/[mwMW]/.test(ch)) ems += 0.92;
    else ems += 0.6;
  }
  return ems * size * (bold ? 1.1 : 1);
}

/** Splits text into lines of at most `width` pixels at `size`, breaking at spaces; at most `maxLines`, the last ending in "…". */
export function wrap(content: string, width: number, size: number, maxLines = 3): string[] {
  const words = content.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const tried = current ? `${current} ${word}` : word;
    if (textWidth(tried, size) <= width || !current) current = tried;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1] ?? '';
  while (last.length > 1 && textWidth(`${last}…`, size) > width) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}
