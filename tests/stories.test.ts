/**
 * Checks across every story folder, with the real Natural Earth shapes: each validates and
 * compiles, and what we measure agrees with what the article states.
 */
import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { point } from '@turf/helpers';
import type { MultiPolygon, Polygon } from 'geojson';
import { nearestPointOnShape } from '../src/lib/geo/nearest.ts';
import type { LngLat } from '../src/lib/geo/types.ts';
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

  const standing = (place: string) => {
    const member = ring.members.find((candidate) => candidate.place === place);
    return member && member.judgedBy !== 'label' ? member.standing : member?.judgedBy;
  };

  it('puts the Yemen strike beyond 1,000 miles, as the article says', () => {
    expect(standing('hodeidah-port')).toBe('beyond');
    const fromIsrael = story.distances.find((distance) => distance.id === 'israel-to-hodeidah')!;
    expect(fromIsrael.measured.mi).toBeGreaterThan(1000);
  });
});

describe('the seed story’s ring of 1,000 miles round Israel', () => {
  const story = compileFolder('geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive');
  const ring = story.rings.find((candidate) => candidate.id === 'israel-1000-mi')!;
  const israel = resolveShape({ from: 'country', country: 'IL' }) as Polygon | MultiPolygon;
  const member = (place: string) => ring.members.find((candidate) => candidate.place === place);

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
  const story = compileFolder('geodata/stories/npr-2024-09-30-israel-lebanon-ground-offensive');
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
