// A podium as SVG: the leaderboard's first three places as steps (first in the middle and highest, second
// on the left, third on the right), each with its place on the step and the player's name and points
// above it. Players who share a place share a step's height and stand in the list's order. Pure: data in, SVG out.
import { fitText, heading, movedDown, PALETTE, rect, svgDocument, text } from './svg.js';

export interface PodiumPlace {
  /** 1-based; equal points share a rank. */
  readonly rank: number;
  readonly name: string;
  /** As the leaderboard writes them, e.g. "2,100". */
  readonly points: string;
}

export interface PodiumWords {
  readonly title: string;
  /** "1st", "2nd"… */
  readonly ordinal: (rank: number) => string;
  /** "2,100 points". */
  readonly points: (points: string) => string;
}

const W = 1000;
const BASE = 560;
const STEP_WIDTH = 260;
/** Left edges of the three steps, in the order the places are shown: second, first, third. */
const SLOTS = [110, 370, 630] as const;
const HEIGHTS: Readonly<Record<number, number>> = { 1: 250, 2: 180, 3: 130 };
const COLOURS: Readonly<Record<number, string>> = { 1: '#b7791f', 2: '#718096', 3: '#9c4221' };

/** The list's first, second and third places go on the middle, left and right steps. */
const SLOT_OF_PLACE = [SLOTS[1], SLOTS[0], SLOTS[2]] as const;

/**
 * Each place with the left edge of its step: second, first, third from left to right, except that players who
 * share a rank stand left to right in the list's order (rankStandings orders ties by name), so the picture never
 * reads "priya, mia" under a list that says "mia, priya".
 */
function placedOnSteps(top: readonly PodiumPlace[]): { place: PodiumPlace; left: number }[] {
  const shown = top.map((place, i) => ({ place, left: SLOT_OF_PLACE[i] ?? SLOTS[2] }));
  for (const rank of new Set(top.map((p) => p.rank))) {
    const tied = shown.filter((s) => s.place.rank === rank);
    const lefts = tied.map((s) => s.left).sort((a, b) => a - b);
    tied.forEach((s, i) => (s.left = lefts[i] ?? s.left));
  }
  // Drawn left to right, as it reads.
  return shown.sort((a, b) => a.left - b.left);
}

/** The podium of the first three places given (the leaderboard's order); fewer players, fewer steps. */
export function podiumSvg(words: PodiumWords, places: readonly PodiumPlace[]): string {
  const shown = placedOnSteps(places.slice(0, 3));
  const head = heading({ x: 30, width: W - 60, titleY: 52, titleSize: 34, subtitleY: 92, subtitleSize: 22 }, words.title);
  const body: string[] = [];
  for (const { place, left } of shown) {
    const height = HEIGHTS[place.rank] ?? HEIGHTS[3] ?? 130;
    const colour = COLOURS[place.rank] ?? COLOURS[3] ?? PALETTE.muted;
    const topOfStep = BASE - height;
    const centre = left + STEP_WIDTH / 2;
    body.push(rect(left + 6, topOfStep, STEP_WIDTH - 12, height, colour, { rx: 6 }));
    body.push(text(centre, topOfStep + 66, words.ordinal(place.rank), { size: 48, bold: true, anchor: 'middle', fill: PALETTE.background }));
    // A long name (a display name can be one 32-letter word) is wrapped, then shrunk, then cut, to stay over its step.
    const name = fitText(place.name, STEP_WIDTH - 20, 26, { bold: true, minSize: 18 });
    const pointsY = topOfStep - 18;
    body.push(text(centre, pointsY, words.points(place.points), { size: 22, anchor: 'middle', fill: PALETTE.muted }));
    name.lines.forEach((l, i) => body.push(text(centre, pointsY - 34 - (name.lines.length - 1 - i) * 32, l, { size: name.size, bold: true, anchor: 'middle' })));
  }
  body.push(rect(80, BASE, W - 160, 6, PALETTE.axis));
  return svgDocument(W, BASE + 40 + head.extra, [...head.svg, ...movedDown(head.extra, body)]);
}
