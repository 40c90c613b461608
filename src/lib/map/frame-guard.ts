/**
 * No name cut by the frame on the live map's first view. MapLibre places a label wherever
 * its point is on screen, so one near an edge is cut in half (a city just inside the top,
 * a ring's name along a line that runs off the map). Until the reader moves the map, the
 * basemap's names are kept to points far enough inside the frame for the widest name their
 * layer can write (its `text-max-width`), and the names set along lines (a ring's, a
 * distance's) are set only along the part of their line inside the frame by the name's
 * height: a name too long for what is left is not written. Once the reader moves, names come
 * and go at the edges as on any map.
 */
import type { Polygon, Position } from 'geojson';
import type { Bounds } from '../geo/types.ts';
import type { Padding } from '../story/types.ts';
import { CAMERA, CIRCLES, sizeAt, type LabelMark } from './marks.ts';
import { LINE_HEIGHT } from './picture/text.ts';

/** The frame, less `inset` px on each side, as a box of longitude and latitude. */
export type FrameAt = (inset: Padding) => Bounds;

/**
 * How far inside the frame a name's point must be so that none of the name is cut:
 * `centred` for a name over its point (a country, a sea), `beside` for one set to the right
 * of a dot (a city: MapLibre's first `text-variable-anchor`).
 */
export function nameInset(mark: LabelMark, zoom: number, placed: 'centred' | 'beside'): Padding {
  const size = sizeAt(mark.size, zoom);
  const margin = CAMERA.labelMargin;
  // Names wrap at `maxWidth` ems: no line is wider. Two lines at most, above and below.
  const half = LINE_HEIGHT * size + margin;
  if (placed === 'centred') {
    const side = (mark.maxWidth * size) / 2 + margin;
    return { top: half, right: side, bottom: half, left: side };
  }
  return {
    top: half,
    right: (mark.offset + mark.maxWidth) * size + margin,
    bottom: half,
    left: CIRCLES.city.radius + margin,
  };
}

/** A box as a GeoJSON polygon, for MapLibre's `within` expression. */
export function boxPolygon([west, south, east, north]: Bounds): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [east, south],
        [east, north],
        [west, north],
        [west, south],
      ],
    ],
  };
}

/**
 * How far inside the frame a name set along a line must keep its line: the name's height,
 * `offset` ems off the line, and the margin, on every side (the line may run any way).
 */
export function lineLabelInset(mark: LabelMark, offset = 0): Padding {
  const size = sizeAt(mark.size, 0);
  const reach = (LINE_HEIGHT / 2 + offset) * size + CAMERA.labelMargin;
  return { top: reach, right: reach, bottom: reach, left: reach };
}

/**
 * The stretches of a line inside a box of longitude and latitude, cut where they cross its
 * edges. Longitudes are taken round the world to the copy nearest the box, so a ring that
 * runs past 180° is cut where it is drawn.
 */
export function clipLine(line: Position[], [west, south, east, north]: Bounds): Position[][] {
  const middle = (west + east) / 2;
  const near = ([lng, lat]: Position): [number, number] => [
    lng! - 360 * Math.round((lng! - middle) / 360),
    lat!,
  ];
  const inside = ([lng, lat]: [number, number]) =>
    lng >= west && lng <= east && lat >= south && lat <= north;
  const runs: Position[][] = [];
  let run: Position[] = [];
  const points = line.map(near);
  points.forEach((point, i) => {
    const previous = points[i - 1];
    const within = inside(point);
    if (previous && inside(previous) !== within) {
      run.push(crossing(previous, point, [west, south, east, north]));
    }
    if (within) run.push(point);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length) runs.push(run);
  return runs.filter((part) => part.length >= 2);
}

/** Where the segment from a point inside the box to one outside (or back) crosses its edge. */
function crossing(
  a: [number, number],
  b: [number, number],
  [west, south, east, north]: Bounds,
): [number, number] {
  let t = 1;
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  for (const [delta, from, edge] of [
    [dx, a[0], west],
    [dx, a[0], east],
    [dy, a[1], south],
    [dy, a[1], north],
  ] as const) {
    if (delta === 0) continue;
    const s = (edge - from) / delta;
    if (s >= 0 && s <= 1) {
      const [x, y] = [a[0] + s * dx, a[1] + s * dy];
      if (x >= west - 1e-9 && x <= east + 1e-9 && y >= south - 1e-9 && y <= north + 1e-9) {
        t = Math.min(t, s);
      }
    }
  }
  return [a[0] + t * dx, a[1] + t * dy];
}
