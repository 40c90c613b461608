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
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { BASEMAP_ATTRIBUTION } from '../basemap/attribution.ts';
import type { BasemapLayer } from '../basemap/types.ts';
import { boxPolygon, nameInset, type FrameAt } from './frame-guard.ts';
import { BASEMAP_LAYER, SOURCE } from './ids.ts';
import { cityDotImageId } from './dot-image.ts';
import { BASEMAP_PALETTES, FILLS, LABELS, LINES, type LabelMark } from './marks.ts';
import type { StoryTheme } from '../story/theme.ts';
import { fillPaint, labelLayout, labelPaint, lineLayout, linePaint } from './mark-style.ts';

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
export function basemapSource(data: string | FeatureCollection): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data,
    attribution: BASEMAP_ATTRIBUTION.map((credit) => credit.text).join(' · '),
    // 1:50m shapes hold no more detail past zoom 9; tiling deeper would only cost memory.
    maxzoom: 9,
  };
}

export interface BasemapLayersOptions {
  /**
   * Countries (ISO alpha-2) whose basemap label gives way to the story's own label of the
   * same country, so a country is never named twice.
   */
  hideCountryLabels?: readonly string[];
  /**
   * Names of the story's own places: a basemap city of the same name gives way (name and
   * dot) to the story's own mark and label, so a city is never named twice.
   */
  hideCityNames?: readonly string[];
  /**
   * On the first view: the map's zoom and frame, so each layer writes only the names that
   * fit inside the frame whole (see frame-guard.ts). Absent once the reader moves the map.
   */
  firstView?: { zoom: number; frame: FrameAt };
}

/**
 * The basemap layers, bottom to top: water (the background), land, country fills, borders,
 * then labels for oceans, countries and cities. Ids start with `basemap-` so the story's
 * layers can be inserted above them (`beforeId` of the first label layer).
 *
 * @example
 * const style = { version: 8, sources: { basemap: basemapSource(url) }, layers: basemapLayers('basemap') };
 */
export function basemapLayers(
  sourceId: string = SOURCE.basemap,
  theme: StoryTheme = 'light',
  { hideCountryLabels = [], hideCityNames = [], firstView }: BasemapLayersOptions = {},
): LayerSpecification[] {
  const source = sourceId;
  /** A layer's filter, narrowed on the first view to the names its layer can write whole. */
  const whole = (
    filter: FilterSpecification,
    mark: LabelMark,
    placed: 'centred' | 'beside',
  ): FilterSpecification => {
    if (!firstView) return filter;
    const box = firstView.frame(nameInset(mark, firstView.zoom, placed));
    return ['all', filter as ExpressionSpecification, ['within', boxPolygon(box)]];
  };
  return [
    {
      id: BASEMAP_LAYER.background,
      type: 'background',
      paint: { 'background-color': BASEMAP_PALETTES[theme].water },
    },
    {
      id: BASEMAP_LAYER.land,
      type: 'fill',
      source,
      filter: only('land'),
      paint: { ...fillPaint(FILLS.land, theme), 'fill-antialias': true },
    },
    {
      id: BASEMAP_LAYER.country,
      type: 'fill',
      source,
      filter: only('country'),
      paint: fillPaint(FILLS.country, theme),
    },
    {
      id: BASEMAP_LAYER.boundary,
      type: 'line',
      source,
      filter: only('boundary'),
      layout: lineLayout(LINES.boundary),
      paint: linePaint(LINES.boundary, theme),
    },
    ...oceanLabels(source, theme, whole),
    ...countryLabels(source, theme, hideCountryLabels, whole),
    ...cityLabels(source, theme, whole, hideCityNames, firstView !== undefined),
  ];
}

type Whole = (
  filter: FilterSpecification,
  mark: LabelMark,
  placed: 'centred' | 'beside',
) => FilterSpecification;

/** A label layer of names, drawn as a mark of the table says, from its zoom on. */
function names(
  id: string,
  source: string,
  mark: LabelMark,
  theme: StoryTheme,
  filter: FilterSpecification,
  layout: SymbolLayerSpecification['layout'] = {},
): SymbolLayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    ...(mark.minZoom ? { minzoom: mark.minZoom } : {}),
    filter,
    layout: { 'text-field': NAME, ...labelLayout(mark), ...layout },
    paint: labelPaint(mark, theme),
  };
}

function oceanLabels(source: string, theme: StoryTheme, whole: Whole): LayerSpecification[] {
  return [
    names(
      BASEMAP_LAYER.ocean,
      source,
      LABELS.ocean,
      theme,
      whole(only('label-ocean', 1, 1), LABELS.ocean, 'centred'),
    ),
    names(
      BASEMAP_LAYER.sea,
      source,
      LABELS.sea,
      theme,
      whole(only('label-ocean', 2), LABELS.sea, 'centred'),
    ),
  ];
}

function countryLabels(
  source: string,
  theme: StoryTheme,
  hidden: readonly string[],
  whole: Whole,
): LayerSpecification[] {
  const shown = (filter: FilterSpecification, mark: LabelMark): FilterSpecification =>
    whole(
      hidden.length === 0
        ? filter
        : [
            'all',
            filter as ExpressionSpecification,
            ['!', ['in', ['get', 'iso2'], ['literal', hidden]]],
          ],
      mark,
      'centred',
    );
  const layout = { 'symbol-sort-key': RANK };
  return [
    names(
      BASEMAP_LAYER.countryMajor,
      source,
      LABELS.country,
      theme,
      shown(only('label-country', 1, 2), LABELS.country),
      layout,
    ),
    names(
      BASEMAP_LAYER.countryMinor,
      source,
      LABELS['country-minor'],
      theme,
      shown(only('label-country', 3), LABELS['country-minor']),
      layout,
    ),
  ];
}

function cityLabels(
  source: string,
  theme: StoryTheme,
  whole: Whole,
  hidden: readonly string[],
  firstView: boolean,
): LayerSpecification[] {
  const groups = [
    { id: BASEMAP_LAYER.cityMajor, mark: LABELS.city, rank: [1, 1] },
    { id: BASEMAP_LAYER.cityLarge, mark: LABELS['city-large'], rank: [2, 2] },
    { id: BASEMAP_LAYER.cityTown, mark: LABELS.town, rank: [3] },
  ] as const;
  return groups.map(({ id, mark, rank }): LayerSpecification => {
    const cities = only('label-city', ...rank);
    const shown: FilterSpecification =
      hidden.length === 0
        ? cities
        : [
            'all',
            cities as ExpressionSpecification,
            ['!', ['in', ['get', 'name'], ['literal', hidden]]],
          ];
    // The dot is the name's icon: a city whose name cannot be placed, or would be cut,
    // shows neither.
    return names(id, source, mark, theme, whole(shown, mark, 'beside'), {
      'icon-image': cityDotImageId(theme),
      // The dot neither blocks nor is blocked by other names: it shows exactly when its
      // name does (neither is optional).
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-optional': false,
      'text-optional': false,
      // On the first view the guard keeps the names that fit to the right of their dot
      // (nameInset's 'beside'), so they go there; a name set elsewhere could be cut.
      'text-variable-anchor': firstView ? ['left'] : ['left', 'right', 'top', 'bottom'],
      'text-radial-offset': mark.offset,
      'text-justify': 'auto',
      'symbol-sort-key': RANK,
    });
  });
}
