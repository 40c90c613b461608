/**
 * Where the story's own names may go: beside a place's dot (or over an area), along a
 * measured distance's line, and on a ring's edge, in the order the picture should try them.
 */
import type { Position } from 'geojson';
import { distanceText } from '../../text/format.ts';
import type { Units } from '../../geo/types.ts';
import { strings } from '../../i18n/index.ts';
import type { MeasuredDistance, MeasuredRing } from '../../story/types.ts';
import { LABELS } from '../marks.ts';
import { beside, block, inset, type Candidate, type Side } from './labels.ts';
import { alongLine, edgeDistance, insideBox, longestRunInside, ringOutline } from './polylines.ts';
import { wrap } from './text.ts';
import type { Box, PictureLabelKind, PicturePlace, Pixel } from './types.ts';

/** How far a distance's figure keeps off its line, in px. */
const LINE_GAP_PX = 8;
/** How far inside the area a distance's label may sit on its line, in px. */
const LINE_INSET_PX = 16;
/** How far inside the area a ring's label may be centred on its edge, in px. */
const RING_INSET_PX = 30;

/** The kind of label a place gets: its rank and origin decide its type. */
export function placeLabelKind(
  place: Pick<PicturePlace, 'origin' | 'rank'>,
): Extract<PictureLabelKind, 'place-key' | 'place' | 'place-context'> {
  return place.origin === 'context' ? 'place-context' : place.rank === 1 ? 'place-key' : 'place';
}

/** A place's name beside its dot, or over the area it stands for. */
export function placeCandidates(place: PicturePlace): Candidate[] {
  const mark = LABELS[placeLabelKind(place)];
  const lines = wrap(place.name, mark, mark.size);
  const marked = place.dot || place.ring;
  const sides: Side[] = marked
    ? ['right', 'left', 'above', 'below']
    : ['center', 'right', 'left', 'above', 'below'];
  const offset = marked ? mark.offset * mark.size : 0.4 * mark.size;
  return sides.map((side) => block(lines, mark.size, mark, place.at, side, offset));
}

/**
 * A distance's figures beside its line, where the line is inside `area`: the measured
 * length ("to New York: …" when the far end is off the picture) and the article's own;
 * and whether an end is off the picture.
 */
export function distanceCandidates(
  distance: MeasuredDistance,
  {
    units,
    project,
    area,
    name,
  }: {
    units: Units | 'both';
    project: (position: Position) => Pixel;
    area: Box;
    /** A place's name by its id. */
    name: (id: string) => string;
  },
): { candidates: Candidate[]; offMap: boolean } {
  const mark = LABELS.distance;
  const figure = distanceText(distance.measured.km, units);
  const offEnd = [distance.from, distance.to].find((_, i) => {
    const end = distance.ends[i];
    return !end || !insideBox(project(end), area);
  });
  const lines = [
    offEnd ? strings.map.toPlace(name(offEnd), figure) : figure,
    ...(distance.stated ? [strings.picture.articleSays(distance.stated.text)] : []),
  ];
  const run = longestRunInside(distance.line, project, inset(area, LINE_INSET_PX));
  const points = alongLine(run);
  // Beside the line, centred on it, first; then set off to one side of it, for a short run
  // (a line that soon leaves the map) where a centred label would not fit.
  const sides: Side[] = ['right', 'left', 'below', 'above'];
  const candidates = [
    ...points.flatMap(({ at, direction }) =>
      beside(lines, mark.size, mark, at, direction, LINE_GAP_PX),
    ),
    ...points.flatMap(({ at }) =>
      sides.map((side) => block(lines, mark.size, mark, at, side, LINE_GAP_PX)),
    ),
  ];
  return { candidates, offMap: offEnd !== undefined };
}

/** A ring's label centred on its edge, where the edge is furthest inside `area` first. */
export function ringCandidates(
  ring: MeasuredRing,
  project: (position: Position) => Pixel,
  area: Box,
): Candidate[] {
  const mark = LABELS.ring;
  const lines = wrap(ring.label, mark, mark.size);
  const within = inset(area, RING_INSET_PX);
  return ringOutline(ring.area)
    .map(project)
    .filter((at) => insideBox(at, within))
    .sort((a, b) => edgeDistance(b, area) - edgeDistance(a, area))
    .map((at) => block(lines, mark.size, mark, at, 'center', 0));
}
