/**
 * The one door for story data: a story's two files become a typed story, or a list of
 * problems that each name the file, the feature and the field at fault.
 *
 * Pure: it takes the files' text, not paths (reading lives in `read-story.ts`). The schema
 * checks each file's shape; the rules in `rules/` add what needs more than one field or file:
 * unique ids, references between places, dates against the publication date, points inside
 * the country they claim, country codes that exist, who says so in the lines a reader reads
 * first, the change log, and (given the version it follows) ids that keep their places.
 */
import * as v from 'valibot';
import type { LngLat } from '../geo/types.ts';
import {
  countryAt as lookUpCountry,
  isCountryCode as isKnownCountryCode,
} from './country-lookup.ts';
import { parseJson } from './parse-json.ts';
import { isPlainObject, issueProblems, type Problem } from './problems.ts';
import { countsNameTheirSource, leadLinesNameTheirParty } from './rules/attribution.ts';
import { changesInOrder, changesNameWhatExists, withdrawnIsExplained } from './rules/changes.ts';
import type { PreviousVersion, Rule, ValidFeature } from './rules/context.ts';
import { pointsInTheirCountry, realCountryCodes } from './rules/countries.ts';
import { eventsBeforePublication } from './rules/dates.ts';
import { pointsInsideTheirOutline } from './rules/outlines.ts';
import { publishedStoryLinksArticle } from './rules/published.ts';
import { relatedPlacesExist, storyPlacesExist } from './rules/references.ts';
import { uniquePlaceAndEventIds, uniqueStoryIds } from './rules/unique-ids.ts';
import { changeLogOnlyGrows, idsKeepTheirPlace, nothingSilentlyDeleted } from './rules/versions.ts';
import {
  PLACES_FILE,
  PlaceCollection,
  PlaceFeature,
  PlaceId,
  STORY_FILE,
  StoryMeta,
} from './schema.ts';

export interface ValidStory {
  id: string;
  meta: StoryMeta;
  places: PlaceCollection;
}

export type ValidationResult = { ok: true; story: ValidStory } | { ok: false; problems: Problem[] };

export interface ValidateStoryOptions {
  /** The story folder's name, which is the story's id. */
  storyId: string;
  /** The text of each file. */
  files: { [STORY_FILE]: string; [PLACES_FILE]: string };
  /** Where the files came from, for messages (default `geodata/stories/<storyId>`). */
  dir?: string;
  /** The country at a point (default: country-coder's bundled borders). */
  countryAt?: (lngLat: LngLat) => string | null;
  /** Whether a code names a real country (default: country-coder's list). */
  isCountryCode?: (code: string) => boolean;
  /**
   * The published version this story follows, for a new version (or a later version checked
   * against an earlier one): its ids must keep naming the same places, and nothing it
   * published may disappear.
   */
  previous?: PreviousVersion;
}

/** Every rule, in the order their problems are listed. */
const RULES: readonly Rule[] = [
  uniquePlaceAndEventIds,
  realCountryCodes,
  pointsInTheirCountry,
  pointsInsideTheirOutline,
  relatedPlacesExist,
  eventsBeforePublication,
  publishedStoryLinksArticle,
  uniqueStoryIds,
  storyPlacesExist,
  countsNameTheirSource,
  leadLinesNameTheirParty,
  changesNameWhatExists,
  changesInOrder,
  withdrawnIsExplained,
  idsKeepTheirPlace,
  nothingSilentlyDeleted,
  changeLogOnlyGrows,
];

/**
 * Checks a story's `story.json` and `places.geojson` against the schema and against each
 * other, and returns the typed story or every problem found.
 *
 * When a file fails the schema, the checks that need that file whole (references to it,
 * the publication date) wait until it passes; features that pass on their own are still
 * checked for duplicates and countries.
 *
 * @example
 * const result = validateStory({ storyId: 'x', files: { 'story.json': meta, 'places.geojson': places } });
 * if (!result.ok) result.problems.map(formatProblem).forEach((line) => console.error(line));
 */
export function validateStory({
  storyId,
  files,
  dir = `geodata/stories/${storyId}`,
  countryAt = lookUpCountry,
  isCountryCode = isKnownCountryCode,
  previous,
}: ValidateStoryOptions): ValidationResult {
  const storyFile = `${dir}/${STORY_FILE}`;
  const placesFile = `${dir}/${PLACES_FILE}`;
  const problems: Problem[] = [];

  if (!v.is(PlaceId, storyId)) {
    problems.push({
      file: dir,
      field: '',
      message: `the folder name "${storyId}" must be a lowercase slug, since it is the story's id`,
    });
  }

  const meta = readMeta(files[STORY_FILE], storyFile, problems);
  const { places, features, writtenIds } = readPlaces(files[PLACES_FILE], placesFile, problems);
  const context = {
    ...{ storyFile, placesFile, meta, features, writtenIds, countryAt, isCountryCode },
    previous,
  };
  problems.push(...RULES.flatMap((rule) => rule(context)));

  if (problems.length > 0 || !meta || !places) return { ok: false, problems };
  return { ok: true, story: { id: storyId, meta, places } };
}

function readMeta(text: string, file: string, problems: Problem[]): StoryMeta | undefined {
  const json = parseFile(text, file, problems);
  if (!json.ok) return undefined;
  if (!isPlainObject(json.value)) {
    problems.push({ file, field: '', message: 'must be a JSON object' });
    return undefined;
  }
  const parsed = v.safeParse(StoryMeta, json.value);
  if (parsed.success) return parsed.output;
  problems.push(...issueProblems(parsed.issues, file));
  return undefined;
}

/**
 * `places.geojson` as far as it goes: the whole collection when it passes the schema, and in
 * any case the features that pass on their own and every id written, for the rules.
 */
function readPlaces(
  text: string,
  file: string,
  problems: Problem[],
): { places?: PlaceCollection; features: ValidFeature[]; writtenIds?: Set<string> } {
  const json = parseFile(text, file, problems);
  if (!json.ok) return { features: [] };
  const writtenIds = new Set<string>();
  const features: ValidFeature[] = [];
  const root = json.value;
  if (!isPlainObject(root)) {
    problems.push({
      file,
      field: '',
      message: 'must be a JSON object holding a GeoJSON FeatureCollection',
    });
    return { features, writtenIds };
  }
  if (root.type !== 'FeatureCollection') {
    problems.push({
      file,
      field: 'type',
      message: `must be "FeatureCollection", not ${JSON.stringify(root.type)}`,
    });
    return { features, writtenIds };
  }
  const parsed = v.safeParse(PlaceCollection, root);
  if (!parsed.success) problems.push(...issueProblems(parsed.issues, file, root));
  if (Array.isArray(root.features)) {
    root.features.forEach((raw: unknown, index) => {
      if (isPlainObject(raw) && typeof raw.id === 'string') writtenIds.add(raw.id);
      const feature = v.safeParse(PlaceFeature, raw);
      if (feature.success) features.push({ index, feature: feature.output });
    });
  }
  return { places: parsed.success ? parsed.output : undefined, features, writtenIds };
}

type Json = { ok: true; value: unknown } | { ok: false };

function parseFile(text: string, file: string, problems: Problem[]): Json {
  const parsed = parseJson(text);
  if (parsed.ok) return parsed;
  problems.push({
    file,
    field: '',
    message: `is not valid JSON: ${parsed.message} at line ${parsed.line}, column ${parsed.column}`,
  });
  return { ok: false };
}
