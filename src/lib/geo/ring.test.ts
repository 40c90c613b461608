import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import type { LineString, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { areaContains } from './antimeridian.ts';
import { nearestPointOnShape } from './nearest.ts';
import { geodesicDistanceKm } from './distance.ts';
import { ringAroundShape } from './ring.ts';
import type { LngLat } from './types.ts';
import { square, toward } from '../../testing/geometry.ts';

function vertexCount(shape: Polygon | MultiPolygon): number {
  return (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).flat(2).length;
}

/** Points along every edge of `shape`, at most `km` apart, as the map draws the edges. */
function edgeSamples(shape: Polygon | MultiPolygon, km: number): LngLat[] {
  const rings = shape.type === 'Polygon' ? shape.coordinates : shape.coordinates.flat();
  const samples: LngLat[] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [a, b] = [ring[i] as LngLat, ring[i + 1] as LngLat];
      const pieces = Math.ceil(geodesicDistanceKm(a, b) / km);
      for (let j = 0; j < pieces; j++) {
        samples.push([a[0] + ((b[0] - a[0]) * j) / pieces, a[1] + ((b[1] - a[1]) * j) / pieces]);
      }
    }
  }
  return samples;
}

const BORDER: LineString = {
  type: 'LineString',
  coordinates: [
    [35.1, 33.09],
    [35.6, 33.27],
    [35.82, 33.3],
  ],
};

// A 0.2° square in Lebanon (about 18 × 22 km) and one astride the antimeridian's edge.
const LEBANON_SQUARE = square(35.4, 33.8, 0.2);
const FIJI_SQUARE = square(179.7, -17.1, 0.2);

/** From each corner (diagonally out) and each edge's midpoint (straight out). */
function probes(west: number, south: number, size: number): { from: LngLat; azimuth: number }[] {
  const [e, n, mx, my] = [west + size, south + size, west + size / 2, south + size / 2];
  return [
    { from: [mx, n], azimuth: 0 },
    { from: [e, my], azimuth: 90 },
    { from: [mx, south], azimuth: 180 },
    { from: [west, my], azimuth: 270 },
    { from: [e, n], azimuth: 45 },
    { from: [e, south], azimuth: 135 },
    { from: [west, south], azimuth: 225 },
    { from: [west, n], azimuth: 315 },
  ];
}

describe('ringAroundShape', () => {
  const cases = [
    {
      name: 'a small square in Lebanon, 50 km',
      shape: LEBANON_SQUARE,
      at: [35.4, 33.8, 0.2],
      radiusKm: 50,
    },
    {
      name: 'a small square in Lebanon, 300 km',
      shape: LEBANON_SQUARE,
      at: [35.4, 33.8, 0.2],
      radiusKm: 300,
    },
    {
      name: 'a small square by the antimeridian, 100 km',
      shape: FIJI_SQUARE,
      at: [179.7, -17.1, 0.2],
      radiusKm: 100,
    },
  ] as const;

  // 1 % is 0.5 to 3 km here, well inside the probes' 1 km margin; 0.1 % is tested below.
  const tolerance = 0.01;

  it.each(cases)('$name: valid, and at most 1,000 vertices', ({ shape, radiusKm }) => {
    const ring = ringAroundShape(shape, radiusKm, { tolerance });
    expect(booleanValid(ring)).toBe(true);
    expect(vertexCount(ring)).toBeLessThanOrEqual(1000);
  });

  it.each(cases)(
    '$name: holds points 1 km inside the radius, not 1 km beyond',
    ({ shape, at, radiusKm }) => {
      const ring = ringAroundShape(shape, radiusKm, { tolerance });
      expect(areaContains(ring, [at[0] + at[2] / 2, at[1] + at[2] / 2])).toBe(true);
      for (const { from, azimuth } of probes(at[0], at[1], at[2])) {
        const inside = toward(from, azimuth, radiusKm - 1);
        const outside = toward(from, azimuth, radiusKm + 1);
        expect(areaContains(ring, inside), `${inside} should be inside`).toBe(true);
        expect(areaContains(ring, outside), `${outside} should be outside`).toBe(false);
      }
    },
  );

  it('crosses the antimeridian in one piece, past 180°', () => {
    const ring = ringAroundShape(FIJI_SQUARE, 100, { tolerance });
    expect(ring.type).toBe('Polygon');
    const lngs = (ring as Polygon).coordinates.flat().map((p) => p[0] as number);
    expect(Math.max(...lngs)).toBeGreaterThan(180);
    expect(Math.max(...lngs) - Math.min(...lngs)).toBeLessThan(5);
  });

  it('joins a shape cut at 180° (as Natural Earth cuts Fiji) into one ring', () => {
    const cut: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [square(179.8, -17.1, 0.2).coordinates, square(-180, -17.1, 0.2).coordinates],
    };
    const ring = ringAroundShape(cut, 50, { tolerance });
    expect(ring.type).toBe('Polygon');
    expect(areaContains(ring, [180, -17])).toBe(true);
    expect(areaContains(ring, [-179.5, -17])).toBe(true);
    expect(areaContains(ring, [179.5, -17])).toBe(true);
  });

  it('keeps an L-shaped notch filled when the radius is wider than it', () => {
    // An L: the notch's inner corner [35.5, 33.9] is within 20 km of the shape.
    const ell: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [35.4, 33.8],
          [35.6, 33.8],
          [35.6, 33.9],
          [35.5, 33.9],
          [35.5, 34.0],
          [35.4, 34.0],
          [35.4, 33.8],
        ],
      ],
    };
    const ring = ringAroundShape(ell, 20, { tolerance });
    expect(booleanPointInPolygon([35.55, 33.95], ring)).toBe(true);
    expect(geodesicDistanceKm([35.55, 33.95], [35.5, 33.95])).toBeLessThan(20);
  });

  it('buffers a line (a border) on both sides and round its ends', () => {
    const border: LineString = {
      type: 'LineString',
      coordinates: [
        [35.1, 33.09],
        [35.6, 33.27],
        [35.82, 33.3],
      ],
    };
    const band = ringAroundShape(border, 10, { tolerance });
    expect(booleanValid(band)).toBe(true);
    for (const { from, azimuth } of [
      { from: [35.35, 33.18] as LngLat, azimuth: 340 },
      { from: [35.35, 33.18] as LngLat, azimuth: 160 },
      { from: [35.1, 33.09] as LngLat, azimuth: 250 },
      { from: [35.82, 33.3] as LngLat, azimuth: 90 },
    ]) {
      expect(booleanPointInPolygon(toward(from, azimuth, 9), band)).toBe(true);
      expect(booleanPointInPolygon(toward(from, azimuth, 11), band)).toBe(false);
    }
  });

  it.each([
    {
      name: 'a square in Lebanon, 300 km',
      shape: LEBANON_SQUARE as Polygon | LineString,
      radiusKm: 300,
    },
    { name: 'a border line, 100 km', shape: BORDER, radiusKm: 100 },
  ])(
    '$name: the drawn edge is within 0.1 % of the radius everywhere',
    ({ shape, radiusKm }) => {
      const ring = ringAroundShape(shape, radiusKm);
      const errors = edgeSamples(ring, radiusKm / 200).map(
        (p) => nearestPointOnShape(shape, p).km / radiusKm - 1,
      );
      expect(Math.min(...errors)).toBeGreaterThan(-0.001);
      expect(Math.max(...errors)).toBeLessThan(0.001);
    },
    30_000,
  );

  it('refuses a radius that is not positive', () => {
    expect(() => ringAroundShape(LEBANON_SQUARE, 0)).toThrow(RangeError);
  });
});
