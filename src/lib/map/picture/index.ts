/**
 * The story's map as a still picture: framed by the live map's camera, its shapes drawn and
 * its names placed, in pixels. Pure, so the picture can be made at build time, in Node or in
 * a test, from the same data and the same table of marks as the live map.
 *
 * The jobs are in modules of their own: the camera (camera.ts), the story's and the basemap's
 * label candidates (story-labels.ts, basemap-names.ts), placement (labels.ts), text metrics
 * (text.ts), lines (polylines.ts) and simplification (simplify.ts). This file decides the
 * order: the story's key places are named first, then its distances and rings, then its other
 * places; basemap names fill the room that is left.
 */
import { statusOf } from '../../data/schema.ts';
import { hasStandingEvents, placeLabel } from '../../story/describe.ts';
import type { FeatureCollection, Feature } from 'geojson';
import type { CompiledStory } from '../../story/types.ts';
import { uniformPadding } from '../fit-bounds.ts';
import type { Padding } from '../../story/types.ts';
import { CAMERA, CIRCLES } from '../marks.ts';
import type { Units } from '../../geo/types.ts';
import { distanceLabel, marksRegion, storyCountries } from '../story-layers.ts';
import { basemapCandidates, placeBasemapNames } from './basemap-names.ts';
import { pictureCamera } from './camera.ts';
import { around, inset, labelBoard } from './labels.ts';
import { insideBox, longestRunInside, ringOutline, sampled } from './polylines.ts';
import {
  distanceCandidates,
  placeCandidates,
  placeLabelKind,
  ringCandidates,
} from './story-labels.ts';
import type { Box, PictureLabel, PicturePlace, StaticPicture } from './types.ts';

export interface StaticPictureOptions {
  story: CompiledStory;
  /** The basemap the build wrote for the story (a FeatureCollection with `layer` properties). */
  basemap: FeatureCollection;
  width: number;
  height: number;
  /** Pixels kept clear round `story.bounds`, as `fitBounds(bounds, { padding })`. */
  padding?: Padding;
  /** Distance figures in one unit, or both ("1,290 mi · 2,080 km"; the default). */
  units?: Units | 'both';
  /**
   * How far beyond the picture to draw on each side, as a fraction of its width and of its
   * height (default none), so a box of another shape shows map rather than an empty band.
   */
  overscan?: [number, number];
  /** The live map's `maxZoom`, which caps the fit. */
  maxZoom?: number;
  /**
   * Where the story's own names may go (default: the picture, less `CAMERA.labelMargin`);
   * the basemap's names may use the whole picture, less the margin.
   */
  safe?: Box;
  /** Areas no label may cover, such as a credit band. */
  reserved?: Box[];
  /** Places named before any other, in this order: what the reader chose (a place, a step's). */
  namedFirst?: readonly string[];
}

const BOUNDARY_LAYERS = new Set(['boundary', 'boundary-disputed']);

