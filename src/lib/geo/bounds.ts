/**
 * The box round a set of positions, for fitting the map to a story's places.
 */
import type { Bounds } from '../story/types.ts';
import type { LngLat } from './types.ts';

export interface BoundsOptions {
  /** Margin on each side, in degrees of longitude and latitude (default 0). */
  padding?: number;
}

/**
 * `[west, south, east, north]` of `positions`, taking the shorter way round the world.
 *
 * Longitudes wrap, so the box is the complement of the widest empty gap between the
 * positions' longitudes: places at 170° and -170° make a box 20° wide across the
 * antimeridian, not 340° wide across Greenwich. A box that crosses the antimeridian is
 * returned with `east` beyond 180 (`[170, s, 190, n]`), as MapLibre's `fitBounds` needs it
 * (RFC 7946 would write west > east instead). Padding is in degrees, added on every side
 * (so a single position still gets a box); latitudes are clamped to ±90.
 *
 * @example boundsOf([[35.5, 33.9], [35.2, 31.8]], { padding: 1 }) // [34.2, 30.8, 36.5, 34.9]
 */
export function boundsOf(positions: LngLat[], { padding = 0 }: BoundsOptions = {}): Bounds {
  if (positions.length === 0) throw new RangeError('cannot bound no positions');
  const lats = positions.map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);

  const lngs = positions.map((p) => normalizeLng(p[0])).sort((a, b) => a - b);
  // The gap that wraps round from the easternmost position to the westernmost.
  let west = lngs[0] as number;
  let east = lngs[lngs.length - 1] as number;
  let widestGap = west + 360 - east;
  for (let i = 1; i < lngs.length; i++) {
    const gap = (lngs[i] as number) - (lngs[i - 1] as number);
    if (gap > widestGap) {
      widestGap = gap;
      west = lngs[i] as number;
      east = (lngs[i - 1] as number) + 360;
    }
  }

  return [
    west - padding,
    Math.max(-90, south - padding),
    east + padding,
    Math.min(90, north + padding),
  ];
}

function normalizeLng(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}
