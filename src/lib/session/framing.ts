/**
 * What the map should frame, decided in one place: the selected place, else the story's
 * step, else the shared link's view, else the whole story. The map's owner fits each new
 * frame once (and again when its box changes size, until the reader moves the map), so no
 * two components refit the camera against each other.
 */
import type { StoryStep } from '../data/schema.ts';
import { boundsOf } from '../geo/bounds.ts';
import type { LngLat } from '../geo/types.ts';
import { placeFootprint } from '../map/first-view.ts';
import { CAMERA } from '../map/marks.ts';
import { stepBounds } from '../story/steps.ts';
import type { Bounds } from '../geo/types.ts';
import type { StoryOutline, Padding } from '../story/types.ts';

export interface CameraFrame {
  /** Changes when the frame means something new: the camera moves only then. */
  key: string;
  bounds: Bounds;
  /** The closest the camera may come, so a lone point keeps its surroundings. */
  maxZoom: number;
  /** True for a view the reader (or their link) chose: fitted edge to edge, no margin. */
  exact: boolean;
  /**
   * For a place's frame: the px its name takes right of its point (MapLibre tries the name
   * there first), to keep clear of the frame's edge as well as the place.
   */
  nameRoom?: number;
}

/** Other places within this distance of a point are its neighbours, framed with it. */
export const NEIGHBOUR_KM = 200;
/** At most this many neighbours: the nearest. */
const MAX_NEIGHBOURS = 3;
/**
 * A point alone still gets this many degrees round it: a city with its region. A step's places
 * get as much; more showed places a few km apart (an airport, its city) as one cluster of dots.
 */
const POINT_MARGIN_DEG = 0.5;
/** A place's frame never comes closer than this (about a city's width). */
const PLACE_MAX_ZOOM = 10;
const STEP_MAX_ZOOM = 9;
const STORY_MAX_ZOOM = CAMERA.maxZoom;

const KM_PER_DEGREE = 111.32;

/** Distance in km on a flat map at the points' latitude: ample for choosing neighbours. */
function roughKm([lng1, lat1]: LngLat, [lng2, lat2]: LngLat): number {
  const dLng = ((((lng2 - lng1 + 540) % 360) + 360) % 360) - 180;
  const x = dLng * Math.cos((((lat1 + lat2) / 2) * Math.PI) / 180);
  return Math.hypot(x, lat2 - lat1) * KM_PER_DEGREE;
}

/** Every position of a GeoJSON geometry, however nested. */
export function positionsOf(geometry: { coordinates: unknown }): LngLat[] {
  const out: LngLat[] = [];
  const walk = (value: unknown) => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') out.push([value[0], value[1] as number]);
    else for (const item of value) walk(item);
  };
  walk(geometry.coordinates);
  return out;
}

/**
 * The box a place is shown in: an area's or a line's own shape; a point with its nearest
 * neighbours among the story's places (within `NEIGHBOUR_KM`), and some room round it.
 * Null when the story has no such place.
 *
 * @example placeBounds(story, 'beirut') // Beirut with the places within 200 km of it
 */
export function placeBounds(story: StoryOutline, placeId: string): Bounds | null {
  const place = story.places.features.find((feature) => feature.id === placeId);
  if (!place) return null;
  const shape = story.shapes.features.filter((feature) => feature.properties.place === placeId);
  if (shape.length > 0) return boundsOf(shape.flatMap((feature) => positionsOf(feature.geometry)));
  const here = place.geometry.coordinates as LngLat;
  const neighbours = story.places.features
    .filter((other) => other.id !== placeId)
    .map((other) => other.geometry.coordinates as LngLat)
    .map((position) => ({ position, km: roughKm(here, position) }))
    .filter(({ km }) => km <= NEIGHBOUR_KM)
    .sort((a, b) => a.km - b.km)
    .slice(0, MAX_NEIGHBOURS)
    .map(({ position }) => position);
  return boundsOf([here, ...neighbours], { padding: POINT_MARGIN_DEG });
}

export interface FrameOptions {
  /** The story's own view (known from the index before the story arrives). */
  storyBounds: Bounds;
  story: StoryOutline | null;
  selected: string | null;
  step: StoryStep | null;
  /** A view the shared link opened on; it holds until something else is chosen. */
  linkView: Bounds | null;
}

/** The key of the story's own frame, on which the first view's guard holds. */
const STORY_FRAME = 'story';

