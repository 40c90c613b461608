/**
 * No name cut by the frame on the live map's first view. MapLibre places a label wherever
 * its point is on screen, so one near an edge is cut in half (a city just inside the top,
 * a ring's name along a line that runs off the map). Until the reader moves the map, the
 * basemap's names are kept to points far enough inside the frame for the widest name their
 * layer can write (its `text-max-width`), and the rings are named only along the part of
 * their edge that is inside the frame by half a line. Once the reader moves, names come and
 * go at the edges as on any map.
 */
import type { FeatureCollection, Polygon, Position } from 'geojson';
import type { Bounds } from '../geo/types.ts';
import type { StoryOutline, Padding } from '../story/types.ts';
import { CAMERA, CIRCLES, LABELS, sizeAt, type LabelMark } from './marks.ts';
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

/** How far inside the frame a ring's name along its edge must stay: half a line, and the margin. */
export function ringLabelInset(): Padding {
  const half = (LINE_HEIGHT * (LABELS.ring.size as number)) / 2 + CAMERA.labelMargin;
  return { top: half, right: half, bottom: half, left: half };
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

/**
 * The rings' edges as lines for their names: whole, or, on the first view (`frame` given),
 * only the stretches inside the frame by half a line.
 */
export function ringLabelLines(story: StoryOutline, frame?: FrameAt): FeatureCollection {
  const box = frame?.(ringLabelInset());
  return {
    type: 'FeatureCollection',
    features: story.rings.map((ring) => {
      const rings = ring.area.type === 'Polygon' ? [ring.area.coordinates] : ring.area.coordinates;
      const outlines = rings.flatMap((polygon) => polygon);
      return {
        type: 'Feature',
        properties: { ringId: ring.id, label: ring.label },
        geometry: {
          type: 'MultiLineString',
          coordinates: box ? outlines.flatMap((outline) => clipLine(outline, box)) : outlines,
        },
      };
    }),
  };
}
