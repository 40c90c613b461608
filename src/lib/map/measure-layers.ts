/**
 * The measuring tool on the map, as data: one GeoJSON source holding the measured line, its
 * ends, the range ring and their copies moved to another city, and the layers that draw
 * them. Paint is constant per layer, as in story-layers.ts: kinds are told apart by filters.
 */
import type { FeatureCollection, Feature, Geometry } from 'geojson';
import type { FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { LngLat } from '../geo/types.ts';
import type { MovedLine, MovedRing, Measurement } from '../geo/measure.ts';
import { MEASURE_LAYER, SOURCE } from './ids.ts';
import { CIRCLES, FILLS, LABELS, LINES } from './marks.ts';
import type { StoryTheme } from '../story/theme.ts';
import {
  circlePaint,
  fillPaint,
  labelLayout,
  labelPaint,
  lineLayout,
  linePaint,
} from './mark-style.ts';

export const MEASURE_SOURCE = SOURCE.measure;

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
  return [
    {
      id: MEASURE_LAYER.ringFill,
      type: 'fill',
      source: MEASURE_SOURCE,
      filter: isRole('ring'),
      paint: fillPaint(FILLS.measureRing, theme),
    },
    {
      id: MEASURE_LAYER.ringLine,
      type: 'line',
      source: MEASURE_SOURCE,
      filter: isRole('ring'),
      paint: linePaint(LINES.measureRing, theme),
    },
    {
      id: MEASURE_LAYER.line,
      type: 'line',
      source: MEASURE_SOURCE,
      filter: isRole('line'),
      layout: lineLayout(LINES.measureLine),
      paint: linePaint(LINES.measureLine, theme),
    },
    {
      id: MEASURE_LAYER.lineLabel,
      type: 'symbol',
      source: MEASURE_SOURCE,
      filter: isRole('line'),
      layout: {
        ...labelLayout(LABELS['measure-line']),
        'symbol-placement': 'line-center',
        'text-field': ['get', 'label'],
        'text-offset': [0, -LABELS['measure-line'].offset],
      },
      paint: labelPaint(LABELS['measure-line'], theme),
    },
    {
      id: MEASURE_LAYER.point,
      type: 'circle',
      source: MEASURE_SOURCE,
      filter: isRole('point'),
      paint: circlePaint(CIRCLES.measurePoint, theme),
    },
    {
      id: MEASURE_LAYER.pointLabel,
      type: 'symbol',
      source: MEASURE_SOURCE,
      filter: isRole('point'),
      layout: {
        ...labelLayout(LABELS['measure-point']),
        'text-field': ['get', 'name'],
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': LABELS['measure-point'].offset,
      },
      paint: labelPaint(LABELS['measure-point'], theme),
    },
  ];
}
