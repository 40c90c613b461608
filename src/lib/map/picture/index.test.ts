import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import type { Box } from './types.ts';
import { sampleStory } from '../../../testing/sample-story.ts';
import { windForD3 } from './camera.ts';
import { staticMapPicture } from './index.ts';

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
    expect(picture.countries).toHaveLength(0);
    expect(picture.boundaries).toHaveLength(1);
    expect(picture.rings.map((ring) => ring.id)).toEqual(['alpha-ring']);
    expect(picture.rings[0]!.outline).toMatch(/^M/);
    expect(picture.shapes.map((shape) => shape.kind)).toEqual(['zone']);
    expect(picture.distances[0]!.label).toBe('111 km (article: about 60 miles)');
  });

  it.each([
    { units: 'km' as const, label: '111 km (article: about 60 miles)' },
    { units: 'mi' as const, label: '69 mi (article: about 60 miles)' },
    { units: 'both' as const, label: '69 mi · 111 km (article: about 60 miles)' },
  ])('labels distances in $units', ({ units, label }) => {
    const { distances } = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 400,
      height: 300,
      units,
    });
    expect(distances[0]!.label).toBe(label);
  });

  it('writes each name unless it would overlap a more important one', () => {
    // alpha and beta sit 1° apart, far more than a name's width at this scale.
    expect(picture.places.map((place) => place.labelled)).toEqual([true, true, true]);
    const crowded = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 100,
      height: 80,
      padding: { top: 16, right: 16, bottom: 16, left: 16 },
      units: 'km',
    });
    const labelled = crowded.places.filter((place) => place.labelled).map((place) => place.id);
    expect(labelled[0]).toBe('alpha');
    expect(labelled.length).toBeLessThan(3);
  });

  it('keeps names off areas set aside; a distance’s figure is written all the same', () => {
    const reserved = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 400,
      height: 300,
      reserved: [[0, 0, 400, 300]],
    });
    expect(reserved.labels.map((label) => label.kind)).toEqual(['distance']);
  });

  it.each([
    { name: 'the whole picture, less the margin', safe: undefined, area: [4, 4, 396, 296] },
    { name: 'a narrower area', safe: [120, 4, 280, 296] as Box, area: [120, 4, 280, 296] },
  ])('keeps every label wholly inside $name', ({ safe, area }) => {
    const { labels } = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 400,
      height: 300,
      safe,
    });
    expect(labels.length).toBeGreaterThan(0);
    for (const { box, lines } of labels) {
      expect(box[0], lines[0]).toBeGreaterThanOrEqual(area[0]!);
      expect(box[1], lines[0]).toBeGreaterThanOrEqual(area[1]!);
      expect(box[2], lines[0]).toBeLessThanOrEqual(area[2]!);
      expect(box[3], lines[0]).toBeLessThanOrEqual(area[3]!);
    }
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

  it('draws beyond the picture by the overscan asked for', () => {
    const wide = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 400,
      height: 300,
      overscan: [0.5, 0.5],
    });
    expect(wide.extent).toEqual([-200, -150, 600, 450]);
  });
});
