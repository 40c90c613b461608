import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import {
  alongLine,
  edgeDistance,
  lengthOf,
  longestRunInside,
  ringOutline,
  sampled,
} from './polylines.ts';
import type { Box, Pixel } from './types.ts';

const identity = (position: Position): Pixel => [position[0]!, position[1]!];

describe('longestRunInside', () => {
  const area: Box = [0, 0, 100, 100];
  it.each([
    {
      name: 'a line wholly inside',
      coordinates: [
        [10, 10],
        [90, 90],
      ],
      expected: [
        [10, 10],
        [90, 90],
      ],
    },
    {
      name: 'a line that leaves and comes back: the longer stretch',
      coordinates: [
        [10, 50],
        [20, 50],
        [150, 50],
        [90, 50],
        [30, 50],
      ],
      expected: [
        [90, 50],
        [30, 50],
      ],
    },
    {
      name: 'a line wholly outside',
      coordinates: [
        [-10, 50],
        [-20, 50],
      ],
      expected: [],
    },
  ])('$name', ({ coordinates, expected }) => {
    expect(longestRunInside({ type: 'LineString', coordinates }, identity, area)).toEqual(expected);
  });

  it('looks at every part of a line split at the antimeridian', () => {
    const line = {
      type: 'MultiLineString' as const,
      coordinates: [
        [
          [10, 10],
          [12, 10],
        ],
        [
          [20, 20],
          [60, 20],
        ],
      ],
    };
    expect(longestRunInside(line, identity, area)).toEqual([
      [20, 20],
      [60, 20],
    ]);
  });
});

describe('lengthOf, sampled and alongLine', () => {
  const line: Pixel[] = [
    [0, 0],
    [30, 0],
    [30, 40],
  ];
  it('measures a polyline', () => {
    expect(lengthOf(line)).toBe(70);
  });

  it('samples it every step', () => {
    expect(sampled(line, 10)).toHaveLength(3 + 4);
  });

  it('tries the middle first, with the direction there', () => {
    const [middle] = alongLine(line);
    expect(middle!.at).toEqual([30, 5]);
    expect(middle!.direction).toEqual([0, 1]);
  });
});

describe('edgeDistance', () => {
  it.each([
    { at: [50, 50] as Pixel, expected: 50 },
    { at: [10, 60] as Pixel, expected: 10 },
    { at: [-5, 50] as Pixel, expected: -5 },
  ])('$at is $expected px from the nearest edge', ({ at, expected }) => {
    expect(edgeDistance(at, [0, 0, 100, 100])).toBe(expected);
  });
});

describe('ringOutline', () => {
  it('takes the exterior of the largest polygon', () => {
    const small = [
      [0, 0],
      [1, 0],
      [0, 0],
    ];
    const large = [
      [0, 0],
      [5, 0],
      [5, 5],
      [0, 5],
      [0, 0],
    ];
    expect(ringOutline({ type: 'MultiPolygon', coordinates: [[small], [large]] })).toEqual(large);
    expect(ringOutline({ type: 'Point', coordinates: [0, 0] })).toEqual([]);
  });
});
