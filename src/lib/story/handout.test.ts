import { describe, expect, it } from 'vitest';
import type { Source } from '../data/schema.ts';
import { locationSources } from './handout.ts';
import type { PlaceFeature } from './types.ts';

const place = (name: string, source: Source) =>
  ({
    type: 'Feature',
    id: name.toLowerCase(),
    geometry: { type: 'Point', coordinates: [0, 0] },
    properties: { name, location: { source } },
  }) as unknown as PlaceFeature;

const geonames = { name: 'GeoNames', url: 'https://www.geonames.org/' };
const factbook = { name: 'CIA World Factbook' };

describe('locationSources', () => {
  it.each([
    { name: 'no places', places: [], expected: [] },
    {
      name: 'one place',
      places: [place('Beirut', geonames)],
      expected: [{ source: geonames, places: ['Beirut'] }],
    },
    {
      name: 'places sharing a source, in first-use order',
      places: [
        place('Beirut', geonames),
        place('Lebanon', factbook),
        place('Tyre', { ...geonames }),
      ],
      expected: [
        { source: geonames, places: ['Beirut', 'Tyre'] },
        { source: factbook, places: ['Lebanon'] },
      ],
    },
    {
      name: 'the same name with another link is another source',
      places: [place('Beirut', geonames), place('Tyre', { name: 'GeoNames' })],
      expected: [
        { source: geonames, places: ['Beirut'] },
        { source: { name: 'GeoNames' }, places: ['Tyre'] },
      ],
    },
  ])('$name', ({ places, expected }) => {
    expect(locationSources(places)).toEqual(expected);
  });
});