export function staticMapPicture({
  story,
  basemap,
  width,
  height,
  padding = uniformPadding(),
  units = 'both',
  overscan = [0, 0],
  maxZoom = CAMERA.maxZoom,
  safe: safeOption,
  reserved = [],
  namedFirst = [],
}: StaticPictureOptions): StaticPicture {
  const frame = inset([0, 0, width, height], CAMERA.labelMargin);
  const safe = safeOption ?? frame;
  const camera = pictureCamera({ bounds: story.bounds, width, height, padding, maxZoom, overscan });
  const { project, draw, zoom, extent } = camera;
  const layerOf = (feature: Feature) => String(feature.properties?.layer ?? '');
  const drawLayer = (layers: Set<string>) =>
    basemap.features
      .filter((feature) => layers.has(layerOf(feature)))
      .map((feature) => draw(feature.geometry))
      .filter(Boolean);

  const names = new Map(story.places.features.map((place) => [place.id, place.properties.name]));
  const places: Omit<PicturePlace, 'labelled'>[] = story.places.features
    .map(({ id, geometry, properties }) => ({
      id,
      name: placeLabel(properties),
      at: project(geometry.coordinates),
      status: statusOf(properties),
      precision: properties.precision,
      origin: properties.origin,
      rank: properties.rank ?? 2,
      hasEvents: hasStandingEvents(properties),
      hasShape: properties.shape !== undefined,
      dot: properties.precision === 'exact' || properties.precision === 'near',
      ring: marksRegion({
        precision: properties.precision,
        origin: properties.origin,
        rank: properties.rank,
        hasShape: properties.shape !== undefined,
      }),
    }))
    .filter(({ at }) => insideBox(at, extent));

  const bearings = basemapCandidates(basemap, zoom, project, {
    countries: new Set(storyCountries(story)),
    names: new Set(story.places.features.map((place) => place.properties.name)),
  });
  // Where the basemap would name a sea, a country or a city, and where distance lines run:
  // the story's own labels go elsewhere when they can, so the reader keeps those bearings
  // and no figure is crossed out by another line.
  const markerRadius = (mark: { radius: number; strokeWidth: number }) =>
    mark.radius + mark.strokeWidth / 2;
  const board = labelBoard(
    frame,
    [
      ...reserved,
      ...places.flatMap(({ at, dot }) => (dot ? [around(at, markerRadius(CIRCLES.dot))] : [])),
    ],
    [
      // A region's ring: names keep off it when they can, as off a dot, but it is small and
      // a key place's name may cover it where nothing else is free (the map does the same).
      ...places.flatMap(({ at, ring }) => (ring ? [around(at, markerRadius(CIRCLES.region))] : [])),
      ...bearings.map((name) => name.candidates[0]!.box),
      ...story.distances.flatMap((distance) =>
        sampled(longestRunInside(distance.line, project, safe), 6).map((at) => around(at, 3)),
      ),
    ],
  );

  const storyLabels: PictureLabel[] = [];
  const labelled = new Set<string>();
  const nameOf = (place: (typeof places)[number]) => {
    if (!insideBox(place.at, safe)) return;
    const placed = board.place(placeCandidates({ ...place, labelled: false }), { within: safe });
    if (!placed) return;
    labelled.add(place.id);
    storyLabels.push({ kind: placeLabelKind(place), ...placed, of: place.id });
  };
  const chosen = new Set(namedFirst);
  const order = [...places].sort(
    (a, b) => a.rank - b.rank || Number(a.origin === 'context') - Number(b.origin === 'context'),
  );
  // In the order given: a step lists its places as the newsroom ranks them.
  for (const id of namedFirst) places.filter((place) => place.id === id).forEach(nameOf);
  const rest = order.filter(({ id }) => !chosen.has(id));
  for (const place of rest.filter((candidate) => candidate.rank === 1)) nameOf(place);

  const distances = story.distances.map((distance) => {
    const { candidates, offMap } = distanceCandidates(distance, {
      units,
      project,
      area: safe,
      name: (id) => names.get(id) ?? id,
    });
    // A measured distance is the story's point: its figure is written even where crowded.
    // One whose far end is off the map may have no room inside the bounds: it is written in
    // the picture's frame then (whole on paper and slides, cut only in a box narrower than
    // the picture, as a phone's), and left out rather than written over the story's names.
    const placed =
      board.place(candidates, { within: safe }) ??
      (offMap ? board.place(candidates) : board.force(candidates, safe));
    if (placed) storyLabels.push({ kind: 'distance', ...placed, of: distance.id });
    return { id: distance.id, d: draw(distance.line), label: distanceLabel(distance, units) };
  });

  const rings = story.rings.map((ring) => {
    const placed = board.place(ringCandidates(ring, project, safe), { within: safe });
    if (placed) storyLabels.push({ kind: 'ring', ...placed, of: ring.id });
    const outline = ringOutline(ring.area);
    return {
      id: ring.id,
      d: draw(ring.area),
      outline: draw({ type: 'MultiLineString', coordinates: outline.length ? [outline] : [] }),
      label: ring.label,
    };
  });

  for (const place of rest.filter((candidate) => candidate.rank !== 1)) nameOf(place);

  const { labels: basemapLabels, cities } = placeBasemapNames(bearings, board, CIRCLES.city.radius);

  return {
    width,
    height,
    zoom,
    extent,
    safe,
    land: drawLayer(new Set(['land'])),
    countries: drawLayer(new Set(['country'])),
    boundaries: drawLayer(BOUNDARY_LAYERS),
    shapes: story.shapes.features
      .filter((shape) => shape.properties.kind === 'zone' || shape.properties.kind === 'border')
      .map((shape) => ({
        kind: shape.properties.kind,
        place: shape.properties.place,
        d: draw(shape.geometry),
      })),
    rings,
    distances,
    places: places.map((place) => ({ ...place, labelled: labelled.has(place.id) })),
    cities,
    labels: [...basemapLabels, ...storyLabels],
  };
}
