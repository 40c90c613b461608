/**
 * Great-circle distance on a sphere of the Earth's mean radius (haversine): ample for ranking
 * places by nearness, and light enough for the browser (no geodesic library).
 */
import type { LngLat } from '../geo/types.ts';

/** IUGG mean Earth radius, km. */
const EARTH_RADIUS_KM = 6371.0088;

/**
 * @example haversineKm([34.78, 32.08], [35.5, 33.89]) // ≈ 212
 * @see https://en.wikipedia.org/wiki/Haversine_formula
 */
export function haversineKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}
