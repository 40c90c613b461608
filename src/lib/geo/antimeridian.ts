/**
 * Geometry across the antimeridian, in the convention Dateline draws with: an area or line
 * that crosses 180° is continuous, its longitudes running on past ±180 (Fiji at 177° to
 * 182°), rather than cut in two as RFC 7946 would have it. MapLibre draws such a geometry in
 * one piece, so outlines have no seam at 180°, and planar operations (turf's union) work on it
 * as on any other. Tests of a point against it try the point's other turns too.
 */
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { boundsOf } from './bounds.ts';
import { linesOf } from './lines.ts';
import type { LngLat } from './types.ts';

type Shape = Exclude<Geometry, { type: 'GeometryCollection' }>;

function allPositions(shape: Shape): Position[] {
  if (shape.type === 'Point') return [shape.coordinates];
  if (shape.type === 'MultiPoint') return shape.coordinates;
  return linesOf(shape).flat();
}

/**
 * `shape` with every longitude moved by whole turns to within 180° of `centerLng`: the parts of
 * a shape cut at 180° come together again (Natural Earth's Fiji becomes one piece around
 * 180°). Shapes wider than half the world are left to the caller.
 */
export function unwrapAround<G extends Shape>(shape: G, centerLng: number): G {
  const move = (position: Position): Position => {
    const [lng = 0, lat = 0, ...rest] = position;
    return [lng + 360 * Math.round((centerLng - lng) / 360), lat, ...rest];
  };
  return mapPositions(shape, move);
}

/**
 * A ring or line whose edges are short on the globe but cross the antimeridian in one step
 * (world-atlas, made for d3's spherical drawing, writes `[179.8, 65]` then `[-180, 65.1]`),
 * made continuous for a flat map: each longitude is moved by whole turns to within 180° of
 * the one before, and the whole is then moved by whole turns so that its middle lies in
 * [-180, 180). A ring that goes round a pole (Antarctica) gains a whole turn on the way; it is
 * closed along the pole's latitude, so that on a flat map it is the band between the coast
 * and the pole rather than a strip along one stray edge.
 */
export function continuousLine(positions: readonly Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const [lng = 0, lat = 0, ...rest] of positions) {
    const moved = previous === undefined ? lng : lng + 360 * Math.round((previous - lng) / 360);
    out.push([moved, lat, ...rest]);
    previous = moved;
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return out;
  const closedRing = positions.length > 3 && samePosition(positions[0], positions.at(-1));
  if (closedRing && Math.abs(last[0]! - first[0]!) > 180) {
    const latitudes = out.map((position) => position[1]!);
    const poleLat = latitudes.reduce((sum, lat) => sum + lat, 0) < 0 ? -90 : 90;
    out.push([last[0]!, poleLat], [first[0]!, poleLat], [first[0]!, first[1]!]);
  }
  const lngs = out.map((position) => position[0]!);
  const middle = (Math.min(...lngs) + Math.max(...lngs)) / 2;
  const turn = 360 * Math.floor((middle + 180) / 360);
  return turn === 0 ? out : out.map(([lng = 0, ...rest]) => [lng - turn, ...rest]);
}

function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/** The middle longitude of the box round `shape`, taking the shorter way round the world. */
export function centralLng(shape: Shape): number {
  const [west, , east] = boundsOf(allPositions(shape).map(([lng = 0, lat = 0]) => [lng, lat]));
  return (west + east) / 2;
}

/** Whether `point` lies in `area`, in whichever turn of longitude the area is written. */
export function areaContains(area: Polygon | MultiPolygon, [lng, lat]: LngLat): boolean {
  return [0, 360, -360].some((turn) => booleanPointInPolygon([lng + turn, lat], area));
}

function mapPositions<G extends Shape>(shape: G, move: (position: Position) => Position): G {
  switch (shape.type) {
    case 'Point':
      return { ...shape, coordinates: move(shape.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { ...shape, coordinates: shape.coordinates.map(move) };
    case 'MultiLineString':
    case 'Polygon':
      return { ...shape, coordinates: shape.coordinates.map((line) => line.map(move)) };
    case 'MultiPolygon':
      return {
        ...shape,
        coordinates: shape.coordinates.map((polygon) => polygon.map((ring) => ring.map(move))),
      };
  }
  return shape;
}
