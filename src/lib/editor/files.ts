/**
 * Story folders in and out of the editor: the two files read into a document (refusing, in
 * words, what is not a Dateline story at all), written as a zip of the folder, and a zip read
 * back. A story whose values break a rule still opens, so that it can be fixed; one whose
 * structure is wrong (a field of the wrong type, an unknown field, not JSON) does not.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as v from 'valibot';
import { parseJson } from '../data/parse-json.ts';
import { formatProblem, isPlainObject, issueProblems } from '../data/problems.ts';
import { PLACES_FILE, PlaceCollection, STORY_FILE, StoryMeta, isSlug } from '../data/schema.ts';
import type { CompiledStory } from '../story/types.ts';
import type { MetaInput, PlacesInput, StoryFiles } from './document.ts';
import { storyFiles } from './document.ts';

export type ReadResult =
  { ok: true; meta: MetaInput; places: PlacesInput } | { ok: false; message: string };

/**
 * The story the files hold, or what makes them not a story, naming the file and the field.
 *
 * @example readStoryFiles({ 'story.json': '{}', 'places.geojson': '…' })
 * // { ok: false, message: 'story.json: headline: is required' }
 */
export function readStoryFiles(files: StoryFiles): ReadResult {
  const meta = readJson(files[STORY_FILE], STORY_FILE, 'a JSON object of story metadata');
  if (!meta.ok) return meta;
  const places = readJson(files[PLACES_FILE], PLACES_FILE, 'a GeoJSON FeatureCollection');
  if (!places.ok) return places;
  if (places.value.type !== 'FeatureCollection') {
    return { ok: false, message: `${PLACES_FILE} is not a GeoJSON FeatureCollection` };
  }
  const wrongMeta = structuralProblem(StoryMeta, meta.value, STORY_FILE);
  if (wrongMeta) return { ok: false, message: wrongMeta };
  const wrongPlaces = structuralProblem(PlaceCollection, places.value, PLACES_FILE);
  if (wrongPlaces) return { ok: false, message: wrongPlaces };
  return { ok: true, meta: meta.value as MetaInput, places: places.value as PlacesInput };
}

type Json = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

function readJson(text: string, file: string, what: string): Json {
  const parsed = parseJson(text);
  if (!parsed.ok) {
    return {
      ok: false,
      message: `${file} is not JSON: ${parsed.message} at line ${parsed.line}, column ${parsed.column}`,
    };
  }
  if (!isPlainObject(parsed.value)) return { ok: false, message: `${file} is not ${what}` };
  return { ok: true, value: parsed.value };
}

/**
 * The first problem of structure (a type, a missing or unknown field) the schema finds, as a
 * line; null when every problem is one of value, which the editor shows at its field.
 */
function structuralProblem(
  schema: v.GenericSchema,
  value: Record<string, unknown>,
  file: string,
): string | null {
  const result = v.safeParse(schema, value);
  if (result.success) return null;
  const structural = result.issues.filter((issue) => issue.kind === 'schema');
  if (structural.length === 0) return null;
  const [first] = issueProblems(structural, file, value);
  const more = structural.length > 1 ? ` (and ${structural.length - 1} more)` : '';
  return first ? `${formatProblem(first)}${more}` : `${file} is not a Dateline story file`;
}

/** Files of a zip, by their path inside it. */
type ZipEntries = Record<string, Uint8Array>;

/** The folder as a zip, `<id>/story.json` and `<id>/places.geojson`, to unzip into `geodata/stories/`. */
export function zipStory(storyId: string, files: StoryFiles): Uint8Array {
  const entries: ZipEntries = {
    [`${storyId}/${STORY_FILE}`]: strToU8(files[STORY_FILE]),
    [`${storyId}/${PLACES_FILE}`]: strToU8(files[PLACES_FILE]),
  };
  // A fixed time, so the same story always makes the same zip.
  return zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2000, 0, 1)) });
}

export type UnzipResult =
  { ok: true; storyId: string | null; files: StoryFiles } | { ok: false; message: string };

/**
 * The story folder in a zip the editor wrote (or anyone zipped): its two files, and the
 * folder's name as the story id when it is a slug.
 */
export function unzipStory(bytes: Uint8Array, name = 'the file'): UnzipResult {
  let entries: ZipEntries;
  try {
    entries = unzipSync(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not a zip file, nor a story's story.json or places.geojson`,
    };
  }
  const paths = Object.keys(entries).filter((path) => !path.startsWith('__MACOSX/'));
  const storyPath = paths.find((path) => path === STORY_FILE || path.endsWith(`/${STORY_FILE}`));
  if (!storyPath) {
    return { ok: false, message: `${name} holds no ${STORY_FILE}: it is not a story folder` };
  }
  const folder = storyPath.slice(0, -STORY_FILE.length);
  const places = entries[`${folder}${PLACES_FILE}`];
  const story = entries[storyPath];
  if (!places || !story) {
    return { ok: false, message: `${name} has ${STORY_FILE} but no ${PLACES_FILE} beside it` };
  }
  const decode = (data: Uint8Array) => strFromU8(data);
  const folderName = folder.replace(/\/$/, '').split('/').at(-1) ?? '';
  return {
    ok: true,
    storyId: isSlug(folderName) ? folderName : null,
    files: { [STORY_FILE]: decode(story), [PLACES_FILE]: decode(places) },
  };
}

/**
 * The folder's files made back from the story as the build compiled it, for a site without
 * the editor's disk access: the measured values dropped, the annotations as they were.
 */
export function filesFromCompiled(story: CompiledStory): StoryFiles {
  const distances = story.distances.map(
    ({ measured: _measured, ends: _ends, line: _line, ...annotation }) => annotation,
  );
  const rings = story.rings.map(
    ({ radiusKm: _radiusKm, toleranceKm: _toleranceKm, area: _area, members: _members, ...ring }) =>
      ring,
  );
  return storyFiles({ meta: { ...story.meta, distances, rings }, places: story.places });
}

export type ImportResult =
  | { ok: true; storyId: string | null; meta: MetaInput; places: PlacesInput }
  | { ok: false; message: string };

/**
 * The story in the files a person chose to import: a folder's zip (named by its folder, when
 * that is a slug), or its two files together; else why not, in words.
 */
export async function readImport(files: readonly File[]): Promise<ImportResult> {
  let storyId: string | null = null;
  let texts: StoryFiles;
  const [only] = files;
  // One file that is not one of a story's two JSON files: the zip of a folder, or a mistake.
  const zip = files.length === 1 && only && !/\.(geo)?json$/i.test(only.name) ? only : undefined;
  if (zip) {
    const unzipped = unzipStory(new Uint8Array(await zip.arrayBuffer()), zip.name);
    if (!unzipped.ok) return unzipped;
    storyId = unzipped.storyId;
    texts = unzipped.files;
  } else {
    const story = files.find((file) => file.name.endsWith(STORY_FILE));
    const places = files.find((file) => file.name.endsWith(PLACES_FILE));
    if (!story || !places) {
      return {
        ok: false,
        message: `choose a story’s .zip, or its ${STORY_FILE} and ${PLACES_FILE} together`,
      };
    }
    texts = { [STORY_FILE]: await story.text(), [PLACES_FILE]: await places.text() };
  }
  const read = readStoryFiles(texts);
  return read.ok ? { ...read, storyId } : read;
}
