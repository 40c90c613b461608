/**
 * Checks across every story folder, with the real Natural Earth shapes: each validates and
 * compiles, and what we measure agrees with what the article states.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import { loadCities } from '../src/lib/basemap/cities.ts';
import { loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { formatProblem } from '../src/lib/data/problems.ts';
import { listStoryFolders, readAndValidateStory } from '../src/lib/data/read-story.ts';
import { toKm } from '../src/lib/geo/units.ts';
import { compileStory } from '../src/lib/story/compile.ts';
import { shapeResolver } from '../src/lib/story/shapes.ts';
import type { StatedLength } from '../src/lib/data/schema.ts';

const resolveShape = shapeResolver(loadNaturalEarth());

function compileFolder(folder: string) {
  const result = readAndValidateStory(folder);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return compileStory({ ...result.story, resolveShape });
}

/** Whether a measured length honours the article's words for it. */
function agrees(measuredKm: number, stated: StatedLength): boolean {
  const statedKm = toKm(stated);
  switch (stated.qualifier) {
    case 'more-than':
    case 'at-least':
      return measuredKm >= statedKm;
    case 'less-than':
      return measuredKm <= statedKm;
    case 'about':
      return Math.abs(measuredKm / statedKm - 1) <= 0.25;
    case 'exactly':
      return Math.abs(measuredKm / statedKm - 1) <= 0.05;
  }
}

describe.each(listStoryFolders().map((folder) => ({ folder })))('story $folder', ({ folder }) => {
  const story = compileFolder(folder);

  it('agrees with every distance the article states', () => {
    for (const distance of story.distances) {
      if (distance.stated)
        expect(agrees(distance.measured.km, distance.stated), distance.id).toBe(true);
    }
  });

  it('frames its places within the map', () => {
    const [west, south, east, north] = story.bounds;
    expect(west).toBeLessThan(east);
    expect(south).toBeLessThan(north);
  });
});

describe('the seed story', () => {
  const story = compileFolder('geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive');
  const ring = story.rings.find((candidate) => candidate.id === 'israel-1000-mi')!;
  const tehran = loadCities().find((city) => city.name === 'Tehran' && city.country === 'IR')!;

  it('puts Tehran within 1,000 miles of Israel, as the analysts’ warning implies', () => {
    expect(booleanPointInPolygon(point(tehran.loc.coordinates), ring.area)).toBe(true);
  });

  it('puts the Yemen strike beyond 1,000 miles, as the article says', () => {
    expect(ring.inside).not.toContain('hodeidah-port');
    const fromIsrael = story.distances.find((distance) => distance.id === 'israel-to-hodeidah')!;
    expect(fromIsrael.measured.mi).toBeGreaterThan(1000);
  });
});
