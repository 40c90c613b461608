import { describe, expect, it } from 'vitest';
import { geodesicDistanceKm } from './distance.ts';
import { KM_PER_MILE, kmToMiles, milesToKm, toKm, toMicrodegrees, toThousandths } from './units.ts';
import type { LngLat } from './types.ts';

describe('geodesicDistanceKm', () => {
  // Known geodesic lengths on WGS84, in metres, each with where it is published.
  const cases: { name: string; a: LngLat; b: LngLat; metres: number; source: string }[] = [
    {
      name: 'Wellington to Salamanca',
      a: [174.81, -41.32],
      b: [-5.5, 40.96],
      metres: 19959679.267,
      source: 'GeographicLib JavaScript README example (geographiclib-geodesic 2.2.0)',
    },
    // The next four are lines of Karney's test set GeodTest.dat (Karney 2011, "Test set for
    // geodesics", https://doi.org/10.5281/zenodo.32156), as reproduced in the package's own
    // test/geodesictest.js; lengths given there to 0.1 nm, rounded here to the µm.
    {
      name: 'GeodTest line 1 (North Pacific to Peru)',
      a: [-139.44815, 35.60777],
      b: [-69.95921, -11.17491],
      metres: 8935244.56048183,
      source: 'GeodTest.dat',
    },
    {
      name: 'GeodTest line 2 (Siberia to the Arctic, unrolled longitude 197.18234)',
      a: [106.05087, 55.52454],
      b: [197.18234, 77.03196],
      metres: 4105086.17139244,
      source: 'GeodTest.dat',
    },
    {
      name: 'GeodTest line 13 (across the antimeridian near Tonga)',
      a: [-174.47484, -19.79938],
      b: [-154.35109, -11.99349],
      metres: 2319004.86011694,
      source: 'GeodTest.dat',
    },
    {
      name: 'GeodTest line 15 (from near the South Pole, nearly antipodal)',
      a: [85.66836, -87.85331],
      b: [16.09921, 66.48646],
      metres: 17286615.3147145,
      source: 'GeodTest.dat',
    },
    {
      // The meridian arc where a sphere errs most: 10,001,965.729 m from equator to pole
      // (WGS84 quarter meridian; NIMA TR8350.2 parameters, e.g. Wikipedia "Meridian arc").
      name: 'equator to North Pole along a meridian',
      a: [0, 0],
      b: [0, 90],
      metres: 10001965.729,
      source: 'WGS84 quarter meridian',
    },
    {
      // Along the equator the geodesic is the equator itself: a * π / 2 with a = 6378137 m.
      name: 'a quarter of the equator',
      a: [0, 0],
      b: [90, 0],
      metres: (6378137 * Math.PI) / 2,
      source: 'WGS84 semi-major axis',
    },
    {
      name: 'a point to itself',
      a: [35.5, 33.9],
      b: [35.5, 33.9],
      metres: 0,
      source: 'definition',
    },
  ];

  it.each(cases)('$name ($source)', ({ a, b, metres }) => {
    // Within a millimetre.
    expect(Math.abs(geodesicDistanceKm(a, b) * 1000 - metres)).toBeLessThan(1e-3);
  });

  it('is symmetric', () => {
    expect(geodesicDistanceKm([35.5, 33.9], [44.2, 15.35])).toBeCloseTo(
      geodesicDistanceKm([44.2, 15.35], [35.5, 33.9]),
      9,
    );
  });
});

describe('unit conversion', () => {
  const cases = [
    { km: KM_PER_MILE, miles: 1 },
    { km: 1609.344, miles: 1000 },
    { km: 0, miles: 0 },
    { km: 100, miles: 62.13711922373339 },
  ];

  it.each(cases)('$km km is $miles mi', ({ km, miles }) => {
    expect(kmToMiles(km)).toBeCloseTo(miles, 9);
    expect(milesToKm(miles)).toBeCloseTo(km, 9);
  });

  it.each([
    { length: { value: 1000, unit: 'mi' as const }, km: 1609.344 },
    { length: { value: 250, unit: 'km' as const }, km: 250 },
  ])('toKm($length.value $length.unit) is $km', ({ length, km }) => {
    expect(toKm(length)).toBeCloseTo(km, 9);
  });

  it.each([
    { length: 1818.4342001713367, stored: 1818.434 },
    { length: 8.473463569005165e-8, stored: 0 },
    { length: 144.0195550342, stored: 144.02 },
  ])('stores $length as $stored', ({ length, stored }) => {
    expect(toThousandths(length)).toBe(stored);
  });

  it('stores a position to six decimals', () => {
    expect(toMicrodegrees([34.90414904149043, 29.477965699813268])).toEqual([34.904149, 29.477966]);
  });
});
