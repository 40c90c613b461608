import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { measureBetween, moveLine, moveRing } from '../geo/measure.ts';
import { MEASURE_SOURCE, measureCollection, measureLayers } from './measure-layers.ts';

const TEL_AVIV = { lngLat: [34.78057, 32.08088] as [number, number], name: 'Tel Aviv' };
const HODEIDAH = { lngLat: [42.9301, 14.8411] as [number, number], name: 'Port of Hodeidah' };
const CHICAGO = { lngLat: [-87.65, 41.85] as [number, number], name: 'Chicago' };

describe('measureCollection', () => {
  it.each([
    { name: 'nothing', drawing: {}, roles: [] },
    {
      name: 'a measured line',
      drawing: {
        a: TEL_AVIV,
        b: HODEIDAH,
        measured: measureBetween(TEL_AVIV.lngLat, HODEIDAH.lngLat),
      },
      roles: ['line', 'point', 'point'],
    },
    {
      name: 'a ring and its copy at home, with the moved line',
      drawing: {
        a: TEL_AVIV,
        b: HODEIDAH,
        measured: measureBetween(TEL_AVIV.lngLat, HODEIDAH.lngLat),
        ring: moveRing(TEL_AVIV.lngLat, 1000),
        home: CHICAGO,
        movedRing: moveRing(CHICAGO.lngLat, 1000),
        movedLine: moveLine([TEL_AVIV.lngLat, HODEIDAH.lngLat], CHICAGO.lngLat),
      },
      roles: ['ring', 'ring', 'line', 'line', 'point', 'point', 'point', 'point'],
    },
  ])('$name', ({ drawing, roles }) => {
    const collection = measureCollection({
      a: null,
      b: null,
      measured: null,
      ring: null,
      home: null,
      movedRing: null,
      movedLine: null,
      label: '2,080 km',
      ...drawing,
    });
    expect(collection.features.map((f) => f.properties?.role)).toEqual(roles);
  });

  it('a ring carries its centre and radius', () => {
    const [ring] = measureCollection({
      a: null,
      b: null,
      measured: null,
      ring: moveRing(CHICAGO.lngLat, 1609.344),
      home: null,
      movedRing: null,
      movedLine: null,
      label: '',
    }).features;
    expect(ring?.properties).toEqual({
      role: 'ring',
      centerLng: -87.65,
      centerLat: 41.85,
      radiusKm: 1609.344,
    });
  });
});

describe('measureLayers', () => {
  it.each(['light', 'dark'] as const)('are valid and constant-paint (%s)', (theme) => {
    const layers = measureLayers(theme);
    const style = {
      version: 8 as const,
      sources: {
        [MEASURE_SOURCE]: {
          type: 'geojson' as const,
          data: { type: 'FeatureCollection', features: [] },
        },
      },
      layers,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    for (const layer of layers) {
      for (const value of Object.values(('paint' in layer && layer.paint) || {})) {
        expect(Array.isArray(value) && typeof value[0] === 'string').toBe(false);
      }
    }
  });
});
