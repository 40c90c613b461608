import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { sampleStory } from '../../testing/sample-story.ts';
import { basemapLayers } from './basemap-layers.ts';
import { fakeGuardedMap } from '../../testing/guarded-map.ts';
import { firstViewOf, guardFirstView } from './first-view-guard.ts';
import { firstViewAnchors } from './first-view.ts';
import { SOURCE } from './ids.ts';
import { storyLayers } from './story-layers.ts';
import { storyMapStyle } from './story-style.ts';

const story = sampleStory();
const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** 400 × 200 px showing 30–40° E, 30–35° N. */
const fakeMap = () =>
  fakeGuardedMap({ width: 400, height: 200, west: 30, north: 35, pxPerDegree: 40 });

function filterOf(layers: LayerSpecification[], id: string) {
  const layer = layers.find((candidate) => candidate.id === id);
  return layer && 'filter' in layer ? layer.filter : undefined;
}

describe('storyMapStyle', () => {
  it('is the basemap alone while the story has not come', () => {
    const style = storyMapStyle({
      basemap: 'data/basemap.json',
      theme: 'light',
      story: null,
      units: 'mi',
      selected: null,
    });
    expect(Object.keys(style.sources)).toEqual([SOURCE.basemap]);
    expect(style.layers).toEqual(basemapLayers(SOURCE.basemap, 'light'));
    expect(validateStyleMin(style)).toEqual([]);
  });

  it.each([
    { guarded: false, theme: 'light' as const },
    { guarded: true, theme: 'light' as const },
    { guarded: true, theme: 'dark' as const },
  ])(
    'draws the story over the basemap, named as the guard would name it (guarded: $guarded, $theme)',
    ({ guarded, theme }) => {
      const { map, filters, layouts, labelLines } = fakeMap();
      const firstView = guarded ? firstViewOf(map) : undefined;
      const style = storyMapStyle({
        basemap: EMPTY,
        theme,
        story,
        units: 'km',
        selected: null,
        firstView,
      });
      expect(validateStyleMin(style)).toEqual([]);
      // Guarded, the basemap writes only the names the frame shows whole.
      expect(JSON.stringify(style.layers).includes('"within"')).toBe(guarded);
      const ownLayers = storyLayers({
        story,
        theme,
        units: 'km',
        selected: null,
        basemapSource: 'basemap',
        nameAnchors: firstView && firstViewAnchors(story, firstView.frame),
      });
      // The story's layers lie over all of the basemap's, in their own order.
      expect(style.layers.slice(-ownLayers.length)).toEqual(ownLayers);
      for (const id of Object.values(SOURCE).filter((id) => id !== SOURCE.measure)) {
        expect(style.sources[id], id).toBeDefined();
      }
      // The first style's names are those the guard sets on a drawn map at the same view.
      guardFirstView(map, { story, theme, on: guarded });
      for (const [id, filter] of filters) expect(filterOf(style.layers, id), id).toEqual(filter);
      for (const [key, value] of layouts) {
        const [id = '', property = ''] = key.split(' ');
        const layer = style.layers.find((candidate) => candidate.id === id);
        expect(layer && 'layout' in layer ? layer.layout : undefined, key).toMatchObject({
          [property]: value,
        });
      }
      const lineSource = style.sources[SOURCE.labelLines];
      expect(lineSource && 'data' in lineSource ? lineSource.data : null).toEqual(labelLines[0]);
    },
  );
});
