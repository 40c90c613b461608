import { describe, expect, it } from 'vitest';
import { latest, normalizePropertyExpression } from '@maplibre/maplibre-gl-style-spec';
import { color, sizeAt, sizeProperty, type Size } from './marks.ts';

describe('sizeAt', () => {
  const stops: Size = [
    [1, 0.5],
    [5, 1],
    [9, 1.75],
  ];
  it.each([
    { zoom: 0, expected: 0.5 },
    { zoom: 1, expected: 0.5 },
    { zoom: 3, expected: 0.75 },
    { zoom: 5, expected: 1 },
    { zoom: 7, expected: 1.375 },
    { zoom: 12, expected: 1.75 },
  ])('is $expected at zoom $zoom', ({ zoom, expected }) => {
    expect(sizeAt(stops, zoom)).toBeCloseTo(expected, 10);
  });

  it('is a constant at every zoom', () => {
    expect(sizeAt(12.5, 0)).toBe(12.5);
    expect(sizeAt(12.5, 20)).toBe(12.5);
  });

  it.each([0, 1, 2.3, 4, 6.6, 9, 14])(
    'agrees with MapLibre’s own interpolation at zoom %s',
    (zoom) => {
      const expression = normalizePropertyExpression(
        sizeProperty(stops) as never,
        'line-width',
        latest.paint_line['line-width'] as never,
      );
      expect(sizeAt(stops, zoom)).toBeCloseTo(expression.evaluate({ zoom }) as number, 10);
    },
  );
});

describe('color', () => {
  it.each([
    { ref: 'story.ring', theme: 'light', expected: '#1f5fa8' },
    { ref: 'story.ring', theme: 'dark', expected: '#8ab4f8' },
    { ref: 'basemap.boundary', theme: 'light', expected: '#a39c95' },
    { ref: 'measure.line', theme: 'dark', expected: '#f48fb1' },
  ] as const)('$ref in $theme is $expected', ({ ref, theme, expected }) => {
    expect(color(ref, theme)).toBe(expected);
  });
});
