/**
 * The rings and lines of a shape as plain lists of positions, for the code that walks a
 * shape's edges (buffering, nearest points, unwrapping) whatever its geometry type.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

/** An area or a line: what a place's shape may be. */
export type LineOrArea = Polygon | MultiPolygon | LineString | MultiLineString;

/** Every ring (exterior and holes) or line of `shape`, in order. */
export function linesOf(shape: LineOrArea): Position[][] {
  switch (shape.type) {
    case 'LineString':
      return [shape.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return shape.coordinates;
    case 'MultiPolygon':
      return shape.coordinates.flat();
  }
}
