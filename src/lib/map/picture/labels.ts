/**
 * Label placement: where a block of text may go beside a point or a line, and a board that
 * takes each label only where it overlaps none placed before it and stays inside the area
 * labels may use, most important first.
 */
import type { Box, PictureLabel, Pixel } from './types.ts';
import { LINE_HEIGHT, textWidth, type TextStyle } from './text.ts';

export type Side = 'right' | 'left' | 'above' | 'below' | 'center';

/** A label where it would go, before the board says whether it may. */
export type Candidate = Omit<PictureLabel, 'kind' | 'of'>;

/** Which end of the text its `x` is. */
const ANCHORS: Record<Side, PictureLabel['anchor']> = {
  right: 'start',
  left: 'end',
  above: 'middle',
  below: 'middle',
  center: 'middle',
};

/** A block of lines set beside a point, `offset` px away on one side. */
export function block(
  lines: string[],
  size: number,
  style: TextStyle,
  [px, py]: Pixel,
  side: Side,
  offset: number,
): Candidate {
  const w = Math.max(...lines.map((line) => textWidth(line, style, size)));
  const h = lines.length * LINE_HEIGHT * size;
  const left = side === 'right' ? px + offset : side === 'left' ? px - offset - w : px - w / 2;
  const top = side === 'above' ? py - offset - h : side === 'below' ? py + offset : py - h / 2;
  const anchor = ANCHORS[side];
  const x = anchor === 'start' ? left : anchor === 'end' ? left + w : left + w / 2;
  return {
    lines,
    x: round(x),
    // The first baseline sits about 0.95 em below the top of a 1.2 em line.
    y: round(top + 0.95 * size),
    anchor,
    size,
    box: [left - 2, top, left + w + 2, top + h],
  };
}

/**
 * A label on either side of a line at a point, `offset` px clear of it: the block is pushed
 * along the line's normal until its nearest corner is that far off, so a slanting line never
 * runs through its own label. The side above (or right of) the line comes first.
 */
export function beside(
  lines: string[],
  size: number,
  style: TextStyle,
  [px, py]: Pixel,
  [dx, dy]: Pixel,
  offset: number,
): Candidate[] {
  const w = Math.max(...lines.map((line) => textWidth(line, style, size)));
  const h = lines.length * LINE_HEIGHT * size;
  const up: Pixel = dy > 0 || (dy === 0 && dx < 0) ? [dy, -dx] : [-dy, dx];
  const normals: Pixel[] =
    up[1] === 0
      ? [
          [1, 0],
          [-1, 0],
        ]
      : [up, [-up[0], -up[1]]];
  return normals.map(([nx, ny]) => {
    const reach = offset + (Math.abs(nx) * w) / 2 + (Math.abs(ny) * h) / 2;
    return block(lines, size, style, [px + nx * reach, py + ny * reach], 'center', 0);
  });
}

export interface PlaceOptions {
  /** The area the label must lie wholly inside (default: the board's). */
  within?: Box;
  /**
   * Boxes taken along with the label (a city's dot): they too must lie inside the area and
   * clear of what is placed, or the label is not placed (a name whose dot is cut by the
   * frame would point at nothing).
   */
  alsoTake?: Box[];
  /** Whether to keep off the board's `avoid` areas when another candidate can (default true). */
  shy?: boolean;
}

export interface LabelBoard {
  /** The first candidate inside the area and clear of every label placed, or null. */
  place(candidates: Candidate[], options?: PlaceOptions): Candidate | null;
  /**
   * The candidate inside the area that covers least of what is placed (the first of equals),
   * whatever it overlaps; null if none is inside.
   */
  force(candidates: Candidate[], within?: Box): Candidate | null;
}

/**
 * Where labels are: each new one goes only inside `area`, where it overlaps none of `taken`
 * (dots, a credit band, the labels placed so far) and, when it can, none of `avoid` (where
 * the basemap would name a sea, or a distance line runs).
 */
export function labelBoard(area: Box, taken: Box[], avoid: Box[] = []): LabelBoard {
  const inside = (box: Box, [left, top, right, bottom]: Box) =>
    box[0] >= left && box[1] >= top && box[2] <= right && box[3] <= bottom;
  const take = (candidate: Candidate) => {
    taken.push(candidate.box);
    return candidate;
  };
  return {
    place(candidates, { within = area, alsoTake = [], shy = true } = {}) {
      const clear = (box: Box) =>
        inside(box, within) && !taken.some((other) => overlaps(box, other));
      if (!alsoTake.every(clear)) return null;
      const free = candidates.filter(({ box }) => clear(box));
      // Clear of every area to avoid if one is; else the one that covers least of them.
      const found = shy
        ? free
            .map((candidate) => ({ candidate, covered: coveredArea(candidate.box, avoid) }))
            .reduce<{ candidate: Candidate; covered: number } | null>(
              (best, next) => (!best || next.covered < best.covered ? next : best),
              null,
            )?.candidate
        : free[0];
      if (!found) return null;
      taken.push(...alsoTake);
      return take(found);
    },
    force(candidates, within = area) {
      const [best] = candidates
        .filter(({ box }) => inside(box, within))
        .map((candidate) => ({ candidate, covered: coveredArea(candidate.box, taken) }))
        .sort((a, b) => a.covered - b.covered);
      return best ? take(best.candidate) : null;
    },
  };
}

/** A square of half-width `r` round a point. */
export function around([x, y]: Pixel, r: number): Box {
  return [x - r, y - r, x + r, y + r];
}

export function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** How much of `boxes` a box covers, in px² (overlaps counted once per box). */
function coveredArea(box: Box, boxes: Box[]): number {
  return boxes.reduce((sum, other) => sum + overlapArea(box, other), 0);
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const height = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return width > 0 && height > 0 ? width * height : 0;
}

export function inset([left, top, right, bottom]: Box, by: number): Box {
  return [left + by, top + by, right - by, bottom - by];
}

/** To a tenth of a pixel: finer than any screen draws. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
