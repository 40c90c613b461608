import type { LineString, MultiLineString, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { geodesicLine } from './geodesic-line.ts';
import type { LngLat } from './types.ts';

const TOKYO: LngLat = [139.6917, 35.6895];
const SAN_FRANCISCO: LngLat = [-122.4194, 37.7749];
const BEIRUT: LngLat = [35.5018, 33.8938];
const SANAA: LngLat = [44.2075, 15.3694];

function parts(line: LineString | MultiLineString): Position[][] {
  return line.type === 'LineString' ? [line.coordinates] : line.coordinates;
}

function lngLat(p: Position | undefined): LngLat {
  return [p?.[0] as number, p?.[1] as number];
}

describe('geodesicLine', () => {
  const cases = [
    { name: 'Beirut to Sanaa (no crossing)', a: BEIRUT, b: SANAA, type: 'LineString', stepKm: 50 },
    {
      name: 'Tokyo to San Francisco (eastward across 180)',
      a: TOKYO,
      b: SAN_FRANCISCO,
      type: 'MultiLineString',
      stepKm: 50,
    },
    {
      name: 'San Francisco to Tokyo (westward across 180)',
      a: SAN_FRANCISCO,
      b: TOKYO,
      type: 'MultiLineString',
      stepKm: 50,
    },
    {
      name: 'Fiji to Samoa, coarse steps',
      a: [178.44, -18.14] as LngLat,
      b: [-171.76, -13.83] as LngLat,
      type: 'MultiLineString',
      stepKm: 500,
    },
  ];

  it.each(cases)('$name is a $type', ({ a, b, type, stepKm }) => {
    expect(geodesicLine(a, b, { stepKm }).type).toBe(type);
  });

  it.each(cases)(
    '$name: every vertex lies in [-180, 180] and on the geodesic',
    ({ a, b, stepKm }) => {
      const total = geodesicDistanceKm(a, b);
      for (const part of parts(geodesicLine(a, b, { stepKm }))) {
        expect(part.length).toBeGreaterThanOrEqual(2);
        for (const position of part) {
          const p = lngLat(position);
          expect(Math.abs(p[0])).toBeLessThanOrEqual(180);
          // On the geodesic: going via p is no longer than going direct (within 1 m).
          expect(geodesicDistanceKm(a, p) + geodesicDistanceKm(p, b) - total).toBeLessThan(1e-3);
        }
      }
    },
  );

  it.each(cases)('$name: starts at a, ends at b, steps at most stepKm', ({ a, b, stepKm }) => {
    const all = parts(geodesicLine(a, b, { stepKm }));
    expect(all[0]?.[0]).toEqual(a);
    expect(all.at(-1)?.at(-1)).toEqual(b);
    let length = 0;
    for (const part of all) {
      for (let i = 1; i < part.length; i++) {
        const step = geodesicDistanceKm(lngLat(part[i - 1]), lngLat(part[i]));
        expect(step).toBeLessThanOrEqual(stepKm + 1e-6);
        length += step;
      }
    }
    expect(length).toBeCloseTo(geodesicDistanceKm(a, b), 3);
  });

  it('cuts at the antimeridian with both halves meeting at one latitude', () => {
    const line = geodesicLine(TOKYO, SAN_FRANCISCO);
    const [west, east] = parts(line);
    expect(west?.at(-1)?.[0]).toBe(180);
    expect(east?.[0]?.[0]).toBe(-180);
    expect(west?.at(-1)?.[1]).toBe(east?.[0]?.[1]);
  });

  it('places vertices evenly: ceil(length / stepKm) steps', () => {
    const line = geodesicLine(BEIRUT, SANAA, { stepKm: 100 });
    const steps = Math.ceil(geodesicDistanceKm(BEIRUT, SANAA) / 100);
    expect(parts(line)[0]).toHaveLength(steps + 1);
  });

  it('gives a two-point line between a point and itself', () => {
    expect(geodesicLine(BEIRUT, BEIRUT)).toEqual({
      type: 'LineString',
      coordinates: [BEIRUT, BEIRUT],
    });
  });
});
