import { describe, expect, it } from 'vitest';
import type { Bounds } from '../geo/types.ts';
import { pickCities } from './cities.ts';
import { city } from '../../testing/city.ts';

const focus: Bounds = [34, 29, 37, 34];

describe('pickCities', () => {
  it.each([
    {
      label: 'keeps large towns in the focus and only big cities elsewhere',
      cities: [
        city('Inside', 35, 32, 60_000),
        city('Far small', 0, 0, 900_000),
        city('Far big', 0, 10, 3_000_000),
      ],
      expected: ['Far big', 'Inside'],
    },
    {
      label: 'drops a town too close to a bigger one',
      cities: [city('Big', 35, 32, 500_000), city('Suburb', 35.05, 32.05, 100_000)],
      expected: ['Big'],
    },
    {
      label: 'never labels a section of a city (PPLX)',
      cities: [city('Borough', 35, 32, 2_000_000, 'PPLX'), city('Town', 36, 30, 80_000)],
      expected: ['Town'],
    },
    {
      label: 'spreads world cities out',
      cities: [city('A', 0, 0, 9_000_000), city('B', 1, 1, 8_000_000), city('C', 20, 0, 7_000_000)],
      expected: ['A', 'C'],
    },
  ])('$label', ({ cities, expected }) => {
    expect(pickCities({ cities, focus }).map((c) => c.name)).toEqual(expected);
  });

  it('caps the focus at focusMax, largest first', () => {
    const cities = [1, 2, 3, 4].map((i) => city(`T${i}`, 34 + i * 0.5, 31, 100_000 * i));
    expect(pickCities({ cities, focus, focusMax: 2 }).map((c) => c.name)).toEqual(['T4', 'T3']);
  });

  it.each([
    { population: 6_000_000, rank: 1 },
    { population: 1_000_000, rank: 2 },
    { population: 300_000, rank: 3 },
    { population: 60_000, rank: 4 },
  ])('ranks $population as $rank', ({ population, rank }) => {
    const [picked] = pickCities({ cities: [city('X', 35, 32, population)], focus });
    expect(picked?.rank).toBe(rank);
  });
});
