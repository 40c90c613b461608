/**
 * The nearest point of a shape to a target, measured geodesically on WGS84: what
 * "200 km from Lebanon" means when it is measured from the nearest edge of the country.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { linesOf } from './lines.ts';
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicDistanceKm } from './distance.ts';
import type { LngLat } from './types.ts';

export interface NearestPoint {
  /** The nearest point of the shape's boundary (the target itself when inside a polygon). */
  point: LngLat;
  /** Geodesic distance from the target to `point`, in km. */
  km: number;
}

/** Spacing of the first pass of samples along each edge, in km. */
const SAMPLE_KM = 5;
/** Ternary-search steps on a piece of edge: each keeps 2/3, so 40 steps shrink 5 km to < 1 µm. */
const REFINE_STEPS = 40;

/**
 * The point of `shape`'s boundary nearest to `target`, and its geodesic distance in km;
 * `{ point: target, km: 0 }` when the target lies inside a polygon.
 *
 * Edges are taken as the map draws them, straight in lng/lat. Each edge is sampled every
 * 5 km or less; by the triangle inequality, no point on a piece between samples A and B can
 * be nearer than (d(A) + d(B) − |AB|) / 2, so only pieces whose bound
 * beats the best sample so far are refined, by ternary search along the piece (the
 * distance to a point moving along a short piece has a single minimum). The result is
 * within metres of the true minimum, well inside the 0.1 km the map needs.
 *
 * @example nearestPointOnShape(lebanon, [34.45, 31.5]) // { point: [35.1, 33.09], km: ~185 }
 */
export function nearestPointOnShape(
  shape: Polygon | MultiPolygon | LineString | MultiLineString,
  target: LngLat,
): NearestPoint {
  if (
    (shape.type === 'Polygon' || shape.type === 'MultiPolygon') &&
    booleanPointInPolygon(target, shape)
  ) {
    return { point: [target[0], target[1]], km: 0 };
  }

  const pieces: Piece[] = [];
  let best: NearestPoint | null = null;
  for (const line of linesOf(shape)) {
    for (let i = 0; i + 1 < line.length; i++) {
      const from = lngLat(line[i] as Position);
      const to = lngLat(line[i + 1] as Position);
      const count = Math.max(1, Math.ceil(geodesicDistanceKm(from, to) / SAMPLE_KM));
      let previous = measure(from, to, 0, target);
      for (let j = 1; j <= count; j++) {
        const next = measure(from, to, j / count, target);
        pieces.push({ from, to, t0: previous.t, t1: next.t, near: previous, far: next });
        for (const sample of [previous, next]) {
          if (!best || sample.km < best.km) best = { point: sample.point, km: sample.km };
        }
        previous = next;
      }
    }
  }
  if (!best) throw new RangeError('the shape has no edges');

  for (const piece of pieces) {
    const lengthKm = geodesicDistanceKm(piece.near.point, piece.far.point);
    // Any point x of the piece: d(x) ≥ d(A) − |Ax| and d(x) ≥ d(B) − |xB|, so
    // d(x) ≥ (d(A) + d(B) − |AB|) / 2; a lng/lat-straight piece is a touch longer than
    // the geodesic |AB|, so allow 1 % for it.
    const bound = (piece.near.km + piece.far.km - lengthKm * 1.01) / 2;
    if (bound >= best.km) continue;
    const refined = refine(piece, target);
    if (refined.km < best.km) best = { point: refined.point, km: refined.km };
  }
  return best;
}

interface Sample {
  t: number;
  point: LngLat;
  km: number;
}

interface Piece {
  from: LngLat;
  to: LngLat;
  t0: number;
  t1: number;
  near: Sample;
  far: Sample;
}

function measure(from: LngLat, to: LngLat, t: number, target: LngLat): Sample {
  const point: LngLat = [from[0] + (to[0] - from[0]) * t, from[1] + (to[1] - from[1]) * t];
  return { t, point, km: geodesicDistanceKm(point, target) };
}

function refine(piece: Piece, target: LngLat): Sample {
  let lo = piece.t0;
  let hi = piece.t1;
  for (let i = 0; i < REFINE_STEPS; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    if (
      measure(piece.from, piece.to, m1, target).km <= measure(piece.from, piece.to, m2, target).km
    ) {
      hi = m2;
    } else {
      lo = m1;
    }
  }
  return measure(piece.from, piece.to, (lo + hi) / 2, target);
}

function lngLat(position: Position): LngLat {
  return [position[0] as number, position[1] as number];
}
