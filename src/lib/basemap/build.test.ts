import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from './build.ts';
import { loadNaturalEarth } from './natural-earth.ts';
import { SEAS } from './seas.ts';
import { BASEMAP_LAYERS, type Basemap, type BasemapLayer } from './types.ts';

/** Israel and Lebanon, as a story about their border would frame them. */
const LEVANT = [34.2, 29.4, 36.7, 33.6] as const;
const BUDGET_GZIP_BYTES = 60 * 1024;

let levant: Basemap | undefined;
/** Built once: the build is pure and takes about a second, and no test changes it. */
function levantBasemap(): Basemap {
  levant ??= buildBasemap({ focus: [...LEVANT], ne: loadNaturalEarth() });
  return levant;
}

function names(basemap: Basemap, layer: BasemapLayer): string[] {
  return basemap.features
    .filter((f) => f.properties.layer === layer)
    .map((f) => f.properties.name ?? '');
}

function positions(geometry: Basemap['features'][number]['geometry']): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

describe('buildBasemap', () => {
  it.each(BASEMAP_LAYERS.map((layer) => ({ layer })))(
    'has features in layer $layer',
    ({ layer }) => {
      expect(levantBasemap().features.some((f) => f.properties.layer === layer)).toBe(true);
    },
  );

  it.each([
    { layer: 'label-country' as const, expected: ['Lebanon', 'Israel', 'Yemen', 'Syria', 'Egypt'] },
    { layer: 'label-city' as const, expected: ['Beirut', 'Haifa', 'Tel Aviv', 'Cairo', 'London'] },
    { layer: 'label-ocean' as const, expected: ['Mediterranean Sea', 'Red Sea'] },
    { layer: 'country' as const, expected: ['Lebanon', 'Israel', 'Palestine', 'Jordan'] },
  ])('labels $layer with $expected', ({ layer, expected }) => {
    expect(names(levantBasemap(), layer)).toEqual(expect.arrayContaining(expected));
  });

  it('gives the countries of the focus their ISO code', () => {
    const codes = levantBasemap()
      .features.filter((f) => f.properties.layer === 'country')
      .map((f) => f.properties.iso2);
    expect(codes).toEqual(expect.arrayContaining(['IL', 'LB', 'PS', 'SY', 'JO']));
  });

  it('keeps every coordinate on the globe, continuous at most a little past ±180', () => {
    for (const { geometry } of levantBasemap().features) {
      for (const [lng = NaN, lat = NaN] of positions(geometry)) {
        // Chukotka runs on past 180 as part of Eurasia; nothing reaches a further turn.
        expect(Math.abs(lng)).toBeLessThanOrEqual(200);
        expect(Math.abs(lat)).toBeLessThanOrEqual(90);
      }
    }
  });

  // world-atlas writes edges that cross the antimeridian as one short step on the globe
  // ([179.8, 65] to [-180, 65.1]), which a flat map draws as a line round the whole world.
  it('has no edge longer than half the world in longitude, except round a pole', () => {
    for (const { geometry } of levantBasemap().features) {
      const lines =
        geometry.type === 'Polygon' || geometry.type === 'MultiLineString'
          ? geometry.coordinates
          : geometry.type === 'MultiPolygon'
            ? geometry.coordinates.flat()
            : geometry.type === 'LineString'
              ? [geometry.coordinates]
              : [];
      for (const line of lines) {
        for (let i = 1; i < line.length; i++) {
          const [lng0 = 0, lat0 = 0] = line[i - 1] ?? [];
          const [lng1 = 0, lat1 = 0] = line[i] ?? [];
          const alongPole = Math.abs(lat0) === 90 && Math.abs(lat1) === 90;
          if (!alongPole)
            expect(Math.abs(lng1 - lng0), `${lng0},${lat0} to ${lng1},${lat1}`).toBeLessThan(180);
        }
      }
    }
  });

  it('rounds to 3 decimals in the focus and fewer elsewhere', () => {
    const decimals = (value: number): number => (String(value).split('.')[1] ?? '').length;
    for (const { geometry } of levantBasemap().features) {
      for (const [lng = 0, lat = 0] of positions(geometry)) {
        expect(Math.max(decimals(lng), decimals(lat))).toBeLessThanOrEqual(3);
      }
    }
  });

  it('leaves out empty properties', () => {
    for (const { properties } of levantBasemap().features) {
      for (const value of Object.values(properties)) {
        expect(value === undefined || value === null || value === '').toBe(false);
      }
    }
  });

  it(`fits the budget of ${BUDGET_GZIP_BYTES} bytes gzipped`, () => {
    const gzipped = gzipSync(JSON.stringify(levantBasemap()), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(BUDGET_GZIP_BYTES);
  });

  it('keeps 1:50m detail in the focus', () => {
    const [lebanon] = levantBasemap().features.filter(
      (f) => f.properties.layer === 'country' && f.properties.iso2 === 'LB',
    );
    // Natural Earth 1:50m draws Lebanon with about 80 points; 1:110m with 8.
    expect(lebanon && positions(lebanon.geometry).length).toBeGreaterThan(50);
  });

  it('is the same for the same input', () => {
    const again = buildBasemap({ focus: [...LEVANT], ne: loadNaturalEarth() });
    expect(JSON.stringify(again)).toBe(JSON.stringify(levantBasemap()));
  });

  it.each([
    // Across 180° as RFC 7946 writes it (west > east); geo/bounds.test.ts holds the two
    // conventions for one box.
    { focus: [170, -22, -175, -12] as [number, number, number, number], country: 'Fiji' },
    {
      focus: [-80, 40, -70, 46] as [number, number, number, number],
      country: 'United States of America',
    },
  ])('builds around $country (focus $focus)', ({ focus, country }) => {
    const basemap = buildBasemap({ focus, ne: loadNaturalEarth(), padDegrees: 2 });
    expect(names(basemap, 'country')).toContain(country);
  });

  it.each([
    { focus: [10, 20, 0, 10], problem: 'south above north' },
    { focus: [0, 0, 800, 10], problem: 'east past two turns' },
    { focus: [0, Number.NaN, 10, 10], problem: 'not a number' },
  ])('rejects a focus with $problem', ({ focus }) => {
    expect(() => buildBasemap({ focus: focus as [number, number, number, number] })).toThrow(
      /a box is \[west, south, east, north\]/,
    );
  });
});

describe('SEAS', () => {
  const ne = loadNaturalEarth();
  const land = feature(ne.countries50m, ne.countries50m.objects.land).features.map(
    (f) => f.geometry as Polygon | MultiPolygon,
  );
  it.each(SEAS.map((sea) => ({ ...sea })))(
    '$name label at $label is in open water',
    ({ label }) => {
      expect(land.some((shape) => booleanPointInPolygon(label, shape))).toBe(false);
    },
  );

  it.each(SEAS.map((sea) => ({ ...sea })))('$name has a Wikidata id', ({ wikidata }) => {
    expect(wikidata).toMatch(/^Q\d+$/);
  });
});

describe('buildBasemap with the story’s countries', () => {
  it('gives only those countries a polygon of their own', () => {
    const basemap = buildBasemap({
      focus: [...LEVANT],
      ne: loadNaturalEarth(),
      countries: ['IL', 'LB'],
    });
    const codes = basemap.features
      .filter((feature) => feature.properties.layer === 'country')
      .map((feature) => feature.properties.iso2);
    expect(codes.sort()).toEqual(['IL', 'LB']);
  });
});
