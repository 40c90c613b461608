/**
 * The first view, fitted with room for its names: the padding round the story's bounds that
 * keeps every place's mark and name inside the frame, and the part of the still picture that
 * stays on screen in every box the picture is shown in. Both come from the table of marks
 * and the same camera (fit-bounds.ts), so the live map and the picture agree.
 *
 * Built at build time (the padding goes into the index, read before the story arrives); the
 * page only reads the numbers.
 */
import { inBounds } from '../geo/bounds.ts';
import type { Bounds } from '../geo/types.ts';
import type { StoryOutline, Padding, PlaceOutline } from '../story/types.ts';
import {
  fitBoundsCamera,
  mercatorUnit,
  PICTURE_SIZE,
  TILE_SIZE,
  uniformPadding,
} from './fit-bounds.ts';
import { CAMERA, CIRCLES, LABELS } from './marks.ts';
import { blockSize, wrap } from './picture/text.ts';
import type { Box } from './picture/types.ts';
import type { FrameAt } from './frame-guard.ts';
import {
  anchorOffset,
  LOCAL_NAME_SCALE,
  localName,
  marksRegion,
  NAME_ANCHORS,
  type NameAnchor,
  type NameAnchors,
} from './story-layers.ts';

type Size = { width: number; height: number };

/** A place's marks on the live map: its dot's or disc's radius, and its name's block. */
function placeMarks(place: PlaceOutline) {
  const { precision, origin, rank = 2, events, shape, names } = place.properties;
  const mark = LABELS[origin === 'context' ? 'place-context' : rank === 1 ? 'place-key' : 'place'];
  const dot = precision === 'exact' || precision === 'near';
  const ring = marksRegion({ precision, origin, rank, hasShape: shape !== undefined });
  const disc =
    precision === 'near'
      ? CIRCLES.haloNear
      : precision === 'area' && !shape
        ? CIRCLES.haloArea
        : dot
          ? events.length
            ? CIRCLES.dotEvent
            : CIRCLES.dot
          : ring
            ? CIRCLES.region
            : null;
  const local = localName(names);
  const { width, height } = blockSize(
    [
      ...wrap(place.properties.name, mark, mark.size).map((text) => ({ text, size: mark.size })),
      ...(local ? [{ text: local, size: mark.size * LOCAL_NAME_SCALE }] : []),
    ],
    mark,
  );
  return {
    marker: disc ? disc.radius + disc.strokeWidth / 2 : 0,
    width,
    height,
    // Ems to px: MapLibre's offsets are in ems of the name's size.
    offset: (dot || ring ? mark.offset : 0) * mark.size,
  };
}

/**
 * What a place takes round its point on the live map, in px `[left, top, right, bottom]`
 * from the point: its dot or disc, and its name at `anchor` (default the first MapLibre
 * tries, `left`: the name starts to the right of the point, centred on it).
 */
export function placeFootprint(place: PlaceOutline, anchor: NameAnchor = 'left'): Box {
  const { marker, width, height, offset } = placeMarks(place);
  const [x, y] = anchorOffset(anchor, offset);
  // The anchor names the side of the name that meets the point.
  const left = anchor.endsWith('left') ? x : anchor.endsWith('right') ? x - width : -width / 2;
  const top = anchor.startsWith('top') ? y : anchor.startsWith('bottom') ? y - height : -height / 2;
  return [
    Math.min(-marker, left),
    Math.min(-marker, top),
    Math.max(marker, left + width),
    Math.max(marker, top + height),
  ];
}

/**
 * The anchors at which each place's name lies whole inside the frame, `CAMERA.labelMargin`
 * from its edges, in MapLibre's order. Names keep off one another's dots (story-layers.ts),
 * so one may be pushed to any side of its point; on a first view, only to a side with room.
 * A name with no side with room (a neighbour at the edge of a place's view) has none: it is
 * not written until the reader moves the map, rather than cut by the edge. Its dot stays.
 */
export function firstViewAnchors(story: StoryOutline, frame: FrameAt): NameAnchors {
  const margin = CAMERA.labelMargin;
  const anchors = new Map<string, NameAnchor[]>();
  for (const place of story.places.features) {
    const at = place.geometry.coordinates;
    const fits = NAME_ANCHORS.filter((anchor) => {
      const [left, top, right, bottom] = placeFootprint(place, anchor);
      return inBounds(
        at,
        frame({
          top: margin - top,
          right: right + margin,
          bottom: bottom + margin,
          left: margin - left,
        }),
      );
    });
    anchors.set(place.id, fits);
  }
  return anchors;
}

