/**
 * Validates story folders: `npm run validate -- [story folder or file ...]`.
 *
 * With no argument it validates every folder under geodata/stories; a file argument
 * validates the folder it sits in. Prints one line per problem (file: feature: field:
 * message) or `✓ <id>: N places, M events` per valid story; exits 1 if any problem was
 * found, 0 otherwise. It never prints a stack trace: whatever goes wrong is one line.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { listStoryFolders, readAndValidateStory } from '../src/lib/data/read-story.ts';
import { formatProblem } from '../src/lib/data/problems.ts';

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The folders the arguments name, in order, without repeats; unknown paths are reported. */
function foldersFrom(args: string[]): { folders: string[]; missing: string[] } {
  if (args.length === 0) {
    const root = fileURLToPath(new URL('../geodata/stories', import.meta.url));
    return { folders: listStoryFolders(relative(process.cwd(), root) || '.'), missing: [] };
  }
  const folders: string[] = [];
  const missing: string[] = [];
  for (const arg of args) {
    if (!existsSync(arg)) {
      missing.push(arg);
      continue;
    }
    const folder = statSync(arg).isDirectory() ? arg : dirname(arg);
    if (!folders.some((known) => resolve(known) === resolve(folder))) folders.push(folder);
  }
  return { folders, missing };
}

/** Validates what `args` name, printing each line with `print`; returns the exit code. */
export function main(args: string[], print: (line: string) => void = console.log): number {
  const { folders, missing } = foldersFrom(args);
  let failed = missing.length > 0;
  for (const path of missing) print(`${path}: no such file or folder`);
  if (folders.length === 0 && !failed) print('no story folders to validate');
  for (const folder of folders) {
    try {
      const result = readAndValidateStory(folder);
      if (result.ok) {
        const { id, places } = result.story;
        const events = places.features.reduce((sum, f) => sum + f.properties.events.length, 0);
        print(`✓ ${id}: ${plural(places.features.length, 'place')}, ${plural(events, 'event')}`);
      } else {
        failed = true;
        for (const problem of result.problems) print(formatProblem(problem));
      }
    } catch (error) {
      failed = true;
      print(`${folder}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return failed ? 1 : 0;
}

// Run as a command (not when a test imports `main`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    console.log(`validate: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
