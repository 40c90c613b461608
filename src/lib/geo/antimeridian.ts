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
