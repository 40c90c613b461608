import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { describe, expect, it } from 'vitest';
import {
  alpha2OfCountry,
  borderGeometry,
  countryGeometry,
  countryName,
  loadNaturalEarth,
} from './natural-earth.ts';

describe('countryGeometry', () => {
  // Points checked against the 1:50m file; each lies well inside the country named.
  const cases = [
    { code: 'IL', inside: [34.79, 31.25], outside: [35.2, 31.9], note: 'Beersheba; not Ramallah' },
    { code: 'LB', inside: [35.9, 33.85], outside: [36.3, 33.51], note: 'Zahle; not Damascus' },
    { code: 'YE', inside: [44.21, 15.35], outside: [46.72, 24.69], note: "Sana'a; not Riyadh" },
    { code: 'IR', inside: [51.67, 32.65], outside: [44.37, 33.31], note: 'Isfahan; not Baghdad' },
    { code: 'PS', inside: [35.2, 31.9], outside: [34.79, 31.25], note: 'Ramallah; not Beersheba' },
    { code: 'XK', inside: [21.17, 42.66], outside: [20.46, 44.82], note: 'Pristina; not Belgrade' },
    { code: 'ye', inside: [44.21, 15.35], outside: [46.72, 24.69], note: 'lowercase code' },
  ];

  it.each(cases)('$code contains $note', ({ code, inside, outside }) => {
    const shape = countryGeometry(loadNaturalEarth(), code);
    expect(['Polygon', 'MultiPolygon']).toContain(shape.type);
    expect(booleanPointInPolygon(inside, shape)).toBe(true);
    expect(booleanPointInPolygon(outside, shape)).toBe(false);
  });

  it.each([
    { code: 'ZZ', message: /"ZZ"/ },
    { code: 'ISR', message: /"ISR" is not an ISO 3166-1 alpha-2/ },
    { code: 'EU', message: /"EU"/ },
  ])('throws, naming $code, when there is no such country', ({ code, message }) => {
    expect(() => countryGeometry(loadNaturalEarth(), code)).toThrow(message);
  });
});

describe('borderGeometry', () => {
  // The Blue Line runs at 33.0–33.3° N; because Natural Earth puts the Golan Heights in Israel,
  // the line then climbs the slopes of Mount Hermon to 33.43° N.
  it('finds the Israel–Lebanon boundary between 33.0° and 33.45° N', () => {
    const border = borderGeometry(loadNaturalEarth(), 'IL', 'LB');
    const points = border.coordinates.flat();
    expect(points.length).toBeGreaterThan(3);
    for (const [lng, lat] of points) {
      expect(lat).toBeGreaterThanOrEqual(33.0);
      expect(lat).toBeLessThanOrEqual(33.45);
      expect(lng).toBeGreaterThan(35);
      expect(lng).toBeLessThan(36);
    }
  });

  it('is the same line whichever country comes first', () => {
    const ne = loadNaturalEarth();
    expect(borderGeometry(ne, 'LB', 'IL')).toEqual(borderGeometry(ne, 'IL', 'LB'));
  });

  it.each([
    { a: 'IL', b: 'YE' },
    { a: 'CY', b: 'LB' },
  ])('throws when $a and $b share no land boundary', ({ a, b }) => {
    expect(() => borderGeometry(loadNaturalEarth(), a, b)).toThrow(`"${a}" and "${b}"`);
  });
});

describe('alpha2OfCountry', () => {
  it.each([
    { name: 'Israel', expected: 'IL' },
    { name: 'Lebanon', expected: 'LB' },
    { name: 'Kosovo', expected: 'XK' },
    { name: 'Somaliland', expected: undefined },
    { name: 'N. Cyprus', expected: undefined },
  ])('$name → $expected', ({ name, expected }) => {
    const country = loadNaturalEarth().countries50m.objects.countries.geometries.find(
      (geometry) => countryName(geometry) === name,
    );
    expect(country).toBeDefined();
    expect(country && alpha2OfCountry(country)).toBe(expected);
  });
});
