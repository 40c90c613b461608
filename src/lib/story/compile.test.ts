import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { LEBANON_BOX } from '../../testing/geometry.ts';
import { validateStory } from '../data/validate.ts';
import { geodesicDistanceKm } from '../geo/distance.ts';
import { FIXTURE_ID, fixtureFiles, storyFixture } from '../../testing/story-fixture.ts';
import { compileStory } from './compile.ts';

function compiled() {
  const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles() });
  if (!result.ok) throw new Error('the fixture should be valid');
  return compileStory({ ...result.story, resolveShape: () => LEBANON_BOX });
}

describe('compileStory', () => {
  it('measures from the nearest edge of a shape, on the ellipsoid', () => {
    const [distance] = compiled().distances;
    const [from, to] = distance!.ends;
    expect(to).toEqual([34.7806, 32.0809]);
    // Tel Aviv lies south-west of the box: the nearest point is on its southern edge.
    expect(from[1]).toBeCloseTo(33.1, 3);
    expect(from[0]).toBeGreaterThanOrEqual(35.1);
    // Stored to the metre (its ends to six decimals): the length between them, so rounded.
    expect(distance!.measured.km).toBeCloseTo(geodesicDistanceKm(from, to), 2);
    expect(distance!.measured.km).toBe(Math.round(distance!.measured.km * 1000) / 1000);
    expect(distance!.measured.mi).toBeCloseTo(distance!.measured.km / 1.609344, 3);
    expect(distance!.line.type).toBe('LineString');
  });

  it('judges each place by its own geometry: a point as a point, a country by its shape', () => {
    const [ring] = compiled().rings;
    expect(ring!.radiusKm).toBe(100);
    expect(ring!.toleranceKm).toBeCloseTo(0.1, 9);
    const standings = Object.fromEntries(
      ring!.members.map((member) => [
        member.place,
        member.judgedBy === 'label' ? 'label' : `${member.judgedBy} ${member.standing}`,
      ]),
    );
    // Beirut is the centre; Tel Aviv is about 210 km off; the box round Lebanon holds
    // Beirut and reaches farther than 100 km from it, so only part of it is within.
    expect(standings).toEqual({
      beirut: 'point within',
      'tel-aviv': 'point beyond',
      lebanon: 'shape partly',
    });
  });

  it('draws a shape without the vertices that add nothing to it', () => {
    const fixture = storyFixture();
    const lebanon = fixture.places.features.find((place) => place.id === 'lebanon')!;
    lebanon.properties = {
      ...lebanon.properties,
      kind: 'zone',
      precision: 'area',
      shape: { from: 'border-band', countries: ['LB', 'IL'], side: 'LB', widthKm: 5 },
    };
    const result = validateStory({ storyId: FIXTURE_ID, files: fixtureFiles(fixture) });
    if (!result.ok) throw new Error('the changed fixture should be valid');
    // The box's edges with 50 vertices each, as a buffered band's edge has.
    const [corners] = LEBANON_BOX.coordinates as [number, number][][];
    const dense = corners!.slice(1).flatMap((corner, i) => {
      const [x0, y0] = corners![i]!;
      return Array.from({ length: 50 }, (_, k): [number, number] => [
        x0 + ((corner[0] - x0) * k) / 50,
        y0 + ((corner[1] - y0) * k) / 50,
      ]);
    });
    const shape: Polygon = { type: 'Polygon', coordinates: [[...dense, dense[0]!]] };
    const story = compileStory({ ...result.story, resolveShape: () => shape });
    const drawn = story.shapes.features[0]!.geometry as Polygon;
    expect(drawn.coordinates[0]).toEqual(corners);
  });

  it('leaves country outlines to the basemap', () => {
    expect(compiled().shapes.features).toEqual([]);
  });

  it('frames every place, with a degree to spare', () => {
    const [west, south, east, north] = compiled().bounds;
    expect(west).toBeCloseTo(34.7806 - 1, 6);
    expect(south).toBeCloseTo(32.0809 - 1, 6);
    expect(east).toBeCloseTo(35.86 + 1, 6);
    expect(north).toBeCloseTo(33.8938 + 1, 6);
  });

  it('rounds a ring no finer than its tolerance needs, and keeps it within the tolerance', () => {
    const [ring] = compiled().rings;
    // 100 km at 0.1 %: 0.1 km, of which rounding may take 20 m: four decimals (8 m).
    const numbers = JSON.stringify(ring!.area).match(/-?\d+\.\d+/g) ?? [];
    for (const number of numbers) expect(number.split('.')[1]!.length).toBeLessThanOrEqual(4);
    const area = ring!.area as Polygon;
    for (const [lng, lat] of area.coordinates[0]!) {
      const km = geodesicDistanceKm([35.5018, 33.8938], [lng!, lat!]);
      expect(Math.abs(km - 100)).toBeLessThan(ring!.toleranceKm);
    }
  });
});
