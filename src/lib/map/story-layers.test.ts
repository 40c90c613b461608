import { describe, expect, it } from 'vitest';
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import {
  featureFilter,
  latest,
  normalizePropertyExpression,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { sampleStory } from '../../testing/sample-story.ts';
import { contrast } from '../../testing/contrast.ts';
import type { Bounds } from '../geo/types.ts';
import type { Padding } from '../story/types.ts';
import { lineLabelInset } from './frame-guard.ts';
import {
  CLICKABLE_LAYERS,
  distanceLabel,
  DISTANCE_NAMES,
  distanceTextField,
  labelLines,
  nameTextField,
  type NameAnchors,
  selectedCountryFilter,
  selectedFilter,
  selectedShapeFilter,
  stepFilter,
  TIME_FILTERED_LAYERS,
  timeFilter,
  storyCountries,
  storyLayers,
  storySources,
  localName,
  marksRegion,
  REGION_MARKED,
  anchorOffset,
  nameAnchorOffset,
  NAME_ANCHORS,
} from './story-layers.ts';
import { LABELS } from './marks.ts';
import { SOURCE, STORY_LAYER } from './ids.ts';

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
      if (layer.type !== 'symbol' || !layer.layout?.['text-field']) continue;
      const { 'text-color': text, 'text-halo-color': halo } = layer.paint ?? {};
      expect(contrast(String(text), String(halo)), layer.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps a valid style with a step highlighted and a time range on every place layer', () => {
    const layers = storyLayers({ ...options, units: 'mi', selected: null }).map((layer) => {
      if (layer.id === 'place-step') return { ...layer, filter: stepFilter(['alpha']) };
      const timed = TIME_FILTERED_LAYERS.find(({ id }) => id === layer.id);
      if (!timed || !('filter' in layer)) return layer;
      return { ...layer, filter: timeFilter(layer.filter, ['alpha'], timed.key) };
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

/** Whether a layer's filter keeps a feature, as MapLibre evaluates it. */
function keeps(
  filter: FilterSpecification | null | undefined,
  properties: Record<string, unknown>,
) {
  return featureFilter(filter ?? undefined, 'filter').filter({ zoom: 4 }, {
    type: 1,
    properties,
  } as never);
}

describe('filters, evaluated on features', () => {
  const story = sampleStory();
  const placeFeatures = (storySources(story)[SOURCE.places]!.data as GeoJSON.FeatureCollection)
    .features;
  const layers = storyLayers({ story, basemapSource: 'basemap', units: 'mi', selected: null });
  const layersDrawing = (properties: Record<string, unknown>, source: string) =>
    layers
      .filter((layer) => 'source' in layer && layer.source === source)
      .filter((layer) => keeps('filter' in layer ? layer.filter : undefined, properties))
      .map((layer) => layer.id);

  it.each([
    {
      name: 'an exact place from the article with an event',
      properties: { precision: 'exact', origin: 'article', hasEvents: true, rank: 1 },
      expected: ['place-dot-event', 'place-label-key', 'place-dot-keep-out'],
    },
    {
      name: 'an exact place the article only names',
      properties: { precision: 'exact', origin: 'article', hasEvents: false, rank: 2 },
      expected: ['place-dot', 'place-label', 'place-dot-keep-out'],
    },
    {
      name: 'a place known roughly, added for context',
      properties: { precision: 'near', origin: 'context', hasEvents: true, rank: 2 },
      expected: [
        'place-halo-near',
        'place-dot-context',
        'place-label-context',
        'place-dot-keep-out',
      ],
    },
    {
      name: 'an area with no outline of its own',
      properties: { precision: 'area', origin: 'article', hasEvents: true, hasShape: false },
      expected: ['place-halo-area', 'place-label'],
    },
    {
      name: 'an area with its own outline',
      properties: { precision: 'area', origin: 'article', hasEvents: true, hasShape: true },
      expected: ['place-label'],
    },
    {
      name: 'a region the article names, with no outline of its own',
      properties: {
        precision: 'region',
        origin: 'article',
        hasEvents: false,
        hasShape: false,
        rank: 1,
      },
      expected: ['place-region', 'place-label-key', 'place-dot-keep-out'],
    },
    {
      name: 'a country, whose outline is the basemap’s',
      properties: { precision: 'region', origin: 'article', rank: 1, hasShape: true },
      expected: ['place-label-key'],
    },
    {
      name: 'a place confirmed since the article',
      properties: { precision: 'exact', origin: 'article', hasEvents: true, status: 'confirmed' },
      expected: ['place-status-confirmed', 'place-dot-event', 'place-label', 'place-dot-keep-out'],
    },
    {
      name: 'a place known roughly, disputed',
      properties: { precision: 'near', origin: 'article', hasEvents: true, status: 'disputed' },
      expected: [
        'place-halo-near',
        'place-status-disputed',
        'place-dot-event',
        'place-label',
        'place-dot-keep-out',
      ],
    },
    {
      name: 'a place withdrawn: hollow, no halo, its label kept',
      properties: { precision: 'near', origin: 'article', hasEvents: false, status: 'withdrawn' },
      expected: ['place-dot-withdrawn', 'place-label', 'place-dot-keep-out'],
    },
    {
      name: 'a region far from the story',
      properties: { precision: 'region', origin: 'article', rank: 3, hasShape: false },
      expected: ['place-label'],
    },
  ])('draws $name with $expected', ({ properties, expected }) => {
    expect(
      layersDrawing({ placeId: 'x', status: 'reported', ...properties }, SOURCE.places),
    ).toEqual(expected);
  });

  // Every kind of place the article names in the first view, by precision and outline.
  const kinds = ['exact', 'near', 'area', 'region'].flatMap((precision) =>
    [true, false].flatMap((hasShape) =>
      [1, 2].map((rank) => ({ precision, hasShape, rank, origin: 'article', hasEvents: false })),
    ),
  );

  it.each(kinds)(
    'never leaves $precision place (shape: $hasShape, rank $rank) to its name alone',
    (properties) => {
      const marks = layersDrawing({ placeId: 'x', ...properties }, SOURCE.places).filter(
        (id) => !id.startsWith('place-label'),
      );
      // A place with an outline is drawn by it (a zone, a border, or its country's outline).
      expect(marks.length > 0 || properties.hasShape, JSON.stringify(properties)).toBe(true);
    },
  );

  it.each([...kinds, ...kinds.map((kind) => ({ ...kind, rank: 3 }))])(
    'rings a region on the map exactly where marksRegion says ($precision, rank $rank)',
    (properties) => {
      expect(keeps(REGION_MARKED, properties)).toBe(marksRegion(properties));
    },
  );

  it.each([
    { kind: 'zone', expected: ['zone-fill'] },
    { kind: 'border', expected: ['border-line'] },
  ])('draws a $kind shape with $expected, until it is selected', ({ kind, expected }) => {
    expect(layersDrawing({ place: 'band', kind }, SOURCE.shapes)).toEqual(expected);
  });

  it.each([
    { selected: 'alpha', shown: ['alpha'] },
    { selected: null, shown: [] },
  ])('rings only the selected place ($selected)', ({ selected, shown }) => {
    const kept = placeFeatures.filter((f) => keeps(selectedFilter(selected), f.properties!));
    expect(kept.map((f) => f.properties!.placeId)).toEqual(shown);
  });

  it('outlines the selected shape only', () => {
    expect(keeps(selectedShapeFilter('band'), { place: 'band' })).toBe(true);
    expect(keeps(selectedShapeFilter('band'), { place: 'other' })).toBe(false);
    expect(keeps(selectedShapeFilter(null), { place: 'band' })).toBe(false);
  });

  it.each([
    { placeId: 'band', outlined: ['LB'] },
    { placeId: 'alpha', outlined: [] },
    { placeId: null, outlined: [] },
  ])('outlines the country that place $placeId stands for', ({ placeId, outlined }) => {
    const basemap = [
      { layer: 'country', iso2: 'LB' },
      { layer: 'country', iso2: 'IL' },
      { layer: 'label-country', iso2: 'LB' },
      { layer: 'country' },
    ];
    const kept = basemap.filter((f) => keeps(selectedCountryFilter(story, placeId), f));
    expect(kept.map((f) => f.iso2)).toEqual(outlined);
  });

  it.each([
    { step: ['alpha', 'band'], shown: ['alpha', 'band'] },
    { step: [], shown: [] },
  ])('rings the places of a step ($step)', ({ step, shown }) => {
    const kept = placeFeatures.filter((f) => keeps(stepFilter(step), f.properties!));
    expect(kept.map((f) => f.properties!.placeId)).toEqual(shown);
  });

  it.each([
    { name: 'no range keeps every place a layer draws', range: null, shown: ['beta'] },
    { name: 'a range narrows the layer’s own filter', range: ['alpha', 'beta'], shown: ['beta'] },
    { name: 'a range that leaves the layer nothing', range: ['alpha'], shown: [] },
  ])('timeFilter: $name', ({ range, shown }) => {
    const contextDots = layers.find((layer) => layer.id === 'place-dot-context')!;
    const filter = timeFilter(
      'filter' in contextDots ? contextDots.filter : undefined,
      range,
      'placeId',
    );
    const kept = placeFeatures.filter((f) => keeps(filter, f.properties!));
    expect(kept.map((f) => f.properties!.placeId)).toEqual(shown);
  });

  it('narrows a layer without a filter of its own to the range, by the key given', () => {
    expect(timeFilter(undefined, null)).toBeUndefined();
    const filter = timeFilter(undefined, ['band'], 'place');
    expect(keeps(filter, { place: 'band' })).toBe(true);
    expect(keeps(filter, { place: 'alpha' })).toBe(false);
  });

  it.each([
    { units: 'mi' as const, expected: '69 mi (article: about 60 miles)' },
    { units: 'km' as const, expected: '111 km (article: about 60 miles)' },
  ])('labels distances in $units', ({ units, expected }) => {
    const distance = (
      storySources(story)[SOURCE.labelLines]!.data as GeoJSON.FeatureCollection
    ).features.find((feature) => feature.properties?.distanceId);
    const text = normalizePropertyExpression(
      distanceTextField(units) as never,
      'text-field',
      latest.layout_symbol['text-field'] as never,
    ).evaluate({ zoom: 4 }, { type: 2, properties: distance!.properties } as never);
    expect(String(text)).toBe(expected);
  });
});

describe('anchorOffset', () => {
  const corner = 2 / Math.SQRT2;
  it.each([
    { anchor: 'left', expected: [2, 0] },
    { anchor: 'right', expected: [-2, 0] },
    { anchor: 'top', expected: [0, 2] },
    { anchor: 'bottom', expected: [0, -2] },
    { anchor: 'top-left', expected: [corner, corner] },
    { anchor: 'top-right', expected: [-corner, corner] },
    { anchor: 'bottom-left', expected: [corner, -corner] },
    { anchor: 'bottom-right', expected: [-corner, -corner] },
  ] as const)(
    'sets a name at $anchor 2 ems out as the radial offset does',
    ({ anchor, expected }) => {
      const [x, y] = anchorOffset(anchor, 2);
      expect(x).toBeCloseTo(expected[0], 9);
      expect(y).toBeCloseTo(expected[1], 9);
    },
  );
});

describe('nameAnchorOffset', () => {
  const mark = LABELS.place;
  /** The anchors and offsets the expression gives a feature, as MapLibre evaluates it. */
  const evaluate = (value: unknown, properties: Record<string, unknown>) =>
    (
      normalizePropertyExpression(
        value as never,
        'text-variable-anchor-offset',
        latest.layout_symbol['text-variable-anchor-offset'] as never,
      ).evaluate({ zoom: 4 }, { type: 1, properties } as never) as { values: unknown[] }
    ).values;
  const dot = { placeId: 'alpha', precision: 'exact', origin: 'article', rank: 2 };
  const country = {
    placeId: 'lb',
    precision: 'region',
    origin: 'article',
    rank: 1,
    hasShape: true,
  };
  const offsets = (anchors: readonly (typeof NAME_ANCHORS)[number][], radius: number) =>
    anchors.flatMap((anchor) => [anchor, anchorOffset(anchor, radius)]);

  it.each([
    { name: 'a dot’s name, the mark’s offset out', properties: dot, radius: mark.offset },
    { name: 'a country’s name, from its point', properties: country, radius: 0 },
  ])('sets $name at every anchor when none is chosen', ({ properties, radius }) => {
    expect(evaluate(nameAnchorOffset(mark), properties)).toEqual(offsets(NAME_ANCHORS, radius));
  });

  it('keeps a place to its own anchors, and the others to every anchor', () => {
    const allowed = new Map([
      ['alpha', ['left', 'top'] as const],
      ['beta', ['left', 'top'] as const],
      ['gamma', ['left'] as const],
    ]);
    const value = nameAnchorOffset(mark, allowed);
    for (const [placeId, anchors] of allowed) {
      expect(evaluate(value, { ...dot, placeId }), placeId).toEqual(offsets(anchors, mark.offset));
    }
    expect(evaluate(value, { ...dot, placeId: 'delta' })).toEqual(
      offsets(NAME_ANCHORS, mark.offset),
    );
    // One branch per set of anchors, not per place.
    expect(JSON.stringify(value).match(/"case"/g)).toHaveLength(3);
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

describe('labelLines', () => {
  const story = sampleStory();
  const linesOf = (feature: GeoJSON.Feature) =>
    (feature.geometry as GeoJSON.MultiLineString).coordinates;

  it('gives every ring its edge and every distance its line, whole when there is no first view', () => {
    const [ring, distance] = labelLines(story).features;
    expect(ring!.properties).toEqual({ ringId: 'alpha-ring', label: '200 km from alpha' });
    expect(linesOf(ring!)[0]).toHaveLength(5);
    expect(distance!.properties).toEqual({
      distanceId: 'alpha-to-beta',
      labelMi: distanceLabel(story.distances[0]!, 'mi'),
      labelKm: distanceLabel(story.distances[0]!, 'km'),
      shortMi: distanceLabel(story.distances[0]!, 'mi', { short: true }),
      shortKm: distanceLabel(story.distances[0]!, 'km', { short: true }),
    });
    expect(linesOf(distance!)).toEqual([
      [
        [0, 0],
        [1, 0],
      ],
    ]);
  });

  it('keeps only what lies inside the frame by each name’s height on the first view', () => {
    const asked: Padding[] = [];
    // Everything east of 0.5°: the frame's west edge cuts both the ring and the distance.
    const frame = (inset: Padding): Bounds => {
      asked.push(inset);
      return [0.5, -3, 3, 3];
    };
    const [ring, distance] = labelLines(story, frame).features;
    const alpha = story.places.features.find((place) => place.id === 'alpha')!;
    // Alpha, at 0°, is out of the frame: the line says where it goes.
    expect(distance!.properties?.labelMi).toBe(
      distanceLabel(story.distances[0]!, 'mi', { to: alpha.properties.name }),
    );
    expect(distance!.properties?.labelMi).toMatch(/^to /);
    expect(asked).toEqual([
      lineLabelInset(LABELS.ring),
      lineLabelInset(LABELS.distance, LABELS.distance.offset),
    ]);
    // The distance is set above its line: it keeps further from the edges than the ring's name.
    expect(asked[1]!.top).toBeGreaterThan(asked[0]!.top);
    expect(linesOf(ring!)).toEqual([
      [
        [0.5, -2],
        [2, -2],
        [2, 2],
        [0.5, 2],
      ],
    ]);
    expect(linesOf(distance!)).toEqual([
      [
        [0.5, 0],
        [1, 0],
      ],
    ]);
  });
});

describe('a distance’s two names', () => {
  const story = sampleStory();
  const layers = storyLayers({ story, units: 'km', selected: null, basemapSource: 'basemap' });
  const distance = labelLines(story).features.find((feature) => feature.properties?.distanceId);
  it.each([
    { units: 'mi' as const, short: false, expected: '69 mi (article: about 60 miles)' },
    { units: 'km' as const, short: false, expected: '111 km (article: about 60 miles)' },
    { units: 'mi' as const, short: true, expected: '69 mi' },
    { units: 'km' as const, short: true, expected: '111 km' },
  ])('$units, short $short: “$expected”', ({ units, short, expected }) => {
    const [, key] = distanceTextField(units, short) as [string, string];
    expect(distance?.properties?.[key]).toBe(expected);
  });

  it('sets the measured figure alone under both figures, where the long name hides it', () => {
    const at = (id: string) => layers.findIndex((layer) => layer.id === id);
    expect(at(STORY_LAYER.distanceLabelShort)).toBe(at(STORY_LAYER.distanceLabel) - 1);
    for (const { id, short } of DISTANCE_NAMES) {
      const layer = layers[at(id)]!;
      expect(layer.type === 'symbol' && layer.layout?.['text-field']).toEqual(
        distanceTextField('km', short),
      );
    }
  });
});

describe('nameTextField', () => {
  const write = (field: ExpressionSpecification, properties: Record<string, unknown>) =>
    String(
      normalizePropertyExpression(
        field as never,
        'text-field',
        latest.layout_symbol['text-field'] as never,
      ).evaluate({ zoom: 4 }, { type: 1, properties } as never),
    );
  const tyre = { placeId: 'tyre', name: 'Tyre', localName: 'صور' };
  const sidon = { placeId: 'sidon', name: 'Sidon', localName: '' };
  it.each([
    { name: 'any anchor: every name', allowed: new Map(), expected: ['Tyre\nصور', 'Sidon'] },
    {
      name: 'one with room, one with none: only the first is named',
      allowed: new Map([
        ['tyre', ['left']],
        ['sidon', []],
      ]),
      expected: ['Tyre\nصور', ''],
    },
  ] as const)('$name', ({ allowed, expected }) => {
    const field = nameTextField(allowed as NameAnchors);
    expect([write(field, tyre), write(field, sidon)]).toEqual(expected);
  });
});
