/**
 * Turns a validated story into what the app draws: shapes resolved from Natural Earth,
 * distances and rings measured on the ellipsoid. It runs at build time, so a reader's
 * browser neither downloads the country outlines nor does the geodesy.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { PlaceCollection, Shape, StoryMeta } from '../data/schema.ts';
import { centralLng, unwrapAround } from '../geo/antimeridian.ts';
import { boundsOf } from '../geo/bounds.ts';
import { geodesicDistanceKm } from '../geo/distance.ts';
import { kmToMiles, toKm, toMicrodegrees, toThousandths } from '../geo/units.ts';
import { geodesicLine } from '../geo/geodesic-line.ts';
import { nearestPointOnShape } from '../geo/nearest.ts';
import { RING_TOLERANCE, geodesicCircle, ringAroundShape, roundedWithin } from '../geo/ring.ts';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
import { ringMembers } from './ring-members.ts';
import type {
  CompiledStory,
  MeasuredDistance,
  MeasuredRing,
  PlaceFeature,
  ShapeFeature,
} from './types.ts';

type ShapeGeometry = Polygon | MultiPolygon | LineString | MultiLineString;

export interface CompileOptions {
  id: string;
  meta: StoryMeta;
  places: PlaceCollection;
  /** Draws a place's `shape` from map data (Natural Earth at build time). */
  resolveShape: (shape: Shape) => ShapeGeometry;
  /** Degrees added around the story's places when fitting the map. */
  padding?: number;
}

/** Places of rank 3 sit far from the story's centre (New York); they do not pull the first view. */
const FIRST_VIEW_MAX_RANK = 2;

export function compileStory({
  id,
  meta,
  places,
  resolveShape,
  padding = 1,
}: CompileOptions): CompiledStory {
  const features = places.features as PlaceFeature[];
  const byId = new Map(features.map((place) => [place.id, place]));
  const shapeOf = new Map<string, ShapeGeometry>();
  const shapes: ShapeFeature[] = [];
  for (const place of features) {
    if (!place.properties.shape) continue;
    const geometry = resolveShape(place.properties.shape);
    shapeOf.set(place.id, geometry);
    // A country's outline is already in the basemap: the map highlights it there.
    if (place.properties.shape.from === 'country') continue;
    shapes.push({
      type: 'Feature',
      geometry: forDrawing(withoutIdleVertices(geometry)),
      properties: {
        place: place.id,
        kind: place.properties.kind,
        precision: place.properties.precision,
      },
    });
  }

  const point = (placeId: string): [number, number] => {
    const place = byId.get(placeId);
    if (!place) throw new Error(`no place "${placeId}"`);
    return place.geometry.coordinates as [number, number];
  };
  const shape = (placeId: string): ShapeGeometry => {
    const geometry = shapeOf.get(placeId);
    if (!geometry) throw new Error(`place "${placeId}" has no shape to measure from`);
    return geometry;
  };

  const distances: MeasuredDistance[] = meta.distances.map((annotation) => {
    const to = point(annotation.to);
    const from =
      annotation.fromPart === 'shape'
        ? nearestPointOnShape(shape(annotation.from), to).point
        : point(annotation.from);
    const km = geodesicDistanceKm(from, to);
    return {
      ...annotation,
      measured: { km: toThousandths(km), mi: toThousandths(kmToMiles(km)) },
      ends: [toMicrodegrees(from), toMicrodegrees(to)],
      line: forDrawing(geodesicLine(from, to)),
    };
  });

  const rings: MeasuredRing[] = meta.rings.map((ring) => {
    const radiusKm = toKm(ring.radius);
    const toleranceKm = RING_TOLERANCE * radiusKm;
    const around = ring.aroundPart === 'shape' ? asArea(shape(ring.around), ring.around) : null;
    // Drawn within the tolerance: the shape ring budgets its own rounding; a circle's
    // polygon is within 0.03 % of the radius, and its rounding gets a fifth of the tolerance.
    const area = around
      ? ringAroundShape(around, radiusKm, { tolerance: RING_TOLERANCE })
      : roundedWithin(continuous(geodesicCircle(point(ring.around), radiusKm)), 0.2 * toleranceKm);
    const members = ringMembers({
      places: features,
      shapeOf: (placeId) => shapeOf.get(placeId),
      center: around ? { shape: around } : { point: point(ring.around) },
      area,
      radiusKm,
      toleranceKm,
    });
    return { ...ring, radiusKm, toleranceKm, area, members };
  });

  const firstView = features.filter(
    (place) => (place.properties.rank ?? FIRST_VIEW_MAX_RANK) <= FIRST_VIEW_MAX_RANK,
  );
  const { distances: _distances, rings: _rings, ...rest } = meta;
  return {
    id,
    meta: rest,
    places: { type: 'FeatureCollection', features },
    shapes: { type: 'FeatureCollection', features: shapes },
    distances,
    rings,
    bounds: boundsOf(
      (firstView.length > 0 ? firstView : features).map(
        (place) => place.geometry.coordinates as [number, number],
      ),
      { padding },
    ),
  };
}

/**
 * As the map draws it: in one piece across the antimeridian (see `antimeridian.ts`), to three
 * decimals (about 100 m), finer than the Natural Earth shapes and approximate areas they are
 * drawn from, and a smaller first download.
 */
function forDrawing<T extends ShapeGeometry>(geometry: T): T {
  return truncate(continuous(geometry), { precision: 3, coordinates: 2 });
}

/**
 * A place's shape without the vertices that lie within half the drawing's precision of the
 * line through their neighbours: a buffered zone's edge has hundreds of them. (Not for the
 * geodesics, whose vertices are where the curve is, at the spacing it is drawn with.)
 */
function withoutIdleVertices<T extends ShapeGeometry>(geometry: T): T {
  return simplify(geometry, { tolerance: SHAPE_TOLERANCE_DEG, highQuality: true });
}

/** Half the drawing's precision (0.001°, about 100 m). */
const SHAPE_TOLERANCE_DEG = 0.0005;

/** In one piece across the antimeridian, round its own middle (see `antimeridian.ts`). */
function continuous<T extends ShapeGeometry>(geometry: T): T {
  return unwrapAround(geometry, centralLng(geometry));
}

function asArea(geometry: ShapeGeometry, placeId: string): Polygon | MultiPolygon {
  if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') return geometry;
  throw new Error(`place "${placeId}" is a line; a ring needs an area`);
}
