/** The live map's first style: the basemap, and the story over it when it is here. */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { Units } from '../geo/types.ts';
import type { StoryTheme } from '../story/theme.ts';
import type { StoryOutline } from '../story/types.ts';
import { basemapLayers, basemapSource } from './basemap-layers.ts';
import { guardedBasemapOptions, type FirstView } from './first-view-guard.ts';
import { firstViewAnchors } from './first-view.ts';
import { SOURCE } from './ids.ts';
import { storyLayers, storySources } from './story-layers.ts';

/**
 * The live map's first style: the basemap and, when the story is here, the story drawn over
 * it with the guard already on for `firstView`. Given whole to the map before it has asked
 * for a tile, so the basemap is tiled once: a filter set on a map that is drawing tiles it
 * again. No glyphs: labels use the reader's local fonts, so no font server is needed.
 */
export function storyMapStyle({
  basemap,
  theme,
  story,
  units,
  selected,
  firstView,
}: {
  basemap: string | FeatureCollection;
  theme: StoryTheme;
  story: StoryOutline | null;
  units: Units;
  selected: string | null;
  firstView?: FirstView;
}): StyleSpecification {
  const base = { [SOURCE.basemap]: basemapSource(basemap) };
  if (!story) {
    return { version: 8, sources: base, layers: basemapLayers(SOURCE.basemap, theme) };
  }
  return {
    version: 8,
    sources: { ...base, ...storySources(story, firstView?.frame) },
    layers: [
      ...basemapLayers(SOURCE.basemap, theme, guardedBasemapOptions(story, firstView)),
      ...storyLayers({
        units,
        selected,
        story,
        theme,
        basemapSource: SOURCE.basemap,
        nameAnchors: firstView && firstViewAnchors(story, firstView.frame),
      }),
    ],
  };
}
