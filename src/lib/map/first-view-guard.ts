/**
 * Puts the first view's guard on the live map, or takes it off (see frame-guard.ts): the
 * basemap's names narrowed to those the frame shows whole, and the rings named only inside it.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { StoryTheme } from '../story/theme.ts';
import type { StoryOutline } from '../story/types.ts';
import { basemapLayers } from './basemap-layers.ts';
import { ringLabelLines, type FrameAt } from './frame-guard.ts';
import { SOURCE } from './ids.ts';
import { storyCountries } from './story-layers.ts';

/** What the guard needs of the map. */
export type GuardedMap = Pick<
  MapLibreMap,
  'getZoom' | 'unproject' | 'getContainer' | 'setFilter' | 'setLayoutProperty' | 'getSource'
>;

/** The map's frame less an inset, in longitude and latitude. */
export function frameOf(map: GuardedMap): FrameAt {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return (inset) => {
    const northWest = map.unproject([inset.left, inset.top]);
    const southEast = map.unproject([width - inset.right, height - inset.bottom]);
    return [northWest.lng, southEast.lat, southEast.lng, northWest.lat];
  };
}

/**
 * Sets the basemap's filters (the story's own countries and cities always give way to the
 * story's names) and the rings' label lines, for the first view (`on`) or for any other.
 */
export function guardFirstView(
  map: GuardedMap,
  { story, theme, on }: { story: StoryOutline; theme: StoryTheme; on: boolean },
): void {
  const firstView = on ? { zoom: map.getZoom(), frame: frameOf(map) } : undefined;
  const hideCountryLabels = storyCountries(story);
  const hideCityNames = story.places.features.map((place) => place.properties.name);
  const options = { hideCountryLabels, hideCityNames, firstView };
  for (const layer of basemapLayers(SOURCE.basemap, theme, options)) {
    if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter);
    if (layer.type === 'symbol' && layer.layout?.['text-variable-anchor']) {
      map.setLayoutProperty(layer.id, 'text-variable-anchor', layer.layout['text-variable-anchor']);
    }
  }
  map.getSource<GeoJSONSource>(SOURCE.ringLabels)?.setData(ringLabelLines(story, firstView?.frame));
}
