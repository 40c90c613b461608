import { describe, expect, it } from 'vitest';
import { boundsIntersect, boundsOf, inBounds, normalizeBounds, padBounds } from './bounds.ts';
import type { Bounds, LngLat } from './types.ts';

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

describe('inBounds', () => {
  const levant: Bounds = [34, 29, 37, 34];
  const fiji: Bounds = [175, -20, 182, -15];
  it.each([
    { point: [35.5, 33.9], bounds: levant, expected: true },
    { point: [34, 29], bounds: levant, expected: true },
    { point: [44.2, 15.4], bounds: levant, expected: false },
    { point: [178.4, -18.1], bounds: fiji, expected: true },
    { point: [-179, -17], bounds: fiji, expected: true },
    { point: [0, -17], bounds: fiji, expected: false },
  ])('$point in $bounds is $expected', ({ point, bounds, expected }) => {
    expect(inBounds(point, bounds)).toBe(expected);
  });
});

describe('padBounds', () => {
  it.each([
    { bounds: [34, 29, 37, 34] as Bounds, degrees: 5, expected: [29, 24, 42, 39] },
    { bounds: [170, -20, 178, -10] as Bounds, degrees: 5, expected: [165, -25, 183, -5] },
    { bounds: [178, -20, 190, -10] as Bounds, degrees: 5, expected: [173, -25, 195, -5] },
    { bounds: [-178, -20, -170, -10] as Bounds, degrees: 5, expected: [177, -25, 195, -5] },
    { bounds: [-10, 80, 10, 88] as Bounds, degrees: 5, expected: [-15, 75, 15, 90] },
    { bounds: [-170, 0, 170, 10] as Bounds, degrees: 20, expected: [-180, -20, 180, 30] },
  ])('$bounds padded by $degrees', ({ bounds, degrees, expected }) => {
    expect(padBounds(bounds, degrees)).toEqual(expected);
  });
});

describe('boundsIntersect', () => {
  it.each([
    { a: [0, 0, 10, 10] as Bounds, b: [5, 5, 15, 15] as Bounds, expected: true },
    { a: [0, 0, 10, 10] as Bounds, b: [11, 0, 15, 10] as Bounds, expected: false },
    { a: [170, -20, 190, 0] as Bounds, b: [-175, -10, -172, -5] as Bounds, expected: true },
    { a: [170, -20, 190, 0] as Bounds, b: [0, -10, 10, -5] as Bounds, expected: false },
    { a: [5, 0, 15, 10] as Bounds, b: [0, 0, 10, 10] as Bounds, expected: true },
    { a: [-180, 0, 180, 10] as Bounds, b: [100, 0, 200, 10] as Bounds, expected: true },
  ])('$a and $b: $expected', ({ a, b, expected }) => {
    expect(boundsIntersect(a, b)).toBe(expected);
  });
});

describe('normalizeBounds', () => {
  it.each([
    { bounds: [34, 29, 37, 34], expected: [34, 29, 37, 34] },
    { name: 'RFC 7946 across 180', bounds: [175, -20, -178, -15], expected: [175, -20, 182, -15] },
    { bounds: [175, -20, 182, -15], expected: [175, -20, 182, -15] },
    { bounds: [185, -20, 190, -15], expected: [-175, -20, -170, -15] },
    { bounds: [-200, 0, 100, 10], expected: [160, 0, 460, 10] },
    { bounds: [-180, -90, 180, 90], expected: [-180, -90, 180, 90] },
    { bounds: [-170, 0, 200, 10], expected: [-180, 0, 180, 10] },
  ])('$bounds becomes $expected', ({ bounds, expected }) => {
    expect(normalizeBounds(bounds)).toEqual(expected);
  });

  it.each([
    { bounds: [0, 10, 5, 0], why: 'south above north' },
    { bounds: [0, -91, 5, 0], why: 'latitude past the pole' },
    { bounds: [0, 0, 5], why: 'three numbers' },
    { bounds: [0, 0, Number.NaN, 5], why: 'not a number' },
    { bounds: [800, 0, 810, 5], why: 'longitude past two turns' },
  ])('refuses $bounds ($why)', ({ bounds }) => {
    expect(() => normalizeBounds(bounds)).toThrow(RangeError);
  });
});
