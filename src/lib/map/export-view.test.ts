import { describe, expect, it } from 'vitest';
import { composedSize } from './export-view.ts';

describe('composedSize', () => {
  it.each([
    {
      name: 'a 2x frame gets a 56 px band',
      frame: { width: 1600, height: 1000 },
      options: {},
      expected: { width: 1600, height: 1056, bandTop: 1000, bandHeight: 56 },
    },
    {
      name: 'at 1x the band is 28 px',
      frame: { width: 800, height: 500 },
      options: { scale: 1 },
      expected: { width: 800, height: 528, bandTop: 500, bandHeight: 28 },
    },
    {
      name: 'fractional scales round the band to whole pixels',
      frame: { width: 300, height: 200 },
      options: { scale: 1.5 },
      expected: { width: 300, height: 242, bandTop: 200, bandHeight: 42 },
    },
  ])('$name', ({ frame, options, expected }) => {
    expect(composedSize(frame, options)).toEqual(expected);
  });
});
