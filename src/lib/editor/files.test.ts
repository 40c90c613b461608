import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { draftFixture } from '../../testing/editor-fixture.ts';
import { fixtureFiles } from '../../testing/story-fixture.ts';
import { loadNaturalEarth } from '../basemap/natural-earth.ts';
import { compileStory } from '../story/compile.ts';
import { shapeResolver } from '../story/shapes.ts';
import { validateStory } from '../data/validate.ts';
import { storyFiles } from './document.ts';
import { filesFromCompiled, readImport, readStoryFiles, unzipStory, zipStory } from './files.ts';

const good = () => storyFiles(draftFixture());

describe('readStoryFiles', () => {
  it.each<{
    name: string;
    change: (files: ReturnType<typeof good>) => void;
    message: RegExp | null;
  }>([
    { name: 'a draft as the editor writes it', change: () => {}, message: null },
    {
      name: 'a value that breaks a rule (opens, to be fixed at its field)',
      change: (files) =>
        (files['story.json'] = files['story.json'].replace('"A test story"', '""')),
      message: null,
    },
    {
      name: 'not JSON',
      change: (files) => (files['places.geojson'] = '{ "type": '),
      message: /^places\.geojson is not JSON: .* at line 1, column 11$/,
    },
    {
      name: 'JSON but not an object',
      change: (files) => (files['story.json'] = '[1, 2]'),
      message: /^story\.json is not a JSON object/,
    },
    {
      name: 'another kind of GeoJSON',
      change: (files) =>
        (files['places.geojson'] = '{"type": "Feature", "geometry": null, "properties": {}}'),
      message: /is not a GeoJSON FeatureCollection/,
    },
    {
      name: 'a foreign FeatureCollection',
      change: (files) =>
        (files['places.geojson'] = JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              id: 'a',
              geometry: { type: 'Point', coordinates: [0, 0] },
              properties: { title: 'x' },
            },
          ],
        })),
      message: /^places\.geojson: feature "a": properties\.name: is required \(and \d+ more\)$/,
    },
    {
      name: 'an unknown field',
      change: (files) =>
        (files['story.json'] = files['story.json'].replace('"headline"', '"headlin"')),
      message: /^story\.json: (headline: is required|headlin: is an unknown field)/,
    },
  ])('$name', ({ change, message }) => {
    const files = good();
    change(files);
    const result = readStoryFiles(files);
    if (message === null) expect(result.ok).toBe(true);
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    }
  });

  it('reads the files as they are written: no default is filled in', () => {
    const files = good();
    const result = readStoryFiles(files);
    expect(result.ok && storyFiles(result)).toEqual(files);
  });
});

describe('zipStory and unzipStory', () => {
  it('give back the same files and the folder name as the id', () => {
    const files = good();
    const result = unzipStory(zipStory('test-story', files));
    expect(result).toEqual({ ok: true, storyId: 'test-story', files });
  });

  it('make the same zip for the same story', () => {
    expect(zipStory('a', good())).toEqual(zipStory('a', good()));
  });

  it.each<{ name: string; bytes: Uint8Array; message: RegExp | null; storyId?: string | null }>([
    {
      name: 'a file that is not a zip',
      bytes: strToU8('PNG and more'),
      message: /is not a zip file/,
    },
    {
      name: 'a zip with no story',
      bytes: zipSync({ 'notes.txt': strToU8('x') }),
      message: /holds no story\.json/,
    },
    {
      name: 'a zip with only story.json',
      bytes: zipSync({ 'a/story.json': strToU8('{}') }),
      message: /no places\.geojson beside it/,
    },
    {
      name: 'the files at the top of the zip',
      bytes: zipSync({ 'story.json': strToU8('{}'), 'places.geojson': strToU8('{}') }),
      message: null,
      storyId: null,
    },
    {
      name: 'a folder whose name is not a slug',
      bytes: zipSync({
        'My Story/story.json': strToU8('{}'),
        'My Story/places.geojson': strToU8('{}'),
      }),
      message: null,
      storyId: null,
    },
  ])('$name', ({ bytes, message, storyId }) => {
    const result = unzipStory(bytes, 'upload.zip');
    if (message) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(message);
    } else {
      expect(result.ok && result.storyId).toBe(storyId);
    }
  });
});

describe('filesFromCompiled', () => {
  it('makes story files that validate from a compiled story, without the measured values', () => {
    const valid = validateStory({ storyId: 'test-story', files: fixtureFiles() });
    if (!valid.ok) throw new Error('the story fixture is valid');
    const story = compileStory({ ...valid.story, resolveShape: shapeResolver(loadNaturalEarth()) });
    const files = filesFromCompiled(story);
    expect(files['story.json']).not.toContain('"measured"');
    expect(files['story.json']).not.toContain('"members"');
    expect(readStoryFiles(files).ok).toBe(true);
    expect(validateStory({ storyId: story.id, files }).ok).toBe(true);
  });
});

describe('readImport', () => {
  const zipped = (folder: string) =>
    new File([zipStory(folder, good()) as Uint8Array<ArrayBuffer>], `${folder}.zip`);
  const story = () => new File([good()['story.json']], 'story.json');
  const places = () => new File([good()['places.geojson']], 'places.geojson');

  it.each<{ name: string; files: () => File[]; storyId: string | null }>([
    { name: 'a folder zipped', files: () => [zipped('my-story')], storyId: 'my-story' },
    {
      name: 'a zipped folder not named by a slug',
      files: () => [zipped('My Story')],
      storyId: null,
    },
    { name: 'its two files together', files: () => [places(), story()], storyId: null },
  ])('reads $name', async ({ files, storyId }) => {
    const read = await readImport(files());
    expect(read.ok && { storyId: read.storyId, headline: read.meta.headline }).toEqual({
      storyId,
      headline: draftFixture().meta.headline,
    });
  });

  it.each<{ name: string; files: () => File[]; message: RegExp }>([
    {
      name: 'one of the two files alone',
      files: () => [story()],
      message: /^choose a story’s \.zip, or its story\.json and places\.geojson together$/,
    },
    {
      name: 'a file that is not a zip',
      files: () => [new File(['hello'], 'notes.txt')],
      message: /^notes\.txt is not a zip file/,
    },
    {
      name: 'files that are not a story',
      files: () => [new File(['{'], 'story.json'), places()],
      message: /^story\.json is not JSON/,
    },
  ])('refuses $name', async ({ files, message }) => {
    const read = await readImport(files());
    expect(read.ok ? null : read.message).toMatch(message);
  });
});
