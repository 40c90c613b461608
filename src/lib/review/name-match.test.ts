import { describe, expect, it } from 'vitest';
import { nameCandidates, nameSkeleton, nearestNameMatch, type NamedPoint } from './name-match.ts';

describe('nameSkeleton', () => {
  it.each([
    { a: 'Hodeidah', b: 'Al Ḩudaydah', same: true },
    { a: 'Sderot', b: 'Sederot', same: true },
    { a: 'Beirut', b: 'Bayrut', same: true },
    { a: 'Tel Aviv', b: 'Tel Aviv-Yafo', same: false },
    { a: 'Lebanon', b: '‘Eilabun', same: false },
    { a: 'East', b: 'Satita', same: false },
  ])('$a and $b: the same name? $same', ({ a, b, same }) => {
    expect(nameSkeleton(a) === nameSkeleton(b)).toBe(same);
  });

  it('says nothing for names too short to tell apart', () => {
    expect(nameSkeleton('Ras')).toBe('');
  });
});

describe('nameCandidates', () => {
  it('tries runs of words, never generic words alone', () => {
    expect(nameCandidates('Port of Hodeidah')).toEqual([
      'Port of Hodeidah',
      'of Hodeidah',
      'Hodeidah',
    ]);
  });
});

describe('nearestNameMatch', () => {
  const gazetteer: NamedPoint[] = [
    { name: 'Al Ḩudaydah', country: 'YE', lngLat: [42.95452, 14.79781], ref: 'GeoNames 79415' },
    { name: 'Hudaydah', country: 'XX', lngLat: [42.9, 14.8], ref: 'elsewhere' },
    { name: 'Beirut', country: 'LB', lngLat: [35.49442, 33.88894], ref: 'GeoNames 276781' },
  ];
  it.each([
    {
      name: 'a port, to its city in its own country',
      names: ['Port of Hodeidah'],
      point: [42.9301, 14.8411] as [number, number],
      countries: ['YE'],
      expected: { ref: 'GeoNames 79415', km: 5.5 },
    },
    {
      name: 'a strike site, to the city its name holds',
      names: ['Dahiyeh, Beirut'],
      point: [35.50389, 33.85139] as [number, number],
      countries: ['LB'],
      expected: { ref: 'GeoNames 276781', km: 4.3 },
    },
    {
      name: 'nothing when no name matches',
      names: ['Ben Gurion Airport'],
      point: [34.88278, 32.00944] as [number, number],
      countries: ['IL'],
      expected: undefined,
    },
  ])('$name', ({ names, point, countries, expected }) => {
    const match = nearestNameMatch({ names, point, countries, gazetteer });
    if (!expected) return expect(match).toBeUndefined();
    expect(match?.place.ref).toBe(expected.ref);
    expect(match?.km).toBeCloseTo(expected.km, 0);
  });
});
