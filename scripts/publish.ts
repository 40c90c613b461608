/**
 * Publishes a story folder's working copy as its next version:
 * `npm run publish -- <story folder> [--note TEXT] [--by NAME] [--at ISO-TIME]`.
 *
 * Writes `<folder>/versions/<N>/` (story.json, places.geojson, version.json) and never
 * overwrites one: versions are immutable. Refuses, one line per reason, when the working copy
 * does not validate against the latest version, is a draft, has not changed, or changes places,
 * events or claims without a change-log entry. `--at` records a time other than now (for a
 * version published elsewhere first). The editor's publish step calls the same `planVersion`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/lib/data/problems.ts';
import { readStoryFiles, shownPath } from '../src/lib/data/read-story.ts';
import { readVersions } from '../src/lib/data/read-versions.ts';
import { VERSIONS_DIR } from '../src/lib/data/schema.ts';
import { formatDiff } from '../src/lib/versions/diff-lines.ts';
import { planVersion } from '../src/lib/versions/publish.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';

const USAGE = 'npm run publish -- <story folder> [--note TEXT] [--by NAME] [--at ISO-TIME]';

export interface PublishArgs {
  folder: string;
  note?: string;
  by?: string;
  /** When it is published; default now. */
  at?: string;
}

/** Publishes the next version, printing what it did with `print`; returns the exit code. */
export function publish(
  { folder, note, by, at = new Date().toISOString() }: PublishArgs,
  print: (line: string) => void = console.log,
): number {
  const shown = shownPath(folder);
  const read = readStoryFiles(folder, shown);
  if (!read.ok) {
    read.problems.forEach((problem) => print(formatProblem(problem)));
    return 1;
  }
  const { versions, damaged, highest } = readVersions(folder);
  for (const { folder: name, problems } of damaged) {
    print(`warning: version ${name} is damaged and left out:`);
    problems.forEach((problem) => print(`  ${formatProblem(problem)}`));
  }
  const number = highest + 1;
  const plan = planVersion({
    storyId: basename(shown),
    files: read.files,
    latest: versions.at(-1),
    number,
    published: at,
    by,
    note,
  });
  if (!plan.ok) {
    print(`${shown}: not published:`);
    plan.reasons.forEach((reason) => print(`  ${reason}`));
    return 1;
  }
  const dir = join(folder, VERSIONS_DIR, String(number));
  mkdirSync(join(folder, VERSIONS_DIR), { recursive: true });
  // Not recursive: a version folder that exists already is never written into.
  mkdirSync(dir);
  for (const [name, text] of Object.entries(plan.files)) {
    writeFileSync(join(dir, name), text, { flag: 'wx' });
  }
  print(
    `published ${basename(shown)} version ${number} (${plan.info.published}) in ${shownPath(dir)}`,
  );
  if (plan.diff) formatDiff(plan.diff).forEach((line) => print(`  ${line}`));
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
