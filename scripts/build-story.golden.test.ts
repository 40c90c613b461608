/**
 * Golden files for the build: each test story in tests/stories/ goes in, and the compiled
 * story and the still picture the build makes of it must equal tests/golden/<story>/. The
 * stories are small fixtures, not the published stories, whose data is corrected over time.
 * `npm run test:golden` rewrites the expected files.
 */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { listStoryFolders, TEST_STORIES_DIR } from '../src/lib/data/read-story.ts';
import { golden, goldenJson } from '../src/testing/golden.ts';
import { buildStory } from './build-story.ts';

const ne = loadNaturalEarth();

describe.each(
  listStoryFolders(TEST_STORIES_DIR).map((folder) => ({ id: basename(folder), folder })),
)('$id', ({ id, folder }) => {
  const result = buildStory(folder, ne);
  if (!result.ok) throw new Error(`${id} does not validate`);
  const { story, picture } = result.built;

  it('compiles to tests/golden/<id>/story.json', () => {
    const actual = goldenJson(story);
    expect(actual).toBe(golden(`${id}/story.json`, actual));
  });

  it('draws tests/golden/<id>/picture.svg', () => {
    expect(picture).toBe(golden(`${id}/picture.svg`, picture));
  });
});
