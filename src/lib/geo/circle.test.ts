import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicCircle } from './circle.ts';
import { geodesicDistanceKm } from './distance.ts';
import type { LngLat } from './types.ts';

function positions(shape: Polygon | MultiPolygon): Position[] {
  return shape.type === 'Polygon' ? shape.coordinates.flat() : shape.coordinates.flat(2);
}

describe('geodesicCircle', () => {
  const cases: { name: string; center: LngLat; radiusKm: number; type: string }[] = [
    { name: 'Beirut, 100 km', center: [35.5018, 33.8938], radiusKm: 100, type: 'Polygon' },
    { name: 'Sanaa, 2,000 km', center: [44.2075, 15.3694], radiusKm: 2000, type: 'Polygon' },
    { name: 'Fiji, across the antimeridian', center: [179.5, -17], radiusKm: 300, type: 'Polygon' },
    {
      name: 'Bering Sea, across the antimeridian',
      center: [-179.5, 60],
      radiusKm: 500,
      type: 'Polygon',
    },
    { name: 'centred on the antimeridian', center: [180, 0], radiusKm: 100, type: 'Polygon' },
    { name: 'round the North Pole', center: [0, 85], radiusKm: 1000, type: 'Polygon' },
    { name: 'round the South Pole', center: [0, -80], radiusKm: 2000, type: 'Polygon' },
    {
      name: 'Pyongyang, 12,000 km (contains the North Pole)',
      center: [125.75, 39.03],
      radiusKm: 12000,
      type: 'Polygon',
    },
  ];

  it.each(cases)('$name is a valid $type', ({ center, radiusKm, type }) => {
    const circle = geodesicCircle(center, radiusKm);
    expect(circle.type).toBe(type);
    expect(booleanValid(circle)).toBe(true);
    expect(booleanPointInPolygon(center, circle)).toBe(true);
  });

  it.each(cases)(
    '$name: every vertex on the circle is within 0.01 % of the radius',
    ({ center, radiusKm }) => {
      const all = positions(geodesicCircle(center, radiusKm));
      // The corners at ±90° that close a polar cap are not on the circle.
      const onCircle = all.filter((p) => Math.abs(p[1] as number) !== 90);
      const polarCap = onCircle.length < all.length;
      expect(onCircle.length).toBeGreaterThan(128);
      for (const p of onCircle) {
        const km = geodesicDistanceKm(center, [p[0] as number, p[1] as number]);
        expect(Math.abs(km - radiusKm) / radiusKm).toBeLessThan(1e-4);
        // A polar cap is cut at ±180; any other circle is continuous, within half a turn of
        // its centre.
        if (polarCap) expect(Math.abs(p[0] as number)).toBeLessThanOrEqual(180);
        else expect(Math.abs((p[0] as number) - center[0])).toBeLessThanOrEqual(180);
      }
    },
  );

  it.each([
    { center: [179.5, -17] as LngLat, radiusKm: 300 },
    { center: [-179.5, 60] as LngLat, radiusKm: 500 },
  ])(
    'round $center it is one ring across the antimeridian, no seam at 180°',
    ({ center, radiusKm }) => {
      const circle = geodesicCircle(center, radiusKm) as Polygon;
      expect(circle.coordinates).toHaveLength(1);
      const lngs = (circle.coordinates[0] as Position[]).map((p) => p[0] as number);
      // The circle's own width in longitude, with no jump of a whole turn between neighbours.
      expect(Math.max(...lngs) - Math.min(...lngs)).toBeLessThan(30);
      expect(lngs.some((lng) => Math.abs(lng) > 180)).toBe(true);
    },
  );

  it('has steps + 1 positions when it crosses nothing (the ring is closed)', () => {
    const circle = geodesicCircle([35.5, 33.9], 100, { steps: 32 });
    expect(circle.type === 'Polygon' && circle.coordinates[0]).toHaveLength(33);
  });

  it('winds its exterior counter-clockwise (RFC 7946)', () => {
    const circle = geodesicCircle([35.5, 33.9], 100);
    const ring = (circle as Polygon).coordinates[0] as Position[];
    let twiceArea = 0;
    for (let i = 1; i < ring.length; i++) {
      const [x0, y0] = ring[i - 1] as [number, number];
      const [x1, y1] = ring[i] as [number, number];
      twiceArea += x0 * y1 - x1 * y0;
    }
    expect(twiceArea).toBeGreaterThan(0);
  });

  // [0, 85] with 1,000 km: the pole is 557 km away; [180, 87] is 893 km away over the
  // pole, [180, 85] 1,116 km and [0, 70] 1,670 km.
  it.each([
    { point: [0, 89.99] as LngLat, inside: true },
    { point: [120, 89] as LngLat, inside: true },
    { point: [180, 87] as LngLat, inside: true },
    { point: [-180, 87] as LngLat, inside: true },
    { point: [180, 85] as LngLat, inside: false },
    { point: [0, 70] as LngLat, inside: false },
  ])('a circle of 1,000 km round [0, 85] contains $point: $inside', ({ point, inside }) => {
    expect(booleanPointInPolygon(point, geodesicCircle([0, 85], 1000))).toBe(inside);
  });

  it.each([
    { name: 'zero radius', center: [0, 0] as LngLat, radiusKm: 0 },
    { name: 'negative radius', center: [0, 0] as LngLat, radiusKm: -5 },
    { name: 'both poles inside', center: [0, 0] as LngLat, radiusKm: 15000 },
  ])('refuses $name', ({ center, radiusKm }) => {
    expect(() => geodesicCircle(center, radiusKm)).toThrow(RangeError);
  });
});
