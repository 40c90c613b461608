import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readVersions } from '../src/lib/data/read-versions.ts';
import { fixtureFiles, storyFixture, type StoryFixture } from '../src/testing/story-fixture.ts';
import { diff } from './diff.ts';
import { publish } from './publish.ts';

let tmp = '';
let folder = '';

function write(story: StoryFixture): void {
  for (const [name, text] of Object.entries(fixtureFiles(story))) {
    writeFileSync(join(folder, name), text);
  }
}

function run(at: string, extra: { note?: string; by?: string } = {}) {
  const lines: string[] = [];
  const status = publish({ folder, at, ...extra }, (line) => lines.push(line));
  return { status, output: lines.join('\n') };
}

/** The fixture with Beirut's point corrected by 3 km, and the correction logged. */
function corrected(): StoryFixture {
  const story = storyFixture();
  story.places.features[0]!.geometry.coordinates = [35.5018, 33.8668];
  story.meta.changes = [
    {
      type: 'correction',
      date: '2024-10-01T14:05:00Z',
      text: 'An earlier version put the strike 3 km north of where it was.',
      places: ['beirut'],
    },
  ];
  return story;
}

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dateline-publish-'));
  folder = join(tmp, 'test-story');
  mkdirSync(folder);
  write(storyFixture());
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run publish', { timeout: 60_000 }, () => {
  it('makes version 1 from the working copy, then version 2 from a logged correction', () => {
    const first = run('2024-10-01T12:00:00Z', { by: 'A. Editor', note: 'First publication' });
    expect(first.status).toBe(0);
    expect(first.output).toMatch(/published test-story version 1 \(2024-10-01T12:00:00Z\)/);
    expect(readdirSync(join(folder, 'versions', '1')).sort()).toEqual([
      'places.geojson',
      'story.json',
      'version.json',
    ]);
    expect(JSON.parse(readFileSync(join(folder, 'versions/1/version.json'), 'utf8'))).toEqual({
      version: 1,
      published: '2024-10-01T12:00:00Z',
      by: 'A. Editor',
      note: 'First publication',
    });

    write(corrected());
    const second = run('2024-10-01T14:10:00Z');
    expect(second.status).toBe(0);
    expect(second.output).toContain('Places moved (on the ellipsoid):\n    Beirut (beirut): 3 km');
    expect(readVersions(folder).versions.map((v) => v.info.version)).toEqual([1, 2]);
  });

  it('refuses when nothing changed', () => {
    run('2024-10-01T12:00:00Z');
    const again = run('2024-10-01T13:00:00Z');
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/nothing to publish: the working copy is version 1/);
  });

  it('refuses a changed place without a change-log entry', () => {
    run('2024-10-01T12:00:00Z');
    const story = corrected();
    story.meta.changes = [];
    write(story);
    const refused = run('2024-10-01T14:10:00Z');
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /version 2 changes places, events or claims, but the change log says nothing/,
    );
    expect(readdirSync(join(folder, 'versions'))).toEqual(['1']);
  });

  it('refuses an id reused for another place, naming it', () => {
    run('2024-10-01T12:00:00Z');
    const story = corrected();
    story.places.features[0]!.geometry.coordinates = [35.3711, 33.5606];
    write(story);
    const refused = run('2024-10-01T14:10:00Z');
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(
      /feature "beirut": id: names a different place than in version 1/,
    );
  });

  it('refuses a blank --by', () => {
    const refused = run('2024-10-01T12:00:00Z', { by: ' ' });
    expect(refused.status).toBe(1);
    expect(refused.output).toMatch(/version.json: by: must not be empty/);
  });

  it('leaves a damaged older version out, and goes on numbering after it', () => {
    run('2024-10-01T12:00:00Z');
    write(corrected());
    run('2024-10-01T14:10:00Z');
    writeFileSync(join(folder, 'versions/1/places.geojson'), '{ "type": ');
    const read = readVersions(folder);
    expect(read.versions.map((v) => v.info.version)).toEqual([2]);
    expect(read.damaged.map((v) => v.folder)).toEqual(['1']);
    expect(read.highest).toBe(2);

    const story = corrected();
    story.places.features[1]!.properties.status = 'confirmed';
    story.meta.changes!.push({
      type: 'update',
      date: '2024-10-02T09:00:00Z',
      text: 'Tel Aviv confirmed.',
      places: ['tel-aviv'],
    });
    write(story);
    const third = run('2024-10-02T09:05:00Z');
    expect(third.output).toMatch(/warning: version 1 is damaged and left out/);
    expect(third.status).toBe(0);
    expect(third.output).toMatch(/version 3/);
  });
});

describe('npm run diff', { timeout: 60_000 }, () => {
  it('prints what changed between two versions, and between one and the working copy', () => {
    run('2024-10-01T12:00:00Z');
    write(corrected());
    const lines: string[] = [];
    expect(diff(folder, '1', 'working', { units: 'mi', print: (l) => lines.push(l) })).toBe(0);
    expect(lines).toEqual([
      'test-story: 1 → working',
      'Places moved (on the ellipsoid):',
      '  Beirut (beirut): 1.9 mi',
      'Change log, new entries:',
      '  correction, 2024-10-01T14:05:00Z: An earlier version put the strike 3 km north of where it was.',
    ]);
  });

  it('names the versions there are when asked for one there is not', () => {
    run('2024-10-01T12:00:00Z');
    expect(() => diff(folder, '1', '7', { print: () => {} })).toThrow(
      'test-story has no version 7 (its versions: 1)',
    );
  });
});
