/**
 * Where MapLibre's `fitBounds` puts the camera, computed without a map, so the still picture
 * drawn at build time and the live map agree to the pixel. No d3 here: the app imports it.
 */
import type { Bounds } from '../geo/types.ts';

/** MapLibre's tiles are 512 px: the world is `512 × 2^zoom` px wide. */
export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

/** The size the build draws each story's picture at (`data/<id>/picture.svg`). */
export const PICTURE_SIZE = { width: 960, height: 600 } as const;

/**
 * The zoom and centre MapLibre's `fitBounds` picks (its `cameraForBoxAndBearing`, bearing 0):
 * the bounds' corners in Web Mercator, scaled to fit the box inside the padding.
 */
export function fitBoundsCamera({
  bounds: [west, south, east, north],
  width,
  height,
  padding = 24,
  maxZoom = 12,
}: {
  bounds: Bounds;
  width: number;
  height: number;
  padding?: number;
  maxZoom?: number;
}): { zoom: number; center: [number, number] } {
  const [x0, y0] = mercatorUnit([west, north]);
  const [x1, y1] = mercatorUnit([east, south]);
  const scale = Math.min((width - 2 * padding) / (x1 - x0), (height - 2 * padding) / (y1 - y0));
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new Error(
      `fitBoundsCamera: bounds ${[west, south, east, north]} do not fit ${width}×${height}`,
    );
  }
  const zoom = Math.min(Math.log2(scale / TILE_SIZE), maxZoom);
  const my = (y0 + y1) / 2;
  const lat = (Math.atan(Math.exp(Math.PI * (1 - 2 * my))) * 360) / Math.PI - 90;
  return { zoom, center: [(west + east) / 2, lat] };
}

/** Web Mercator in world units, 0 to 1 from the antimeridian and from the north edge. */
function mercatorUnit([lng, lat]: [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/**
 * How much to enlarge the still picture, drawn at `picture` size and shown in a `box` with
 * its own proportions kept (SVG `meet`), so that it matches the live map's first view in that
 * box. The picture and the map both centre the bounds, so scaling about the centre suffices.
 */
export function pictureScale({
  bounds,
  box,
  picture = PICTURE_SIZE,
  padding = 24,
}: {
  bounds: Bounds;
  box: { width: number; height: number };
  picture?: { width: number; height: number };
  padding?: number;
}): number {
  const live = fitBoundsCamera({ bounds, ...box, padding }).zoom;
  const drawn = fitBoundsCamera({ bounds, ...picture, padding }).zoom;
  const meet = Math.min(box.width / picture.width, box.height / picture.height);
  return 2 ** (live - drawn) / meet;
}
