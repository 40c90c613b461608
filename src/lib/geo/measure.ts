/**
 * Measure and compare: the distance between two points a reader picks, and the "same
 * distance from home" transfer that carries a ring or a measured line to another city while
 * keeping its true length on the globe, so a class can feel the scale of a story's distances.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { geodesicCircle } from './circle.ts';
import { geodesicDistanceKm } from './distance.ts';
import { kmToMiles } from './units.ts';
import { geodesicLine } from './geodesic-line.ts';
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

export interface Measurement {
  /** Geodesic length on WGS84, in km. */
  km: number;
  /** The same length in international miles. */
  mi: number;
  /** The geodesic, cut at the antimeridian when it crosses it. */
  line: LineString | MultiLineString;
}

/**
 * The geodesic from `a` to `b`: its length in km and mi, and the line to draw.
 *
 * @example measureBetween([34.78057, 32.08088], [42.9301, 14.8411]).km // ≈ 2081 (Tel Aviv–Hodeidah)
 */
export function measureBetween(a: LngLat, b: LngLat): Measurement {
  const km = geodesicDistanceKm(a, b);
  return { km, mi: kmToMiles(km), line: geodesicLine(a, b) };
}

export interface MovedRing {
  center: LngLat;
  radiusKm: number;
  /** Everything within `radiusKm` of `center`, drawn as {@link geodesicCircle} draws it. */
  area: Polygon | MultiPolygon;
}

/**
 * A range ring of `radiusKm` around another centre: the same true radius, so its drawing
 * changes shape with latitude (a Mercator map swells it towards the poles) while the
 * distance it stands for stays the same. Throws a RangeError where {@link geodesicCircle}
 * cannot draw it (a ring holding both poles).
 *
 * @example moveRing([-87.65, 41.85], 1609.344) // 1,000 miles around Chicago
 */
export function moveRing(center: LngLat, radiusKm: number): MovedRing {
  return { center, radiusKm, area: geodesicCircle(center, radiusKm) };
}

export interface MovedLine {
  start: LngLat;
  /** Where the line ends, longitude in [-180, 180]. */
  end: LngLat;
  /** Its length, in km: the original's. */
  km: number;
  /** Initial bearing at `start`, degrees clockwise from north: the original's. */
  azimuthDeg: number;
  line: LineString | MultiLineString;
}

/**
 * The measured line `from` → `to` re-drawn from `newStart`, with the same true length and
 * the same initial bearing: the far end solves the direct geodesic problem from `newStart`
 * along the original's azimuth at its start for the original's length (Karney's algorithm).
 *
 * The line is drawn as the shortest geodesic between the new ends, which is the one walked
 * unless the line is longer than about half the world (then the drawing takes the shorter
 * way round, while `km` still gives the true length).
 *
 * @example moveLine([[34.78, 32.08], [42.93, 14.84]], [-87.65, 41.85]).end // south-east of Chicago
 * @see https://geographiclib.sourceforge.io/JavaScript/doc/ (Geodesic.Direct)
 */
export function moveLine([from, to]: [LngLat, LngLat], newStart: LngLat): MovedLine {
  const inverse = WGS84.Inverse(from[1], from[0], to[1], to[0], Mask.DISTANCE | Mask.AZIMUTH);
  const metres = inverse.s12 ?? 0;
  const azimuthDeg = inverse.azi1 ?? 0;
  const direct = WGS84.Direct(
    newStart[1],
    newStart[0],
    azimuthDeg,
    metres,
    Mask.LATITUDE | Mask.LONGITUDE,
  );
  const end: LngLat = [direct.lon2 ?? newStart[0], direct.lat2 ?? newStart[1]];
  return { start: newStart, end, km: metres / 1000, azimuthDeg, line: geodesicLine(newStart, end) };
}

export interface NearEdgeOptions<C extends { lngLat: LngLat }> {
  center: LngLat;
  radiusKm: number;
  cities: readonly C[];
  /** How many to name (default 3). */
  count?: number;
  /** Two named cities at least this far apart, so they show the ring's reach in several directions (default 300 km). */
  spacingKm?: number;
}

/**
 * The cities just inside a ring, nearest its edge first, so the panel can say "1,000 miles
 * from Chicago reaches Denver, Atlanta and Toronto". The centre's own city (within 1 km) is
 * not one of them; a city within `spacingKm` of one already named is passed over.
 *
 * @example citiesNearEdge({ center: chicago, radiusKm: 1609, cities }).map((c) => c.city.name)
 */
export function citiesNearEdge<C extends { lngLat: LngLat }>({
  center,
  radiusKm,
  cities,
  count = 3,
  spacingKm = 300,
}: NearEdgeOptions<C>): { city: C; km: number }[] {
  const inside = cities
    .map((city) => ({ city, km: geodesicDistanceKm(center, city.lngLat) }))
    .filter(({ km }) => km > 1 && km <= radiusKm)
    .sort((a, b) => b.km - a.km);
  const named: { city: C; km: number }[] = [];
  for (const candidate of inside) {
    if (named.length >= count) break;
    const crowded = named.some(
      ({ city }) => geodesicDistanceKm(city.lngLat, candidate.city.lngLat) < spacingKm,
    );
    if (!crowded) named.push(candidate);
  }
  return named;
}

/**
 * The city nearest to `point`, and how far it is in km; null for no cities.
 *
 * @example nearestCity([-86.8, 33.5], cities)?.city.name // 'Birmingham'
 */
export function nearestCity<C extends { lngLat: LngLat }>(
  point: LngLat,
  cities: readonly C[],
): { city: C; km: number } | null {
  let best: { city: C; km: number } | null = null;
  for (const city of cities) {
    const km = geodesicDistanceKm(point, city.lngLat);
    if (!best || km < best.km) best = { city, km };
  }
  return best;
}
