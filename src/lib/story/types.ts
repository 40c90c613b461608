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

export interface MeasuredRing extends RangeRing {
  radiusKm: number;
  /** Everything within the radius, measured on the ellipsoid. */
  area: Polygon | MultiPolygon;
  /** Which of the story's places lie inside the ring. */
  inside: string[];
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