/** Where a position lands in a box, on a map fitted to `bounds` with `padding`. */
function pixelIn(
  box: Size,
  bounds: Bounds,
  padding: Padding,
): (position: [number, number]) => [number, number] {
  const { zoom, center } = fitBoundsCamera({ bounds, ...box, padding });
  const world = TILE_SIZE * 2 ** zoom;
  const [cx, cy] = mercatorUnit(center);
  return (position) => {
    const [x, y] = mercatorUnit(position);
    // The copy of the world nearest the centre, as on the map.
    return [
      (x - cx - Math.round(x - cx)) * world + box.width / 2,
      (y - cy) * world + box.height / 2,
    ];
  };
}

/**
 * The padding the first view fits the story's bounds with: `CAMERA.padding` at the least,
 * and more on a side where a place's mark or name would come closer than
 * `CAMERA.labelMargin` to the frame, in any of the reference boxes (the smallest the map is
 * shown in, where names take the largest share of the frame). Padding is in px, so the room
 * made for the smallest box holds in every larger one.
 */
export function firstViewPadding(
  story: StoryOutline,
  { boxes = CAMERA.referenceBoxes }: { boxes?: readonly Size[] } = {},
): Padding {
  const padding = uniformPadding();
  const margin = CAMERA.labelMargin;
  const footprints = story.places.features.map((place) => ({
    at: place.geometry.coordinates as [number, number],
    box: placeFootprint(place),
  }));
  // Each round widens the sides something crossed; more padding zooms out, which can bring
  // another place's name to an edge, so round again until nothing crosses (a few rounds).
  for (let round = 0; round < 8; round++) {
    const needed: Padding = { top: 0, right: 0, bottom: 0, left: 0 };
    for (const box of boxes) {
      // No room is made for a box so small the padding would leave no map.
      if (padding.left + padding.right > box.width / 2) continue;
      if (padding.top + padding.bottom > box.height / 2) continue;
      const pixel = pixelIn(box, story.bounds, padding);
      for (const {
        at,
        box: [l, t, r, b],
      } of footprints) {
        const [x, y] = pixel(at);
        // Only places in the frame: one far away (New York) is not in the first view.
        if (x < 0 || x > box.width || y < 0 || y > box.height) continue;
        needed.left = Math.max(needed.left, margin - (x + l));
        needed.top = Math.max(needed.top, margin - (y + t));
        needed.right = Math.max(needed.right, x + r - (box.width - margin));
        needed.bottom = Math.max(needed.bottom, y + b - (box.height - margin));
      }
    }
    if (Object.values(needed).every((deficit) => deficit <= 0.5)) break;
    for (const side of ['top', 'right', 'bottom', 'left'] as const) {
      padding[side] += Math.max(0, Math.ceil(needed[side]));
    }
  }
  return padding;
}

/**
 * Where the story's names may go in the still picture so that no box it is shown in cuts
 * them. Shown in a box of another shape or size, the picture is scaled and moved to lie under
 * the live map, which fits the bounds inside the box with the first view's padding round
 * them; scaled by `k`, the picture keeps `padding / k` of its own pixels round the bounds on
 * screen. So the names stay inside the bounds and half the padding: whole in every box up to
 * twice the picture's size (a 1920 × 1200 map), less `CAMERA.labelMargin`, inside the frame.
 */
export function pictureSafeArea({
  bounds,
  padding,
  picture = PICTURE_SIZE,
}: {
  bounds: Bounds;
  padding: Padding;
  picture?: Size;
}): Box {
  const { zoom, center } = fitBoundsCamera({ bounds, ...picture, padding });
  const world = TILE_SIZE * 2 ** zoom;
  const [cx, cy] = mercatorUnit(center);
  const [west, south, east, north] = bounds;
  // Unwrapped: the east edge stays past 180 across the antimeridian, as the bounds write it.
  const [x0, y0] = mercatorUnit([west, north]);
  const [x1, y1] = mercatorUnit([east, south]);
  const [left, top] = [
    (x0 - cx) * world + picture.width / 2,
    (y0 - cy) * world + picture.height / 2,
  ];
  const [right, bottom] = [
    (x1 - cx) * world + picture.width / 2,
    (y1 - cy) * world + picture.height / 2,
  ];
  const margin = CAMERA.labelMargin;
  const most = CAMERA.pictureEnlargement;
  return [
    Math.max(left - padding.left / most, 0) + margin,
    Math.max(top - padding.top / most, 0) + margin,
    Math.min(right + padding.right / most, picture.width) - margin,
    Math.min(bottom + padding.bottom / most, picture.height) - margin,
  ];
}
