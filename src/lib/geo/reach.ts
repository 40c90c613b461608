/**
 * Whether a place lies within a distance of a point or a shape, judged from the place's own
 * geometry (its point, or every part of its area or line), on WGS84: what a range ring's
 * "within reach" and "beyond" lists say, without trusting the ring's drawn polygon.
 */
import { areaContains } from './antimeridian.ts';
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geodesicDistanceKm } from './distance.ts';
import { nearestPointOnShape } from './nearest.ts';
import { boundaryPoints } from './ring.ts';
import type { Standing } from './standing.ts';
import type { LngLat } from './types.ts';

export type ReachShape = Polygon | MultiPolygon | LineString | MultiLineString;

/** A point, or a shape. */
export type ReachGeometry = { point: LngLat } | { shape: ReachShape };

export type { Standing } from './standing.ts';

export interface Reach {
  standing: Standing;
  /** Geodesic distance from the centre to the nearest part of the place, in km (0 if they meet). */
  nearestKm: number;
  /** To its farthest part, in km (the same as `nearestKm` for a point). */
  farthestKm: number;
}

export interface ReachOptions {
  /** What the ring is drawn around. */
  center: ReachGeometry;
  /** The place judged. */
  place: ReachGeometry;
  radiusKm: number;
  /** How far from the radius a place is "on the edge", in km. */
  toleranceKm: number;
}

/** Samples along a shape's edges are at most this far apart: an edge 5 km long sags ≤ 2 m. */
const SAMPLE_KM = 5;

/**
 * How a place stands against a radius round a centre, from its nearest and farthest parts.
 *
 * Distances to a shape are to its nearest edge, 0 inside an area ({@link nearestPointOnShape}).
 * A shape place is measured at its vertices and at points every 5 km along its edges; between
 * two samples d km apart a distance D away can be shorter by at most about d² / 8D, metres
 * at the distances a ring is drawn at. To keep it quick, a sample is measured in full only
 * when a cheap bound says it could be the nearest or the farthest: for a centre shape S and
 * any point a of S, |pS| ≥ |pa| − max|aS| and |pS| ≤ |pa| (the triangle inequality).
 *
 * @example reachOf({ center: { point: telAviv }, place: { point: tehran }, radiusKm: 1609.344, toleranceKm: 1.6 })
 * // { standing: 'within', nearestKm: 1590.3, farthestKm: 1590.3 }
 */
export function reachOf({ center, place, radiusKm, toleranceKm }: ReachOptions): Reach {
  const distanceTo = distanceFrom(center);
  let nearestKm: number;
  let farthestKm: number;
  if ('point' in place) {
    nearestKm = farthestKm = distanceTo(place.point);
  } else {
    const { anchor, radiusKm: anchorRadiusKm } = anchorOf(center);
    const samples = boundaryPoints(place.shape, SAMPLE_KM).map((p) => ({
      p,
      km: geodesicDistanceKm(p, anchor),
    }));
    farthestKm = farthest(samples, distanceTo);
    // An area holding the centre's anchor meets it; a part of the place inside the centre's
    // area is found by the samples, whose distance is then 0.
    const holdsAnchor =
      (place.shape.type === 'Polygon' || place.shape.type === 'MultiPolygon') &&
      areaContains(place.shape, anchor);
    nearestKm = holdsAnchor ? 0 : nearest(samples, distanceTo, anchorRadiusKm);
  }
  return {
    standing: standingOf(nearestKm, farthestKm, radiusKm, toleranceKm),
    nearestKm,
    farthestKm,
  };
}

/** The standing for a place whose parts lie between `nearestKm` and `farthestKm` away. */
export function standingOf(
  nearestKm: number,
  farthestKm: number,
  radiusKm: number,
  toleranceKm: number,
): Standing {
  if (nearestKm > radiusKm + toleranceKm) return 'beyond';
  if (nearestKm >= radiusKm - toleranceKm) return 'edge';
  return farthestKm < radiusKm - toleranceKm ? 'within' : 'partly';
}

function distanceFrom(center: ReachGeometry): (p: LngLat) => number {
  if ('point' in center) return (p) => geodesicDistanceKm(center.point, p);
  return (p) => nearestPointOnShape(center.shape, p).km;
}

/** A point of the centre, and the farthest any part of the centre lies from it. */
function anchorOf(center: ReachGeometry): { anchor: LngLat; radiusKm: number } {
  if ('point' in center) return { anchor: center.point, radiusKm: 0 };
  const samples = boundaryPoints(center.shape, SAMPLE_KM);
  const anchor = samples[0];
  if (!anchor) throw new RangeError('the centre shape has no vertices');
  return { anchor, radiusKm: Math.max(...samples.map((p) => geodesicDistanceKm(anchor, p))) };
}

function nearest(
  samples: { p: LngLat; km: number }[],
  distanceTo: (p: LngLat) => number,
  anchorRadiusKm: number,
): number {
  let best = Infinity;
  for (const { p, km } of [...samples].sort((a, b) => a.km - b.km)) {
    if (km - anchorRadiusKm >= best) break;
    best = Math.min(best, distanceTo(p));
  }
  return best;
}

function farthest(samples: { p: LngLat; km: number }[], distanceTo: (p: LngLat) => number): number {
  let best = -Infinity;
  for (const { p, km } of [...samples].sort((a, b) => b.km - a.km)) {
    if (km <= best) break;
    best = Math.max(best, distanceTo(p));
  }
  return best;
}
