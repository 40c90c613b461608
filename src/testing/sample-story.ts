/**
 * A small compiled story for unit tests: two places, a zone, one measured distance and one
 * ring, with hand-checkable numbers. Not shipped: only tests import it.
 */
import type { CompiledStory, PlaceFeature } from '../lib/story/types.ts';

function place(
  id: string,
  coordinates: [number, number],
  overrides: Partial<PlaceFeature['properties']> = {},
): PlaceFeature {
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Point', coordinates },
    properties: {
      name: id.replace(/-/g, ' '),
      kind: 'city',
      precision: 'exact',
      origin: 'article',
      location: { source: { name: 'Test' } },
      events: [],
      ...overrides,
    },
  };
}

export function sampleStory(): CompiledStory {
  return {
    id: 'sample',
    meta: {
      headline: 'A sample story',
      outlet: 'Test Outlet',
      url: 'https://example.com/story',
      published: '2024-09-30',
      language: 'en',
      dateline: { text: 'ALPHA', place: 'alpha' },
      summary: 'Two places.',
      credits: [],
    },
    places: {
      type: 'FeatureCollection',
      features: [
        place('alpha', [0, 0]),
        place('beta', [1, 0], { precision: 'near', origin: 'context' }),
        place('band', [0.5, 0.5], {
          kind: 'zone',
          precision: 'area',
          shape: { from: 'country', country: 'LB' },
        }),
      ],
    },
    shapes: {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { place: 'band', kind: 'zone', precision: 'area' },
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [0, 0],
                [1, 0],
                [1, 1],
                [0, 1],
                [0, 0],
              ],
            ],
          },
        },
      ],
    },
    distances: [
      {
        id: 'alpha-to-beta',
        from: 'alpha',
        fromPart: 'point',
        to: 'beta',
        stated: { value: 60, unit: 'mi', qualifier: 'about', text: 'about 60 miles' },
        measured: { km: 111.32, mi: 69.17 },
        ends: [
          [0, 0],
          [1, 0],
        ],
        line: {
          type: 'LineString',
          coordinates: [
            [0, 0],
            [1, 0],
          ],
        },
      },
    ],
    rings: [
      {
        id: 'alpha-ring',
        around: 'alpha',
        aroundPart: 'point',
        radius: { value: 200, unit: 'km' },
        radiusKm: 200,
        toleranceKm: 0.2,
        label: '200 km from alpha',
        area: {
          type: 'Polygon',
          coordinates: [
            [
              [-2, -2],
              [2, -2],
              [2, 2],
              [-2, 2],
              [-2, -2],
            ],
          ],
        },
        members: [
          { place: 'alpha', judgedBy: 'point', standing: 'within', nearestKm: 0, farthestKm: 0 },
          {
            place: 'beta',
            judgedBy: 'point',
            standing: 'within',
            nearestKm: 111.32,
            farthestKm: 111.32,
          },
          {
            place: 'band',
            judgedBy: 'shape',
            standing: 'within',
            nearestKm: 0,
            farthestKm: 156.9,
          },
        ],
      },
    ],
    bounds: [-1, -1, 2, 1],
  };
}
