/**
 * The story drawn as MapLibre sources and layers: data in, typed style specifications out,
 * so every choice here is testable without a map. Precision is drawn honestly: a solid dot
 * for an exact place, a dot in a wide halo for a place known only roughly, shaded areas for
 * zones, and no dot at all for a region or a country.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from 'maplibre-gl';
import type { FeatureCollection, Geometry } from 'geojson';
import { formatDistance } from '../geo/format.ts';
import type { Units } from '../geo/types.ts';
import type { StoryTheme } from '../story/theme.ts';
import type { CompiledStory, MeasuredDistance } from '../story/types.ts';

export const SOURCE = {
  places: 'story-places',
  shapes: 'story-shapes',
  distances: 'story-distances',
  rings: 'story-rings',
} as const;

/** Layers a reader can click to select a place. */
export const CLICKABLE_LAYERS = [
  'place-halo-near',
  'place-halo-area',
  'place-dot-context',
  'place-dot',
  'place-dot-event',
  'place-label-context',
  'place-label',
  'place-label-key',
];

/** The story's colours per theme; labels keep at least 4.5:1 against their halo. */
export const STORY_PALETTES = {
  light: {
    ink: '#1f2933',
    event: '#b3261e',
    context: '#5b6670',
    zone: '#d9822b',
    border: '#3e4c59',
    ring: '#1f5fa8',
    distance: '#6b2fa0',
    selected: '#0b6e4f',
    halo: '#ffffff',
  },
  dark: {
    ink: '#eef1f4',
    event: '#ff8a80',
    context: '#b6c0c9',
    zone: '#f0a35e',
    border: '#d3d9e0',
    ring: '#8ab4f8',
    distance: '#d7aefb',
    selected: '#6fdcb0',
    halo: '#1b232b',
  },
} as const satisfies Record<StoryTheme, Record<string, string>>;

export type StoryPalette = (typeof STORY_PALETTES)[StoryTheme];

/** The light palette, for pictures and the legend, which are drawn on white. */
export const COLORS: StoryPalette = STORY_PALETTES.light;

/** Kinds drawn as a dot; regions and countries are shown by their label (and shape) only. */
const POINT_PRECISIONS = ['exact', 'near'];

function collection(features: FeatureCollection['features']): FeatureCollection {
  return { type: 'FeatureCollection', features };
}

/** The measured figure, and beside it the article's own, as the line's label says them. */
export function distanceLabel(distance: MeasuredDistance, units: Units): string {
  const measured = formatDistance(distance.measured.km, units);
  return distance.stated ? `${measured} (article: ${distance.stated.text})` : measured;
}

/**
 * The place's name in a local right-to-left script for the label's second line: Arabic
 * where the data has it, else Hebrew, else empty (no second line). MapLibre 6 shapes Arabic
 * and reorders bidirectional text itself, so no RTL text plugin is loaded.
 */
export function localName(names: Partial<Record<string, string>> | undefined): string {
  return names?.ar ?? names?.he ?? '';
}

export function storySources(story: CompiledStory): Record<string, GeoJSONSourceSpecification> {
  const places = collection(
    story.places.features.map((place) => ({
      type: 'Feature',
      geometry: place.geometry,
      properties: {
        placeId: place.id,
        name: place.properties.name,
        localName: localName(place.properties.names),
        kind: place.properties.kind,
        precision: place.properties.precision,
        origin: place.properties.origin,
        rank: place.properties.rank ?? 2,
        hasEvents: place.properties.events.length > 0,
        hasShape: place.properties.shape !== undefined,
      },
    })),
  );
  const distances = collection(
    story.distances.map((distance) => ({
      type: 'Feature',
      geometry: distance.line,
      properties: {
        distanceId: distance.id,
        labelMi: distanceLabel(distance, 'mi'),
        labelKm: distanceLabel(distance, 'km'),
      },
    })),
  );
  const rings = collection(
    story.rings.map((ring) => ({
      type: 'Feature',
      geometry: ring.area as Geometry,
      properties: { ringId: ring.id, label: ring.label },
    })),
  );
  return {
    [SOURCE.places]: { type: 'geojson', data: places, promoteId: 'placeId' },
    [SOURCE.shapes]: { type: 'geojson', data: story.shapes as FeatureCollection },
    [SOURCE.distances]: { type: 'geojson', data: distances },
    [SOURCE.rings]: { type: 'geojson', data: rings },
  };
}

/** Shows only the selected place on the selection layers; `null` shows none. */
export function selectedFilter(placeId: string | null): FilterSpecification {
  return ['==', ['get', 'placeId'], placeId ?? ''];
}

