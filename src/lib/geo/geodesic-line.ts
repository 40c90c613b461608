/**
 * The geodesic between two points as a GeoJSON line, for drawing on a Web Mercator map.
 */
import type { LineString, MultiLineString, Position } from 'geojson';
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

export interface GeodesicLineOptions {
  /** Greatest distance between consecutive vertices, in km (default 50). */
  stepKm?: number;
}

/**
 * Points along the geodesic from `a` to `b` on WGS84, at most `stepKm` apart.
 *
 * Longitudes are computed unrolled (GeographicLib's LONG_UNROLL), so they run on
 * continuously past ±180; wherever the path crosses the antimeridian it is cut there,
 * at a point found by bisection on the geodesic itself, and each part is shifted back
 * into [-180, 180]. The result is a MultiLineString when it crosses, so MapLibre draws
 * both halves at the edges of the world instead of a line back across the whole map.
 *
 * @example geodesicLine([139.69, 35.69], [-122.42, 37.77]) // MultiLineString, Tokyo–San Francisco
 * @see https://geographiclib.sourceforge.io/JavaScript/doc/GeodesicLine.html
 */
export function geodesicLine(
  a: LngLat,
  b: LngLat,
  { stepKm = 50 }: GeodesicLineOptions = {},
): LineString | MultiLineString {
  const caps = Mask.LATITUDE | Mask.LONGITUDE | Mask.DISTANCE_IN;
  const line = WGS84.InverseLine(a[1], a[0], b[1], b[0], caps);
  const totalM = line.s13;
  const steps = Math.max(1, Math.ceil(totalM / 1000 / stepKm));
  const at = (s: number): LngLat => {
    const p = line.Position(s, Mask.LATITUDE | Mask.LONGITUDE | Mask.LONG_UNROLL);
    return [p.lon2 ?? a[0], p.lat2 ?? a[1]];
  };

  const parts: Position[][] = [];
  let part: Position[] = [[a[0], a[1]]];
  // Which copy of the world the current part lies in: its longitudes are lng - 360 * world.
  let world = 0;
  let previousS = 0;
  for (let i = 1; i <= steps; i++) {
    const s = (totalM * i) / steps;
    const [lng, lat] = at(s);
    // A step of 50 km cannot cross the antimeridian twice except right at a pole.
    while (lng > 180 + 360 * world || lng < -180 + 360 * world) {
      const east = lng > 180 + 360 * world;
      const edge = (east ? 180 : -180) + 360 * world;
      const crossingLat = at(bisect(at, previousS, s, edge))[1];
      part.push([east ? 180 : -180, crossingLat]);
      parts.push(part);
      world += east ? 1 : -1;
      part = [[east ? -180 : 180, crossingLat]];
    }
    const shifted = lng - 360 * world;
    // Snap the last vertex back onto `b` exactly, rather than `b` plus rounding error.
    part.push(
      i === steps ? [b[0] + 360 * Math.round((shifted - b[0]) / 360), b[1]] : [shifted, lat],
    );
    previousS = s;
  }
  parts.push(part);

  const lines = parts.filter((p) => p.length >= 2);
  if (lines.length === 1 && lines[0]) return { type: 'LineString', coordinates: lines[0] };
  return { type: 'MultiLineString', coordinates: lines };
}

/** The distance along the line, between `lo` and `hi` m, where the unrolled lng is `edge`. */
function bisect(at: (s: number) => LngLat, lo: number, hi: number, edge: number): number {
  const startSide = Math.sign(at(lo)[0] - edge);
  for (let i = 0; i < 50; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(at(mid)[0] - edge) === startSide) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
