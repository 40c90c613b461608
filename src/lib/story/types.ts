/**
 * A compiled story: what the build makes of a validated story folder and what the app,
 * the static picture and the tests read. Shapes named by `shape` are resolved from Natural
 * Earth, and every distance and ring is measured on the WGS84 ellipsoid, once, at build time.
 */
import type {
  Feature,
  FeatureCollection,
  LineString,
  MultiLineString,
  MultiPolygon,
  Point,
  Polygon,
} from 'geojson';
import type {
  DistanceAnnotation,
  PlaceKind,
  PlaceProperties,
  Precision,
  RangeRing,
  StoryMeta,
} from '../data/schema.ts';
import type { Standing } from '../geo/reach.ts';

/** `[west, south, east, north]` in degrees. */
export type Bounds = [number, number, number, number];

export type PlaceFeature = Feature<Point, PlaceProperties> & { id: string };

/** The area or line of a place with a `shape`, keyed back to its place. */
export interface ShapeProperties {
  place: string;
  kind: PlaceKind;
  precision: Precision;
}
export type ShapeFeature = Feature<
  Polygon | MultiPolygon | LineString | MultiLineString,
  ShapeProperties
>;

export interface MeasuredLength {
  km: number;
  mi: number;
}

export interface MeasuredDistance extends DistanceAnnotation {
  /** Geodesic length between the two ends, on the WGS84 ellipsoid. */
  measured: MeasuredLength;
  /** The ends actually measured between (the nearest edge, for `fromPart: 'shape'`). */
  ends: [[number, number], [number, number]];
  /** The geodesic as a line, split at the antimeridian where it crosses it. */
  line: LineString | MultiLineString;
}

export type CompassPoint =
  'north' | 'north-east' | 'east' | 'south-east' | 'south' | 'south-west' | 'west' | 'north-west';

/**
 * How one place stands against a ring. `judgedBy: 'label'` is a place whose point only
 * anchors its label (an area or region without a shape): it is not judged at all.
 */
export type RingMember =
  | { place: string; judgedBy: 'label' }
  | {
      place: string;
      /** What was measured: the place's shape, or its point (an exact or near location). */
      judgedBy: 'shape' | 'point';
      standing: Standing;
      /** From the ring's centre (its point, or the nearest edge of its shape), in km. */
      nearestKm: number;
      farthestKm: number;
      /** For a place partly within: where its part within lies, when that part is small. */
      partWithin?: CompassPoint;
    };

export interface MeasuredRing extends RangeRing {
  radiusKm: number;
  /**
   * How far the drawn edge may stray from the radius, in km; a place this close to the
   * radius is "on the edge".
   */
  toleranceKm: number;
  /** Everything within the radius, measured on the ellipsoid, drawn within the tolerance. */
  area: Polygon | MultiPolygon;
  /** Every place of the story, judged by its own geometry against the radius. */
  members: RingMember[];
}

export interface CompiledStory {
  /** The folder name. */
  id: string;
  meta: Omit<StoryMeta, 'distances' | 'rings'>;
  places: { type: 'FeatureCollection'; features: PlaceFeature[] };
  shapes: FeatureCollection<ShapeFeature['geometry'], ShapeProperties>;
  distances: MeasuredDistance[];
  rings: MeasuredRing[];
  /** What the map fits on load: every place of the story. */
  bounds: Bounds;
}

/**
 * What the page needs before the story itself arrives: enough to draw the header and to
 * start the map on the story's view while `story.json` downloads.
 */
export type StoryIndexEntry = Pick<
  StoryMeta,
  'headline' | 'outlet' | 'url' | 'published' | 'dateline' | 'summary'
> & { id: string; bounds: Bounds };

/** `data/index.json`: which stories the build holds, and which opens by default. */
export interface StoryIndex {
  stories: StoryIndexEntry[];
  default: string;
}
