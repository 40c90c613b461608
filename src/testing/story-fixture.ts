/**
 * A small valid story for tests to break one field at a time: three places (a city with
 * an event, the dateline city, a country with a shape), one distance and one ring. Its
 * points are real, so it passes with country-coder's borders as well as with fakes.
 */
import type * as v from 'valibot';
import type { PlaceCollection, StoryMeta } from '../lib/data/schema.ts';

export interface StoryFixture {
  meta: v.InferInput<typeof StoryMeta>;
  places: v.InferInput<typeof PlaceCollection>;
}

export const FIXTURE_ID = 'test-story';

export function storyFixture(): StoryFixture {
  const source = { name: 'GeoNames', url: 'https://www.geonames.org/' };
  return {
    meta: {
      headline: 'A test story',
      outlet: 'Test Outlet',
      url: 'https://example.org/story',
      published: '2024-09-30',
      language: 'en',
      dateline: { text: 'TEL AVIV, Israel', place: 'tel-aviv' },
      summary: 'A story for tests.',
      credits: [{ role: 'Article', name: 'Test Outlet' }],
      distances: [
        { id: 'lebanon-to-tel-aviv', from: 'lebanon', fromPart: 'shape', to: 'tel-aviv' },
      ],
      rings: [
        {
          id: 'around-beirut',
          around: 'beirut',
          radius: { value: 100, unit: 'km' },
          label: '100 km',
        },
      ],
    },
    places: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'beirut',
          geometry: { type: 'Point', coordinates: [35.5018, 33.8938] },
          properties: {
            name: 'Beirut',
            kind: 'city',
            precision: 'exact',
            country: 'LB',
            origin: 'article',
            location: { source },
            events: [
              {
                id: 'strike-on-beirut',
                date: '2024-09-27',
                datePrecision: 'day',
                dateText: 'Friday',
                what: 'An air strike.',
                claims: [{ by: 'Test Outlet', says: 'There was an air strike.' }],
                related: ['tel-aviv'],
              },
            ],
          },
        },
        {
          type: 'Feature',
          id: 'tel-aviv',
          geometry: { type: 'Point', coordinates: [34.7806, 32.0809] },
          properties: {
            name: 'Tel Aviv',
            kind: 'city',
            precision: 'exact',
            country: 'IL',
            origin: 'article',
            location: { source },
            events: [],
          },
        },
        {
          type: 'Feature',
          id: 'lebanon',
          geometry: { type: 'Point', coordinates: [35.86, 33.87] },
          properties: {
            name: 'Lebanon',
            kind: 'country',
            precision: 'region',
            country: 'LB',
            origin: 'article',
            location: { source },
            shape: { from: 'country', country: 'LB' },
            events: [],
          },
        },
      ],
    },
  };
}

/** The fixture's two files, as text. */
export function fixtureFiles(story: StoryFixture = storyFixture()): {
  'story.json': string;
  'places.geojson': string;
} {
  return {
    'story.json': JSON.stringify(story.meta, null, 2),
    'places.geojson': JSON.stringify(story.places, null, 2),
  };
}
