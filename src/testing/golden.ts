/**
 * Golden files, in the manner of Turf's tests: inputs in one folder, the expected outputs in
 * another, and a switch to write the outputs afresh when a change to them is meant. Run
 * `npm run test:golden` (UPDATE_GOLDEN=1) to rewrite them, then read the diff before
 * committing it: the diff is the change a reader would see.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Where the expected outputs live, one folder per input. */
export const GOLDEN_DIR = 'tests/golden';

/** True when the expected outputs are being rewritten rather than checked. */
export const UPDATING_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/**
 * The expected text of `tests/golden/<file>`; when rewriting, `actual` is written there and
 * returned, so the test that compares them passes and the diff shows in git.
 */
export function golden(file: string, actual: string): string {
  const path = join(GOLDEN_DIR, file);
  if (UPDATING_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return actual;
  }
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: run \`npm run test:golden\` to write it`);
  }
  return readFileSync(path, 'utf8');
}

/**
 * JSON for a golden file: indented, but with each array of numbers (a coordinate, a box) on
 * one line, so a diff shows which position moved rather than pages of brackets.
 */
export function goldenJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2);
  return `${text.replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, numbers: string) => `[${numbers.split(/,\s+/).join(', ')}]`,
  )}\n`;
}
