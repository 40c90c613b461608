import { describe, expect, it } from 'vitest';
import { beside, block, labelBoard, overlaps, type Side } from './labels.ts';
import { textWidth } from './text.ts';
import type { Box } from './types.ts';

const style = { weight: 'normal', letterSpacing: 0 } as const;
const WIDTH = textWidth('Name', style, 10);

describe('block', () => {
  it.each([
    { side: 'right', anchor: 'start', left: 105, top: 94 },
    { side: 'left', anchor: 'end', left: 95 - WIDTH, top: 94 },
    { side: 'above', anchor: 'middle', left: 100 - WIDTH / 2, top: 83 },
    { side: 'below', anchor: 'middle', left: 100 - WIDTH / 2, top: 105 },
    { side: 'center', anchor: 'middle', left: 100 - WIDTH / 2, top: 94 },
  ] as { side: Side; anchor: string; left: number; top: number }[])(
    'sets a line $side of a point, 5 px off',
    ({ side, anchor, left, top }) => {
      const placed = block(['Name'], 10, style, [100, 100], side, 5);
      expect(placed.anchor).toBe(anchor);
      // The box holds the text and 2 px of halo either side.
      expect(placed.box[0]).toBeCloseTo(left - 2, 6);
      expect(placed.box[1]).toBeCloseTo(top, 6);
      expect(placed.box[2] - placed.box[0]).toBeCloseTo(WIDTH + 4, 6);
      expect(placed.box[3] - placed.box[1]).toBeCloseTo(12, 6);
    },
  );
});

describe('beside', () => {
  it.each([
    { name: 'a level line', direction: [1, 0] as [number, number] },
    { name: 'a slanting line', direction: [Math.SQRT1_2, Math.SQRT1_2] as [number, number] },
    { name: 'an upright line', direction: [0, 1] as [number, number] },
  ])('keeps both candidates off $name', ({ direction }) => {
    const candidates = beside(['Name'], 10, style, [100, 100], direction, 8);
    expect(candidates).toHaveLength(2);
    // The line through the point, sampled: no sample falls inside either candidate's box.
    for (const { box } of candidates) {
      for (let t = -60; t <= 60; t += 1) {
        const [x, y] = [100 + direction[0] * t, 100 + direction[1] * t];
        expect(x > box[0] && x < box[2] && y > box[1] && y < box[3], `${t}`).toBe(false);
      }
    }
  });
});

describe('labelBoard', () => {
  const area: Box = [0, 0, 200, 100];
  const at = (x: number, y: number) => block(['Name'], 10, style, [x, y], 'center', 0);

  it('takes the first candidate inside the area and clear of what is taken', () => {
    const board = labelBoard(area, [[90, 40, 110, 60]]);
    expect(board.place([at(-5, 50), at(100, 50), at(150, 50)])?.x).toBe(150);
  });

  it('refuses a label that overlaps one placed before it', () => {
    const board = labelBoard(area, []);
    expect(board.place([at(100, 50)])).not.toBeNull();
    expect(board.place([at(102, 52)])).toBeNull();
  });

  it('keeps off areas to avoid when it can, and uses them when nothing else is free', () => {
    const board = labelBoard(area, [], [[0, 0, 120, 100]]);
    expect(board.place([at(50, 50), at(160, 50)])?.x).toBe(160);
    expect(board.place([at(50, 20)])?.x).toBe(50);
  });

  it.each([
    { case: 'inside the area and clear', dot: [150, 50, 156, 56] as Box, placed: true },
    { case: 'cut by the frame', dot: [150, -3, 156, 3] as Box, placed: false },
    { case: 'over a label placed before', dot: [95, 45, 101, 51] as Box, placed: false },
  ])('places a name with its dot only when the dot is $case', ({ dot, placed }) => {
    const board = labelBoard(area, [[90, 40, 110, 60]]);
    expect(board.place([at(150, 80)], { alsoTake: [dot] }) !== null).toBe(placed);
  });

  it('forces a label over others, but never outside the area', () => {
    const board = labelBoard(area, [[0, 0, 200, 100]]);
    expect(board.place([at(100, 50)])).toBeNull();
    expect(board.force([at(199, 50), at(100, 50)])?.x).toBe(100);
    expect(board.force([at(250, 50)])).toBeNull();
  });
});

describe('overlaps', () => {
  it.each([
    { a: [0, 0, 10, 10], b: [5, 5, 15, 15], expected: true },
    { a: [0, 0, 10, 10], b: [10, 0, 20, 10], expected: false },
    { a: [0, 0, 10, 10], b: [2, 2, 3, 3], expected: true },
    { a: [0, 0, 10, 10], b: [0, 11, 10, 20], expected: false },
  ] as { a: Box; b: Box; expected: boolean }[])('$a and $b: $expected', ({ a, b, expected }) => {
    expect(overlaps(a, b)).toBe(expected);
    expect(overlaps(b, a)).toBe(expected);
  });
});
