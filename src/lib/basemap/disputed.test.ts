import { describe, expect, it } from 'vitest';
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection } from 'geojson';
import { DISPUTED_AREAS, disputedAreasIn } from './disputed.ts';
import { alpha2OfCountry, loadNaturalEarth } from './natural-earth.ts';

const ne = loadNaturalEarth();
const countries50m = feature(
  ne.countries50m,
  ne.countries50m.objects.countries,
) as FeatureCollection;
const geometries = ne.countries50m.objects.countries.geometries;

describe('DISPUTED_AREAS', () => {
  it.each(DISPUTED_AREAS.map((area) => ({ ...area })))(
    '$id: the 1:50m data draws its point inside $drawnInside.name',
    ({ at, drawnInside }) => {
      const holding = countries50m.features
        .map((country, i) => ({ country, geometry: geometries[i]! }))
        .filter(({ country }) => geoContains(country as Feature, at));
      expect(holding).toHaveLength(1);
      const [{ country, geometry }] = holding as [
        { country: Feature; geometry: (typeof geometries)[number] },
      ];
      expect(country.properties?.name).toBe(drawnInside.name);
      expect(alpha2OfCountry(geometry)).toBe(drawnInside.iso2);
    },
  );

  it('names a source with a link for every point', () => {
    for (const { source } of DISPUTED_AREAS) {
      expect(source.name).not.toBe('');
      expect(source.url).toMatch(/^https:\/\//);
    }
  });
});

describe('disputedAreasIn', () => {
  it.each([
    {
      name: 'the Levant',
      bounds: [33.3, 29, 37.5, 34.8],
      expected: ['golan-heights', 'shebaa-farms'],
    },
    {
      name: 'the Levant to Yemen',
      bounds: [33.33, 13.8, 54, 34.83],
      expected: ['golan-heights', 'shebaa-farms', 'halaib-triangle'],
    },
    { name: 'the Pacific across 180°', bounds: [174, -22, 189, -12], expected: [] },
    { name: 'the Black Sea', bounds: [27, 40, 42, 47], expected: ['crimea'] },
  ] as const)('$name', ({ bounds, expected }) => {
    expect(disputedAreasIn([...bounds]).map((area) => area.id)).toEqual(expected);
  });
});
