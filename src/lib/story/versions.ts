/**
 * Which version of a story to open, from `?version=N` and the versions the build holds, and
 * what to tell the reader: an earlier version says so and links to the latest; a version the
 * story does not have opens the latest, with a notice saying which was asked for.
 */
import { strings } from '../i18n/index.ts';
import { formatChangeMoment } from './changes.ts';
import type { StoryIndexEntry } from './types.ts';

export interface VersionChoice {
  /** The earlier version to open, or null for the latest (the story's own files). */
  version: number | null;
  /** The latest version's number (null: the story has no versions). */
  latest: number | null;
  /** What the reader is told, if anything. */
  notice: string | null;
}

export function chooseVersion(entry: StoryIndexEntry, asked: number | null): VersionChoice {
  const versions = entry.versions ?? [];
  const latest = versions.at(-1)?.version ?? null;
  if (asked === null) return { version: null, latest, notice: null };
  if (latest === null) return { version: null, latest, notice: strings.changes.noVersions(asked) };
  const found = versions.find((version) => version.version === asked);
  if (!found)
    return { version: null, latest, notice: strings.changes.noSuchVersion(asked, latest) };
  if (found.version === latest) return { version: null, latest, notice: null };
  return {
    version: found.version,
    latest,
    notice: strings.changes.olderVersion(
      found.version,
      formatChangeMoment(found.published),
      latest,
    ),
  };
}

/** Where a version's files are, under the data folder: `<id>/` or `<id>/v/<N>/`. */
export function storyFolder(id: string, version: number | null): string {
  const folder = `${encodeURIComponent(id)}/`;
  return version === null ? folder : `${folder}v/${version}/`;
}
