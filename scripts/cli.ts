/**
 * What the command-line tools share: options read from argv, and every failure as one line
 * naming what is wrong, with no stack trace, and a non-zero exit.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A failure the user can fix: printed as one line, exit code 2. */
export class UsageError extends Error {}

/** Runs a command: one line and exit 1 (2 for usage) on any error. */
export function runCommand(name: string, main: () => number | void): void {
  try {
    process.exitCode = main() ?? 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`${name}: ${message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  }
}

/** `parseArgs`, with its errors as {@link UsageError}s that end in the usage line. */
export function readArgs<T extends ParseArgsConfig['options']>(
  options: T,
  usage: string,
): ReturnType<typeof parseArgs<{ options: T; allowPositionals: true }>> {
  try {
    return parseArgs({ args: process.argv.slice(2), options, allowPositionals: true });
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}; usage: ${usage}`,
    );
  }
}
