import type { LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { reachOf, standingOf, type ReachGeometry, type Standing } from './reach.ts';
import type { LngLat } from './types.ts';
import { square, toward } from '../../testing/geometry.ts';

const BEIRUT: LngLat = [35.5018, 33.8938];
const RADIUS_KM = 100;
const TOLERANCE_KM = 0.1;
const east = (km: number): LngLat => toward(BEIRUT, 90, km);

describe('standingOf', () => {
  const cases: { nearest: number; farthest: number; expected: Standing; why: string }[] = [
    { nearest: 10, farthest: 50, expected: 'within', why: 'all of it well inside' },
    { nearest: 10, farthest: 99.95, expected: 'partly', why: 'its far side on the edge' },
    { nearest: 10, farthest: 300, expected: 'partly', why: 'straddles the radius' },
    { nearest: 99.95, farthest: 99.95, expected: 'edge', why: 'a point just inside' },
    { nearest: 100.05, farthest: 100.05, expected: 'edge', why: 'a point just beyond' },
    { nearest: 100.2, farthest: 400, expected: 'beyond', why: 'all of it beyond' },
  ];
  it.each(cases)('$expected: $why', ({ nearest, farthest, expected }) => {
    expect(standingOf(nearest, farthest, RADIUS_KM, TOLERANCE_KM)).toBe(expected);
  });

  it('puts a label point 1.35 km inside 1,000 miles on the edge of a ring drawn to 0.1 %', () => {
    // The seed story's old Iran label point, 1,607.99 km from Israel's nearest territory.
    expect(standingOf(1607.99, 1607.99, 1609.344, 1.609344)).toBe('edge');
  });
});

describe('reachOf', () => {
  const around: ReachGeometry = { point: BEIRUT };
  const cases: { name: string; place: ReachGeometry; expected: Standing }[] = [
    { name: 'a point 50 km off', place: { point: east(50) }, expected: 'within' },
    { name: 'a point 99.95 km off', place: { point: east(99.95) }, expected: 'edge' },
    { name: 'a point 100.05 km off', place: { point: east(100.05) }, expected: 'edge' },
    { name: 'a point 101 km off', place: { point: east(101) }, expected: 'beyond' },
    {
      name: 'a small square round the centre',
      place: { shape: square(35.4, 33.8, 0.2) },
      expected: 'within',
    },
    {
      name: 'a square across the radius',
      place: { shape: square(36.4, 33.8, 0.4) },
      expected: 'partly',
    },
    {
      name: 'a square wholly beyond',
      place: { shape: square(37.0, 33.8, 0.2) },
      expected: 'beyond',
    },
  ];
  it.each(cases)('$name: $expected', ({ place, expected }) => {
    expect(
      reachOf({ center: around, place, radiusKm: RADIUS_KM, toleranceKm: TOLERANCE_KM }).standing,
    ).toBe(expected);
  });

  it('measures a point exactly, and a shape to its nearest and farthest parts', () => {
    const point = reachOf({
      center: around,
      place: { point: east(42) },
      radiusKm: 100,
      toleranceKm: 0.1,
    });
    expect(point.nearestKm).toBeCloseTo(42, 6);
    expect(point.farthestKm).toBe(point.nearestKm);
    // A square 36.4–36.8° E: its nearest point is on its west edge, its farthest a far corner.
    const shape = square(36.4, 33.8, 0.4);
    const reach = reachOf({ center: around, place: { shape }, radiusKm: 100, toleranceKm: 0.1 });
    const westEdge = geodesicDistanceKm(BEIRUT, [36.4, BEIRUT[1]]);
    expect(reach.nearestKm).toBeCloseTo(westEdge, 1);
    const corners: LngLat[] = [
      [36.8, 33.8],
      [36.8, 34.2],
    ];
    expect(reach.farthestKm).toBeCloseTo(
      Math.max(...corners.map((c) => geodesicDistanceKm(BEIRUT, c))),
      6,
    );
  });

  it('measures from the nearest edge of a centre shape, and 0 where the shapes meet', () => {
    const center: ReachGeometry = { shape: square(35.0, 33.0, 1) };
    const neighbour = reachOf({
      center,
      place: { shape: square(36.0, 33.0, 1) },
      radiusKm: 50,
      toleranceKm: 0.05,
    });
    expect(neighbour.nearestKm).toBe(0);
    expect(neighbour.standing).toBe('partly');
    const border: LineString = {
      type: 'LineString',
      coordinates: [
        [35.5, 33.0],
        [35.5, 34.0],
      ],
    };
    expect(
      reachOf({ center, place: { shape: border }, radiusKm: 50, toleranceKm: 0.05 }).standing,
    ).toBe('within');
    const offshore = reachOf({
      center,
      place: { point: [34.9, 33.5] },
      radiusKm: 50,
      toleranceKm: 0.05,
    });
    expect(offshore.nearestKm).toBeCloseTo(geodesicDistanceKm([34.9, 33.5], [35.0, 33.5]), 3);
  });
});
