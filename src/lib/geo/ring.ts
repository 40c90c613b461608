/**
 * Range rings: everything within a distance of a point or of a shape, on WGS84.
 */
import { featureCollection } from '@turf/helpers';
import { simplify } from '@turf/simplify';
import { truncate } from '@turf/truncate';
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
  /**
   * The largest error of the drawn edge, as a fraction of the radius (default 0.001, that
   * is 0.1 %): every point of the result's edge lies within `tolerance × radius` of the
   * true distance from the shape.
   */
  tolerance?: number;
  /** Most vertices the result may keep while it stays within the tolerance (default 1,000). */
  maxVertices?: number;
}

/** The drawn edge of a ring may stray from the true radius by 0.1 % of it. */
export const RING_TOLERANCE = 0.001;

/** Kilometres per degree of latitude, at most (at the poles): bounds a tolerance in degrees. */
const KM_PER_DEGREE = 111.7;
/** Input shapes are simplified only when they have more vertices than this. */
const MAX_INPUT_VERTICES = 1000;
/** The input simplification never exceeds 0.005° (≤ 0.56 km), whatever the radius. */
const MAX_INPUT_TOLERANCE_DEG = 0.005;
/** Output simplification is tried at these fractions of its budget, finest first. */
const OUTPUT_TOLERANCE_STEPS = [0, 0.125, 0.25, 0.5, 1];

/**
 * Everything within `radiusKm` of `shape` (a country, or a border line): the union of the
 * shape itself (when it is an area) and geodesic circles round every vertex of its
 * boundary or line, once that has been densified.
 *
 * The drawn edge strays from the true offset line in five ways, and each is given a share
 * of `tolerance × radius` (ε below):
 * - each circle is a polygon inscribed in the true circle, short by r(1 − cos(π/steps)):
 *   `steps` is chosen so that this is at most 0.3 ε;
 * - between two boundary points d km apart the union of their circles dips below the offset
 *   line by at most the sagitta r − √(r² − (d/2)²) ≈ d² / 8r: the boundary is densified
 *   until this is at most 0.1 ε (d ≤ √(0.8 r ε): 45 km at 1,000 miles, 0.45 km at 5 km
 *   with a 1 % tolerance);
 * - a shape of more than 1,000 vertices is first simplified, by at most 0.1 ε;
 * - the result is simplified to fit `maxVertices`, by at most 0.3 ε (a tolerance in degrees
 *   moves the edge by at most 111.7 km per degree);
 * - its coordinates are rounded to the fewest decimals that move no vertex more than 0.2 ε
 *   (see {@link roundedWithin}), since the result is sent to the browser.
 * At the default 0.1 % that is 1.6 km for a ring of 1,000 miles, 0.1 km at 100 km.
 *
 * The shape is first brought into one turn of longitude round its middle (a Natural Earth
 * country cut at 180° becomes one piece), so the result is continuous across the
 * antimeridian as `antimeridian.ts` describes; circles that contain a pole are drawn as
 * {@link geodesicCircle} does.
 *
 * @example ringAroundShape(lebanon, 100) // MultiPolygon or Polygon: within 100 km of Lebanon
 * @see https://en.wikipedia.org/wiki/Sagitta_(geometry)
 */
export function ringAroundShape(
  shape: Polygon | MultiPolygon | LineString | MultiLineString,
  radiusKm: number,
  { tolerance = RING_TOLERANCE, maxVertices = 1000 }: RingAroundShapeOptions = {},
): Polygon | MultiPolygon {
  if (!(radiusKm > 0)) throw new RangeError(`radius must be positive, got ${radiusKm} km`);
  if (!(tolerance > 0 && tolerance < 1)) {
    throw new RangeError(`tolerance must be a fraction between 0 and 1, got ${tolerance}`);
  }
  const errorKm = tolerance * radiusKm;
  const steps = Math.ceil(Math.PI / Math.acos(1 - 0.3 * tolerance));
  const maxEdgeKm = Math.sqrt(0.8 * radiusKm * errorKm);
  const inputToleranceDeg = Math.min(MAX_INPUT_TOLERANCE_DEG, (0.1 * errorKm) / KM_PER_DEGREE);
  const outputToleranceDeg = (0.3 * errorKm) / KM_PER_DEGREE;

  const oneTurn = unwrapAround(shape, centralLng(shape));
  const input =
    vertexCount(oneTurn) > MAX_INPUT_VERTICES ? simplified(oneTurn, inputToleranceDeg) : oneTurn;
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
  for (const share of OUTPUT_TOLERANCE_STEPS) {
    result =
      share === 0 ? merged.geometry : simplified(merged.geometry, share * outputToleranceDeg);
    if (vertexCount(result) <= maxVertices) break;
  }
  return roundedWithin(result, 0.2 * errorKm);
}

/**
 * `geometry` with its coordinates rounded to the fewest decimals (at most 7) that move no
 * vertex more than `km`: rounding each coordinate by half a unit of the last decimal moves a
 * point at most √2 × 0.5 × 10⁻ᵈ degrees, 79 km × 10⁻ᵈ on the ground.
 *
 * @example roundedWithin(ring, 0.32) // 3 decimals (79 m)
 */
export function roundedWithin<G extends LineOrArea>(geometry: G, km: number): G {
  const decimals = Math.min(7, Math.max(0, Math.ceil(Math.log10(KM_PER_DEGREE / Math.SQRT2 / km))));
  return truncate(geometry, { precision: decimals, coordinates: 2 });
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
export function boundaryPoints(shape: LineOrArea, maxEdgeKm: number): LngLat[] {
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
