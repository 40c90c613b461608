import { describe, expect, it } from 'vitest';
import { douglasPeucker } from './simplify.ts';

describe('douglasPeucker', () => {
  it.each([
    {
      name: 'drops a point closer to the line than the tolerance',
      points: [
        [0, 0],
        [5, 0.5],
        [10, 0],
      ],
      tolerance: 0.8,
      expected: [
        [0, 0],
        [10, 0],
      ],
    },
    {
      name: 'keeps a point further off',
      points: [
        [0, 0],
        [5, 2],
        [10, 0],
      ],
      tolerance: 0.8,
      expected: [
        [0, 0],
        [5, 2],
        [10, 0],
      ],
    },
    {
      name: 'keeps both ends of a closed ring',
      points: [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
      tolerance: 0.8,
      expected: [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
    },
  ] as { name: string; points: [number, number][]; tolerance: number; expected: number[][] }[])(
    '$name',
    ({ points, tolerance, expected }) => {
      expect(douglasPeucker(points, tolerance)).toEqual(expected);
    },
  );

  it('simplifies a ring of 100,000 points without overflowing the stack', () => {
    const points = Array.from({ length: 100_000 }, (_, i): [number, number] => {
      const angle = (2 * Math.PI * i) / 99_999;
      return [1000 * Math.cos(angle), 1000 * Math.sin(angle)];
    });
    const simple = douglasPeucker(points, 0.8);
    expect(simple.length).toBeGreaterThan(50);
    expect(simple.length).toBeLessThan(200);
  });
});
