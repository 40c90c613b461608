/**
 * Where MapLibre's `fitBounds` puts the camera, computed without a map, so the still picture
 * drawn at build time and the live map agree to the pixel. No d3 here: the page imports it.
 */
import type { Bounds } from '../geo/types.ts';
import type { Padding } from '../story/types.ts';
import { CAMERA } from './marks.ts';

/** MapLibre's tiles are 512 px: the world is `512 × 2^zoom` px wide. */
export const TILE_SIZE = 512;
const MAX_LATITUDE = 85.051129;

/** The size the build draws each story's picture at (`data/<id>/picture.svg`). */
export const PICTURE_SIZE = { width: 960, height: 600 } as const;

/**
 * How far the map is drawn beyond the picture on each side, as a fraction of its width and
 * of its height: shown with `preserveAspectRatio="xMidYMid meet"` in a box of another shape
 * (from a 3.2:1 banner to a 0.7:1 phone column), the picture shows map where the box is
 * wider or taller, not an empty band. Every extra fraction costs bytes on the first view.
 */
export const PICTURE_OVERSCAN: [number, number] = [0.5, 0.65];

/** The same padding on every side. */
export function uniformPadding(pixels: number = CAMERA.padding): Padding {
  return { top: pixels, right: pixels, bottom: pixels, left: pixels };
}

export interface FitOptions {
  bounds: Bounds;
  width: number;
  height: number;
  /** Pixels kept clear round the bounds (default `CAMERA.padding` on every side). */
  padding?: Padding;
  /** The map's `maxZoom` (default `CAMERA.maxZoom`), which caps the fit. */
  maxZoom?: number;
}

/**
 * The zoom and centre MapLibre's `fitBounds(bounds, { padding })` picks at bearing 0 (its
 * `cameraForBoxAndBearing`): the bounds' corners in Web Mercator, scaled to fit the box
 * inside the padding, and centred in the padded box, so uneven padding moves the centre.
 */
export function fitBoundsCamera({
  bounds: [west, south, east, north],
  width,
  height,
  padding = uniformPadding(),
  maxZoom = CAMERA.maxZoom,
}: FitOptions): { zoom: number; center: [number, number] } {
  const [x0, y0] = mercatorUnit([west, north]);
  const [x1, y1] = mercatorUnit([east, south]);
  const scale = Math.min(
    (width - padding.left - padding.right) / (x1 - x0),
    (height - padding.top - padding.bottom) / (y1 - y0),
  );
  if (!(scale > 0) || !Number.isFinite(scale)) {
    throw new Error(
      `fitBoundsCamera: bounds ${[west, south, east, north]} do not fit ${width}×${height}`,
    );
  }
  const zoom = Math.min(Math.log2(scale / TILE_SIZE), maxZoom);
  // The padding's imbalance, in px at the final zoom, moves the centre the other way.
  const world = TILE_SIZE * 2 ** zoom;
  const mx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / world;
  const my = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / world;
  const lat = (Math.atan(Math.exp(Math.PI * (1 - 2 * my))) * 360) / Math.PI - 90;
  return { zoom, center: [mx * 360 - 180, lat] };
}

/** Web Mercator in world units, 0 to 1 from the antimeridian and from the north edge. */
export function mercatorUnit([lng, lat]: [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)) * Math.PI) / 180;
  return [(lng + 180) / 360, (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2];
}

/** How to move the still picture so it lies exactly under the live map: scale, then shift. */
export interface PictureTransform {
  /** Enlargement about the box's centre. */
  scale: number;
  /** Then a shift, in px of the box. */
  x: number;
  y: number;
}

/**
 * How to enlarge and shift the still picture, drawn at `picture` size with `padding` and
 * shown in a `box` with its own proportions kept (SVG `meet`), so that it matches the live
 * map's first view in that box, fitted with `livePadding` (the picture's own, and the sides
 * that what lies over the map covers). The scale is the ratio of the two zooms; the bounds'
 * centre sits off the box's centre by half each padding's imbalance, which the shift squares.
 */
export function pictureTransform({
  bounds,
  box,
  picture = PICTURE_SIZE,
  padding = uniformPadding(),
  livePadding = padding,
}: {
  bounds: Bounds;
  box: { width: number; height: number };
  picture?: { width: number; height: number };
  padding?: Padding;
  livePadding?: Padding;
}): PictureTransform {
  const live = fitBoundsCamera({ bounds, ...box, padding: livePadding }).zoom;
  const drawn = fitBoundsCamera({ bounds, ...picture, padding }).zoom;
  const meet = Math.min(box.width / picture.width, box.height / picture.height);
  const ratio = 2 ** (live - drawn);
  const offCentre = (a: number, b: number) => (a - b) / 2;
  return {
    scale: ratio / meet,
    x:
      offCentre(livePadding.left, livePadding.right) -
      ratio * offCentre(padding.left, padding.right),
    y:
      offCentre(livePadding.top, livePadding.bottom) -
      ratio * offCentre(padding.top, padding.bottom),
  };
}

/** A view box in the picture's px: left, top, width, height. */
export type PictureViewBox = [x: number, y: number, width: number, height: number];

/**
 * The part of the picture a `box` shows once the picture is drawn in it `meet` and moved by
 * `transform` (scaled about the box's centre, then shifted): drawn into the box through this
 * view box, the picture lies where the transform puts it, sharp at any scale, and what lies
 * beyond the picture's own frame (its overscan) fills the box's sides.
 */
export function pictureViewBox({
  box,
  transform = { scale: 1, x: 0, y: 0 },
  picture = PICTURE_SIZE,
}: {
  box: { width: number; height: number };
  transform?: PictureTransform;
  picture?: { width: number; height: number };
}): PictureViewBox {
  // Box px per picture px.
  const k = Math.min(box.width / picture.width, box.height / picture.height) * transform.scale;
  return [
    picture.width / 2 - (box.width / 2 + transform.x) / k,
    picture.height / 2 - (box.height / 2 + transform.y) / k,
    box.width / k,
    box.height / k,
  ];
}

/** All the picture draws, its frame and the overscan round it, as a view box of its px. */
export function pictureExtent(
  picture: { width: number; height: number } = PICTURE_SIZE,
  [overX, overY]: [number, number] = PICTURE_OVERSCAN,
): PictureViewBox {
  return [
    -overX * picture.width,
    -overY * picture.height,
    picture.width * (1 + 2 * overX),
    picture.height * (1 + 2 * overY),
  ];
}
