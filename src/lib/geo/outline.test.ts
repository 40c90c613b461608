import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { crossingEdges, distinctCorners, outlinePolygon, squareAround } from './outline.ts';
import type { LngLat } from './types.ts';

describe('crossingEdges', () => {
  it.each<{ name: string; corners: LngLat[]; expected: [number, number] | null }>([
    {
      name: 'a triangle',
      corners: [
        [0, 0],
        [1, 0],
        [0, 1],
      ],
      expected: null,
    },
    {
      name: 'a square',
      corners: [
        [0, 0],
        [1, 0],
        [1, 1],
        [0, 1],
      ],
      expected: null,
    },
    {
      name: 'a bow tie',
      corners: [
        [0, 0],
        [1, 1],
        [1, 0],
        [0, 1],
      ],
      expected: [0, 2],
    },
    {
      name: 'an L with its notch',
      corners: [
        [0, 0],
        [2, 0],
        [2, 1],
        [1, 1],
        [1, 2],
        [0, 2],
      ],
      expected: null,
    },
    {
      name: 'a corner touching another edge',
      corners: [
        [0, 0],
        [2, 0],
        [2, 2],
        [1, 0],
        [0, 2],
      ],
      expected: [0, 2],
    },
    {
      name: 'a square across the antimeridian, written either side of it',
      corners: [
        [179, -17],
        [-179, -17],
        [-179, -15],
        [179, -15],
      ],
      expected: null,
    },
  ])('$name → $expected', ({ corners, expected }) => {
    expect(crossingEdges(corners)).toEqual(expected);
  });
});

describe('distinctCorners', () => {
  it.each<{ corners: LngLat[]; expected: number }>([
    {
      corners: [
        [0, 0],
        [1, 0],
        [0, 1],
      ],
      expected: 3,
    },
    {
      corners: [
        [0, 0],
        [0, 0],
        [1, 0],
      ],
      expected: 2,
    },
    {
      corners: [
        [0, 0],
        [1, 0],
        [0, 0],
      ],
      expected: 2,
    },
    { corners: [[0, 0]], expected: 1 },
    { corners: [], expected: 0 },
  ])('$corners → $expected', ({ corners, expected }) => {
    expect(distinctCorners(corners)).toBe(expected);
  });
});

describe('outlinePolygon', () => {
  it('closes the ring', () => {
    expect(
      outlinePolygon([
        [0, 0],
        [1, 0],
        [0, 1],
      ]).coordinates,
    ).toEqual([
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [0, 0],
      ],
    ]);
  });

  it('runs each edge the short way across the antimeridian', () => {
    const [ring] = outlinePolygon([
      [179, -17],
      [-179, -17],
      [-179, -15],
      [179, -15],
    ]).coordinates;
    const lngs = ring!.map(([lng]) => lng!);
    expect(Math.max(...lngs) - Math.min(...lngs)).toBe(2);
  });
});

describe('squareAround', () => {
  it.each([
    { centre: [35.5, 33.9] as LngLat, km: 5 },
    { centre: [-20, 64] as LngLat, km: 10 },
    { centre: [0, 0] as LngLat, km: 1 },
  ])('a square about $km km either side of $centre, enclosing it', ({ centre, km }) => {
    const corners = squareAround(centre, km);
    expect(crossingEdges(corners)).toBeNull();
    const [west, south, east, north] = [
      corners[0]![0],
      corners[0]![1],
      corners[2]![0],
      corners[2]![1],
    ];
    // Each side's middle lies about `km` from the centre on the ellipsoid (within 1 %).
    for (const middle of [
      [west, centre[1]],
      [east, centre[1]],
      [centre[0], south],
      [centre[0], north],
    ]) {
      expect(geodesicDistanceKm(centre, middle as LngLat) / km).toBeCloseTo(1, 1);
    }
  });
});
