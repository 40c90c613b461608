/**
 * What changed between two versions of a story:
 * `npm run diff -- <story folder> <from> <to> [--units km|mi]`, where each of `from` and `to`
 * is a version number or `working` (the working copy, not yet published). Prints places
 * added, removed and moved (the distance measured on the ellipsoid), precision and status
 * changed, events and claims added, changed or withdrawn, and the change log's new entries.
 */
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatProblem } from '../src/lib/data/problems.ts';
import { readAndValidateStory, shownPath } from '../src/lib/data/read-story.ts';
import { readVersions } from '../src/lib/data/read-versions.ts';
import { diffStories, type StoryVersionData } from '../src/lib/versions/diff.ts';
import { formatDiff } from '../src/lib/versions/diff-lines.ts';
import { readArgs, runCommand, UsageError } from './cli.ts';

const USAGE = 'npm run diff -- <story folder> <from> <to> [--units km|mi]';

/** Prints the diff with `print`; returns the exit code. Unusable arguments throw. */
export function diff(
  folder: string,
  from: string,
  to: string,
  {
    units = 'km',
    print = console.log,
  }: { units?: 'km' | 'mi'; print?: (line: string) => void } = {},
): number {
  const shown = shownPath(folder);
  const { versions, damaged } = readVersions(folder);
  const pick = (which: string): StoryVersionData => {
    if (which === 'working') {
      const result = readAndValidateStory(folder);
      if (!result.ok) {
        throw new Error(
          `the working copy of ${shown} does not validate: ${result.problems.map(formatProblem).join('; ')}`,
        );
      }
      return result.story;
    }
    if (!/^[1-9]\d*$/.test(which)) {
      throw new UsageError(`"${which}" is not a version number or "working"; usage: ${USAGE}`);
    }
    const found = versions.find((version) => version.info.version === Number(which));
    if (found) return found;
    const broken = damaged.find((version) => version.folder === which);
    const known = versions.map((version) => version.info.version).join(', ') || 'none';
    throw new Error(
      broken
        ? `version ${which} of ${basename(shown)} is damaged: ${broken.problems.map(formatProblem).join('; ')}`
        : `${basename(shown)} has no version ${which} (its versions: ${known})`,
    );
  };
  const [before, after] = [pick(from), pick(to)];
  print(`${basename(shown)}: ${from} → ${to}`);
  formatDiff(diffStories(before, after), { units }).forEach((line) => print(line));
  return 0;
}

// Run as a command (not when a test imports `diff`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runCommand('diff', () => {
    const { values, positionals } = readArgs({ units: { type: 'string' } }, USAGE);
    const [folder, from, to, ...extra] = positionals;
    if (!folder || !from || !to || extra.length > 0) throw new UsageError(`usage: ${USAGE}`);
    if (values.units !== undefined && values.units !== 'km' && values.units !== 'mi') {
      throw new UsageError(`--units is km or mi; usage: ${USAGE}`);
    }
    return diff(folder, from, to, { units: values.units });
  });
}
