/**
 * Reads a story folder's published versions, `versions/<N>/` (Node only: the build and the
 * commands). Each version is validated on its own and against the last good version before
 * it, so an id that changed its meaning, or a place deleted, shows in the version that did
 * it. A damaged version is reported with what is wrong and left out; the others stand.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import * as v from 'valibot';
import { parseJson } from './parse-json.ts';
import { issueProblems, type Problem } from './problems.ts';
import { readStoryFiles, shownPath } from './read-story.ts';
import type { PreviousVersion } from './rules/context.ts';
import { PLACES_FILE, STORY_FILE, VERSION_FILE, VERSIONS_DIR, VersionInfo } from './schema.ts';
import { validateStory, type ValidateStoryOptions } from './validate.ts';

/** A version that passed: what it is, its data, and its files as published. */
export interface StoryVersion extends PreviousVersion {
  files: { [STORY_FILE]: string; [PLACES_FILE]: string };
}

export interface DamagedVersion {
  /** The folder's name (a number, where it is one). */
  folder: string;
  problems: Problem[];
}

export interface StoryVersions {
  /** The versions that passed, oldest first. */
  versions: StoryVersion[];
  damaged: DamagedVersion[];
  /** The highest version number any folder takes, damaged or not (0: none). */
  highest: number;
}

const NUMBER = /^[1-9]\d*$/;

/** `<dir>/versions/<N>/` for every N, in order; a story without versions has none. */
export function readVersions(
  dir: string,
  options: Pick<ValidateStoryOptions, 'countryAt' | 'isCountryCode'> = {},
): StoryVersions {
  const root = join(dir, VERSIONS_DIR);
  const result: StoryVersions = { versions: [], damaged: [], highest: 0 };
  if (!existsSync(root)) return result;
  const storyId = basename(shownPath(dir));
  const folders = readdirSync(root, { withFileTypes: true }).filter(
    (entry) => !entry.name.startsWith('.'),
  );
  const numbered = folders
    .filter((entry) => NUMBER.test(entry.name))
    .sort((a, b) => Number(a.name) - Number(b.name));
  for (const entry of folders.filter((entry) => !NUMBER.test(entry.name))) {
    result.damaged.push({
      folder: entry.name,
      problems: [
        {
          file: shownPath(join(root, entry.name)),
          field: '',
          message: 'is not a version: versions/ holds only folders named 1, 2, 3…',
        },
      ],
    });
  }
  for (const entry of numbered) {
    const number = Number(entry.name);
    result.highest = Math.max(result.highest, number);
    const versionDir = shownPath(join(root, entry.name));
    const read = entry.isDirectory()
      ? readStoryFiles(versionDir)
      : {
          ok: false as const,
          problems: [{ file: versionDir, field: '', message: 'is not a folder' }],
        };
    if (!read.ok) {
      result.damaged.push({ folder: entry.name, problems: read.problems });
      continue;
    }
    const problems: Problem[] = [];
    const info = readInfo(versionDir, number, problems);
    const previous = result.versions.at(-1);
    if (info && previous && Date.parse(info.published) < Date.parse(previous.info.published)) {
      problems.push({
        file: `${versionDir}/${VERSION_FILE}`,
        field: 'published',
        message: `${info.published} is before version ${previous.info.version} was published (${previous.info.published})`,
      });
    }
    const validated = validateStory({
      storyId,
      files: read.files,
      dir: versionDir,
      previous,
      ...options,
    });
    if (!validated.ok) problems.push(...validated.problems);
    if (problems.length > 0 || !info || !validated.ok) {
      result.damaged.push({ folder: entry.name, problems });
      continue;
    }
    result.versions.push({
      info,
      meta: validated.story.meta,
      places: validated.story.places,
      files: read.files,
    });
  }
  return result;
}

function readInfo(versionDir: string, number: number, problems: Problem[]): VersionInfo | null {
  const file = `${versionDir}/${VERSION_FILE}`;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    problems.push({ file, field: '', message: 'is missing: each version says what it is' });
    return null;
  }
  const json = parseJson(text);
  if (!json.ok) {
    problems.push({ file, field: '', message: `is not valid JSON: ${json.message}` });
    return null;
  }
  const parsed = v.safeParse(VersionInfo, json.value);
  if (!parsed.success) {
    problems.push(...issueProblems(parsed.issues, file));
    return null;
  }
  if (parsed.output.version !== number) {
    problems.push({
      file,
      field: 'version',
      message: `is ${parsed.output.version}, but its folder is version ${number}`,
    });
    return null;
  }
  return parsed.output;
}
