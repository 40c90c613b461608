import { describe, expect, it } from 'vitest';
import { boundsOf } from './bounds.ts';
import type { LngLat } from './types.ts';

describe('boundsOf', () => {
  const cases: { name: string; positions: LngLat[]; padding?: number; expected: number[] }[] = [
    { name: 'one position', positions: [[35.5, 33.9]], expected: [35.5, 33.9, 35.5, 33.9] },
    {
      name: 'Lebanon and Israel',
      positions: [
        [35.5, 33.9],
        [35.2, 31.8],
        [34.8, 32.1],
      ],
      expected: [34.8, 31.8, 35.5, 33.9],
    },
    {
      name: 'with 1° padding',
      positions: [
        [30, 10],
        [40, 20],
      ],
      padding: 1,
      expected: [29, 9, 41, 21],
    },
    {
      name: 'one position with padding',
      positions: [[35.5, 33.9]],
      padding: 0.5,
      expected: [35, 33.4, 36, 34.4],
    },
    {
      name: 'across the antimeridian (Fiji to Samoa)',
      positions: [
        [178.4, -18.1],
        [-171.8, -13.8],
      ],
      expected: [178.4, -18.1, 188.2, -13.8],
    },
    {
      name: 'across the antimeridian, three places',
      positions: [
        [170, 0],
        [-170, 5],
        [179, -5],
      ],
      expected: [170, -5, 190, 5],
    },
    {
      name: 'not across it when Greenwich is shorter',
      positions: [
        [-100, 0],
        [100, 0],
        [0, 0],
      ],
      expected: [-100, 0, 100, 0],
    },
    {
      name: 'a position on 180 taken as -180',
      positions: [
        [180, 0],
        [170, 0],
      ],
      expected: [170, 0, 180, 0],
    },
    {
      name: 'padding clamped at the pole',
      positions: [
        [0, 80],
        [10, 90],
      ],
      padding: 5,
      expected: [-5, 75, 15, 90],
    },
  ];

  it.each(cases)('$name', ({ positions, padding, expected }) => {
    const bounds = boundsOf(positions, { padding });
    expected.forEach((value, i) => expect(bounds[i]).toBeCloseTo(value, 9));
  });

  it('refuses no positions', () => {
    expect(() => boundsOf([])).toThrow(RangeError);
  });
});
