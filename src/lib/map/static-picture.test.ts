import { describe, expect, it } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { sampleStory } from '../../testing/sample-story.ts';
import { fitBoundsCamera } from './fit-bounds.ts';
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

describe('fitBoundsCamera', () => {
  it.each([
    // 360° of longitude in 512 px at zoom 0: 90° in (512 - 2·0) px is zoom 2.
    {
      bounds: [0, -1, 90, 1] as const,
      width: 512,
      height: 512,
      padding: 0,
      zoom: 2,
      center: [45, 0],
    },
    {
      bounds: [0, -1, 90, 1] as const,
      width: 560,
      height: 512,
      padding: 24,
      zoom: 2,
      center: [45, 0],
    },
    // Capped at the live map's maxZoom.
    {
      bounds: [0, 0, 0.0001, 0.0001] as const,
      width: 960,
      height: 600,
      padding: 24,
      zoom: 12,
      center: [0.00005, 0.00005],
    },
  ])(
    'fits $bounds in $width × $height at zoom $zoom',
    ({ bounds, width, height, padding, zoom, center }) => {
      const camera = fitBoundsCamera({ bounds: [...bounds], width, height, padding });
      expect(camera.zoom).toBeCloseTo(zoom, 6);
      expect(camera.center[0]).toBeCloseTo(center[0]!, 6);
      expect(camera.center[1]).toBeCloseTo(center[1]!, 6);
    },
  );

  it('says which bounds cannot fit', () => {
    expect(() =>
      fitBoundsCamera({ bounds: [0, 0, 1, 1], width: 40, height: 40, padding: 24 }),
    ).toThrow(/do not fit 40×40/);
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
      padding: 16,
      units: 'km',
    });
    const labelled = crowded.places.filter((place) => place.labelled).map((place) => place.id);
    expect(labelled[0]).toBe('alpha');
    expect(labelled.length).toBeLessThan(3);
  });

  it('keeps names inside the picture and off areas set aside', () => {
    const reserved = staticMapPicture({
      story: sampleStory(),
      basemap: BASEMAP,
      width: 400,
      height: 300,
      reserved: [[0, 0, 400, 300]],
    });
    expect(reserved.labels.filter((label) => label.kind !== 'distance')).toEqual([]);
    for (const label of picture.labels) {
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x).toBeLessThanOrEqual(400);
      expect(label.y).toBeGreaterThanOrEqual(0);
      expect(label.y).toBeLessThanOrEqual(300);
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
      overscan: 0.5,
    });
    expect(wide.extent).toEqual([-200, -150, 600, 450]);
  });
});
