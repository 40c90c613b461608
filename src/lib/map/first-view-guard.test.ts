import { describe, expect, it } from 'vitest';
import type { FilterSpecification } from 'maplibre-gl';
import { sampleStory } from '../../testing/sample-story.ts';
import { frameOf, guardFirstView, type GuardedMap } from './first-view-guard.ts';
import { SOURCE } from './ids.ts';

/** A tiny fake map: 100 × 50 px showing 0–10° E, 0–5° N; it records what is set on it. */
function fakeMap() {
  const filters = new Map<string, FilterSpecification>();
  const layouts = new Map<string, unknown>();
  const data: unknown[] = [];
  const map = {
    getZoom: () => 5,
    getContainer: () => ({ clientWidth: 100, clientHeight: 50 }),
    unproject: ([x, y]: [number, number]) => ({ lng: x / 10, lat: 5 - y / 10 }),
    setFilter: (id: string, filter: FilterSpecification) => filters.set(id, filter),
    setLayoutProperty: (id: string, name: string, value: unknown) =>
      layouts.set(`${id} ${name}`, value),
    getSource: (id: string) =>
      id === SOURCE.ringLabels ? { setData: (d: unknown) => data.push(d) } : undefined,
  } as unknown as GuardedMap;
  return { map, filters, layouts, data };
}

describe('frameOf', () => {
  it('is the frame less the inset, in degrees', () => {
    const { map } = fakeMap();
    expect(frameOf(map)({ top: 10, right: 20, bottom: 10, left: 20 })).toEqual([2, 1, 8, 4]);
  });
});

describe('guardFirstView', () => {
  const story = sampleStory();
  it.each([true, false])('sets the basemap’s filters and the rings’ label lines (on: %s)', (on) => {
    const { map, filters, data } = fakeMap();
    guardFirstView(map, { story, theme: 'light', on });
    const withins = [...filters.values()].filter((filter) =>
      JSON.stringify(filter).includes('"within"'),
    );
    expect(withins.length > 0).toBe(on);
    // The story's own countries always give way.
    expect(JSON.stringify(filters.get('basemap-label-country-major'))).toContain('"LB"');
    expect(data).toHaveLength(1);
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
