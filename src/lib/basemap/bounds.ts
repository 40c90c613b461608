/** Small helpers for `[west, south, east, north]` boxes, which may cross the antimeridian. */
import type { Bounds } from '../story/types.ts';

/** Whether a `[lng, lat]` lies in a box; a box whose west is east of its east wraps at 180°. */
export function inBounds(
  [lng, lat]: readonly number[],
  [west, south, east, north]: Bounds,
): boolean {
  if (lat === undefined || lng === undefined || lat < south || lat > north) return false;
  return west <= east ? lng >= west && lng <= east : lng >= west || lng <= east;
}

/** Whether two boxes overlap (touching counts). */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  if (a[1] > b[3] || b[1] > a[3]) return false;
  return lngRangesOverlap(a[0], a[2], b[0], b[2]);
}

function lngRangesOverlap(w1: number, e1: number, w2: number, e2: number): boolean {
  const split = (w: number, e: number): [number, number][] =>
    w <= e
      ? [[w, e]]
      : [
          [w, 180],
          [-180, e],
        ];
  return split(w1, e1).some(([a, b]) => split(w2, e2).some(([c, d]) => a <= d && c <= b));
}

/**
 * A box grown by `degrees` on each side, kept within the world: latitudes stop at ±90 and a box
 * that grows past a whole turn of longitude becomes the whole turn.
 */
export function padBounds([west, south, east, north]: Bounds, degrees: number): Bounds {
  const span = (west <= east ? east - west : east + 360 - west) + 2 * degrees;
  const s = Math.max(-90, south - degrees);
  const n = Math.min(90, north + degrees);
  if (span >= 360) return [-180, s, 180, n];
  if (west <= east && west - degrees >= -180 && east + degrees <= 180) {
    return [west - degrees, s, east + degrees, n];
  }
  const wrap = (lng: number): number => ((((lng + 180) % 360) + 360) % 360) - 180;
  return [wrap(west - degrees), s, wrap(east + degrees), n];
}
