/**
 * The one door for story data: a story's two files become a typed story, or a list of
 * problems that each name the file, the feature and the field at fault.
 *
 * Pure: it takes the files' text, not paths (reading lives in `read-story.ts`). The schema
 * checks each file's shape; this module adds what needs more than one field or file:
 * unique ids, references between places, dates against the publication date, points
 * inside the country they claim, and country codes that exist.
 */
import * as v from 'valibot';
import { Mask, WGS84 } from '../geo/wgs84.ts';
import type { LngLat } from '../geo/types.ts';
import {
  countryAt as lookUpCountry,
  isCountryCode as isKnownCountryCode,
} from './country-lookup.ts';
import { parseJson } from './parse-json.ts';
import { PlaceCollection, PlaceFeature, PlaceId, StoryMeta } from './schema.ts';

/** What is wrong, and exactly where. */
export interface Problem {
  /** The file, as `<dir>/story.json` or `<dir>/places.geojson` (or the folder itself). */
  file: string;
  /** The feature's `id`, or `#<index>` when it has no readable id. */
  feature?: string;
  /** Dot path inside the file (or the feature): `properties.events[0].date`; '' for all of it. */
  field: string;
  message: string;
}

export interface ValidStory {
  id: string;
  meta: StoryMeta;
  places: PlaceCollection;
}

export type ValidationResult = { ok: true; story: ValidStory } | { ok: false; problems: Problem[] };

export const STORY_FILE = 'story.json';
export const PLACES_FILE = 'places.geojson';

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
}

/**
 * Points this close to the country they claim pass: border anchors and coastal ports sit
 * on the edge, and country-coder's borders are generalised to a few hundred metres.
 */
export const BORDER_TOLERANCE_KM = 2;

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

  const metaJson = parseFile(files[STORY_FILE], storyFile, problems);
  const placesJson = parseFile(files[PLACES_FILE], placesFile, problems);

  let meta: StoryMeta | undefined;
  if (metaJson.ok) {
    if (!isPlainObject(metaJson.value)) {
      problems.push({ file: storyFile, field: '', message: 'must be a JSON object' });
    } else {
      const parsed = v.safeParse(StoryMeta, metaJson.value);
      if (parsed.success) meta = parsed.output;
      else problems.push(...issueProblems(parsed.issues, storyFile));
    }
  }

  let places: PlaceCollection | undefined;
  /** Every id written in places.geojson, valid feature or not: what references may name. */
  const writtenIds = new Set<string>();
  /** Features that pass the schema on their own, with their index in the file. */
  const goodFeatures: { index: number; feature: PlaceFeature }[] = [];
  if (placesJson.ok) {
    const root = placesJson.value;
    if (!isPlainObject(root)) {
      problems.push({
        file: placesFile,
        field: '',
        message: 'must be a JSON object holding a GeoJSON FeatureCollection',
      });
    } else if (root.type !== 'FeatureCollection') {
      problems.push({
        file: placesFile,
        field: 'type',
        message: `must be "FeatureCollection", not ${JSON.stringify(root.type)}`,
      });
    } else {
      const parsed = v.safeParse(PlaceCollection, root);
      if (parsed.success) places = parsed.output;
      else problems.push(...issueProblems(parsed.issues, placesFile, root));
      if (Array.isArray(root.features)) {
        root.features.forEach((raw: unknown, index) => {
          if (isPlainObject(raw) && typeof raw.id === 'string') writtenIds.add(raw.id);
          const feature = v.safeParse(PlaceFeature, raw);
          if (feature.success) goodFeatures.push({ index, feature: feature.output });
        });
      }
    }
  }

  problems.push(...duplicateFeatureIds(goodFeatures, placesFile));
  problems.push(...duplicateEventIds(goodFeatures, placesFile));
  problems.push(...countryCodeProblems(goodFeatures, placesFile, isCountryCode));
  problems.push(...countryProblems(goodFeatures, placesFile, countryAt, isCountryCode));
  if (placesJson.ok) {
    problems.push(...relatedProblems(goodFeatures, placesFile, writtenIds));
  }
  if (meta) {
    problems.push(...publishedProblems(goodFeatures, placesFile, meta.published));
    problems.push(...metaIdProblems(meta, storyFile));
    if (placesJson.ok) {
      const withShape = new Set(
        goodFeatures
          .filter(({ feature }) => feature.properties.shape)
          .map(({ feature }) => feature.id),
      );
      problems.push(...referenceProblems(meta, storyFile, writtenIds, withShape, goodFeatures));
    }
  }

  if (problems.length > 0 || !meta || !places) return { ok: false, problems };
  return { ok: true, story: { id: storyId, meta, places } };
}

/**
 * One line per problem, for a terminal:
 * `geodata/stories/x/places.geojson: feature "hodeidah-port": properties.events[0].date: is not a date that exists`.
 */
