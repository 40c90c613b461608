import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { nearestPointOnShape } from './nearest.ts';
import type { LngLat } from './types.ts';

const SQUARE: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35, 33],
      [36, 33],
      [36, 34],
      [35, 34],
      [35, 33],
    ],
  ],
};
const TWO_SQUARES: MultiPolygon = {
  type: 'MultiPolygon',
  coordinates: [
    SQUARE.coordinates,
    [
      [
        [40, 10],
        [41, 10],
        [41, 11],
        [40, 11],
        [40, 10],
      ],
    ],
  ],
};
const EQUATOR: LineString = {
  type: 'LineString',
  coordinates: [
    [-10, 0],
    [10, 0],
  ],
};
const ZIGZAG: MultiLineString = {
  type: 'MultiLineString',
  coordinates: [
    [
      [30, 30],
      [31, 31.5],
      [32, 30.2],
    ],
    [
      [33, 29],
      [34.5, 29.5],
    ],
  ],
};

/** The answer by brute force: every edge sampled every ~10 m. */
function bruteForceKm(
  shape: Polygon | MultiPolygon | LineString | MultiLineString,
  target: LngLat,
): number {
  const lines: Position[][] =
    shape.type === 'LineString'
      ? [shape.coordinates]
      : shape.type === 'MultiPolygon'
        ? shape.coordinates.flat()
        : shape.coordinates;
  let best = Infinity;
  for (const line of lines) {
    for (let i = 0; i + 1 < line.length; i++) {
      const [x0, y0] = line[i] as [number, number];
      const [x1, y1] = line[i + 1] as [number, number];
      const n = Math.ceil(geodesicDistanceKm([x0, y0], [x1, y1]) / 0.01);
      for (let j = 0; j <= n; j++) {
        const t = j / n;
        best = Math.min(best, geodesicDistanceKm([x0 + (x1 - x0) * t, y0 + (y1 - y0) * t], target));
      }
    }
  }
  return best;
}

describe('nearestPointOnShape', () => {
  it.each([
    { name: 'inside a polygon', shape: SQUARE, target: [35.5, 33.5] as LngLat },
    {
      name: 'inside the second part of a MultiPolygon',
      shape: TWO_SQUARES,
      target: [40.5, 10.5] as LngLat,
    },
  ])('is 0 km, at the target itself, $name', ({ shape, target }) => {
    expect(nearestPointOnShape(shape, target)).toEqual({ point: target, km: 0 });
  });

  it('is 0 km on a vertex of a line', () => {
    expect(nearestPointOnShape(ZIGZAG, [31, 31.5]).km).toBeLessThan(1e-6);
  });

  // One degree of latitude at the equator on WGS84 is 110.574 km (the meridian arc from
  // 0° to 1°: 110,574.4 m), and the nearest point of the equator is straight south.
  it('from 1° north to the equator is the meridian degree, 110.574 km', () => {
    const nearest = nearestPointOnShape(EQUATOR, [0, 1]);
    expect(nearest.km).toBeCloseTo(110.574, 2);
    expect(nearest.point[0]).toBeCloseTo(0, 4);
    expect(nearest.point[1]).toBe(0);
  });

  it.each([
    { name: 'east of a square', shape: SQUARE, target: [37, 33.5] as LngLat },
    { name: 'off a corner of a square', shape: SQUARE, target: [37, 35.2] as LngLat },
    {
      name: 'nearer the second part of a MultiPolygon',
      shape: TWO_SQUARES,
      target: [42, 12] as LngLat,
    },
    { name: 'near a zigzag MultiLineString', shape: ZIGZAG, target: [31.2, 30.4] as LngLat },
    { name: 'far from a zigzag MultiLineString', shape: ZIGZAG, target: [10, 50] as LngLat },
  ])('agrees with brute force within 0.1 km $name', ({ shape, target }) => {
    const nearest = nearestPointOnShape(shape, target);
    expect(Math.abs(nearest.km - bruteForceKm(shape, target))).toBeLessThan(0.1);
    expect(geodesicDistanceKm(nearest.point, target)).toBeCloseTo(nearest.km, 9);
  });
});
