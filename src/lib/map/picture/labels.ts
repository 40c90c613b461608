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

export interface LabelBoard {
  /**
   * The first candidate wholly inside the area and clear of every label placed, or null;
   * one that also keeps off the board's `avoid` areas first, unless `shy` is false. The
   * boxes `alsoTake` (a city's dot) are taken with it.
   */
  place(candidates: Candidate[], options?: { alsoTake?: Box[]; shy?: boolean }): Candidate | null;
  /** The first candidate inside the area, whatever it overlaps; null if none is inside. */
  force(candidates: Candidate[]): Candidate | null;
}

/**
 * Where labels are: each new one goes only inside `area`, where it overlaps none of `taken`
 * (dots, a credit band, the labels placed so far) and, when it can, none of `avoid` (where
 * the basemap would name a sea, or a distance line runs).
 */
export function labelBoard(area: Box, taken: Box[], avoid: Box[] = []): LabelBoard {
  const inside = (box: Box) =>
    box[0] >= area[0] && box[1] >= area[1] && box[2] <= area[2] && box[3] <= area[3];
  const take = (candidate: Candidate) => {
    taken.push(candidate.box);
    return candidate;
  };
  return {
    place(candidates, { alsoTake = [], shy = true } = {}) {
      const free = candidates.filter(
        ({ box }) => inside(box) && !taken.some((other) => overlaps(box, other)),
      );
      const found =
        (shy && free.find(({ box }) => !avoid.some((other) => overlaps(box, other)))) || free[0];
      if (!found) return null;
      taken.push(...alsoTake);
      return take(found);
    },
    force(candidates) {
      const found = candidates.find(({ box }) => inside(box));
      return found ? take(found) : null;
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

export function inset([left, top, right, bottom]: Box, by: number): Box {
  return [left + by, top + by, right - by, bottom - by];
}

/** To a tenth of a pixel: finer than any screen draws. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
