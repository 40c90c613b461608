/**
 * Range rings: everything within a distance of a point or of a shape, on WGS84.
 */
import { featureCollection } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { union } from '@turf/union';
import type {
  Feature,
  LineString,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { centralLng, unwrapAround } from './antimeridian.ts';
import { geodesicCircle } from './circle.ts';
import { linesOf, type LineOrArea } from './lines.ts';
import { geodesicDistanceKm } from './distance.ts';
import type { LngLat } from './types.ts';

export { geodesicCircle } from './circle.ts';
export type { GeodesicCircleOptions } from './circle.ts';

export interface RingAroundShapeOptions {
  /** Longest boundary edge, in km, after densifying (default 5). */
  maxEdgeKm?: number;
  /** Vertices on each circle round a boundary vertex (default 64). */
  steps?: number;
  /** Most vertices the result may keep; it is simplified until it fits (default 1,000). */
  maxVertices?: number;
}

/**
 * Shapes with more vertices than this are simplified before buffering, with a tolerance
 * of {@link INPUT_TOLERANCE_DEG}, so the union stays quick.
 */
const MAX_INPUT_VERTICES = 1000;
/** 0.005° is at most 0.56 km on the ground (a degree of latitude is ≤ 111.7 km). */
const INPUT_TOLERANCE_DEG = 0.005;
/** Output simplification starts at 0.001° (≤ 0.11 km) and doubles up to 0.008° (≤ 0.9 km). */
const OUTPUT_TOLERANCES_DEG = [0, 0.001, 0.002, 0.004, 0.008];

/**
 * Everything within `radiusKm` of `shape` (a country, or a border line): the union of the
 * shape itself (when it is an area) and geodesic circles round every vertex of its
 * boundary or line, once that has been densified so that no edge is longer than `maxEdgeKm`.
 *
 * Why densifying to 5 km is enough: between two boundary vertices d km apart, the union
 * of their circles of radius r falls short of the true offset line by at most the sagitta
 * r − √(r² − (d/2)²) ≈ d² / 8r; for d = 5 km that is 31 m at r = 100 km and 6 m at
 * r = 500 km, far below what a map at country scale can show. Each circle itself is a
 * polygon of `steps` vertices inscribed in the true circle, short by r(1 − cos(π/steps)):
 * 0.12 km at r = 100 km and 64 steps, 0.6 km at r = 500 km.
 *
 * The vertex budget: a shape of more than 1,000 vertices is first simplified with a 0.005°
 * tolerance (≤ 0.56 km), and the result is simplified with the smallest tolerance from
 * 0.001° to 0.008° (≤ 0.9 km) that brings it under `maxVertices`, since it is sent to the
 * browser. The shape is first brought into one turn of longitude round its middle (a Natural
 * Earth country cut at 180° becomes one piece), so the result is continuous across the
 * antimeridian as `antimeridian.ts` describes; circles that contain a pole are drawn as
 * {@link geodesicCircle} does.
 *
 * @example ringAroundShape(lebanon, 100) // MultiPolygon or Polygon: within 100 km of Lebanon
 * @see https://en.wikipedia.org/wiki/Sagitta_(geometry)
 */
export function ringAroundShape(
  shape: Polygon | MultiPolygon | LineString | MultiLineString,
  radiusKm: number,
  { maxEdgeKm = 5, steps = 64, maxVertices = 1000 }: RingAroundShapeOptions = {},
): Polygon | MultiPolygon {
  if (!(radiusKm > 0)) throw new RangeError(`radius must be positive, got ${radiusKm} km`);
  const oneTurn = unwrapAround(shape, centralLng(shape));
  const input =
    vertexCount(oneTurn) > MAX_INPUT_VERTICES ? simplified(oneTurn, INPUT_TOLERANCE_DEG) : oneTurn;
  const circles = boundaryPoints(input, maxEdgeKm).map(
    (point): Feature<Polygon | MultiPolygon> => ({
      type: 'Feature',
      properties: {},
      geometry: geodesicCircle(point, radiusKm, { steps }),
    }),
  );
  const merged = unionAll(
    input.type === 'Polygon' || input.type === 'MultiPolygon'
      ? [...circles, { type: 'Feature', properties: {}, geometry: input }]
      : circles,
  );
  if (!merged) throw new RangeError('the shape has no vertices');
  let result = merged.geometry;
  for (const tolerance of OUTPUT_TOLERANCES_DEG) {
    result = tolerance === 0 ? merged.geometry : simplified(merged.geometry, tolerance);
    if (vertexCount(result) <= maxVertices) break;
  }
  return result;
}

/**
 * The union of many overlapping polygons, merged pairwise in a balanced tree. Neighbouring
 * circles along a boundary overlap heavily; a single n-way union finds every crossing
 * between all of them at once (minutes for a country at 300 km), whereas merging
 * neighbours first leaves only the outer edge of each partial result to cross later.
 */
function unionAll(
  features: Feature<Polygon | MultiPolygon>[],
): Feature<Polygon | MultiPolygon> | null {
  let level = features;
  while (level.length > 1) {
    const next: Feature<Polygon | MultiPolygon>[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i] as Feature<Polygon | MultiPolygon>;
      const b = level[i + 1];
      const merged = b ? union(featureCollection([a, b])) : a;
      if (merged) next.push(merged);
    }
    level = next;
  }
  return level[0] ?? null;
}

function simplified<G extends LineOrArea>(shape: G, tolerance: number): G {
  return simplify(shape, { tolerance, highQuality: true, mutate: false });
}

function vertexCount(shape: LineOrArea): number {
  return linesOf(shape).reduce((sum, line) => sum + line.length, 0);
}

/**
 * Every boundary vertex, plus points along each edge (evenly, straight in lng/lat, as the
 * map draws the edge) so that none is more than `maxEdgeKm` from the next.
 */
function boundaryPoints(shape: LineOrArea, maxEdgeKm: number): LngLat[] {
  const points: LngLat[] = [];
  for (const line of linesOf(shape)) {
    const last = line[line.length - 1];
    // A line's last vertex is no edge's start; a ring's is its first again.
    if (last && (shape.type === 'LineString' || shape.type === 'MultiLineString')) {
      points.push([last[0] as number, last[1] as number]);
    }
    for (let i = 0; i + 1 < line.length; i++) {
      const a = line[i] as Position;
      const b = line[i + 1] as Position;
      const from: LngLat = [a[0] as number, a[1] as number];
      const to: LngLat = [b[0] as number, b[1] as number];
      const pieces = Math.max(1, Math.ceil(geodesicDistanceKm(from, to) / maxEdgeKm));
      for (let j = 0; j < pieces; j++) {
        const t = j / pieces;
        points.push([from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t]);
      }
    }
  }
  return points;
}
