/**
 * The basemap's MapLibre source and layers, as plain style data.
 *
 * Everything is drawn from one GeoJSON source, `public/data/basemap.json`, whose features say
 * which layer they belong to in `properties.layer` (see src/lib/basemap/types.ts). Labels use
 * no glyph server: with no `glyphs` in the style, MapLibre draws text with the reader's own
 * fonts, reading the weight and style from the words of the first `text-font` name
 * ("Italic", "Semibold"), and falls back to the browser's sans-serif.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import { BASEMAP_ATTRIBUTION } from '../basemap/attribution.ts';
import type { BasemapLayer } from '../basemap/types.ts';

export type BasemapTheme = 'light' | 'dark';

/** Colours of one theme. Label text against its halo is at least 4.5:1 (WCAG AA). */
export interface BasemapPalette {
  water: string;
  land: string;
  country: string;
  boundary: string;
  countryText: string;
  cityText: string;
  cityDot: string;
  waterText: string;
  /** The halo behind labels on land. */
  landHalo: string;
  /** The halo behind labels on water. */
  waterHalo: string;
}

/** A calm, newsroom-style neutral palette: the story's own layers carry the colour. */
export const BASEMAP_PALETTES: Readonly<Record<BasemapTheme, BasemapPalette>> = {
  light: {
    water: '#d6e0e7',
    land: '#f5f3ef',
    country: '#eeebe5',
    boundary: '#a39c95',
    countryText: '#5c5752',
    cityText: '#2e2b28',
    cityDot: '#5c5752',
    waterText: '#44617a',
    landHalo: '#f5f3ef',
    waterHalo: '#d6e0e7',
  },
  dark: {
    water: '#1b232b',
    land: '#2c2f33',
    country: '#313539',
    boundary: '#6f747a',
    countryText: '#c4c0ba',
    cityText: '#ecebe8',
    cityDot: '#aeaaa4',
    waterText: '#93aec4',
    landHalo: '#2c2f33',
    waterHalo: '#1b232b',
  },
};

/** MapLibre's own default names, so a `font-faces` declaration added later applies as is. */
const FONT_REGULAR = ['Open Sans Regular', 'Arial Unicode MS Regular'];
const FONT_SEMIBOLD = ['Open Sans Semibold', 'Arial Unicode MS Bold'];
const FONT_ITALIC = ['Open Sans Italic', 'Arial Unicode MS Regular'];

const NAME: ExpressionSpecification = ['get', 'name'];
const RANK: ExpressionSpecification = ['to-number', ['get', 'rank'], 4];

/** Features of one basemap layer, optionally only those whose rank is within `[min, max]`. */
function only(layer: BasemapLayer, minRank?: number, maxRank?: number): FilterSpecification {
  const conditions: ExpressionSpecification[] = [['==', ['get', 'layer'], layer]];
  if (minRank !== undefined) conditions.push(['>=', RANK, minRank]);
  if (maxRank !== undefined) conditions.push(['<=', RANK, maxRank]);
  const [single] = conditions;
  return conditions.length === 1 && single ? single : ['all', ...conditions];
}

/**
 * The GeoJSON source the basemap layers read: MapLibre's worker fetches and tiles it itself.
 *
 * @example
 * map.addSource('basemap', basemapSource('./data/basemap.json'));
 */
export function basemapSource(url: string): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: url,
    attribution: BASEMAP_ATTRIBUTION.map((credit) => credit.text).join(' · '),
    // 1:50m shapes hold no more detail past zoom 9; tiling deeper would only cost memory.
    maxzoom: 9,
  };
}

/**
 * The basemap layers, bottom to top: water (the background), land, country fills, borders,
 * then labels for oceans, countries and cities. Ids start with `basemap-` so the story's
 * layers can be inserted above them (`beforeId` of the first label layer).
 *
 * @example
 * const style = { version: 8, sources: { basemap: basemapSource(url) }, layers: basemapLayers('basemap') };
 */
export interface BasemapLayersOptions {
  /**
   * Countries (ISO alpha-2) whose basemap label gives way to the story's own label of the
   * same country, so a country is never named twice.
   */
  hideCountryLabels?: readonly string[];
}

