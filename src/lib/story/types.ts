/**
 * The compiled story: what the build makes of a validated story folder, and what the app, the
 * still picture and the tests read. Shapes named by `shape` are resolved from Natural Earth,
 * and every distance and ring is measured on the WGS84 ellipsoid, once, at build time.
 *
 * Like the story folder's own schema (`../data/schema.ts`), these are valibot schemas with
 * the TypeScript types inferred from them: the browser checks what it downloads with the very
 * schema the types come from (`load.ts`), so the two cannot drift apart.
 */
import { COMPASS_POINTS } from '../geo/types.ts';
import * as v from 'valibot';
import {
  DistanceAnnotation,
  PLACE_KINDS,
  PlaceCollection,
  PlaceId,
  PlacePropertiesFields,
  PointGeometry,
  PRECISIONS,
  RangeRing,
  StoryEventFields,
  StoryMeta,
  VersionInfo,
} from '../data/schema.ts';
import { STANDINGS } from '../geo/standing.ts';
import type { Bounds } from '../geo/types.ts';

export type { PlaceFeature } from '../data/schema.ts';

/**
 * A GeoJSON position as the build writes it, `[lng, lat]` (already checked against the story
 * folder's schema): typed `number[]` as in `geojson`, so geometry here is GeoJSON geometry.
 */
const Coordinates = v.pipe(v.array(v.number()), v.length(2));
const Line = v.array(Coordinates);
const Rings = v.array(Line);

export const LineGeometry = v.variant('type', [
  v.strictObject({ type: v.literal('LineString'), coordinates: Line }),
  v.strictObject({ type: v.literal('MultiLineString'), coordinates: v.array(Line) }),
]);
export const AreaGeometry = v.variant('type', [
  v.strictObject({ type: v.literal('Polygon'), coordinates: Rings }),
  v.strictObject({ type: v.literal('MultiPolygon'), coordinates: v.array(Rings) }),
]);
export type AreaGeometry = v.InferOutput<typeof AreaGeometry>;

/** `[west, south, east, north]` in the convention of {@link Bounds}. */
export const BoundsSchema = v.pipe(
  v.tuple([v.number(), v.number(), v.number(), v.number()]),
  v.check(([west, south, east, north]) => west < east && south <= north, 'is not a box'),
  v.transform((box): Bounds => box),
);

/** The area or line of a place with a `shape`, keyed back to its place. */
export const ShapeProperties = v.strictObject({
  place: PlaceId,
  kind: v.picklist(PLACE_KINDS),
  precision: v.picklist(PRECISIONS),
});
export type ShapeProperties = v.InferOutput<typeof ShapeProperties>;

export const ShapeFeature = v.strictObject({
  type: v.literal('Feature'),
  geometry: v.union([AreaGeometry, LineGeometry]),
  properties: ShapeProperties,
});
export type ShapeFeature = v.InferOutput<typeof ShapeFeature>;

/** A length measured once, given in both units so neither is a rounding of the other. */
export const MeasuredLength = v.strictObject({ km: v.number(), mi: v.number() });
export type MeasuredLength = v.InferOutput<typeof MeasuredLength>;

export const MeasuredDistance = v.strictObject({
  ...DistanceAnnotation.entries,
  /** Geodesic length between the two ends, on the WGS84 ellipsoid. */
  measured: MeasuredLength,
  /** The ends actually measured between (the nearest edge, for `fromPart: 'shape'`). */
  ends: v.tuple([v.tuple([v.number(), v.number()]), v.tuple([v.number(), v.number()])]),
  /** The geodesic as a line, split at the antimeridian where it crosses it. */
  line: LineGeometry,
});
export type MeasuredDistance = v.InferOutput<typeof MeasuredDistance>;

/**
 * How one place stands against a ring. `judgedBy: 'label'` is a place whose point only
 * anchors its label (an area or region without a shape): it is not judged at all.
 */
export const RingMember = v.variant('judgedBy', [
  v.strictObject({ place: PlaceId, judgedBy: v.literal('label') }),
  v.strictObject({
    place: PlaceId,
    /** What was measured: the place's shape, or its point (an exact or near location). */
    judgedBy: v.picklist(['shape', 'point']),
    standing: v.picklist(STANDINGS),
    /** From the ring's centre (its point, or the nearest edge of its shape), in km. */
    nearestKm: v.number(),
    farthestKm: v.number(),
    /** For a place partly within: where its part within lies, when that part is small. */
    partWithin: v.optional(v.picklist(COMPASS_POINTS)),
  }),
]);
export type RingMember = v.InferOutput<typeof RingMember>;

export const MeasuredRing = v.strictObject({
  ...RangeRing.entries,
  radiusKm: v.number(),
  /**
   * How far the drawn edge may stray from the radius, in km; a place this close to the
   * radius is "on the edge".
   */
  toleranceKm: v.number(),
  /** Everything within the radius, measured on the ellipsoid, drawn within the tolerance. */
  area: AreaGeometry,
  /** Every place of the story, judged by its own geometry against the radius. */
  members: v.array(RingMember),
});
export type MeasuredRing = v.InferOutput<typeof MeasuredRing>;

