/**
 * An outline drawn by hand, as its corners in order (the last joins the first): made into a
 * polygon for the map, continuous across the antimeridian, and checked for what would make
 * it no area at all.
 */
import type { Polygon } from 'geojson';
import { continuousLine } from './antimeridian.ts';
import type { LngLat } from './types.ts';

/** The outline as a closed polygon ring, each edge the short way round the globe. */
export function outlinePolygon(corners: readonly LngLat[]): Polygon {
  const ring = continuousLine(corners) as LngLat[];
  const first = ring[0];
  return { type: 'Polygon', coordinates: first ? [[...ring, first]] : [] };
}

/**
 * The first two edges of the outline that cross each other (edges by the index of the
 * corner they start at), or null when it is a simple ring. Edges that share a corner meet,
 * they do not cross; corners are compared on a flat map, which is what the map draws.
 *
 * @example crossingEdges([[0, 0], [1, 1], [1, 0], [0, 1]]) // [0, 2]: a bow tie
 */
export function crossingEdges(corners: readonly LngLat[]): [number, number] | null {
  const ring = continuousLine(corners) as LngLat[];
  const n = ring.length;
  const edge = (i: number): [LngLat, LngLat] => [ring[i]!, ring[(i + 1) % n]!];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const neighbours = j === i + 1 || (i === 0 && j === n - 1);
      if (neighbours) continue;
      if (segmentsCross(edge(i), edge(j))) return [i, j];
    }
  }
  return null;
}

/** How many corners the outline has that are not repeats of the corner before them. */
export function distinctCorners(corners: readonly LngLat[]): number {
  return corners.filter((corner, i) => {
    const before = corners[(i + corners.length - 1) % corners.length]!;
    return i === 0 ? corners.length === 1 || !same(corner, before) : !same(corner, before);
  }).length;
}

function same([a, b]: LngLat, [c, d]: LngLat): boolean {
  return a === c && b === d;
}

/** Whether two segments share a point (touching counts: a corner on another edge). */
function segmentsCross([a, b]: [LngLat, LngLat], [c, d]: [LngLat, LngLat]): boolean {
  const d1 = turn(c, d, a);
  const d2 = turn(c, d, b);
  const d3 = turn(a, b, c);
  const d4 = turn(a, b, d);
  if (d1 * d2 < 0 && d3 * d4 < 0) return true;
  return (
    (d1 === 0 && onSegment(c, d, a)) ||
    (d2 === 0 && onSegment(c, d, b)) ||
    (d3 === 0 && onSegment(a, b, c)) ||
    (d4 === 0 && onSegment(a, b, d))
  );
}

/** Which way `p` lies from the line `a`→`b`: positive left, negative right, 0 on it. */
function turn([ax, ay]: LngLat, [bx, by]: LngLat, [px, py]: LngLat): number {
  return Math.sign((bx - ax) * (py - ay) - (by - ay) * (px - ax));
}

function onSegment([ax, ay]: LngLat, [bx, by]: LngLat, [px, py]: LngLat): boolean {
  return (
    Math.min(ax, bx) <= px &&
    px <= Math.max(ax, bx) &&
    Math.min(ay, by) <= py &&
    py <= Math.max(ay, by)
  );
}

/**
 * The corners of a square about `halfSideKm` from `centre` on each side (west, south, east,
 * north), to start drawing an area round a place's point.
 */
export function squareAround([lng, lat]: LngLat, halfSideKm: number): LngLat[] {
  const KM_PER_DEGREE = 111.32;
  const dLat = halfSideKm / KM_PER_DEGREE;
  const dLng = halfSideKm / (KM_PER_DEGREE * Math.max(Math.cos((lat * Math.PI) / 180), 0.01));
  const round = (value: number) => Math.round(value * 1e5) / 1e5;
  return [
    [round(lng - dLng), round(lat - dLat)],
    [round(lng + dLng), round(lat - dLat)],
    [round(lng + dLng), round(lat + dLat)],
    [round(lng - dLng), round(lat + dLat)],
  ];
}
