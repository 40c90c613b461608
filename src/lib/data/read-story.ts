/**
 * Reads story folders from disk for the validator (Node only: the build and the CLI).
 * Everything that judges the data lives in `validate.ts`; this module only finds and
 * reads files, and turns a missing or unreadable file into a problem, never a throw.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Problem } from './problems.ts';
import { PLACES_FILE, STORY_FILE } from './schema.ts';
import { validateStory, type ValidateStoryOptions, type ValidationResult } from './validate.ts';

/** Where story folders live, relative to the repository root. */
export const STORIES_DIR = 'geodata/stories';
/** Stories made for the tests only (built by `npm run build:test`, never published). */
export const TEST_STORIES_DIR = 'tests/stories';

/**
 * The story folders under `root` (each sub-folder, sorted; dot-folders skipped), as
 * paths joined to `root`. A missing root has no stories.
 */
export function listStoryFolders(root: string = STORIES_DIR): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => join(root, entry.name))
    .sort();
}

/** A story folder's two files as text, or why they cannot be read. */
export type StoryFilesRead =
  | { ok: true; files: { [STORY_FILE]: string; [PLACES_FILE]: string } }
  | { ok: false; problems: Problem[] };

/**
 * Reads `<dir>/story.json` and `<dir>/places.geojson` (a story folder, or one of its
 * versions); `shown` is the folder as messages name it.
 */
export function readStoryFiles(dir: string, shown: string = dir): StoryFilesRead {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    return { ok: false, problems: [{ file: shown, field: '', message: 'is not a story folder' }] };
  }
  const problems: Problem[] = [];
  const read = (name: string): string => {
    try {
      return readFileSync(join(dir, name), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push({
        file: `${shown}/${name}`,
        field: '',
        message:
          code === 'ENOENT'
            ? `is missing: a story folder holds ${STORY_FILE} and ${PLACES_FILE}`
            : `cannot be read (${code ?? String(error)})`,
      });
      return '';
    }
  };
  const files = { [STORY_FILE]: read(STORY_FILE), [PLACES_FILE]: read(PLACES_FILE) };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, files };
}

/** A folder as messages name it: forward slashes, no trailing slash. */
export function shownPath(dir: string): string {
  return dir.replace(/\\/g, '/').replace(/\/+$/, '');
}

/**
 * Reads `<dir>/story.json` and `<dir>/places.geojson` and validates them; the folder's
 * name is the story id. `countryAt` and `isCountryCode` default to country-coder's.
 */
export function readAndValidateStory(
  dir: string,
  options: Pick<ValidateStoryOptions, 'countryAt' | 'isCountryCode'> = {},
): ValidationResult {
  const shown = shownPath(dir);
  const read = readStoryFiles(dir, shown);
  if (!read.ok) return read;
  return validateStory({ storyId: basename(shown), files: read.files, dir: shown, ...options });
}
