/**
 * The first view's guard on the live map (see frame-guard.ts): the basemap's names narrowed
 * to those the frame shows whole, the story's names kept to the sides of their points with
 * room (`firstViewAnchors`; a name with none is not written), and the names along lines
 * (rings, distances) set only inside it. A first view is what the camera shows as it
 * arrives at a frame (the story's, a place's, a step's), until the reader moves the map.
 * The map's first style carries it (story-style.ts); `guardFirstView` puts it on as the
 * camera arrives and takes it off as the view leaves.
 */
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { StoryTheme } from '../story/theme.ts';
import type { StoryOutline } from '../story/types.ts';
import { basemapLayers, type BasemapLayersOptions } from './basemap-layers.ts';
import type { FrameAt } from './frame-guard.ts';
import { SOURCE } from './ids.ts';
import { firstViewAnchors } from './first-view.ts';
import {
  labelLines,
  NAME_LAYERS,
  nameAnchorOffset,
  nameTextField,
  storyCountries,
} from './story-layers.ts';

/** What the guard needs of the map. */
export type GuardedMap = Pick<
  MapLibreMap,
  'getZoom' | 'unproject' | 'getContainer' | 'setFilter' | 'setLayoutProperty' | 'getSource'
>;

/** The view the guard measures names against: the map's zoom and its frame. */
export type FirstView = NonNullable<BasemapLayersOptions['firstView']>;

/** The map's frame less an inset, in longitude and latitude. */
export function frameOf(map: Pick<GuardedMap, 'unproject' | 'getContainer'>): FrameAt {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return (inset) => {
    const northWest = map.unproject([inset.left, inset.top]);
    const southEast = map.unproject([width - inset.right, height - inset.bottom]);
    return [northWest.lng, southEast.lat, southEast.lng, northWest.lat];
  };
}

/** The view the map shows now, for the guard. */
export function firstViewOf(map: Pick<GuardedMap, 'getZoom' | 'unproject' | 'getContainer'>) {
  return { zoom: map.getZoom(), frame: frameOf(map) } satisfies FirstView;
}

/**
 * The basemap's options for a story: its own countries and cities always give way to the
 * story's names; on the first view (given) only names the frame shows whole are written.
 */
export function guardedBasemapOptions(
  story: StoryOutline,
  firstView?: FirstView,
): BasemapLayersOptions {
  return {
    hideCountryLabels: storyCountries(story),
    hideCityNames: story.places.features.map((place) => place.properties.name),
    firstView,
  };
}

/**
 * Sets the basemap's filters and the rings' label lines on a drawn map, for the first view
 * (`on`) or for any other.
 */
export function guardFirstView(
  map: GuardedMap,
  { story, theme, on }: { story: StoryOutline; theme: StoryTheme; on: boolean },
): void {
  const firstView = on ? firstViewOf(map) : undefined;
  for (const layer of basemapLayers(
    SOURCE.basemap,
    theme,
    guardedBasemapOptions(story, firstView),
  )) {
    if ('filter' in layer && layer.filter) map.setFilter(layer.id, layer.filter);
    if (layer.type === 'symbol' && layer.layout?.['text-variable-anchor']) {
      map.setLayoutProperty(layer.id, 'text-variable-anchor', layer.layout['text-variable-anchor']);
    }
  }
  const anchors = firstView && firstViewAnchors(story, firstView.frame);
  for (const { id, mark } of NAME_LAYERS) {
    map.setLayoutProperty(id, 'text-variable-anchor-offset', nameAnchorOffset(mark, anchors));
    map.setLayoutProperty(id, 'text-field', nameTextField(anchors));
  }
  map.getSource<GeoJSONSource>(SOURCE.labelLines)?.setData(labelLines(story, firstView?.frame));
}
