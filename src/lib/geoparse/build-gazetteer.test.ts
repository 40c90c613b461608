import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { square } from '../../testing/geometry.ts';
import type { CompassPart } from './gazetteer.ts';
import { compassParts, particleSpellings } from './build-gazetteer.ts';

type Box = [west: number, south: number, east: number, north: number];
const inside = ([lng, lat]: [number, number], [west, south, east, north]: Box) =>
  lng >= west && lng <= east && lat >= south && lat <= north;

describe('compassParts', () => {
  // A 9 × 9 square: its thirds are 3 wide, its corner ninths 3 × 3.
  const parts = compassParts(square(0, 0, 9));
  it.each<[CompassPart, Box]>([
    ['north', [0, 6, 9, 9]],
    ['south', [0, 0, 9, 3]],
    ['east', [6, 0, 9, 9]],
    ['west', [0, 0, 3, 9]],
    ['northwest', [0, 6, 3, 9]],
    ['northeast', [6, 6, 9, 9]],
    ['southwest', [0, 0, 3, 3]],
    ['southeast', [6, 0, 9, 3]],
    ['central', [3, 3, 6, 6]],
  ])('%s lies in its third or corner ninth %j', (part, box) => {
    const point = parts[part];
    expect(point).toBeDefined();
    expect(inside(point as [number, number], box)).toBe(true);
  });

  it('takes the corner quarter where the corner ninth holds almost none of the shape', () => {
    // The square with its top-left corner ninth cut away but for a sliver along its edge.
    const notched: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [9, 0],
          [9, 9],
          [2.8, 9],
          [2.8, 6],
          [0, 6],
          [0, 0],
        ],
      ],
    };
    const northwest = compassParts(notched).northwest as [number, number];
    // Not in the corner ninth (bare), but in the quarter round that corner, inside the shape.
    expect(inside(northwest, [0, 4.5, 4.5, 9])).toBe(true);
    expect(inside(northwest, [0, 6, 3, 9])).toBe(false);
  });
});

describe('particleSpellings', () => {
  it.each([
    ['De Soto', ['DeSoto']],
    ['DeKalb', ['De Kalb']],
    ['LaSalle', ['La Salle']],
    ['Le Sueur', ['LeSueur']],
    ['Delaware', []],
    ['Lee', []],
    ['Dane', []],
  ])('%s → %j', (name, spellings) => {
    expect(particleSpellings(name)).toEqual(spellings);
  });
});
