/**
 * Geodesic distance on the WGS84 ellipsoid (units of length are in `units.ts`).
 */
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

/**
 * The length in km of the shortest path between two points on the WGS84 ellipsoid
 * (the inverse geodesic problem, solved with Karney's algorithm; accurate to nanometres).
 *
 * @example geodesicDistanceKm([174.81, -41.32], [-5.5, 40.96]) // 19959.679 (Wellington–Salamanca)
 * @see https://geographiclib.sourceforge.io/JavaScript/doc/
 */
export function geodesicDistanceKm(a: LngLat, b: LngLat): number {
  const { s12 } = WGS84.Inverse(a[1], a[0], b[1], b[0], Mask.DISTANCE);
  return (s12 ?? 0) / 1000;
}
