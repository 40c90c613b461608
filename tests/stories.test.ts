/**
 * Checks across every story the build made (`npm run build:test` writes `public/data/`, with
 * the test stories): each compiled story's outline and details pass the schemas the browser
 * reads them with, and join whole (every place and event has its details); each frames
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
import { joinStory } from '../src/lib/story/details.ts';
import { CompiledStory, StoryDetails, StoryIndex, StoryOutline } from '../src/lib/story/types.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { loadCities } from '../src/lib/basemap/cities.ts';
import { loadNaturalEarth } from '../src/lib/basemap/natural-earth.ts';
import { nearestPointOnShape } from '../src/lib/geo/nearest.ts';
import type { LngLat } from '../src/lib/geo/types.ts';
import { shapeResolver } from '../src/lib/story/shapes.ts';

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

/** A built story, its outline joined with its details as the reader joins them: whole. */
function readBuiltStory(id: string): CompiledStory {
  const whole = joinStory(
    readBuilt(StoryOutline, `${id}/story.json`),
    readBuilt(StoryDetails, `${id}/details.json`),
  );
  return v.parse(CompiledStory, whole);
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
  const story = readBuiltStory(id);

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

  it('judges every place against each ring, and the drawn ring agrees where it is clear', () => {
    const byId = new Map(story.places.features.map((place) => [place.id, place]));
    for (const ring of story.rings) {
      expect(ring.members.map((member) => member.place).sort(), ring.id).toEqual(
        [...byId.keys()].sort(),
      );
      for (const member of ring.members) {
        if (member.judgedBy !== 'point' || member.standing === 'edge') continue;
        const drawnInside = areaContains(ring.area, byId.get(member.place)!.geometry.coordinates);
        expect(drawnInside, `${ring.id}: ${member.place}`).toBe(member.standing === 'within');
      }
    }
  });
});

describe('the seed story’s ring of 1,000 miles round Israel', () => {
  const story = readBuiltStory(SEED);
  const ring = story.rings.find((candidate) => candidate.id === 'israel-1000-mi')!;
  const tehran = loadCities().find((city) => city.name === 'Tehran' && city.country === 'IR')!;
  const israel = shapeResolver(loadNaturalEarth())({ from: 'country', country: 'IL' }) as
    Polygon | MultiPolygon;
  const member = (place: string) => ring.members.find((candidate) => candidate.place === place);

  it('puts Tehran within 1,000 miles of Israel, as the analysts’ warning implies', () => {
    expect(areaContains(ring.area, tehran.loc.coordinates)).toBe(true);
  });

  it('puts the Yemen strike beyond 1,000 miles, as the article says', () => {
    expect(member('hodeidah-port')).toMatchObject({ standing: 'beyond' });
    const fromIsrael = story.distances.find((distance) => distance.id === 'israel-to-hodeidah')!;
    expect(fromIsrael.measured.mi).toBeGreaterThan(1000);
  });

  it('is drawn within 0.1 % of its radius everywhere along its edge', () => {
    const rings =
      ring.area.type === 'Polygon' ? ring.area.coordinates : ring.area.coordinates.flat();
    let worst = 0;
    for (const line of rings) {
      for (let i = 0; i + 1 < line.length; i++) {
        const [a, b] = [line[i] as LngLat, line[i + 1] as LngLat];
        for (const t of [0, 0.25, 0.5, 0.75]) {
          const p: LngLat = [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
          const error = Math.abs(nearestPointOnShape(israel, p).km / ring.radiusKm - 1);
          worst = Math.max(worst, error);
        }
      }
    }
    expect(worst).toBeLessThan(0.001);
  }, 60_000);

  it('judges Iran and Yemen by their territory: part of each is within 1,000 miles', () => {
    expect(member('iran')).toMatchObject({ judgedBy: 'shape', standing: 'partly' });
    expect(member('yemen')).toMatchObject({
      judgedBy: 'shape',
      standing: 'partly',
      partWithin: 'north-west',
    });
  });

  it('never judges a place by a point that only anchors its label', () => {
    for (const place of story.places.features) {
      const judged = member(place.id)!;
      if (!place.properties.shape && ['area', 'region'].includes(place.properties.precision)) {
        expect(judged.judgedBy, place.id).toBe('label');
      }
    }
  });
});

describe('the seed story’s places and dates, against the fact-check', () => {
  const story = readBuiltStory(SEED);
  const places = story.places.features;
  const eventAt = (id: string) =>
    places.flatMap((place) =>
      place.properties.events.filter((event) => event.id === id).map((event) => ({ place, event })),
    )[0]!;

  it('puts the Oct. 7 assault in southern Israel, drawn as an area, not on the Gaza label', () => {
    const { place } = eventAt('oct-7-assault');
    expect(place.id).not.toBe('gaza');
    expect(place.properties.country).toBe('IL');
    expect(place.properties.shape).toMatchObject({ from: 'border-band', side: 'IL' });
  });

  it('dates Israel’s campaign in Gaza from October 2023 to publication', () => {
    const { event } = eventAt('gaza-military-campaign');
    expect(event.date.slice(0, 7)).toBe('2023-10');
    expect(event.dateEnd).toBe('2024-09-30');
  });

  it('maps each Yemen site the reports name, none of them a facility posing on a city point', () => {
    const hodeidah: [number, number] = [42.95452, 14.79781];
    for (const id of [
      'hodeidah-port',
      'ras-isa-port',
      'ras-kathib-power-station',
      'al-hali-power-station',
    ]) {
      const place = places.find((candidate) => candidate.id === id)!;
      expect(place, id).toBeDefined();
      const onTheCity =
        place.geometry.coordinates[0] === hodeidah[0] &&
        place.geometry.coordinates[1] === hodeidah[1];
      if (onTheCity) expect(place.properties.precision, id).toBe('area');
    }
  });
});

it('the demonstration article links only places of the seed story', () => {
  const story = readBuiltStory(SEED);
  const ids = new Set(story.places.features.map((place) => place.id));
  const html = readFileSync('public/examples/npr-2024-09-30-israel-lebanon.html', 'utf8');
  const linked = [...html.matchAll(/data-dateline-place="([^"]+)"/g)].map((m) => m[1]!);
  expect(linked.length).toBeGreaterThan(0);
  expect(linked.filter((id) => !ids.has(id))).toEqual([]);
});
