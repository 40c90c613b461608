/**
 * Small shapes and points for geometry tests: a square in lng/lat, and the point a given
 * distance along a bearing (the direct geodesic problem), to place probes exactly.
 */
import type { Polygon } from 'geojson';
import type { LngLat } from '../lib/geo/types.ts';
import { Mask, WGS84 } from '../lib/geo/wgs84.ts';

/** A square `size` degrees on a side with its south-west corner at `[west, south]`. */
export function square(west: number, south: number, size: number): Polygon {
  const [e, n] = [west + size, south + size];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [e, south],
        [e, n],
        [west, n],
        [west, south],
      ],
    ],
  };
}

/** The point `km` from `from` along `azimuth` degrees. */
export function toward(from: LngLat, azimuth: number, km: number): LngLat {
  const p = WGS84.Direct(from[1], from[0], azimuth, km * 1000, Mask.LATITUDE | Mask.LONGITUDE);
  return [p.lon2 as number, p.lat2 as number];
}

/** A stand-in for Lebanon in compiled-story tests: a box whose southern edge runs along 33.1°N. */
export const LEBANON_BOX: Polygon = {
  type: 'Polygon',
  coordinates: [
    [
      [35.1, 33.1],
      [36.6, 33.1],
      [36.6, 34.7],
      [35.1, 34.7],
      [35.1, 33.1],
    ],
  ],
};
