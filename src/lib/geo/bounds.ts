/**
 * Boxes round places, in the one convention of {@link Bounds}: `east` may pass 180 for a box
 * across the antimeridian, so `west < east` always and the width is `east - west`.
 */
import type { Bounds, LngLat } from './types.ts';

export interface BoundsOptions {
  /** Margin on each side, in degrees of longitude and latitude (default 0). */
  padding?: number;
}

/**
 * `[west, south, east, north]` of `positions`, taking the shorter way round the world.
 *
 * Longitudes wrap, so the box is the complement of the widest empty gap between the
 * positions' longitudes: places at 170° and -170° make a box 20° wide across the
 * antimeridian (`[170, s, 190, n]`), not 340° wide across Greenwich. Padding is in degrees,
 * added on every side (so a single position still gets a box); latitudes are clamped to ±90.
 *
 * @example boundsOf([[35.5, 33.9], [35.2, 31.8]], { padding: 1 }) // [34.2, 30.8, 36.5, 34.9]
 */
export function boundsOf(
  positions: readonly LngLat[],
  { padding = 0 }: BoundsOptions = {},
): Bounds {
  if (positions.length === 0) throw new RangeError('cannot bound no positions');
  const lats = positions.map((p) => p[1]);
  const south = Math.min(...lats);
  const north = Math.max(...lats);

  const lngs = positions.map((p) => wrapLng(p[0])).sort((a, b) => a - b);
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
  return padBounds([west, south, east, north], padding);
}

/**
 * A box in the convention of {@link Bounds}, from either convention: one written as RFC 7946
 * writes a box across the antimeridian (west > east, `[175, -20, -178, -15]`) or with east past
 * 180; west is brought into [-180, 180). Throws on a box that is not four finite numbers with
 * south <= north, latitudes within ±90 and longitudes within ±720.
 */
export function normalizeBounds(bounds: readonly number[]): Bounds {
  const [west, south, east, north] = bounds;
  if (
    bounds.length !== 4 ||
    !bounds.every(Number.isFinite) ||
    west === undefined ||
    south === undefined ||
    east === undefined ||
    north === undefined ||
    Math.abs(west) > 720 ||
    Math.abs(east) > 720 ||
    south < -90 ||
    north > 90 ||
    south > north
  ) {
    throw new RangeError(
      `a box is [west, south, east, north] in degrees with south <= north, got ${JSON.stringify(bounds)}`,
    );
  }
  const span = east - west;
  if (span >= 360) return [-180, south, 180, north];
  const width = span >= 0 ? span : span + 360;
  const start = wrapLng(west);
  return [start, south, start + width, north];
}

/** Whether a `[lng, lat]` lies in a box (edges count), whatever the longitude's turn. */
export function inBounds(
  [lng, lat]: readonly number[],
  [west, south, east, north]: Bounds,
): boolean {
  if (lat === undefined || lng === undefined || lat < south || lat > north) return false;
  // The longitude's turn that starts at the box's west edge.
  const offset = (((lng - west) % 360) + 360) % 360;
  return offset <= east - west;
}

/** Whether two boxes overlap (touching counts). */
export function boundsIntersect(a: Bounds, b: Bounds): boolean {
  if (a[1] > b[3] || b[1] > a[3]) return false;
  // Where b's west edge falls east of a's, within one turn; then either starts inside the other.
  const start = (((b[0] - a[0]) % 360) + 360) % 360;
  return start <= a[2] - a[0] || start + (b[2] - b[0]) >= 360;
}

/**
 * A box grown by `degrees` on each side, kept within the world: latitudes stop at ±90 and a box
 * that grows to a whole turn of longitude or more becomes the whole turn, `[-180, s, 180, n]`.
 */
export function padBounds([west, south, east, north]: Bounds, degrees: number): Bounds {
  return normalizeBounds([
    west - degrees,
    Math.max(-90, south - degrees),
    Math.min(west - degrees + 360, east + degrees),
    Math.min(90, north + degrees),
  ]);
}

/** A longitude brought into [-180, 180). */
function wrapLng(lng: number): number {
  return ((((lng + 180) % 360) + 360) % 360) - 180;
}