/** The frame for what the reader has chosen, in order: a place, a step, a link's view, the story. */
export function cameraFrame({
  storyBounds,
  story,
  selected,
  step,
  linkView,
}: FrameOptions): CameraFrame {
  const place = story && selected ? placeBounds(story, selected) : null;
  const feature = story?.places.features.find((candidate) => candidate.id === selected);
  if (place && feature) {
    const [, , nameRoom] = placeFootprint(feature);
    return {
      key: `place:${selected}`,
      bounds: place,
      maxZoom: PLACE_MAX_ZOOM,
      exact: false,
      nameRoom,
    };
  }
  const stepped =
    story && step ? stepBounds(step, story.places.features, { padding: POINT_MARGIN_DEG }) : null;
  if (step && stepped)
    return { key: `step:${step.id}`, bounds: stepped, maxZoom: STEP_MAX_ZOOM, exact: false };
  if (linkView) return { key: 'view', bounds: linkView, maxZoom: STORY_MAX_ZOOM, exact: true };
  return { key: STORY_FRAME, bounds: storyBounds, maxZoom: STORY_MAX_ZOOM, exact: false };
}

/**
 * Whether a frame is the story's own first view. The session numbers each reset (`story#2`),
 * so the camera frames the story again, and the key's first part says what it frames.
 */
export function isStoryFrame({ key }: Pick<CameraFrame, 'key'>): boolean {
  return key.split('#')[0] === STORY_FRAME;
}

/** A box on screen, in CSS px. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The camera's padding inside `map` when cards or buttons cover parts of it: each cover's
 * side is padded up to its far edge (plus `margin`), choosing the side that leaves the
 * larger free area, so the framed place sits in the part of the map the reader can see.
 * `margin` is the same on every side, or each side's own (the story's room for its names).
 *
 * @example paddingAround({ map: { left: 0, top: 0, right: 900, bottom: 600 },
 *   covers: [{ left: 12, top: 12, right: 372, bottom: 400 }], margin: 24 })
 * // { top: 24, right: 24, bottom: 24, left: 396 }
 */
export function paddingAround({
  map,
  covers,
  margin,
}: {
  map: Box;
  /** What lies over the map (the card, the embed's places button): the frame keeps clear. */
  covers: readonly Box[];
  margin: number | Padding;
}): Padding {
  const base =
    typeof margin === 'number'
      ? { top: margin, right: margin, bottom: margin, left: margin }
      : margin;
  const padding = { ...base };
  for (const cover of covers) {
    const side = sideToClear(map, cover, base);
    if (side) padding[side.side] = Math.max(padding[side.side], side.padding);
  }
  return padding;
}

/** Something on screen with a box: an element, or a stand-in for one. */
export interface OnScreen {
  getBoundingClientRect(): Box;
}

/** `paddingAround` for the map and the covers on screen now (a cover not there is skipped). */
export function paddingOnScreen(
  map: OnScreen,
  covers: readonly (OnScreen | null)[],
  margin: number | Padding,
): Padding {
  return paddingAround({
    map: map.getBoundingClientRect(),
    covers: covers.flatMap((cover) => (cover ? [cover.getBoundingClientRect()] : [])),
    margin,
  });
}

/** The side of the map one cover is best cleared from, and the padding that takes; or null. */
function sideToClear(
  map: Box,
  cover: Box,
  base: Padding,
): { side: keyof Padding; padding: number } | null {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  if (
    cover.right <= cover.left ||
    cover.bottom <= cover.top ||
    cover.right <= map.left ||
    cover.left >= map.right ||
    cover.bottom <= map.top ||
    cover.top >= map.bottom
  )
    return null;
  // What each side's padding would be, and the free area it leaves.
  const sides = {
    left: cover.right - map.left + base.left,
    right: map.right - cover.left + base.right,
    top: cover.bottom - map.top + base.top,
    bottom: map.bottom - cover.top + base.bottom,
  };
  const opposite = { left: 'right', right: 'left', top: 'bottom', bottom: 'top' } as const;
  const free = (side: keyof Padding) =>
    side === 'left' || side === 'right'
      ? (width - sides[side] - base[opposite[side]]) * height
      : (height - sides[side] - base[opposite[side]]) * width;
  const best = (Object.keys(sides) as (keyof Padding)[]).reduce((a, b) =>
    free(b) > free(a) ? b : a,
  );
  // A cover that leaves almost nothing free is ignored rather than squeezing the map to a line.
  if (free(best) <= 0.1 * width * height) return null;
  return { side: best, padding: sides[best] };
}

/**
 * Where the camera goes when the reader carries a ring or a line to another city: the
 * carried copy and the city, so "1,000 miles from Chicago" is on screen; null otherwise.
 */
export function carriedBounds(drawing: {
  movedRing: { area: { coordinates: unknown } } | null;
  movedLine: { line: { coordinates: unknown } } | null;
  home: { lngLat: LngLat } | null;
}): Bounds | null {
  const positions = [
    ...(drawing.movedRing ? positionsOf(drawing.movedRing.area) : []),
    ...(drawing.movedLine ? positionsOf(drawing.movedLine.line) : []),
  ];
  if (positions.length === 0 || !drawing.home) return null;
  return boundsOf([...positions, drawing.home.lngLat]);
}