export function formatProblem(problem: Problem): string {
  const feature =
    problem.feature === undefined
      ? ''
      : problem.feature.startsWith('#')
        ? `feature ${problem.feature}`
        : `feature "${problem.feature}"`;
  return [problem.file, feature, problem.field, problem.message].filter(Boolean).join(': ');
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type Issue = v.BaseIssue<unknown>;

/**
 * Valibot's issues as problems, the first for each field only ("yesterday" is both not
 * YYYY-MM-DD and not a real date; the first says enough). Paths under `features[i]` name
 * the feature (its id when the raw feature has a string id, else `#i`) and the field in it.
 */
function issueProblems(
  issues: readonly Issue[],
  file: string,
  root?: Record<string, unknown>,
): Problem[] {
  const problems = new Map<string, Problem>();
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const message = issueMessage(issue);
    let problem: Problem = { file, field: dotPath(keys), message };
    if (root && keys[0] === 'features' && typeof keys[1] === 'number') {
      const raw = Array.isArray(root.features) ? root.features[keys[1]] : undefined;
      problem = {
        file,
        feature: featureLabel(raw, keys[1]),
        field: dotPath(keys.slice(2)),
        message,
      };
    }
    const key = `${problem.feature ?? ''} ${problem.field}`;
    if (!problems.has(key)) problems.set(key, problem);
  }
  return [...problems.values()];
}

function issueMessage(issue: Issue): string {
  if (issue.kind !== 'schema') return issue.message;
  // Checked first: a strict object reports a missing key with its own type, too.
  if (issue.received === 'undefined') return 'is required';
  if (issue.type === 'strict_object' || issue.type === 'strict_tuple') {
    return 'is an unknown field (a typo?)';
  }
  return `must be ${issue.expected ?? 'something else'}, not ${issue.received}`;
}

function featureLabel(raw: unknown, index: number): string {
  return isPlainObject(raw) && typeof raw.id === 'string' && raw.id !== '' ? raw.id : `#${index}`;
}

/** `['properties', 'events', 0, 'date']` → `properties.events[0].date`. */
export function dotPath(keys: readonly (string | number)[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`))
    .join('');
}

type Good = { index: number; feature: PlaceFeature }[];

function duplicateFeatureIds(features: Good, file: string): Problem[] {
  const firstIndex = new Map<string, number>();
  const problems: Problem[] = [];
  for (const { index, feature } of features) {
    const first = firstIndex.get(feature.id);
    if (first === undefined) firstIndex.set(feature.id, index);
    else {
      problems.push({
        file,
        feature: feature.id,
        field: 'id',
        message: `is also the id of feature #${first}; place ids must be unique`,
      });
    }
  }
  return problems;
}

