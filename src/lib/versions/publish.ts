/**
 * Publishing a story makes a version: an immutable copy of the working copy's two files, with
 * `version.json` saying which version it is, when it was published, by whom and why. This
 * module decides what the version is, or why there is none (pure, so the editor's publish
 * step can call it in the browser); `scripts/publish.ts` writes it to disk.
 *
 * A version is refused when the working copy does not validate (against the version it
 * follows too: ids that change their meaning, places deleted, the change log rewritten), when
 * it is a draft, when nothing changed, or when places, events or claims changed and the change
 * log says nothing of it: readers are told of every change to what they saw.
 */
import * as v from 'valibot';
import { formatProblem, issueProblems } from '../data/problems.ts';
import type { PreviousVersion } from '../data/rules/context.ts';
import { PLACES_FILE, STORY_FILE, VERSION_FILE, VersionInfo } from '../data/schema.ts';
import { validateStory, type ValidateStoryOptions } from '../data/validate.ts';
import { diffStories, isEmptyDiff, type StoryDiff } from './diff.ts';

export interface StoryFiles {
  [STORY_FILE]: string;
  [PLACES_FILE]: string;
}

export interface PlanVersionOptions extends Pick<
  ValidateStoryOptions,
  'countryAt' | 'isCountryCode'
> {
  storyId: string;
  /** The working copy's files. */
  files: StoryFiles;
  /** The latest good version, with its files as published; absent for a first version. */
  latest?: PreviousVersion & { files: StoryFiles };
  /** The number the new version takes: one more than any version folder there is. */
  number: number;
  /** When it is published, with its offset from UTC (`new Date().toISOString()`). */
  published: string;
  by?: string;
  note?: string;
}

export type VersionPlan =
  | {
      ok: true;
      info: VersionInfo;
      /** What to write in `versions/<number>/`. */
      files: StoryFiles & { [VERSION_FILE]: string };
      /** What changed since the latest version (absent for a first version). */
      diff?: StoryDiff;
    }
  | { ok: false; reasons: string[] };

/**
 * @example
 * const plan = planVersion({ storyId, files, latest, number: 2, published: new Date().toISOString() });
 * if (plan.ok) for (const [name, text] of Object.entries(plan.files)) write(`versions/2/${name}`, text);
 */
export function planVersion({
  storyId,
  files,
  latest,
  number,
  published,
  by,
  note,
  ...lookups
}: PlanVersionOptions): VersionPlan {
  if (
    latest &&
    files[STORY_FILE] === latest.files[STORY_FILE] &&
    files[PLACES_FILE] === latest.files[PLACES_FILE]
  ) {
    return {
      ok: false,
      reasons: [
        `nothing to publish: the working copy is version ${latest.info.version} as it was published`,
      ],
    };
  }
  const result = validateStory({ storyId, files, previous: latest, ...lookups });
  if (!result.ok) return { ok: false, reasons: result.problems.map(formatProblem) };
  const { meta, places } = result.story;
  if (meta.status === 'draft') {
    return { ok: false, reasons: ['the story is a draft: review its places, then publish'] };
  }
  if (latest && Date.parse(published) < Date.parse(latest.info.published)) {
    return {
      ok: false,
      reasons: [
        `${published} is before version ${latest.info.version} was published (${latest.info.published})`,
      ],
    };
  }
  const diff = latest ? diffStories(latest, { meta, places }) : undefined;
  if (diff && !isEmptyDiff(diff) && diff.changes.length === 0) {
    return {
      ok: false,
      reasons: [
        `version ${number} changes places, events or claims, but the change log says nothing of it: add an entry to "changes" in ${STORY_FILE} (an update, correction or clarification, dated, in words readers see)`,
      ],
    };
  }
  const checked = v.safeParse(VersionInfo, {
    version: number,
    published,
    ...(by === undefined ? {} : { by }),
    ...(note === undefined ? {} : { note }),
  });
  if (!checked.success) {
    return { ok: false, reasons: issueProblems(checked.issues, VERSION_FILE).map(formatProblem) };
  }
  const info = checked.output;
  return {
    ok: true,
    info,
    files: { ...files, [VERSION_FILE]: `${JSON.stringify(info, null, 2)}\n` },
    ...(diff ? { diff } : {}),
  };
}
