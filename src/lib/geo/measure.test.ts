import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { booleanValid } from '@turf/boolean-valid';
import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { KM_PER_MILE } from './units.ts';
import { citiesNearEdge, measureBetween, moveLine, moveRing, nearestCity } from './measure.ts';
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

/** GeoNames 293397. */
const TEL_AVIV: LngLat = [34.78057, 32.08088];
/** The seed story's Port of Hodeidah. */
const HODEIDAH: LngLat = [42.9301, 14.8411];

/** Great circle on the IUGG mean sphere (R = 6,371.0088 km), an independent check. */
function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function ends(line: LineString | MultiLineString): [Position, Position] {
  const parts = line.type === 'LineString' ? [line.coordinates] : line.coordinates;
  const first = parts[0] as Position[];
  const last = parts[parts.length - 1] as Position[];
  return [first[0] as Position, last[last.length - 1] as Position];
}

function initialAzimuth(a: LngLat, b: LngLat): number {
  return WGS84.Inverse(a[1], a[0], b[1], b[0], Mask.AZIMUTH).azi1 ?? NaN;
}

describe('measureBetween', () => {
  it('Tel Aviv to Hodeidah: the geodesic, within 0.6 % of a haversine and 0.5 % of 2,081 km', () => {
    const { km, mi, line } = measureBetween(TEL_AVIV, HODEIDAH);
    expect(km).toBeCloseTo(geodesicDistanceKm(TEL_AVIV, HODEIDAH), 9);
    expect(Math.abs(km - haversineKm(TEL_AVIV, HODEIDAH)) / km).toBeLessThan(0.006);
    expect(Math.abs(km - 2081) / 2081).toBeLessThan(0.005);
    expect(mi).toBeCloseTo(km / KM_PER_MILE, 9);
    expect(line.type).toBe('LineString');
    expect(ends(line)).toEqual([TEL_AVIV, HODEIDAH]);
  });

  it.each([
    {
      name: 'Fiji to Samoa, across the antimeridian',
      a: [178.4, -18.1],
      b: [-171.8, -13.8],
      type: 'MultiLineString',
    },
    { name: 'over the North Pole', a: [0, 80], b: [180, 80], type: 'LineString' },
    { name: 'one point', a: [10, 10], b: [10, 10], type: 'LineString' },
  ] as { name: string; a: LngLat; b: LngLat; type: string }[])('$name', ({ a, b, type }) => {
    const { km, line } = measureBetween(a, b);
    expect(km).toBeCloseTo(geodesicDistanceKm(a, b), 9);
    expect(line.type).toBe(type);
  });
});

describe('moveLine', () => {
  const cases: { name: string; newStart: LngLat }[] = [
    { name: 'Chicago', newStart: [-87.65, 41.85] },
    { name: 'Sydney', newStart: [151.207, -33.868] },
    { name: 'near the North Pole', newStart: [30, 89.5] },
    { name: 'at the South Pole', newStart: [0, -90] },
    { name: 'just west of the antimeridian (crosses it)', newStart: [179.9, -17] },
    { name: 'Tel Aviv itself', newStart: TEL_AVIV },
  ];

  it.each(cases)('to $name keeps its length to 1 m and its bearing', ({ newStart }) => {
    const original = measureBetween(TEL_AVIV, HODEIDAH);
    const moved = moveLine([TEL_AVIV, HODEIDAH], newStart);
    expect(Math.abs(moved.km - original.km) * 1000).toBeLessThan(1);
    expect(Math.abs(geodesicDistanceKm(moved.start, moved.end) - original.km) * 1000).toBeLessThan(
      1,
    );
    expect(Math.abs(moved.end[0])).toBeLessThanOrEqual(180);
    expect(moved.azimuthDeg).toBeCloseTo(initialAzimuth(TEL_AVIV, HODEIDAH), 9);
    if (Math.abs(newStart[1]) < 90) {
      expect(initialAzimuth(moved.start, moved.end)).toBeCloseTo(moved.azimuthDeg, 6);
    }
  });

  it('from Tel Aviv ends at Hodeidah', () => {
    const { end } = moveLine([TEL_AVIV, HODEIDAH], TEL_AVIV);
    expect(end[0]).toBeCloseTo(HODEIDAH[0], 9);
    expect(end[1]).toBeCloseTo(HODEIDAH[1], 9);
  });

  it('cut at the antimeridian when the moved line crosses it', () => {
    expect(moveLine([TEL_AVIV, HODEIDAH], [179.9, -17]).line.type).toBe('MultiLineString');
  });
});

