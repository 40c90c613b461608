/**
 * The measuring tool on the map, as data: one GeoJSON source holding the measured line, its
 * ends, the range ring and their copies moved to another city, and the layers that draw
 * them. Paint is constant per layer, as in story-layers.ts: kinds are told apart by filters.
 */
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LngLat } from '../geo/types.ts';
import type { MovedLine, MovedRing, Measurement } from '../geo/measure.ts';
import type { StoryTheme } from '../story/theme.ts';

export const MEASURE_SOURCE = 'measure';

/** The tool's colour per theme: magenta, apart from the story's colours; ≥ 4.5:1 on the halo. */
export const MEASURE_PALETTES = {
  light: { line: '#ad1457', halo: '#ffffff' },
  dark: { line: '#f48fb1', halo: '#1b232b' },
} as const satisfies Record<StoryTheme, { line: string; halo: string }>;

export interface MeasureEnd {
  lngLat: LngLat;
  name: string;
  /** The story place's id, or the gazetteer city's index, when it is one. */
  id?: string;
}

export interface MeasureDrawing {
  a: MeasureEnd | null;
  b: MeasureEnd | null;
  measured: Measurement | null;
  /** The ring around a story place. */
  ring: MovedRing | null;
  /** The city the ring and the line are carried to, with their moved copies. */
  home: MeasureEnd | null;
  movedRing: MovedRing | null;
  movedLine: MovedLine | null;
  /** The label of the line, e.g. "2,080 km". */
  label: string;
}

type Role = 'line' | 'point' | 'ring';

function feature(geometry: Geometry, role: Role, extra: Record<string, unknown> = {}): Feature {
  return { type: 'Feature', geometry, properties: { role, ...extra } };
}

function point(end: MeasureEnd): Feature {
  return feature({ type: 'Point', coordinates: end.lngLat }, 'point', { name: end.name });
}

/**
 * Everything the tool draws, as one collection. A ring carries its centre and radius in its
 * properties, so what is on the map can be checked against what was asked for.
 */
export function measureCollection(drawing: MeasureDrawing): FeatureCollection {
  const features: Feature[] = [];
  const ring = (r: MovedRing) =>
    feature(r.area, 'ring', {
      centerLng: r.center[0],
      centerLat: r.center[1],
      radiusKm: r.radiusKm,
    });
  if (drawing.ring) features.push(ring(drawing.ring));
  if (drawing.movedRing) features.push(ring(drawing.movedRing));
  if (drawing.measured)
    features.push(feature(drawing.measured.line, 'line', { label: drawing.label }));
  if (drawing.movedLine) {
    features.push(feature(drawing.movedLine.line, 'line', { label: drawing.label }));
    features.push(point({ lngLat: drawing.movedLine.end, name: '' }));
  }
  // A story place at either end is labelled by the story's own layers already.
  for (const end of [drawing.a, drawing.b]) {
    if (end) features.push(point(end.id ? { ...end, name: '' } : end));
  }
  if (drawing.home) features.push(point(drawing.home));
  return { type: 'FeatureCollection', features };
}

const isRole = (role: Role): FilterSpecification => ['==', ['get', 'role'], role];

export function measureLayers(theme: StoryTheme = 'light'): LayerSpecification[] {
  const colors = MEASURE_PALETTES[theme];
  const text = { 'text-color': colors.line, 'text-halo-color': colors.halo, 'text-halo-width': 2 };
  return [
    {
      id: 'measure-ring-fill',
      type: 'fill',
      source: MEASURE_SOURCE,
      filter: isRole('ring'),
      paint: { 'fill-color': colors.line, 'fill-opacity': 0.07 },
    },
    {
      id: 'measure-ring-line',
      type: 'line',
      source: MEASURE_SOURCE,
      filter: isRole('ring'),
      paint: { 'line-color': colors.line, 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: 'measure-line',
      type: 'line',
      source: MEASURE_SOURCE,
      filter: isRole('line'),
      layout: { 'line-cap': 'round' },
      paint: { 'line-color': colors.line, 'line-width': 2.5 },
    },
    {
      id: 'measure-line-label',
      type: 'symbol',
      source: MEASURE_SOURCE,
      filter: isRole('line'),
      layout: {
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-size': 13,
        'text-offset': [0, -0.8],
      },
      paint: text,
    },
    {
      id: 'measure-point',
      type: 'circle',
      source: MEASURE_SOURCE,
      filter: isRole('point'),
      paint: {
        'circle-radius': 5,
        'circle-color': colors.line,
        'circle-stroke-color': colors.halo,
        'circle-stroke-width': 2,
      },
    },
    {
      id: 'measure-point-label',
      type: 'symbol',
      source: MEASURE_SOURCE,
      filter: isRole('point'),
      layout: {
        'text-field': ['get', 'name'],
        'text-size': 12.5,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
      },
      paint: text,
    },
  ];
}