/** Shows only the places of the story's current step on the step layer; `[]` shows none. */
export function stepFilter(placeIds: readonly string[]): FilterSpecification {
  return ['in', ['get', 'placeId'], ['literal', [...placeIds]]];
}

/**
 * The layers a time range hides places on, and the property naming each feature's place:
 * the places themselves and the zones and borders drawn for them. Highlights (selection,
 * step) are left alone: they show what the reader asked for.
 */
export const TIME_FILTERED_LAYERS: readonly { id: string; key: 'placeId' | 'place' }[] = [
  ...CLICKABLE_LAYERS.map((id) => ({ id, key: 'placeId' as const })),
  { id: 'zone-fill', key: 'place' },
  { id: 'border-line', key: 'place' },
];

/**
 * A layer's own filter narrowed to the places in a time range (`null`: no range, the
 * layer's filter as it is), so the two combine rather than replace each other.
 */
export function timeFilter(
  base: FilterSpecification | undefined,
  placeIds: readonly string[] | null,
  key: string = 'placeId',
): FilterSpecification | null {
  if (placeIds === null) return base ?? null;
  const inRange: ExpressionSpecification = ['in', ['get', key], ['literal', [...placeIds]]];
  return base ? ['all', base as ExpressionSpecification, inRange] : inRange;
}

/** The countries the story labels itself, as places whose shape is the country. */
export function storyCountries(story: CompiledStory): string[] {
  return story.places.features.flatMap((place) =>
    place.properties.shape?.from === 'country' ? [place.properties.shape.country] : [],
  );
}

/** The ISO code of the country a place stands for, when the place is a country's territory. */
export function countryOf(story: CompiledStory, placeId: string | null): string {
  const shape = story.places.features.find((place) => place.id === placeId)?.properties.shape;
  return shape?.from === 'country' ? shape.country : '';
}

/** Outlines the selected country in the basemap, where the build drew it once already. */
export function selectedCountryFilter(
  story: CompiledStory,
  placeId: string | null,
): FilterSpecification {
  return [
    'all',
    ['==', ['get', 'layer'], 'country'],
    ['==', ['get', 'iso2'], countryOf(story, placeId)],
  ];
}

/** Shows only the selected place's shape; `null` shows none. */
export function selectedShapeFilter(placeId: string | null): FilterSpecification {
  return ['==', ['get', 'place'], placeId ?? ''];
}

export function distanceTextField(units: Units): ExpressionSpecification {
  return ['get', units === 'mi' ? 'labelMi' : 'labelKm'];
}

const isPoint: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', POINT_PRECISIONS],
];
const fromContext: ExpressionSpecification = ['==', ['get', 'origin'], 'context'];
const fromArticle: ExpressionSpecification = ['==', ['get', 'origin'], 'article'];

const haloPaint = (colors: StoryPalette) => ({
  'circle-color': colors.event,
  'circle-opacity': 0.18,
  'circle-stroke-color': colors.event,
  'circle-stroke-width': 1,
  'circle-stroke-opacity': 0.5,
});

/** Dots: red where something happened, ink where the article only names the place, grey for context. */
const dotKinds = (
  colors: StoryPalette,
): { id: string; color: string; filter: ExpressionSpecification }[] => [
  { id: 'place-dot-context', color: colors.context, filter: fromContext },
  { id: 'place-dot', color: colors.ink, filter: ['all', fromArticle, ['!', ['get', 'hasEvents']]] },
  {
    id: 'place-dot-event',
    color: colors.event,
    filter: ['all', fromArticle, ['get', 'hasEvents']],
  },
];

/** Labels: the story's key places largest; places from outside the article in grey. */
const labelKinds = (
  colors: StoryPalette,
): { id: string; color: string; size: number; filter: ExpressionSpecification }[] => [
  { id: 'place-label-context', color: colors.context, size: 12, filter: fromContext },
  {
    id: 'place-label',
    color: colors.ink,
    size: 12.5,
    filter: ['all', fromArticle, ['!=', ['get', 'rank'], 1]],
  },
  {
    id: 'place-label-key',
    color: colors.ink,
    size: 14,
    filter: ['all', fromArticle, ['==', ['get', 'rank'], 1]],
  },
];

export interface StoryLayersOptions {
  story: CompiledStory;
  /** Default light. */
  theme?: StoryTheme;
  units: Units;
  selected: string | null;
  /** The basemap's source id, whose country outlines show a selected country. */
  basemapSource: string;
}

