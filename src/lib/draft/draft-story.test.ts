import { describe, expect, it } from 'vitest';
import { gazetteerRow as place } from '../../testing/gazetteer-row.ts';
import { validateStory } from '../data/validate.ts';
import { parseGazetteer, writeGazetteerAsset } from '../geoparse/gazetteer.ts';
import { draftStory } from './draft-story.ts';

/** A tiny world: made-up populations, rough points. */
const gazetteer = parseGazetteer(
  writeGazetteerAsset(
    [
      place({
        kind: 'country',
        name: 'Lebanon',
        country: 'LB',
        lngLat: [35.9, 33.9],
        demonyms: ['Lebanese'],
        parts: { south: [35.4, 33.4] },
      }),
      place({
        kind: 'country',
        name: 'Israel',
        country: 'IL',
        lngLat: [34.9, 31.4],
        demonyms: ['Israeli', 'Israelis'],
      }),
      place({
        kind: 'city',
        name: 'Tyre',
        country: 'LB',
        lngLat: [35.25, 33.27],
        population: 100_000,
      }),
      place({
        kind: 'city',
        name: 'Haifa',
        country: 'IL',
        lngLat: [35.0, 32.8],
        population: 280_000,
      }),
    ],
    { sources: ['test'] },
  ),
);
/** North of 33.1° N is Lebanon here, south of it Israel: enough for these points. */
const countryAt = ([, lat]: readonly [number, number]) => (lat > 33.1 ? 'LB' : 'IL');

const TEXT = [
  'TYRE, Lebanon — Israeli strikes hit Tyre on Sunday, the Lebanese Health Ministry said.',
  'It said 12 people were killed in Tyre.',
  'Sirens sounded in Haifa, about 25 miles south of Tyre, on Monday, according to the Israeli military.',
  'Israel said it would widen its campaign in southern Lebanon on 5 October.',
].join(' ');

const draft = () =>
  draftStory({ text: TEXT, gazetteer, published: '2024-09-30', outlet: 'Test News', countryAt });
const placeOf = (id: string) => draft().places.features.find((f) => f.id === id);
const eventAt = (words: string) =>
  draft()
    .places.features.flatMap((f) => f.properties.events.map((event) => ({ place: f.id, event })))
    .find(({ event }) => event.what.includes(words));

describe('draftStory', () => {
  it('passes the schema and the checks between the files', () => {
    const { meta, places } = draft();
    const result = validateStory({
      storyId: 'test-draft',
      files: { 'story.json': JSON.stringify(meta), 'places.geojson': JSON.stringify(places) },
      countryAt,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('makes one place per place named, each awaiting review with every mention', () => {
    const { features } = draft().places;
    expect(features.map((f) => f.id)).toEqual([
      'tyre',
      'lebanon',
      'israel',
      'haifa',
      'southern-lebanon',
    ]);
    expect(features.every((f) => f.properties.review?.status === 'waiting')).toBe(true);
    expect(placeOf('tyre')?.properties.review?.mentions.map((m) => m.text)).toEqual([
      'TYRE',
      'Tyre',
      'Tyre',
      'Tyre',
    ]);
  });

  it.each([
    { id: 'tyre', kind: 'city', precision: 'exact', shape: undefined },
    { id: 'lebanon', kind: 'country', precision: 'region', shape: 'country' },
    // A part of a country: an approximate area, its point a label anchor.
    { id: 'southern-lebanon', kind: 'region', precision: 'region', shape: undefined },
  ])('$id: a $kind, $precision', ({ id, kind, precision, shape }) => {
    const properties = placeOf(id)?.properties;
    expect(properties).toMatchObject({ kind, precision, origin: 'article' });
    expect(properties?.shape?.from).toBe(shape);
  });

  it('takes the dateline from the article’s head, a short name in capitals included', () => {
    expect(draft().meta.dateline).toEqual({ text: 'TYRE, Lebanon', place: 'tyre' });
  });

  it.each([
    {
      words: 'Israeli strikes hit Tyre',
      place: 'tyre',
      date: '2024-09-29',
      by: 'the Lebanese Health Ministry',
      related: ['lebanon', 'israel'],
    },
    // "It said": the last one named.
    { words: '12 people', place: 'tyre', date: '2024-09-30', by: 'the Lebanese Health Ministry' },
    // Two cities: the one the sentence is about, named first.
    {
      words: 'Sirens sounded',
      place: 'haifa',
      date: '2024-09-30',
      by: 'the Israeli military',
      related: ['tyre', 'israel'],
    },
  ])('“$words”: at $place, $date, by $by', ({ words, place, date, by, related }) => {
    const found = eventAt(words);
    expect(found?.place).toBe(place);
    expect(found?.event.date).toBe(date);
    expect(found?.event.claims.map((c) => c.by)).toEqual([by]);
    expect(found?.event.related).toEqual(related);
  });

  it('measures a stated distance between the places it lies between, not a demonym', () => {
    expect(draft().meta.distances).toEqual([
      expect.objectContaining({
        from: 'haifa',
        to: 'tyre',
        stated: { value: 25, unit: 'mi', qualifier: 'about', text: 'about 25 miles' },
      }),
    ]);
  });

  it('says what the gazetteer does not know, and refuses a text with no place', () => {
    const { warnings } = draftStory({
      text: `${TEXT} Rockets fell in Kiryat Shmona.`,
      gazetteer,
      published: '2024-09-30',
      outlet: 'Test News',
    });
    expect(warnings.join('\n')).toMatch(
      /"Kiryat Shmona" reads as a place the gazetteer does not know/,
    );
    expect(() =>
      draftStory({ text: 'Nothing happened.', gazetteer, published: '2024-09-30', outlet: 'X' }),
    ).toThrow(/names no place/);
  });
});
