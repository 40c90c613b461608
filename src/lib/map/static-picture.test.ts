import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { sampleStory } from '../../testing/sample-story.ts';
import { staticMapPicture, windForD3 } from './static-picture.ts';

/** Anticlockwise, as RFC 7946 winds an exterior ring. */
const SQUARE: Polygon = {
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
};

const BASEMAP: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { layer: 'land' }, geometry: SQUARE },
    {
      type: 'Feature',
      properties: { layer: 'boundary' },
      geometry: {
        type: 'LineString',
        coordinates: [
          [0.5, 0],
          [0.5, 1],
        ],
      },
    },
  ],
};

describe('windForD3', () => {
  it('turns an RFC 7946 ring round so d3 fills the small side', () => {
    expect(geoArea(SQUARE)).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(windForD3(SQUARE) as Polygon)).toBeLessThan(0.01);
  });

  it('leaves a ring already wound for d3 as it is', () => {
    const clockwise = windForD3(SQUARE);
    expect(windForD3(clockwise)).toEqual(clockwise);
  });
});

describe('staticMapPicture', () => {
  const picture = staticMapPicture({
    story: sampleStory(),
    basemap: BASEMAP,
    width: 400,
    height: 300,
    units: 'km',
  });

  it('draws the land, the boundaries, the ring, the zone and the distance', () => {
    expect(picture.land).toHaveLength(1);
    expect(picture.boundaries).toHaveLength(1);
    expect(picture.rings.map((ring) => ring.id)).toEqual(['alpha-ring']);
    expect(picture.shapes.map((shape) => shape.kind)).toEqual(['zone']);
    expect(picture.distances[0]!.label).toBe('111 km (article: about 60 miles)');
  });

  it('writes each name unless it would overlap a more important one', () => {
    // alpha and beta sit 1° apart, far more than a name's width at this scale.
    expect(picture.places.map((place) => place.labelled)).toEqual([true, true, true]);
    const crowded = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 100,
      height: 80,
      units: 'km',
    });
    expect(crowded.places.filter((place) => place.labelled).map((place) => place.id)).toEqual([
      'alpha',
    ]);
  });

  it('places every point inside the picture, dots only where the location is known', () => {
    expect(picture.places.map((place) => [place.id, place.dot])).toEqual([
      ['alpha', true],
      ['beta', true],
      ['band', false],
    ]);
    for (const { at } of picture.places) {
      expect(at[0]).toBeGreaterThanOrEqual(0);
      expect(at[0]).toBeLessThanOrEqual(400);
      expect(at[1]).toBeGreaterThanOrEqual(0);
      expect(at[1]).toBeLessThanOrEqual(300);
    }
  });
});