export function storyLayers({
  story,
  units,
  selected,
  basemapSource,
  theme = 'light',
}: StoryLayersOptions): LayerSpecification[] {
  const colors = STORY_PALETTES[theme];
  return [
    {
      id: 'ring-fill',
      type: 'fill',
      source: SOURCE.rings,
      paint: { 'fill-color': colors.ring, 'fill-opacity': 0.06 },
    },
    {
      id: 'ring-line',
      type: 'line',
      source: SOURCE.rings,
      paint: { 'line-color': colors.ring, 'line-width': 1.5, 'line-dasharray': [4, 2] },
    },
    {
      id: 'ring-label',
      type: 'symbol',
      source: SOURCE.rings,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-size': 12,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': colors.ring, 'text-halo-color': colors.halo, 'text-halo-width': 2 },
    },
    {
      id: 'zone-fill',
      type: 'fill',
      source: SOURCE.shapes,
      filter: ['==', ['get', 'kind'], 'zone'],
      paint: { 'fill-color': colors.zone, 'fill-opacity': 0.45 },
    },
    {
      id: 'country-selected',
      type: 'line',
      source: basemapSource,
      filter: selectedCountryFilter(story, selected),
      paint: { 'line-color': colors.selected, 'line-width': 2.5 },
    },
    {
      id: 'border-line',
      type: 'line',
      source: SOURCE.shapes,
      filter: ['==', ['get', 'kind'], 'border'],
      paint: { 'line-color': colors.border, 'line-width': 2.5 },
    },
    {
      id: 'shape-selected',
      type: 'line',
      source: SOURCE.shapes,
      filter: selectedShapeFilter(selected),
      paint: { 'line-color': colors.selected, 'line-width': 3 },
    },
    {
      id: 'distance-line',
      type: 'line',
      source: SOURCE.distances,
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': colors.distance, 'line-width': 2, 'line-dasharray': [2, 2] },
    },
    {
      id: 'distance-label',
      type: 'symbol',
      source: SOURCE.distances,
      layout: {
        'symbol-placement': 'line-center',
        'text-field': distanceTextField(units),
        'text-size': 12,
        'text-offset': [0, -0.8],
      },
      paint: {
        'text-color': colors.distance,
        'text-halo-color': colors.halo,
        'text-halo-width': 2,
      },
    },
    // Paint below is constant per layer, never data-driven: each data-driven paint property
    // is another WebGL program to compile, which costs tens of milliseconds on a slow GPU.
    // Kinds of place are told apart by filters instead.
    {
      // A place known only roughly: a wide, faint disc around its dot.
      id: 'place-halo-near',
      type: 'circle',
      source: SOURCE.places,
      filter: ['==', ['get', 'precision'], 'near'],
      paint: { ...haloPaint(colors), 'circle-radius': 14 },
    },
    {
      // An area with no outline of its own: a wider disc, and no dot.
      id: 'place-halo-area',
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', ['==', ['get', 'precision'], 'area'], ['!', ['get', 'hasShape']]],
      paint: { ...haloPaint(colors), 'circle-radius': 22 },
    },
    {
      // The places of the step on screen (StepView sets the filter): a wide ring round each.
      id: 'place-step',
      type: 'circle',
      source: SOURCE.places,
      filter: stepFilter([]),
      paint: {
        'circle-radius': 16,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': colors.ring,
        'circle-stroke-width': 3,
      },
    },
    {
      id: 'place-selected',
      type: 'circle',
      source: SOURCE.places,
      filter: selectedFilter(selected),
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': colors.selected,
        'circle-stroke-width': 3,
      },
    },
    ...dotKinds(colors).map(({ id, color, filter }): LayerSpecification => ({
      id,
      type: 'circle',
      source: SOURCE.places,
      filter: ['all', isPoint, filter],
      paint: {
        'circle-radius': 5.5,
        'circle-color': color,
        'circle-stroke-color': colors.halo,
        'circle-stroke-width': 1.5,
      },
    })),
    ...labelKinds(colors).map(({ id, color, size, filter }): LayerSpecification => ({
      id,
      type: 'symbol',
      source: SOURCE.places,
      filter,
      layout: {
        'text-field': [
          'format',
          ['get', 'name'],
          {},
          // The line break only where there is a second line, so a label without one
          // keeps its anchor (an empty last line would still take a line's height).
          ['case', ['==', ['get', 'localName'], ''], '', '\n'],
          {},
          ['get', 'localName'],
          { 'font-scale': 0.85 },
        ],
        'text-size': size,
        'symbol-sort-key': ['get', 'rank'],
        'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
        'text-radial-offset': ['case', isPoint, 0.8, 0],
        'text-justify': 'auto',
        'text-max-width': 9,
      },
      paint: { 'text-color': color, 'text-halo-color': colors.halo, 'text-halo-width': 2 },
    })),
  ];
}
