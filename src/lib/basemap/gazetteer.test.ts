import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadCities } from './cities.ts';
import { pickGazetteer } from './gazetteer.ts';
import { city } from '../../testing/city.ts';

describe('pickGazetteer', () => {
  it.each([
    {
      label: 'keeps the most populous, by name',
      cities: [city('Small', 0, 0, 10), city('Big', 10, 0, 1000), city('Mid', 20, 0, 100)],
      count: 2,
      expected: ['Big', 'Mid'],
    },
    {
      label: 'keeps a capital of a million beyond the count',
      cities: [city('Big', 10, 0, 5e6), city('Capital', 20, 0, 1.2e6, 'PPLC')],
      count: 1,
      expected: ['Big', 'Capital'],
    },
    {
      label: 'but not a smaller capital',
      cities: [city('Big', 10, 0, 5e6), city('Capital', 20, 0, 900_000, 'PPLC')],
      count: 1,
      expected: ['Big'],
    },
    {
      label: 'drops a borough beside a bigger city',
      cities: [city('City', 10, 0, 5e6), city('Borough', 10.1, 0.1, 2e6)],
      count: 5,
      expected: ['City'],
    },
    {
      label: 'drops parts of cities and unnamed places',
      cities: [city('Section', 0, 0, 5e6, 'PPLX'), city('', 5, 0, 5e6), city('Real', 9, 0, 1)],
      count: 5,
      expected: ['Real'],
    },
  ])('$label', ({ cities, count, expected }) => {
    expect(pickGazetteer({ cities, count }).map((c) => c.name)).toEqual(expected);
  });

  it('rounds coordinates to 3 decimals and keeps the country', () => {
    const [picked] = pickGazetteer({ cities: [city('A', 12.345678, -45.678912, 5)] });
    expect(picked).toEqual({ name: 'A', country: 'XX', lngLat: [12.346, -45.679] });
  });

  describe('from GeoNames', () => {
    const gazetteer = pickGazetteer({ cities: loadCities() });

    it('has about 400 cities, with the ones teachers name', () => {
      expect(gazetteer.length).toBeGreaterThanOrEqual(380);
      expect(gazetteer.length).toBeLessThanOrEqual(450);
      for (const name of ['Chicago', 'London', 'Sydney', 'Cairo', 'Tokyo', 'Lagos', 'Delhi']) {
        expect(gazetteer.map((c) => c.name)).toContain(name);
      }
      expect(gazetteer.map((c) => c.name)).not.toContain('Brooklyn');
    });

    it('fits in 12 kB gzip', () => {
      expect(gzipSync(JSON.stringify(gazetteer), { level: 9 }).length).toBeLessThanOrEqual(12_000);
    });
  });
});
