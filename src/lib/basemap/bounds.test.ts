import { describe, expect, it } from 'vitest';
import type { Bounds } from '../story/types.ts';
import { boundsIntersect, inBounds, padBounds } from './bounds.ts';

describe('inBounds', () => {
  const levant: Bounds = [34, 29, 37, 34];
  const fiji: Bounds = [175, -20, -178, -15];
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
    { bounds: [170, -20, 178, -10] as Bounds, degrees: 5, expected: [165, -25, -177, -5] },
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
    { a: [170, -20, -170, 0] as Bounds, b: [-175, -10, -172, -5] as Bounds, expected: true },
    { a: [170, -20, -170, 0] as Bounds, b: [0, -10, 10, -5] as Bounds, expected: false },
  ])('$a and $b: $expected', ({ a, b, expected }) => {
    expect(boundsIntersect(a, b)).toBe(expected);
  });
});
