import { describe, expect, it } from 'vitest';
import { scaleTextSize } from './label-scale.ts';

describe('scaleTextSize', () => {
  it.each([
    { name: 'a number', size: 12, expected: 18 },
    { name: 'MapLibre’s default', size: undefined, expected: 24 },
    {
      name: 'a zoom curve: its outputs, the curve outermost',
      size: ['interpolate', ['linear'], ['zoom'], 4, 10, 8, ['get', 'size']],
      expected: ['interpolate', ['linear'], ['zoom'], 4, 15, 8, ['*', 1.5, ['get', 'size']]],
    },
    {
      name: 'a zoom step',
      size: ['step', ['zoom'], 10, 6, 14],
      expected: ['step', ['zoom'], 15, 6, 21],
    },
    {
      name: 'a data expression',
      size: ['match', ['get', 'rank'], 1, 14, 11],
      expected: ['*', 1.5, ['match', ['get', 'rank'], 1, 14, 11]],
    },
  ])('scales $name', ({ size, expected }) => {
    expect(scaleTextSize(size as never, 1.5)).toEqual(expected);
  });
});
