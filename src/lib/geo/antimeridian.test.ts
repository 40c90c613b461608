import { describe, expect, it } from 'vitest';
import type { Polygon, Position } from 'geojson';
import { areaContains, centralLng, continuousLine, unwrapAround } from './antimeridian.ts';

describe('continuousLine', () => {
  it.each<{ name: string; line: Position[]; expected: Position[] }>([
    {
      name: 'a line that does not cross stays as it is',
      line: [
        [10, 0],
        [20, 5],
      ],
      expected: [
        [10, 0],
        [20, 5],
      ],
    },
    {
      name: 'a step from 179.8 to -180 runs on to 180',
      line: [
        [178, 65],
        [179.8, 65],
        [-180, 65.1],
      ],
      expected: [
        [178, 65],
        [179.8, 65],
        [180, 65.1],
      ],
    },
    {
      name: 'a ring mostly west of 180 is moved back a turn',
      line: [
        [-179, 0],
        [179, 0],
        [179, 1],
        [-179, 0],
      ],
      expected: [
        [-179, 0],
        [-181, 0],
        [-181, 1],
        [-179, 0],
      ],
    },
    {
      name: 'a ring round a pole, written as world-atlas does, is closed along the pole',
      line: [
        [-120, -80],
        [0, -75],
        [120, -75],
        [179.6, -84.3],
        [-180, -84.4],
        [-120, -80],
      ],
      expected: [
        [-120, -80],
        [0, -75],
        [120, -75],
        [179.6, -84.3],
        [180, -84.4],
        [240, -80],
        [240, -90],
        [-120, -90],
        [-120, -80],
      ],
    },
  ])('$name', ({ line, expected }) => {
    expect(continuousLine(line)).toEqual(expected);
  });
});

describe('unwrapAround and centralLng', () => {
  const fijiCut: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [179, -17],
        [180, -17],
        [-179.5, -16],
        [179, -17],
      ],
    ],
  };
  it('finds the middle across 180° the short way', () => {
    expect(centralLng(fijiCut)).toBeCloseTo(179.75, 9);
  });
  it('brings every longitude within half a turn of the centre', () => {
    expect(unwrapAround(fijiCut, 180).coordinates[0]).toEqual([
      [179, -17],
      [180, -17],
      [180.5, -16],
      [179, -17],
    ]);
  });
});

describe('areaContains', () => {
  const pastTheAntimeridian: Polygon = {
    type: 'Polygon',
    coordinates: [
      [
        [178, -20],
        [184, -20],
        [184, -15],
        [178, -15],
        [178, -20],
      ],
    ],
  };
  it.each([
    { point: [179, -18] as [number, number], inside: true },
    { point: [-178, -18] as [number, number], inside: true },
    { point: [182, -18] as [number, number], inside: true },
    { point: [-170, -18] as [number, number], inside: false },
    { point: [179, -10] as [number, number], inside: false },
  ])('$point inside: $inside', ({ point, inside }) => {
    expect(areaContains(pastTheAntimeridian, point)).toBe(inside);
  });
});
