import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixtureFiles, storyFixture } from '../src/testing/story-fixture.ts';
import { UsageError } from './cli.ts';
import { main } from './review.ts';

const SEED = 'geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive';

/** Runs the command's `main` in this process, as `npm run review -- ...args` would. */
function run(...args: string[]): { status: number; output: string } {
  const printed: string[] = [];
  const status = main(args, (text) => printed.push(text));
  return { status, output: printed.join('\n') };
}

describe('npm run review', { timeout: 180_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'dateline-review-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('passes the seed story: no errors, and every flag explained by a note in the data', () => {
    const { status, output } = run(SEED);
    expect(status).toBe(0);
    expect(output).toMatch(
      /\*\*Errors \(the validator\): 0\. To look at: \d+ \(.*not explained: 0\)\.\*\*/,
    );
    // What the sheet is for: each line with who says so, each point with its source and the
    // gazetteer's match of its name, each ring membership with its margin.
    expect(output).toContain('- Who says so: Lebanon’s Health Ministry; Israel’s military');
    expect(output).toMatch(
      /\| Port of Hodeidah \| 42\.9301, 14\.8411 \| near \| .* \| Al Ḩudaydah \(GeoNames 79415\), 5\.5 km \|/,
    );
    expect(output).toMatch(
      /\| Yemen \| shape \| partly \(the north-west\) \| 1582\.2 \| 2760\.0 \| \+27\.1 \/ −1150\.7 \|/,
    );
    expect(output).toMatch(/\| Ras Kathib power station \| point \| beyond \| 1802\.8 \|/);
  });

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
