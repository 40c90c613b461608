/**
 * The live map, shared with the components that add to it (a measuring tool, a step's view)
 * through Svelte context, so `StoryMap.gl.svelte` stays the one owner of the map while others
 * add their own sources and layers once it has drawn the story.
 */
import { getContext, setContext } from 'svelte';
import type { Map as MapLibreMap } from 'maplibre-gl';

const KEY = Symbol('dateline-map');

export interface MapContext {
  /** The map once its style and the story's layers are on it, else null. */
  readonly map: MapLibreMap | null;
  /**
   * Brings a box into view (a carried measurement), through the map's owner, which alone
   * moves the camera; it then holds that view until the reader chooses another frame.
   */
  show(bounds: [number, number, number, number]): void;
}

export function setMapContext(context: MapContext): void {
  setContext(KEY, context);
}

export function getMapContext(): MapContext {
  const context = getContext<MapContext | undefined>(KEY);
  if (!context) throw new Error('a map layer component must sit inside StoryMap.gl.svelte');
  return context;
}