describe('moveRing', () => {
  const cases: { name: string; center: LngLat; radiusKm: number }[] = [
    { name: '1,000 mi around Chicago', center: [-87.65, 41.85], radiusKm: 1609.344 },
    { name: 'near the North Pole', center: [40, 87], radiusKm: 1609.344 },
    { name: 'near the South Pole', center: [-60, -84], radiusKm: 800 },
    { name: 'across the antimeridian (Fiji)', center: [178.4, -18.1], radiusKm: 1609.344 },
    { name: 'across the antimeridian (Bering Sea)', center: [-179.5, 62], radiusKm: 500 },
  ];

  it.each(cases)('$name is a valid polygon containing its centre', ({ center, radiusKm }) => {
    const ring = moveRing(center, radiusKm);
    expect(ring.radiusKm).toBe(radiusKm);
    expect(ring.center).toEqual(center);
    expect(booleanValid(ring.area)).toBe(true);
    expect(booleanPointInPolygon(center, ring.area)).toBe(true);
  });

  it('keeps the radius: its vertices lie on the circle', () => {
    const ring = moveRing([40, 87], 1609.344);
    const vertices = (
      ring.area.type === 'Polygon' ? ring.area.coordinates : ring.area.coordinates.flat()
    )
      .flat()
      .filter((p) => Math.abs(p[1] as number) !== 90);
    for (const p of vertices) {
      const km = geodesicDistanceKm([40, 87], [p[0] as number, p[1] as number]);
      expect(Math.abs(km - 1609.344)).toBeLessThan(0.2);
    }
  });

  it('refuses a ring holding both poles', () => {
    expect(() => moveRing([0, 0], 15_000)).toThrow(RangeError);
  });
});

describe('citiesNearEdge', () => {
  // Cities due east of [0, 0] along the equator, about 111.3 km per degree.
  const cities = [
    { name: 'Centre', lngLat: [0, 0] as LngLat },
    { name: 'Near', lngLat: [2, 0] as LngLat },
    { name: 'Edge', lngLat: [8.9, 0] as LngLat },
    { name: 'Edge twin', lngLat: [8.8, 0.1] as LngLat },
    { name: 'West', lngLat: [-8, 0] as LngLat },
    { name: 'North', lngLat: [0, 7] as LngLat },
    { name: 'Outside', lngLat: [9.1, 0] as LngLat },
  ];

  it.each([
    { count: 1, expected: ['Edge'] },
    { count: 3, expected: ['Edge', 'West', 'North'] },
    { count: 10, expected: ['Edge', 'West', 'North', 'Near'] },
  ])('names the $count nearest the edge, spread apart, not the centre', ({ count, expected }) => {
    const named = citiesNearEdge({ center: [0, 0], radiusKm: 1000, cities, count });
    expect(named.map(({ city }) => city.name)).toEqual(expected);
    for (const { km } of named) expect(km).toBeLessThanOrEqual(1000);
  });

  it('names none when the ring holds no city', () => {
    expect(citiesNearEdge({ center: [0, 0], radiusKm: 50, cities })).toEqual([]);
  });
});

describe('nearestCity', () => {
  it.each([
    { point: [8.95, 0] as LngLat, expected: 'Edge' },
    { point: [-179, 0] as LngLat, expected: 'B' },
  ])('$point is nearest $expected', ({ point, expected }) => {
    const cities = [
      { name: 'Edge', lngLat: [9, 0] as LngLat },
      { name: 'B', lngLat: [179, 0] as LngLat },
    ];
    expect(nearestCity(point, cities)?.city.name).toBe(expected);
  });

  it('is null for no cities', () => {
    expect(nearestCity([0, 0], [])).toBeNull();
  });
});
