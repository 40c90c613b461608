import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { sampleStory } from '../../testing/sample-story.ts';
import { contrast } from '../../testing/contrast.ts';
import {
  CLICKABLE_LAYERS,
  distanceLabel,
  distanceTextField,
  selectedCountryFilter,
  selectedFilter,
  stepFilter,
  TIME_FILTERED_LAYERS,
  timeFilter,
  storyCountries,
  storyLayers,
  storySources,
  localName,
} from './story-layers.ts';
import { SOURCE } from './ids.ts';

describe('distanceLabel', () => {
  const [distance] = sampleStory().distances;
  it.each([
    { units: 'mi' as const, expected: /^69 mi \(article: about 60 miles\)$/ },
    { units: 'km' as const, expected: /^111 km \(article: about 60 miles\)$/ },
  ])('puts the measured figure in $units beside the stated one', ({ units, expected }) => {
    expect(distanceLabel(distance!, units)).toMatch(expected);
  });

  it('shows the measured figure alone when the article states none', () => {
    const { stated: _stated, ...unstated } = distance!;
    expect(distanceLabel(unstated, 'km')).toBe('111 km');
  });
});

describe('storyLayers', () => {
  const story = sampleStory();
  const options = { story, basemapSource: 'basemap' };
  const style = (selected: string | null) => ({
    version: 8 as const,
    sources: {
      ...storySources(story),
      basemap: {
        type: 'geojson' as const,
        data: { type: 'FeatureCollection' as const, features: [] },
      },
    },
    layers: storyLayers({ ...options, units: 'mi', selected }),
  });

  it.each([null, 'alpha'])('is a valid MapLibre style with selection %s', (selected) => {
    expect(validateStyleMin(style(selected))).toEqual([]);
  });

  it('draws from the story sources, and the basemap for country outlines', () => {
    const sources = new Set<string>([...Object.values(SOURCE), 'basemap']);
    for (const layer of storyLayers({ ...options, units: 'km', selected: null })) {
      expect(sources.has(('source' in layer ? layer.source : '') as never)).toBe(true);
    }
  });

  it('keeps paint constant, so no layer needs a WebGL program of its own', () => {
    const readsFeatures = (value: unknown): boolean =>
      Array.isArray(value) &&
      (value[0] === 'get' || value[0] === 'feature-state' || value.some(readsFeatures));
    for (const layer of storyLayers({ ...options, units: 'km', selected: 'alpha' })) {
      const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
      for (const [property, value] of Object.entries(paint)) {
        expect(readsFeatures(value), `${layer.id} ${property}`).toBe(false);
      }
    }
  });

  it.each(['light', 'dark'] as const)('keeps %s labels at 4.5:1 against their halo', (theme) => {
    for (const layer of storyLayers({ ...options, theme, units: 'km', selected: null })) {
      if (layer.type !== 'symbol') continue;
      const { 'text-color': text, 'text-halo-color': halo } = layer.paint ?? {};
      expect(contrast(String(text), String(halo)), layer.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a valid style with a step highlighted and a time range on every place layer', () => {
    const layers = storyLayers({ ...options, units: 'mi', selected: null }).map((layer) => {
      if (layer.id === 'place-step') return { ...layer, filter: stepFilter(['alpha']) };
      const timed = TIME_FILTERED_LAYERS.find(({ id }) => id === layer.id);
      if (!timed || !('filter' in layer)) return layer;
      return { ...layer, filter: timeFilter(layer.filter, ['alpha'], timed.key) ?? undefined };
    });
    const ids = layers.map((layer) => layer.id);
    for (const { id } of TIME_FILTERED_LAYERS) expect(ids).toContain(id);
    expect(validateStyleMin({ ...style(null), layers })).toEqual([]);
  });

  it('makes the place layers clickable', () => {
    const ids = storyLayers({ ...options, units: 'km', selected: null }).map((layer) => layer.id);
    for (const id of CLICKABLE_LAYERS) expect(ids).toContain(id);
  });

  it('carries each place id and whether it has an outline into the source', () => {
    const places = storySources(story)[SOURCE.places]!.data as GeoJSON.FeatureCollection;
    expect(places.features.map((feature) => feature.properties?.placeId)).toEqual([
      'alpha',
      'beta',
      'band',
    ]);
    expect(places.features.map((feature) => feature.properties?.hasShape)).toEqual([
      false,
      false,
      true,
    ]);
  });
});

describe('storyCountries', () => {
  it('lists the countries the story draws as places', () => {
    expect(storyCountries(sampleStory())).toEqual(['LB']);
  });
});

describe('selection and units expressions', () => {
  it.each([
    { placeId: 'band', expected: 'LB' },
    { placeId: 'alpha', expected: '' },
    { placeId: null, expected: '' },
  ])('outlines the country that place $placeId stands for', ({ placeId, expected }) => {
    expect(selectedCountryFilter(sampleStory(), placeId)).toEqual([
      'all',
      ['==', ['get', 'layer'], 'country'],
      ['==', ['get', 'iso2'], expected],
    ]);
  });

  it.each([
    { placeId: 'alpha', expected: ['==', ['get', 'placeId'], 'alpha'] },
    { placeId: null, expected: ['==', ['get', 'placeId'], ''] },
  ])('selectedFilter($placeId)', ({ placeId, expected }) => {
    expect(selectedFilter(placeId)).toEqual(expected);
  });

  it.each([
    {
      placeIds: ['alpha', 'band'],
      expected: ['in', ['get', 'placeId'], ['literal', ['alpha', 'band']]],
    },
    { placeIds: [], expected: ['in', ['get', 'placeId'], ['literal', []]] },
  ])('stepFilter($placeIds)', ({ placeIds, expected }) => {
    expect(stepFilter(placeIds)).toEqual(expected);
  });

  const inRange = (key: string, ids: string[]) => ['in', ['get', key], ['literal', ids]];
  it.each([
    {
      name: 'no range keeps the filter',
      base: ['==', 'a', 1],
      ids: null,
      key: 'placeId' as const,
      expected: ['==', 'a', 1],
    },
    {
      name: 'no range and no filter',
      base: undefined,
      ids: null,
      key: 'placeId' as const,
      expected: null,
    },
    {
      name: 'a range combines with the filter',
      base: ['==', ['get', 'origin'], 'context'],
      ids: ['alpha'],
      key: 'placeId' as const,
      expected: ['all', ['==', ['get', 'origin'], 'context'], inRange('placeId', ['alpha'])],
    },
    {
      name: 'a range alone',
      base: undefined,
      ids: [],
      key: 'place' as const,
      expected: inRange('place', []),
    },
  ])('timeFilter: $name', ({ base, ids, key, expected }) => {
    expect(timeFilter(base as never, ids, key)).toEqual(expected);
  });

  it.each([
    { units: 'mi' as const, expected: ['get', 'labelMi'] },
    { units: 'km' as const, expected: ['get', 'labelKm'] },
  ])('distanceTextField($units)', ({ units, expected }) => {
    expect(distanceTextField(units)).toEqual(expected);
  });
});

describe('localName', () => {
  it.each([
    { names: undefined, expected: '' },
    { names: {}, expected: '' },
    { names: { fr: 'Tel-Aviv' }, expected: '' },
    { names: { he: 'תל אביב' }, expected: 'תל אביב' },
    { names: { ar: 'تل أبيب' }, expected: 'تل أبيب' },
    { names: { he: 'תל אביב', ar: 'تل أبيب' }, expected: 'تل أبيب' },
  ])('$names → "$expected"', ({ names, expected }) => {
    expect(localName(names)).toBe(expected);
  });

  it('goes into the places source for the label’s second line', () => {
    const story = sampleStory();
    const [first] = story.places.features;
    first!.properties.names = { he: 'אלפא' };
    const places = storySources(story)[SOURCE.places]!.data as GeoJSON.FeatureCollection;
    expect(places.features.map((feature) => feature.properties?.localName)).toEqual([
      'אלפא',
      '',
      '',
    ]);
  });
});
