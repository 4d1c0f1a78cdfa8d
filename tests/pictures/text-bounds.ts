// Where resvg draws a picture's text: its shapes taken out, the text laid out by resvg itself with the
// shipped font (as the drawing worker does), and the box around every glyph measured. A test's way to see
// that no word runs off the picture, measured by the renderer rather than by our own estimate.
import { Resvg } from '@resvg/resvg-js';
import { FONT_FILES } from '../../src/pictures/draw.js';
import { FONT_FAMILY } from '../../src/pictures/svg.js';

export interface Box {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

const SHAPES = /<(rect|line|circle|polyline)\b[^>]*\/>/g;

function boxOf(svg: string): Box | undefined {
  const box = new Resvg(svg, { font: { fontFiles: [...FONT_FILES], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY } }).getBBox();
  return box ? { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height } : undefined;
}

/** The box around all the text an SVG document draws (in its own units), or undefined when it draws none. */
export function textBox(svg: string): Box | undefined {
  return boxOf(svg.replace(SHAPES, ''));
}

/** The picture's declared width and height. */
export function pictureSize(svg: string): { width: number; height: number } {
  const [, width, height] = /<svg[^>]*\bwidth="(\d+)" height="(\d+)"/.exec(svg) ?? [];
  return { width: Number(width), height: Number(height) };
}

/** How wide resvg draws one line of text (its ink, from the first glyph's left edge to the last's right). */
export function drawnWidth(content: string, size: number, bold = false): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="10" y="100" font-family="${FONT_FAMILY}" font-size="${size}"${bold ? ' font-weight="bold"' : ''}>${content}</text></svg>`;
  const box = boxOf(svg);
  return box ? box.right - box.left : 0;
}