export const PlacesTouched = v.strictObject({
  added: v.array(PlaceId),
  changed: v.array(PlaceId),
});
export type PlacesTouched = v.InferOutput<typeof PlacesTouched>;

/** What the compiled story holds beside its places. */
const compiledParts = {
  /** The folder name. */
  id: PlaceId,
  meta: v.omit(StoryMeta, ['distances', 'rings']),
  shapes: v.strictObject({ type: v.literal('FeatureCollection'), features: v.array(ShapeFeature) }),
  distances: v.array(MeasuredDistance),
  rings: v.array(MeasuredRing),
  /** What the map fits on load: the story's places. */
  bounds: BoundsSchema,
  /** Which published version this is; absent for a story without versions. */
  version: v.optional(VersionInfo),
  /**
   * For each earlier version, by its number: the places added since it and the places changed
   * since it (their point, precision, status, fields, events or claims), so a reader who last
   * saw that version is shown what is new.
   */
  since: v.optional(v.record(v.pipe(v.string(), v.regex(/^[1-9]\d*$/)), PlacesTouched)),
};

export const CompiledStory = v.strictObject({ ...compiledParts, places: PlaceCollection });
export type CompiledStory = v.InferOutput<typeof CompiledStory>;

/**
 * What only a place's open card and the printout show: the article's sentences and words for
 * the place, who says what, the figures, the other places an event involves, where the point
 * comes from and why a context place is there. The build keeps them out of `story.json` (the
 * outline the map, the list and the timeline draw from) and writes them beside it as
 * `details.json`, fetched once the map has drawn or a card opens.
 */
export const EVENT_DETAILS = ['quote', 'claims', 'casualties', 'related'] as const;
export const PLACE_DETAILS = ['location', 'context', 'mention', 'mentionBy'] as const;

/** A place as the outline has it: everything but its details, its events without theirs. */
export const PlaceOutline = v.strictObject({
  type: v.literal('Feature'),
  id: PlaceId,
  geometry: PointGeometry,
  properties: v.strictObject({
    ...v.omit(PlacePropertiesFields, [...PLACE_DETAILS, 'events', 'review']).entries,
    events: v.array(v.omit(StoryEventFields, EVENT_DETAILS)),
  }),
});
export type PlaceOutline = v.InferOutput<typeof PlaceOutline>;
export type EventOutline = PlaceOutline['properties']['events'][number];

/** `story.json`: the compiled story without its places' details. */
export const StoryOutline = v.strictObject({
  ...compiledParts,
  places: v.strictObject({
    type: v.literal('FeatureCollection'),
    features: v.pipe(v.array(PlaceOutline), v.minLength(1, 'a story needs at least one place')),
  }),
});
export type StoryOutline = v.InferOutput<typeof StoryOutline>;

export const EventDetails = v.pick(StoryEventFields, EVENT_DETAILS);
export type EventDetails = v.InferOutput<typeof EventDetails>;

export const PlaceDetails = v.strictObject({
  ...v.pick(PlacePropertiesFields, PLACE_DETAILS).entries,
  /** Each event's details, by the event's id. */
  events: v.record(PlaceId, EventDetails),
});
export type PlaceDetails = v.InferOutput<typeof PlaceDetails>;

/** `details.json`: every place's details, by the place's id. */
export const StoryDetails = v.strictObject({
  id: PlaceId,
  places: v.record(PlaceId, PlaceDetails),
});
export type StoryDetails = v.InferOutput<typeof StoryDetails>;

/** Pixels kept clear on each side of a box, as MapLibre's `PaddingOptions`. */
export const Padding = v.strictObject({
  top: v.pipe(v.number(), v.minValue(0)),
  right: v.pipe(v.number(), v.minValue(0)),
  bottom: v.pipe(v.number(), v.minValue(0)),
  left: v.pipe(v.number(), v.minValue(0)),
});
export type Padding = v.InferOutput<typeof Padding>;

/**
 * What the page needs before the story itself arrives: enough to draw the header and to
 * start the map on the story's view while `story.json` downloads.
 */
export const StoryIndexEntry = v.strictObject({
  id: PlaceId,
  ...v.pick(StoryMeta, ['headline', 'outlet', 'url', 'published', 'dateline', 'summary']).entries,
  bounds: BoundsSchema,
  /**
   * The padding the first view fits `bounds` with, in px per side: room for the names of the
   * places at its edges (`firstViewPadding`), the same for the live map and its picture.
   */
  padding: Padding,
  /** The published versions the build holds, oldest first (absent: a story without versions). */
  versions: v.optional(v.array(v.pick(VersionInfo, ['version', 'published']))),
});
export type StoryIndexEntry = v.InferOutput<typeof StoryIndexEntry>;

/** `data/index.json`: which stories the build holds, and which opens by default. */
export const StoryIndex = v.strictObject({
  stories: v.array(StoryIndexEntry),
  default: v.string(),
});
export type StoryIndex = v.InferOutput<typeof StoryIndex>;
