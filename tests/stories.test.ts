/**
 * Checks across every story the build made (`npm run build:test` writes `public/data/`, with
 * the test stories): each compiled story passes the schema the browser reads it with, frames
 * its first view, and what was measured agrees with what the article states. They read the
 * build's output rather than compiling again: compiling measures rings on the ellipsoid, which
 * takes seconds a story, and the build has just done it.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { listStoryFolders, STORIES_DIR, TEST_STORIES_DIR } from '../src/lib/data/read-story.ts';
import { areaContains } from '../src/lib/geo/antimeridian.ts';
import { inBounds } from '../src/lib/geo/bounds.ts';
import { fitBoundsCamera, PICTURE_SIZE } from '../src/lib/map/fit-bounds.ts';
import { honoursStatedLength } from '../src/lib/story/stated.ts';
import { CompiledStory, StoryIndex } from '../src/lib/story/types.ts';
import { loadCities } from '../src/lib/basemap/cities.ts';

const DATA = 'public/data';

function readBuilt<T>(schema: v.GenericSchema<unknown, T>, path: string): T {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(`${DATA}/${path}`, 'utf8'));
  } catch (cause) {
    throw new Error(`${DATA}/${path} is missing or broken: run npm run build:test first`, {
      cause,
    });
  }
  return v.parse(schema, json);
}

const index = readBuilt(StoryIndex, 'index.json');
const folders = [STORIES_DIR, TEST_STORIES_DIR].flatMap((dir) => listStoryFolders(dir));
const SEED = 'npr-2024-09-30-israel-lebanon-ground-offensive';

it('built every story folder, the published and the test stories', () => {
  const built = index.stories.map((entry) => entry.id).sort();
  expect(built).toEqual(folders.map((folder) => folder.split('/').at(-1)).sort());
  expect(built).toContain(SEED);
});

describe.each(index.stories.map(({ id }) => ({ id })))('story $id', ({ id }) => {
  const story = readBuilt(CompiledStory, `${id}/story.json`);

  it('agrees with every distance the article states', () => {
    for (const distance of story.distances) {
      if (distance.stated) {
        expect(honoursStatedLength(distance.measured.km, distance.stated), distance.id).toBe(true);
      }
    }
  });

  it('frames the places of its first view, which a map can show', () => {
    const firstView = story.places.features.filter((place) => (place.properties.rank ?? 2) <= 2);
    for (const place of firstView) {
      expect(inBounds(place.geometry.coordinates, story.bounds), place.id).toBe(true);
    }
    const { zoom } = fitBoundsCamera({ bounds: story.bounds, ...PICTURE_SIZE });
    expect(zoom).toBeGreaterThan(0);
    expect(zoom).toBeLessThan(12);
  });

  it('lists in each ring exactly the places inside its area', () => {
    for (const ring of story.rings) {
      const inside = story.places.features
        .filter((place) => areaContains(ring.area, place.geometry.coordinates))
        .map((place) => place.id);
      expect(ring.inside.sort(), ring.id).toEqual(inside.sort());
    }
  });
});

describe('the seed story', () => {
  const story = readBuilt(CompiledStory, `${SEED}/story.json`);
  const ring = story.rings.find((candidate) => candidate.id === 'israel-1000-mi')!;
  const tehran = loadCities().find((city) => city.name === 'Tehran' && city.country === 'IR')!;

  it('puts Tehran within 1,000 miles of Israel, as the analysts’ warning implies', () => {
    expect(areaContains(ring.area, tehran.loc.coordinates)).toBe(true);
  });

  it('puts the Yemen strike beyond 1,000 miles, as the article says', () => {
    expect(ring.inside).not.toContain('hodeidah-port');
    const fromIsrael = story.distances.find((distance) => distance.id === 'israel-to-hodeidah')!;
    expect(fromIsrael.measured.mi).toBeGreaterThan(1000);
  });
});
