/**
 * The picture's camera: Web Mercator at the zoom and centre MapLibre's `fitBounds` picks for
 * a box of the picture's size (fit-bounds.ts), as a d3 projection, so the picture and the live
 * map line up when one replaces the other. It projects points and draws shapes as SVG paths.
 */
import { geoArea, geoMercator, geoPath } from 'd3-geo';
import type { Geometry, Position } from 'geojson';
import type { Bounds } from '../../geo/types.ts';
import { fitBoundsCamera, pictureExtent, TILE_SIZE } from '../fit-bounds.ts';
import type { Padding } from '../../story/types.ts';
import { simplified } from './simplify.ts';
import type { Box, Pixel } from './types.ts';

export interface PictureCamera {
  zoom: number;
  /** The area drawn: the picture and the overscan round it. */
  extent: Box;
  /** A position in the picture's pixels (NaN where it cannot be projected). */
  project(position: Position): Pixel;
  /** A shape as SVG path data, clipped to the extent and simplified to the pixel. */
  draw(geometry: Geometry): string;
}

export interface PictureCameraOptions {
  bounds: Bounds;
  width: number;
  height: number;
  padding: Padding;
  maxZoom?: number;
  /** How far beyond the picture to draw, as fractions of its width and height. */
  overscan: [number, number];
}

export function pictureCamera({
  bounds,
  width,
  height,
  padding,
  maxZoom,
  overscan,
}: PictureCameraOptions): PictureCamera {
  const { zoom, center } = fitBoundsCamera({ bounds, width, height, padding, maxZoom });
  const [left, top, wide, high] = pictureExtent({ width, height }, overscan);
  const extent: Box = [left, top, left + wide, top + high];
  // d3's Mercator is `k·λ` wide in radians: the world's 2π·k px are MapLibre's 512·2^zoom.
  // Rotating to the centre's longitude keeps bounds that cross the antimeridian whole.
  const projection = geoMercator()
    .rotate([-center[0], 0])
    .center([0, center[1]])
    .scale((TILE_SIZE * 2 ** zoom) / (2 * Math.PI))
    .translate([width / 2, height / 2])
    .clipExtent([
      [extent[0], extent[1]],
      [extent[2], extent[3]],
    ]);
  // Whole pixels: the picture stands in for the live map for a moment; bytes matter more.
  const path = geoPath({ stream: (out) => projection.stream(simplified(out)) }).digits(0);
  return {
    zoom,
    extent,
    project: (position) => projection([position[0]!, position[1]!]) ?? [Number.NaN, Number.NaN],
    draw: (geometry) => path(windForD3(geometry)) ?? '',
  };
}

/**
 * d3-geo reads a ring's winding on the sphere: clockwise encloses the small side. RFC 7946
 * (and Turf) wind exteriors anticlockwise, which d3 would fill as the rest of the world, so
 * each polygon larger than a hemisphere is turned round.
 */
export function windForD3(geometry: Geometry): Geometry {
  const turn = (polygon: Position[][]) =>
    geoArea({ type: 'Polygon', coordinates: polygon }) > 2 * Math.PI
      ? polygon.map((ring) => [...ring].reverse())
      : polygon;
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: turn(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(turn) };
  }
  return geometry;
}