export function basemapLayers(
  sourceId: string,
  theme: BasemapTheme = 'light',
  { hideCountryLabels = [] }: BasemapLayersOptions = {},
): LayerSpecification[] {
  const palette = BASEMAP_PALETTES[theme];
  const source = sourceId;
  const landLabelPaint = {
    'text-halo-color': palette.landHalo,
    'text-halo-width': 1.5,
    'text-halo-blur': 0.5,
  };

  return [
    {
      id: 'basemap-background',
      type: 'background',
      paint: { 'background-color': palette.water },
    },
    {
      id: 'basemap-land',
      type: 'fill',
      source,
      filter: only('land'),
      paint: { 'fill-color': palette.land, 'fill-antialias': true },
    },
    {
      id: 'basemap-country',
      type: 'fill',
      source,
      filter: only('country'),
      paint: { 'fill-color': palette.country },
    },
    {
      id: 'basemap-boundary',
      type: 'line',
      source,
      filter: only('boundary'),
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      paint: {
        'line-color': palette.boundary,
        'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.5, 5, 1, 9, 1.75],
      },
    },
    ...oceanLabels(source, palette),
    ...countryLabels(source, palette, landLabelPaint, hideCountryLabels),
    ...cityLabels(source, palette, landLabelPaint),
  ];
}

function oceanLabels(source: string, palette: BasemapPalette): LayerSpecification[] {
  const layout = {
    'text-field': NAME,
    'text-font': FONT_ITALIC,
    'text-letter-spacing': 0.1,
    'text-max-width': 6,
  };
  const paint = {
    'text-color': palette.waterText,
    'text-halo-color': palette.waterHalo,
    'text-halo-width': 1,
  };
  return [
    {
      id: 'basemap-label-ocean',
      type: 'symbol',
      source,
      filter: only('label-ocean', 1, 1),
      layout: { ...layout, 'text-size': ['interpolate', ['linear'], ['zoom'], 1, 11, 4, 14] },
      paint,
    },
    {
      id: 'basemap-label-sea',
      type: 'symbol',
      source,
      minzoom: 3,
      filter: only('label-ocean', 2),
      layout: { ...layout, 'text-size': ['interpolate', ['linear'], ['zoom'], 3, 11, 7, 14] },
      paint,
    },
  ];
}

function countryLabels(
  source: string,
  palette: BasemapPalette,
  halo: Record<string, string | number>,
  hidden: readonly string[],
): LayerSpecification[] {
  const shown = (filter: FilterSpecification): FilterSpecification =>
    hidden.length === 0
      ? filter
      : [
          'all',
          filter as ExpressionSpecification,
          ['!', ['in', ['get', 'iso2'], ['literal', hidden]]],
        ];
  const layout = {
    'text-field': NAME,
    'text-font': FONT_SEMIBOLD,
    'text-transform': 'uppercase' as const,
    'text-letter-spacing': 0.08,
    'text-max-width': 7,
    'symbol-sort-key': RANK,
  };
  const paint = { 'text-color': palette.countryText, ...halo };
  return [
    {
      id: 'basemap-label-country-major',
      type: 'symbol',
      source,
      minzoom: 1.5,
      filter: shown(only('label-country', 1, 2)),
      layout: { ...layout, 'text-size': ['interpolate', ['linear'], ['zoom'], 2, 10, 6, 14] },
      paint,
    },
    {
      id: 'basemap-label-country-minor',
      type: 'symbol',
      source,
      minzoom: 3.5,
      filter: shown(only('label-country', 3)),
      layout: { ...layout, 'text-size': ['interpolate', ['linear'], ['zoom'], 4, 9.5, 8, 13] },
      paint,
    },
  ];
}

function cityLabels(
  source: string,
  palette: BasemapPalette,
  halo: Record<string, string | number>,
): LayerSpecification[] {
  const groups = [
    { id: 'major', minRank: 1, maxRank: 1, minzoom: 2.5, size: 12 },
    { id: 'large', minRank: 2, maxRank: 2, minzoom: 4, size: 11.5 },
    { id: 'town', minRank: 3, maxRank: undefined, minzoom: 5.5, size: 11 },
  ];
  return groups.flatMap(({ id, minRank, maxRank, minzoom, size }): LayerSpecification[] => [
    {
      id: `basemap-city-dot-${id}`,
      type: 'circle',
      source,
      minzoom,
      filter: only('label-city', minRank, maxRank),
      paint: {
        'circle-radius': 2.5,
        'circle-color': palette.cityDot,
        'circle-stroke-color': palette.landHalo,
        'circle-stroke-width': 1,
      },
    },
    {
      id: `basemap-label-city-${id}`,
      type: 'symbol',
      source,
      minzoom,
      filter: only('label-city', minRank, maxRank),
      layout: {
        'text-field': NAME,
        'text-font': minRank === 1 ? FONT_SEMIBOLD : FONT_REGULAR,
        'text-size': size,
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': 0.5,
        'text-justify': 'auto',
        'text-max-width': 8,
        'symbol-sort-key': RANK,
      },
      paint: { 'text-color': palette.cityText, ...halo },
    },
  ]);
}
