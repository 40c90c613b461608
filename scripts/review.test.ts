import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFiles, storyFixture } from '../src/testing/story-fixture.ts';
import { UsageError } from './cli.ts';
import { main } from './review.ts';

/** Runs the command's `main` in this process, as `npm run review -- ...args` would. */
function run(...args: string[]): { status: number; output: string } {
  const printed: string[] = [];
  const status = main(args, (text) => printed.push(text));
  return { status, output: printed.join('\n') };
}

describe('npm run review', { timeout: 60_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-review-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('exits 1 and lists the validator’s problems for a story that fails it', () => {
    const story = storyFixture();
    story.meta.summary = 'Strikes killed more than 1,000 people.';
    const dir = join(tmp, 'bad-story');
    mkdirSync(dir);
    for (const [name, text] of Object.entries(fixtureFiles(story)))
      writeFileSync(join(dir, name), text);
    const { status, output } = run(dir);
    expect(status).toBe(1);
    expect(output).toMatch(
      /## Errors\n\n- .*bad-story\/story\.json: summary: states a count \("1,000 people"\)/,
    );
  });

  it('refuses anything but one story folder', () => {
    expect(() => run()).toThrow(UsageError);
    expect(() => run(join(tmp, 'no-such-folder'))).toThrow(UsageError);
  });
});
