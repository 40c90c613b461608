import { describe, expect, it } from 'vitest';
import { sampleStory } from '../../testing/sample-story.ts';
import { fakeGuardedMap } from '../../testing/guarded-map.ts';
import { frameOf, guardFirstView } from './first-view-guard.ts';

/** 100 × 50 px showing 0–10° E, 0–5° N. */
const fakeMap = () =>
  fakeGuardedMap({ width: 100, height: 50, west: 0, north: 5, pxPerDegree: 10 });

describe('frameOf', () => {
  it('is the frame less the inset, in degrees', () => {
    const { map } = fakeMap();
    expect(frameOf(map)({ top: 10, right: 20, bottom: 10, left: 20 })).toEqual([2, 1, 8, 4]);
  });
});

describe('guardFirstView', () => {
  const story = sampleStory();
  it.each([true, false])('sets the basemap’s filters and the rings’ label lines (on: %s)', (on) => {
    const { map, filters, labelLines } = fakeMap();
    guardFirstView(map, { story, theme: 'light', on });
    const withins = [...filters.values()].filter((filter) =>
      JSON.stringify(filter).includes('"within"'),
    );
    expect(withins.length > 0).toBe(on);
    // The story's own countries always give way.
    expect(JSON.stringify(filters.get('basemap-label-country-major'))).toContain('"LB"');
    expect(labelLines).toHaveLength(1);
  });

  it.each([
    { on: true, anchors: ['left'] },
    { on: false, anchors: ['left', 'right', 'top', 'bottom'] },
  ])(
    'sets a city name on the first view only where the guard measured it: right of its dot (on: $on)',
    ({ on, anchors }) => {
      const { map, layouts } = fakeMap();
      guardFirstView(map, { story, theme: 'light', on });
      expect(layouts.get('basemap-label-city-major text-variable-anchor')).toEqual(anchors);
    },
  );
});
