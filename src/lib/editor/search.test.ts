import { describe, expect, it } from 'vitest';
import { parseGazetteer, writeGazetteerAsset, type GazetteerPlace } from '../geoparse/gazetteer.ts';
import { candidateOf, searchGazetteer } from './search.ts';

type Row = Omit<GazetteerPlace, 'index'>;
const place = (row: Partial<Row> & Pick<Row, 'name' | 'kind'>): Row => ({
  country: 'US',
  admin1: '',
  featureCode: '',
  population: 0,
  lngLat: [0, 0],
  ref: `test:${row.name}:${row.kind}`,
  aliases: [],
  demonyms: [],
  ...row,
});

const gazetteer = parseGazetteer(
  writeGazetteerAsset(
    [
      place({ name: 'Georgia', kind: 'country', country: 'GE', demonyms: ['Georgian'] }),
      place({ name: 'Georgia', kind: 'admin1', admin1: 'GA' }),
      place({ name: 'Georgetown', kind: 'city', population: 118_363, country: 'GY' }),
      place({ name: 'George', kind: 'city', population: 157_394, country: 'ZA' }),
      place({ name: 'Springfield', kind: 'city', population: 116_565, admin1: 'IL' }),
      place({ name: 'Springfield', kind: 'city', population: 169_176, admin1: 'MO' }),
      place({ name: 'Illinois', kind: 'admin1', admin1: 'IL' }),
      place({
        name: 'Saint Louis',
        kind: 'city',
        population: 315_685,
        admin1: 'MO',
        aliases: ['St. Louis'],
      }),
    ],
    { sources: ['test'] },
  ),
);

describe('searchGazetteer', () => {
  it.each([
    { query: 'g', expected: [] },
    {
      query: 'geor',
      expected: ['Georgia (country)', 'Georgia (admin1)', 'George (city)', 'Georgetown (city)'],
    },
    { query: 'George', expected: ['George (city)', 'Georgetown (city)'] },
    { query: 'springf', expected: ['Springfield (city)', 'Springfield (city)'] },
    { query: 'st lo', expected: ['Saint Louis (city)'] },
    { query: 'SAINT-LOUIS', expected: ['Saint Louis (city)'] },
    { query: 'georgian', expected: ['Georgia (country)'] },
    { query: 'Atlantis', expected: [] },
  ])('"$query"', ({ query, expected }) => {
    expect(
      searchGazetteer(gazetteer, query).map((r) => `${r.place.name} (${r.place.kind})`),
    ).toEqual(expected);
  });

  it('names the state and country, and the more populous of two places first', () => {
    const [first, second] = searchGazetteer(gazetteer, 'Springfield');
    expect(first?.label).toBe('Springfield · city, 169,176 people');
    expect(second?.place.admin1).toBe('IL');
    expect(searchGazetteer(gazetteer, 'Springfield, Ill')).toEqual([]);
  });

  it('gives at most `limit` places', () => {
    expect(searchGazetteer(gazetteer, 'geo', 2)).toHaveLength(2);
  });
});

describe('candidateOf', () => {
  it('records the place as the draft records a match, chosen by a person', () => {
    const [georgia] = searchGazetteer(gazetteer, 'Georgia');
    expect(candidateOf(georgia!.place)).toEqual({
      name: 'Georgia',
      kind: 'country',
      country: 'GE',
      coordinates: [0, 0],
      ref: 'test:Georgia:country',
      score: 0,
      reasons: ['chosen by a person from the gazetteer'],
    });
  });
});
