import { describe, expect, it } from 'vitest';
import { squareAround } from '../geo/outline.ts';
import type { LngLat } from '../geo/types.ts';
import { NEW_AREA_HALF_SIDE_KM, newShape, shapeKindOf } from './new-shape.ts';

const BEIRUT: LngLat = [35.5, 33.89];

describe('newShape', () => {
  it.each([
    { kind: null, country: 'LB', expected: undefined },
    { kind: 'country', country: 'LB', expected: { from: 'country', country: 'LB' } },
    { kind: 'country', country: undefined, expected: { from: 'country', country: 'XX' } },
    { kind: 'border', country: 'LB', expected: { from: 'border', countries: ['LB', 'XX'] } },
    {
      kind: 'border-band',
      country: 'LB',
      expected: { from: 'border-band', countries: ['LB', 'XX'], side: 'LB', widthKm: 10 },
    },
    {
      kind: 'drawn',
      country: 'LB',
      expected: { from: 'drawn', corners: squareAround(BEIRUT, NEW_AREA_HALF_SIDE_KM) },
    },
  ] as const)('$kind in $country → $expected', ({ kind, country, expected }) => {
    expect(newShape(kind, { country, point: BEIRUT })).toEqual(expected);
  });
});

describe('shapeKindOf', () => {
  it.each([
    { value: 'drawn', expected: 'drawn' },
    { value: 'border-band', expected: 'border-band' },
    { value: '', expected: null },
    { value: 'circle', expected: null },
  ])('"$value" → $expected', ({ value, expected }) => {
    expect(shapeKindOf(value)).toBe(expected);
  });
});
