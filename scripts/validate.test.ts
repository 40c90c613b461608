import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFiles, storyFixture } from '../src/testing/story-fixture.ts';
import { main } from './validate.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Runs the command's `main` in this process, as `npm run validate -- ...args` would. */
function run(...args: string[]): { status: number | null; output: string } {
  const lines: string[] = [];
  const status = main(args, (line) => lines.push(line));
  return { status, output: lines.map((line) => `${line}\n`).join('') };
}

/** Writes a story folder `<tmp>/<id>` with the given files. */
function writeStory(tmp: string, id: string, files: Record<string, string>): string {
  const dir = join(tmp, id);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('npm run validate', { timeout: 60_000 }, () => {
  let tmp = '';
  let good = '';
  let bad = '';
  let broken = '';
  let incomplete = '';

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'dateline-validate-'));
    good = writeStory(tmp, 'good-story', fixtureFiles());
    const story = storyFixture();
    const event = story.places.features[0]?.properties.events[0];
    if (event) event.date = '2024-02-30';
    bad = writeStory(tmp, 'bad-story', fixtureFiles(story));
    broken = writeStory(tmp, 'broken-story', {
      ...fixtureFiles(),
      'story.json': '{\n  "headline": }',
    });
    incomplete = writeStory(tmp, 'incomplete-story', {
      'story.json': fixtureFiles()['story.json'],
    });
  });

  afterAll(() => {
    rmSync(tmp, { recursive: true, force: true });
  });

  it('exits 0 and counts places and events for a valid folder', () => {
    expect(run(good)).toEqual({ status: 0, output: '✓ good-story: 3 places, 1 event\n' });
  });

  it('exits 1 with one line naming file, feature and field for a bad folder', () => {
    const { status, output } = run(bad);
    expect(status).toBe(1);
    expect(output).toBe(
      `${bad}/places.geojson: feature "beirut": properties.events[0].date: is not a date that exists\n`,
    );
  });

  it('validates the folder a file argument sits in', () => {
    const { status, output } = run(join(bad, 'story.json'));
    expect(status).toBe(1);
    expect(output).toContain('properties.events[0].date: is not a date that exists');
  });

  it('reports invalid JSON in one line, with no stack trace', () => {
    const { status, output } = run(broken);
    expect(status).toBe(1);
    expect(output).toBe(
      `${broken}/story.json: is not valid JSON: expected a value, found "}" at line 2, column 15\n`,
    );
  });

  it('reports a missing file', () => {
    const { status, output } = run(incomplete);
    expect(status).toBe(1);
    expect(output).toMatch(/incomplete-story\/places\.geojson: is missing/);
  });

  it('reports a path that does not exist, and still validates the rest', () => {
    const { status, output } = run(join(tmp, 'nowhere'), good);
    expect(status).toBe(1);
    expect(output).toBe(
      `${join(tmp, 'nowhere')}: no such file or folder\n✓ good-story: 3 places, 1 event\n`,
    );
  });

  it('validates every story under geodata/stories when given no argument', () => {
    const { status, output } = run();
    expect(output).toMatch(/^✓ /);
    expect(status).toBe(0);
  });

  // Once as the command itself, to hold the wiring: exit code and output, no stack trace.
  it('runs as npm run validate, printing one line per problem and exiting 1', () => {
    const result = spawnSync('npx', ['tsx', 'scripts/validate.ts', bad], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(`${result.stdout}${result.stderr}`).toBe(
      `${bad}/places.geojson: feature "beirut": properties.events[0].date: is not a date that exists\n`,
    );
  });
});
