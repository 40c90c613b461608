import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { BASEMAP_LAYERS } from '../basemap/types.ts';
import { contrast } from '../../testing/contrast.ts';
import { basemapLayers, basemapSource } from './basemap-layers.ts';
import { cityDotImageId } from './dot-image.ts';
import { BASEMAP_PALETTES } from './marks.ts';
import type { StoryTheme } from '../story/theme.ts';

const themes: { theme: StoryTheme }[] = [{ theme: 'light' }, { theme: 'dark' }];

/** Every `['get', 'layer']` comparison in a filter, with the value compared against. */
function layerValues(filter: unknown): string[] {
  if (!Array.isArray(filter)) return [];
  const [op, left, right] = filter as unknown[];
  if (op === '==' && JSON.stringify(left) === '["get","layer"]' && typeof right === 'string') {
    return [right];
  }
  return filter.flatMap(layerValues);
}

function style(layers: LayerSpecification[]): StyleSpecification {
  return { version: 8, sources: { basemap: basemapSource('./data/basemap.json') }, layers };
}

describe('basemapLayers', () => {
  it.each(themes)('reads only the given source ($theme)', ({ theme }) => {
    for (const layer of basemapLayers('my-source', theme)) {
      if (layer.type === 'background') continue;
      expect('source' in layer && layer.source).toBe('my-source');
    }
  });

  it.each(themes)(
    'filters only on layers the basemap produces, and draws each ($theme)',
    ({ theme }) => {
      const used = basemapLayers('basemap', theme).flatMap((layer) =>
        'filter' in layer ? layerValues(layer.filter) : [],
      );
      expect(new Set(used)).toEqual(new Set(BASEMAP_LAYERS));
    },
  );

  it.each(themes)('is a valid MapLibre style ($theme)', ({ theme }) => {
    expect(validateStyleMin(style(basemapLayers('basemap', theme)))).toEqual([]);
  });

  it('starts with the water background and gives every layer a unique id', () => {
    const layers = basemapLayers('basemap');
    expect(layers[0]?.type).toBe('background');
    expect(new Set(layers.map((l) => l.id)).size).toBe(layers.length);
  });

  it.each(themes)('has label text at least 4.5:1 against its halo ($theme)', ({ theme }) => {
    for (const layer of basemapLayers('basemap', theme)) {
      if (layer.type !== 'symbol') continue;
      const paint = layer.paint ?? {};
      const text = paint['text-color'];
      const halo = paint['text-halo-color'];
      expect(typeof text === 'string' && typeof halo === 'string').toBe(true);
      expect(contrast(String(text), String(halo))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('labels sit on a halo the colour of what is under them', () => {
    for (const palette of Object.values(BASEMAP_PALETTES)) {
      expect(palette.waterHalo).toBe(palette.water);
      expect(palette.landHalo).toBe(palette.land);
    }
  });
});

describe('basemapSource', () => {
  it('is a GeoJSON source at the URL, crediting its data', () => {
    const source = basemapSource('./data/basemap.json');
    expect(source).toMatchObject({ type: 'geojson', data: './data/basemap.json' });
    expect(source.attribution).toMatch(/Natural Earth/);
    expect(source.attribution).toMatch(/GeoNames/);
  });
});

describe('basemapLayers with country labels hidden', () => {
  const filters = (hidden: string[]) =>
    basemapLayers('basemap', 'light', { hideCountryLabels: hidden })
      .filter((layer) => layer.id.startsWith('basemap-label-country'))
      .map((layer) => ('filter' in layer ? layer.filter : undefined));

  it('leaves the filters as they are when nothing is hidden', () => {
    expect(filters([])).toEqual(
      basemapLayers('basemap')
        .filter((layer) => layer.id.startsWith('basemap-label-country'))
        .map((layer) => ('filter' in layer ? layer.filter : undefined)),
    );
  });

  it('excludes the hidden countries by ISO code from every country label layer', () => {
    for (const filter of filters(['IL', 'LB'])) {
      expect(JSON.stringify(filter)).toContain(
        '["!",["in",["get","iso2"],["literal",["IL","LB"]]]]',
      );
    }
  });
});

describe('basemapLayers with the story’s cities', () => {
  const layers = basemapLayers('basemap', 'light', { hideCityNames: ['Beirut'] });
  const drawn = (id: string, properties: Record<string, unknown>) => {
    const layer = layers.find((candidate) => candidate.id === id)!;
    return featureFilter('filter' in layer ? layer.filter : undefined, 'filter').filter(
      { zoom: 6 },
      { type: 1, properties } as never,
    );
  };

  it.each(['basemap-label-city-major', 'basemap-label-city-large', 'basemap-label-city-town'])(
    '%s (a name and its dot) gives way to a story place of the same name, and draws the others',
    (id) => {
      const rank = id.endsWith('major') ? 1 : id.endsWith('large') ? 2 : 3;
      expect(drawn(id, { layer: 'label-city', rank, name: 'Beirut' })).toBe(false);
      expect(drawn(id, { layer: 'label-city', rank, name: 'Damascus' })).toBe(true);
    },
  );

  it.each(['light', 'dark'] as const)(
    'sets each city’s dot as its name’s icon, so they show or hide together (%s)',
    (theme) => {
      const cities = basemapLayers('basemap', theme).filter((layer) =>
        layer.id.startsWith('basemap-label-city'),
      );
      expect(cities).toHaveLength(3);
      for (const layer of cities) {
        expect(layer.type === 'symbol' && layer.layout?.['icon-image']).toBe(cityDotImageId(theme));
      }
      // No layer draws a dot of its own beside the names.
      expect(basemapLayers('basemap', theme).some((layer) => layer.type === 'circle')).toBe(false);
    },
  );
});
