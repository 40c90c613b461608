/**
 * Geodesic distance on the WGS84 ellipsoid, and the unit conversions a story needs.
 */
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

/** Kilometres in one international mile (exactly 1,609.344 m, by the 1959 agreement). */
export const KM_PER_MILE = 1.609344;

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

/** Kilometres to international miles. */
export function kmToMiles(km: number): number {
  return km / KM_PER_MILE;
}

/** International miles to kilometres. */
export function milesToKm(miles: number): number {
  return miles * KM_PER_MILE;
}

/** A length as the story states it (`{ value: 1000, unit: 'mi' }`), in km. */
export function toKm(length: { value: number; unit: 'km' | 'mi' }): number {
  return length.unit === 'mi' ? milesToKm(length.value) : length.value;
}
