/**
 * A geodesic circle (all points at one distance from a centre on WGS84) as a polygon
 * that MapLibre and turf can use in longitude/latitude space.
 */
import { rewind } from '@turf/rewind';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { geodesicDistanceKm } from './distance.ts';
import type { LngLat } from './types.ts';
import { Mask, WGS84 } from './wgs84.ts';

export interface GeodesicCircleOptions {
  /** Vertices on the circle (default 128); more where it is cut at the antimeridian. */
  steps?: number;
}

/**
 * The circle of `radiusKm` around `center`: at each of `steps` azimuths, the point that
 * distance away along the geodesic (the direct problem, Karney's algorithm), so every
 * vertex lies on the true ellipsoidal circle rather than on a sphere's.
 *
 * Longitudes are unrolled along the sweep of azimuths, starting due north of the centre, so
 * they run on past ±180:
 * - a circle that crosses the antimeridian stays one Polygon, continuous across it (see
 *   `antimeridian.ts`): MapLibre draws it in one piece, with no seam in its outline;
 * - a circle that contains a pole winds once around it (its unrolled longitude gains
 *   ±360°), so it is cut at the antimeridian and closed along the pole's latitude
 *   (±90) between lng 180 and -180: on a map it is the band above (or below) the circle;
 *   the cut points are found by bisection on the azimuth, so they lie exactly on the circle;
 * - a circle containing both poles (radius beyond ~10,000 km from mid-latitudes) has no
 *   such drawing and is refused with a RangeError.
 *
 * Rings are wound as RFC 7946 asks (exterior counter-clockwise).
 *
 * @example geodesicCircle([35.5, 33.9], 100) // Polygon, 129 positions (closed)
 * @see https://geographiclib.sourceforge.io/JavaScript/doc/ (Geodesic.Direct)
 */
export function geodesicCircle(
  center: LngLat,
  radiusKm: number,
  { steps = 128 }: GeodesicCircleOptions = {},
): Polygon | MultiPolygon {
  if (!(radiusKm > 0)) throw new RangeError(`radius must be positive, got ${radiusKm} km`);
  const north = geodesicDistanceKm(center, [0, 90]) < radiusKm;
  const south = geodesicDistanceKm(center, [0, -90]) < radiusKm;
  if (north && south) {
    throw new RangeError(`a circle of ${radiusKm} km around ${center} contains both poles`);
  }

  const radiusM = radiusKm * 1000;
  const at = (azimuth: number): LngLat => {
    const p = WGS84.Direct(center[1], center[0], azimuth, radiusM, DIRECT_MASK);
    return [p.lon2 ?? center[0], p.lat2 ?? center[1]];
  };
  const { ring, winding } = sweep(at, steps);
  if (winding !== 0)
    return rewound(poleCap(ring, winding, north ? 90 : south ? -90 : Math.sign(center[1]) * 90));
  // Due north of the centre is within a turn of it: keep the circle in the centre's turn.
  const turn = 360 * Math.round(((ring[0]?.at[0] ?? center[0]) - center[0]) / 360);
  return rewound({
    type: 'Polygon',
    coordinates: [closed(ring.filter((v) => !v.added).map((v) => [v.at[0] - turn, v.at[1]]))],
  });
}

const DIRECT_MASK = Mask.LATITUDE | Mask.LONGITUDE;

interface Vertex {
  /** Unrolled longitude, latitude. */
  at: LngLat;
  /** True for a vertex placed exactly on an antimeridian (lng = 180 + 360k). */
  cut: boolean;
  /** True for a vertex added between two steps, where the circle crosses an antimeridian. */
  added: boolean;
}

/**
 * `steps` vertices round the circle, with longitudes unrolled along the sweep of azimuths
 * (each one the previous plus the shorter turn to it), and a vertex added exactly wherever
 * the circle crosses an antimeridian (where a polar cap is cut). `winding` is how many times the sweep went round the
 * world: ±1 when the circle contains a pole, else 0.
 */
function sweep(
  at: (azimuth: number) => LngLat,
  steps: number,
): { ring: Vertex[]; winding: number } {
  const ring: Vertex[] = [];
  const start = at(0);
  let previous = start;
  for (let i = 0; i < steps; i++) {
    const az0 = (360 * i) / steps;
    const az1 = (360 * (i + 1)) / steps;
    const base = previous[0];
    const unrolledAt = (azimuth: number): LngLat => unrolledNear(at(azimuth), base);
    const next = unrolledAt(az1);
    ring.push({ at: previous, cut: isOnAntimeridian(previous[0]), added: false });
    for (const edge of antimeridiansBetween(previous[0], next[0])) {
      ring.push({
        at: [edge, unrolledAt(bisectAzimuth(unrolledAt, az0, az1, edge))[1]],
        cut: true,
        added: true,
      });
    }
    previous = next;
  }
  return { ring, winding: Math.round((previous[0] - start[0]) / 360) };
}

/** `point` with its longitude moved by whole turns to within 180 of `lng`. */
function unrolledNear(point: LngLat, lng: number): LngLat {
  return [point[0] + 360 * Math.round((lng - point[0]) / 360), point[1]];
}

function isOnAntimeridian(lng: number): boolean {
  return Math.abs((((lng + 180) % 360) + 360) % 360) < 1e-9;
}

/** The meridians 180 + 360k strictly between two unrolled longitudes, in walking order. */
function antimeridiansBetween(lng0: number, lng1: number): number[] {
  const edges: number[] = [];
  const lo = Math.min(lng0, lng1);
  const hi = Math.max(lng0, lng1);
  for (let k = Math.ceil((lo - 180) / 360); 180 + 360 * k < hi; k++) {
    const edge = 180 + 360 * k;
    if (edge > lo) edges.push(edge);
  }
  return lng1 >= lng0 ? edges : edges.reverse();
}

function bisectAzimuth(
  at: (azimuth: number) => LngLat,
  lo: number,
  hi: number,
  edge: number,
): number {
  const startSide = Math.sign(at(lo)[0] - edge);
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (Math.sign(at(mid)[0] - edge) === startSide) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/**
 * A circle that winds once round a pole: cut at the antimeridian into one run from -180
 * to 180 (or back), closed along the pole's latitude.
 */
function poleCap(ring: Vertex[], winding: number, poleLat: number): Polygon {
  const start = Math.max(
    0,
    ring.findIndex((v) => v.cut),
  );
  // Vertices before the cut come after it once round, one turn further on.
  const turned = ring
    .slice(0, start)
    .map((v): Vertex => ({ ...v, at: [v.at[0] + 360 * winding, v.at[1]] }));
  const rotated = [...ring.slice(start), ...turned];
  const first = rotated[0] as Vertex;
  // Shift the whole run by one amount so it starts on -180 going east (or 180 going west).
  const shift = (winding > 0 ? -180 : 180) - first.at[0];
  const run: Position[] = rotated.map((v) => [clampLng(v.at[0] + shift), v.at[1]]);
  const startLng = winding > 0 ? -180 : 180;
  const endLng = -startLng;
  return {
    type: 'Polygon',
    coordinates: [
      [
        ...run,
        [endLng, first.at[1]],
        [endLng, poleLat],
        [startLng, poleLat],
        [startLng, first.at[1]],
      ],
    ],
  };
}

function clampLng(lng: number): number {
  return Math.max(-180, Math.min(180, lng));
}

function closed(ring: Position[]): Position[] {
  const first = ring[0];
  return first ? [...ring, first] : ring;
}

function rewound<G extends Polygon | MultiPolygon>(geometry: G): G {
  return rewind(geometry) as G;
}