function duplicateEventIds(features: Good, file: string): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      const first = owner.get(event.id);
      if (first === undefined) owner.set(event.id, feature.id);
      else {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].id`,
          message: `"${event.id}" is also the id of an event of "${first}"; event ids must be unique in a story`,
        });
      }
    });
  }
  return problems;
}

/** Country codes in `country` and `shape` must name real countries. */
function countryCodeProblems(
  features: Good,
  file: string,
  isCountryCode: (code: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  const check = (feature: PlaceFeature, field: string, code: string) => {
    if (!isCountryCode(code)) {
      problems.push({
        file,
        feature: feature.id,
        field,
        message: `"${code}" is not an ISO 3166-1 alpha-2 country code`,
      });
    }
  };
  for (const { feature } of features) {
    const { country, shape } = feature.properties;
    if (country) check(feature, 'properties.country', country);
    if (!shape) continue;
    if (shape.from === 'country') check(feature, 'properties.shape.country', shape.country);
    else {
      shape.countries.forEach((code, i) =>
        check(feature, `properties.shape.countries[${i}]`, code),
      );
      if (shape.countries[0] === shape.countries[1]) {
        problems.push({
          file,
          feature: feature.id,
          field: 'properties.shape.countries',
          message: 'must name two different countries',
        });
      }
    }
    if (shape.from === 'border-band' && !shape.countries.includes(shape.side)) {
      problems.push({
        file,
        feature: feature.id,
        field: 'properties.shape.side',
        message: `must be one of the two countries ${shape.countries.join(' and ')}`,
      });
    }
  }
  return problems;
}

/**
 * A point must lie in the country it claims, or within {@link BORDER_TOLERANCE_KM} of it:
 * when the lookup disagrees, points 1 and 2 km away in eight directions are tried before
 * the place is flagged. If the point with lng and lat swapped lies in the claimed country,
 * the message says so (the commonest slip when copying coordinates).
 */
function countryProblems(
  features: Good,
  file: string,
  countryAt: (lngLat: LngLat) => string | null,
  isCountryCode: (code: string) => boolean,
): Problem[] {
  const problems: Problem[] = [];
  for (const { feature } of features) {
    const claimed = feature.properties.country;
    if (!claimed || !isCountryCode(claimed)) continue;
    const [lng, lat] = feature.geometry.coordinates;
    const found = countryAt([lng, lat]);
    if (found === claimed || nearby([lng, lat]).some((p) => countryAt(p) === claimed)) continue;
    const swapped = Math.abs(lng) <= 90 && countryAt([lat, lng]) === claimed;
    problems.push({
      file,
      feature: feature.id,
      field: 'geometry.coordinates',
      message:
        `[${lng}, ${lat}] lies ${found ? `in ${found}` : 'in no country'}, not in ${claimed} ` +
        `as properties.country says` +
        (swapped ? `; lng/lat may be swapped: [${lat}, ${lng}] is in ${claimed}` : ''),
    });
  }
  return problems;
}

/** Points 1 and 2 km from `center` in eight directions (the direct geodesic problem). */
function nearby(center: LngLat): LngLat[] {
  const points: LngLat[] = [];
  for (const km of [BORDER_TOLERANCE_KM / 2, BORDER_TOLERANCE_KM]) {
    for (let azimuth = 0; azimuth < 360; azimuth += 45) {
      const p = WGS84.Direct(
        center[1],
        center[0],
        azimuth,
        km * 1000,
        Mask.LATITUDE | Mask.LONGITUDE,
      );
      points.push([p.lon2 ?? center[0], p.lat2 ?? center[1]]);
    }
  }
  return points;
}

function relatedProblems(features: Good, file: string, ids: Set<string>): Problem[] {
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      (event.related ?? []).forEach((related, j) => {
        if (!ids.has(related)) {
          problems.push({
            file,
            feature: feature.id,
            field: `properties.events[${i}].related[${j}]`,
            message: `names no place in ${PLACES_FILE} ("${related}")`,
          });
        }
      });
    });
  }
  return problems;
}

/**
 * An event cannot start after the article reporting it was published. Its `dateEnd` may:
 * an article can report a period still under way ("in less than two weeks").
 */
function publishedProblems(features: Good, file: string, published: string): Problem[] {
  const problems: Problem[] = [];
  for (const { feature } of features) {
    feature.properties.events.forEach((event, i) => {
      if (event.date > published) {
        problems.push({
          file,
          feature: feature.id,
          field: `properties.events[${i}].date`,
          message: `${event.date} is after the story was published (${published})`,
        });
      }
    });
  }
  return problems;
}

/** Distance, ring and step ids are what `?distance=`, `?ring=` and `?step=` name: each must be unique. */
function metaIdProblems(meta: StoryMeta, file: string): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  const entries = [
    ...meta.distances.map((d, i) => ({ id: d.id, field: `distances[${i}].id` })),
    ...meta.rings.map((r, i) => ({ id: r.id, field: `rings[${i}].id` })),
  ];
  for (const { id, field } of entries) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, field);
    else problems.push({ file, field, message: `"${id}" is also the id of ${first}` });
  }
  // Steps have ids of their own (`?step=`): unique among the steps.
  const steps = new Map<string, string>();
  meta.steps?.forEach((step, i) => {
    const field = `steps[${i}].id`;
    const first = steps.get(step.id);
    if (first === undefined) steps.set(step.id, field);
    else problems.push({ file, field, message: `"${step.id}" is also the id of ${first}` });
  });
  return problems;
}

function referenceProblems(
  meta: StoryMeta,
  file: string,
  ids: Set<string>,
  withShape: Set<string>,
  features: Good,
): Problem[] {
  const problems: Problem[] = [];
  const validIds = new Set(features.map(({ feature }) => feature.id));
  const place = (field: string, id: string) => {
    if (!ids.has(id)) {
      problems.push({ file, field, message: `names no place in ${PLACES_FILE} ("${id}")` });
    }
  };
  const shaped = (field: string, id: string) => {
    // Only judged once the place itself is valid: otherwise its own problems come first.
    if (validIds.has(id) && !withShape.has(id)) {
      problems.push({
        file,
        field,
        message: `is "shape", but place "${id}" has no shape to measure from`,
      });
    }
  };

  place('dateline.place', meta.dateline.place);
  meta.distances.forEach((distance, i) => {
    place(`distances[${i}].from`, distance.from);
    place(`distances[${i}].to`, distance.to);
    if (distance.fromPart === 'shape') shaped(`distances[${i}].fromPart`, distance.from);
    if (distance.from === distance.to && distance.fromPart === 'point') {
      problems.push({ file, field: `distances[${i}].to`, message: 'is the same place as "from"' });
    }
  });
  meta.rings.forEach((ring, i) => {
    place(`rings[${i}].around`, ring.around);
    if (ring.aroundPart === 'shape') shaped(`rings[${i}].aroundPart`, ring.around);
  });
  meta.steps?.forEach((step, i) => {
    step.places.forEach((id, j) => place(`steps[${i}].places[${j}]`, id));
    if (step.places.length === 0 && !step.view) {
      problems.push({
        file,
        field: `steps[${i}].places`,
        message: 'is empty and the step has no view: name a place or give a view',
      });
    }
  });
  return problems;
}
