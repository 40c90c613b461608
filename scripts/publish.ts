/**
 * Publishes a story folder's working copy as its next version:
 * `npm run publish -- <story folder> [--note TEXT] [--by NAME] [--at ISO-TIME]`.
 *
 * Writes `<folder>/versions/<N>/` (story.json, places.geojson, version.json) and never
 * overwrites one: versions are immutable. Refuses, one line per reason, when the working copy
 * does not validate against the latest version, is a draft, has not changed, or changes places,
 * events or claims without a change-log entry. `--at` records a time other than now (for a
 * version published elsewhere first). The editor's endpoint publishes through `publishVersion`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/lib/data/problems.ts';
import { readStoryFiles, shownPath } from '../src/lib/data/read-story.ts';
import { readVersions } from '../src/lib/data/read-versions.ts';
import { VERSIONS_DIR, type VersionInfo } from '../src/lib/data/schema.ts';
import { formatDiff } from '../src/lib/versions/diff-lines.ts';
import { planVersion, type StoryFiles } from '../src/lib/versions/publish.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';

const USAGE = 'npm run publish -- <story folder> [--note TEXT] [--by NAME] [--at ISO-TIME]';

export interface PublishArgs {
  folder: string;
  note?: string;
  by?: string;
  /** When it is published; default now. */
  at?: string;
}

export interface VersionRequest extends PublishArgs {
  /** The working copy to publish; default the folder's own files. */
  files?: StoryFiles;
  /** Only say what the version would be: nothing is written. */
  dryRun?: boolean;
}

export type VersionOutcome =
  | {
      ok: true;
      number: number;
      info: VersionInfo;
      /** What changed since the latest version, one line each (none for a first version). */
      changes: string[];
      /** Damaged versions left out, in words. */
      warnings: string[];
    }
  | { ok: false; reasons: string[]; warnings: string[] };

/**
 * Plans the folder's next version from its working copy (or `files`) and, unless `dryRun`,
 * writes it to `versions/<N>/`. The command and the editor's endpoint both publish this way.
 */
export function publishVersion({
  folder,
  files,
  note,
  by,
  at = new Date().toISOString(),
  dryRun = false,
}: VersionRequest): VersionOutcome {
  const shown = shownPath(folder);
  const { versions, damaged, highest } = readVersions(folder);
  const warnings = damaged.flatMap(({ folder: name, problems }) => [
    `version ${name} is damaged and left out:`,
    ...problems.map((problem) => `  ${formatProblem(problem)}`),
  ]);
  let working = files;
  if (!working) {
    const read = readStoryFiles(folder, shown);
    if (!read.ok) return { ok: false, reasons: read.problems.map(formatProblem), warnings };
    working = read.files;
  }
  const number = highest + 1;
  const plan = planVersion({
    storyId: basename(shown),
    files: working,
    latest: versions.at(-1),
    number,
    published: at,
    by,
    note,
  });
  if (!plan.ok) return { ok: false, reasons: plan.reasons, warnings };
  if (!dryRun) {
    const dir = join(folder, VERSIONS_DIR, String(number));
    mkdirSync(join(folder, VERSIONS_DIR), { recursive: true });
    // Not recursive: a version folder that exists already is never written into.
    mkdirSync(dir);
    for (const [name, text] of Object.entries(plan.files)) {
      writeFileSync(join(dir, name), text, { flag: 'wx' });
    }
  }
  const changes = plan.diff ? formatDiff(plan.diff) : [];
  return { ok: true, number, info: plan.info, changes, warnings };
}

/** Publishes the next version, printing what it did with `print`; returns the exit code. */
export function publish(args: PublishArgs, print: (line: string) => void = console.log): number {
  const shown = shownPath(args.folder);
  const outcome = publishVersion(args);
  outcome.warnings.forEach((line) => print(line.startsWith(' ') ? line : `warning: ${line}`));
  if (!outcome.ok) {
    print(`${shown}: not published:`);
    outcome.reasons.forEach((reason) => print(`  ${reason}`));
    return 1;
  }
  const dir = join(args.folder, VERSIONS_DIR, String(outcome.number));
  print(
    `published ${basename(shown)} version ${outcome.number} (${outcome.info.published}) in ${shownPath(dir)}`,
  );
  outcome.changes.forEach((line) => print(`  ${line}`));
  return 0;
}

// Run as a command (not when a test imports `publish`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCommand('publish', () => {
    const { values, positionals } = readArgs(
      { note: { type: 'string' }, by: { type: 'string' }, at: { type: 'string' } },
      USAGE,
    );
    const [folder, ...extra] = positionals;
    if (!folder || extra.length > 0)
      throw new UsageError(`one story folder, please; usage: ${USAGE}`);
    return publish({ folder, note: values.note, by: values.by, at: values.at });
  });
}
