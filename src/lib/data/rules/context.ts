/**
 * What every rule of the validator is given: the story's files as far as they parsed, and the
 * country lookups. A rule is a pure function of this to a list of problems; it checks what
 * needs more than one field or file, which the schema alone cannot.
 */
import type { LngLat } from '../../geo/types.ts';
import type { Problem } from '../problems.ts';
import type { PlaceCollection, PlaceFeature, StoryMeta, VersionInfo } from '../schema.ts';

/** A feature that passed the schema on its own, with its index in the file. */
export interface ValidFeature {
  index: number;
  feature: PlaceFeature;
}

/** The version a new one follows, as it was published and validated. */
export interface PreviousVersion {
  info: VersionInfo;
  meta: StoryMeta;
  places: PlaceCollection;
}

export interface RuleContext {
  /** `<dir>/story.json` and `<dir>/places.geojson`, for messages. */
  storyFile: string;
  placesFile: string;
  /** `story.json`, when it passed the schema. */
  meta?: StoryMeta;
  /** The features of `places.geojson` that passed the schema on their own. */
  features: ValidFeature[];
  /**
   * Every id written in `places.geojson`, valid feature or not: what references may name.
   * Absent when the file is not JSON at all, so references cannot be judged yet.
   */
  writtenIds?: Set<string>;
  /** The country at a point. */
  countryAt: (lngLat: LngLat) => string | null;
  /** Whether a code names a real country. */
  isCountryCode: (code: string) => boolean;
  /** The published version this one follows, when it is (or will be) a later version. */
  previous?: PreviousVersion;
}

export type Rule = (context: RuleContext) => Problem[];
